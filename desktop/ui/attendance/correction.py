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

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime, Signal
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
from desktop.ui.attendance.page import day_text, widest_days
from desktop.ui.widgets import format as fmt
from desktop.ui.widgets.announce import announce
from desktop.ui.widgets.date_box import DateBox
from desktop.ui.widgets.plain import PlainLabel
from desktop.ui.widgets.table_models import Column, ListTableModel
from desktop.ui.widgets.tables import configure_table
from desktop.words import QT_TRANSLATE_NOOP, translate

# The reasons as the manager reads them; the correction keeps the service's English
# (REASONS), which WorkTime One and the audit log record.
REASON_WORDS = {
    "Forgot to clock out": QT_TRANSLATE_NOOP("CorrectionDialog", "Forgot to clock out"),
    "Forgot to clock in": QT_TRANSLATE_NOOP("CorrectionDialog", "Forgot to clock in"),
    "Lock did not register": QT_TRANSLATE_NOOP("CorrectionDialog", "Lock did not register"),
    "Worked off-site": QT_TRANSLATE_NOOP("CorrectionDialog", "Worked off-site"),
    "Badge or phone problem": QT_TRANSLATE_NOOP("CorrectionDialog", "Badge or phone problem"),
    "Other": QT_TRANSLATE_NOOP("CorrectionDialog", "Other"),
}


