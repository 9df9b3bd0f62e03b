"""Help › Keyboard shortcuts (F1) lists every key of the window as it is: each action
with a shortcut, under its menu, and each page's own keys, under the page, each saying
what it does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.paths import AppPaths
from desktop.ui.shortcuts import ShortcutsDialog, keys_text
from tests.helpers.console import Harness


def open_with_f1(qtbot: QtBot, window: QWidget) -> ShortcutsDialog:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F1)
    (dialog,) = [d for d in window.findChildren(ShortcutsDialog) if d.isVisible()]
    return dialog


def test_every_shortcut_of_the_window_is_listed_with_its_keys(
    qtbot: QtBot, paths: AppPaths
) -> None:
    harness = Harness(paths, qtbot)
    harness.sign_in(qtbot)
    window = harness.console.window
    dialog = open_with_f1(qtbot, window)
    listed = dialog.listed()
    shown = {(does, keys) for _group, does, keys in listed}
    actions = [a for a in window.findChildren(QAction) if keys_text(a.shortcuts())]
    assert len(actions) >= 15  # the menus' and the pages' (Ctrl+1…)
    for action in actions:
        words = action.text().replace("&", "").removesuffix("…")
        assert (words, keys_text(action.shortcuts())) in shown, words
    shortcuts = [s for s in window.findChildren(QShortcut) if s.parent().window() is window]
    pages = {group for group, _does, _keys in listed}
    assert {"Attendance", "Reports", "Console", "View", "Help"} <= pages
    for shortcut in shortcuts:
        keys = shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)
        assert (shortcut.whatsThis(), keys) in shown, keys
    assert all(does and keys for _group, does, keys in listed)
    assert ("Attendance", "Next problem", "F8") in listed
    assert ("Help", "Keyboard shortcuts", "F1, Ctrl+/") in listed
    qtbot.waitUntil(dialog.tree.hasFocus)  # arrows go through the list at once
    dialog.reject()
