"""WorkTaps' records (camelCase on the wire, snake_case here) and the bodies it takes."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel

from ._base import OptionalDate, OptionalTimestamp, Record

Role = Literal["EMPLOYEE", "MANAGER", "OWNER"]
ROLES = frozenset(("EMPLOYEE", "MANAGER", "OWNER"))


class _Camel(Record):
    model_config = ConfigDict(alias_generator=to_camel)


class Department(_Camel):
    id: str
    name: str | None = None
    slug: str | None = None


class Location(_Camel):
    id: str
    name: str | None = None
    slug: str | None = None
    website: str | None = None
    phone: str | None = None
    street: str | None = None
    city: str | None = None
    postal: str | None = None
    state: str | None = None
    about: str | None = None
    areacode: str | None = None
    timezone: str | None = None


class Meta(BaseModel):
    """An account's meta fields: ``jobTitle`` and ``startDate``, plus any the organization added
    (in ``model_extra``). As input, every value is at most 100 characters."""

    model_config = ConfigDict(
        extra="allow", frozen=True, alias_generator=to_camel, populate_by_name=True
    )

    job_title: str | None = None
    start_date: OptionalDate = None


class Account(_Camel):
    id: int
    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    phone: str | None = None
    created: OptionalTimestamp = None
    start_date: OptionalDate = None
    city: str | None = None
    state: str | None = None
    street: str | None = None
    postal: str | None = None
    birth_date: OptionalDate = None
    employee_id: str | None = None
    timezone: str | None = None
    role: str | None = None
    job_title: str | None = None
    department: Department | None = None
    locations: list[Location] = Field(default_factory=list)
    meta: Meta = Field(default_factory=Meta)


class _Input(BaseModel):
    model_config = ConfigDict(
        extra="forbid", frozen=True, alias_generator=to_camel, populate_by_name=True
    )

    def to_json(self) -> dict[str, Any]:
        """The vendor's JSON body: camelCase, unset fields left out."""
        return self.model_dump(mode="json", by_alias=True, exclude_none=True)


class AccountInput(_Input):
    """The body of a create or an update: ``department`` is an id, ``locations`` a list of ids.

    On create, the vendor requires the names, an email or a phone, the timezone, the role,
    ``meta.jobTitle`` and ``meta.startDate``, the department and a location; on update,
    give only what changes."""

    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    phone: str | None = None
    city: str | None = None
    state: str | None = None
    street: str | None = None
    postal: str | None = None
    birth_date: OptionalDate = None
    employee_id: str | None = None
    timezone: str | None = None
    role: Role | None = None
    meta: Meta | None = None
    department: str | None = None
    locations: list[str] | None = None

    @classmethod
    def from_account(cls, account: Account) -> AccountInput:
        """Everything an account holds, as a body (to edit and send back)."""
        return cls(
            **account.model_dump(include=_COPIED_AS_IS),
            role=account.role if account.role in ROLES else None,
            meta=account.meta,
            department=account.department.id if account.department else None,
            locations=[location.id for location in account.locations] or None,
        )


_COPIED_AS_IS = set(AccountInput.model_fields) - {"role", "meta", "department", "locations"}


class LocationInput(_Input):
    """The body of a location create (``name`` required there) or update."""

    name: str | None = None
    website: str | None = None
    phone: str | None = None
    street: str | None = None
    city: str | None = None
    postal: str | None = None
    state: str | None = None
    about: str | None = None
    areacode: str | None = None
    timezone: str | None = None
