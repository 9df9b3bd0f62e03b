"""Logging: named loggers under ``desktop``, a rotating file, an in-memory tail for the log
viewer, and redaction of every secret before anything is written or shown.

Every secret the app handles is registered with the module-level ``redactor``
(``desktop.secrets.SecretStore`` does it for everything it reads or writes); known shapes
(``Authorization: Bearer …``, ``"partner_key": "…"``, ``?token=…``) are masked even when
unregistered. The filter runs on every handler, over the message and the exception text.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import threading
import traceback
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from logging.handlers import RotatingFileHandler
from types import TracebackType
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from desktop.paths import AppPaths

if TYPE_CHECKING:
    import asyncio

LOG_FILE = "frontdesk.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 5
BUFFER_SIZE = 2000
MASK = "[redacted]"
FORMAT = "%(asctime)s %(levelname)-8s %(name)s: %(message)s"

log = logging.getLogger("desktop.log")

# Field names whose value is a secret, in JSON, Python reprs, headers and query strings.
_NAME = r"(?:[\w-]*(?:token|_key|api[_-]?key|secret|password|passwd|pepper)|pin)"
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # Authorization: Bearer abc / 'authorization': 'Basic abc' / Authorization=abc
    (
        re.compile(
            r"""(\bauthorization["']?\s*[:=]\s*["']?(?:(?:bearer|basic|token|digest)\s+)?)"""
            r"""[^\s"',;}\]]+""",
            re.IGNORECASE,
        ),
        rf"\g<1>{MASK}",
    ),
    # A bare "Bearer abc" / "Basic abc" with something token-like after it.
    (
        re.compile(r"\b(bearer|basic)\s+(?=\S*[0-9=+/._-])[A-Za-z0-9._~+/-]{8,}=*", re.IGNORECASE),
        rf"\g<1> {MASK}",
    ),
    # "partner_key": "abc"   (JSON, escaped quotes included)
    (
        re.compile(rf'("{_NAME}"\s*:\s*")(?:[^"\\]|\\.)*(")', re.IGNORECASE),
        rf"\g<1>{MASK}\g<2>",
    ),
    # 'token': 'abc'  /  api_key='abc'   (Python reprs)
    (
        re.compile(rf"(\b{_NAME}'?\s*[:=]\s*')[^']*(')", re.IGNORECASE),
        rf"\g<1>{MASK}\g<2>",
    ),
    # api_key=abc  /  ?token=abc&x=1  /  X-Api-Key: abc
    (
        re.compile(rf"(\b{_NAME}\s*[=:]\s*)(?!\[redacted\])[^\s&\"',;}}\]\[]+", re.IGNORECASE),
        rf"\g<1>{MASK}",
    ),
    # a JSON Web Token anywhere
    (re.compile(r"\beyJ[\w-]+\.[\w-]+\.[\w-]*"), MASK),
    # https://user:password@host
    (re.compile(r"(://[^/\s:@]+:)[^@\s/]+(@)"), rf"\g<1>{MASK}\g<2>"),
)


class Redactor:
    """Masks registered secrets (and the shapes secrets come in) in any text. Thread-safe."""

    MIN_LENGTH = 4

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._secrets: set[str] = set()
        self._pattern: re.Pattern[str] | None = None

    def add(self, secret: str) -> bool:
        """Register a secret (and its URL- and JSON-escaped forms). Shorter than 4: ignored."""
        if len(secret) < self.MIN_LENGTH:
            return False
        forms = {secret, quote(secret, safe=""), json.dumps(secret)[1:-1]}
        with self._lock:
            if forms <= self._secrets:
                return True
            self._secrets |= forms
            ordered = sorted(self._secrets, key=len, reverse=True)
            self._pattern = re.compile("|".join(re.escape(s) for s in ordered))
        return True

    def clear(self) -> None:
        with self._lock:
            self._secrets.clear()
            self._pattern = None

    def redact(self, text: str) -> str:
        pattern = self._pattern
        if pattern is not None:
            text = pattern.sub(MASK, text)
        for shape, replacement in _PATTERNS:
            text = shape.sub(replacement, text)
        return text


redactor = Redactor()


class RedactingFilter(logging.Filter):
    """Replaces a record's message, exception text and stack with redacted text, before any
    handler formats it. Put it on every handler."""

    def __init__(self, redactor: Redactor) -> None:
        super().__init__()
        self._redactor = redactor

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # bad %-arguments: keep the template only
            message = f"{record.msg} (the log arguments could not be formatted)"
        record.msg = self._redactor.redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self._redactor.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self._redactor.redact(record.stack_info)
        return True


class RedactingFormatter(logging.Formatter):
    """Redacts the finished line too (a second net behind RedactingFilter)."""

    def __init__(self, redactor: Redactor, fmt: str = FORMAT) -> None:
        super().__init__(fmt)
        self._redactor = redactor

    def format(self, record: logging.LogRecord) -> str:
        return self._redactor.redact(super().format(record))


@dataclass(frozen=True)
class LogEntry:
    created: float
    level: int
    logger: str
    text: str
    """The formatted, redacted line (with the traceback, if any)."""


