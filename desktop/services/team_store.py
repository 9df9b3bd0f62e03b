"""Which store a desk of a team works on when it starts: the team's, or its own.

A desk in a team (``Settings.team``) opens the shared PostgreSQL store and hands it what
it holds of its own (``store.handover``: its unsent entries and audit rows, from
joining or from a time it worked alone). When the shared store cannot be reached (the
network, the server, a wrong password), the desk keeps working on its own store, says
why, and hands over at its next start that reaches the team.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.config import TeamSettings
from desktop.store import Database
from desktop.store.handover import HandedOver
from desktop.words import translate

if TYPE_CHECKING:  # psycopg loads only on a team's desk
    from desktop.store.postgres import PostgresDatabase

log = logging.getLogger("desktop.services.team_store")


@dataclass(frozen=True, slots=True)
class TeamStore:
    db: Database  # the shared store, or this desk's own when ``alone`` says why
    alone: str = ""  # why this desk works on its own store ("" when on the team's)
    handed: HandedOver | None = None


def open_shared(team: TeamSettings, password: str | None) -> PostgresDatabase:
    """The team's store, brought to this version's schema. ``psycopg.Error`` (it cannot be
    reached, or refused this desk) or ``OSError``."""
    from desktop.store.postgres import PostgresDatabase  # psycopg only for a team's desk

    return PostgresDatabase(team.url, team.desk, password=password)


def open_team_store(own: Database, team: TeamSettings, password: str | None) -> TeamStore:
    """The shared store with ``own``'s unsent work handed to it, ``own`` kept beside it
    for what is saved while it is out of reach (``PostgresDatabase.own``); or ``own``
    itself, with why, when the shared store cannot be used now."""
    import psycopg

    from desktop.store.handover import hand_over

    try:
        shared = open_shared(team, password)
    except (psycopg.Error, OSError) as exc:
        log.warning("The team's shared store cannot be reached: %s", exc)
        return TeamStore(own, alone=unreachable(exc))
    try:
        handed = hand_over(own, shared, team.joined_by or team.desk)
    except (psycopg.Error, OSError) as exc:
        log.warning("This desk's own work could not be handed to the team: %s", exc)
        shared.close()
        return TeamStore(own, alone=unreachable(exc))
    shared.own = own
    if handed:
        log.info("%s", handed.summary())
    return TeamStore(shared, handed=handed)


def unreachable(exc: BaseException) -> str:
    """Why the shared store could not be used, in a manager's words."""
    said = " ".join(str(exc).split()) or type(exc).__name__
    return translate("TeamStore", "The team's shared store cannot be reached ({said}).").format(
        said=said
    )


def try_shared(team: TeamSettings, password: str | None) -> str:
    """Reach the team's store as this desk would (bringing its schema up to date); what
    was found, in a sentence. ``psycopg.Error`` or ``OSError`` when it cannot."""
    db = open_shared(team, password)
    try:
        server = db.conn.execute("SHOW server_version").fetchone()
        desks = [
            str(row[0])
            for row in db.conn.execute(
                "SELECT DISTINCT desk FROM audit WHERE desk IS NOT NULL ORDER BY desk"
            )
        ]
    finally:
        db.close()
    version = server[0] if server else "?"
    if not desks:
        return translate(
            "TeamStore",
            "Reached the shared store (PostgreSQL {version}). "
            "No desk has written to it yet: this one will be the first.",
        ).format(version=version)
    said = translate(
        "TeamStore",
        "Reached the shared store (PostgreSQL {version}). Desks that have written to it: {desks}.",
    ).format(version=version, desks=", ".join(desks))
    if team.desk in desks:
        said += " " + translate(
            "TeamStore",
            "A desk named {desk} is one of them: if that is not this computer, "
            "choose another name, so the audit log tells the desks apart.",
        ).format(desk=team.desk)
    return said


class SharedStoreUnreachable(Exception):
    """``reach_shared`` failed; the message is for the manager."""


async def reach_shared(team: TeamSettings, password: str | None) -> str:
    """``try_shared`` on a worker thread, its failure in a manager's words."""
    import psycopg

    try:
        return await asyncio.to_thread(try_shared, team, password)
    except (psycopg.Error, OSError) as exc:
        log.warning("The shared store was not reached: %s", exc)
        raise SharedStoreUnreachable(unreachable(exc)) from exc
