"""Writing small files so that a crash or a full disk never leaves half of one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def atomic_write_bytes(path: Path, body: bytes) -> None:
    """Write ``body`` to ``path``: a temporary file in the same folder, flushed to disk, then
    renamed over the old one. On any failure the old file is untouched and the temporary
    file is removed; the OSError propagates."""
    path.parent.mkdir(parents=True, exist_ok=True)
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
