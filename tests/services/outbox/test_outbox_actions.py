"""A manager's step on an outbox entry is audited under the subject its queued row had."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop.services.outbox.actions import act
from desktop.services.outbox.kinds import account as account_kinds
from desktop.services.outbox.kinds import employee as employee_kinds
from desktop.services.outbox.kinds import location as location_kinds
from desktop.services.outbox.queueing import queue_write
from desktop.store import AuditLog, Database, Outbox

MANAGER = "Ana Ruiz"


@pytest.mark.parametrize(
    ("kind", "payload", "named"),
    [
        ("clock_correction", {"employee_id": "emp_1", "day": "2026-11-17"}, "emp_1/2026-11-17"),
        (account_kinds.CREATE, {"draft_id": "d1", "input": {"email": "a@x.io"}}, "account/a@x.io"),
        (account_kinds.UPDATE, {"account_id": 7, "changes": {}}, "account/7"),
        (location_kinds.CREATE, {"draft_id": "d2", "input": {"name": "Annex"}}, "location/Annex"),
        (location_kinds.UPDATE, {"location_id": 3, "changes": {}}, "location/3"),
        (employee_kinds.KINDS[0], {"employee_id": "emp_2", "input": {}}, "employee/emp_2"),
    ],
)
def test_a_cancel_is_audited_under_the_subject_the_entry_was_queued_under(
    tmp_path: Path, kind: str, payload: dict[str, Any], named: str
) -> None:
    db = Database(tmp_path / "frontdesk.sqlite3")
    try:
        outbox, audit = Outbox(db), AuditLog(db)
        entry = queue_write(
            outbox, audit, kind=kind, payload=payload, manager=MANAGER, reason="a test",
            subject=named, before=None, after=None,
        )  # fmt: skip
        assert act(outbox, audit, MANAGER, "cancel", entry).state == "cancelled"
        cancelled, queued = audit.rows()
        assert (queued.action, cancelled.action) == (f"{kind}.queued", f"{kind}.cancelled")
        assert cancelled.subject == queued.subject == named
    finally:
        db.close()
