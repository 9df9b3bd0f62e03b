"""Help › Keyboard shortcuts: every shortcut of the window, read from its actions and
shortcuts as they are (so the list cannot drift from the keys), grouped by menu and by
page. A shortcut says what it does in its ``whatsThis``; an action, in its text."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QListWidget,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.widgets.plain import PlainLabel

NATIVE = QKeySequence.SequenceFormat.NativeText


@dataclass(frozen=True)
class Shortcut:
    group: str
    does: str
    keys: str


def keys_text(keys: Iterable[QKeySequence]) -> str:
    return ", ".join(k.toString(NATIVE) for k in keys if not k.isEmpty())


def _words(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix("…")


def window_shortcuts(
    window: QMainWindow, pages: QStackedWidget, titles: QListWidget
) -> list[Shortcut]:
    """What each key of ``window`` does: its menus' actions by menu, then its shortcuts,
    by the page they work on (``titles``: the sidebar, which names ``pages``)."""
    found: list[Shortcut] = []
    listed: set[int] = set()
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if not isinstance(menu, QMenu):
            continue
        for action in menu.actions():
            keys = keys_text(action.shortcuts())
            if keys and id(action) not in listed:
                listed.add(id(action))
                found.append(Shortcut(_words(menu_action.text()), _words(action.text()), keys))
    for action in window.findChildren(QAction):
        keys = keys_text(action.shortcuts())
        if keys and id(action) not in listed:
            listed.add(id(action))
            found.append(Shortcut(_everywhere(), _words(action.text()), keys))
    on_pages: list[tuple[int, Shortcut]] = []
    for shortcut in window.findChildren(QShortcut):
        owner = shortcut.parent()
        if not isinstance(owner, QWidget) or owner.window() is not window:
            continue  # a dialog's own
        keys = keys_text([shortcut.key()])
        if keys:
            index, title = _page_of(owner, pages, titles)
            on_pages.append((index, Shortcut(title, shortcut.whatsThis(), keys)))
    on_pages.sort(key=lambda found: found[0])  # in the sidebar's order, then everywhere
    return found + [shortcut for _index, shortcut in on_pages]


def _everywhere() -> str:
    return QCoreApplication.translate("Shortcuts", "Everywhere")


def _page_of(widget: QObject, pages: QStackedWidget, titles: QListWidget) -> tuple[int, str]:
    """The index and title of the page ``widget`` is on (past the last: on none)."""
    at: QObject | None = widget
    while at is not None:
        if isinstance(at, QWidget):
            index = pages.indexOf(at)
            item = titles.item(index) if index >= 0 else None
            if item is not None:
                return index, item.text()
        at = at.parent()
    return pages.count(), _everywhere()


class ShortcutsDialog(QDialog):
    def __init__(self, shortcuts: list[Shortcut], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(560, 620)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("What it does"), self.tr("Keys")])
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setRootIsDecorated(False)
        groups: dict[str, QTreeWidgetItem] = {}
        for shortcut in shortcuts:
            group = groups.get(shortcut.group)
            if group is None:
                group = groups[shortcut.group] = QTreeWidgetItem(self.tree, [shortcut.group])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(True)
            QTreeWidgetItem(group, [shortcut.does, shortcut.keys])
        self.tree.expandAll()
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        more = PlainLabel(
            self.tr(
                "Everywhere else: Tab and Shift+Tab move between fields, Alt and a "
                "button's underlined letter presses it, Enter on a table's row opens or "
                "corrects it, Space ticks a box, Esc closes a dialog."
            )
        )
        more.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(more)
        layout.addWidget(buttons)
        self.tree.setFocus()

    def listed(self) -> list[tuple[str, str, str]]:
        """(group, what it does, keys) as shown."""
        rows = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            assert group is not None
            for c in range(group.childCount()):
                item = group.child(c)
                assert item is not None
                rows.append((group.text(0), item.text(0), item.text(1)))
        return rows
