"""``frontdesk --demo --team``: demo desks sharing one PostgreSQL store on this computer.

The first desk starts a throwaway cluster (the machine's own PostgreSQL binaries, a
temporary folder, a free loopback port, no password on loopback) and says how to start
the next: ``frontdesk --demo --team postgresql://frontdesk@127.0.0.1:PORT/postgres``.
Each desk runs its own demo sandbox; only the desk that holds the team's sync lease
talks to it, so the others show what that one stores. The cluster stops when the first
desk ends (or, if it is killed, by its watcher).
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from desktop.store import pg_cluster

log = logging.getLogger("desktop.demo_team")
FIRST_DESK = "Front entrance (demo)"
NEXT_DESK = "Second desk (demo)"


class DemoTeamUnavailable(Exception):
    """The team demo cannot run here; the message says why and what to do."""


@dataclass
class DemoTeam:
    url: str  # the shared store's address (no password: the demo cluster trusts loopback)
    desk: str
    cluster: Path | None = None  # the cluster this desk started (stopped at its end)

    def hint(self) -> str:
        if self.cluster is None:
            return f"Team demo: this desk ({self.desk}) works on the shared store at {self.url}."
        return (
            f"Team demo: this desk ({self.desk}) shares a PostgreSQL store on this computer. "
            f"Start another desk with: frontdesk --demo --team {self.url}"
        )

    def stop(self) -> None:
        if self.cluster is not None:
            pg_cluster.remove(self.cluster)


def start_demo_team(url: str) -> DemoTeam:
    """Join the store at ``url``; with none, start a cluster of its own first."""
    if url:
        return DemoTeam(url, NEXT_DESK)
    if pg_cluster.binaries() is None:
        raise DemoTeamUnavailable(
            "No PostgreSQL was found on this computer (its initdb, pg_ctl and postgres). "
            "Install PostgreSQL 15 or later, or give a running server's address: "
            "frontdesk --demo --team postgresql://USER@HOST/DATABASE"
        )
    # Not under ``scratch``: the cluster's owner (another user, when this one is root)
    # must reach its folder, and a temporary folder of its own is open to that.
    folder = Path(tempfile.mkdtemp(prefix="frontdesk-team-"))
    try:
        started = pg_cluster.start(folder, trust=True)
    except (OSError, RuntimeError, subprocess.CalledProcessError) as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise DemoTeamUnavailable(f"PostgreSQL did not start: {exc}") from exc
    pg_cluster.watch(folder, os.getpid())
    log.info("Team demo: a PostgreSQL cluster on %s", started)
    return DemoTeam(started, FIRST_DESK, folder)
