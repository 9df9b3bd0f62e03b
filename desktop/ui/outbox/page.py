"""The outbox: every correction on its way, its state, and what a manager may do with it.

Queued entries can be cancelled; failed ones sent again; an entry whose outcome
could not be known shows the evidence, and the manager says whether it landed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.outbox.kinds.clock import CLOCK_CORRECTION
from desktop.services.outbox.registry import about, describe, kind_of
from desktop.store import Outbox, OutboxEntry, OutboxStateError
from desktop.ui import theme
from desktop.ui.attendance.correction import reason_text
from desktop.ui.widgets import format as fmt
from desktop.ui.widgets.plain import PlainLabel
from desktop.ui.widgets.table_models import Column, ListTableModel
from desktop.ui.widgets.tables import configure_table
from desktop.words import QT_TRANSLATE_NOOP

STATE_TEXT = {
    "queued": QT_TRANSLATE_NOOP("OutboxPage", "Queued"),
    "sending": QT_TRANSLATE_NOOP("OutboxPage", "Sending"),
    "sent": QT_TRANSLATE_NOOP("OutboxPage", "Sent"),
    "failed": QT_TRANSLATE_NOOP("OutboxPage", "Failed"),
    "needs_attention": QT_TRANSLATE_NOOP("OutboxPage", "Needs attention"),
    "cancelled": QT_TRANSLATE_NOOP("OutboxPage", "Cancelled"),
}
STATE_COLOR = {"failed": theme.DANGER, "needs_attention": theme.WARNING, "sent": theme.SUCCESS}


def state_text(state: str) -> str:
    return QCoreApplication.translate("OutboxPage", STATE_TEXT[state])


def outbox_columns(zone: ZoneInfo, names: Callable[[str], str]) -> list[Column[OutboxEntry]]:
    def entry(e: OutboxEntry) -> str:
        if e.kind != CLOCK_CORRECTION.name:
            return describe(e)
        if e.payload.get("type") == "clock_in":
            said = QCoreApplication.translate("OutboxPage", "Clock in {day} {time}")
        else:
            said = QCoreApplication.translate("OutboxPage", "Clock out {day} {time}")
        return said.format(day=_day(e), time=_local(e, zone)).strip()

    return [
        Column("#", lambda e: str(e.id), width=50),
        Column(
            QCoreApplication.translate("OutboxPage", "Queued"),
            lambda e: fmt.local_time(e.created_at, zone),
            width=150,
            fits=fmt.widest_time(),
        ),
        Column(QCoreApplication.translate("OutboxPage", "By"), lambda e: e.manager, width=120),
        Column(
            QCoreApplication.translate("OutboxPage", "For"), lambda e: about(e, names), width=160
        ),
        Column(QCoreApplication.translate("OutboxPage", "Entry"), entry, width=220),
        Column(
            QCoreApplication.translate("OutboxPage", "State"),
            lambda e: state_text(e.state),
            foreground=lambda e: STATE_COLOR.get(e.state),
            width=120,
            fits=tuple(state_text(state) for state in STATE_TEXT),
        ),
        Column(
            QCoreApplication.translate("OutboxPage", "Tries"), lambda e: str(e.attempts), width=50
        ),
        Column(
            QCoreApplication.translate("OutboxPage", "Why"),
            lambda e: e.last_error or reason_text(e.reason),
            width=320,
        ),
    ]


def _day(entry: OutboxEntry) -> str:
    """The correction's day as the locale writes it (the payload holds it in ISO)."""
    raw = entry.payload.get("day")
    if not isinstance(raw, str):
        return ""
    try:
        return fmt.local_date(date.fromisoformat(raw))
    except ValueError:
        return raw


def _local(entry: OutboxEntry, zone: ZoneInfo) -> str:
    raw = entry.payload.get("timestamp")
    if not isinstance(raw, str):
        return ""
    moment = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    return fmt.local_time(moment, zone, with_date=False)


