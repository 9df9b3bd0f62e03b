"""``/_sandbox`` controls and each fault kind, over real sockets."""

from __future__ import annotations

import httpx
import pytest

from desktop.sandbox import SandboxServer
from desktop.sandbox.credentials import WORQ_PARTNER_KEY, WORQ_PARTNER_NAME
from desktop.sandbox.requestlog import key_fingerprint

TOKEN_BODY = {"partner_name": WORQ_PARTNER_NAME, "partner_key": WORQ_PARTNER_KEY}


def _token_url(sandbox: SandboxServer) -> str:
    return sandbox.url("worq") + "/get-access-token"


def test_reset_reseeds_with_the_given_size(sandbox: SandboxServer) -> None:
    info = sandbox.controls.reset(seed=3, employees=15, days=5, locks=3)
    assert info["counts"]["employees"] == 15
    assert info["counts"]["locks"] == 3
    assert info["params"]["seed"] == 3


def test_reset_refuses_unknown_fields(sandbox: SandboxServer) -> None:
    response = httpx.post(sandbox.url("sandbox") + "/reset", json={"people": 3})
    assert response.status_code == 400
    assert "people" in response.json()["error"]


def test_status_fault_answers_for_n_requests_then_stops(sandbox: SandboxServer) -> None:
    sandbox.controls.fault("status", service="worq", path="/get-access-token", status=503, count=2)
    answers = [httpx.post(_token_url(sandbox), json=TOKEN_BODY) for _ in range(3)]
    assert [a.status_code for a in answers] == [503, 503, 200]
    assert "Service Unavailable" in answers[0].text
    assert sandbox.controls.info()  # the controls themselves are never faulted


def test_faulted_answers_still_carry_the_keys_rate_limit_headers(sandbox: SandboxServer) -> None:
    key = "demo-wt1-read-free"
    sandbox.controls.fault("status", service="worktime", path="/locks", status=500)
    headers = {"Authorization": f"Bearer {key}"}
    faulted = httpx.get(sandbox.url("worktime") + "/locks", headers=headers)
    assert faulted.status_code == 500
    assert faulted.json()["error"]["code"] == "internal_error"
    assert faulted.headers["X-RateLimit-Limit"] == "100"
    sandbox.controls.fault("malformed", service="worktaps", path="/")
    taps = httpx.get(sandbox.url("worktaps") + "/departments", auth=("demo-worktaps-key", ""))
    assert taps.headers["X-RateLimit-Limit"] == "10000"


def test_status_fault_500_uses_the_service_envelope(sandbox: SandboxServer) -> None:
    sandbox.controls.fault("status", service="worq", path="/get", status=500)
    response = httpx.post(_token_url(sandbox), json=TOKEN_BODY)
    assert response.status_code == 500
    assert response.json()["status"] == "error"


def test_fault_matches_method_and_path_prefix(sandbox: SandboxServer) -> None:
    sandbox.controls.fault("status", service="worq", path="/get-employee", status=500)
    assert httpx.post(_token_url(sandbox), json=TOKEN_BODY).status_code == 200
    sandbox.controls.fault("status", service="worq", path="/", method="GET", status=500)
    assert httpx.post(_token_url(sandbox), json=TOKEN_BODY).status_code == 200
    pending = httpx.get(sandbox.url("sandbox") + "/faults").json()["faults"]
    assert len(pending) == 2
    sandbox.controls.clear_faults()
    assert httpx.get(sandbox.url("sandbox") + "/faults").json()["faults"] == []


def test_delay_fault_makes_a_client_time_out(sandbox: SandboxServer) -> None:
    sandbox.controls.fault("delay", service="worq", path="/", delay=1.0)
    with pytest.raises(httpx.ReadTimeout):
        httpx.post(_token_url(sandbox), json=TOKEN_BODY, timeout=0.2)


# A drop reaches httpx as a protocol error or a read error, depending on whether the
# close is seen before or after the partial body: both are a lost connection.
DROPPED = (httpx.RemoteProtocolError, httpx.ReadError)


def test_drop_fault_closes_the_connection_mid_answer(sandbox: SandboxServer) -> None:
    sandbox.controls.fault("drop", service="worq", path="/")
    with pytest.raises(DROPPED):
        httpx.post(_token_url(sandbox), json=TOKEN_BODY)
    assert httpx.post(_token_url(sandbox), json=TOKEN_BODY).status_code == 200


def test_malformed_fault_answers_a_body_that_is_not_json(sandbox: SandboxServer) -> None:
    sandbox.controls.fault("malformed", service="worq", path="/")
    response = httpx.post(_token_url(sandbox), json=TOKEN_BODY)
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html"
    sandbox.controls.fault("malformed", service="worq", path="/", body='{"status": "succ',
                           content_type="application/json")  # fmt: skip
    assert httpx.post(_token_url(sandbox), json=TOKEN_BODY).text == '{"status": "succ'


def test_after_fault_lets_the_request_land_first(sandbox: SandboxServer) -> None:
    before = sandbox.controls.requests()
    sandbox.controls.fault("drop", service="worq", path="/", after=True)
    with pytest.raises(DROPPED):
        httpx.post(_token_url(sandbox), json=TOKEN_BODY)
    # The token was issued (the request landed) even though the answer was lost.
    assert len(sandbox.controls.requests()) == len(before) + 1


def test_bad_fault_is_refused(sandbox: SandboxServer) -> None:
    for bad in ({"kind": "explode"}, {"kind": "status"}, {"kind": "drop", "count": 0}):
        response = httpx.post(sandbox.url("sandbox") + "/faults", json=bad)
        assert response.status_code == 400, bad


def test_request_log_holds_fingerprints_never_keys(sandbox: SandboxServer) -> None:
    sandbox.controls.clear_requests()
    canary = "canary-key-7f3a9c"
    httpx.get(
        sandbox.url("worktime") + "/organization", headers={"Authorization": f"Bearer {canary}"}
    )
    entries = sandbox.controls.requests("worktime")
    assert [e["path"] for e in entries] == ["/organization"]
    assert entries[0]["key"] == key_fingerprint(f"Bearer {canary}")
    raw = httpx.get(sandbox.url("sandbox") + "/requests").text
    assert canary not in raw


def test_time_can_be_set_advanced_and_frozen(sandbox: SandboxServer) -> None:
    assert sandbox.controls.time(set="2026-11-18T20:00:00Z")["now"] == "2026-11-18T20:00:00Z"
    assert sandbox.controls.time(advance=90)["now"] == "2026-11-18T20:01:30Z"
    assert sandbox.controls.time(speed=60, frozen=True)["speed"] == 60
    bad = httpx.post(sandbox.url("sandbox") + "/time", json={"set": "yesterday"})
    assert bad.status_code == 400


def test_webhooks_only_to_loopback(sandbox: SandboxServer) -> None:
    response = httpx.post(sandbox.url("sandbox") + "/webhooks", json={"url": "http://10.0.0.5/x"})
    assert response.status_code == 400
    registered = sandbox.controls.webhooks("http://127.0.0.1:9/hook")
    assert registered["urls"] == ["http://127.0.0.1:9/hook"]
    assert registered["signature_header"] == "X-WorkTime-Signature"
