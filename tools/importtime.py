"""What start-up imports, and what it costs: ``python -X importtime`` over a real start.

    python tools/importtime.py [--home DIR] [--runs 5] [--top 15]

Starts ``python -m desktop`` on the data folder ``DIR`` (``FRONTDESK_HOME``; a synced
store shows what a desk pays) offscreen with ``FRONTDESK_QUIT_WHEN_READY=1``, ``--runs``
times, and prints a Markdown table of the top-level imports by cumulative time (the
median of the runs), each marked with whether the first frame needed it (imported by
its ready line: ``FRONTDESK_READY_MODULES``) or it loaded after, on the loading thread.
The README's start-up section shows this table.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINE = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)$")


def one_start(home: Path, modules: Path) -> list[tuple[str, int, int]]:
    """(module, self µs, cumulative µs) of each top-level import of one start."""
    env = os.environ | {
        "FRONTDESK_HOME": str(home),
        "FRONTDESK_QUIT_WHEN_READY": "1",
        "FRONTDESK_READY_MODULES": str(modules),
        "QT_QPA_PLATFORM": "offscreen",
    }
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "desktop"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    found = []
    for line in result.stderr.splitlines():
        match = LINE.match(line)
        if match and len(match.group(3)) == 1:  # one space: imported at the top level
            found.append((match.group(4), int(match.group(1)), int(match.group(2))))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--home", type=Path, default=None, help="FRONTDESK_HOME (default: empty)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args(argv)
    cumulative: dict[str, list[int]] = defaultdict(list)
    own: dict[str, list[int]] = defaultdict(list)
    with tempfile.TemporaryDirectory() as scratch:
        home = args.home or Path(scratch) / "home"
        modules = Path(scratch) / "modules.txt"
        one_start(home, modules)  # bytecode cached, as an install has it
        for _ in range(args.runs):
            for name, self_us, cumulative_us in one_start(home, modules):
                cumulative[name].append(cumulative_us)
                own[name].append(self_us)
        first = set(modules.read_text(encoding="utf-8").split())
    ranked = sorted(cumulative, key=lambda name: -statistics.median(cumulative[name]))
    print("| module | cumulative ms | self ms | imported |")
    print("| --- | ---: | ---: | --- |")
    for name in ranked[: args.top]:
        when = "for the first frame" if name in first else "after it, while the window answers"
        print(
            f"| `{name}` | {statistics.median(cumulative[name]) / 1000:.1f} "
            f"| {statistics.median(own[name]) / 1000:.1f} | {when} |"
        )
    before = sum(statistics.median(v) for k, v in cumulative.items() if k in first) / 1000
    after = sum(statistics.median(v) for k, v in cumulative.items() if k not in first) / 1000
    print(f"\nTop-level imports: {before:.0f} ms before the first frame, {after:.0f} ms after.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