class LogBuffer(logging.Handler):
    """The last ``capacity`` log entries, for the log viewer; subscribers hear each new one
    (called on the logging thread: a UI must hand it over to its own thread)."""

    def __init__(self, capacity: int = BUFFER_SIZE) -> None:
        super().__init__()
        self._mutex = threading.Lock()
        self._entries: deque[LogEntry] = deque(maxlen=capacity)
        self._subscribers: list[Callable[[LogEntry], None]] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            entry = LogEntry(record.created, record.levelno, record.name, self.format(record))
            with self._mutex:
                self._entries.append(entry)
                subscribers = list(self._subscribers)
            for callback in subscribers:
                callback(entry)
        except Exception:
            self.handleError(record)

    def entries(self) -> list[LogEntry]:
        with self._mutex:
            return list(self._entries)

    def lines(self) -> list[str]:
        return [entry.text for entry in self.entries()]

    def subscribe(self, callback: Callable[[LogEntry], None]) -> Callable[[], None]:
        """Call ``callback`` with every new entry; returns the function that stops it."""
        with self._mutex:
            self._subscribers.append(callback)

        def unsubscribe() -> None:
            with self._mutex:
                if callback in self._subscribers:
                    self._subscribers.remove(callback)

        return unsubscribe


_installed: list[logging.Handler] = []


def setup_logging(paths: AppPaths, *, debug: bool = False) -> LogBuffer:
    """Route all logging through redaction to ``log_dir/frontdesk.log`` (1 MB × 5) and a
    LogBuffer; ``desktop.*`` at INFO (DEBUG in debug mode), everything else at WARNING.
    Calling it again replaces the handlers it installed before."""
    teardown_logging()
    paths.log_dir.mkdir(parents=True, exist_ok=True)
    handlers: list[logging.Handler] = [
        RotatingFileHandler(
            paths.log_dir / LOG_FILE,
            maxBytes=LOG_BYTES,
            backupCount=LOG_BACKUPS,
            encoding="utf-8",
            delay=True,
        ),
        LogBuffer(),
    ]
    if debug and sys.stderr is not None:  # a windowed build has no stderr
        handlers.append(logging.StreamHandler(sys.stderr))
    root = logging.getLogger()
    for handler in handlers:
        handler.setFormatter(RedactingFormatter(redactor))
        handler.addFilter(RedactingFilter(redactor))
        root.addHandler(handler)
        _installed.append(handler)
    root.setLevel(logging.WARNING)
    logging.getLogger("desktop").setLevel(logging.DEBUG if debug else logging.INFO)
    logging.getLogger("httpx").setLevel(logging.INFO if debug else logging.WARNING)
    buffer = handlers[1]
    assert isinstance(buffer, LogBuffer)
    return buffer


def teardown_logging() -> None:
    """Remove and close the handlers setup_logging installed (tests; shutdown)."""
    root = logging.getLogger()
    while _installed:
        handler = _installed.pop()
        root.removeHandler(handler)
        handler.close()


ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]
Report = Callable[[str, BaseException], None]
crash_log = logging.getLogger("desktop.crash")


def _handle(report: Report, exc_info: ExcInfo, where: str) -> None:
    """Log the error (redacted), then hand it to ``report``; if either fails, say so on the
    original stderr: an error is never dropped without a trace."""
    text = redactor.redact("".join(traceback.format_exception(*exc_info)))
    try:
        crash_log.critical("Unexpected error %s", where, exc_info=exc_info)
    except Exception:
        _last_resort(text)
    try:
        report(text, exc_info[1])
    except Exception:
        crash_log.exception("The error could not be shown")
        _last_resort(text)


def _last_resort(text: str) -> None:
    stream = sys.__stderr__
    if stream is not None:
        try:
            stream.write(text)
            stream.flush()
        except (OSError, ValueError):
            pass


def install_excepthooks(report: Report) -> Callable[[], None]:
    """Send uncaught exceptions (main thread and other threads) to the log and to ``report``
    (given the redacted traceback and the exception; it may be called from any thread).
    Returns the function that puts the previous hooks back."""
    previous_sys = sys.excepthook
    previous_thread = threading.excepthook

    def sys_hook(
        exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous_sys(exc_type, exc, tb)
            return
        _handle(report, (exc_type, exc, tb), "")

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "a background thread"
        _handle(report, (args.exc_type, args.exc_value, args.exc_traceback), f"in {name}")

    sys.excepthook = sys_hook
    threading.excepthook = thread_hook

    def restore() -> None:
        sys.excepthook = previous_sys
        threading.excepthook = previous_thread

    return restore


def asyncio_exception_handler(
    report: Report,
) -> Callable[[asyncio.AbstractEventLoop, dict[str, Any]], None]:
    """For ``loop.set_exception_handler``: the same treatment for errors in tasks and callbacks."""

    def handler(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        if isinstance(exc, BaseException):
            _handle(report, (type(exc), exc, exc.__traceback__), "in a background task")
        else:
            crash_log.error("%s", context.get("message", "Unknown error in the event loop"))

    return handler
