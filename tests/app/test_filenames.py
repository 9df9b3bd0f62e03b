"""The rules of a file name every system accepts (Windows': the strictest)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.filenames import MAX_NAME, is_windows_safe, safe_file_name


def units(name: str) -> int:
    return len(name.encode("utf-16-le")) // 2


@pytest.mark.parametrize(
    "name",
    ["a:b", "x?*", 'say "hi"', "a<b>c", "a/b", "a\\b", "a|b", "tab\there", "nul\x00",
     "end.", "end ", ".", "..", "", "CON", "con", "Con.txt", "CON .txt", "nul.tar.gz",
     "COM1", "com9.log", "COM0", "LPT1", "lpt9.csv", "COM¹", "COM²", "LPT³.pdf",
     "x" * 256, "🔑" * 128],
)  # fmt: skip
def test_names_windows_refuses(name: str) -> None:
    assert not is_windows_safe(name)


@pytest.mark.parametrize(
    "name",
    ["frontdesk.log", "frontdesk.log.5", "CONSOLE.txt", "COM10", "LPT", "icon.png",
     "con-history.csv", "Front door-history-2026-11-01-to-2026-11-18.xlsx", ".hidden",
     "x" * 255, "🔑" * 127 + "a", "Ana Ruiz.csv", "señal.csv"],
)  # fmt: skip
def test_names_windows_takes(name: str) -> None:
    assert is_windows_safe(name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("a:b", "a-b"),
        ("x?*", "x--"),
        ("12:30 report", "12-30 report"),
        ("CON", "CON_"),
        ("con.txt", "con_.txt"),
        ("CON .txt", "CON_.txt"),
        ("COM1.tar.gz", "COM1_.tar.gz"),
        ("LPT¹", "LPT¹_"),
        ("report.", "report"),
        ("name. . ", "name"),
        ("...", "file"),
        ("", "file"),
        ("\x00\x1f", "--"),
        ("Front door", "Front door"),
    ],
)
def test_safe_file_name_mends_each_rule(text: str, name: str) -> None:
    assert safe_file_name(text) == name


def test_a_long_name_keeps_its_extension() -> None:
    name = safe_file_name("x" * 300 + ".xlsx")
    assert name.endswith("x.xlsx")
    assert units(name) <= MAX_NAME
    assert is_windows_safe(name)


def test_length_counts_utf16_units_and_never_splits_a_character() -> None:
    name = safe_file_name("🔑" * 200 + ".csv")
    assert units(name) <= MAX_NAME
    assert name.endswith("🔑.csv")
    assert name.encode("utf-16-le").decode("utf-16-le") == name


def test_max_length_leaves_room_for_what_follows() -> None:
    assert units(safe_file_name("y" * 100, max_length=40)) <= 40


def test_a_name_cut_short_loses_its_trailing_dots() -> None:
    name = safe_file_name("a" * 250 + "." * 10 + "b" * 10, max_length=255)
    assert is_windows_safe(name)


@given(st.text(max_size=400))
def test_whatever_is_typed_comes_out_safe(text: str) -> None:
    assert is_windows_safe(safe_file_name(text))


@given(st.text(max_size=400), st.integers(min_value=8, max_value=MAX_NAME))
def test_max_length_is_kept(text: str, max_length: int) -> None:
    assert units(safe_file_name(text, max_length=max_length)) <= max_length


def test_an_extension_as_long_as_the_room_is_cut_too() -> None:
    """Found by the property above: the stem cut to one character and the extension kept
    whole made '0.0000000' nine units long for a limit of eight."""
    name = safe_file_name("0.0000000", max_length=8)
    assert units(name) <= 8
    assert is_windows_safe(name)
