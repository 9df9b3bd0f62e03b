"""The outbox's kinds of entry, one registry per service (and so per sender).

``CLOCK_KINDS`` (WorkTime One): ``clock_correction``. ``WORKTIME_KINDS`` (WorkTime One,
what its sender takes): those and ``employee_create``, ``employee_update``,
``employee_delete``, ``employee_restore``. ``WORKTAPS_KINDS`` (WorkTaps):
``account_create``, ``account_update``, ``account_delete``, ``location_create``,
``location_update``. Each kind says how to send an entry and how to tell, when the
answer was lost, whether it landed (``outbox_kind.Kind``); the sender does the rest.
"""

from __future__ import annotations

from types import MappingProxyType

from desktop.api import WorkTapsClient, WorkTimeClient

from .account_kinds import ACCOUNT_CREATE, ACCOUNT_DELETE, ACCOUNT_UPDATE
from .clock_kind import CLOCK_CORRECTION
from .employee_kinds import EMPLOYEE_KINDS
from .landed import Verdict
from .location_kinds import LOCATION_CREATE, LOCATION_UPDATE
from .outbox_kind import Calls, Kind, Payload, Registry, Sent, registry

CLOCK_KINDS: Registry[WorkTimeClient] = MappingProxyType(registry([CLOCK_CORRECTION]))
WORKTIME_KINDS: Registry[WorkTimeClient] = MappingProxyType(
    registry([*CLOCK_KINDS.values(), *EMPLOYEE_KINDS])
)
WORKTAPS_KINDS: Registry[WorkTapsClient] = MappingProxyType(
    registry([ACCOUNT_CREATE, ACCOUNT_UPDATE, ACCOUNT_DELETE, LOCATION_CREATE, LOCATION_UPDATE])
)

__all__ = [
    "CLOCK_KINDS",
    "WORKTAPS_KINDS",
    "WORKTIME_KINDS",
    "Calls",
    "Kind",
    "Payload",
    "Registry",
    "Sent",
    "Verdict",
    "registry",
]
