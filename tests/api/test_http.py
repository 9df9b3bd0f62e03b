"""The shared HTTP layer, against scripted answers (httpx.MockTransport)."""

from __future__ import annotations

import ssl
from datetime import timedelta

import httpx
import pytest

from desktop.api import (
    NetworkError,
    ProtocolError,
    RateLimited,
    ServerError,
    ValidationError,
    WorkTapsClient,
    WorkTimeClient,
    WorqClient,
)
from desktop.api._http import BACKOFF_CAP, Secret, tls_context
from desktop.sandbox import WORKTAPS_KEY, SandboxState, create_app, worktime_key
from tests.helpers.api import TEST_NOW, Clock, Script, Sleeps, answer, rate_headers, run, use

REAL = "https://api.worktime.one/v1"
KEY = "wt-test-key-42"
ORG = {"success": True, "data": {"id": "org_1", "name": "Acme"}}


def client(script: Script, **options: object) -> WorkTimeClient:
    options.setdefault("sleep", Sleeps())
    options.setdefault("random", lambda: 1.0)
    return WorkTimeClient(REAL, KEY, transport=script.transport, **options)  # type: ignore[arg-type]


# -- where a client may connect ----------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://api.worktime.one/v1",
        "http://10.0.0.5:8000/v1",
        "http://sandbox/worktime/v1",
        "ftp://api.worktime.one/v1",
        "api.worktime.one/v1",
        "https://user:pw@api.worktime.one/v1",
        "",
    ],
)
def test_plain_http_beyond_this_computer_and_other_schemes_are_refused(url: str) -> None:
    with pytest.raises(ValueError, match="address"):
        WorkTimeClient(url, "k")


@pytest.mark.parametrize(
    "url",
    [
        "https://api.worktime.one/v1",
        "http://127.0.0.1:8123/worktime/v1",
        "http://127.9.9.9/worktime/v1",
        "http://localhost:8123/worktime/v1",
        "http://[::1]:8123/worktime/v1",
    ],
)
def test_https_and_loopback_http_are_accepted(url: str) -> None:
    run(WorkTimeClient(url, "k").aclose())


def test_tls_uses_the_os_trust_store_with_checks_on() -> None:
    context = tls_context()
    assert type(context).__module__.startswith("truststore")
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname is True


def test_every_request_has_a_timeout_and_the_key_in_a_header() -> None:
    script = Script([answer(200, ORG)])
    run(_organization(client(script, timeout=7.5)))
    request = script.seen[0]
    assert request.extensions["timeout"] == {"connect": 7.5, "read": 7.5, "write": 7.5, "pool": 7.5}
    assert request.headers["authorization"] == f"Bearer {KEY}"
    assert KEY not in str(request.url)


async def _organization(wt: WorkTimeClient) -> None:
    async with wt:
        await wt.organization()


# -- retries -----------------------------------------------------------------------


def test_a_read_is_retried_on_gateway_errors_with_growing_jittered_waits() -> None:
    sleeps = Sleeps()
    script = Script([answer(503), answer(502), answer(504), answer(200, ORG)])
    run(_organization(client(script, sleep=sleeps, random=lambda: 0.5)))
    assert len(script.seen) == 4
    assert sleeps.delays == [0.25, 0.5, 1.0]


def test_waits_are_capped_and_attempts_are_bounded() -> None:
    sleeps = Sleeps()
    script = Script([answer(503)])
    with pytest.raises(ServerError):
        run(_organization(client(script, sleep=sleeps, max_attempts=9)))
    assert len(script.seen) == 9
    assert max(sleeps.delays) == BACKOFF_CAP


def test_jitter_can_be_anywhere_down_to_zero() -> None:
    sleeps = Sleeps()
    script = Script([answer(503), answer(200, ORG)])
    run(_organization(client(script, sleep=sleeps, random=lambda: 0.0)))
    assert sleeps.delays == [0.0]


def test_a_read_is_retried_after_network_errors() -> None:
    request = httpx.Request("GET", REAL)
    script = Script(
        [
            httpx.ConnectError("refused", request=request),
            httpx.ReadTimeout("slow", request=request),
            answer(200, ORG),
        ]
    )
    run(_organization(client(script)))
    assert len(script.seen) == 3


