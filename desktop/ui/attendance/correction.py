"""The correction dialog: one clock entry, or the same one for several people, previewed.

Times are in the organization's timezone (the PC's own time is shown beside
them when it differs). Every entry is checked before anything is queued, and a
refusal lands on its field in plain words; nothing is lost by a bad entry.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.attendance.corrections import (
    OTHER,
    REASONS,
    Correction,
    CorrectionRejected,
    CorrectionService,
    DayPreview,
    preview,
)
from desktop.store import AttendanceRow, EmployeeRow, LockRow, OutboxEntry
from desktop.ui import theme
from desktop.ui.widgets import format as fmt
from desktop.ui.widgets.announce import announce
from desktop.ui.widgets.date_box import DateBox
from desktop.ui.widgets.plain import PlainLabel
from desktop.ui.widgets.table_models import Column, ListTableModel
from desktop.ui.widgets.tables import configure_table


@dataclass(frozen=True, slots=True)
class Target:
    """Whose day to correct; ``day`` None lets the manager pick the date."""

    employee_id: str
    name: str
    day: date | None = None


@dataclass(frozen=True, slots=True)
class PreviewRow:
    name: str
    day: date
    before: AttendanceRow | None
    after: DayPreview


def _span(zone: ZoneInfo, clock_in: datetime | None, clock_out: datetime | None) -> str:
    def hm(moment: datetime | None) -> str:
        return fmt.local_time(moment, zone, with_date=False) if moment else "—"

    return f"{hm(clock_in)} – {hm(clock_out)}"


def preview_columns(zone: ZoneInfo) -> list[Column[PreviewRow]]:
    def before(r: PreviewRow) -> str:
        b = r.before
        return f"{_span(zone, b.clock_in, b.clock_out)}, {b.work_hours:.2f} h" if b else "no record"

    def after(r: PreviewRow) -> str:
        a = r.after
        return f"{_span(zone, a.clock_in, a.clock_out)}, {a.work_hours:.2f} h"

    return [
        Column("Person", lambda r: r.name, width=160),
        Column("Day", lambda r: r.day.strftime("%a %d %b"), width=90),
        Column("Now", before, width=170),
        Column("After", after, width=170),
        Column("Late", lambda r: f"{r.after.late_minutes} min", width=60),
        Column("Left early", lambda r: f"{r.after.early_departure_minutes} min", width=80),
    ]


class CorrectionDialog(QDialog):
    queued = Signal(list)  # the OutboxEntry list

    def __init__(
        self,
        service: CorrectionService,
        people: Sequence[EmployeeRow],
        locks: Sequence[LockRow],
        manager: str,
        targets: Sequence[Target] = (),
        *,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        submit: Callable[[list[Correction]], list[OutboxEntry]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service, self.zone, self.manager, self.now = service, service.zone, manager, now
        basis = service.basis()  # another desk's correction of the same day after it conflicts
        self.submit = submit or (lambda entries: service.queue(entries, manager, basis))
        self.targets = list(targets)
        self.names = {p.id: p.name for p in people}
        bulk = len(self.targets) > 1
        self.setWindowTitle("Correct clock entries" if bulk else "Correct a clock entry")
        self.setMinimumWidth(760)
        self.person = QComboBox()
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for p in people:
            self.person.addItem(p.name, p.id)
        self.person.setCurrentIndex(-1)  # nobody until the manager picks: never the first row
        typed = self.person.lineEdit()
        if typed is not None:  # an editable box always has one
            typed.setPlaceholderText("Type a name…")
        completer = QCompleter([p.name for p in people], self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.person.setCompleter(completer)
        self.kind = QComboBox()
        self.kind.addItem("Clock out", "clock_out")
        self.kind.addItem("Clock in", "clock_in")
        today = now().astimezone(self.zone).date()
        self.date = DateBox(today)
        self.time = QTimeEdit(QTime(17, 30))
        self.time.setDisplayFormat("HH:mm")
        self.pc_time = PlainLabel()
        self.lock = QComboBox()
        self.lock.addItem("No lock", None)
        for lock in locks:
            self.lock.addItem(lock.name, lock.id)
        self.reason = QComboBox()
        self.reason.addItems(REASONS)
        self.note = QLineEdit()
        self.note.setPlaceholderText("What happened, in a few words (required for Other)")
        self.note.setMaxLength(200)
        self.errors = {name: PlainLabel() for name in ("employee_id", "type", "timestamp", "reason",
                                                   "note", "lock_id", "general")}  # fmt: skip
        for label in self.errors.values():
            theme.text_color(label, theme.DANGER)
            label.setWordWrap(True)
            label.hide()
        self.previews: ListTableModel[PreviewRow] = ListTableModel(preview_columns(self.zone))
        self.preview_view = QTableView()
        self.preview_view.setModel(self.previews)
        self.preview_view.setAccessibleName(self.tr("The day as it will be after the entry"))
        configure_table(self.preview_view, [c.width for c in self.previews.columns])
        self._layout(bulk)
        self._prefill()
        self._wire()
        self.refresh_preview()

    def _layout(self, bulk: bool) -> None:
        form = QFormLayout()
        if self.targets:
            who = ", ".join(t.name for t in self.targets[:6])
            more = len(self.targets) - 6
            self.person.hide()
            form.addRow("People" if bulk else "Person",
                        PlainLabel(who + (f" and {more} more" if more > 0 else "")))  # fmt: skip
        else:
            form.addRow("Person", self.person)
        form.addRow("", self.errors["employee_id"])
        form.addRow("Entry", self.kind)
        days_fixed = bool(self.targets) and all(t.day for t in self.targets)
        if days_fixed:
            self.date.hide()
            form.addRow(
                "Day", PlainLabel("each row's own day" if bulk else str(self.targets[0].day))
            )
        else:
            form.addRow(f"Day ({self.zone})", self.date)
        form.addRow(f"Time ({self.zone})", self.time)
        form.addRow("", self.pc_time)
        form.addRow("", self.errors["timestamp"])
        form.addRow("Lock (optional)", self.lock)
        form.addRow("Reason", self.reason)
        form.addRow("", self.errors["reason"])
        form.addRow("Note", self.note)
        form.addRow("", self.errors["note"])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        count = max(1, len(self.targets))
        self.queue_button = self.buttons.addButton(
            "Save and send" if count == 1 else f"Save and send {count} corrections",
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(PlainLabel("The day as it will be after the entry:"))
        layout.addWidget(self.preview_view, 1)
        layout.addWidget(self.errors["general"])
        layout.addWidget(self.buttons)

    def _prefill(self) -> None:
        """Clock out at 17:30 unless the rows are about a missing clock-in."""
        if self.targets and all(t.day for t in self.targets):
            first = self.targets[0].day
            assert first is not None
            self.date.setDate(QDate(first.year, first.month, first.day))

    def prefill(self, c: Correction) -> None:
        """Start from an existing correction (editing a failed one)."""
        local = c.timestamp.astimezone(self.zone)
        self.kind.setCurrentIndex(self.kind.findData(c.type))
        self.date.setDate(QDate(local.year, local.month, local.day))
        self.time.setTime(QTime(local.hour, local.minute))
        self.reason.setCurrentText(c.reason)
        self.note.setText(c.note)
        self.lock.setCurrentIndex(max(0, self.lock.findData(c.lock_id)))
        self.queue_button.setText("Save and send again")

    def prefer_clock_in(self) -> None:
        self.kind.setCurrentIndex(self.kind.findData("clock_in"))
        self.time.setTime(QTime(9, 0))

    def _wire(self) -> None:
        for signal in (self.kind.currentIndexChanged, self.person.currentIndexChanged,
                       self.date.dateChanged, self.time.timeChanged,
                       self.reason.currentIndexChanged, self.note.textChanged):  # fmt: skip
            signal.connect(lambda *_: self.refresh_preview())
        self.kind.currentIndexChanged.connect(lambda *_: self._reason_follows_kind())
        self.buttons.rejected.connect(self.reject)
        self.queue_button.clicked.connect(self.try_queue)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.try_queue)

    def _reason_follows_kind(self) -> None:
        """ "Forgot to clock out" becomes "Forgot to clock in" with the entry (and back);
        any other reason the manager chose stays."""
        forgot = {"clock_in": "Forgot to clock in", "clock_out": "Forgot to clock out"}
        if self.reason.currentText() in forgot.values():
            self.reason.setCurrentText(forgot[self.kind.currentData()])

    # -- what was entered ---------------------------------------------------------------

    def _targets(self) -> list[Target]:
        if self.targets:
            return self.targets
        employee_id = self.person.currentData()
        return [Target(employee_id or "", self.person.currentText())]

    def corrections(self) -> list[Correction]:
        picked = self.date.date()
        chosen = date(picked.year(), picked.month(), picked.day())
        clock = self.time.time()
        at = time(clock.hour(), clock.minute())
        return [
            Correction(
                employee_id=t.employee_id,
                type=self.kind.currentData(),
                timestamp=datetime.combine(t.day or chosen, at, self.zone),
                reason=self.reason.currentText(),
                note=self.note.text(),
                lock_id=self.lock.currentData(),
            )
            for t in self._targets()
        ]

    def refresh_preview(self) -> None:
        entries = self.corrections()
        rows = []
        now = self.now()
        for target, c in zip(self._targets(), entries, strict=True):
            day = c.day(self.zone)
            before = self.service.day(c.employee_id, day) if c.employee_id else None
            after = preview(before, [c], self.zone, now)
            rows.append(PreviewRow(target.name or self.names.get(c.employee_id, ""), day,
                                   before, after))  # fmt: skip
        self.previews.set_rows(rows)
        self._show_pc_time(entries[0].timestamp if entries else None)
        self.note.setPlaceholderText(
            "Required: what happened" if self.reason.currentText() == OTHER
            else "What happened, in a few words (optional)"
        )  # fmt: skip

    def _show_pc_time(self, moment: datetime | None) -> None:
        if moment is None:
            self.pc_time.hide()
            return
        local = moment.astimezone()
        differs = local.utcoffset() != moment.astimezone(self.zone).utcoffset()
        self.pc_time.setVisible(differs)
        self.pc_time.setText(f"That is {local.strftime('%H:%M')} on this PC's clock.")

    # -- queueing -------------------------------------------------------------------------

    def show_errors(self, errors: dict[int, dict[str, str]]) -> None:
        for label in self.errors.values():
            label.hide()
        targets = self._targets()
        for index, fields in sorted(errors.items()):
            who = f"{targets[index].name}: " if len(targets) > 1 else ""
            for name, message in fields.items():
                label = self.errors.get(name, self.errors["general"])
                if not label.isVisible():
                    label.setText(who + message)
                    label.show()
        said = [label.text() for label in self.errors.values() if not label.isHidden()]
        if said:
            announce(self, " ".join(said), urgent=True)

    def try_queue(self) -> list[OutboxEntry]:
        entries = self.corrections()
        try:
            queued = self.submit(entries)
        except CorrectionRejected as exc:
            self.show_errors(exc.errors)
            return []
        except ValueError as exc:
            self.show_errors({0: {"general": str(exc)}})
            return []
        self.queued.emit(queued)
        self.accept()
        return queued
