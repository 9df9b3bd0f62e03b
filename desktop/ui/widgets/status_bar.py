"""The status bar: each service's health, requests left this hour, freshness, pending writes."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from desktop.services.status import SERVICES, Health, Service, ServiceState
from desktop.ui import theme
from desktop.ui.widgets.plain import PlainLabel, plain_tip
from desktop.words import count

DOTS = {
    Health.CONNECTED: theme.SUCCESS,
    Health.OFFLINE: theme.DOT_OFFLINE,
    Health.AUTH_FAILED: theme.DANGER,
    Health.RATE_LIMITED: theme.WARNING,
    Health.FAILING: theme.DANGER,
    Health.UNKNOWN: theme.DOT_UNKNOWN,
    Health.NOT_CONFIGURED: theme.DOT_NOT_CONFIGURED,
}


def minutes_until(moment: datetime, now: datetime) -> str:
    seconds = max(0, int((moment - now).total_seconds()))
    if seconds < 60:
        return "under a minute"
    minutes = round(seconds / 60)
    return f"{minutes} min" if minutes < 90 else f"{minutes // 60} h {minutes % 60} min"


def ago(moment: datetime | None, now: datetime) -> str:
    if moment is None:
        return "never"
    seconds = max(0, int((now - moment).total_seconds()))
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{seconds // 60} min ago"
    if seconds < 86_400:
        return f"{seconds // 3600} h ago"
    return f"{count(seconds // 86_400, 'day')} ago"


class ServiceLabel(QLabel):
    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.state = ServiceState(service, Health.NOT_CONFIGURED)
        self.now: datetime | None = None  # when the state was shown (None: not yet)
        theme.scheme().changed.connect(self._show_again)

    def _show_again(self) -> None:
        if self.now is not None:  # the dot in the new scheme's colour
            self.show_state(self.state, self.now)

    def show_state(self, state: ServiceState, now: datetime) -> None:
        self.state, self.now = state, now
        text = f"<span style='color:{theme.css(DOTS[state.health])}'>●</span> {state.title}"
        if state.health is not Health.CONNECTED:
            text += f": {state.health.value}"
        limit = state.rate_limit
        tip = [f"{state.title}: {state.health.value}"]
        if limit is not None and state.health is not Health.NOT_CONFIGURED:
            text += f" · {limit.remaining:,} left"
            resets = f"resets in {minutes_until(limit.reset_at, now)}"
            if limit.remaining <= limit.limit // 5:
                text += f", {resets}"
            tip.append(f"{limit.remaining:,} of {limit.limit:,} requests left this hour, {resets}")
        if state.can_write is False and state.service != "worq":
            text += " · read-only"
        self.setText(text)
        if state.detail:
            tip.append(state.detail)
        if state.read_only_reason:
            tip.append(state.read_only_reason)
        tip.append(f"Last answer: {ago(state.last_ok, now)}")
        self.setToolTip(plain_tip("\n".join(tip)))


class ConsoleStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = {service: ServiceLabel(service) for service in SERVICES}
        for label in self.services.values():
            self.addWidget(label)
        self.freshness = PlainLabel()
        self.webhooks = PlainLabel()  # hidden while webhooks are off
        self.webhooks.hide()
        self.pending = PlainLabel()
        self.manager = PlainLabel()
        self.team = PlainLabel()  # hidden on a desk on its own
        self.team.hide()
        self.addPermanentWidget(self.team)
        self.addPermanentWidget(self.webhooks)
        self.addPermanentWidget(self.freshness)
        self.addPermanentWidget(self.pending)
        self.addPermanentWidget(self.manager)
        self.last_refresh: datetime | None = None
        self.set_pending(0)
        self._ticker = QTimer(self)
        self._ticker.setInterval(30_000)  # "resets in" and "ago" age while nothing happens
        self._ticker.timeout.connect(self.refresh_texts)
        self._ticker.start()
        self.refresh_texts()

    def show_state(self, state: ServiceState) -> None:
        self.services[state.service].show_state(state, datetime.now(UTC))
        if state.health is Health.CONNECTED and state.last_ok:
            self.last_refresh = state.last_ok
            self._show_freshness()

    def refresh_texts(self) -> None:
        now = datetime.now(UTC)
        for label in self.services.values():
            label.show_state(label.state, now)
        self._show_freshness()

    def _show_freshness(self) -> None:
        self.freshness.setText(f"Refreshed {ago(self.last_refresh, datetime.now(UTC))}")

    def set_pending(self, pending: int) -> None:
        self.pending.setText(
            "No pending writes" if pending == 0 else count(pending, "pending write")
        )

    def show_webhooks(self, text: str | None, live: bool) -> None:
        """ "Live (webhooks)", or why polling took over again; None: webhooks are off."""
        self.webhooks.setVisible(text is not None)
        self.webhooks.setText(text or "")
        theme.text_color(self.webhooks, theme.SUCCESS if live else theme.WARNING)

    def show_team(self, text: str | None, detail: str, warning: bool) -> None:
        """Whether this desk syncs for its team or follows, or works on its own because
        the team's store is out of reach; None: a desk on its own by choice."""
        self.team.setVisible(text is not None)
        self.team.setText(text or "")
        self.team.setToolTip(plain_tip(detail))
        theme.text_color(self.team, theme.WARNING if warning else None)

    def set_manager(self, name: str | None) -> None:
        self.manager.setText(f"Signed in: {name}" if name else "")
