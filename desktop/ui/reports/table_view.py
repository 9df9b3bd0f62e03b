"""A report table with its total line pinned underneath, in the same columns.

The footer is a one-row view that follows the table's column widths and
horizontal scrolling, so the totals stay in sight however long the table is.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.reports.tables import Table
from desktop.ui.reports.table_model import ReportTableModel
from desktop.ui.widgets.tables import configure_table, row_height

OFF = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
CELL_PADDING = 16  # a cell's margins and grid line, with room to spare


class ReportTableView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model, self.total_model = ReportTableModel(), ReportTableModel(total=True)
        self.view, self.footer = QTableView(), QTableView()
        self.view.setModel(self.model)
        self.footer.setModel(self.total_model)
        configure_table(self.view)
        configure_table(self.footer)
        self.view.setSortingEnabled(True)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.footer.horizontalHeader().hide()
        self.footer.setHorizontalScrollBarPolicy(OFF)
        self.footer.setVerticalScrollBarPolicy(OFF)
        self.footer.setFixedHeight(row_height(self.footer) + 2 * self.footer.frameWidth())
        self.footer.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.footer.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.footer.setFrameShape(QFrame.Shape.Box)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.view, 1)
        under = QHBoxLayout()
        under.setSpacing(0)
        under.addWidget(self.footer, 1)
        under.addSpacing(self.view.verticalScrollBar().sizeHint().width())  # under the scroll bar
        column.addLayout(under)
        header = self.view.horizontalHeader()
        header.sectionResized.connect(lambda i, _old, new: self.footer.setColumnWidth(i, new))
        self.view.horizontalScrollBar().valueChanged.connect(
            self.footer.horizontalScrollBar().setValue
        )

    @property
    def table(self) -> Table:
        """The whole table, in the order shown (the total line last)."""
        return self.model.table

    def set_masked(self, masked: bool) -> None:
        """Money as MASK (True) or as figures."""
        self.model.set_masked(masked)
        self.total_model.set_masked(masked)
        self._fit_totals()

    def set_table(self, table: Table) -> None:
        self.model.set_table(table)
        self.total_model.set_table(table)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        widths = [c.width for c in self.model.columns]
        configure_table(self.view, widths)
        configure_table(self.footer, widths)
        self._fit_totals()

    def _fit_totals(self) -> None:
        """Widen a column to its total, which sums the column and outgrows its cells (the
        attendance tab's hours showed "3,330…")."""
        for column in range(self.total_model.columnCount()):
            index = self.total_model.index(0, column)
            font = index.data(Qt.ItemDataRole.FontRole)
            metrics = QFontMetrics(font if isinstance(font, QFont) else self.footer.font())
            need = metrics.horizontalAdvance(str(index.data() or "")) + CELL_PADDING
            if need > self.view.columnWidth(column):
                self.view.setColumnWidth(column, need)  # the footer follows
