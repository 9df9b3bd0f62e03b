"""One bridge for messages from anywhere to whoever shows them.

Services and workers say ``messages.error(...)``; the main window subscribes
and decides how to show it (the error banner, the status bar). Tests subscribe
too and assert on what a manager would have been told. No Qt here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

Level = Literal["error", "warning", "info"]
log = logging.getLogger("desktop.messages")


@dataclass(frozen=True, slots=True)
class Message:
    level: Level
    text: str
    retry: Callable[[], object] | None = None  # the banner's button (Retry, unless named)
    source: str | None = None  # e.g. "worktime", so the banner can clear it on recovery
    action: str | None = None  # the button's words when it is not Retry ("Show in Outbox")


Listener = Callable[[Message], None]


class MessageBus:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def post(self, message: Message) -> None:
        log.log(
            {"error": logging.ERROR, "warning": logging.WARNING}.get(message.level, logging.INFO),
            "%s",
            message.text,
        )
        for listener in list(self._listeners):
            listener(message)

    def error(
        self, text: str, *, retry: Callable[[], object] | None = None, source: str | None = None
    ) -> None:
        self.post(Message("error", text, retry, source))

    def warning(self, text: str, *, source: str | None = None) -> None:
        self.post(Message("warning", text, None, source))

    def info(
        self,
        text: str,
        *,
        source: str | None = None,
        action: tuple[str, Callable[[], object]] | None = None,
    ) -> None:
        """``action``: a button beside the text, its words and what it does."""
        words, act = action if action is not None else (None, None)
        self.post(Message("info", text, act, source, words))


bus = MessageBus()
