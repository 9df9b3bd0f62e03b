"""Who is who across WorkTime One, WorkTaps and WorQ: matching records into people.

Each record joins the first person it matches, trying in order:

1. email, ignoring case;
2. employee id, by its digits (WorkTime One writes ``emp_010001`` for the
   ``10001`` that WorQ and WorkTaps keep; an id without digits compares as text);
3. phone, in E.164 (WorQ keeps phones as HR typed them: ``(212) 234-5678``).

WorQ's records go first (HR is where a person starts), then WorkTime One's, then
WorkTaps'. A person holds at most one record of each system: a second record that
matches a person who already has one of its system starts a person of its own,
so an ambiguity shows as two rows rather than one record hiding another. How each
record joined is kept (``Link``), so the directory can say why it put them together.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from desktop.services.accounts.formats import normalize_phone
from desktop.words import QT_TRANSLATE_NOOP

System = Literal["worktime", "worktaps", "worq"]
SYSTEM_NAMES: dict[System, str] = {
    "worktime": "WorkTime One",
    "worktaps": "WorkTaps",
    "worq": "WorQ",
}
Method = Literal["first", "email", "employee_id", "phone"]
# English, marked: said with ``translate("Match", name)`` where shown.
METHOD_NAMES: dict[Method, str] = {
    "first": QT_TRANSLATE_NOOP("Match", "first record"),
    "email": QT_TRANSLATE_NOOP("Match", "email"),
    "employee_id": QT_TRANSLATE_NOOP("Match", "employee id"),
    "phone": QT_TRANSLATE_NOOP("Match", "phone"),
}
# Weakest last: a person's match is as strong as its weakest link.
STRENGTH: dict[Method, int] = {"first": 0, "email": 1, "employee_id": 2, "phone": 3}


@dataclass(frozen=True, slots=True)
class Keys:
    """What a record can be matched by (already normalized; None when it has none)."""

    email: str | None = None
    employee_id: str | None = None
    phone: str | None = None


@dataclass(frozen=True, slots=True)
class Link:
    """How a system's record joined its person: by ``method``, on the value ``on``."""

    system: System
    method: Method
    on: str = ""


@dataclass(eq=False)
class Group:
    """One person: at most one record index per system, and how each joined."""

    members: dict[System, int] = field(default_factory=dict)
    links: dict[System, Link] = field(default_factory=dict)

    def add(self, system: System, index: int, link: Link) -> None:
        self.members[system] = index
        self.links[system] = link


def email_key(email: str | None) -> str | None:
    text = (email or "").strip().casefold()
    return text or None


def id_key(employee_id: str | None) -> str | None:
    """An employee id by its digits without leading zeros (``emp_010001`` -> ``10001``)."""
    text = (employee_id or "").strip()
    if not text:
        return None
    digits = re.sub(r"\D", "", text)
    return str(int(digits)) if digits else text.casefold()


@lru_cache(maxsize=1 << 16)
def _e164(phone: str) -> str | None:
    return normalize_phone(phone)


def phone_key(phone: str | None) -> str | None:
    """The phone in E.164 (parsing is slow: 40 µs a number; each is parsed once)."""
    return _e164(phone.strip()) if phone and phone.strip() else None


def keys(email: str | None, employee_id: str | None, phone: str | None) -> Keys:
    return Keys(email_key(email), id_key(employee_id), phone_key(phone))


def match(records: Iterable[tuple[System, Keys]]) -> list[Group]:
    """People from records given in order (WorQ's, WorkTime One's, WorkTaps'); each
    record's index counts within its own system. Keys are indexed, so 20,000 people
    match in one pass."""
    groups: list[Group] = []
    index: dict[tuple[Method, str], list[Group]] = {}
    counts: dict[System, int] = {}
    for system, found in records:
        number = counts.get(system, 0)
        counts[system] = number + 1
        joined = _find(index, system, found)
        if joined is None:
            group, link = Group(), Link(system, "first")
            groups.append(group)
        else:
            group, link = joined
        group.add(system, number, link)
        for method, value in _tries(found):
            if value is not None and group not in index.setdefault((method, value), []):
                index[(method, value)].append(group)
    return groups


def _tries(found: Keys) -> list[tuple[Method, str | None]]:
    return [("email", found.email), ("employee_id", found.employee_id), ("phone", found.phone)]


def _find(
    index: dict[tuple[Method, str], list[Group]], system: System, found: Keys
) -> tuple[Group, Link] | None:
    for method, value in _tries(found):
        if value is None:
            continue
        for group in index.get((method, value), ()):
            if system not in group.members:
                return group, Link(system, method, value)
    return None


def weakest(links: Iterable[Link]) -> Method:
    """The weakest way any record joined (``first`` when it stands alone)."""
    methods = [link.method for link in links]
    return max(methods, key=STRENGTH.__getitem__, default="first")
