"""WorQ: HR's employee data, behind a 30-minute access token the client keeps fresh."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import date, datetime, timedelta
from typing import Any, TypeVar, Unpack

import httpx
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from desktop.words import QT_TRANSLATE_NOOP

from ._base import Page, walk
from ._http import ClientBase, HttpLayer, HttpOptions, Secret
from .errors import AuthError
from .models import WorqEmployee

T = TypeVar("T")
RENEW_MARGIN = 120.0  # seconds before expiry a token is replaced
SESSION_ERRORS = ("token_expired", "invalid_token")
ENVELOPE = QT_TRANSLATE_NOOP("ApiExpected", 'a JSON object with "status", "messages" and "result"')


class _Envelope(BaseModel):
    model_config = ConfigDict(extra="ignore")

    status: str
    messages: list[Any] = Field(default_factory=list)
    result: Any = None


class _Token(BaseModel):
    token: str = Field(min_length=1)
    expires_in: float = Field(default=1800, ge=0, le=366 * 86400)


class _EmployeeData(BaseModel):
    model_config = ConfigDict(extra="ignore")

    employees: list[WorqEmployee]
    page: int = 1
    per_page: int = Field(default=50, ge=1)
    total: int | None = None
    total_pages: int | None = None


_ENVELOPE = TypeAdapter(_Envelope)
_TOKEN = TypeAdapter(_Token)
_EMPLOYEE_DATA = TypeAdapter(_EmployeeData)


class WorqClient(ClientBase):
    """``async with WorqClient(url, partner_name, partner_key, customer_code) as client:``
    ``async for person in client.iter_employee_data(start, end): ...``"""

    def __init__(
        self,
        base_url: str,
        partner_name: str,
        partner_key: str,
        customer_code: str,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        **options: Unpack[HttpOptions],
    ) -> None:
        self._partner_name = partner_name
        self._partner_key = Secret(partner_key)
        self._customer_code = customer_code
        self._http = HttpLayer("worq", base_url, transport=transport, **options)
        self._http.keep_secret("partner_key", self._partner_key)
        self._token: Secret | None = None
        self._renew_at: datetime | None = None
        self._renewing = asyncio.Lock()  # concurrent pages share one renewal

    async def get_employee_data(
        self,
        start_date: date,
        end_date: date,
        page: int = 1,
        employee_id: str | None = None,
    ) -> Page[WorqEmployee]:
        """One page of the employees created or updated between the dates."""
        token = await self._session()
        try:
            return await self._employee_page(token, start_date, end_date, page, employee_id)
        except AuthError as exc:
            if exc.code not in SESSION_ERRORS:
                raise
            if self._token is token:  # the server says it is stale: renew once, try again
                self._token = None
            token = await self._session()
            return await self._employee_page(token, start_date, end_date, page, employee_id)

    def iter_employee_data(
        self, start_date: date, end_date: date, employee_id: str | None = None
    ) -> AsyncIterator[WorqEmployee]:
        """Every page; a token that runs out midway is renewed and the walk goes on."""
        return walk(lambda n: self.get_employee_data(start_date, end_date, n, employee_id))

    async def _employee_page(
        self, token: Secret, start_date: date, end_date: date, page: int, employee_id: str | None
    ) -> Page[WorqEmployee]:
        body: dict[str, Any] = {
            "token": token.reveal(),
            "customer_code": self._customer_code,
            "start_date": start_date.isoformat(),
            "end_date": end_date.isoformat(),
            "page": page,
        }
        if employee_id is not None:
            body["employee_id"] = employee_id
        data = await self._call(
            "/get-employee-data",
            body,
            _EMPLOYEE_DATA,
            QT_TRANSLATE_NOOP("ApiExpected", "employee data"),
        )
        total = data.total if data.total is not None else _total(data)
        return Page(items=data.employees, page=data.page, limit=data.per_page, total=total)

    async def _session(self) -> Secret:
        """The current token, renewed first when it is missing or about to run out."""
        async with self._renewing:
            token, renew_at = self._token, self._renew_at
            if token is None or renew_at is None or self._http.now() >= renew_at:
                token = await self._renew()
            return token

    async def _renew(self) -> Secret:
        body = {"partner_name": self._partner_name, "partner_key": self._partner_key.reveal()}
        issued = await self._call(
            "/get-access-token", body, _TOKEN, QT_TRANSLATE_NOOP("ApiExpected", "an access token")
        )
        self._token = Secret(issued.token)
        self._http.keep_secret("token", self._token)
        margin = min(RENEW_MARGIN, issued.expires_in / 10)
        self._renew_at = self._http.now() + timedelta(seconds=issued.expires_in - margin)
        return self._token

    async def _call(
        self, path: str, body: dict[str, Any], adapter: TypeAdapter[T], expected: str
    ) -> T:
        """A read POST (safe to retry); the ``result`` of a successful envelope."""
        response = await self._http.request("POST", path, json_body=body, safe=True)
        data = self._http.json(response, ENVELOPE)
        envelope = self._http.parse(_ENVELOPE, data, ENVELOPE)
        if envelope.status != "success":
            # WorQ may say "error" with a 200: the messages tell what went wrong.
            raise self._http.error_from(response, 400)
        return self._http.parse(adapter, envelope.result, expected)


def _total(data: _EmployeeData) -> int:
    if data.total_pages is not None:
        return data.total_pages * data.per_page
    return (data.page - 1) * data.per_page + len(data.employees)