def test_a_500_is_not_retried() -> None:
    script = Script([answer(500, {"success": False, "error": {"code": "internal_error"}})])
    with pytest.raises(ServerError):
        run(_organization(client(script)))
    assert len(script.seen) == 1


def test_a_write_is_never_retried() -> None:
    script = Script([answer(503)])

    async def create(wt: WorkTimeClient) -> None:
        async with wt:
            await wt.create_employee("Ann", "ann@acme.example", "dept_01")

    with pytest.raises(ServerError):
        run(create(client(script)))
    assert len(script.seen) == 1


@pytest.mark.parametrize(
    ("exc", "words", "maybe_sent"),
    [
        (httpx.ConnectError("[Errno 111] Connection refused"), "Could not reach", False),
        (httpx.ConnectTimeout("timed out"), "did not answer in time", False),
        (httpx.ReadTimeout("timed out"), "did not answer in time", True),
        (httpx.RemoteProtocolError("peer closed connection"), "was lost", True),
        (httpx.ReadError("connection reset by peer"), "was lost", True),
        (httpx.ConnectError("[SSL: CERTIFICATE_VERIFY_FAILED] bad"), "not trusted", False),
    ],
)
def test_transport_failures_become_network_errors(
    exc: Exception, words: str, maybe_sent: bool
) -> None:
    script = Script([exc])
    with pytest.raises(NetworkError, match=words) as caught:
        run(_organization(client(script)))
    assert caught.value.maybe_sent is maybe_sent
    assert len(script.seen) == 4


def test_a_timed_out_write_is_not_retried_and_may_have_landed() -> None:
    script = Script([httpx.ReadTimeout("slow")])

    async def clock_in(wt: WorkTimeClient) -> None:
        async with wt:
            await wt.clock("emp_1", "clock_in", TEST_NOW)

    with pytest.raises(NetworkError) as caught:
        run(clock_in(client(script)))
    assert caught.value.maybe_sent
    assert len(script.seen) == 1


# -- rate limits ----------------------------------------------------------------------


def test_rate_limit_headers_are_kept_from_every_answer() -> None:
    reset = TEST_NOW + timedelta(minutes=40)
    script = Script([answer(200, ORG, **rate_headers(1000, 995, reset))])
    wt = client(script)
    assert wt.rate_limit is None
    run(_organization(wt))
    assert wt.rate_limit is not None
    assert (wt.rate_limit.limit, wt.rate_limit.remaining) == (1000, 995)
    assert wt.rate_limit.reset_at == reset


def test_a_429_raises_with_reset_and_nothing_is_sent_until_then() -> None:
    clock = Clock()
    reset = TEST_NOW + timedelta(minutes=30)
    limited = answer(429, {"success": False}, **rate_headers(100, 0, reset))
    script = Script(
        [limited, answer(200, ORG, **rate_headers(100, 99, reset + timedelta(hours=1)))]
    )

    async def scenario(wt: WorkTimeClient) -> None:
        async with wt:
            with pytest.raises(RateLimited) as first:
                await wt.organization()
            assert first.value.reset_at == reset
            assert first.value.status == 429
            with pytest.raises(RateLimited) as second:
                await wt.organization()
            assert second.value.status is None
            assert len(script.seen) == 1
            clock.advance(30 * 60)
            await wt.organization()
            assert len(script.seen) == 2

    run(scenario(client(script, now=clock)))


def test_a_spent_budget_on_a_success_stops_the_next_request() -> None:
    clock = Clock()
    script = Script([answer(200, ORG, **rate_headers(100, 0, TEST_NOW + timedelta(minutes=5)))])

    async def scenario(wt: WorkTimeClient) -> None:
        async with wt:
            await wt.organization()
            with pytest.raises(RateLimited):
                await wt.organization()

    run(scenario(client(script, now=clock)))
    assert len(script.seen) == 1


def test_a_429_without_headers_waits_a_minute_or_retry_after() -> None:
    clock = Clock()
    script = Script([answer(429, None, **{"Retry-After": "90"})])
    wt = client(script, now=clock)
    with pytest.raises(RateLimited) as caught:
        run(_organization(wt))
    assert caught.value.reset_at == TEST_NOW + timedelta(seconds=90)


