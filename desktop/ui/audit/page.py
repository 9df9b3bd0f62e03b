"""The audit log: who did what, when and why, filtered, exported, and its chain verified."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
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
from desktop.ui.widgets.fit import fit_placeholder
from desktop.ui.widgets.plain import PlainLabel, StatusLabel
from desktop.ui.widgets.save_dialog import ask_save_path
from desktop.ui.widgets.table_models import Column, LazyTableModel
from desktop.ui.widgets.tables import configure_table
from desktop.words import count


@dataclass(frozen=True, slots=True)
class AuditQuery:
    manager: str | None
    action: str | None
    subject: str | None

    def describe(self) -> str:
        parts = [f"{name} {value}" for name, value in
                 (("manager", self.manager), ("action", self.action), ("subject", self.subject))
                 if value]  # fmt: skip
        return ", ".join(parts) or "none"


Say = Callable[[AuditRow], AuditLine]  # a row in a manager's words


def plain_words(row: AuditRow) -> AuditLine:
    return AuditLine(row.action, row.subject)


def audit_columns(zone: ZoneInfo, say: Callable[[], Say]) -> list[Column[AuditRow]]:
    """A manager's view: who, what in words, for whom and which day, why. The stored
    record (payload, before, after, hashes) is in the details under the table."""
    return [
        Column("#", lambda r: str(r.id), width=50),
        Column("When", lambda r: f"{r.at.astimezone(zone):%a %d %b %H:%M:%S}", width=150),
        Column("Manager", manager_words, width=260),
        Column("What", lambda r: say()(r).what, width=300),
        Column("For", lambda r: say()(r).whom, width=220),
        Column("Why", lambda r: r.reason, width=220),
        Column("Outcome", lambda r: r.outcome, width=110),
    ]


def manager_words(row: AuditRow) -> str:
    """Who wrote the row, and at which desk on a team's shared store."""
    return f"{row.manager} at {row.desk}" if row.desk else row.manager


def record_text(row: AuditRow, zone: ZoneInfo) -> str:
    """The stored record, as the chain hashes it."""

    def pretty(value: object) -> str:
        return "—" if value is None else json.dumps(value, indent=2, ensure_ascii=False)

    return "\n".join([
        f"Row {row.id} · {row.at.astimezone(zone):%Y-%m-%d %H:%M:%S %Z} · {manager_words(row)}",
        f"Action: {row.action}", f"Subject: {row.subject}", f"Reason: {row.reason}",
        f"Outcome: {row.outcome}", f"Payload: {pretty(row.payload)}",
        f"Before: {pretty(row.before)}", f"After: {pretty(row.after)}",
        f"Hash: {row.hash}", f"Previous hash: {row.prev_hash}",
    ])  # fmt: skip


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
        self.manager.setPlaceholderText("Manager")
        self.action = QLineEdit()
        self.action.setPlaceholderText("Action")
        self.subject = QLineEdit()
        self.subject.setPlaceholderText("Subject (person or account)")
        self.view.setAccessibleName(self.tr("Audit log"))
        for field, name in (
            (self.manager, self.tr("Manager")),
            (self.action, self.tr("Action")),
            (self.subject, self.tr("Subject")),
        ):
            field.setAccessibleName(name)
            field.setAccessibleDescription(self.tr("Shows only the records that hold these words"))
        self.verify_button = QPushButton("&Verify the chain")
        self.export_button = QPushButton("Export…")
        self.count = StatusLabel()
        self.verdict = PlainLabel()
        self.verdict.setObjectName("auditVerdict")
        self.verdict.setWordWrap(True)
        filters = QHBoxLayout()
        for field in (self.manager, self.action, self.subject):
            fit_placeholder(field)
            filters.addWidget(field)
            field.textChanged.connect(lambda *_: self.reload())
        filters.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.count)
        actions.addWidget(self.verdict, 1)
        actions.addWidget(self.verify_button)
        actions.addWidget(self.export_button)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setPlaceholderText("Select a row to see the record as it is stored.")
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
        self.count.setText(count(total, "entry", "entries"))

    def _exported(self, path: Path, rows: int) -> None:
        self.count.setText(f"Exported {count(rows, 'entry', 'entries')}")
        self.exported.emit(path, rows)

    def verify(self) -> None:
        result = self.log.verify()
        theme.text_color(self.verdict, theme.SUCCESS if result.ok else theme.DANGER)
        self.verdict.setText(("✔ " if result.ok else "✘ ") + f"{result.problem} ({result.head})")

    def ask_export(self) -> QFileDialog:
        today = self.today()
        filters = ["CSV files (*.csv)", "Excel files (*.xlsx)"]
        return ask_save_path(self, "Export the audit log as shown", f"audit-log-{today}.csv",
                             filters, "csv", self.export_to)  # fmt: skip

    def export_to(self, path: Path) -> asyncio.Task[int]:
        chosen, zone = self.filters(), self.zone

        def fetch(offset: int, limit: int) -> list[list[str]]:
            return [audit_cells(row, zone) for row in self._rows(chosen, offset, limit)]

        about = [
            ("Filters", chosen.describe()),
            ("Timezone", str(zone)),
            ("Exported", exported_at(self.now(), zone)),
            ("Audit log", self.log.head_line()),
        ]

        async def work() -> int:
            return await asyncio.to_thread(export_table, path, AUDIT_HEADER, fetch, about=about)

        return (
            Op(work, what=f"exporting the audit log to {path.name}")
            .success(lambda n: self._exported(path, n))
            .run(self.runner)
        )
