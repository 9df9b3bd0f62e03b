"""The one HTTP layer under the three clients.

One long-lived ``httpx.AsyncClient`` per client; HTTPS with the operating
system's trust store (plain HTTP only to this computer); a timeout on every
request, per read and overall (a server trickling bytes cannot hold one past its
deadline); answers read up to a size cap (a larger one is refused, its connection
closed); keys sent in a header built per request and never logged; the
``X-RateLimit-*`` headers of every answer kept, and nothing sent while they say
the budget is spent; safe requests retried on a dropped connection or a
gateway error with capped exponential backoff and full jitter; every failure
turned into an ``ApiError``.
"""

from __future__ import annotations

import asyncio
import functools
import ipaddress
import json
import logging
import random
import ssl
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime, timedelta
from types import TracebackType
from typing import Self, TypedDict, TypeVar, Unpack

import httpx
import pydantic
import truststore

from desktop.words import QT_TRANSLATE_NOOP, translate

from ._base import RateLimit
from .errors import (
    SERVICE_NAMES,
    ApiError,
    NetworkError,
    ProtocolError,
    Service,
    error_for_response,
    rate_limited,
)

log = logging.getLogger("desktop.api")

DEFAULT_TIMEOUT = 30.0  # seconds for each connect, write and read
DEFAULT_DEADLINE = 60.0  # seconds for a whole request: connect, send and the full answer
MAX_BODY = 20 * 1024 * 1024  # bytes of an answer, decoded; the payroll workbook is far less
RATE_WINDOW = timedelta(hours=1)  # the documented budget window: no reset lies further out
MAX_ATTEMPTS = 4
BACKOFF_BASE = 0.5
BACKOFF_CAP = 8.0
RETRY_STATUSES = frozenset({502, 503, 504})
FALLBACK_WAIT = timedelta(seconds=60)  # a 429 that does not say when to come back
REDACTED = "********"
MIN_REDACTED = 6

M = TypeVar("M")
Params = Mapping[str, str | int]


def utc_now() -> datetime:
    return datetime.now(UTC)


class HttpOptions(TypedDict, total=False):
    """Tuning every client takes: ``timeout`` (seconds) on each connect, write and read,
    ``deadline`` (seconds) for a whole request, ``max_body`` (bytes) of an answer,
    ``max_attempts`` for a safe request, and the ``sleep``, ``random`` and ``now`` it uses
    (tests replace them)."""

    timeout: float
    deadline: float
    max_body: int
    max_attempts: int
    sleep: Callable[[float], Awaitable[None]]
    random: Callable[[], float]
    now: Callable[[], datetime]


