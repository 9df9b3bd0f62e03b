"""The directory: one row per person across WorkTime One, WorkTaps and WorQ, and where
the three disagree.

Plain functions over what the store holds: WorkTime One's employees (no salary),
WorkTaps' accounts and WorQ's imported records. ``build`` matches them into people
(``directory_match``: by email, then employee id, then phone) and lists each
person's disagreements, each in plain words:

- missing in a system (not for a leaver, nor for someone deleted in WorkTime One:
  those are expected to be gone);
- a different phone (WorkTaps' against WorQ's; WorkTime One keeps none), department
  or email between the systems that have the person;
- a status that differs: inactive or deleted in WorkTime One while WorQ or
  WorkTaps still has them active;
- a leaver (exited in WorQ, or past their date of exit) still active in WorkTime
  One or still holding a WorkTaps account, and one still opening doors after their
  leave date (from the lock events: ``doors``);
- a WorkTaps account with neither email nor employee id (only its phone ties it
  to anyone).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal, Protocol, TypeVar

from desktop.api import Account
from desktop.services.directory.match import (
    METHOD_NAMES,
    SYSTEM_NAMES,
    Keys,
    Link,
    Method,
    System,
    email_key,
    keys,
    match,
    phone_key,
    weakest,
)
from desktop.services.leavers import REVOKE_WHERE, Leaver
from desktop.words import QT_TRANSLATE_NOOP, clock, day, translate

ProblemKind = Literal[
    "missing_in_worktime",
    "missing_in_worktaps",
    "missing_in_worq",
    "phone_differs",
    "department_differs",
    "email_differs",
    "status_differs",
    "leaver_still_active",
    "opening_doors",
    "phone_only",
]
# English, marked: said with ``translate("Problem", title)`` where shown.
PROBLEM_TITLES: dict[ProblemKind, str] = {
    "missing_in_worktime": QT_TRANSLATE_NOOP("Problem", "Not in WorkTime One"),
    "missing_in_worktaps": QT_TRANSLATE_NOOP("Problem", "No WorkTaps account"),
    "missing_in_worq": QT_TRANSLATE_NOOP("Problem", "Not in WorQ"),
    "phone_differs": QT_TRANSLATE_NOOP("Problem", "Phone differs"),
    "department_differs": QT_TRANSLATE_NOOP("Problem", "Department differs"),
    "email_differs": QT_TRANSLATE_NOOP("Problem", "Email differs"),
    "status_differs": QT_TRANSLATE_NOOP("Problem", "Status differs"),
    "leaver_still_active": QT_TRANSLATE_NOOP("Problem", "Leaver still active"),
    "opening_doors": QT_TRANSLATE_NOOP("Problem", "Leaver opening doors"),
    "phone_only": QT_TRANSLATE_NOOP("Problem", "Matched by phone only"),
}
T = TypeVar("T")
PHONE_ONLY = QT_TRANSLATE_NOOP(
    "Problem",
    "WorkTaps has no email or employee id for them; only the phone ties the account to them.",
)
EXITED = frozenset({"exited", "inactive", "terminated", "left", "resigned"})


@dataclass(frozen=True, slots=True)
class Opening:
    """A door a leaver opened: when, which lock, and the event (to show it on Locks)."""

    at: datetime
    lock: str = ""  # the lock's name ("" when the store does not know it)
    lock_id: str = ""
    event_id: str = ""


# The employee's WorkTime One id and their date of exit -> their last door opening
# after that day, or None.
DoorLookup = Callable[[str, date], "Opening | None"]


class WorkTimeRecord(Protocol):
    """A WorkTime One employee as the store keeps one (``EmployeeRow``)."""

    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def email(self) -> str | None: ...
    @property
    def department(self) -> str | None: ...
    @property
    def status(self) -> str: ...


class HrRecord(Protocol):
    """A WorQ employee as imported (the store's ``WorqPerson``)."""

    @property
    def employee_id(self) -> str: ...
    @property
    def first_name(self) -> str: ...
    @property
    def last_name(self) -> str: ...
    @property
    def email(self) -> str | None: ...
    @property
    def phone(self) -> str | None: ...
    @property
    def department(self) -> str | None: ...
    @property
    def status(self) -> str | None: ...
    @property
    def end_date(self) -> date | None: ...


@dataclass(frozen=True, slots=True)
class Problem:
    kind: ProblemKind
    text: str
    opening: Opening | None = None  # a leaver's door opening, to show on Locks

    @property
    def title(self) -> str:
        return translate("Problem", PROBLEM_TITLES[self.kind])


@dataclass(frozen=True, slots=True)
class Person:
    """One row of the directory."""

    name: str
    worktime: WorkTimeRecord | None
    worktaps: Account | None
    worq: HrRecord | None
    links: tuple[Link, ...]
    problems: tuple[Problem, ...]

    @property
    def method(self) -> Method:
        """How the row was put together: its weakest link."""
        return weakest(self.links)

    def match_text(self) -> str:
        """``WorkTaps by employee id (10001)``; ``one system`` for a record alone."""
        joined = [link for link in self.links if link.method != "first"]
        if not joined:
            return translate("Match", "one system")
        by = translate("Match", "{system} by {method}")
        parts = [
            by.format(
                system=SYSTEM_NAMES[x.system], method=translate("Match", METHOD_NAMES[x.method])
            )
            for x in joined
        ]
        return "; ".join(parts)

    def kinds(self) -> set[ProblemKind]:
        return {problem.kind for problem in self.problems}

    def email(self) -> str | None:
        for found in (self.worq, self.worktime, self.worktaps):
            if found is not None and found.email:
                return found.email
        return None

    def leaver(self, today: date) -> bool:
        return is_leaver(self.worq, today)

    def search_text(self) -> str:
        words = [self.name]
        if self.worktime is not None:
            words += [self.worktime.id, self.worktime.email or ""]
        if self.worktaps is not None:
            taps = self.worktaps
            words += [str(taps.id), taps.email or "", taps.phone or "", taps.employee_id or ""]
        if self.worq is not None:
            words += [self.worq.employee_id, self.worq.email or "", self.worq.phone or ""]
        words += [problem.title for problem in self.problems]
        return " ".join(words).casefold()


def leavers_among(people: Iterable[Person], today: date) -> dict[str, Leaver]:
    """The WorkTime One id of each leaver still employed there (not deleted) -> who."""
    found = {}
    for person in people:
        wt, hr = person.worktime, person.worq
        if wt is not None and hr is not None and wt.status != "deleted" and is_leaver(hr, today):
            found[wt.id] = Leaver(person.name, hr.end_date)
    return found


def is_leaver(hr: HrRecord | None, today: date) -> bool:
    """Exited in WorQ, or past the date of exit WorQ gives."""
    if hr is None:
        return False
    if (hr.status or "").strip().casefold() in EXITED:
        return True
    return hr.end_date is not None and hr.end_date <= today


def hr_name(hr: HrRecord) -> str:
    return " ".join(part for part in (hr.first_name, hr.last_name) if part) or hr.employee_id


def taps_name(account: Account) -> str:
    names = (account.first_name, account.last_name)
    return " ".join(part for part in names if part) or str(account.id)


def build(
    worktime: Sequence[WorkTimeRecord],
    worktaps: Sequence[Account],
    worq: Sequence[HrRecord],
    *,
    today: date,
    taps_departments: Mapping[str, str] | None = None,
    doors: DoorLookup | None = None,
    known: frozenset[System] | None = None,
) -> list[Person]:
    """Every person, by name; ``taps_departments`` names WorkTaps' department ids.
    ``known``: the systems whose records the console has (by default those with any);
    nobody is called missing from a system never synced or imported."""
    if known is None:
        given: dict[System, Sequence[object]] = {
            "worktime": worktime,
            "worktaps": worktaps,
            "worq": worq,
        }
        known = frozenset(system for system, records in given.items() if records)
    records: list[tuple[System, Keys]] = [
        *(("worq", keys(h.email, h.employee_id, h.phone)) for h in worq),
        *(("worktime", keys(w.email, w.id, None)) for w in worktime),
        *(("worktaps", keys(a.email, a.employee_id, a.phone)) for a in worktaps),
    ]
    people = []
    for group in match(records):
        wt = _pick(worktime, group.members.get("worktime"))
        taps = _pick(worktaps, group.members.get("worktaps"))
        hr = _pick(worq, group.members.get("worq"))
        found = Checks(today, taps_departments or {}, doors, known).problems(wt, taps, hr)
        links = tuple(group.links[s] for s in ("worq", "worktime", "worktaps") if s in group.links)
        people.append(Person(_name(wt, taps, hr), wt, taps, hr, links, tuple(found)))
    people.sort(key=lambda p: (p.name.casefold(), p.email() or ""))
    return people


def only_disagreements(people: Iterable[Person]) -> list[Person]:
    return [person for person in people if person.problems]


def _pick(items: Sequence[T], index: int | None) -> T | None:
    return None if index is None else items[index]


def _name(wt: WorkTimeRecord | None, taps: Account | None, hr: HrRecord | None) -> str:
    if hr is not None:
        return hr_name(hr)
    if wt is not None:
        return wt.name
    return taps_name(taps) if taps is not None else ""


@dataclass(frozen=True, slots=True)
class Checks:
    """The disagreements of one person."""

    today: date
    taps_departments: Mapping[str, str]
    doors: DoorLookup | None = None
    known: frozenset[System] = frozenset(("worktime", "worktaps", "worq"))

    def problems(
        self, wt: WorkTimeRecord | None, taps: Account | None, hr: HrRecord | None
    ) -> list[Problem]:
        found = self._presence(wt, taps, hr)
        found += self._differences(wt, taps, hr)
        if taps is not None and not _text(taps.email) and not _text(taps.employee_id):
            found.append(Problem("phone_only", translate("Problem", PHONE_ONLY)))
        return found

    def _presence(
        self, wt: WorkTimeRecord | None, taps: Account | None, hr: HrRecord | None
    ) -> list[Problem]:
        if is_leaver(hr, self.today):
            assert hr is not None
            return self._leaver(wt, taps, hr)
        found: list[Problem] = []
        deleted = wt is not None and wt.status == "deleted"
        if not deleted:
            if wt is None and "worktime" in self.known:
                said = translate("Problem", "No WorkTime One employee.")
                found.append(Problem("missing_in_worktime", said))
            if taps is None and "worktaps" in self.known:
                said = translate("Problem", "No WorkTaps account.")
                found.append(Problem("missing_in_worktaps", said))
            if hr is None and "worq" in self.known:
                said = translate("Problem", "No WorQ record (not in HR).")
                found.append(Problem("missing_in_worq", said))
        if wt is not None and wt.status != "active":
            active = [n for n, there in (("WorQ", hr), ("WorkTaps", taps)) if there is not None]
            if active:
                text = translate(
                    "Problem", "{status} in WorkTime One, active in {systems}."
                ).format(status=wt.status.capitalize(), systems=_and(active))
                found.append(Problem("status_differs", text))
        return found

    def _leaver(
        self, wt: WorkTimeRecord | None, taps: Account | None, hr: HrRecord
    ) -> list[Problem]:
        in_worktime = wt is not None and wt.status != "deleted"
        found = []
        if in_worktime or taps is not None:
            found.append(Problem("leaver_still_active", _still_active(hr, wt, taps)))
        if wt is not None and hr.end_date is not None and self.doors is not None:
            opened = self.doors(wt.id, hr.end_date)
            if opened is not None:
                at = opened.at
                when = translate("Problem", "{day} at {time}").format(
                    day=day(at.date()), time=f"{clock(at)} {at.tzname() or ''}".strip()
                )
                revoke = translate("Leaver", REVOKE_WHERE)
                text = (
                    translate(
                        "Problem", "Opened the {lock} after leaving: last on {when}. {revoke}"
                    ).format(lock=opened.lock, when=when, revoke=revoke)
                    if opened.lock
                    else translate(
                        "Problem", "Opened a door after leaving: last on {when}. {revoke}"
                    ).format(when=when, revoke=revoke)
                )
                found.append(Problem("opening_doors", text, opened))
        return found

    def _differences(
        self, wt: WorkTimeRecord | None, taps: Account | None, hr: HrRecord | None
    ) -> list[Problem]:
        found = []
        if taps is not None and hr is not None:
            mine, theirs = phone_key(taps.phone), phone_key(hr.phone)
            if mine and theirs and mine != theirs:
                text = translate("Problem", "WorkTaps has {phone}, WorQ has {other}.").format(
                    phone=mine, other=theirs
                )
                found.append(Problem("phone_differs", text))
        departments = [
            ("WorkTime One", wt.department if wt else None),
            ("WorkTaps", self._taps_department(taps)),
            ("WorQ", hr.department if hr else None),
        ]
        problem = _differ("department_differs", departments, lambda v: v.strip().casefold())
        if problem is not None:
            found.append(problem)
        emails = [
            ("WorkTime One", wt.email if wt else None),
            ("WorkTaps", taps.email if taps else None),
            ("WorQ", hr.email if hr else None),
        ]
        problem = _differ("email_differs", emails, lambda v: email_key(v) or "")
        if problem is not None:
            found.append(problem)
        return found

    def _taps_department(self, taps: Account | None) -> str | None:
        if taps is None or taps.department is None:
            return None
        dept = taps.department
        return dept.name or self.taps_departments.get(dept.id) or dept.id


def _differ(
    kind: ProblemKind, values: list[tuple[str, str | None]], norm: Callable[[str], str]
) -> Problem | None:
    present = [(name, value) for name, value in values if value and value.strip()]
    if len({norm(value) for _, value in present}) <= 1:
        return None
    return Problem(kind, "; ".join(f"{name}: {value}" for name, value in present) + ".")


def _text(value: str | None) -> str:
    return (value or "").strip()


def _and(items: Sequence[str]) -> str:
    if len(items) == 1:
        return items[0]
    return translate("Problem", "{first} and {last}").format(
        first=", ".join(items[:-1]), last=items[-1]
    )


def _still_active(hr: HrRecord, wt: WorkTimeRecord | None, taps: Account | None) -> str:
    """A leaver still somewhere: one sentence for each case, so a language orders it."""
    left = day(hr.end_date) if hr.end_date else None
    in_worktime = wt is not None and wt.status != "deleted"
    status = wt.status if wt is not None else ""
    if in_worktime and taps is not None:
        said = (
            translate(
                "Problem",
                "Left on {day} (WorQ), but is still in WorkTime One ({status}) "
                "and has a WorkTaps account.",
            )
            if left
            else translate(
                "Problem",
                "Left (WorQ), but is still in WorkTime One ({status}) and has a WorkTaps account.",
            )
        )
    elif in_worktime:
        said = (
            translate("Problem", "Left on {day} (WorQ), but is still in WorkTime One ({status}).")
            if left
            else translate("Problem", "Left (WorQ), but is still in WorkTime One ({status}).")
        )
    else:
        said = (
            translate("Problem", "Left on {day} (WorQ), but has a WorkTaps account.")
            if left
            else translate("Problem", "Left (WorQ), but has a WorkTaps account.")
        )
    return said.format(day=left, status=status)
