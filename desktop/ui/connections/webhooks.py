"""The Connections page's webhooks: the address to give WorkTime One, the events to tick,
"Send a test event", and how deliveries are going."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QPushButton, QWidget

from desktop.api.webhooks import EVENTS
from desktop.receiver.health import WebhookState
from desktop.ui import theme
from desktop.ui.widgets.format import time_format
from desktop.ui.widgets.plain import PlainLabel
from desktop.words import QT_TRANSLATE_NOOP

OFF = QT_TRANSLATE_NOOP(
    "WebhooksBox",
    "Off. Turn webhooks on under Console › Connections… to see arrivals within a second; "
    "until then the board is refreshed by polling, within the hourly request budget.",
)


def status_text(state: WebhookState, zone: ZoneInfo) -> tuple[str | None, bool]:
    """The status bar's words for the webhooks (None: off) and whether they are live."""
    if state.listening is None:
        return None, False
    if state.healthy:
        return QCoreApplication.translate("WebhooksBox", "Live (webhooks)"), True
    if state.last_event_at is None:
        return QCoreApplication.translate("WebhooksBox", "Webhooks: none yet, polling"), False
    since = _when(state.last_event_at, zone, seconds=False)
    return QCoreApplication.translate("WebhooksBox", "Webhooks quiet since {time}: polling").format(
        time=since
    ), False


def health_text(state: WebhookState, zone: ZoneInfo) -> str:
    last = (
        QCoreApplication.translate("WebhooksBox", "last event {time}").format(
            time=_when(state.last_event_at, zone)
        )
        if state.last_event_at
        else QCoreApplication.translate("WebhooksBox", "no event yet")
    )
    last_hour, refused = state.last_hour, state.refused_text()
    if state.tested_at:
        return QCoreApplication.translate(
            "WebhooksBox",
            "{last} · %Ln in the last hour · {refused}; test event received {time}",
            "",
            last_hour,
        ).format(last=last, refused=refused, time=_when(state.tested_at, zone))
    return QCoreApplication.translate(
        "WebhooksBox", "{last} · %Ln in the last hour · {refused}", "", last_hour
    ).format(last=last, refused=refused)


def _when(moment: datetime | None, zone: ZoneInfo, *, seconds: bool = True) -> str:
    """``moment`` on ``zone``'s clock, as the console's locale writes a time."""
    if moment is None:
        return ""
    local = moment.astimezone(zone)
    clock = QTime(local.hour, local.minute, local.second if seconds else 0)
    return QLocale().toString(clock, time_format(seconds=seconds))


class WebhooksBox(QGroupBox):
    test_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("WorkTime One webhooks"))
        self.state = PlainLabel(self.tr(OFF))
        self.state.setWordWrap(True)
        self.url = PlainLabel("—")
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(self.tr("&Copy address"))
        self.copy_button.clicked.connect(self._copy)
        address = QWidget()
        row = QHBoxLayout(address)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.url, 1)
        row.addWidget(self.copy_button)
        self.events = PlainLabel(", ".join(EVENTS))
        self.events.setWordWrap(True)
        self.events.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.health = PlainLabel("—")
        self.health.setWordWrap(True)
        self.test_button = QPushButton(self.tr("Send a &test event"))
        self.test_button.clicked.connect(self.test_requested)
        self.test_result = PlainLabel()
        self.test_result.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.state)
        form.addRow(self.tr("Address for WorkTime One"), address)
        form.addRow(self.tr("Events to tick"), self.events)
        form.addRow(self.tr("Deliveries"), self.health)
        form.addRow(self.test_button, self.test_result)
        self.show_state(None, ZoneInfo("UTC"))

    def show_state(self, state: WebhookState | None, zone: ZoneInfo) -> None:
        listening = state is not None and state.listening is not None
        for widget in (self.url, self.copy_button, self.health, self.test_button):
            widget.setEnabled(listening)
        if state is None or state.listening is None:
            self.state.setText(self.tr(OFF))
            self.url.setText("—")
            self.health.setText("—")
            return
        self.state.setText(
            self.tr(
                "Listening. In WorkTime One, Settings › Webhooks: paste this address (or your "
                "reverse proxy's public https address that forwards to it) and tick the events "
                "below. The signing secret stays in this computer's keyring."
            )
        )
        self.url.setText(state.listening)
        self.health.setText(health_text(state, zone))

    def show_test_result(self, text: str, ok: bool) -> None:
        self.test_result.setText(text)
        theme.text_color(self.test_result, theme.SUCCESS if ok else theme.DANGER)

    def _copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.url.text())
