"""tools/trim_icu.py, which build.spec uses to ship ICU's data trimmed to what Qt reads:
the package it writes holds exactly the kept items, unchanged; the library it rewrites
loads, and Qt collates and changes case with it as with the whole data."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.tools import load_tool

trim_icu = load_tool("trim_icu")


def _package(items: dict[str, bytes]) -> bytes:
    """A little-endian ICU common data package as ICU's pkgdata lays it out."""
    header = struct.pack(
        "<HBBHHBBBB4s4s4s", 32, 0xDA, 0x27, 20, 0, 0, 0, 2, 0, b"CmnD", bytes(4), bytes(4)
    )
    header += bytes(32 - len(header))
    names = sorted(items)
    start = 4 + 8 * len(names)
    name_block = b"".join(name.encode() + b"\0" for name in names)
    position = -(-(start + len(name_block)) // 16) * 16
    toc, blobs = struct.pack("<I", len(names)), b""
    name_offset = start
    for name in names:
        toc += struct.pack("<II", name_offset, position + len(blobs))
        name_offset += len(name) + 1
        blob = items[name]
        blobs += blob + bytes(-len(blob) % 16)
    toc += name_block
    return header + toc + bytes(position - len(toc)) + blobs


def _items(package: bytes) -> dict[str, bytes]:
    (header_size,) = struct.unpack_from("<H", package, 0)
    toc = package[header_size:]
    (count,) = struct.unpack_from("<I", toc, 0)
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    ends = [offset for _name, offset in entries[1:]] + [len(toc)]
    return {
        toc[name : toc.index(b"\0", name)].decode(): toc[offset:end].rstrip(b"\0")
        for (name, offset), end in zip(entries, ends, strict=True)
    }


def test_keeps_collation_and_icus_own_tables_not_locale_formats() -> None:
    keep = trim_icu.keep_item
    for name in (
        "icudt73l/coll/de.res",
        "icudt73l/coll/ucadata.icu",
        "icudt73l/root.res",
        "icudt73l/pool.res",
        "icudt73l/res_index.res",
        "icudt73l/likelySubtags.res",
        "icudt73l/keyTypeData.res",
        "icudt73l/metadata.res",
        "icudt73l/cnvalias.icu",
        "icudt73l/nfkc.nrm",
    ):
        assert keep(name), name
    for name in (
        "icudt73l/de.res",
        "icudt73l/zh_Hant_TW.res",
        "icudt73l/sr_Latn.res",
        "icudt73l/ibm-1390_P110-2003.cnv",
        "icudt73l/brkitr/cjdict.dict",
        "icudt73l/translit/root.res",
        "icudt73l/zone/de.res",
        "icudt73l/curr/pool.res",
    ):
        assert not keep(name), name


def test_the_trimmed_package_holds_the_kept_items_unchanged() -> None:
    items = {
        "icudt73l/coll/de.res": b"collation" * 7,
        "icudt73l/de.res": b"formats" * 50,
        "icudt73l/likelySubtags.res": b"subtags" * 3,
        "icudt73l/windows-1252.cnv": b"codepage" * 40,
        "icudt73l/zone/de.res": b"zones" * 9,
    }
    trimmed = trim_icu.trim_package(_package(items))
    assert trimmed is not None
    assert _items(trimmed) == {
        "icudt73l/coll/de.res": items["icudt73l/coll/de.res"],
        "icudt73l/likelySubtags.res": items["icudt73l/likelySubtags.res"],
    }
    assert trim_icu.trim_package(b"not an ICU package" * 4) is None


_WHEEL_ICU = next(
    iter(
        sorted(
            (Path(sys.prefix) / "lib").glob("python3*/site-packages/PySide6/Qt/lib/libicudata.so.*")
        )
    ),
    None,
)
_CHECK = """
import functools
from PySide6.QtCore import QCollator, QCoreApplication, QLocale
app = QCoreApplication([])
words = ["Zebra", "Äpfel", "apple", "Öl", "zoo", "été", "ångström", "10", "9", "Čapek", "Ch", "Cz"]
for name in ("de_DE", "sv_SE", "cs_CZ", "ja_JP"):
    collator = QCollator(QLocale(name))
    collator.setNumericMode(True)
    print(name, sorted(words, key=functools.cmp_to_key(collator.compare)))
print(QLocale("tr_TR").toUpper("istanbul"), QLocale("de_DE").toUpper("straße"))
print(next(line.split()[-1] for line in open("/proc/self/maps") if "libicudata" in line))
"""


@pytest.mark.skipif(
    sys.platform != "linux" or _WHEEL_ICU is None,
    reason="PySide6's wheel carries ICU (an ELF library, /proc, LD_LIBRARY_PATH) on Linux only",
)
def test_qt_collates_and_changes_case_with_the_trimmed_library(tmp_path: Path) -> None:
    assert _WHEEL_ICU is not None
    result = trim_icu.trim_library(_WHEEL_ICU.read_bytes())
    assert result is not None
    library, before, after = result
    assert after < before / 4
    (tmp_path / _WHEEL_ICU.name).write_bytes(library)

    def run(library_path: str | None) -> str:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        if library_path:
            env["LD_LIBRARY_PATH"] = library_path
        done = subprocess.run(
            [sys.executable, "-c", _CHECK], env=env, capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    *trimmed, loaded = run(str(tmp_path)).splitlines()
    *whole, _loaded = run(None).splitlines()
    assert loaded == str(tmp_path / _WHEEL_ICU.name)  # the trimmed one, not the wheel's
    assert trimmed == whole
    assert "İSTANBUL STRASSE" in trimmed
