"""What a directory row's actions start from: forms filled in from the WorQ record.

HR (WorQ) is where a person starts, so a missing WorkTaps account or WorkTime One
employee is drafted from HR's record: names, email, phone (E.164), employee id, the
department and location matched by name, the job title and the start date. The
manager checks and completes the form; nothing is sent from here.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.api import Department, Location
from desktop.services.accounts.draft import AccountDraft
from desktop.services.accounts.formats import normalize_phone
from desktop.services.directory.employees import EmployeeDraft
from desktop.store import WorqPerson

DEFAULT_ROLE = "EMPLOYEE"


def _by_name(name: str | None, named: Sequence[tuple[str, str]]) -> str:
    wanted = (name or "").strip().casefold()
    return next((key for key, label in named if wanted and label.casefold() == wanted), "")


def account_draft(
    hr: WorqPerson,
    departments: Sequence[Department],
    locations: Sequence[Location],
    timezone: str = "",
) -> AccountDraft:
    """A WorkTaps account from the WorQ record; ``timezone``: when the location gives none."""
    location_id = _by_name(hr.location, [(loc.id, loc.name or "") for loc in locations])
    location = next((loc for loc in locations if loc.id == location_id), None)
    return AccountDraft(
        first_name=hr.first_name,
        last_name=hr.last_name,
        email=hr.email or "",
        phone=normalize_phone(hr.phone or "") or (hr.phone or ""),
        employee_id=hr.employee_id,
        timezone=(location.timezone if location else None) or timezone,
        role=DEFAULT_ROLE,
        department_id=_by_name(hr.department, [(d.id, d.name or "") for d in departments]),
        location_ids=(location_id,) if location_id else (),
        job_title=hr.designation or "",
        start_date=hr.start_date.isoformat() if hr.start_date else "",
    )


def employee_draft(hr: WorqPerson, departments: Sequence[tuple[str, str]]) -> EmployeeDraft:
    """A WorkTime One employee from the WorQ record (no salary: HR's is not imported)."""
    return EmployeeDraft(
        name=hr.name,
        email=hr.email or "",
        department_id=_by_name(hr.department, departments),
        position=hr.designation or "",
        start_date=hr.start_date.isoformat() if hr.start_date else "",
    )
