"""Trim the ICU data library of PySide6's Linux wheels to the data Qt reads.

Qt on Linux links ICU (libicuuc, libicui18n), and ICU links libicudata.so.NN: one symbol,
``icudtNN_dat``, holding ICU's whole data package (32 MB for ICU 73): locale formats,
display names, legacy code pages, break dictionaries, transliterators, collation...
Qt formats dates and numbers and names languages with its own CLDR tables and breaks text
with its own Unicode tables; it asks ICU only to collate (QCollator, and through it the
sorting of Qt's own file dialog), to change case by locale (QLocale::toUpper/toLower), to
convert legacy code pages (QStringConverter, which the console never uses: it reads and
writes UTF-8) and to canonicalize locale names. So the bundle keeps the collation tree,
the normalization, property and alias tables and ICU's supplemental (non-locale) tables,
and drops the rest: about 27 of the 32 MB.

The library is rewritten in place, not rebuilt (no compiler needed at build time): the
package sits in .rodata, so the new, smaller package goes there and everything after it
(.dynamic, the symbol tables, the section headers) moves up by a whole number of pages.
Anything unexpected in the file (another layout, relocations, big-endian data) leaves the
library as it was: ``trim_library`` then returns None.

    python tools/trim_icu.py PATH/TO/libicudata.so.73 [OUT]     (prints what it keeps)
"""

from __future__ import annotations

import re
import struct
import sys
from collections.abc import Callable
from pathlib import Path

# Top-level items named like a locale (af.res, de_CH.res, zh_Hant_TW.res, sr_Latn.res):
# ICU's formatting data, which Qt never asks for.
_LOCALE_RES = re.compile(r"[a-z]{2,3}(?:_[A-Za-z0-9]+)*\.res")
# Whole trees Qt never reads: break iteration (rules and dictionaries), transliterators,
# spelled-out numbers, and the display names of currencies, languages, regions, units
# and time zones.
_DROPPED_TREES = frozenset({"brkitr", "translit", "rbnf", "curr", "lang", "region", "unit", "zone"})


def keep_item(name: str) -> bool:
    """Whether the bundle keeps this package item (``icudt73l/coll/de.res`` and the like)."""
    parts = name.split("/")[1:]  # drop the package name
    if len(parts) > 1:
        return parts[0] not in _DROPPED_TREES  # coll (collation) stays
    item = parts[0]
    if item.endswith(".cnv"):  # legacy code-page tables: QStringConverter only
        return False
    if item in {"root.res", "pool.res", "res_index.res"}:
        return True  # the locale tree's root, its shared key pool and its index
    return not _LOCALE_RES.fullmatch(item)


# -- the ICU common data package ("CmnD") ----------------------------------------------


def trim_package(data: bytes, keep: Callable[[str], bool] = keep_item) -> bytes | None:
    """The package with only the items ``keep`` accepts; None if it is not a little-endian
    ICU common data package."""
    if len(data) < 32:
        return None
    header_size, magic1, magic2 = struct.unpack_from("<HBB", data, 0)
    big_endian = data[8]
    if (magic1, magic2) != (0xDA, 0x27) or big_endian or data[12:16] != b"CmnD":
        return None
    toc = bytes(data[header_size:])
    (count,) = struct.unpack_from("<I", toc, 0)
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    ends = [offset for _name, offset in entries[1:]] + [len(toc)]
    items = []
    for (name_offset, data_offset), end in zip(entries, ends, strict=True):
        name = toc[name_offset : toc.index(b"\0", name_offset)]
        if keep(name.decode("ascii")):
            items.append((name, toc[data_offset:end]))

    # Same layout as ICU's pkgdata: count, (name offset, data offset) pairs, the names,
    # then the items, each on a 16-byte boundary; names stay sorted (ICU bisects them).
    names_start = 4 + 8 * len(items)
    names = b""
    name_offsets = []
    for name, _item in items:
        name_offsets.append(names_start + len(names))
        names += name + b"\0"
    position = _align(names_start + len(names), 16)
    body = bytearray(struct.pack("<I", len(items)))
    blobs = bytearray()
    for name_offset, (_name, item) in zip(name_offsets, items, strict=True):
        body += struct.pack("<II", name_offset, position + len(blobs))
        blobs += item + b"\0" * (_align(len(item), 16) - len(item))
    body += names
    body += b"\0" * (position - len(body))
    return bytes(data[:header_size]) + bytes(body) + bytes(blobs)