class OutboxPage(QWidget):
    edit_requested = Signal(object)  # a failed OutboxEntry

    def __init__(
        self,
        outbox: Outbox,
        zone: ZoneInfo,
        names: Callable[[str], str],
        act: Callable[[str, OutboxEntry], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.outbox, self.act, self.names = outbox, act, names
        self.model: ListTableModel[OutboxEntry] = ListTableModel(outbox_columns(zone, names))
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Writes in the outbox"))
        configure_table(self.view, [c.width for c in self.model.columns])
        self.summary = PlainLabel()
        self.evidence = PlainLabel()
        self.evidence.setObjectName("outboxEvidence")
        self.evidence.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel entry"))
        self.retry_button = QPushButton(self.tr("Send again"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.landed_button = QPushButton(self.tr("It landed"))
        self.not_landed_button = QPushButton(self.tr("It did not land: send it"))
        # The counts on a line of their own: beside five buttons they asked for more than a
        # 1280 px window leaves a page once in German.
        actions = QHBoxLayout()
        actions.addStretch(1)
        for button in (self.cancel_button, self.edit_button, self.retry_button, self.landed_button,
                       self.not_landed_button):  # fmt: skip
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.evidence)
        layout.addWidget(self.summary)
        layout.addLayout(actions)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.cancel_button.clicked.connect(lambda: self._do("cancel"))
        self.retry_button.clicked.connect(lambda: self._do("retry"))
        self.edit_button.clicked.connect(self._edit)
        self.landed_button.clicked.connect(lambda: self._do("landed"))
        self.not_landed_button.clicked.connect(lambda: self._do("not_landed"))
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def set_zone(self, zone: ZoneInfo) -> None:
        self.model.columns = outbox_columns(zone, self.names)
        self.reload()

    def reload(self) -> None:
        current = self.current()
        entries = self.outbox.entries()
        self.model.set_rows(entries)
        counts = {state: sum(1 for e in entries if e.state == state) for state in STATE_TEXT}
        waiting = counts["queued"] + counts["sending"]
        self.summary.setText(
            self.tr(
                "{waiting} waiting to send · {attention} need attention · "
                "{failed} failed · {sent} sent"
            ).format(
                waiting=waiting,
                attention=counts["needs_attention"],
                failed=counts["failed"],
                sent=counts["sent"],
            )
        )
        if current is not None:
            ids = [e.id for e in entries]
            if current.id in ids:
                self.view.selectRow(ids.index(current.id))
        self._selected()

    def select_entry(self, entry_id: int) -> None:
        """Show the page's rows afresh with entry ``entry_id`` selected (from a message's
        "Show in Outbox")."""
        self.reload()
        ids = [e.id for e in self.model.rows()]
        if entry_id in ids:
            self.view.selectRow(ids.index(entry_id))
            self.view.scrollTo(self.model.index(ids.index(entry_id), 0))
            self.view.setFocus()

    def current(self) -> OutboxEntry | None:
        index = self.view.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _selected(self) -> None:
        entry = self.current()
        state = entry.state if entry else None
        self.cancel_button.setEnabled(state in ("queued", "failed"))
        self.retry_button.setEnabled(state == "failed")
        kind = kind_of(entry) if entry is not None else None
        self.edit_button.setEnabled(state == "failed" and kind is not None and kind.editable)
        self.edit_button.setToolTip(
            ""
            if kind is None or kind.editable
            else self.tr("Correct it from its page and send it anew.")
        )
        self.landed_button.setEnabled(state == "needs_attention")
        self.not_landed_button.setEnabled(state == "needs_attention")
        if entry is not None and entry.state == "needs_attention" and entry.evidence:
            evidence = json.dumps(entry.evidence, indent=None, sort_keys=True)
            self.evidence.setText(
                self.tr(
                    "Could not tell whether this entry reached {service}. What it says now: "
                    "{evidence}"
                ).format(service=kind.service, evidence=evidence)
                if kind is not None
                else self.tr(
                    "Could not tell whether this entry reached the service. What it says now: "
                    "{evidence}"
                ).format(evidence=evidence)
            )
        else:
            self.evidence.clear()

    def _edit(self) -> None:
        entry = self.current()
        kind = kind_of(entry) if entry is not None else None
        if entry is not None and entry.state == "failed" and kind is not None and kind.editable:
            self.edit_requested.emit(entry)

    def _do(self, action: str) -> None:
        entry = self.current()
        if entry is None:
            return
        try:
            self.act(action, entry)
        except OutboxStateError as exc:
            self.evidence.setText(str(exc))
        self.reload()
