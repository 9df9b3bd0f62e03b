"""One person's day: lock events beside attendance, with what stands out called out."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.attendance.board import PersonDay
from desktop.store import LockEventRow
from desktop.ui import theme
from desktop.ui.widgets import format as fmt
from desktop.ui.widgets.plain import PlainLabel
from desktop.ui.widgets.table_models import Column, ListTableModel
from desktop.ui.widgets.tables import configure_table


class PersonDayDialog(QDialog):
    correct_requested = Signal()

    def __init__(
        self,
        name: str,
        day: PersonDay,
        zone: ZoneInfo,
        lock_names: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{name}: {day}").format(name=name, day=fmt.local_date(day.day)))
        self.resize(820, 460)
        granted, denied = self.tr("Granted"), self.tr("Denied")
        columns: list[Column[LockEventRow]] = [
            Column(
                self.tr("Time"),
                lambda e: fmt.local_time(e.timestamp, zone, with_date=False),
                fits=fmt.widest_time(with_date=False),
            ),
            Column(self.tr("Lock"), lambda e: lock_names.get(e.lock_id, e.lock_id)),
            Column(self.tr("Method"), lambda e: fmt.method(e.access_method)),
            Column(self.tr("Result"), lambda e: granted if e.success else denied),
        ]
        self.zone = zone
        self.events = ListTableModel(columns)
        events_view = QTableView()
        events_view.setModel(self.events)
        configure_table(events_view)
        self.events_box = QGroupBox()
        QVBoxLayout(self.events_box).addWidget(events_view)

        attendance_box = QGroupBox(self.tr("Attendance"))
        form = QFormLayout(attendance_box)
        self.clock_in, self.clock_out, self.hours = PlainLabel(), PlainLabel(), PlainLabel()
        self.late, self.early = PlainLabel(), PlainLabel()
        for label, value in ((self.tr("Clock in"), self.clock_in),
                             (self.tr("Clock out"), self.clock_out),
                             (self.tr("Hours"), self.hours), (self.tr("Late by"), self.late),
                             (self.tr("Left early by"), self.early)):  # fmt: skip
            form.addRow(label, value)
        self.no_record = PlainLabel(self.tr("No attendance record for this day."))
        form.addRow(self.no_record)

        self.notes = PlainLabel()
        self.notes.setObjectName("personDayNotes")
        self.notes.setWordWrap(True)
        self.show_day(day)
        side = QHBoxLayout()
        side.addWidget(self.events_box, 3)
        side.addWidget(attendance_box, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.correct_button = buttons.addButton(
            self.tr("&Correct…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.correct_button.clicked.connect(self.correct_requested)
        layout = QVBoxLayout(self)
        layout.addLayout(side, 1)
        layout.addWidget(self.notes)
        layout.addWidget(buttons)

    def show_day(self, day: PersonDay) -> None:
        """The day as the store has it now (a webhook or a refresh brought more)."""
        zone = self.zone
        self.events.set_rows(day.events)
        self.events_box.setTitle(self.tr("Lock events ({count})").format(count=len(day.events)))
        record = day.attendance
        minutes = self.tr("{n} min")
        self.clock_in.setText(fmt.local_time(record.clock_in, zone, False) if record else "—")
        self.clock_out.setText(fmt.local_time(record.clock_out, zone, False) if record else "")
        self.hours.setText(QLocale().toString(record.work_hours, "f", 2) if record else "")
        self.late.setText(minutes.format(n=record.late_minutes) if record else "")
        self.early.setText(minutes.format(n=record.early_departure_minutes) if record else "")
        self.no_record.setVisible(record is None)
        notes = "\n".join(f"⚠ {note}" for note in day.notes)
        self.notes.setText(notes or self.tr("Nothing unusual."))
        theme.text_color(self.notes, theme.DANGER if day.notes else None)
