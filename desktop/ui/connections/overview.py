"""Overview: the organization, each service's connection and what its key may do.

It opens with what was last fetched (and says how old it is), then refreshes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, tzinfo

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services.connections import CheckResult
from desktop.services.status import SERVICE_TITLES, Service
from desktop.store import SnapshotCache
from desktop.ui import theme
from desktop.ui.connections.team import TeamBox
from desktop.ui.connections.webhooks import WebhooksBox
from desktop.ui.widgets.format import time_format
from desktop.ui.widgets.plain import PlainLabel
from desktop.ui.widgets.status_bar import ago

SNAPSHOT_KIND = "connection_check"


class OverviewPage(QWidget):
    refresh_requested = Signal()

    def __init__(
        self,
        cache: SnapshotCache,
        parent: QWidget | None = None,
        zone: Callable[[], tzinfo | None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self.cache = cache
        self.zone = zone  # the organization's, as every other time on screen (None: the PC's)
        self.organization = PlainLabel("—")
        self.organization.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.freshness = PlainLabel()
        self.freshness.setObjectName("overviewFreshness")
        self.rows: dict[Service, QLabel] = {}
        box = QGroupBox(self.tr("Services"))
        form = QFormLayout(box)
        for service, title in SERVICE_TITLES.items():
            label = PlainLabel(self.tr("Not set up."))
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.rows[service] = label
            form.addRow(title, label)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.webhooks = WebhooksBox()
        self.team = TeamBox()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.organization)
        layout.addWidget(self.freshness)
        layout.addWidget(box)
        layout.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.webhooks)
        layout.addWidget(self.team)
        layout.addStretch(1)
        self.show_cached()

    def show_cached(self) -> None:
        """What was fetched last time, labelled with its age."""
        oldest: datetime | None = None
        for service in self.rows:
            snapshot = self.cache.get(SNAPSHOT_KIND, service)
            if snapshot is None:
                continue
            body = snapshot.body
            self._show(service, bool(body["ok"]), str(body["summary"]), body.get("organization"))
            oldest = snapshot.fetched_at if oldest is None else min(oldest, snapshot.fetched_at)
        if oldest is not None:
            self.freshness.setText(
                self.tr("Showing what was fetched {ago}; refreshing…").format(
                    ago=ago(oldest, datetime.now(UTC))
                )
            )

    def show_results(self, results: dict[Service, CheckResult]) -> None:
        now = datetime.now(UTC)
        for service, result in results.items():
            self._show(service, result.ok, result.summary, result.organization)
            if result.ok:
                body = {"ok": True, "summary": result.summary, "organization": result.organization}
                self.cache.put(SNAPSHOT_KIND, service, body, now)
        failed = [r.title for r in results.values() if not r.ok]
        local = now.astimezone(self.zone())
        time = QLocale().toString(QTime(local.hour, local.minute), time_format())
        if failed:
            self.freshness.setText(
                self.tr(
                    "Could not reach {services}; other figures are current as of {time}."
                ).format(services=", ".join(failed), time=time)
            )
        else:
            self.freshness.setText(self.tr("Current as of {time}.").format(time=time))

    def show_offline(self, reason: str) -> None:
        self.freshness.setText(
            self.tr("Offline: {reason} Showing what was fetched before.").format(reason=reason)
        )

    def _show(self, service: Service, ok: bool, summary: str, organization: object) -> None:
        label = self.rows[service]
        theme.text_color(label, theme.SUCCESS if ok else theme.DANGER)
        label.setText(("✔ " if ok else "✘ ") + summary)
        if organization:
            self.organization.setText(str(organization))
