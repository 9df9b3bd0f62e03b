"""Demo credentials the sandbox accepts. They open nothing but the sandbox.

They are listed by ``python -m desktop.sandbox --help`` and in the README, and
used by demo mode (held in memory only) and by the tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Scope = Literal["read", "read_write", "full"]
Plan = Literal["free", "paid", "enterprise"]

SCOPES: tuple[Scope, ...] = ("read", "read_write", "full")
PLANS: dict[Plan, int] = {"free": 100, "paid": 1_000, "enterprise": 10_000}

# WorkTaps and WorQ document no plans; the sandbox still limits them per key
# per hour (with the same headers) so a runaway loop is caught in tests.
WORKTAPS_HOURLY_LIMIT = 10_000
WORQ_HOURLY_LIMIT = 1_000


@dataclass(frozen=True, slots=True)
class WorkTimeKey:
    key: str
    scope: Scope
    plan: Plan

    @property
    def limit(self) -> int:
        return PLANS[self.plan]


def worktime_key(scope: Scope = "full", plan: Plan = "paid") -> str:
    return f"demo-wt1-{scope.replace('_', '')}-{plan}"


WORKTIME_KEYS: dict[str, WorkTimeKey] = {
    worktime_key(scope, plan): WorkTimeKey(worktime_key(scope, plan), scope, plan)
    for scope in SCOPES
    for plan in PLANS
}

WORKTAPS_KEY = "demo-worktaps-key"
WORKTAPS_READONLY_KEY = "demo-worktaps-readonly-key"
WORKTAPS_KEYS: dict[str, bool] = {WORKTAPS_KEY: True, WORKTAPS_READONLY_KEY: False}
"""WorkTaps key -> may it write. A read-only key gets 40000 on writes."""

WORQ_PARTNER_NAME = "frontdesk-demo"
WORQ_PARTNER_KEY = "demo-worq-partner-key"
WORQ_CUSTOMER_CODE = "DEMO01"

WEBHOOK_SECRET = "demo-webhook-secret"  # noqa: S105 - opens the sandbox only


def describe() -> str:
    """The demo credentials as text, for --help and the README."""
    lines = ["WorkTime One API keys (Authorization: Bearer KEY), by scope and plan:"]
    for key in WORKTIME_KEYS.values():
        lines.append(f"  {key.key:<34} scope={key.scope:<10} plan={key.plan} ({key.limit}/hour)")
    lines += [
        "WorkTaps API keys (HTTP Basic user name, empty password, or Bearer):",
        f"  {WORKTAPS_KEY:<34} read and write",
        f"  {WORKTAPS_READONLY_KEY:<34} read only (writes answer 40000)",
        "WorQ:",
        f"  partner_name={WORQ_PARTNER_NAME}  partner_key={WORQ_PARTNER_KEY}"
        f"  customer_code={WORQ_CUSTOMER_CODE}",
        f"Webhook signing secret: {WEBHOOK_SECRET}",
    ]
    return "\n".join(lines)
