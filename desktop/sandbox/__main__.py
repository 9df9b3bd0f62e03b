"""``python -m desktop.sandbox``: serve the three services on one loopback port."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Sequence

from . import credentials
from .data import DataParams
from .server import SandboxServer


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m desktop.sandbox",
        description="A local stand-in for WorkTime One, WorkTaps and WorQ, on one loopback port.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Base URLs: http://127.0.0.1:PORT/worktime/v1, /worktaps/api/v1, /worq/api/v1;\n"
        "controls under /_sandbox/ (reset, faults, requests, time, webhooks, worq).\n"
        "Webhooks: POST /_sandbox/webhooks {url} registers a loopback listener (it hears\n"
        "what happens from then on); POST /_sandbox/webhooks/deliver {until?} announces\n"
        "what reached the cloud up to then (live mode does it every 0.5 s) and answers\n"
        "{emitted, next_at}; POST /_sandbox/webhooks/test sends one signed webhook.test.\n\n"
        "Demo credentials:\n" + credentials.describe(),
    )
    parser.add_argument("--port", type=int, default=8750, help="port on 127.0.0.1 (0: any free)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the data set")
    parser.add_argument("--employees", type=int, default=120, help="people in the organization")
    parser.add_argument("--days", type=int, default=30, help="days of history")
    parser.add_argument("--locks", type=int, default=8, help="smart locks")
    parser.add_argument(
        "--events", type=int, default=None, help="stop building older days past this many events"
    )
    parser.add_argument(
        "--live", action="store_true", help="people come and go through the locks as time passes"
    )
    parser.add_argument(
        "--speed", type=float, default=1.0, help="simulated seconds per real second (live mode)"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.speed <= 0:
        print("--speed must be positive", file=sys.stderr)
        return 2
    params = DataParams(
        seed=args.seed,
        employees=args.employees,
        days=args.days,
        locks=args.locks,
        max_events=args.events,
        live=args.live,
    )
    try:
        server = SandboxServer(params, port=args.port, speed=args.speed, log_level="info")
    except OSError as exc:
        print(f"Cannot listen on 127.0.0.1:{args.port}: {exc.strerror}", file=sys.stderr)
        return 1
    counts = server.state.data
    print(
        f"Sandbox on {server.base_url}  ({len(counts.employees)} people, "
        f"{len(counts.locks)} locks, {counts.event_count} lock events)"
    )
    for name in ("worktime", "worktaps", "worq"):
        print(f"  {name:<9} {server.url(name)}")
    print("Ctrl+C stops it.")
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
