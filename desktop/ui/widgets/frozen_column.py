"""A table whose first columns (a person's name) stay in view when it scrolls sideways.

Qt's "Frozen Column" example: a second QTableView laid over the left edge shows only
the first ``frozen`` columns of the same model, shares the selection, and follows the
table's vertical scrolling, row heights, column widths and size. ``FrozenColumnTable``
is a QTableView: configure it, connect ``doubleClicked`` and ``on_enter`` as for any
table (a click or double click on the frozen columns is the table's).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QTableView, QWidget

AnyIndex = QModelIndex | QPersistentModelIndex


class FrozenColumnTable(QTableView):
    def __init__(self, columns: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count = columns  # how many columns, from the left, stay in view
        self.frozen = QTableView(self)
        frozen = self.frozen
        frozen.setObjectName("frozenColumn")
        frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays on the table
        frozen.setFrameShape(QFrame.Shape.NoFrame)
        frozen.verticalHeader().hide()
        frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frozen.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.viewport().stackUnder(frozen)
        mine, theirs = self.verticalScrollBar(), frozen.verticalScrollBar()
        mine.valueChanged.connect(theirs.setValue)
        theirs.valueChanged.connect(mine.setValue)
        self.horizontalHeader().sectionResized.connect(self._column_resized)
        frozen.horizontalHeader().sectionResized.connect(self._frozen_resized)
        self.verticalHeader().sectionResized.connect(
            lambda row, _old, size: frozen.setRowHeight(row, size)
        )
        frozen.pressed.connect(lambda *_: self.setFocus(Qt.FocusReason.MouseFocusReason))
        frozen.clicked.connect(self.clicked)
        frozen.doubleClicked.connect(self.doubleClicked)
        frozen.activated.connect(self.activated)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self.frozen.setModel(model)
        self.frozen.setSelectionModel(self.selectionModel())
        if model is not None:
            for signal in (model.modelReset, model.columnsInserted, model.layoutChanged):
                signal.connect(lambda *_: self._mirror())
        self._mirror()

    def scrollTo(
        self,
        index: AnyIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        """A cell of a frozen column is always in view sideways: scroll to its row only."""
        across = self.horizontalScrollBar().value()
        super().scrollTo(index, hint)
        if index.column() < self.count:
            self.horizontalScrollBar().setValue(across)

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Moving left to a cell hidden under the frozen columns scrolls it out."""
        current = super().moveCursor(cursorAction, modifiers)
        left, width = self.visualRect(current).left(), self._width()
        leftwards = cursorAction == QAbstractItemView.CursorAction.MoveLeft
        if leftwards and current.column() >= self.count and left < width:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() + left - width)
        return current

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._mirror()

    def _mirror(self) -> None:
        """Mirror how the table looks (set after the model by ``configure_table``)."""
        frozen = self.frozen
        model = frozen.model()
        if model is None:
            return
        for column in range(model.columnCount()):
            frozen.setColumnHidden(column, column >= self.count)
            if column < self.count:
                frozen.setColumnWidth(column, self.columnWidth(column))
        frozen.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        frozen.verticalHeader().setDefaultSectionSize(self.verticalHeader().defaultSectionSize())
        frozen.setSelectionBehavior(self.selectionBehavior())
        frozen.setSelectionMode(self.selectionMode())
        frozen.setAlternatingRowColors(self.alternatingRowColors())
        frozen.setWordWrap(self.wordWrap())
        frozen.verticalScrollBar().setValue(self.verticalScrollBar().value())
        self._place()

    def _column_resized(self, column: int, _old: int, size: int) -> None:
        if column < self.count:
            self.frozen.setColumnWidth(column, size)
            self._place()

    def _frozen_resized(self, column: int, _old: int, size: int) -> None:
        if column < self.count and self.columnWidth(column) != size:
            self.setColumnWidth(column, size)  # the frozen header's edges are those in reach

    def _width(self) -> int:
        return sum(self.columnWidth(c) for c in range(self.count))

    def _place(self) -> None:
        left = self.frameWidth() + (
            0 if self.verticalHeader().isHidden() else self.verticalHeader().width()
        )
        self.frozen.setGeometry(
            left,
            self.frameWidth(),
            self._width(),
            self.viewport().height() + self.horizontalHeader().height(),
        )
