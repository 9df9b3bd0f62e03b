"""Locking hides every window of the console, and signing in brings them back only to the
manager who left them: another manager gets a clean console."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QWidget

WINDOW_TYPES = (Qt.WindowType.Window, Qt.WindowType.Dialog)


class PutAway:
    """The top-level windows and dialogs a lock hid, with the manager they belonged to."""

    def __init__(self) -> None:
        self.owner: str | None = None
        self.windows: list[QWidget] = []

    def hide_all(self, manager: str, keep: QWidget) -> None:
        """Hide every visible window but ``keep`` (the main window, showing the lock)."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        shown = [
            w
            for w in app.topLevelWidgets()
            if w is not keep and w.isVisible() and w.windowType() in WINDOW_TYPES
        ]
        for window in shown:
            window.hide()
        self.owner, self.windows = manager, [*self.windows, *shown]

    def bring_back(self, manager: str) -> tuple[str, list[str]] | None:
        """Show the hidden windows again to the manager who left them; close them for
        anyone else. Returns (whose, their titles) when windows were closed unsaved."""
        owner, windows = self.owner, [w for w in self.windows if _alive(w)]
        self.owner, self.windows = None, []
        if owner == manager:
            for window in windows:
                window.show()
                window.raise_()
            return None
        for window in windows:
            if isinstance(window, QDialog):
                window.reject()
            window.close()
            window.deleteLater()
        if owner is None or not windows:
            return None
        return owner, [w.windowTitle() or type(w).__name__ for w in windows]


def _alive(widget: QWidget) -> bool:
    try:
        widget.objectName()  # raises once Qt has deleted the C++ object
    except RuntimeError:
        return False
    return True


class LockKeyEverywhere(QObject):
    """Ctrl+L from inside any of the console's dialogs too: a window-modal dialog blocks
    the main window's shortcuts, so each window that takes focus gets one of its own."""

    def __init__(self, main: QWidget, lock: Callable[[], None]) -> None:
        super().__init__(main)
        self.main, self.lock = main, lock
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        window = new.window() if new is not None else None
        if window is None or window.property(_HAS_LOCK_KEY) or not self._owns(window):
            return
        window.setProperty(_HAS_LOCK_KEY, True)
        shortcut = QShortcut(QKeySequence("Ctrl+L"), window)
        shortcut.activated.connect(self.lock)

    def _owns(self, window: QWidget) -> bool:
        """A dialog of this console's window (its own shortcut covers the window itself)."""
        parent = window.parentWidget()
        while parent is not None:
            if parent is self.main:
                return True
            parent = parent.parentWidget()
        return False


_HAS_LOCK_KEY = "frontdesk_lock_key"
