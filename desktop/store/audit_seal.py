"""The audit log's seal: a key kept out of the database, and a signed head kept beside it.

A hash chain alone shows a changed row, but whoever can write the file can cut
rows from the end (and reset ``sqlite_sequence``) or rewrite every row with its
hashes recomputed. With a seal, each row's hash is an HMAC-SHA256 under a key
held in the OS keyring, so rows cannot be recomputed without it; and the head,
a small JSON file beside the database (``<database>.audit-head``) holding the
number of rows, the last hash and the row from which rows are keyed, is itself
HMAC'd and rewritten (atomically) after each append, so a shortened log no
longer matches it. Whatever an append finds wrong with the head (it is missing
or does not match the table) is written into the head's ``breaks``, signed: the
next append never quietly blesses a cut.

A head in a file fits one desk; desks sharing one PostgreSQL database will need
it kept with the shared store instead.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import os
import secrets
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

log = logging.getLogger("desktop.store.audit_seal")
HEAD_SUFFIX = ".audit-head"


@dataclass(frozen=True, slots=True)
class AuditHead:
    keyed_from: int  # rows from this id on carry an HMAC; older ones a plain SHA-256
    count: int  # the id of the last row written
    last_hash: str
    breaks: tuple[str, ...] = ()  # what appends found wrong, in words, oldest first

    def short(self) -> str:
        return f"{self.count} rows, last hash {self.last_hash[:16]}"


@dataclass(frozen=True, slots=True)
class AuditSeal:
    key: bytes = field(repr=False)
    head_path: Path

    @classmethod
    def beside(cls, database: Path, key: bytes) -> AuditSeal:
        return cls(key, database.with_name(database.name + HEAD_SUFFIX))

    def mac(self, text: str) -> str:
        return hmac.new(self.key, text.encode("utf-8"), hashlib.sha256).hexdigest()

    def read_head(self) -> AuditHead | str | None:
        """The head; None when there is none; the problem, in words, when it is not ours."""
        try:
            stored = json.loads(self.head_path.read_text(encoding="utf-8"))
            signature = stored.pop("mac")
            head = AuditHead(
                keyed_from=int(stored["keyed_from"]),
                count=int(stored["count"]),
                last_hash=str(stored["last_hash"]),
                breaks=tuple(str(b) for b in stored.get("breaks", ())),
            )
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            return f"The signed head of the audit log ({self.head_path.name}) is unreadable: {exc}."
        if not hmac.compare_digest(str(signature), self.mac(_canonical(head))):
            return (
                f"The signed head of the audit log ({self.head_path.name}) was altered: "
                "its signature does not match this computer's key."
            )
        return head

    def write_head(self, head: AuditHead) -> None:
        stored = {**asdict(head), "breaks": list(head.breaks), "mac": self.mac(_canonical(head))}
        partial = self.head_path.with_name(self.head_path.name + ".part")
        with partial.open("w", encoding="utf-8") as handle:
            json.dump(stored, handle, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(self.head_path)

    def after_append(self, head: AuditHead | str | None, row_id: int, row_hash: str) -> None:
        """The head once row ``row_id`` follows what the table held; a break is kept."""
        if isinstance(head, AuditHead):
            self.write_head(replace(head, count=row_id, last_hash=row_hash))
            return
        why = head or "The signed head of the audit log was missing."
        breaks: tuple[str, ...] = (f"Before row {row_id} was added: {why}",)
        if isinstance(head, str) or row_id > 1:
            log.error("audit log: %s", breaks[0])
        else:
            breaks = ()  # the first row of a new log: there was nothing to sign yet
        self.write_head(AuditHead(row_id, row_id, row_hash, breaks))


def new_key() -> bytes:
    return secrets.token_bytes(32)


def encode_key(key: bytes) -> str:
    return base64.b64encode(key).decode("ascii")


def decode_key(text: str) -> bytes:
    return base64.b64decode(text, validate=True)


def _canonical(head: AuditHead) -> str:
    fields = {**asdict(head), "breaks": list(head.breaks)}
    return json.dumps(fields, sort_keys=True, separators=(",", ":"))
