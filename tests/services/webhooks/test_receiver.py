"""The session taking WorkTime One's webhooks from the sandbox, over real sockets: what is
signed is kept before it is answered and applied once; what is not is refused, counted,
logged once per cause, and never kept."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from decimal import Decimal

import httpx
import pytest

from desktop.api import WorkTimeClient
from desktop.demo import sandbox_profile
from desktop.sandbox import WORKTAPS_KEY, SandboxServer
from desktop.sandbox.credentials import WEBHOOK_SECRET
from desktop.services.changes import Change
from desktop.services.connections import Keys
from desktop.services.session import Session
from desktop.store.webhooks import WebhookInbox
from tests.helpers.clock import TEST_NOW
from tests.helpers.receiving import body, deliver, receiving
from tests.helpers.waiting import until
from tests.helpers.worktime_sandbox import FULL_KEY

TODAY = TEST_NOW.date()


def rows(session: Session) -> list[tuple[str, int | None]]:
    found = session.db.conn.execute("SELECT event, applied_at FROM webhook_event ORDER BY id")
    return [(r[0], r[1]) for r in found]


def test_a_clock_out_reaches_the_store_within_the_moment_and_a_poll_merges_with_it(
    session: Session, sandbox: SandboxServer
) -> None:
    told: list[Change] = []
    session.changes.subscribe(told.append, Change.PUSHED)

    async def scenario() -> None:
        async with (
            receiving(session, sandbox),
            WorkTimeClient(sandbox.url("worktime"), FULL_KEY) as api,
        ):
            day = await api.list_attendance(TODAY, TODAY)
            open_day = next(r for r in day.items if r.clock_in and not r.clock_out)
            out_at = TEST_NOW - timedelta(minutes=1)
            await api.clock(open_day.employee_id, "clock_out", out_at)
            # The penalty may come first (they are delivered side by side) and make the
            # day; the clock-out is what is waited for, and the board told of it (the
            # worker's commit is seen here a moment before the session hears it is done).
            await until(lambda: any(r.clock_out for r in session.attendance.for_day(TODAY)),
                        what="the pushed clock-out")  # fmt: skip
            (pushed,) = session.attendance.for_day(TODAY)
            assert (pushed.employee_id, pushed.clock_out, pushed.clock_in) == (
                open_day.employee_id, out_at, None,
            )  # fmt: skip
            await until(lambda: bool(told), what="the board told")
            assert session.take_pushed_people() == {open_day.employee_id}
            # Out at 09:59: an early departure, so WorkTime One tells a penalty too.
            # (in either order: deliveries go out side by side; both are waited for, as the
            # penalty may still be on its way when the clock-out is applied)
            await until(lambda: len(rows(session)) >= 2, what="both deliveries")
            await until(lambda: all(applied for _, applied in rows(session)), what="applied")
            assert sorted(event for event, _ in rows(session)) == [
                "attendance.clock_out", "penalty.created",
            ]  # fmt: skip
            (pushed,) = session.attendance.for_day(TODAY)
            assert pushed.early_departure_minutes == 451
            # The poll brings the whole day: one record, the clocks of both, the real id.
            session.attendance.save_attendance(
                (await api.list_attendance(TODAY, TODAY, employee_id=open_day.employee_id)).items,
                TEST_NOW,
            )
            (merged,) = [r for r in session.attendance.for_day(TODAY)
                         if r.employee_id == open_day.employee_id]  # fmt: skip
            assert (merged.id, merged.clock_in, merged.clock_out) == (
                open_day.id, open_day.clock_in, out_at,
            )  # fmt: skip
            # A poll answered before the clock-out, saved after it, does not take it back.
            session.attendance.save_attendance([open_day], TEST_NOW - timedelta(minutes=5))
            (kept,) = [r for r in session.attendance.for_day(TODAY)
                       if r.employee_id == open_day.employee_id]  # fmt: skip
            assert kept.clock_out == out_at

    asyncio.run(scenario())


def test_a_redelivery_is_kept_and_applied_once(session: Session, sandbox: SandboxServer) -> None:
    async def scenario() -> None:
        async with receiving(session, sandbox) as url:
            sent = body("lock.opened", TEST_NOW, lock_id="lock_101", employee_id="emp_010001",
                        employee_name="Ada Lovelace", timestamp="2026-11-18T14:59:00Z",
                        method="card")  # fmt: skip
            first, again = await deliver(url, sent), await deliver(url, sent)
            assert (first.status_code, again.status_code) == (200, 200)
            assert again.json() == {"received": True, "duplicate": True}
            await until(lambda: rows(session) and rows(session)[0][1], what="the application")
            opened = [e for e in session.locks.events_between(TEST_NOW - timedelta(hours=1),
                      TEST_NOW) if e.employee_id == "emp_010001"]  # fmt: skip
            assert len(opened) == 1
            assert opened[0].id.startswith("pushed-")
            assert len(rows(session)) == 1

    asyncio.run(scenario())


@pytest.mark.parametrize(
    ("case", "status", "cause"),
    [
        ("forged", 401, "signature"),
        ("unsigned", 401, "signature"),
        ("oversized", 413, "too_large"),
        ("form", 415, "content_type"),
        ("not json", 400, "malformed"),
        ("replayed", 400, "replayed"),
        ("from the future", 400, "future"),
    ],
)
def test_what_is_not_a_fresh_signed_event_is_refused_and_never_kept(
    session: Session, sandbox: SandboxServer, caplog: pytest.LogCaptureFixture,
    case: str, status: int, cause: str,
) -> None:  # fmt: skip
    good = body("employee.updated", TEST_NOW, id="emp_010001", name="Ada Lovelace")
    sends = {
        "forged": dict(content=good, secret="not-the-secret"),
        "unsigned": dict(content=good, secret=None),
        "oversized": dict(content=b'{"event":"x","pad":"' + b"a" * 70_000 + b'"}'),
        "form": dict(content=b"event=x", **{"content-type": "application/x-www-form-urlencoded"}),
        "not json": dict(content=b"{nope"),
        "replayed": dict(
            content=body(
                "employee.updated", TEST_NOW - timedelta(minutes=6), id="emp_010001", name="Ada"
            )
        ),
        "from the future": dict(
            content=body(
                "employee.updated", TEST_NOW + timedelta(minutes=6), id="emp_010001", name="Ada"
            )
        ),
    }

    async def scenario() -> None:
        async with receiving(session, sandbox) as url:
            for _ in range(3):
                answer = await deliver(url, **sends[case])  # type: ignore[arg-type]
                assert answer.status_code == status
            assert session.webhooks.state().refused == {cause: 3}
            assert rows(session) == []
            assert WebhookInbox(session.db).last_received() is None

    with caplog.at_level(logging.WARNING, logger="desktop.receiver"):
        asyncio.run(scenario())
    refusals = [r for r in caplog.records if "refused" in r.getMessage()]
    assert len(refusals) == 1, "logged once per cause, not once per request"
    assert "secret" not in refusals[0].getMessage().lower() or cause == "no_secret"


def test_a_thousand_bad_deliveries_apply_nothing_and_the_receiver_keeps_serving(
    session: Session, sandbox: SandboxServer, caplog: pytest.LogCaptureFixture
) -> None:
    """Forged, malformed, oversized, replayed and duplicate deliveries, 200 of each, from
    eight clients at once: none applied, each cause logged once, the secret nowhere."""
    real = body("lock.opened", TEST_NOW, lock_id="lock_101", employee_id="emp_010001",
                timestamp="2026-11-18T14:58:00Z", method="card")  # fmt: skip
    old = body("lock.opened", TEST_NOW - timedelta(minutes=30), lock_id="lock_101",
               employee_id="emp_010002", timestamp="2026-11-18T14:20:00Z")  # fmt: skip
    bad: list[dict[str, object]] = []
    for n in range(200):
        forged = body(
            "lock.opened", TEST_NOW, lock_id=f"lock_{n}", timestamp="2026-11-18T14:00:00Z"
        )
        bad.append(dict(content=forged, secret=f"guess-{n}"))
        bad.append(dict(content=b'{"event": "lock.opened", "timestamp": ' + str(n).encode()))
        bad.append(dict(content=b"[" + b"1," * 40_000 + b"1]"))
        bad.append(dict(content=old))
        bad.append(dict(content=real))  # the same body again and again: applied once

    async def scenario() -> None:
        async with receiving(session, sandbox) as url, httpx.AsyncClient() as client:
            gate = asyncio.Semaphore(8)

            async def send(one: dict[str, object]) -> int:
                async with gate:
                    answer = await deliver(url, client=client, **one)  # type: ignore[arg-type]
                    return answer.status_code

            statuses = await asyncio.gather(*(send(one) for one in bad))
            assert sorted(set(statuses)) == [200, 400, 401, 413]
            await until(lambda: all(applied for _, applied in rows(session)), what="applied")
            assert [event for event, _ in rows(session)] == ["lock.opened"]
            state = session.webhooks.state()
            assert state.refused == {"signature": 200, "malformed": 200, "too_large": 200,
                                     "replayed": 200}  # fmt: skip
            assert state.duplicates == 199
            opened = session.locks.events_between(TEST_NOW - timedelta(hours=2), TEST_NOW)
            assert [e.employee_id for e in opened if e.id.startswith("pushed-")] == ["emp_010001"]
            # Still serving: a good delivery after the flood is taken.
            fresh = body("webhook.test", TEST_NOW, message="still there")
            assert (await deliver(url, fresh)).status_code == 200

    with caplog.at_level(logging.INFO, logger="desktop"):
        asyncio.run(scenario())
    refusals = [r.getMessage() for r in caplog.records if "refused:" in r.getMessage()]
    assert len(refusals) == 4, refusals
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "demo-webhook-secret" not in logged


def test_an_employee_changed_in_worktime_one_reaches_the_store_without_the_salary(
    session: Session, sandbox: SandboxServer
) -> None:
    told: list[Change] = []
    session.changes.subscribe(told.append, Change.EMPLOYEES)

    async def scenario() -> None:
        async with (
            receiving(session, sandbox),
            WorkTimeClient(sandbox.url("worktime"), FULL_KEY) as api,
        ):
            someone = (await api.list_employees(limit=1)).items[0]
            await api.update_employee(someone.id, position="Head of Doors", salary=Decimal("91000"))
            await until(lambda: session.people.employees(), what="the pushed employee")
            (kept,) = session.people.employees()
            assert (kept.id, kept.position) == (someone.id, "Head of Doors")
            assert told == [Change.EMPLOYEES]
            (stored,) = session.db.conn.execute("SELECT body FROM webhook_event").fetchall()
            assert "salary" not in stored[0]
            assert "91000" not in stored[0]

    asyncio.run(scenario())


def test_the_connection_decides_whether_webhooks_are_taken(
    session: Session, sandbox: SandboxServer
) -> None:
    keys = Keys(FULL_KEY, WORKTAPS_KEY, None, WEBHOOK_SECRET)

    async def scenario() -> None:
        session.connect(sandbox_profile(sandbox, webhooks=True), keys)
        await session.check()
        receiver = session.receiver
        assert receiver is not None
        url = receiver.url
        assert url is not None
        assert sandbox.controls.webhooks()["urls"] == [url]  # the sandbox delivers there
        assert await session.send_test_event() == (
            True,
            "The test event arrived, signed with the right secret.",
        )
        # Webhooks turned off: the receiver stops, the address answers no more.
        session.connect(sandbox_profile(sandbox, webhooks=False), keys)
        await session.check()
        assert session.receiver is None
        await until(lambda: session.webhooks.state().listening is None, what="the stop")
        with pytest.raises(httpx.ConnectError):
            await deliver(url, body("webhook.test", TEST_NOW, message="anyone?"))
        # On, without a secret: said in words, polling goes on.
        told: list[str] = []
        session.bus.subscribe(lambda message: told.append(message.text))
        session.connect(sandbox_profile(sandbox, webhooks=True), Keys(FULL_KEY))
        await session.check()
        assert session.receiver is None
        assert any("no signing secret is set" in text for text in told)
        await session.stop()

    asyncio.run(scenario())


def test_applied_deliveries_past_a_week_are_dropped(
    session: Session, sandbox: SandboxServer
) -> None:
    inbox = WebhookInbox(session.db)
    old, fresh = TEST_NOW - timedelta(days=8), TEST_NOW - timedelta(days=1)
    for at, name in ((old, "old"), (fresh, "fresh")):
        assert inbox.keep(body("webhook.test", at, message=name), "webhook.test", at, at)
    with session.db.transaction():
        inbox.mark_applied([r.id for r in inbox.waiting()], TEST_NOW)

    async def scenario() -> None:
        async with receiving(session, sandbox):  # the first apply pass drops what is old
            await until(lambda: len(rows(session)) == 1, what="the old delivery dropped")

    asyncio.run(scenario())
    (kept,) = session.db.conn.execute("SELECT body FROM webhook_event").fetchall()
    assert "fresh" in kept[0]
