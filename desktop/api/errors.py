"""Every failure of ``desktop.api`` is an ``ApiError``; nothing else escapes a client.

The tree::

    ApiError                 base: ``message`` for a manager, ``service``, ``status``, ``code``
    ├── AuthError            401: the key, partner key or token was not accepted
    ├── PermissionDenied     403: the key may not do this (a read-only key writing)
    ├── NotFound             404: the record is gone or never was
    ├── ValidationError      400: a field is wrong; ``field`` and the vendor's ``code``
    ├── RateLimited          429, or a known spent budget; ``reset_at`` says when to retry
    ├── ServerError          5xx: the service failed; a read was already retried
    ├── NetworkError         no answer: timeout, refused, reset, dropped connection
    └── ProtocolError        an answer that is not what the contract says

``message`` is written for a manager, in the console's language (``desktop.words``),
and is what ``str()`` gives; ``detail`` holds the vendor's own words or the technical
reason, for the log. Which error
an answer becomes is decided in one place: ``error_for_response``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from desktop.words import translate

from . import _codes

Service = Literal["worktime", "worktaps", "worq"]

SERVICE_NAMES: dict[Service, str] = {
    "worktime": "WorkTime One",
    "worktaps": "WorkTaps",
    "worq": "WorQ",
}


class ApiError(Exception):
    """A request to a service failed; ``message`` says so in plain words."""

    def __init__(
        self,
        message: str,
        *,
        service: Service,
        status: int | None = None,
        code: str | int | None = None,
        detail: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.service = service
        self.status = status
        self.code = code
        self.detail = detail

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}({self.message!r}, service={self.service!r}, "
            f"status={self.status!r}, code={self.code!r})"
        )


class AuthError(ApiError):
    """401: the key, partner key or token was not accepted."""


class PermissionDenied(ApiError):
    """403: the key is valid but may not do this."""


class NotFound(ApiError):
    """404: the record does not exist (any more)."""


class ValidationError(ApiError):
    """400: the service refused a value; ``field`` names it in the vendor's words."""

    def __init__(
        self,
        message: str,
        *,
        service: Service,
        field: str | None = None,
        status: int | None = 400,
        code: str | int | None = None,
        detail: str | None = None,
    ) -> None:
        super().__init__(message, service=service, status=status, code=code, detail=detail)
        self.field = field


class RateLimited(ApiError):
    """429, or the last answer said the budget is spent: nothing is sent before ``reset_at``."""

    def __init__(
        self,
        message: str,
        *,
        service: Service,
        reset_at: datetime,
        status: int | None = 429,
        detail: str | None = None,
    ) -> None:
        super().__init__(message, service=service, status=status, detail=detail)
        self.reset_at = reset_at


class ServerError(ApiError):
    """5xx: the service failed."""


class NetworkError(ApiError):
    """No answer. ``maybe_sent`` is False only when the request surely never left."""

    def __init__(
        self,
        message: str,
        *,
        service: Service,
        maybe_sent: bool = True,
        detail: str | None = None,
    ) -> None:
        super().__init__(message, service=service, detail=detail)
        self.maybe_sent = maybe_sent


class ProtocolError(ApiError):
    """The answer is not what the contract says; ``message`` says what was expected."""


MAX_VENDOR_TEXT = 300


@dataclass(frozen=True, slots=True)
class _Vendor:
    """What a failing answer's body says, whatever shape it came in."""

    code: str | int | None = None
    message: str | None = None
    field: str | None = None


def error_for_response(
    service: Service, status: int, body: object, *, reset_at: datetime
) -> ApiError:
    """The error a failing answer stands for; ``body`` is its JSON (None when it had none)."""
    if status == 429:
        return rate_limited(service, reset_at)
    vendor = _read_vendor(service, body)
    if service == "worktaps" and isinstance(vendor.code, int) and vendor.code in _codes.WORKTAPS:
        return _worktaps_error(status, vendor.code, vendor.message)
    if service == "worq":
        return _worq_error(status, vendor)
    return _by_status(service, status, vendor, _worktime_message(vendor))


def rate_limited(service: Service, reset_at: datetime, *, status: int | None = 429) -> RateLimited:
    """The budget is spent until ``reset_at`` (``status`` None: known before sending)."""
    when = reset_at.astimezone().strftime("%H:%M")
    return RateLimited(
        translate(
            "ApiError", "{service}'s hourly request limit is used up; it resets at {when}."
        ).format(service=SERVICE_NAMES[service], when=when),
        service=service,
        reset_at=reset_at,
        status=status,
    )


def _read_vendor(service: Service, body: object) -> _Vendor:
    if not isinstance(body, dict):
        return _Vendor()
    if service == "worktime":
        error = body.get("error")
        if not isinstance(error, dict):
            return _Vendor()
        code, message, field = (_text(error.get(k)) for k in ("code", "message", "field"))
        return _Vendor(code, message, field)
    if service == "worktaps":
        code = body.get("code")
        number = code if isinstance(code, int) and not isinstance(code, bool) else None
        return _Vendor(number, _text(body.get("message")))
    messages = body.get("messages")
    if not isinstance(messages, list):
        return _Vendor()
    texts = [text for text in map(_text, messages) if text]
    return _Vendor(message="; ".join(texts)[:MAX_VENDOR_TEXT] or None)


