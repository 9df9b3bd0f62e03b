"""How every table of the console looks and behaves: fixed rows, whole-row selection."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

from desktop.ui.widgets.fit import font_scale, scaled
from desktop.ui.widgets.table_models import LazyTableModel

ROW_HEIGHT = 24  # at a 14 px line (``fit.BASE_LINE``); ``row_height`` for the font in use
CELL_MARGINS = 10
"""What a cell's text loses to the item's margins and focus frame, with a pixel to spare."""


def row_height(widget: QWidget) -> int:
    return scaled(widget, ROW_HEIGHT)


def configure_table(view: QTableView, widths: list[int] | None = None) -> None:
    """Fixed row heights and column widths, no resize-to-contents: big tables stay fast.
    ``widths`` are at a 14 px line, grow with a larger font, and hold the column's title."""
    scale = font_scale(view)
    default = view.style().pixelMetric(QStyle.PixelMetric.PM_HeaderDefaultSectionSizeHorizontal)
    view.horizontalHeader().setDefaultSectionSize(round(default * scale))  # columns not given
    header = view.horizontalHeader()
    model = view.model()
    columns = model.columns if isinstance(model, LazyTableModel) else []
    for section, width in enumerate(widths or []):
        # Never narrower than its title, which a translation may make longer, nor than
        # the texts its column must show whole.
        fits = header.sectionSizeFromContents(section).width() if model else 0
        samples = columns[section].fits if section < len(columns) else ()
        words = max((view.fontMetrics().horizontalAdvance(text) for text in samples), default=0)
        header.resizeSection(section, max(round(width * scale), fits, words + CELL_MARGINS))
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(row_height(view))
    view.verticalHeader().hide()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setStretchLastSection(True)
    # Titles sit where their column's text starts: centred, a column partly scrolled out
    # of view lost its title off the edge (the Outbox's "Why").
    view.horizontalHeader().setDefaultAlignment(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    )
    view.setWordWrap(False)
    # The arrows move between rows; Tab goes on to the next control, as in a list: with
    # Qt's default Tab walked the cells and a keyboard user never left the table.
    view.setTabKeyNavigation(False)


class _EnterActs(QObject):
    def __init__(self, view: QTableView, act: Callable[[], object]) -> None:
        super().__init__(view)
        self._view, self._act = view, act

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        enter = (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers()
        )
        if enter:
            # Tabbed into, a table frames its first row as current without selecting it:
            # Enter acts on the row the focus frame is on.
            current = self._view.currentIndex()
            if current.isValid() and not self._view.selectionModel().hasSelection():
                self._view.selectRow(current.row())
            self._act()
        return enter


def on_enter(view: QTableView, act: Callable[[], object]) -> None:
    """Enter (or Return) on the table acts on its selected row, as a double-click does."""
    view.installEventFilter(_EnterActs(view, act))


def select_row(view: QTableView, row: int | None) -> bool:
    """Select ``row`` of the view and scroll it into sight (False: no such row)."""
    if row is None:
        return False
    view.selectRow(row)
    view.scrollTo(view.model().index(row, 0))
    return True
