"""Did a WorkTaps update land? Compare what the service shows now with what was sent.

Fields are compared as the vendor writes them (camelCase JSON, ``department`` an id,
``locations`` a list of ids, ``meta`` an object of which only the keys sent count).
Blank and missing are the same; an email is compared without case, a phone by its
digits, a state in capitals, a list of ids in any order.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from desktop.services.outbox.kinds.clock_landed import Verdict
from desktop.words import translate

_NOT_DIGITS = re.compile(r"\D")


def same(key: str, current: Any, wanted: Any) -> bool:
    """Whether the service's ``current`` value of ``key`` is ``wanted``."""
    if isinstance(wanted, Mapping):
        shown = current if isinstance(current, Mapping) else {}
        return all(same(f"{key}.{k}", shown.get(k), v) for k, v in wanted.items())
    if isinstance(wanted, list) or isinstance(current, list):
        return sorted(map(str, wanted or [])) == sorted(map(str, current or []))
    return _plain(key, current) == _plain(key, wanted)


def _plain(key: str, value: Any) -> str:
    text = "" if value is None else str(value).strip()
    if key == "email":
        return text.casefold()
    if key == "phone":
        return _NOT_DIGITS.sub("", text)
    return text.upper() if key == "state" else text


def compare_update(
    what: str,
    current: Mapping[str, Any],
    changes: Mapping[str, Any],
    before: Mapping[str, Any],
) -> Verdict:
    """Every changed field shows its new value: landed. Every one still shows its old
    value: not landed. A mix: someone else may have changed it too, so a manager looks.
    ``what`` names the record in the reason ("The account")."""
    now = {key: current.get(key) for key in changes}
    evidence = {"now": now, "sent": dict(changes), "before": dict(before)}
    new = [key for key in changes if same(key, current.get(key), changes[key])]
    if len(new) == len(changes):
        said = translate("OutboxCheck", "{what} shows every new value.")
        return Verdict(True, said.format(what=what), evidence)
    old = [key for key in changes if key in before and same(key, current.get(key), before[key])]
    if len(old) == len(changes):
        said = translate("OutboxCheck", "{what} still shows every old value.")
        return Verdict(False, said.format(what=what), evidence)
    mixed = ", ".join(key for key in changes if key not in new)
    why = translate(
        "OutboxCheck",
        "{what} shows some of the new values but not {fields}: "
        "someone may have changed it at the same time.",
    ).format(what=what, fields=mixed)
    return Verdict(None, why, evidence)
