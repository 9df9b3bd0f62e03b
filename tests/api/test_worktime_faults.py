"""WorkTime One's failures through the client, against the sandbox: keys, limits, faults."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.api import (
    AuthError,
    NetworkError,
    PermissionDenied,
    ProtocolError,
    RateLimited,
    ServerError,
    WorkTimeClient,
)
from desktop.sandbox import SandboxServer, worktime_key
from desktop.sandbox.server import SandboxControls
from tests.helpers.api import TEST_NOW, Clock, fast, use


def wt(
    sandbox: SandboxServer, key: str | None = None, clock: Clock | None = None
) -> WorkTimeClient:
    return WorkTimeClient(sandbox.url("worktime"), key or worktime_key(), **fast(clock))


def statuses(controls: SandboxControls) -> list[int | None]:
    return [r["status"] for r in controls.requests("worktime")]


def test_unknown_key_is_an_auth_error(sandbox: SandboxServer) -> None:
    with pytest.raises(AuthError, match="did not accept the API key") as caught:
        use(wt(sandbox, "not-a-key"), lambda c: c.organization())
    assert (caught.value.status, caught.value.code) == (401, "unauthorized")


def test_a_read_only_key_may_not_write(sandbox: SandboxServer) -> None:
    reader = worktime_key("read", "paid")
    assert use(wt(sandbox, reader), lambda c: c.organization()).id
    with pytest.raises(PermissionDenied) as caught:
        use(wt(sandbox, reader), lambda c: c.create_employee("A", "a@example.com", "dept_01"))
    assert (caught.value.status, caught.value.code) == (403, "forbidden")


def test_a_read_write_key_may_not_delete(sandbox: SandboxServer) -> None:
    writer = worktime_key("read_write", "paid")
    with pytest.raises(PermissionDenied):
        use(wt(sandbox, writer), lambda c: c.delete_employee("emp_010001"))


def test_the_free_plan_limit_and_its_reset_are_honoured(
    sandbox: SandboxServer, controls: SandboxControls
) -> None:
    clock = Clock(controls=controls)
    reset = TEST_NOW + timedelta(hours=1)

    async def scenario(client: WorkTimeClient) -> None:
        for _ in range(100):
            await client.organization()
        assert client.rate_limit is not None
        assert (client.rate_limit.limit, client.rate_limit.remaining) == (100, 0)
        assert client.rate_limit.reset_at == reset
        with pytest.raises(RateLimited) as refused:
            await client.organization()
        assert (refused.value.status, refused.value.reset_at) == (None, reset)
        assert len(controls.requests("worktime")) == 100  # the 101st never left

    use(wt(sandbox, worktime_key("read", "free"), clock), scenario)
    controls.clear_requests()
    clock.advance(3600)
    org = use(wt(sandbox, worktime_key("read", "free"), clock), lambda c: c.organization())
    assert org.id
    assert statuses(controls) == [200]


def test_a_429_raises_and_the_next_call_waits_for_the_reset(
    sandbox: SandboxServer, controls: SandboxControls
) -> None:
    clock = Clock(controls=controls)
    key = worktime_key("read", "free")

    async def scenario(client: WorkTimeClient) -> None:
        async with wt(sandbox, key, clock) as other:  # another client spends the budget
            for _ in range(100):
                await other.organization()
        with pytest.raises(RateLimited) as limited:
            await client.organization()
        assert limited.value.status == 429
        assert limited.value.reset_at == TEST_NOW + timedelta(hours=1)
        with pytest.raises(RateLimited) as refused:
            await client.organization()
        assert refused.value.status is None
        assert statuses(controls)[-1:] == [429]
        assert len(controls.requests("worktime")) == 101
        clock.advance(3600)
        assert (await client.organization()).id
        assert statuses(controls)[-1:] == [200]

    use(wt(sandbox, key, clock), scenario)


def test_gateway_errors_on_a_read_are_retried(
    sandbox: SandboxServer, controls: SandboxControls
) -> None:
    controls.fault("status", service="worktime", path="/organization", status=503, count=2)
    assert use(wt(sandbox), lambda c: c.organization()).id
    assert statuses(controls) == [503, 503, 200]


def test_a_read_gives_up_after_four_attempts(
    sandbox: SandboxServer, controls: SandboxControls
) -> None:
    controls.fault("status", service="worktime", path="/organization", status=502, count=9)
    with pytest.raises(ServerError, match="502"):
        use(wt(sandbox), lambda c: c.organization())
    assert statuses(controls) == [502] * 4


def test_a_write_is_never_retried(sandbox: SandboxServer, controls: SandboxControls) -> None:
    controls.fault("status", service="worktime", path="/employees", method="POST", status=503)
    with pytest.raises(ServerError):
        use(wt(sandbox), lambda c: c.create_employee("A", "a@example.com", "dept_01"))
    assert statuses(controls) == [503]


def test_a_500_is_a_server_error(sandbox: SandboxServer, controls: SandboxControls) -> None:
    controls.fault("status", service="worktime", path="/organization", status=500)
    with pytest.raises(ServerError) as caught:
        use(wt(sandbox), lambda c: c.organization())
    assert caught.value.code == "internal_error"
    assert statuses(controls) == [500]


def test_dropped_connections_are_network_errors(
    sandbox: SandboxServer, controls: SandboxControls
) -> None:
    controls.fault("drop", service="worktime", path="/organization", count=4)
    with pytest.raises(NetworkError, match="connection"):
        use(wt(sandbox), lambda c: c.organization())
    assert len(statuses(controls)) == 4


def test_a_dropped_read_is_retried(sandbox: SandboxServer, controls: SandboxControls) -> None:
    controls.fault("drop", service="worktime", path="/employees", count=1)
    assert use(wt(sandbox), lambda c: c.list_employees()).items
    assert len(statuses(controls)) == 2


def test_a_slow_answer_times_out(sandbox: SandboxServer, controls: SandboxControls) -> None:
    controls.fault("delay", service="worktime", path="/organization", delay=2, count=4)
    client = WorkTimeClient(
        sandbox.url("worktime"), worktime_key(), timeout=0.2, max_attempts=1, **fast()
    )
    with pytest.raises(NetworkError, match="did not answer in time"):
        use(client, lambda c: c.organization())


@pytest.mark.parametrize(
    "body",
    [None, '{"success": true, "data": {"name": "no id"}}', '{"success": true}', "[]", "\xff"],
)
def test_malformed_bodies_are_protocol_errors(
    sandbox: SandboxServer, controls: SandboxControls, body: str | None
) -> None:
    fault = {} if body is None else {"body": body, "content_type": "application/json"}
    controls.fault("malformed", service="worktime", path="/organization", **fault)
    with pytest.raises(ProtocolError, match="expected"):
        use(wt(sandbox), lambda c: c.organization())
