"""The row of headline figures above a report: pay, hours, overtime, lateness, absences."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from desktop.services.reports.report import Report, attendance_totals, payroll_totals
from desktop.ui.widgets.plain import PlainLabel

TILE_STYLE = (
    "#tile { background: #f5f7fa; border: 1px solid #d5dce4; border-radius: 6px; }"
    "#tileValue { font-size: 20px; font-weight: 600; color: %s; }"
    "#tileCaption { color: #546e7a; }"
)
TILES = ("gross", "hours", "overtime", "late", "absent", "days")
TITLES = {
    "gross": "Gross pay",
    "hours": "Hours worked",
    "overtime": "Overtime",
    "late": "Late arrivals",
    "absent": "Absences",
    "days": "Days worked",
}
COLORS = {"late": "#e65100", "absent": "#b71c1c", "overtime": "#6a1b9a"}


class Tile(QFrame):
    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setStyleSheet(TILE_STYLE % COLORS.get(key, "#263238"))
        self.title = PlainLabel(TITLES[key])
        self.title.setObjectName("tileCaption")
        self.value = PlainLabel("–")
        self.value.setObjectName("tileValue")
        self.caption = PlainLabel("")
        self.caption.setObjectName("tileCaption")
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 6, 12, 6)
        column.setSpacing(0)
        for label in (self.title, self.value, self.caption):
            column.addWidget(label)

    def show_value(self, value: str, caption: str = "") -> None:
        self.value.setText(value)
        self.caption.setText(caption)


class ReportTiles(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles = {key: Tile(key) for key in TILES}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for tile in self.tiles.values():
            row.addWidget(tile, 1)

    def show_report(self, report: Report) -> None:
        pay, days = payroll_totals(report.payroll), attendance_totals(report.attendance)
        currency = f"{pay.currency} " if pay.currency not in ("", "mixed") else ""
        people = f"{pay.people:,} people" if pay.people != 1 else "1 person"
        tiles = self.tiles
        tiles["gross"].show_value(f"{currency}{pay.gross_pay:,.2f}", people)
        tiles["hours"].show_value(
            f"{days.work_hours:,.1f} h", f"{pay.regular_hours:,.1f} h regular"
        )
        tiles["overtime"].show_value(
            f"{pay.overtime_hours:,.1f} h", f"{currency}{pay.overtime_pay:,.2f}"
        )
        tiles["late"].show_value(f"{days.late_arrivals:,}", f"{days.late_minutes:,} min in all")
        tiles["absent"].show_value(f"{days.absent:,}", f"of {days.person_days:,} person-days")
        tiles["days"].show_value(f"{pay.days_worked:,}", f"{days.early_departures:,} left early")
