"""Numbers in words a manager reads: "1 entry", "2 entries", never "1 entries".

One place for it, so the translations (Qt's plural-aware ``tr`` with ``%n``) can take it
over in one step; until then English is the only language and has two forms.
"""

from __future__ import annotations


def count(number: int, one: str, many: str | None = None) -> str:
    """``number`` and the noun that goes with it, with thousands separated: ``count(1,
    "entry", "entries")`` is "1 entry"; ``many`` defaults to ``one`` + "s"."""
    return f"{number:,} {one if number == 1 else (many or one + 's')}"
