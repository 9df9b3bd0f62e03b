"""Keys and tokens appear in no log record, exception text or repr (a canary test)."""

from __future__ import annotations

import logging
import traceback
import uuid
from collections.abc import Awaitable, Callable
from datetime import date

import pytest

from desktop.api import ApiError, WorkTapsClient, WorkTimeClient, WorqClient
from desktop.sandbox import SandboxServer, worktime_key
from desktop.sandbox.credentials import (
    WORKTAPS_KEY,
    WORQ_CUSTOMER_CODE,
    WORQ_PARTNER_KEY,
    WORQ_PARTNER_NAME,
)
from desktop.sandbox.server import SandboxControls
from tests.helpers.api import collect, fast, run

START, END = date(2026, 1, 1), date(2026, 11, 18)


@pytest.fixture
def canary() -> str:
    return f"canary-{uuid.uuid4().hex}"


@pytest.fixture
def everything(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Every log record of every logger, down to DEBUG."""
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", "desktop", "hpack", "asyncio"):
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def clients(sandbox: SandboxServer, key: str) -> tuple[WorkTimeClient, WorkTapsClient, WorqClient]:
    return (
        WorkTimeClient(sandbox.url("worktime"), key, **fast()),
        WorkTapsClient(sandbox.url("worktaps"), key, **fast()),
        WorqClient(sandbox.url("worq"), WORQ_PARTNER_NAME, key, WORQ_CUSTOMER_CODE, **fast()),
    )


async def fail_with_each(sandbox: SandboxServer, key: str) -> list[ApiError]:
    errors: list[ApiError] = []
    wt, taps, worq = clients(sandbox, key)
    calls: list[Callable[[], Awaitable[object]]] = [
        lambda: wt.organization(),
        lambda: wt.create_employee("Canary", "canary@example.com", "dept_01"),
        lambda: taps.list_accounts(),
        lambda: taps.get_account(5001),
        lambda: collect(worq.iter_employee_data(START, END)),
    ]
    for call in calls:
        try:
            await call()
        except ApiError as exc:
            errors.append(exc)
    for client in (wt, taps, worq):
        await client.aclose()
    return errors


def texts_of(error: BaseException) -> list[str]:
    formatted = "".join(traceback.format_exception(error))
    return [str(error), repr(error), formatted, str(vars(error))]


def log_texts(caplog: pytest.LogCaptureFixture) -> list[str]:
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    return [formatter.format(record) for record in caplog.records] + [caplog.text]


def test_a_refused_canary_key_is_nowhere(
    sandbox: SandboxServer,
    controls: SandboxControls,
    everything: pytest.LogCaptureFixture,
    canary: str,
) -> None:
    errors = run(fail_with_each(sandbox, canary))
    assert len(errors) == 5
    assert {e.status for e in errors} == {401}
    assert everything.records, "the capture saw no log record at all"
    for text in log_texts(everything) + [t for e in errors for t in texts_of(e)]:
        assert canary not in text
    for client in clients(sandbox, canary):
        assert canary not in repr(client)
        assert canary not in str(client)
        assert canary not in repr(vars(client))
    assert canary not in str(controls.requests())


def test_a_canary_key_echoed_back_by_a_failing_server_is_scrubbed(
    sandbox: SandboxServer, controls: SandboxControls, canary: str
) -> None:
    body = f'{{"success": false, "error": {{"code": "x", "message": "key {canary}"}}}}'
    controls.fault(
        "malformed",
        service="worktime",
        path="/organization",
        status=400,
        body=body,
        content_type="application/json",
    )
    errors = run(fail_with_each(sandbox, canary))
    assert errors[0].status == 400
    for text in texts_of(errors[0]):
        assert canary not in text


def test_working_keys_and_tokens_stay_out_of_the_logs(
    sandbox: SandboxServer, everything: pytest.LogCaptureFixture
) -> None:
    async def work() -> str:
        async with WorkTimeClient(sandbox.url("worktime"), worktime_key(), **fast()) as wt:
            await wt.organization()
        async with WorkTapsClient(sandbox.url("worktaps"), WORKTAPS_KEY, **fast()) as taps:
            await taps.get_account(5001)
        worq = WorqClient(
            sandbox.url("worq"), WORQ_PARTNER_NAME, WORQ_PARTNER_KEY, WORQ_CUSTOMER_CODE, **fast()
        )
        async with worq:
            await collect(worq.iter_employee_data(START, END))
            assert worq._token is not None
            return worq._token.reveal()

    token = run(work())
    for text in log_texts(everything):
        for secret in (worktime_key(), WORKTAPS_KEY, WORQ_PARTNER_KEY, token):
            assert secret not in text
