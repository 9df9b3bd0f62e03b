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