def reason_text(reason: str) -> str:
    """A correction's reason as the manager reads it (one of ours, translated; any other
    as it was written)."""
    known = REASON_WORDS.get(reason)
    return QCoreApplication.translate("CorrectionDialog", known) if known else reason


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
    def span(clock_in: datetime | None, clock_out: datetime | None, hours: float) -> str:
        return QCoreApplication.translate("CorrectionDialog", "{span}, {hours} h").format(
            span=_span(zone, clock_in, clock_out), hours=QLocale().toString(hours, "f", 2)
        )

    def before(r: PreviewRow) -> str:
        b = r.before
        return (
            span(b.clock_in, b.clock_out, b.work_hours)
            if b
            else QCoreApplication.translate("CorrectionDialog", "no record")
        )

    def after(r: PreviewRow) -> str:
        a = r.after
        return span(a.clock_in, a.clock_out, a.work_hours)

    def minutes(value: int) -> str:
        return QCoreApplication.translate("CorrectionDialog", "{n} min").format(n=value)

    return [
        Column(
            QCoreApplication.translate("CorrectionDialog", "Person"), lambda r: r.name, width=160
        ),
        Column(
            QCoreApplication.translate("CorrectionDialog", "Day"),
            lambda r: day_text(r.day),
            width=90,
            fits=widest_days(),
        ),
        Column(QCoreApplication.translate("CorrectionDialog", "Now"), before, width=170),
        Column(QCoreApplication.translate("CorrectionDialog", "After"), after, width=170),
        Column(
            QCoreApplication.translate("CorrectionDialog", "Late"),
            lambda r: minutes(r.after.late_minutes),
            width=60,
        ),
        Column(
            QCoreApplication.translate("CorrectionDialog", "Left early"),
            lambda r: minutes(r.after.early_departure_minutes),
            width=80,
        ),
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
        self.setWindowTitle(
            self.tr("Correct clock entries") if bulk else self.tr("Correct a clock entry")
        )
        self.person = QComboBox()
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for p in people:
            self.person.addItem(p.name, p.id)
        self.person.setCurrentIndex(-1)  # nobody until the manager picks: never the first row
        typed = self.person.lineEdit()
        if typed is not None:  # an editable box always has one
            typed.setPlaceholderText(self.tr("Type a name…"))
        completer = QCompleter([p.name for p in people], self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.person.setCompleter(completer)
        self.kind = QComboBox()
        for kind, words in (("clock_out", self.tr("Clock out")), ("clock_in", self.tr("Clock in"))):
            self.kind.addItem(words, kind)  # the data: the entry's type, as the service names it
        today = now().astimezone(self.zone).date()
        self.date = DateBox(today)
        self.time = QTimeEdit(QTime(17, 30))
        self.time.setDisplayFormat("HH:mm")
        self.pc_time = PlainLabel()
        self.lock = QComboBox()
        self.lock.addItem(self.tr("No lock"), None)
        for lock in locks:
            self.lock.addItem(lock.name, lock.id)
        self.reason = QComboBox()
        for reason in REASONS:  # the data stays the English the service records
            self.reason.addItem(reason_text(reason), reason)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What happened, in a few words (required for Other)"))
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
        # The preview shows every column whole, and sets the dialog's width: its titles and
        # times grow with the font and the language ("Früher gegangen"), the dialog with them.
        view = self.preview_view
        view.setMinimumWidth(view.horizontalHeader().length() + 2 * view.frameWidth()
                             + view.verticalScrollBar().sizeHint().width())  # fmt: skip
        self._layout(bulk)
        self._prefill()
        self._wire()
        self.refresh_preview()

    def _layout(self, bulk: bool) -> None:
        form = QFormLayout()
        if self.targets:
            who = ", ".join(t.name for t in self.targets[:6])
            more = len(self.targets) - 6
            if more > 0:
                who = translate("CorrectionDialog", "{names} and %Ln more", None, more).format(
                    names=who
                )
            self.person.hide()
            people = PlainLabel(who)
            people.setWordWrap(True)  # six names and "and 2 more" outgrew the dialog
            form.addRow(self.tr("People") if bulk else self.tr("Person"), people)
        else:
            form.addRow(self.tr("Person"), self.person)
        form.addRow("", self.errors["employee_id"])
        form.addRow(self.tr("Entry"), self.kind)
        days_fixed = bool(self.targets) and all(t.day for t in self.targets)
        if days_fixed:
            self.date.hide()
            day = self.tr("each row's own day") if bulk else fmt.local_date(self.targets[0].day)
            form.addRow(self.tr("Day"), PlainLabel(day))
        else:
            form.addRow(self.tr("Day ({zone})").format(zone=self.zone), self.date)
        form.addRow(self.tr("Time ({zone})").format(zone=self.zone), self.time)
        form.addRow("", self.pc_time)
        form.addRow("", self.errors["timestamp"])
        form.addRow(self.tr("Lock (optional)"), self.lock)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow("", self.errors["reason"])
        form.addRow(self.tr("Note"), self.note)
        form.addRow("", self.errors["note"])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        count = max(1, len(self.targets))
        self.queue_button = self.buttons.addButton(
            self.tr("Save and send")
            if count == 1
            else translate("CorrectionDialog", "Save and send %Ln correction(s)", None, count),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(PlainLabel(self.tr("The day as it will be after the entry:")))
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
        reason = self.reason.findData(c.reason)
        if reason >= 0:
            self.reason.setCurrentIndex(reason)
        self.note.setText(c.note)
        self.lock.setCurrentIndex(max(0, self.lock.findData(c.lock_id)))
        self.queue_button.setText(self.tr("Save and send again"))

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
        if self.reason.currentData() in forgot.values():
            self.reason.setCurrentIndex(self.reason.findData(forgot[self.kind.currentData()]))

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
                reason=self.reason.currentData(),
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
            self.tr("Required: what happened") if self.reason.currentData() == OTHER
            else self.tr("What happened, in a few words (optional)")
        )  # fmt: skip

    def _show_pc_time(self, moment: datetime | None) -> None:
        if moment is None:
            self.pc_time.hide()
            return
        local = moment.astimezone()
        differs = local.utcoffset() != moment.astimezone(self.zone).utcoffset()
        self.pc_time.setVisible(differs)
        clock = QLocale().toString(QTime(local.hour, local.minute), fmt.time_format())
        self.pc_time.setText(self.tr("That is {time} on this PC's clock.").format(time=clock))

    # -- queueing -------------------------------------------------------------------------

    def show_errors(self, errors: dict[int, dict[str, str]]) -> None:
        for label in self.errors.values():
            label.hide()
        targets = self._targets()
        for index, fields in sorted(errors.items()):
            for name, message in fields.items():
                label = self.errors.get(name, self.errors["general"])
                if not label.isVisible():
                    label.setText(
                        self.tr("{name}: {message}").format(
                            name=targets[index].name, message=message
                        )
                        if len(targets) > 1
                        else message
                    )
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
