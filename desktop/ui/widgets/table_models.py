"""The one table model base for big tables: rows come from an indexed query, a batch at a time.

The store sorts and filters; the model asks for rows ``offset`` to
``offset + BATCH`` (or the ``BATCH`` after the last row it holds, ``load_after``)
as the view scrolls (``canFetchMore``/``fetchMore``) and never holds more than
was shown. Sorting a column asks the page to query again
(``sort_requested``) instead of sorting in Python.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.ui import theme
from desktop.ui.widgets.plain import plain_tip

Row = TypeVar("Row")
BATCH = 200
ROWS_TOLD_ONE_BY_ONE = 200  # beyond, one span (each telling costs about 10 µs)
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[Row]):
    title: str
    text: Callable[[Row], str]
    sort_key: str | None = None  # the store's name for sorting by this column
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    foreground: Callable[[Row], theme.Role | None] | None = None
    tooltip: Callable[[Row], str | None] | None = None
    width: int = 120
    # Texts the column must show whole whatever its width says: the locale's longest
    # time ("10:58 PM" is wider than "22:58"), a translation's longest status word.
    fits: tuple[str, ...] = ()
    # What an export writes for this column (a real date-time, a number); None: the text.
    export: Callable[[Row], object] | None = None

    def exported(self, row: Row) -> object:
        return self.export(row) if self.export is not None else self.text(row)


Fetch = Callable[[int, int], Sequence[Any]]


class LazyTableModel(QAbstractTableModel, Generic[Row]):
    sort_requested = Signal(str, bool)  # store sort key, descending

    def __init__(self, columns: Sequence[Column[Row]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[Row] = []
        self._fetch: Fetch | None = None
        self._exhausted = True

    def load(self, fetch: Fetch) -> None:
        """Start again from the first batch of a new query."""
        self.beginResetModel()
        self._fetch = fetch
        self._rows = []
        self._exhausted = False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def load_after(self, fetch_after: Callable[[Row | None, int], Sequence[Row]]) -> None:
        """``load``, with each batch asked for by the last row already shown (None for the
        first): keyset paging, so a batch deep in a long list costs what the first does."""
        self.load(
            lambda offset, limit: fetch_after(self._rows[offset - 1] if offset else None, limit)
        )

    def rows(self) -> list[Row]:
        return list(self._rows)

    def find(self, wanted: Callable[[Row], bool]) -> int | None:
        """The first row ``wanted``, fetching further batches until it comes or the list
        ends (None: not in the list)."""
        while True:
            found = next((i for i, row in enumerate(self._rows) if wanted(row)), None)
            if found is not None or not self.canFetchMore(QModelIndex()):
                return found
            self.fetchMore(QModelIndex())

    def row(self, index: int) -> Row:
        return self._rows[index]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and not self._exhausted and self._fetch is not None

    def fetchMore(self, parent: AnyIndex) -> None:
        if parent.isValid() or self._fetch is None or self._exhausted:
            return
        batch = list(self._fetch(len(self._rows), BATCH))
        if len(batch) < BATCH:
            self._exhausted = True
        if not batch:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(batch) - 1)
        self._rows.extend(batch)
        self.endInsertRows()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.cell(self._rows[index.row()], self.columns[index.column()], role)

    def multiData(self, index: AnyIndex, roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:
        """Every role a cell is painted with, in one call: a view asks seven per cell, and
        each call into Python takes the GIL again (a worker thread holding it made a
        board's repaint wait for it some 2,000 times)."""
        if not index.isValid():
            return
        row, column = self._rows[index.row()], self.columns[index.column()]
        if isinstance(roleDataSpan, QModelRoleData):
            wanted: Iterable[QModelRoleData] = [roleDataSpan]
        else:  # a span iterates (PySide6's stubs do not say so)
            wanted = cast("Iterable[QModelRoleData]", roleDataSpan)
        for role_data in wanted:
            role_data.setData(self.cell(row, column, role_data.role()))

    def cell(self, row: Row, column: Column[Row], role: int) -> Any:
        """What ``row`` shows in ``column`` for ``role`` (None: nothing)."""
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            state = column.foreground(row)
            return None if state is None else theme.color(state)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            tip = column.tooltip(row)
            return None if tip is None else plain_tip(tip)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].sort_key
        if key is not None:
            self.sort_requested.emit(key, order == Qt.SortOrder.DescendingOrder)


class ListTableModel(LazyTableModel[Row]):
    """The same columns over a short list held whole (locks, today's board)."""

    def set_rows(self, rows: Sequence[Row], key: Callable[[Row], object] | None = None) -> None:
        """Show ``rows``. With ``key``: when they are the rows shown, by key and in order,
        only those that are new objects are told changed (a view repaints the ones in
        sight; the selection and the scroll stay), not the whole table reset."""
        fresh = list(rows)
        if key is not None and self._fetch is None and len(fresh) == len(self._rows):
            changed = [
                i
                for i, (old, new) in enumerate(zip(self._rows, fresh, strict=True))
                if old is not new
            ]
            if all(key(self._rows[i]) == key(fresh[i]) for i in changed):
                self._rows = fresh
                self._tell_changed(changed)
                return
        self.beginResetModel()
        self._rows = fresh
        self._exhausted = True
        self._fetch = None
        self.endResetModel()

    def _tell_changed(self, rows: list[int]) -> None:
        last = len(self.columns) - 1
        if len(rows) > ROWS_TOLD_ONE_BY_ONE:  # one span: a view repaints all it shows
            self.dataChanged.emit(self.index(rows[0], 0), self.index(rows[-1], last))
            return
        for row in rows:  # a view repaints only the rows in sight
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))