def _align(value: int, alignment: int) -> int:
    return -(-value // alignment) * alignment


# -- the ELF shared library -------------------------------------------------------------

_SHT_SYMTAB, _SHT_DYNSYM, _SHT_DYNAMIC, _SHT_RELA, _SHT_REL = 2, 11, 6, 4, 9
_PT_LOAD = 1
# .dynamic tags whose value is an address
_DT_POINTERS = frozenset(
    {3, 4, 5, 6, 7, 12, 13, 17, 23, 25, 26, 0x6FFFFEF5, 0x6FFFFFF0, 0x6FFFFFFC, 0x6FFFFFFE}
)


def trim_library(
    library: bytes, keep: Callable[[str], bool] = keep_item
) -> tuple[bytes, int, int] | None:
    """(the new library, the old and the new package size), or None to leave it as it is."""
    if library[:4] != b"\x7fELF" or library[4] != 2 or library[5] != 1:
        return None  # not a 64-bit little-endian ELF file
    (phoff, shoff) = struct.unpack_from("<QQ", library, 0x20)
    phentsize, phnum, shentsize, shnum = struct.unpack_from("<HHHH", library, 0x36)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", library, shoff + i * shentsize) for i in range(shnum)
    ]
    if any(section[1] in (_SHT_RELA, _SHT_REL) for section in sections):
        return None
    found = _find_package(library, sections)
    if found is None:
        return None
    symbol_at, index = found
    _name, _type, _flags, addr, offset, size = sections[index][:6]
    package = trim_package(library[offset : offset + size], keep)
    if package is None:
        return None
    segments = [
        struct.unpack_from("<IIQQQQQQ", library, phoff + i * phentsize) for i in range(phnum)
    ]
    page = max([s[7] for s in segments if s[0] == _PT_LOAD] + [0x1000])
    delta = -((size - len(package)) // page * page)  # keeps every offset = address (mod page)
    if delta == 0:
        return None
    new_size = size + delta
    end, end_addr = offset + size, addr + size

    out = bytearray(library[:offset])
    out += package + b"\0" * (new_size - len(package))
    out += library[end:]

    def moved(value: int, limit: int) -> int:
        return value + delta if value >= limit else value

    struct.pack_into("<Q", out, 0x28, moved(shoff, end))
    for i, (p_type, p_flags, p_off, p_vaddr, p_paddr, p_filesz, p_memsz, p_align) in enumerate(
        segments
    ):
        if p_off >= end:
            p_off, p_vaddr, p_paddr = p_off + delta, p_vaddr + delta, p_paddr + delta
        elif p_off <= offset < p_off + p_filesz:
            p_filesz, p_memsz = p_filesz + delta, p_memsz + delta
        fields = (p_type, p_flags, p_off, p_vaddr, p_paddr, p_filesz, p_memsz, p_align)
        struct.pack_into("<IIQQQQQQ", out, phoff + i * phentsize, *fields)
    new_shoff = moved(shoff, end)
    new_sections = []
    for i, section in enumerate(sections):
        s_name, s_type, s_flags, s_addr, s_off, s_size, s_link, s_info, s_align, s_entsize = section
        if i == index:
            s_size = new_size
        else:
            s_off = moved(s_off, end)
            s_addr = moved(s_addr, end_addr) if s_addr else 0
        fields = (
            s_name,
            s_type,
            s_flags,
            s_addr,
            s_off,
            s_size,
            s_link,
            s_info,
            s_align,
            s_entsize,
        )
        struct.pack_into("<IIQQQQIIQQ", out, new_shoff + i * shentsize, *fields)
        new_sections.append(fields)
    for s_type, s_off, s_size in ((s[1], s[4], s[5]) for s in new_sections):
        if s_type in (_SHT_SYMTAB, _SHT_DYNSYM):
            for at in range(s_off, s_off + s_size, 24):
                (st_value,) = struct.unpack_from("<Q", out, at + 8)
                shndx = struct.unpack_from("<H", out, at + 6)[0]
                if shndx and st_value >= end_addr:
                    struct.pack_into("<Q", out, at + 8, st_value + delta)
        elif s_type == _SHT_DYNAMIC:
            for at in range(s_off, s_off + s_size, 16):
                tag, value = struct.unpack_from("<qQ", out, at)
                if tag in _DT_POINTERS and value >= end_addr:
                    struct.pack_into("<Q", out, at + 8, value + delta)
    struct.pack_into("<Q", out, symbol_at + 16, new_size)  # the package symbol's st_size
    return bytes(out), size, len(package)


def _find_package(library: bytes, sections: list[tuple[int, ...]]) -> tuple[int, int] | None:
    """(where the icudtNN_dat symbol's entry is in .dynsym, the index of its section), if
    the symbol fills that section exactly."""
    for section in sections:
        if section[1] != _SHT_DYNSYM:
            continue
        strtab = sections[section[6]]
        for at in range(section[4], section[4] + section[5], 24):
            st_name, _info, _other, shndx, value, size = struct.unpack_from("<IBBHQQ", library, at)
            start = strtab[4] + st_name
            name = library[start : library.index(b"\0", start)]
            if re.fullmatch(rb"icudt\d+_dat", name) and 0 < shndx < len(sections):
                target = sections[shndx]
                if (target[3], target[5]) == (value, size):
                    return at, shndx
    return None


def main(argv: list[str]) -> int:
    source = Path(argv[1])
    result = trim_library(source.read_bytes())
    if result is None:
        print(f"{source}: left as it is")
        return 1
    library, before, after = result
    print(f"{source}: ICU data {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")
    if len(argv) > 2:
        Path(argv[2]).write_bytes(library)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
