"""The row of headline figures above a report: pay, hours, overtime, lateness, absences."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from desktop.services.reports.report import Report, attendance_totals, payroll_totals
from desktop.ui import theme
from desktop.ui.reports.table_model import MASK
from desktop.ui.widgets.plain import PlainLabel
from desktop.words import QT_TRANSLATE_NOOP, decimal, number, translate


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
    "gross": QT_TRANSLATE_NOOP("ReportTiles", "Gross pay"),
    "hours": QT_TRANSLATE_NOOP("ReportTiles", "Hours worked"),
    "overtime": QT_TRANSLATE_NOOP("ReportTiles", "Overtime"),
    "late": QT_TRANSLATE_NOOP("ReportTiles", "Late arrivals"),
    "absent": QT_TRANSLATE_NOOP("ReportTiles", "Absences"),
    "days": QT_TRANSLATE_NOOP("ReportTiles", "Days worked"),
}
COLORS = {"late": theme.TILE_WARNING, "absent": theme.TILE_DANGER, "overtime": theme.TILE_OVERTIME}


class Tile(QFrame):
    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        theme.keep_styled(self, tile_style)
        self.title = PlainLabel(translate("ReportTiles", TITLES[key]))
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
        n = pay.people
        people = translate("ReportTiles", "%Ln (person|people)", None, n)

        def money(amount: Decimal) -> str:
            return f"{currency}{MASK}" if self.masked else f"{currency}{decimal(amount, 2)}"

        def hours(value: float) -> str:
            return translate("ReportTiles", "{hours} h").format(hours=decimal(value, 1))

        tiles = self.tiles
        tiles["gross"].show_value(money(pay.gross_pay), people)
        tiles["hours"].show_value(
            hours(days.work_hours),
            translate("ReportTiles", "{hours} regular").format(hours=hours(pay.regular_hours)),
        )
        tiles["overtime"].show_value(hours(pay.overtime_hours), money(pay.overtime_pay))
        minutes, person_days, early = days.late_minutes, days.person_days, days.early_departures
        tiles["late"].show_value(
            number(days.late_arrivals), translate("ReportTiles", "%Ln min in all", None, minutes)
        )
        tiles["absent"].show_value(
            number(days.absent),
            translate("ReportTiles", "of %Ln person-day(s)", None, person_days),
        )
        tiles["days"].show_value(
            number(pay.days_worked), translate("ReportTiles", "%Ln left early", None, early)
        )
