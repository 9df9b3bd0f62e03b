"""Send an outbox file's clock corrections until none is queued or sending, then exit.

``python -m desktop.services.outbox.worker --db PATH --base-url URL --key KEY``

For the crash test: the test queues corrections, runs this, kills it at any
moment, runs it again, and checks the service. The key may also come from the
``FRONTDESK_WORKTIME_KEY`` environment variable, which keeps it off the process
list. Exit status: 0 when the outbox is settled, 2 when the key was refused.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from desktop.api import WorkTimeClient
from desktop.services.outbox.sender import BACKOFF_BASE, SETTLE, OutboxSender
from desktop.store import AuditLog, Database, Outbox

KEY_VARIABLE = "FRONTDESK_WORKTIME_KEY"
log = logging.getLogger("desktop.services.outbox.worker")


def _now() -> datetime:
    return datetime.now(UTC)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m desktop.services.outbox.worker")
    parser.add_argument("--db", required=True, help="the console's SQLite file")
    parser.add_argument("--base-url", required=True, help="WorkTime One's base URL")
    parser.add_argument("--key", default=os.environ.get(KEY_VARIABLE), help="the API key")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds per request")
    parser.add_argument(
        "--settle",
        type=float,
        default=SETTLE.total_seconds(),
        help="seconds to wait before checking whether a write of unknown outcome landed",
    )
    parser.add_argument(
        "--backoff",
        type=float,
        default=BACKOFF_BASE.total_seconds(),
        help="seconds before the first retry after a failure (doubling from there)",
    )
    args = parser.parse_args(argv)
    if not args.key:
        parser.error(f"give --key or set {KEY_VARIABLE}")
    return args


async def work(args: argparse.Namespace) -> int:
    db = Database(args.db)
    try:
        async with WorkTimeClient(args.base_url, args.key, timeout=args.timeout) as client:
            settle, backoff = timedelta(seconds=args.settle), timedelta(seconds=args.backoff)
            outbox, audit = Outbox(db, _now), AuditLog(db, _now)
            sender = OutboxSender(outbox, audit, client, now=_now, settle=settle, backoff=backoff)
            await sender.run(until_idle=True)
            if sender.halted:
                log.error("stopped: %s", sender.halted)
                return 2
            return 0
    finally:
        db.close()


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(
        stream=sys.stderr, level=logging.INFO, format="%(asctime)s %(name)s %(message)s"
    )
    return asyncio.run(work(parse_args(argv)))


if __name__ == "__main__":
    sys.exit(main())
