"""A desk's own store handed to its team's: what the team must have, brought over once.

When a desk joins a team, and at each start after it worked on its own (the shared
store out of reach), two things of its own go into the shared store:

- its unsent outbox entries (queued, being sent, failed, waiting for a manager), each
  as it was. One left ``sending`` arrives with no claim: a crash's interrupted send,
  which the syncer looks for on the service before it sends again;
- its audit log, row by row, each appended to the organization's chain with its own
  time, manager and words, and the row's hash here as its ``origin``.

Every piece carries an ``origin`` the shared store keeps unique, so a handover cut short
(a crash, the network) and run again brings nothing twice. The shared store's commit
comes first; only then are the entries here closed (``cancelled``, saying where they
went), so a crash between the two leaves them in both stores, and the next run finds
them already there.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

from desktop.words import translate

from ._stored import iso, utc_now
from .audit import AuditLog
from .cache import SnapshotCache
from .db import Database

HANDED = ("queued", "sending", "failed", "needs_attention")
_ENTRY = (
    "id, kind, payload, manager, reason, state, attempts, created_at, updated_at, not_before, "
    "last_error, evidence, server_id"
)
_COPIED = tuple(name.strip() for name in _ENTRY.split(","))[1:]  # all but the id


@dataclass(frozen=True, slots=True)
class HandedOver:
    entries: dict[int, int]  # this desk's entry id -> its id in the shared store
    audit_rows: int  # rows added to the organization's log now
    already: int  # entries and rows an earlier handover brought

    def __bool__(self) -> bool:
        return bool(self.entries or self.audit_rows)

    def summary(self) -> str:
        entries, rows = len(self.entries), self.audit_rows
        unsent = translate("Handover", "%n unsent entr(y|ies) of the outbox", "", entries)
        kept = translate("Handover", "%n audit log row(s)", "", rows)
        if entries and rows:
            said = translate(
                "Handover", "This desk handed {entries} and {rows} to the team's shared store."
            )
        elif entries or rows:
            said = translate("Handover", "This desk handed {what} to the team's shared store.")
        else:
            return ""
        return said.format(entries=unsent, rows=kept, what=unsent if entries else kept)


def store_identity(db: Database) -> str:
    """A name for this store made once and kept in it: entry ids are only unique here."""
    cache = SnapshotCache(db)
    found = cache.get("store", "identity")
    if found is not None:
        return str(found.body)
    identity = secrets.token_hex(8)
    cache.put("store", "identity", identity)
    return identity


JOINED = "This desk joined the team, or worked on its own while the shared store was out of reach"


def hand_over(local: Database, shared: Database, manager: str, reason: str = JOINED) -> HandedOver:
    """Bring ``local``'s unsent entries and audit log into ``shared`` (``manager``: who
    joined this desk to the team, or was signed in, named in the row that records the
    handover with ``reason``)."""
    identity = store_identity(local)
    unsent = local.conn.execute(
        f"SELECT {_ENTRY} FROM outbox WHERE state IN ({', '.join('?' * len(HANDED))}) "  # noqa: S608
        "ORDER BY id",
        HANDED,
    ).fetchall()
    local_log = AuditLog(local)
    checked = local_log.verify()
    rows = local_log.in_order()
    entries: dict[int, int] = {}  # every unsent entry here -> its id there
    brought: dict[int, int] = {}  # the ones this run brought
    already = 0
    with shared.transaction() as conn:
        for entry in unsent:
            origin = f"{identity}/{entry['id']}"
            found = conn.execute("SELECT id FROM outbox WHERE origin = ?", (origin,)).fetchone()
            if found is not None:
                entries[int(entry["id"])] = int(found[0])
                already += 1
                continue
            values: dict[str, Any] = {name: entry[name] for name in _COPIED}
            values.update(desk=shared.desk, origin=origin)
            inserted = conn.execute(
                f"INSERT INTO outbox ({', '.join(values)}) "  # noqa: S608
                f"VALUES ({', '.join('?' * len(values))}) RETURNING id",
                list(values.values()),
            ).fetchall()
            entries[int(entry["id"])] = brought[int(entry["id"])] = int(inserted[0][0])
        shared_log = AuditLog(shared)
        added = shared_log.bring(rows)
        already += len(rows) - added
        handed = HandedOver(brought, added, already)
        if handed:
            shared_log.append(
                manager=manager,
                action="team.handed_over",
                subject=shared.desk or identity,
                payload={
                    "store": identity,
                    "entries": {str(mine): theirs for mine, theirs in brought.items()},
                    "audit_rows": added,
                    "audit_log_here": checked.problem,
                },
                reason=reason,
                before=None,
                after=None,
                outcome="handed over",
            )
        if brought:
            shared.touch("outbox")
    if entries:
        _close_here(local, list(entries), shared.desk)
    return handed


def _close_here(local: Database, ids: list[int], desk: str | None) -> None:
    """The entries now in the shared store end here, saying where they went: only the
    syncer sends them from now on."""
    where = f"the team's shared store (desk {desk})" if desk else "the team's shared store"
    with local.transaction() as conn:
        conn.execute(
            f"UPDATE outbox SET state = 'cancelled', claimed_by = NULL, lease_until = NULL, "  # noqa: S608
            f"updated_at = ?, last_error = ? WHERE id IN ({', '.join('?' * len(ids))}) "
            f"AND state IN ({', '.join('?' * len(HANDED))})",
            [iso(utc_now()), f"Handed to {where}, which sends it.", *ids, *HANDED],
        )
        local.touch("outbox")
