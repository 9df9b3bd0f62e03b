"""The main window: a sidebar of pages, the error banner, the status bar, the lock screen.

It shows; it decides nothing. Pages are added by the composition root
(``desktop.app``); locking swaps every page for the sign-in panel so no data
stays on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import Message
from desktop.ui.widgets.banner import ErrorBanner
from desktop.ui.widgets.status_bar import ConsoleStatusBar

if TYPE_CHECKING:
    from desktop.ui.shortcuts import ShortcutsDialog

CONSOLE, LOCKED = 0, 1


class MainWindow(QMainWindow):
    lock_requested = Signal()
    setup_requested = Signal()
    log_requested = Signal()
    close_requested = Signal()
    visibility_changed = Signal()  # minimized or restored

    def __init__(self, lock_screen: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Front Desk"))
        self.resize(1280, 800)
        self.banner = ErrorBanner()
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.sidebar.setFixedWidth(215)
        self.sidebar.setStyleSheet("#sidebar { font-size: 14px; } #sidebar::item { padding: 8px; }")
        self.pages = QStackedWidget()
        self.sidebar.currentRowChanged.connect(self.pages.setCurrentIndex)
        self._makers: dict[int, Callable[[], QWidget]] = {}  # pages built when first shown
        self.pages.currentChanged.connect(self.page_at)

        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.sidebar)
        row.addWidget(self.pages, 1)
        console = QWidget()
        column = QVBoxLayout(console)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(body, 1)

        self.screens = QStackedWidget()
        self.screens.addWidget(console)
        self.screens.addWidget(lock_screen)
        self.setCentralWidget(self.screens)
        self.status = ConsoleStatusBar()
        self.setStatusBar(self.status)
        self._build_menus()

    def _action(self, text: str, shortcut: QKeySequence | str | None, slot: object) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        console = self.console_menu = self.menuBar().addMenu(self.tr("&Console"))
        self.setup_action = self._action(self.tr("&Connections…"), None, self.setup_requested.emit)
        self.lock_action = self._action(self.tr("&Lock"), "Ctrl+L", self.lock_requested.emit)
        self.quit_action = self._action(
            self.tr("&Quit"), QKeySequence(QKeySequence.StandardKey.Quit), self.close
        )
        for action in (self.setup_action, self.lock_action, self.quit_action):
            console.addAction(action)
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.log_action = self._action(self.tr("&Log"), "Ctrl+Shift+L", self.log_requested.emit)
        self.view_menu.addAction(self.log_action)
        self.view_menu.addSeparator()
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.shortcuts_action = self._action(
            self.tr("&Keyboard shortcuts"), "F1", self.show_shortcuts
        )
        self.shortcuts_action.setShortcuts([QKeySequence("F1"), QKeySequence("Ctrl+/")])
        self.help_menu.addAction(self.shortcuts_action)

    def add_page(self, title: str, page: QWidget | Callable[[], QWidget]) -> int:
        """Add a page to the sidebar; the first nine get Ctrl+1 to Ctrl+9. ``page``: the
        widget, or what makes it the first time it is shown (``page_at``)."""
        if isinstance(page, QWidget):
            index = self.pages.addWidget(page)
        else:
            index = self.pages.addWidget(QWidget())  # stands in until it is first shown
            self._makers[index] = page
        QListWidgetItem(title, self.sidebar)
        self._fit_sidebar()
        shortcut = f"Ctrl+{index + 1}" if index < 9 else None
        action = self._action(title, shortcut, lambda: self.show_page(index))
        action.setEnabled(not self.locked)
        self.view_menu.addAction(action)
        self.addAction(action)
        if self.sidebar.currentRow() < 0:
            self.sidebar.setCurrentRow(0)
        return index

    def _fit_sidebar(self) -> None:
        """As wide as its longest page name (215 px at least): a translation may be longer
        ("Departamentos y ubicaciones")."""
        names = [self.sidebar.item(row).text() for row in range(self.sidebar.count())]
        widest = max(self.sidebar.fontMetrics().horizontalAdvance(name) for name in names)
        padding = 2 * 8 + 2 * self.sidebar.frameWidth() + 8  # the items' padding, the frame
        self.sidebar.setFixedWidth(max(215, widest + padding))

    def page_at(self, index: int) -> QWidget:
        """The page at ``index``, made now if it has not been yet."""
        make = self._makers.pop(index, None)
        if make is not None:
            made = make()
            if self.pages.widget(index) is not made:  # its maker may have put it already
                self.put_page(index, made)
            return made
        page = self.pages.widget(index)
        assert page is not None, index
        return page

    def put_page(self, index: int, page: QWidget) -> None:
        """``page`` in place of what stands in for it at ``index`` (made elsewhere)."""
        self._makers.pop(index, None)
        stand_in = self.pages.widget(index)
        if stand_in is page or stand_in is None:
            return
        current = self.pages.currentIndex()
        blocked = self.pages.blockSignals(True)  # the same page index stays shown
        self.pages.insertWidget(index, page)
        self.pages.removeWidget(stand_in)
        self.pages.setCurrentIndex(current)
        self.pages.blockSignals(blocked)
        stand_in.deleteLater()

    def show_page(self, index: int) -> None:
        self.sidebar.setCurrentRow(index)

    def show_shortcuts(self) -> ShortcutsDialog:
        """Every page built first (they are built when first shown): their keys listed."""
        from desktop.ui.shortcuts import ShortcutsDialog, window_shortcuts  # not at start

        for index in range(self.pages.count()):
            self.page_at(index)
        dialog = ShortcutsDialog(window_shortcuts(self, self.pages, self.sidebar), self)
        dialog.open()
        return dialog

    @property
    def locked(self) -> bool:
        return self.screens.currentIndex() == LOCKED

    def lock(self) -> None:
        """Hide every page, the status bar and the menus' actions behind the sign-in panel."""
        self.screens.setCurrentIndex(LOCKED)
        self.status.hide()
        self.menuBar().setEnabled(False)
        for action in self.findChildren(QAction):
            action.setEnabled(False)

    def unlock(self) -> None:
        self.screens.setCurrentIndex(CONSOLE)
        self.status.show()
        self.menuBar().setEnabled(True)
        for action in self.findChildren(QAction):
            action.setEnabled(True)

    def show_message(self, message: Message) -> None:
        self.banner.show_message(message)

    def geometry_state(self) -> str:
        return bytes(self.saveGeometry().toBase64().data()).decode()

    def restore_geometry_state(self, state: str | None) -> None:
        if state:
            self.restoreGeometry(QByteArray.fromBase64(state.encode()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.WindowStateChange:
            self.visibility_changed.emit()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_requested.emit()
        super().closeEvent(event)
