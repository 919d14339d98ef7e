"""Edit ▸ Settings…: the language of the window (remembered), applied at once."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QWidget

from . import language
from .forms.ui_settings_dialog import Ui_SettingsDialog


class SettingsDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        for code, name in language.NAMES.items():  # each in its own name, never translated
            self.ui.language.addItem(name, code)
        self.ui.language.setCurrentIndex(max(0, self.ui.language.findData(language.current())))
        self.warning: str | None = None  # set when the chosen catalogue is damaged

    def chosen(self) -> str:
        return self.ui.language.currentData()

    def accept(self) -> None:
        code = self.chosen()
        language.remember(self.settings, code)
        if code != language.current():
            # Qt sends every widget a LanguageChange event; the window retranslates on it.
            self.warning = language.apply(code)
        super().accept()
