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
        self.events = ListTableModel(columns)
        self.events.set_rows(day.events)
        events_view = QTableView()
        events_view.setModel(self.events)
        configure_table(events_view)
        events_box = QGroupBox(f"Lock events ({len(day.events)})")
        QVBoxLayout(events_box).addWidget(events_view)

        record = day.attendance
        attendance_box = QGroupBox("Attendance")
        form = QFormLayout(attendance_box)
        self.clock_in = PlainLabel(fmt.local_time(record.clock_in, zone, False) if record else "")
        self.clock_out = PlainLabel(fmt.local_time(record.clock_out, zone, False) if record else "")
        form.addRow("Clock in", self.clock_in or PlainLabel("—"))
        form.addRow("Clock out", self.clock_out)
        if record is not None:
            form.addRow("Hours", PlainLabel(f"{record.work_hours:.2f}"))
            form.addRow("Late by", PlainLabel(f"{record.late_minutes} min"))
            form.addRow("Left early by", PlainLabel(f"{record.early_departure_minutes} min"))
        else:
            form.addRow(PlainLabel("No attendance record for this day."))

        self.notes = PlainLabel("\n".join(f"⚠ {note}" for note in day.notes) or "Nothing unusual.")
        self.notes.setObjectName("personDayNotes")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet(f"color: {fmt.ALERT_COLOR};" if day.notes else "")
        side = QHBoxLayout()
        side.addWidget(events_box, 3)
        side.addWidget(attendance_box, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.correct_button = buttons.addButton("&Correct…", QDialogButtonBox.ButtonRole.ActionRole)
        self.correct_button.clicked.connect(self.correct_requested)
        layout = QVBoxLayout(self)
        layout.addLayout(side, 1)
        layout.addWidget(self.notes)
        layout.addWidget(buttons)