class Secret:
    """A key or token that shows itself only through ``reveal()``."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not isinstance(value, str) or not value:
            raise ValueError("a key must be a non-empty string")
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return f"Secret('{REDACTED}')"

    __str__ = __repr__


@functools.cache
def tls_context() -> ssl.SSLContext:
    """The OS trust store (corporate proxies re-sign TLS), with hostname and chain checks."""
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def check_base_url(service: Service, base_url: str) -> httpx.URL:
    """``base_url`` if it is HTTPS, or plain HTTP to this computer; else ValueError."""
    name = SERVICE_NAMES[service]
    try:
        url = httpx.URL(base_url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise ValueError(
            translate("ApiAddress", "The {service} address is not a valid web address.").format(
                service=name
            )
        ) from exc
    if url.userinfo:
        raise ValueError(
            translate(
                "ApiAddress", "The {service} address must not hold a user name or password."
            ).format(service=name)
        )
    if url.scheme == "https" and url.host:
        return url
    if url.scheme == "http" and _is_loopback(url.host):
        return url
    raise ValueError(
        translate(
            "ApiAddress",
            "The {service} address must start with https:// (plain http:// is allowed only to "
            "this computer, such as the sandbox); got {address}.",
        ).format(service=name, address=f"{url.scheme}://{url.host}")
    )


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class HttpLayer:
    """Sends one service's requests; see the module's doc for what it guarantees."""

    def __init__(
        self,
        service: Service,
        base_url: str,
        *,
        auth: Callable[[], dict[str, str]] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        **opts: Unpack[HttpOptions],
    ) -> None:
        self.service: Service = service
        self.base_url = check_base_url(service, base_url)
        self._auth = auth or dict
        self._secrets: dict[str, Secret] = {}
        self._max_attempts = max(1, opts.get("max_attempts", MAX_ATTEMPTS))
        self._deadline = opts.get("deadline", DEFAULT_DEADLINE)
        self._max_body = opts.get("max_body", MAX_BODY)
        self._sleep = opts.get("sleep", asyncio.sleep)
        self._random = opts.get("random", random.random)
        self.now = opts.get("now", utc_now)
        self.rate_limit: RateLimit | None = None
        self._client = httpx.AsyncClient(
            base_url=self.base_url,
            transport=transport,
            verify=tls_context(),
            timeout=httpx.Timeout(opts.get("timeout", DEFAULT_TIMEOUT)),
            headers={"Accept": "application/json", "User-Agent": "FrontDesk/0.1"},
        )

    def __repr__(self) -> str:
        return f"HttpLayer({self.service!r}, {str(self.base_url)!r})"

    def keep_secret(self, name: str, secret: Secret) -> None:
        """Scrub ``secret`` (replacing the one held as ``name``) from what a vendor echoes."""
        self._secrets[name] = secret

    def redact(self, text: str) -> str:
        for secret in self._secrets.values():
            # A key of a few characters would garble words more than it could leak.
            if len(secret.reveal()) >= MIN_REDACTED:
                text = text.replace(secret.reveal(), REDACTED)
        return text

    async def aclose(self) -> None:
        await self._client.aclose()

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Params | None = None,
        json_body: object = None,
        safe: bool | None = None,
    ) -> httpx.Response:
        """A 2xx answer, or the ``ApiError`` it stands for. ``safe`` (default: GET) retries."""
        attempts = self._max_attempts if (method == "GET" if safe is None else safe) else 1
        for attempt in range(1, attempts + 1):
            self._refuse_if_spent()
            try:
                response = await self._send_once(method, path, params, json_body)
            except NetworkError as exc:
                if attempt == attempts:
                    raise
                why = exc.detail
            else:
                if attempt == attempts or response.status_code not in RETRY_STATUSES:
                    return self._checked(response)
                why = f"status {response.status_code}"
            log.info("%s %s %s failed (%s); retrying", self.service, method, path, why)
            await self._sleep(self._backoff(attempt))
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _backoff(self, attempt: int) -> float:
        """Full jitter: anywhere from 0 to the capped exponential delay."""
        return self._random() * min(BACKOFF_CAP, BACKOFF_BASE * 2.0 ** (attempt - 1))

    def _refuse_if_spent(self) -> None:
        known = self.rate_limit
        if known is not None and known.remaining <= 0 and known.reset_at > self.now():
            log.info("%s budget spent until %s; not sending", self.service, known.reset_at)
            raise rate_limited(self.service, known.reset_at, status=None)

    async def _send_once(
        self, method: str, path: str, params: Params | None, json_body: object
    ) -> httpx.Response:
        request = self._client.build_request(
            method, path, params=params, json=json_body, headers=self._auth()
        )
        try:
            async with asyncio.timeout(self._deadline):
                response = await self._read_capped(await self._client.send(request, stream=True))
        except TimeoutError as exc:
            raise self._past_deadline() from exc
        except httpx.TransportError as exc:
            raise self._network_error(exc) from exc
        except httpx.HTTPError as exc:
            raise self.protocol_error(
                QT_TRANSLATE_NOOP("ApiExpected", "an answer it could decode"), type(exc).__name__
            ) from exc
        self._note_rate_limit(response)
        log.debug("%s %s %s -> %s", self.service, method, path, response.status_code)
        return response

    async def _read_capped(self, streamed: httpx.Response) -> httpx.Response:
        """The answer read whole, as long as it stays under ``max_body`` once decoded."""
        try:
            declared = int(streamed.headers.get("content-length", "0"))
        except ValueError:
            declared = 0
        chunks: list[bytes] = []
        size = 0
        try:
            if declared > self._max_body:
                raise self._too_large(declared)
            async for chunk in streamed.aiter_bytes():
                size += len(chunk)
                if size > self._max_body:
                    raise self._too_large(size)
                chunks.append(chunk)
        finally:
            await streamed.aclose()  # closes the connection when the body was not read to its end
        headers = streamed.headers.copy()
        for decoded in ("content-encoding", "content-length", "transfer-encoding"):
            headers.pop(decoded, None)  # the body below is already decoded
        return httpx.Response(
            streamed.status_code,
            headers=headers,
            content=b"".join(chunks),
            request=streamed.request,
            extensions=streamed.extensions,
        )

    def _too_large(self, size: int) -> ProtocolError:
        name = SERVICE_NAMES[self.service]
        megabytes = self._max_body / (1024 * 1024)
        log.warning("%s sent an answer of %s bytes or more; not read", self.service, size)
        return ProtocolError(
            translate(
                "ApiError",
                "{service} sent an answer larger than {megabytes} MB; "
                "Front Desk stopped reading it.",
            ).format(service=name, megabytes=f"{megabytes:g}"),
            service=self.service,
            detail=f"{size} bytes or more; the limit is {self._max_body}",
        )

    def _past_deadline(self) -> NetworkError:
        name = SERVICE_NAMES[self.service]
        return NetworkError(
            translate(
                "ApiError",
                "{service} did not finish answering within {seconds} seconds. "
                "Check the network and try again.",
            ).format(service=name, seconds=f"{self._deadline:g}"),
            service=self.service,
            maybe_sent=True,
            detail=f"overall deadline of {self._deadline:g} s passed",
        )

    def _network_error(self, exc: httpx.TransportError) -> NetworkError:
        name = SERVICE_NAMES[self.service]
        never_sent = isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)
        detail = self.redact(f"{type(exc).__name__}: {exc}")
        if isinstance(exc, httpx.TimeoutException):
            message = translate(
                "ApiError", "{service} did not answer in time. Check the network and try again."
            )
        elif "CERTIFICATE_VERIFY_FAILED" in detail:
            message = translate(
                "ApiError",
                "The connection to {service} is not secure: its certificate is not trusted.",
            )
        elif never_sent:
            message = translate(
                "ApiError", "Could not reach {service}. Check the network connection."
            )
        else:
            message = translate(
                "ApiError",
                "The connection to {service} was lost. Check the network and try again.",
            )
        return NetworkError(
            message.format(service=name),
            service=self.service,
            maybe_sent=not never_sent,
            detail=detail,
        )

    def _note_rate_limit(self, response: httpx.Response) -> None:
        known = parse_rate_limit(response.headers, self.now())
        if known is not None:
            self.rate_limit = known
        elif response.status_code == 429:
            wait = _retry_after(response.headers) or FALLBACK_WAIT
            limit = self.rate_limit.limit if self.rate_limit else 0
            self.rate_limit = RateLimit(limit=limit, remaining=0, reset_at=self.now() + wait)

    def _checked(self, response: httpx.Response) -> httpx.Response:
        if response.is_success:
            return response
        raise self.error_from(response, response.status_code)

    def error_from(self, response: httpx.Response, status: int) -> ApiError:
        """The error ``response`` stands for, read as if it had ``status``."""
        try:
            body: object = json.loads(self.redact(response.content.decode("utf-8", "replace")))
        except (ValueError, RecursionError):
            body = None
        reset_at = self.rate_limit.reset_at if self.rate_limit else self.now() + FALLBACK_WAIT
        return error_for_response(self.service, status, body, reset_at=reset_at)

    def json(self, response: httpx.Response, expected: str) -> object:
        """The answer's JSON, or ``ProtocolError`` saying ``expected``."""
        try:
            return json.loads(response.content)
        except (ValueError, RecursionError):
            kind = response.headers.get("content-type", "no content type")
            raise self.protocol_error(expected, f"not JSON ({kind})") from None

    def parse(self, adapter: pydantic.TypeAdapter[M], data: object, expected: str) -> M:
        """``data`` as ``adapter``'s type, or ``ProtocolError`` saying ``expected``."""
        try:
            return adapter.validate_python(data)
        except pydantic.ValidationError as exc:
            raise self.protocol_error(expected, _summary(exc)) from None

    def protocol_error(self, expected: str, detail: str) -> ProtocolError:
        name = SERVICE_NAMES[self.service]
        return ProtocolError(
            translate(
                "ApiError", "{service} sent an answer Front Desk cannot read (expected {what})."
            ).format(service=name, what=translate("ApiExpected", expected)),
            service=self.service,
            detail=self.redact(detail),
        )


