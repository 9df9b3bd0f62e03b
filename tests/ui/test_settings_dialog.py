"""Console › Settings…: the idle lock changed by a manager is checked, written to
settings.json at once and applied at once; the folders are shown where they are."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.paths import AppPaths
from desktop.ui.widgets.plain import PlainLabel
from tests.helpers.console import Harness


def test_the_idle_lock_is_saved_and_applied_at_once(qtbot: QtBot, paths: AppPaths) -> None:
    harness = Harness(paths, qtbot)
    console = harness.console
    assert console.open_settings() is None  # locked: nobody may change them
    harness.sign_in(qtbot)
    dialog = console.open_settings()
    assert dialog is not None
    shown = {label.text() for label in dialog.findChildren(PlainLabel)}
    assert {str(paths.data_dir), str(paths.log_dir), str(paths.config_dir)} <= shown
    dialog.idle.selectAll()
    qtbot.keyClicks(dialog.idle, "12")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    on_disk = json.loads((paths.config_dir / "settings.json").read_text(encoding="utf-8"))
    assert on_disk["idle_lock_minutes"] == 12
    assert console.parts.settings.idle_lock_minutes == 12
    assert console.idle._timer.interval() == 12 * 60_000


def test_the_language_chosen_is_the_one_the_next_start_speaks(
    qtbot: QtBot, paths: AppPaths
) -> None:
    from desktop import words
    from desktop.ui.first_frame import peek_settings
    from desktop.ui.i18n import install_language
    from desktop.ui.settings_dialog import SettingsDialog

    harness = Harness(paths, qtbot)
    console = harness.console
    harness.sign_in(qtbot)
    dialog = console.open_settings()
    assert dialog is not None
    assert dialog.language.currentText() == "Follow the system"
    dialog.language.setCurrentIndex(dialog.language.findText("Deutsch"))
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    on_disk = json.loads((paths.config_dir / "settings.json").read_text(encoding="utf-8"))
    assert on_disk["language"] == "de"
    assert console.parts.settings.language == "de"  # a later save keeps it
    try:  # what the next start does before its first widget (desktop/app.py)
        assert install_language(peek_settings(paths).get("language"), paths.cache_dir) == "de"
        german = SettingsDialog(console.parts.settings, paths, lambda settings: None)
        assert german.windowTitle() == "Einstellungen"
        assert german.language.currentText() == "Deutsch"
        cancel = german.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel.text() == "Abbrechen"  # Qt's own, in German
    finally:
        install_language("en", paths.cache_dir)
        words.install_translator(None)
