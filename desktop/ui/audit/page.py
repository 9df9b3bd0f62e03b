"""The audit log: who did what, when and why, filtered, exported, and its chain verified."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.export import export_table
from desktop.store import AuditLog, AuditRow
from desktop.store.audit import AUDIT_HEADER, audit_cells
from desktop.tasks import Op, TaskRunner
from desktop.ui.widgets import format as fmt
from desktop.ui.widgets.plain import PlainLabel
from desktop.ui.widgets.save_dialog import ask_save_path
from desktop.ui.widgets.table_models import Column, LazyTableModel
from desktop.ui.widgets.tables import configure_table
from desktop.words import count

WIDTHS = (50, 150, 130, 190, 190, 220, 110)


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


def audit_columns(zone: ZoneInfo) -> list[Column[AuditRow]]:
    def cell(index: int) -> Column[AuditRow]:
        width = WIDTHS[index] if index < len(WIDTHS) else 160
        return Column(AUDIT_HEADER[index], lambda r: audit_cells(r, zone)[index], width=width)

    return [cell(i) for i in range(len(AUDIT_HEADER))]


class AuditPage(QWidget):
    def __init__(
        self,
        log: AuditLog,
        zone: ZoneInfo,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date],
    ) -> None:
        super().__init__(parent)
        self.log, self.zone, self.runner, self.today = log, zone, runner, today
        self.model: LazyTableModel[AuditRow] = LazyTableModel(audit_columns(zone))
        self.view = QTableView()
        self.view.setModel(self.model)
        configure_table(self.view, [c.width for c in self.model.columns])
        self.manager = QLineEdit()
        self.manager.setPlaceholderText("Manager")
        self.action = QLineEdit()
        self.action.setPlaceholderText("Action")
        self.subject = QLineEdit()
        self.subject.setPlaceholderText("Subject (person or account)")
        self.verify_button = QPushButton("&Verify the chain")
        self.export_button = QPushButton("Export…")
        self.count = PlainLabel()
        self.verdict = PlainLabel()
        self.verdict.setObjectName("auditVerdict")
        self.verdict.setWordWrap(True)
        filters = QHBoxLayout()
        for field in (self.manager, self.action, self.subject):
            filters.addWidget(field)
            field.textChanged.connect(lambda *_: self.reload())
        filters.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.count)
        actions.addWidget(self.verdict, 1)
        actions.addWidget(self.verify_button)
        actions.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
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

    def set_zone(self, zone: ZoneInfo) -> None:
        self.zone = zone
        self.model.columns = audit_columns(zone)
        self.reload()

    def reload(self) -> None:
        chosen = self.filters()
        self.model.load(lambda offset, limit: self._rows(chosen, offset, limit))
        total = self.log.count(manager=chosen.manager, action=chosen.action, subject=chosen.subject)
        self.count.setText(count(total, "entry", "entries"))

    def verify(self) -> None:
        result = self.log.verify()
        color = "#1b5e20" if result.ok else fmt.ALERT_COLOR
        self.verdict.setStyleSheet(f"color: {color};")
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
            ("Exported", datetime.now(UTC).isoformat(timespec="seconds")),
            ("Audit log", self.log.head_line()),
        ]

        async def work() -> int:
            return await asyncio.to_thread(export_table, path, AUDIT_HEADER, fetch, about=about)

        return (
            Op(work, what=f"exporting the audit log to {path.name}")
            .success(lambda n: self.count.setText(f"Exported {count(n, 'entry', 'entries')}"))
            .run(self.runner)
        )
