"""WorkTaps: employee accounts, departments and locations."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Mapping
from datetime import date
from typing import Any, Generic, TypeVar
from urllib.parse import quote

from pydantic import BaseModel, ConfigDict, TypeAdapter

from desktop.words import QT_TRANSLATE_NOOP

from ._base import Page, walk
from ._http import BearerClient, Params
from .errors import Service
from .models import Account, AccountInput, Department, Location, LocationInput

T = TypeVar("T")
MAX_PAGE_SIZE = 1000
DEFAULT_PAGE_SIZE = 100


class _Listing(BaseModel, Generic[T]):
    """``{total, records}``; without ``total`` the records are all there is."""

    model_config = ConfigDict(extra="ignore")

    records: list[T]
    total: int | None = None


class _Removed(BaseModel):
    removed: bool


_ACCOUNT = TypeAdapter(Account)
_LOCATION = TypeAdapter(Location)
_REMOVED = TypeAdapter(_Removed)
_ACCOUNTS = (TypeAdapter(_Listing[Account]), TypeAdapter(list[Account]))
_DEPARTMENTS = (TypeAdapter(_Listing[Department]), TypeAdapter(list[Department]))
_LOCATIONS = (TypeAdapter(_Listing[Location]), TypeAdapter(list[Location]))


class WorkTapsClient(BearerClient):
    """``async with WorkTapsClient(base_url, api_key) as client: ...``; lists page up to 1000."""

    service: Service = "worktaps"

    # -- accounts -----------------------------------------------------------------------

    async def list_accounts(
        self,
        page: int = 1,
        limit: int = DEFAULT_PAGE_SIZE,
        *,
        email: str | None = None,
        phone: str | None = None,
        location: str | int | None = None,
        meta: Mapping[str, str] | None = None,
    ) -> Page[Account]:
        """One page (``limit`` 1 to 1000). ``email`` matches exactly, ``phone`` in any
        formatting, ``meta`` when every key matches."""
        params = _params(
            page=page,
            limit=limit,
            email=email,
            phone=phone,
            location=location,
            meta=json.dumps(dict(meta), separators=(",", ":")) if meta is not None else None,
        )
        return await self._page(
            "/accounts", params, _ACCOUNTS, QT_TRANSLATE_NOOP("ApiExpected", "a list of accounts")
        )

    def iter_accounts(
        self,
        *,
        email: str | None = None,
        phone: str | None = None,
        location: str | int | None = None,
        meta: Mapping[str, str] | None = None,
    ) -> AsyncIterator[Account]:
        return walk(
            lambda n: self.list_accounts(
                n, MAX_PAGE_SIZE, email=email, phone=phone, location=location, meta=meta
            )
        )

    async def get_account(self, account_id: int | str) -> Account:
        return await self._one(
            "GET",
            f"/account/{_id(account_id)}",
            _ACCOUNT,
            QT_TRANSLATE_NOOP("ApiExpected", "an account"),
        )

    async def create_account(self, account: AccountInput) -> Account:
        return await self._one(
            "POST",
            "/account",
            _ACCOUNT,
            QT_TRANSLATE_NOOP("ApiExpected", "the new account"),
            body=account.to_json(),
        )

    async def update_account(self, account_id: int | str, changes: AccountInput) -> Account:
        """Changes only the fields set in ``changes``."""
        path = f"/account/{_id(account_id)}"
        return await self._one(
            "PUT",
            path,
            _ACCOUNT,
            QT_TRANSLATE_NOOP("ApiExpected", "the account"),
            body=changes.to_json(),
        )

    async def delete_account(self, account_id: int | str, term_date: date) -> None:
        """Removes the account; ``term_date`` is the last day of work (not in the future)."""
        # Not strftime's %Y: it does not pad a year before 1000 to four digits everywhere.
        body = {"termDate": f"{term_date:%m/%d}/{term_date.year:04d}"}
        path = f"/account/{_id(account_id)}"
        answer = await self._one("DELETE", path, _REMOVED, '{"removed": true}', body=body)
        if not answer.removed:
            raise self._http.protocol_error('{"removed": true}', '"removed" is false')

    # -- departments and locations -----------------------------------------------------

    async def list_departments(self, page: int = 1, limit: int = MAX_PAGE_SIZE) -> Page[Department]:
        params = _params(page=page, limit=limit)
        return await self._page(
            "/departments",
            params,
            _DEPARTMENTS,
            QT_TRANSLATE_NOOP("ApiExpected", "a list of departments"),
        )

    def iter_departments(self) -> AsyncIterator[Department]:
        return walk(lambda n: self.list_departments(n, MAX_PAGE_SIZE))

    async def list_locations(self, page: int = 1, limit: int = MAX_PAGE_SIZE) -> Page[Location]:
        params = _params(page=page, limit=limit)
        return await self._page(
            "/locations",
            params,
            _LOCATIONS,
            QT_TRANSLATE_NOOP("ApiExpected", "a list of locations"),
        )

    def iter_locations(self) -> AsyncIterator[Location]:
        return walk(lambda n: self.list_locations(n, MAX_PAGE_SIZE))

    async def create_location(self, location: LocationInput) -> Location:
        """``location.name`` is required here."""
        return await self._one(
            "POST",
            "/locations",
            _LOCATION,
            QT_TRANSLATE_NOOP("ApiExpected", "the new location"),
            body=location.to_json(),
        )

    async def update_location(self, location_id: int | str, changes: LocationInput) -> Location:
        path = f"/locations/{_id(location_id)}"
        return await self._one(
            "PUT",
            path,
            _LOCATION,
            QT_TRANSLATE_NOOP("ApiExpected", "the location"),
            body=changes.to_json(),
        )

    # -- plumbing -------------------------------------------------------------------------

    async def _one(
        self,
        method: str,
        path: str,
        adapter: TypeAdapter[T],
        expected: str,
        *,
        body: dict[str, Any] | None = None,
    ) -> T:
        response = await self._http.request(method, path, json_body=body)
        return self._http.parse(adapter, self._http.json(response, expected), expected)

    async def _page(
        self,
        path: str,
        params: Params,
        adapters: tuple[TypeAdapter[_Listing[T]], TypeAdapter[list[T]]],
        expected: str,
    ) -> Page[T]:
        response = await self._http.request("GET", path, params=params)
        data = self._http.json(response, expected)
        if isinstance(data, list):
            return Page.single(self._http.parse(adapters[1], data, expected))
        listing = self._http.parse(adapters[0], data, f'{{"total", "records"}}: {expected}')
        page, limit = int(params["page"]), int(params["limit"])
        seen = (page - 1) * limit + len(listing.records)
        total = seen if listing.total is None else listing.total
        return Page(items=listing.records, page=page, limit=limit, total=total)


def _id(value: int | str) -> str:
    return quote(str(value), safe="")


def _params(**values: str | int | None) -> dict[str, str | int]:
    return {k: v for k, v in values.items() if v is not None}
