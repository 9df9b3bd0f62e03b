"""The row of headline figures above a report: pay, hours, overtime, lateness, absences."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from desktop.services.reports.report import Report, attendance_totals, payroll_totals
from desktop.ui import theme
from desktop.ui.reports.table_model import MASK
from desktop.ui.widgets.plain import PlainLabel


class FittedValue(PlainLabel):
    """A figure that is never clipped: its font shrinks to the width it is given (down to
    ``SMALLEST_PX``), and only past that is it elided, the whole figure in its tooltip."""

    def __init__(self, color: theme.Role) -> None:
        super().__init__("–")
        self.color, self.full = color, "–"
        self._px = 0  # the font size the style sheet holds
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._fit()

    def show_text(self, text: str) -> None:
        self.full = text
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = max(1, self.contentsRect().width())
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        px = VALUE_PX
        while px > SMALLEST_PX:
            font.setPixelSize(px)
            if QFontMetrics(font).horizontalAdvance(self.full) <= width:
                break
            px -= 1
        font.setPixelSize(px)
        if px != self._px:  # a style sheet repolishes the label: only when the size moves
            self._px = px
            theme.text_color(self, self.color, f"font-size: {px}px; font-weight: 600;")
        metrics = QFontMetrics(font)
        shown = metrics.elidedText(self.full, Qt.TextElideMode.ElideRight, width)
        self.setText(shown)
        self.setToolTip(self.full if shown != self.full else "")


def tile_style() -> str:
    return (
        f"#tile {{ background: {theme.css(theme.TILE_BACKGROUND)};"
        f" border: 1px solid {theme.css(theme.TILE_BORDER)}; border-radius: 6px; }}"
        f"#tileCaption {{ color: {theme.css(theme.TILE_CAPTION)}; }}"
    )


VALUE_PX, SMALLEST_PX = 20, 10  # a value shrinks to fit its tile, never below this
TILES = ("gross", "hours", "overtime", "late", "absent", "days")
TITLES = {
    "gross": "Gross pay",
    "hours": "Hours worked",
    "overtime": "Overtime",
    "late": "Late arrivals",
    "absent": "Absences",
    "days": "Days worked",
}
COLORS = {"late": theme.TILE_WARNING, "absent": theme.TILE_DANGER, "overtime": theme.TILE_OVERTIME}


class Tile(QFrame):
    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        theme.keep_styled(self, tile_style)
        self.title = PlainLabel(TITLES[key])
        self.title.setObjectName("tileCaption")
        self.value = FittedValue(COLORS.get(key, theme.TILE_VALUE))
        self.caption = PlainLabel("")
        self.caption.setObjectName("tileCaption")
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 6, 12, 6)
        column.setSpacing(0)
        for label in (self.title, self.value, self.caption):
            column.addWidget(label)

    def show_value(self, value: str, caption: str = "") -> None:
        self.value.show_text(value)
        self.caption.setText(caption)


class ReportTiles(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles = {key: Tile(key) for key in TILES}
        self.masked = True  # pay as MASK until the manager reveals it
        self.report: Report | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for tile in self.tiles.values():
            row.addWidget(tile, 1)

    def set_masked(self, masked: bool) -> None:
        self.masked = masked
        if self.report is not None:
            self.show_report(self.report)

    def show_report(self, report: Report) -> None:
        self.report = report
        pay, days = payroll_totals(report.payroll), attendance_totals(report.attendance)
        currency = f"{pay.currency} " if pay.currency not in ("", "mixed") else ""
        people = f"{pay.people:,} people" if pay.people != 1 else "1 person"

        def money(amount: object) -> str:
            return f"{currency}{MASK}" if self.masked else f"{currency}{amount:,.2f}"

        tiles = self.tiles
        tiles["gross"].show_value(money(pay.gross_pay), people)
        tiles["hours"].show_value(
            f"{days.work_hours:,.1f} h", f"{pay.regular_hours:,.1f} h regular"
        )
        tiles["overtime"].show_value(f"{pay.overtime_hours:,.1f} h", money(pay.overtime_pay))
        tiles["late"].show_value(f"{days.late_arrivals:,}", f"{days.late_minutes:,} min in all")
        tiles["absent"].show_value(f"{days.absent:,}", f"of {days.person_days:,} person-days")
        tiles["days"].show_value(f"{pay.days_worked:,}", f"{days.early_departures:,} left early")
