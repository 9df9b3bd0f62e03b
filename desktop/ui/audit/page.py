"""The audit log: who did what, when and why, filtered, exported, and its chain verified."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.export import export_table, exported_at
from desktop.services.reports.audit_view import AuditLine
from desktop.store import AuditLog, AuditRow
from desktop.store.audit import AUDIT_HEADER, audit_cells
from desktop.tasks import Op, TaskRunner
from desktop.ui import theme
from desktop.ui.attendance.correction import reason_text
from desktop.ui.widgets import format as fmt
from desktop.ui.widgets.fit import fit_placeholder
from desktop.ui.widgets.plain import PlainLabel, StatusLabel
from desktop.ui.widgets.save_dialog import ask_save_path
from desktop.ui.widgets.table_models import Column, LazyTableModel
from desktop.ui.widgets.tables import configure_table
from desktop.words import translate


@dataclass(frozen=True, slots=True)
class AuditQuery:
    manager: str | None
    action: str | None
    subject: str | None

    def describe(self) -> str:
        """The filters as an export's heading writes them (in English, as the file's)."""
        parts = [f"{name} {value}" for name, value in
                 (("manager", self.manager), ("action", self.action), ("subject", self.subject))
                 if value]  # fmt: skip
        return ", ".join(parts) or "none"


Say = Callable[[AuditRow], AuditLine]  # a row in a manager's words


def plain_words(row: AuditRow) -> AuditLine:
    return AuditLine(row.action, row.subject)


def when_text(moment: datetime, zone: ZoneInfo) -> str:
    """The weekday, date and time to the second, as the locale writes them."""
    local = moment.astimezone(zone)
    weekday = QLocale().toString(QDate(local.year, local.month, local.day), "ddd")
    return f"{weekday} {fmt.local_time(moment, zone)}"


def audit_columns(zone: ZoneInfo, say: Callable[[], Say]) -> list[Column[AuditRow]]:
    """A manager's view: who, what in words, for whom and which day, why. The stored
    record (payload, before, after, hashes) is in the details under the table."""
    evening = datetime(2026, 12, 21, 22, 58, 58, tzinfo=fmt.UTC_ZONE)  # a week of late evenings
    widest = tuple(when_text(evening + timedelta(days=i), fmt.UTC_ZONE) for i in range(7))
    return [
        Column("#", lambda r: str(r.id), width=50),
        Column(
            QCoreApplication.translate("AuditPage", "When"),
            lambda r: when_text(r.at, zone),
            width=150,
            fits=widest,
        ),
        Column(QCoreApplication.translate("AuditPage", "Manager"), manager_words, width=260),
        Column(QCoreApplication.translate("AuditPage", "What"), lambda r: say()(r).what, width=300),
        Column(QCoreApplication.translate("AuditPage", "For"), lambda r: say()(r).whom, width=220),
        Column(
            QCoreApplication.translate("AuditPage", "Why"),
            lambda r: reason_text(r.reason),
            width=220,
        ),
        Column(QCoreApplication.translate("AuditPage", "Outcome"), lambda r: r.outcome, width=110),
    ]


def manager_words(row: AuditRow) -> str:
    """Who wrote the row, and at which desk on a team's shared store."""
    if not row.desk:
        return row.manager
    return QCoreApplication.translate("AuditPage", "{manager} at {desk}").format(
        manager=row.manager, desk=row.desk
    )


def record_text(row: AuditRow, zone: ZoneInfo) -> str:
    """The stored record, as the chain hashes it."""

    def pretty(value: object) -> str:
        return "—" if value is None else json.dumps(value, indent=2, ensure_ascii=False)

    at = f"{row.at.astimezone(zone):%Y-%m-%d %H:%M:%S %Z}"  # as stored: ISO, with its zone
    return "\n".join(
        [
            QCoreApplication.translate("AuditPage", "Row {id} · {at} · {manager}").format(
                id=row.id, at=at, manager=manager_words(row)
            ),
            QCoreApplication.translate("AuditPage", "Action: {action}").format(action=row.action),
            QCoreApplication.translate("AuditPage", "Subject: {subject}").format(
                subject=row.subject
            ),
            QCoreApplication.translate("AuditPage", "Reason: {reason}").format(reason=row.reason),
            QCoreApplication.translate("AuditPage", "Outcome: {outcome}").format(
                outcome=row.outcome
            ),
            QCoreApplication.translate("AuditPage", "Payload: {payload}").format(
                payload=pretty(row.payload)
            ),
            QCoreApplication.translate("AuditPage", "Before: {before}").format(
                before=pretty(row.before)
            ),
            QCoreApplication.translate("AuditPage", "After: {after}").format(
                after=pretty(row.after)
            ),
            QCoreApplication.translate("AuditPage", "Hash: {hash}").format(hash=row.hash),
            QCoreApplication.translate("AuditPage", "Previous hash: {hash}").format(
                hash=row.prev_hash
            ),
        ]
    )


def _remembered(words: Callable[[], Say]) -> Say:
    """``words()`` made on the first row asked for (not at start-up), each row said once."""
    said: dict[int, AuditLine] = {}
    made: list[Say] = []

    def once(row: AuditRow) -> AuditLine:
        if row.id not in said:
            if not made:
                made.append(words())
            said[row.id] = made[0](row)
        return said[row.id]

    return once