@pytest.mark.parametrize(
    "headers",
    [
        {"X-RateLimit-Limit": "x", "X-RateLimit-Remaining": "1", "X-RateLimit-Reset": "1"},
        {"X-RateLimit-Limit": "10", "X-RateLimit-Remaining": "1"},
    ],
)
def test_odd_rate_limit_headers_are_ignored(headers: dict[str, str]) -> None:
    wt = client(Script([answer(200, ORG, **headers)]))
    run(_organization(wt))
    assert wt.rate_limit is None


def test_a_reset_given_in_seconds_counts_from_now() -> None:
    clock = Clock()
    headers = {"X-RateLimit-Limit": "10", "X-RateLimit-Remaining": "3", "X-RateLimit-Reset": "60"}
    wt = client(Script([answer(200, ORG, **headers)]), now=clock)
    run(_organization(wt))
    assert wt.rate_limit is not None
    assert wt.rate_limit.reset_at == TEST_NOW + timedelta(seconds=60)


# -- bodies ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("response", "expected"),
    [
        (httpx.Response(200, text="<html>Bad gateway</html>"), "success"),
        (answer(200, [1, 2]), "success"),
        (answer(200, {"success": True}), "success"),
        (answer(200, {"success": True, "data": {"name": "no id"}}), "organization"),
        (answer(200, {"success": False, "data": None}), "success"),
        (httpx.Response(200, content=b"[" * 100_000), "success"),
        (httpx.Response(302, headers={"Location": "https://elsewhere.example"}), "status 302"),
    ],
)
def test_bodies_off_the_contract_are_protocol_errors(
    response: httpx.Response, expected: str
) -> None:
    with pytest.raises(ProtocolError, match=expected):
        run(_organization(client(Script([response]))))


def test_a_key_a_vendor_echoes_back_is_scrubbed() -> None:
    key = "sk-echo-0123456789"
    body = {
        "success": False,
        "error": {"code": "invalid_request", "message": f"bad {key}", "field": "email"},
    }
    wt = WorkTimeClient(REAL, key, transport=Script([answer(400, body)]).transport)
    with pytest.raises(ValidationError) as caught:
        run(_organization(wt))
    assert caught.value.field == "email"
    assert key not in str(caught.value)
    assert key not in repr(caught.value)
    assert key not in (caught.value.detail or "")


def test_clients_and_secrets_never_show_their_keys() -> None:
    for value in (
        WorkTimeClient(REAL, "wt-secret-key"),
        WorkTapsClient("https://worktaps.com/api/v1", "wt-secret-key"),
        WorqClient("https://employee-mss.worqhub.com/api/v1", "p", "wt-secret-key", "C1"),
        Secret("wt-secret-key"),
    ):
        assert "wt-secret-key" not in repr(value)
        assert "wt-secret-key" not in str(value)
        assert "wt-secret-key" not in repr(vars(value) if hasattr(value, "__dict__") else value)


def test_an_empty_key_is_refused() -> None:
    with pytest.raises(ValueError, match="key"):
        WorkTimeClient(REAL, "")


def test_the_sandbox_app_mounts_in_process() -> None:
    app = create_app(SandboxState(now=TEST_NOW))
    transport = httpx.ASGITransport(app=app)
    wt = WorkTimeClient("http://127.0.0.1/worktime/v1", worktime_key(), transport=transport)
    assert use(wt, lambda c: c.organization()).name == "Acme Corporation"
    taps = WorkTapsClient("http://localhost/worktaps/api/v1", WORKTAPS_KEY, transport=transport)
    assert use(taps, lambda c: c.get_account(5001)).id == 5001


def test_a_body_that_cannot_be_decoded_is_a_protocol_error() -> None:
    garbled = httpx.Response(
        200, stream=httpx.ByteStream(b"not gzip"), headers={"Content-Encoding": "gzip"}
    )
    with pytest.raises(ProtocolError, match="decode"):
        run(_organization(client(Script([garbled]))))


def test_an_address_that_is_not_a_url_is_refused() -> None:
    with pytest.raises(ValueError, match="not a valid web address"):
        WorkTimeClient("https://[::1", KEY)
