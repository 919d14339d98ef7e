"""Edit the e-mail templates: one kind and language at a time, checked before saving."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from ..domain import email_templates as tpl
from ..services import email_drafts
from .context import AppContext
from .forms.ui_templates_dialog import Ui_TemplatesDialog
from .ops import settings as settings_ops


class TemplatesDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_TemplatesDialog()
        self.ui.setupUi(self)
        for code, name in tpl.KINDS.items():
            self.ui.kind.addItem(self.tr(name), code)
        for code, name in tpl.LANGUAGES.items():
            self.ui.language.addItem(name, code)
        self.ui.placeholders.setText(self.tr("Placeholders: ") + ", ".join(
            f"{{{name}}} ({self.tr(what)})" for name, what in tpl.PLACEHOLDERS.items()))
        self.ui.kind.currentIndexChanged.connect(self.load)
        self.ui.language.currentIndexChanged.connect(self.load)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.resetButton.clicked.connect(self.reset)
        self.ui.closeButton.clicked.connect(self.accept)
        self.ui.subject.textChanged.connect(lambda _t: self.ui.problem.clear())
        self.load()

    def set_kind(self, kind: str, language: str) -> None:
        self.ui.kind.setCurrentIndex(max(0, self.ui.kind.findData(kind)))
        self.ui.language.setCurrentIndex(max(0, self.ui.language.findData(language)))

    def _key(self) -> tuple[str, str]:
        return self.ui.kind.currentData(), self.ui.language.currentData()

    def load(self) -> None:
        kind, language = self._key()
        template = email_drafts.get_template(self.context.db, kind, language)
        self.ui.subject.setText(template.subject)
        self.ui.body.setPlainText(template.body)
        customised = email_drafts.is_customised(self.context.db, kind, language)
        self.ui.state.setText(self.tr("(edited)") if customised else self.tr("(as shipped)"))
        self.ui.resetButton.setEnabled(customised)
        self.ui.problem.clear()

    def save(self) -> bool:
        """Check the template first, so a refusal shows here, beside the text to fix."""
        kind, language = self._key()
        subject, body = self.ui.subject.text(), self.ui.body.toPlainText()
        try:
            tpl.check(subject, body)
        except tpl.TemplateError as exc:
            self.ui.problem.setText(str(exc))
            return False
        done = self.context.ops.run(settings_ops.save_template(kind, language, subject, body),
                                    parent=self, report=self.ui.problem.setText)
        if done.succeeded:
            self.load()
        return done.succeeded

    def reset(self) -> None:
        kind, language = self._key()
        self.context.ops.run(settings_ops.reset_template(kind, language), parent=self)
        self.load()