class AuditPage(QWidget):
    exported = Signal(object, int)  # the file, how many rows it holds

    def __init__(
        self,
        log: AuditLog,
        zone: ZoneInfo,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date],
        words: Callable[[], Say] | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.log, self.zone, self.runner, self.today = log, zone, runner, today
        self.now = now or (lambda: datetime.now(UTC))  # the console's clock
        self.words = words or (lambda: plain_words)  # the controller's: names, in words
        self._say: Say = plain_words
        self.model: LazyTableModel[AuditRow] = LazyTableModel(audit_columns(zone, self.say))
        self.view = QTableView()
        self.view.setModel(self.model)
        configure_table(self.view, [c.width for c in self.model.columns])
        self.manager = QLineEdit()
        self.manager.setPlaceholderText(self.tr("Manager"))
        self.action = QLineEdit()
        self.action.setPlaceholderText(self.tr("Action"))
        self.subject = QLineEdit()
        self.subject.setPlaceholderText(self.tr("Subject (person or account)"))
        self.view.setAccessibleName(self.tr("Audit log"))
        for field, name in (
            (self.manager, self.tr("Manager")),
            (self.action, self.tr("Action")),
            (self.subject, self.tr("Subject")),
        ):
            field.setAccessibleName(name)
            field.setAccessibleDescription(self.tr("Shows only the records that hold these words"))
        self.verify_button = QPushButton(self.tr("&Verify the chain"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.count = StatusLabel()
        self.verdict = PlainLabel()
        self.verdict.setObjectName("auditVerdict")
        self.verdict.setWordWrap(True)
        filters = QHBoxLayout()
        # The fields share the row's room with the space after them: at their placeholder's
        # width alone, German's "Betreff (Person oder Konto)" was cut.
        for field in (self.manager, self.action, self.subject):
            fit_placeholder(field)
            filters.addWidget(field, 1)
            field.textChanged.connect(lambda *_: self.reload())
        filters.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.count)
        actions.addWidget(self.verdict, 1)
        actions.addWidget(self.verify_button)
        actions.addWidget(self.export_button)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(self.tr("Select a row to see the record as it is stored."))
        self.details.setMaximumHeight(180)
        self.details.setAccessibleName(self.tr("The selected record as it is stored"))
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details)
        layout.addLayout(actions)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_record())
        self.verify_button.clicked.connect(self.verify)
        self.export_button.clicked.connect(self.ask_export)
        self.reload()

    def filters(self) -> AuditQuery:
        return AuditQuery(
            self.manager.text().strip() or None,
            self.action.text().strip() or None,
            self.subject.text().strip() or None,
        )

    def _rows(self, query: AuditQuery, offset: int, limit: int) -> list[AuditRow]:
        return self.log.rows(
            manager=query.manager,
            action=query.action,
            subject=query.subject,
            limit=limit,
            offset=offset,
        )

    def say(self) -> Say:
        return self._say

    def _show_record(self) -> None:
        index = self.view.currentIndex()
        row = self.model.row(index.row()) if index.isValid() else None
        self.details.setPlainText(record_text(row, self.zone) if row is not None else "")

    def set_zone(self, zone: ZoneInfo) -> None:
        self.zone = zone
        self.model.columns = audit_columns(zone, self.say)
        self.reload()

    def reload(self) -> None:
        self._say = _remembered(self.words)  # names read once per redraw, when first shown
        chosen = self.filters()
        self.model.load(lambda offset, limit: self._rows(chosen, offset, limit))
        total = self.log.count(manager=chosen.manager, action=chosen.action, subject=chosen.subject)
        self.count.setText(translate("AuditPage", "%Ln entr(y|ies)", None, total))

    def _exported(self, path: Path, rows: int) -> None:
        self.count.setText(translate("AuditPage", "Exported %Ln entr(y|ies)", None, rows))
        self.exported.emit(path, rows)

    def verify(self) -> None:
        result = self.log.verify()
        theme.text_color(self.verdict, theme.SUCCESS if result.ok else theme.DANGER)
        self.verdict.setText(("✔ " if result.ok else "✘ ") + f"{result.problem} ({result.head})")

    def ask_export(self) -> QFileDialog:
        today = self.today()
        filters = [self.tr("CSV files (*.csv)"), self.tr("Excel files (*.xlsx)")]
        return ask_save_path(self, self.tr("Export the audit log as shown"),
                             f"audit-log-{today}.csv", filters, "csv", self.export_to)  # fmt: skip

    def export_to(self, path: Path) -> asyncio.Task[int]:
        chosen, zone = self.filters(), self.zone

        def fetch(offset: int, limit: int) -> list[list[str]]:
            return [audit_cells(row, zone) for row in self._rows(chosen, offset, limit)]

        about = [  # the file's own heading: English, as its columns
            ("Filters", chosen.describe()),
            ("Timezone", str(zone)),
            ("Exported", exported_at(self.now(), zone)),
            ("Audit log", self.log.head_line()),
        ]

        async def work() -> int:
            return await asyncio.to_thread(export_table, path, AUDIT_HEADER, fetch, about=about)

        return (
            Op(work, what=self.tr("exporting the audit log to {file}").format(file=path.name))
            .success(lambda n: self._exported(path, n))
            .run(self.runner)
        )
