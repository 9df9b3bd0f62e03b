"""The sandbox in its own process, for the benchmarks: started, described, stopped by itself.

    python tests/benchmarks/sandbox_proc.py --employees 20000 --events 200000

Serves on a free 127.0.0.1 port with its clock frozen at ``NOW`` and prints one
JSON line (the base URL and the data set's counts). It stops when its standard
input closes (the benchmark that started it ended, or died) or after
``--lifetime`` seconds, whichever comes first.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
from collections import Counter
from datetime import UTC, datetime

from desktop.sandbox import SandboxServer
from desktop.sandbox.data import DataParams

__test__ = False

NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)  # a Wednesday, 10:00 in New York


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--employees", type=int, default=20_000)
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--lifetime", type=float, default=1800.0)
    args = parser.parse_args()
    params = DataParams(employees=args.employees, days=args.days, max_events=args.events)
    server = SandboxServer(params, now=NOW)
    server.start()
    server.controls.time(frozen=True)
    data = server.state.data
    per_lock = Counter(event.lock_id for event in data.all_events())
    oldest = min((event.timestamp for event in data.all_events()), default=int(NOW.timestamp()))
    info = {
        "url": server.base_url,
        "worktime": server.url("worktime"),
        "sandbox": server.url("sandbox"),
        "now": NOW.isoformat(),
        "employees": len(data.employees),
        "events": data.event_count,
        "per_lock": dict(sorted(per_lock.items())),
        "oldest_event_days": (NOW.timestamp() - oldest) / 86400,
    }
    print(json.dumps(info), flush=True)
    done = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.read(), done.set()), daemon=True).start()
    done.wait(args.lifetime)
    server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
