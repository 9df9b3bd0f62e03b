"""The one date box every page uses: a whole date typed or pasted in ISO or in the
locale's short form is taken on Enter or focus-out; text that is no date leaves the
previous date; section-by-section typing and the calendar still work."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.widgets.date_box import DateBox, qdate
from tests.helpers.dates import paste_whole_date, type_date, type_whole_date
from tests.helpers.taps_forms import erase

BEFORE = date(2026, 1, 5)
WANTED = date(2026, 11, 23)
GERMANY = QLocale(QLocale.Language.German, QLocale.Country.Germany)
US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.fixture
def box(qtbot: QtBot) -> Iterator[DateBox]:
    window = QWidget()
    qtbot.addWidget(window)
    field = DateBox(BEFORE)
    layout = QVBoxLayout(window)
    layout.addWidget(field)
    layout.addWidget(QLineEdit())  # somewhere for the focus to go
    window.show()
    window.activateWindow()  # a person clicks into the box of the window they look at
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    yield field  # noqa: PT022 (the window, held here, lives until the test ends)


@pytest.fixture
def locale() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


def shown(field: DateBox) -> tuple[str, date]:
    return field.text(), date.fromisoformat(field.date().toString("yyyy-MM-dd"))


def test_an_iso_date_typed_over_the_whole_box_is_taken(qtbot: QtBot, box: DateBox) -> None:
    type_whole_date(qtbot, box, "2026-11-23")
    assert shown(box) == ("2026-11-23", WANTED)


@pytest.mark.parametrize(
    ("where", "typed"),
    [
        (GERMANY, "23.11.2026"),
        (GERMANY, "23.11.26"),
        (GERMANY, "2026-11-23"),
        (US, "11/23/2026"),
        (US, "11/23/26"),
        (US, "2026-11-23"),
    ],
)
def test_the_locales_short_form_is_taken_and_shown_as_iso(
    qtbot: QtBot, box: DateBox, locale: None, where: QLocale, typed: str
) -> None:
    QLocale.setDefault(where)
    type_whole_date(qtbot, box, typed)
    assert shown(box) == ("2026-11-23", WANTED)


@pytest.mark.parametrize(("where", "pasted"), [(GERMANY, "23.11.2026"), (US, "11/23/2026")])
def test_a_pasted_date_is_taken(
    qtbot: QtBot, box: DateBox, locale: None, where: QLocale, pasted: str
) -> None:
    QLocale.setDefault(where)
    paste_whole_date(qtbot, box, pasted)
    assert shown(box) == ("2026-11-23", WANTED)


def test_a_typed_date_is_taken_when_the_focus_leaves(
    qtbot: QtBot, box: DateBox, locale: None
) -> None:
    QLocale.setDefault(GERMANY)
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box, "23.11.2026")
    [elsewhere] = [e for e in box.window().findChildren(QLineEdit) if e is not box.lineEdit()]
    elsewhere.setFocus()
    qtbot.waitUntil(lambda: not box.hasFocus())
    assert shown(box) == ("2026-11-23", WANTED)


@pytest.mark.parametrize(
    ("where", "typed"),
    [
        (GERMANY, "hello"),
        (GERMANY, "31.02.2026"),
        (GERMANY, "23.11.2026 9"),
        (US, "23.11.2026"),
        (US, "2026-13-01"),
        (US, "11/23"),
    ],
)
def test_text_that_is_no_date_is_refused_and_the_date_stays(
    qtbot: QtBot, box: DateBox, locale: None, where: QLocale, typed: str
) -> None:
    QLocale.setDefault(where)
    type_whole_date(qtbot, box, typed)
    assert shown(box) == ("2026-01-05", BEFORE)
    paste_whole_date(qtbot, box, typed)
    assert shown(box) == ("2026-01-05", BEFORE)


def test_a_date_outside_the_boxs_range_is_refused(qtbot: QtBot, box: DateBox) -> None:
    box.setMaximumDate(qdate(date(2026, 11, 18)))
    type_whole_date(qtbot, box, "2026-11-23")
    assert shown(box) == ("2026-01-05", BEFORE)
    type_whole_date(qtbot, box, "2026-11-17")
    assert shown(box) == ("2026-11-17", date(2026, 11, 17))


def test_section_typing_and_the_calendar_still_work(qtbot: QtBot, box: DateBox) -> None:
    type_date(qtbot, box, WANTED)
    assert shown(box) == ("2026-11-23", WANTED)
    assert box.calendarPopup()
    assert box.displayFormat() == "yyyy-MM-dd"


def test_a_date_being_typed_is_one_choice_not_one_per_key(qtbot: QtBot, box: DateBox) -> None:
    chosen: list[str] = []
    box.dateChanged.connect(lambda day: chosen.append(day.toString("yyyy-MM-dd")))
    erase(qtbot, box)  # Ctrl+A, Backspace: the box is empty, as in any text box
    assert box.text() == ""
    qtbot.keyClicks(box, "2026-11-23")
    assert chosen == []  # not 2026-11-02 on the way to the 23rd
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert set(chosen) == {"2026-11-23"}


def test_a_button_that_reads_the_box_without_taking_the_focus_gets_the_typed_date(
    qtbot: QtBot, box: DateBox
) -> None:
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box, "2026-11-23")
    assert box.hasFocus()
    assert date.fromisoformat(box.date().toString("yyyy-MM-dd")) == WANTED