def _text(value: object) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()[:MAX_VENDOR_TEXT]
    return None


def _worktime_message(vendor: _Vendor) -> str | None:
    if vendor.field is None:
        return None
    known = _codes.WORKTIME_FIELDS.get(vendor.field)
    label = (
        translate("VendorFields", known) if known is not None else vendor.field.replace("_", " ")
    )
    if vendor.message:
        return translate("ApiError", "Check the {field}: {said}").format(
            field=label, said=vendor.message
        )
    return translate("ApiError", "Check the {field}.").format(field=label)


def worktaps_message(code: object, vendor_message: str | None = None) -> str | None:
    """What WorkTaps' error ``code`` means, in the console's language now (None: no code
    of WorkTaps'). A refusal kept in the outbox is said again with it where it is shown,
    so it reads in the language chosen then, not the one it was stored in."""
    if not isinstance(code, int) or code not in _codes.WORKTAPS:
        return None
    jobs = ""
    if vendor_message and ": " in vendor_message:
        jobs = f" ({vendor_message.split(': ', 1)[1]})"
    return translate("VendorCodes", _codes.WORKTAPS[code].message).format(jobs=jobs)


def _worktaps_error(status: int, code: int, vendor_message: str | None) -> ApiError:
    meaning = _codes.WORKTAPS[code]
    message = worktaps_message(code, vendor_message) or meaning.message
    kind: type[ApiError]
    if code == _codes.WORKTAPS_AUTH:
        kind = AuthError
    elif code >= 50000:
        kind = ServerError
    elif code in _codes.WORKTAPS_NOT_FOUND and status == 404:
        kind = NotFound
    else:
        return ValidationError(
            message,
            service="worktaps",
            field=meaning.field,
            status=status,
            code=code,
            detail=vendor_message,
        )
    return kind(message, service="worktaps", status=status, code=code, detail=vendor_message)


def _worq_error(status: int, vendor: _Vendor) -> ApiError:
    said = vendor.message or ""
    for meaning in _codes.WORQ:
        if meaning.said in said.lower():
            message = translate("VendorCodes", meaning.message)
            if meaning.field is None:
                return AuthError(
                    message, service="worq", status=status, code=meaning.code, detail=said
                )
            return ValidationError(
                message,
                service="worq",
                field=meaning.field,
                status=status,
                code=meaning.code,
                detail=said,
            )
    if status == 401:
        message = translate(
            "ApiError",
            "WorQ did not accept the partner name and key. Check them under Console › Connections.",
        )
        return AuthError(message, service="worq", status=status, detail=said or None)
    if status == 400 and "date" in said.lower():
        return ValidationError(
            translate(
                "ApiError",
                "Enter the dates as YYYY-MM-DD, the start no later than the end ({said}).",
            ).format(said=said),
            service="worq",
            field=_date_field(said),
            status=status,
            detail=said,
        )
    return _by_status("worq", status, vendor, said or None)


def _date_field(said: str) -> str:
    lowered = said.lower()
    if "start" in lowered:
        return "start_date"
    return "end_date" if "end" in lowered else "date"


def _by_status(service: Service, status: int, vendor: _Vendor, specific: str | None) -> ApiError:
    """The generic mapping; ``specific`` is a plain-words message when the vendor gave one."""
    name = SERVICE_NAMES[service]
    if status in (400, 422):
        message = specific or (
            translate("ApiError", "{service} refused the request: {reason}.").format(
                service=name, reason=vendor.message
            )
            if vendor.message
            else translate("ApiError", "{service} refused the request: no reason given.").format(
                service=name
            )
        )
        return ValidationError(
            message,
            service=service,
            field=vendor.field,
            status=status,
            code=vendor.code,
            detail=vendor.message,
        )
    kind, message = _generic(name, status)
    return kind(message, service=service, status=status, code=vendor.code, detail=vendor.message)


def _generic(name: str, status: int) -> tuple[type[ApiError], str]:
    if status == 401:
        return (
            AuthError,
            translate(
                "ApiError",
                "{service} did not accept the API key. Check the key under Console › Connections.",
            ).format(service=name),
        )
    if status == 403:
        return (
            PermissionDenied,
            translate(
                "ApiError", "The {service} API key may not do this. Ask for a key with more access."
            ).format(service=name),
        )
    if status in (404, 410):
        return (
            NotFound,
            translate(
                "ApiError",
                "{service} has no such record; it may have been removed. Refresh and try again.",
            ).format(service=name),
        )
    if status >= 500:
        return (
            ServerError,
            translate(
                "ApiError",
                "{service} had a problem on its side ({status}). Try again in a few minutes.",
            ).format(service=name, status=status),
        )
    return ProtocolError, translate(
        "ApiError", "{service} gave an answer Front Desk does not expect (status {status})."
    ).format(service=name, status=status)


__all__ = [
    "SERVICE_NAMES",
    "ApiError",
    "AuthError",
    "NetworkError",
    "NotFound",
    "PermissionDenied",
    "ProtocolError",
    "RateLimited",
    "ServerError",
    "Service",
    "ValidationError",
    "error_for_response",
    "rate_limited",
    "worktaps_message",
]
