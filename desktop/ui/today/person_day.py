"""One person's day: lock events beside attendance, with what stands out called out."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
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
        self.setWindowTitle(f"{name}: {day.day.isoformat()}")
        self.resize(820, 460)
        columns: list[Column[LockEventRow]] = [
            Column("Time", lambda e: fmt.local_time(e.timestamp, zone, with_date=False)),
            Column("Lock", lambda e: lock_names.get(e.lock_id, e.lock_id)),
            Column("Method", lambda e: fmt.method(e.access_method)),
            Column("Result", lambda e: "Granted" if e.success else "Denied"),
        ]
        self.zone = zone
        self.events = ListTableModel(columns)
        events_view = QTableView()
        events_view.setModel(self.events)
        configure_table(events_view)
        self.events_box = QGroupBox()
        QVBoxLayout(self.events_box).addWidget(events_view)

        attendance_box = QGroupBox("Attendance")
        form = QFormLayout(attendance_box)
        self.clock_in, self.clock_out, self.hours = PlainLabel(), PlainLabel(), PlainLabel()
        self.late, self.early = PlainLabel(), PlainLabel()
        for label, value in (("Clock in", self.clock_in), ("Clock out", self.clock_out),
                             ("Hours", self.hours), ("Late by", self.late),
                             ("Left early by", self.early)):  # fmt: skip
            form.addRow(label, value)
        self.no_record = PlainLabel("No attendance record for this day.")
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
        self.correct_button = buttons.addButton("&Correct…", QDialogButtonBox.ButtonRole.ActionRole)
        self.correct_button.clicked.connect(self.correct_requested)
        layout = QVBoxLayout(self)
        layout.addLayout(side, 1)
        layout.addWidget(self.notes)
        layout.addWidget(buttons)

    def show_day(self, day: PersonDay) -> None:
        """The day as the store has it now (a webhook or a refresh brought more)."""
        zone = self.zone
        self.events.set_rows(day.events)
        self.events_box.setTitle(f"Lock events ({len(day.events)})")
        record = day.attendance
        self.clock_in.setText(fmt.local_time(record.clock_in, zone, False) if record else "—")
        self.clock_out.setText(fmt.local_time(record.clock_out, zone, False) if record else "")
        self.hours.setText(f"{record.work_hours:.2f}" if record else "")
        self.late.setText(f"{record.late_minutes} min" if record else "")
        self.early.setText(f"{record.early_departure_minutes} min" if record else "")
        self.no_record.setVisible(record is None)
        self.notes.setText("\n".join(f"⚠ {note}" for note in day.notes) or "Nothing unusual.")
        theme.text_color(self.notes, theme.DANGER if day.notes else None)
