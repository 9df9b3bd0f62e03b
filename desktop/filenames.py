"""File names every system accepts. Windows is the strictest, so its rules are the ones:
none of ``<>:"/\\|?*`` or control characters, no trailing dot or space, no device name
(``CON``, ``com1.txt``, ``LPT¹``…), at most 255 UTF-16 units."""

from __future__ import annotations

import re
import unicodedata

MAX_NAME = 255
"""UTF-16 code units in one path component (NTFS; also about every other file system)."""
_INVALID = frozenset('<>:"/\\|?*')
_DEVICES = frozenset(
    ["CON", "PRN", "AUX", "NUL"]
    + [f"{port}{digit}" for port in ("COM", "LPT") for digit in "0123456789¹²³"]
)
# A suffix kept whole when a name is shortened: ".csv", ".xlsx", ".audit-head".
_EXTENSION = re.compile(r"\.[A-Za-z0-9][A-Za-z0-9-]{0,15}$")


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _is_device(name: str) -> bool:
    # Windows reads "con.txt", "CON .txt" and "Con.tar.gz" all as the console.
    return name.split(".", 1)[0].rstrip(" ").upper() in _DEVICES


def _bad(char: str) -> bool:
    return char in _INVALID or unicodedata.category(char) == "Cc"


def is_windows_safe(name: str) -> bool:
    """Whether Windows (and so every system) would create a file called ``name``."""
    return (
        name not in ("", ".", "..")
        and not any(_bad(char) for char in name)
        and not name.endswith((".", " "))
        and not _is_device(name)
        and _units(name) <= MAX_NAME
    )


def _cut(text: str, units: int) -> str:
    """``text`` shortened to at most ``units`` UTF-16 units, never inside a character."""
    kept, size = [], 0
    for char in text:
        size += 2 if ord(char) > 0xFFFF else 1
        if size > units:
            break
        kept.append(char)
    return "".join(kept)


def safe_file_name(text: str, *, max_length: int = MAX_NAME, fallback: str = "file") -> str:
    """``text`` made into a name ``is_windows_safe`` accepts: each character Windows refuses
    becomes ``-``, trailing dots and spaces go, a name longer than ``max_length`` UTF-16
    units is shortened before its extension, and a device name gets ``_`` after it."""
    name = "".join("-" if _bad(char) else char for char in text).strip(" ").rstrip(". ")
    if not name.strip("."):
        name = fallback
    limit = min(max_length, MAX_NAME) - 1  # room for the "_" a device name gets
    if _units(name) > limit:
        match = _EXTENSION.search(name)
        extension = match.group() if match and match.start() > 0 else ""
        stem = _cut(name[: len(name) - len(extension)], max(1, limit - _units(extension)))
        name = (stem.rstrip(". ") or fallback) + extension
        if _units(name) > limit:  # an "extension" as long as the room ("0.0000000"): cut it
            name = _cut(name, limit).rstrip(". ") or fallback
    if _is_device(name):
        first, dot, rest = name.partition(".")
        name = f"{first.rstrip(' ')}_{dot}{rest}"
    return name
