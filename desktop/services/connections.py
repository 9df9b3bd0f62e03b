"""The three services for one connection profile: long-lived clients and what a key can do.

``Connections`` holds one client per configured service for the life of the
console (each new client would rebuild its TLS context). ``check`` answers
"Test connection": the organization, what the key may do, the plan, and the
requests left this hour. Probing what a key may do uses writes that cannot
change anything (an update and a delete of an id that does not exist): the
service checks the key's scope before it looks for the record.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import TracebackType
from typing import TYPE_CHECKING

from desktop.api import (
    ApiError,
    RateLimit,
    WorkTapsClient,
    WorkTimeClient,
    WorqClient,
)
from desktop.config import ConnectionProfile
from desktop.log import redactor
from desktop.services.status import SERVICE_TITLES, Service, ServiceHealth
from desktop.words import QT_TRANSLATE_NOOP, number, translate

if TYPE_CHECKING:
    import httpx  # a test's transport: typed only, the clients own httpx

# Neither vendor tells a key's scope without a write, and a probe write (a PUT and a DELETE
# on every start) is noise in the vendor's audit trail and three requests of a budget of
# 100 an hour. So a key may write until a real write is refused with a 403: then writes
# turn off with the vendor's reason, remembered with the connection (``refused_writes``).
UNTRIED = QT_TRANSLATE_NOOP("Connections", "writes allowed until refused")
PLANS = {
    100: QT_TRANSLATE_NOOP("Connections", "free plan"),
    1_000: QT_TRANSLATE_NOOP("Connections", "paid plan"),
    10_000: QT_TRANSLATE_NOOP("Connections", "enterprise plan"),
}


@dataclass(frozen=True)
class Keys:
    """The keys of one profile, in memory only (from the keyring, or the demo's)."""

    worktime: str | None = field(default=None, repr=False)
    worktaps: str | None = field(default=None, repr=False)
    worq_partner: str | None = field(default=None, repr=False)
    webhook_secret: str | None = field(default=None, repr=False)


@dataclass(frozen=True, slots=True)
class CheckResult:
    service: Service
    ok: bool
    summary: str
    organization: str | None = None
    can_write: bool | None = None
    can_delete: bool | None = None
    rate_limit: RateLimit | None = None
    timezone: str | None = None  # the organization's (WorkTime One)

    @property
    def title(self) -> str:
        return SERVICE_TITLES[self.service]


def plan_name(limit: int) -> str:
    if limit in PLANS:
        return translate("Connections", PLANS[limit])
    return translate("Connections", "%Ln requests an hour", "", limit)


def requests_left(rate: RateLimit | None, now: datetime) -> str:
    if rate is None:
        return ""
    minutes = max(0, round((rate.reset_at - now).total_seconds() / 60))
    remaining = rate.remaining
    return translate(
        "Connections",
        "%Ln of {limit} requests left this hour (resets in {minutes} min)",
        "",
        remaining,
    ).format(limit=number(rate.limit), minutes=minutes)


class Connections:
    def __init__(
        self,
        profile: ConnectionProfile,
        keys: Keys,
        health: ServiceHealth | None = None,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.profile = profile
        self.health = health or ServiceHealth()
        self.keys = keys
        for key in (keys.worktime, keys.worktaps, keys.worq_partner, keys.webhook_secret):
            if key:
                redactor.add(key)  # typed or demo keys never passed through the keyring
        self.worktime = (
            WorkTimeClient(profile.worktime_url, keys.worktime, transport=transport)
            if keys.worktime
            else None
        )
        self.worktaps = (
            WorkTapsClient(profile.worktaps_url, keys.worktaps, transport=transport)
            if keys.worktaps
            else None
        )
        ready = keys.worq_partner and profile.worq_partner_name and profile.worq_customer_code
        self.worq = (
            WorqClient(
                profile.worq_url,
                profile.worq_partner_name,
                keys.worq_partner or "",
                profile.worq_customer_code,
                transport=transport,
            )
            if ready
            else None
        )

    def configured(self) -> list[Service]:
        clients: dict[Service, object] = {
            "worktime": self.worktime,
            "worktaps": self.worktaps,
            "worq": self.worq,
        }
        return [service for service, client in clients.items() if client is not None]

    async def aclose(self) -> None:
        for client in (self.worktime, self.worktaps, self.worq):
            if client is not None:
                await client.aclose()

    async def __aenter__(self) -> Connections:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def check_all(self) -> dict[Service, CheckResult]:
        return {service: await self.check(service) for service in self.configured()}

    async def check(self, service: Service) -> CheckResult:
        try:
            if service == "worktime":
                result = await self._check_worktime()
            elif service == "worktaps":
                result = await self._check_worktaps()
            else:
                result = await self._check_worq()
        except ApiError as exc:
            self.health.failed(service, exc, self._rate(service))
            return CheckResult(service, False, exc.message, rate_limit=self._rate(service))
        self.health.succeeded(service, result.rate_limit)
        if result.can_write is not None:  # WorQ: nothing to write; the others: not probed
            reason = (
                ""
                if result.can_write
                else translate("Connections", "This key can only read: writes are turned off.")
            )
            self.health.set(service, can_write=result.can_write, read_only_reason=reason)
        return result

    def _rate(self, service: Service) -> RateLimit | None:
        client = {"worktime": self.worktime, "worktaps": self.worktaps, "worq": self.worq}[service]
        return client.rate_limit if client is not None else None

    async def _check_worktime(self) -> CheckResult:
        client = self.worktime
        assert client is not None
        org = await client.organization()
        rate = client.rate_limit
        parts = [org.name, translate("Connections", UNTRIED)]
        if rate is not None:
            parts += [plan_name(rate.limit), requests_left(rate, datetime.now(UTC))]
        return CheckResult(
            "worktime", True, " · ".join(parts), org.name, None, None, rate, org.timezone
        )

    async def _check_worktaps(self) -> CheckResult:
        client = self.worktaps
        assert client is not None
        departments = await client.list_departments(limit=1)
        total = departments.total
        summary = translate("Connections", "%Ln department(s) · {writes}", "", total).format(
            writes=translate("Connections", UNTRIED)
        )
        return CheckResult("worktaps", True, summary, None, None, None, client.rate_limit)

    async def _check_worq(self) -> CheckResult:
        client = self.worq
        assert client is not None
        today = datetime.now(UTC).date()
        await client.get_employee_data(today, today, 1)
        summary = translate(
            "Connections", "partner {partner} · customer {customer} · {environment} environment"
        ).format(
            partner=self.profile.worq_partner_name,
            customer=self.profile.worq_customer_code,
            environment=self.profile.worq_environment,
        )
        return CheckResult("worq", True, summary, None, False, False, client.rate_limit)


async def try_connections(profile: ConnectionProfile, keys: Keys) -> dict[Service, CheckResult]:
    """Ask each service with these keys on clients of their own, closed after (the setup
    dialog's Test: nothing of the running session changes)."""
    async with Connections(profile, keys) as trial:
        return await trial.check_all()
