"""Log records made before logging is set up, kept and handed over once it is: the first
frame is painted before ``desktop.log`` (its file handler, its redaction) is loaded."""

from __future__ import annotations

import logging


class _Held(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


_held: _Held | None = None


def hold() -> None:
    """Keep every record from now until ``release`` (``desktop.*`` from INFO on)."""
    global _held
    _held = _Held()
    logging.getLogger().addHandler(_held)
    logging.getLogger("desktop").setLevel(logging.INFO)


def release() -> None:
    """Hand the records kept to the handlers set up since (``desktop.log.setup_logging``),
    as their loggers now let through."""
    global _held
    held, _held = _held, None
    if held is None:
        return
    logging.getLogger().removeHandler(held)
    for record in held.records:
        logger = logging.getLogger(record.name)
        if logger.isEnabledFor(record.levelno):
            logger.handle(record)
