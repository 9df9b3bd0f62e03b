"""Console › Settings…: what ``settings.json`` holds that a manager may change, checked
before it is saved, and where Front Desk keeps its files.

The idle lock and the appearance apply at once; the language and the debug log from the next
start. Connections have
their own dialog (keys go to the keyring, never here).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pydantic import ValidationError
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.config import Settings
from desktop.paths import AppPaths
from desktop.ui import theme
from desktop.ui.i18n import LANGUAGES, SYSTEM
from desktop.ui.widgets.plain import PlainLabel
from desktop.words import QT_TRANSLATE_NOOP

APPEARANCES = {
    "system": QT_TRANSLATE_NOOP("SettingsDialog", "Follow the system"),
    "light": QT_TRANSLATE_NOOP("SettingsDialog", "Light"),
    "dark": QT_TRANSLATE_NOOP("SettingsDialog", "Dark"),
}


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        paths: AppPaths,
        save: Callable[[Settings], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.settings, self.save = settings, save
        self.idle = QSpinBox()
        self.idle.setRange(1, 240)
        self.idle.setSuffix(self.tr(" minutes"))
        self.idle.setValue(settings.idle_lock_minutes)
        self.idle.setToolTip(
            self.tr("Front Desk locks itself after this long without a key or a click")
        )
        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), SYSTEM)
        for code, name in LANGUAGES.items():  # each in its own language
            self.language.addItem(name, code)
        known = self.language.findData(settings.language)
        self.language.setCurrentIndex(max(known, 0))
        self.language.setToolTip(self.tr("From the next start"))
        self.debug = QCheckBox(self.tr("Log more, and every Qt-thread stall (from the next start)"))
        self.debug.setChecked(settings.debug)
        self.appearance = QComboBox()
        for value, title in APPEARANCES.items():
            self.appearance.addItem(self.tr(title), value)
        self.appearance.setCurrentIndex(self.appearance.findData(settings.appearance))
        self.appearance.setToolTip(self.tr("Light or dark colours, or the system's as it changes"))
        self.error = PlainLabel()
        theme.text_color(self.error, theme.DANGER)
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Lock after"), self.idle)
        form.addRow(self.tr("Appearance"), self.appearance)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Debug log"), self.debug)
        for title, folder in ((self.tr("Data (the store)"), paths.data_dir),
                              (self.tr("Log"), paths.log_dir),
                              (self.tr("Settings"), paths.config_dir)):  # fmt: skip
            form.addRow(title, self._folder_row(folder))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)

    def _folder_row(self, folder: Path) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(PlainLabel(str(folder)), 1)
        opener = QPushButton(self.tr("Open"))
        opener.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
        line.addWidget(opener)
        return row

    def try_save(self) -> bool:
        """Check the values as the settings file does, save, apply; refusals on the form."""
        changes = {
            "idle_lock_minutes": self.idle.value(),
            "debug": self.debug.isChecked(),
            "language": self.language.currentData(),
            "appearance": self.appearance.currentData(),
        }
        try:
            chosen = Settings.model_validate({**self.settings.model_dump(), **changes})
        except ValidationError as exc:
            self.error.setText("; ".join(str(e["msg"]) for e in exc.errors()))
            self.error.show()
            return False
        try:
            self.save(chosen)
        except OSError as exc:
            self.error.setText(self.tr("The settings could not be saved: {why}").format(why=exc))
            self.error.show()
            return False
        self.accept()
        return True
