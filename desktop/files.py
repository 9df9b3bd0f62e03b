"""Writing small files so that a crash or a full disk never leaves half of one; setting a
damaged file aside; and the words for a full disk."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop.words import translate

_SQLITE_FULL = 13  # sqlite3.h; the low byte of an extended result code is its primary code
_DISK_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


@dataclass(frozen=True)
class FileNotice:
    """What a manager is told about one of Front Desk's files: plain text, no markup."""

    title: str
    text: str
    """Which file, and what is wrong with it."""
    details: str
    """What Front Desk did or will do, and what was lost."""


def atomic_write_bytes(path: Path, body: bytes) -> None:
    """Write ``body`` to ``path``: a temporary file in the same folder, flushed to disk, then
    renamed over the old one. On any failure the old file is untouched and the temporary
    file is removed; the OSError propagates (naming ``path``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with writing_to(path):
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(body)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise


def atomic_write_text(path: Path, text: str) -> None:
    """``atomic_write_bytes`` of ``text`` in UTF-8, its newlines as given."""
    atomic_write_bytes(path, text.encode("utf-8"))


def set_aside(path: Path, label: str = "damaged") -> Path:
    """Rename ``path`` to ``<name>.<label>-<UTC time>`` in its folder (``-2``, ``-3``, … if
    taken) and return the new path; never deletes. A SQLite file's ``-wal`` and ``-shm``
    files, if any, move with it and keep their pairing. OSError if it cannot be renamed."""
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    target = path.with_name(f"{path.name}.{label}-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.{label}-{stamp}-{counter}")
    path.replace(target)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.replace(target.with_name(target.name + suffix))
    return target


@contextlib.contextmanager
def writing_to(path: Path | str) -> Iterator[None]:
    """Name ``path`` on a full-disk error raised inside that does not name a file already
    (a write that fails for want of space says nothing of where), so the words for it can
    say which folder."""
    try:
        yield
    except (OSError, sqlite3.Error) as exc:
        if is_disk_full(exc) and getattr(exc, "filename", None) is None:
            setattr(exc, "filename", str(path))  # noqa: B010 - sqlite3.Error has no such field
        raise


def is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError):
        return exc.errno in _DISK_FULL_ERRNOS
    if isinstance(exc, sqlite3.Error):
        return (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF == _SQLITE_FULL
    return False


def disk_full_text(exc: BaseException) -> str | None:
    """The words for a full disk, naming the folder, or None if ``exc`` is not one."""
    if not is_disk_full(exc):
        return None
    filename = getattr(exc, "filename", None)
    if filename:
        return translate(
            "Files",
            "The disk is full: Front Desk could not write to the folder {folder}. "
            "Free some space on that disk, then try again.",
        ).format(folder=Path(str(filename)).parent)
    return translate(
        "Files",
        "The disk is full: Front Desk could not write its files. "
        "Free some space on that disk, then try again.",
    )


def file_problem_text(exc: BaseException) -> str | None:
    """A file that could not be written, in plain words naming the folder (the disk is
    full, the folder is gone, it may not be written), or None if ``exc`` is none of those."""
    full = disk_full_text(exc)
    if full is not None or not isinstance(exc, OSError):
        return full
    filename = getattr(exc, "filename", None)
    folder = Path(str(filename)).parent if filename else None
    if isinstance(exc, FileNotFoundError) and folder is not None:
        return translate(
            "Files", "The folder {folder} does not exist (any more): choose another one."
        ).format(folder=folder)
    if isinstance(exc, PermissionError) and folder is not None:
        return translate(
            "Files", "Front Desk may not write in {folder}: choose another folder."
        ).format(folder=folder)
    if isinstance(exc, IsADirectoryError) and filename:
        return translate("Files", "{name} is a folder: give the file a name.").format(name=filename)
    return None
