"""One function reads every failing answer: the class, field, code and words it gives."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktop.api import (
    ApiError,
    AuthError,
    NotFound,
    PermissionDenied,
    ProtocolError,
    RateLimited,
    ServerError,
    ValidationError,
    WorqClient,
)
from desktop.api._codes import WORKTAPS
from desktop.api.errors import Service, error_for_response
from tests.helpers.api import Script, answer, drain

RESET = datetime(2026, 11, 18, 16, 0, tzinfo=UTC)


def read(service: Service, status: int, body: object) -> ApiError:
    return error_for_response(service, status, body, reset_at=RESET)


def worktime(status: int, code: str, message: str = "", field: str | None = None) -> ApiError:
    error: dict[str, object] = {"code": code, "message": message}
    if field:
        error["field"] = field
    return read("worktime", status, {"success": False, "error": error})


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (400, ValidationError),
        (401, AuthError),
        (403, PermissionDenied),
        (404, NotFound),
        (429, RateLimited),
        (500, ServerError),
        (503, ServerError),
        (418, ProtocolError),
    ],
)
@pytest.mark.parametrize("service", ["worktime", "worktaps", "worq"])
def test_statuses_choose_the_class(service: Service, status: int, kind: type[ApiError]) -> None:
    bodies: list[object] = [None, {}, [], "text", {"error": 7, "messages": "x", "code": "y"}]
    for body in bodies:
        error = read(service, status, body)
        assert type(error) is kind
        assert error.status == status
        assert error.service == service
        assert error.message


def test_worktime_fields_in_plain_words() -> None:
    error = worktime(400, "invalid_request", "The 'email' field is required", "email")
    assert isinstance(error, ValidationError)
    assert (error.field, error.code) == ("email", "invalid_request")
    assert str(error) == "Check the email address: The 'email' field is required"
    assert worktime(400, "invalid_request", field="department_id").message == (
        "Check the department."
    )
    assert worktime(400, "invalid_request", field="shoe_size").message == "Check the shoe size."
    unnamed = worktime(400, "invalid_request", "Bad JSON")
    assert (unnamed.message, getattr(unnamed, "field", None)) == (
        "WorkTime One refused the request: Bad JSON.",
        None,
    )


def test_rate_limited_says_when() -> None:
    error = read("worktime", 429, None)
    assert isinstance(error, RateLimited)
    assert error.reset_at == RESET
    assert "resets at" in error.message


@pytest.mark.parametrize("code", sorted(WORKTAPS))
def test_every_worktaps_code(code: int) -> None:
    status = 401 if code == 40000 else 500 if code >= 50000 else 400
    error = read("worktaps", status, {"code": code, "message": "vendor words"})
    assert error.code == code
    assert error.detail == "vendor words"
    if code == 40000:
        assert isinstance(error, AuthError)
    elif code >= 50000:
        assert isinstance(error, ServerError)
    else:
        assert isinstance(error, ValidationError)
        assert error.field == WORKTAPS[code].field
        assert error.field is not None


def test_worktaps_not_found_codes_with_a_path_id() -> None:
    for code in (40001, 40002, 40003):
        assert isinstance(read("worktaps", 404, {"code": code, "message": "m"}), NotFound)


def test_worktaps_unknown_codes_fall_back_on_the_status() -> None:
    error = read("worktaps", 400, {"code": 49999, "message": "Something new"})
    assert isinstance(error, ValidationError)
    assert error.message == "WorkTaps refused the request: Something new."
    assert isinstance(read("worktaps", 400, {"code": True}), ValidationError)


@pytest.mark.parametrize(
    ("status", "message", "kind", "code", "field"),
    [
        (401, "Token expired", AuthError, "token_expired", None),
        (401, "Invalid token", AuthError, "invalid_token", None),
        (401, "Invalid partner credentials", AuthError, None, None),
        (400, "Invalid customer code", ValidationError, "invalid_customer_code", "customer_code"),
        (400, "Invalid start_date: use the format YYYY-MM-DD", ValidationError, None, "start_date"),
        (400, "Invalid end_date: use the format YYYY-MM-DD", ValidationError, None, "end_date"),
        (400, "Missing required field: token", ValidationError, None, None),
    ],
)
def test_worq_messages(
    status: int, message: str, kind: type[ApiError], code: str | None, field: str | None
) -> None:
    error = read("worq", status, {"status": "error", "messages": [message], "result": None})
    assert type(error) is kind
    assert error.code == code
    assert getattr(error, "field", None) == field
    assert error.detail == message


def test_long_vendor_words_are_cut() -> None:
    error = read("worq", 500, {"status": "error", "messages": ["x" * 5000, 7, None, "tail"]})
    assert error.detail is not None
    assert len(error.detail) <= 300


def test_a_worq_error_inside_a_200_is_still_an_error() -> None:
    script = Script([answer(200, {"status": "error", "messages": ["Invalid customer code"]})])
    client = WorqClient(
        "https://employee-mss.worqhub.com/api/v1",
        "partner",
        "partner-key",
        "C1",
        transport=script.transport,
    )
    with pytest.raises(ValidationError) as caught:
        drain(client, lambda c: c.iter_employee_data(RESET.date(), RESET.date()))
    assert caught.value.field == "customer_code"
