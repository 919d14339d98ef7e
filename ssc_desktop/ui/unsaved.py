"""Esc (or Cancel) in an editor with unsaved changes asks before throwing them away."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("Unsaved", text)


def form_state(form: QWidget) -> tuple[object, ...]:
    """Everything the user can type, tick or choose in a form, as one comparable value."""
    state: list[object] = []
    for w in form.findChildren(QWidget):
        if isinstance(w, QLineEdit) and not isinstance(w.parent(), QComboBox | QAbstractSpinBox):
            state.append(w.text())
        elif isinstance(w, QPlainTextEdit):
            state.append(w.toPlainText())
        elif isinstance(w, QTextEdit) and not w.isReadOnly():
            state.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            state.append((w.currentIndex(), w.currentText()))
        elif isinstance(w, QDateEdit):
            state.append(w.date().toString(Qt.DateFormat.ISODate))
        elif isinstance(w, QAbstractSpinBox):
            state.append(w.text())
        elif isinstance(w, QAbstractButton) and w.isCheckable():
            state.append(w.isChecked())
        elif isinstance(w, QListWidget):
            state.append(tuple(w.item(n).checkState() for n in range(w.count())))
    return tuple(state)


class UnsavedChanges:
    """Remembers a form as loaded or saved; `changed()` says whether it was edited since."""

    def __init__(self, form: QWidget) -> None:
        self._form = form
        self._saved = form_state(form)

    def mark_saved(self) -> None:
        self._saved = form_state(self._form)

    def changed(self) -> bool:
        return form_state(self._form) != self._saved


def ask_discard(parent: QWidget) -> bool:
    """True when the user chooses to throw the changes away."""
    answer = QMessageBox.question(
        parent, tr("Unsaved changes"),
        tr("You have changes that are not saved. Close and lose them?"),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Discard


class EditorDialog(QDialog):
    """An editor whose Esc or Cancel asks before losing edits: subclasses set `unsaved`
    once the form is loaded."""

    unsaved: UnsavedChanges

    def ask_discard(self) -> bool:
        """Asked when Esc or Cancel would lose edits (a method, so tests can answer)."""
        return ask_discard(self)

    def cancel(self) -> None:
        """Esc or Cancel: close, after asking when edits would be lost. (Not reject():
        closing the dialog in code, or at the end of a test, must not ask.)"""
        if self.unsaved.changed() and not self.ask_discard():
            return
        self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.cancel()
            return
        super().keyPressEvent(event)