class ClientBase:
    """What every client shares: the async context manager, ``rate_limit``, a safe ``repr``."""

    _http: HttpLayer

    @property
    def rate_limit(self) -> RateLimit | None:
        """The last ``X-RateLimit-*`` headers seen (None before the first answer)."""
        return self._http.rate_limit

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self._http.base_url)!r})"


class BearerClient(ClientBase):
    """A client whose key goes in ``Authorization: Bearer`` (WorkTime One, WorkTaps)."""

    service: Service

    def __init__(
        self,
        base_url: str,
        api_key: str,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        **options: Unpack[HttpOptions],
    ) -> None:
        self._key = Secret(api_key)
        self._http = HttpLayer(
            self.service, base_url, auth=self._auth, transport=transport, **options
        )
        self._http.keep_secret("api_key", self._key)

    def _auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._key.reveal()}"}


def _summary(exc: pydantic.ValidationError) -> str:
    """Where and why validation failed, without echoing the values."""
    parts = [
        f"{'.'.join(str(p) for p in error['loc']) or 'body'}: {error['msg']}"
        for error in exc.errors(include_url=False, include_input=False)[:3]
    ]
    return "; ".join(parts)


def parse_rate_limit(headers: httpx.Headers, now: datetime) -> RateLimit | None:
    """The ``X-RateLimit-*`` headers, or None when absent or not numbers."""
    try:
        limit = int(headers["x-ratelimit-limit"])
        remaining = int(headers["x-ratelimit-remaining"])
        reset = int(float(headers["x-ratelimit-reset"]))
    except (KeyError, ValueError, OverflowError):
        return None
    try:
        # The contract says epoch seconds; a small number can only be seconds from now.
        reset_at = (
            datetime.fromtimestamp(reset, UTC)
            if reset > 1_000_000_000
            else now + timedelta(seconds=max(0, reset))
        )
    except (ValueError, OverflowError, OSError):
        reset_at = now + RATE_WINDOW  # beyond any date: far in the future, clamped below
    if reset_at > now + RATE_WINDOW:
        log.warning(
            "X-RateLimit-Reset %s is more than the documented hour away; using an hour", reset
        )
        reset_at = now + RATE_WINDOW
    return RateLimit(limit=limit, remaining=max(0, remaining), reset_at=reset_at)


def _retry_after(headers: httpx.Headers) -> timedelta | None:
    try:
        seconds = float(headers["retry-after"])
    except (KeyError, ValueError):
        return None
    if seconds > RATE_WINDOW.total_seconds():
        log.warning("Retry-After %s s is more than the documented hour; using an hour", seconds)
    return timedelta(seconds=min(max(0.0, seconds), RATE_WINDOW.total_seconds()))
