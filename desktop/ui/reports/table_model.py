"""A report ``Table`` on screen: the list model's columns from the table's; sorting in Python
(a report is a few thousand lines at most). One model shows the table's rows, another its
total line alone (bold, shaded), so the total can stay in sight under a long table."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from desktop.services.reports.tables import ColumnSpec, Line, Table, cell_text
from desktop.ui import theme
from desktop.ui.widgets.table_models import Column, ListTableModel

MASK = "•••••"  # money until the manager reveals it with their PIN


def _column(index: int, spec: ColumnSpec, last: bool, masked: Callable[[], bool]) -> Column[Line]:
    def alert(line: Line) -> theme.Role | None:
        return theme.DANGER if line.alert and last else None

    def text(line: Line) -> str:
        if spec.kind == "money" and masked() and line.cells[index] not in (None, ""):
            return MASK
        return cell_text(spec.kind, line.cells[index], total=line.total)

    return Column(
        spec.title,
        text,
        sort_key=str(index),
        align=Qt.AlignmentFlag.AlignRight if spec.numeric else Qt.AlignmentFlag.AlignLeft,
        foreground=alert,
        width=spec.width,
    )


class ReportTableModel(ListTableModel[Line]):
    def __init__(self, total: bool = False, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self.shows_total = total
        self.masked = True  # money shows as MASK until ``set_masked(False)``
        self.table = Table("", (), ())
        self._bold = QFont()
        self._bold.setBold(True)
        self.sort_requested.connect(self._sort)

    def set_table(self, table: Table) -> None:
        count = len(table.columns)
        self.beginResetModel()
        self.table = table
        self.columns = [
            _column(i, c, i == count - 1, lambda: self.masked) for i, c in enumerate(table.columns)
        ]
        self._rows = self._shown(table)
        self.endResetModel()

    def set_masked(self, masked: bool) -> None:
        self.beginResetModel()
        self.masked = masked
        self.endResetModel()

    def _shown(self, table: Table) -> list[Line]:
        total = table.total()
        if self.shows_total:
            return [total] if total is not None else []
        return list(table.body())

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.columns):  # the view sorts by column 0 before any table
            super().sort(column, order)

    def _sort(self, key: str, descending: bool) -> None:
        self.beginResetModel()
        self.table = self.table.sorted_by(int(key), descending)
        self._rows = self._shown(self.table)
        self.endResetModel()

    def cell(self, row: Line, column: Column[Line], role: int) -> Any:
        if row.total:
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            if role == Qt.ItemDataRole.BackgroundRole:
                return theme.color(theme.TOTAL_BACKGROUND)
            if role == Qt.ItemDataRole.ForegroundRole:  # the palette's text, or the alert's
                shown = super().cell(row, column, role)
                return shown or QGuiApplication.palette().color(QPalette.ColorRole.Text)
        return super().cell(row, column, role)
