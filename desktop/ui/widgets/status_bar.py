"""The status bar: each service's health, requests left this hour, freshness, pending writes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from desktop.services.status import SERVICES, Health, Service, ServiceState
from desktop.ui import theme
from desktop.ui.widgets.plain import PlainLabel, plain_tip
from desktop.words import duration, number, translate

DOTS = {
    Health.CONNECTED: theme.SUCCESS,
    Health.OFFLINE: theme.DOT_OFFLINE,
    Health.AUTH_FAILED: theme.DANGER,
    Health.RATE_LIMITED: theme.WARNING,
    Health.FAILING: theme.DANGER,
    Health.UNKNOWN: theme.DOT_UNKNOWN,
    Health.NOT_CONFIGURED: theme.DOT_NOT_CONFIGURED,
}


def rich_safe(text: str) -> str:
    """Our own words, made safe inside rich text (``html`` costs the first frame 2 ms)."""
    return text.replace("&", "&amp;").replace("<", "&lt;")


def minutes_until(moment: datetime, now: datetime) -> str:
    seconds = max(0, int((moment - now).total_seconds()))
    if seconds < 60:
        return translate("StatusBar", "under a minute")
    return duration(timedelta(minutes=round(seconds / 60)))


def ago(moment: datetime | None, now: datetime) -> str:
    if moment is None:
        return translate("StatusBar", "never")
    seconds = max(0, int((now - moment).total_seconds()))
    if seconds < 60:
        return translate("StatusBar", "just now")
    minutes = seconds // 60
    if seconds < 3600:
        return translate("StatusBar", "%n min ago", None, minutes)
    hours = seconds // 3600
    if seconds < 86_400:
        return translate("StatusBar", "%n h ago", None, hours)
    days = seconds // 86_400
    return translate("StatusBar", "%n day(s) ago", None, days)


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
        title = rich_safe(state.title)
        text = f"<span style='color:{theme.css(DOTS[state.health])}'>●</span> {title}"
        if state.health is not Health.CONNECTED:
            text += f": {rich_safe(state.health.words)}"
        limit = state.rate_limit
        tip = [f"{state.title}: {state.health.words}"]
        if limit is not None and state.health is not Health.NOT_CONFIGURED:
            left = number(limit.remaining)
            text += " · " + translate("StatusBar", "{left} left").format(left=left)
            resets = translate("StatusBar", "resets in {span}").format(
                span=minutes_until(limit.reset_at, now)
            )
            if limit.remaining <= limit.limit // 5:
                text += f", {resets}"
            tip.append(
                translate(
                    "StatusBar", "{left} of {limit} requests left this hour, {resets}"
                ).format(left=left, limit=number(limit.limit), resets=resets)
            )
        if state.can_write is False and state.service != "worq":
            text += " · " + translate("StatusBar", "read-only")
        self.setText(text)
        if state.detail:
            tip.append(state.detail)
        if state.read_only_reason:
            tip.append(state.read_only_reason)
        tip.append(
            translate("StatusBar", "Last answer: {when}").format(when=ago(state.last_ok, now))
        )
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
        when = ago(self.last_refresh, datetime.now(UTC))
        self.freshness.setText(translate("StatusBar", "Refreshed {when}").format(when=when))

    def set_pending(self, pending: int) -> None:
        self.pending.setText(
            translate("StatusBar", "No pending writes")
            if pending == 0
            else translate("StatusBar", "%Ln pending write(s)", None, pending)
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
        self.manager.setText(
            translate("StatusBar", "Signed in: {name}").format(name=name) if name else ""
        )
