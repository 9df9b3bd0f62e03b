"""The account form with the console's own checks: each vendor code's input, typed as a
person would, flags the right field before anything is sent."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.api import Department, Location
from desktop.services.account_rules import FIELD_FOR_CODE, AccountDraft, check_draft
from desktop.ui.dialogs.account_form import AccountForm

TODAY = date(2026, 11, 18)
DEPARTMENTS = [Department(id="201", name="Engineering"), Department(id="209", name="Kitchen")]
LOCATIONS = [Location(id="301", name="Headquarters"), Location(id="302", name="Warehouse")]
TAKEN_EMAIL = "taken@acme.example"
TAKEN_PHONE = "+12125550142"


def make_form(qtbot: QtBot) -> tuple[AccountForm, list[AccountDraft]]:
    seen: list[AccountDraft] = []

    def submit(draft: AccountDraft) -> dict[str, str]:
        seen.append(draft)
        return check_draft(
            draft,
            creating=True,
            today=TODAY,
            departments={d.id for d in DEPARTMENTS},
            locations={loc.id for loc in LOCATIONS},
            taken_emails={TAKEN_EMAIL},
            taken_phones={TAKEN_PHONE},
        )

    form = AccountForm(DEPARTMENTS, LOCATIONS, submit)
    qtbot.addWidget(form)
    form.show()
    return form, seen


def fill_valid(form: AccountForm, qtbot: QtBot) -> None:
    qtbot.keyClicks(form.first_name, "Ada")
    qtbot.keyClicks(form.last_name, "Lovelace")
    qtbot.keyClicks(form.email, "ada.lovelace@acme.example")
    qtbot.keyClicks(form.phone, "(212) 555-0199")
    qtbot.keyClicks(form.state, "NY")
    qtbot.keyClicks(form.postal, "10001")
    form.timezone.setCurrentText("America/New_York")
    form.role.setCurrentIndex(form.role.findData("EMPLOYEE"))
    form.department.setCurrentIndex(form.department.findData("209"))
    form.locations.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(form.job_title, "Chef")
    qtbot.keyClicks(form.start_date, "2026-11-02")


CASES = [
    (40004, lambda f, b: f.first_name.clear()),
    (40005, lambda f, b: f.last_name.clear()),
    (40006, lambda f, b: (f.email.clear(), f.phone.clear())),
    (40008, lambda f, b: f.locations.item(0).setCheckState(Qt.CheckState.Unchecked)),
    (40009, lambda f, b: f.department.setCurrentIndex(0)),
    (40010, lambda f, b: f.role.setCurrentIndex(0)),
    (40011, lambda f, b: f.timezone.setCurrentText("")),
    (40013, lambda f, b: (f.meta.insertRow(0), f.meta.setItem(0, 0, _item("badge")),
                          f.meta.setItem(0, 1, _item("x" * 101)))),
    (40014, lambda f, b: f.job_title.clear()),
    (40015, lambda f, b: f.start_date.clear()),
    (40017, lambda f, b: (f.email.clear(), b.keyClicks(f.email, "ada@@acme"))),
    (40018, lambda f, b: (f.phone.clear(), b.keyClicks(f.phone, "555-01"))),
    (40021, lambda f, b: (f.start_date.clear(), b.keyClicks(f.start_date, "2026-13-40"))),
    (40022, lambda f, b: (f.start_date.clear(), b.keyClicks(f.start_date, "2027-01-04"))),
    (40023, lambda f, b: f.timezone.setCurrentText("Mars/Olympus_Mons")),
    (40025, lambda f, b: (f.state.clear(), b.keyClicks(f.state, "N1"))),
    (40026, lambda f, b: (f.postal.clear(), b.keyClicks(f.postal, "1234"))),
    (40029, lambda f, b: (f.email.clear(), b.keyClicks(f.email, TAKEN_EMAIL))),
    (40030, lambda f, b: (f.phone.clear(), b.keyClicks(f.phone, "212 555 0142"))),
]  # fmt: skip


def _item(text: str):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QTableWidgetItem

    return QTableWidgetItem(text)


@pytest.mark.parametrize(("code", "spoil"), CASES, ids=[str(c) for c, _ in CASES])
def test_each_vendor_rule_flags_its_field_before_sending(
    qtbot: QtBot, code: int, spoil: object
) -> None:
    form, seen = make_form(qtbot)
    fill_valid(form, qtbot)
    spoil(form, qtbot)  # type: ignore[operator]
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    field = FIELD_FOR_CODE[code]
    assert form.isVisible(), "the form closed on a refused entry"
    assert form.errors[field].isVisible(), f"{code}: {field} not flagged"
    assert form.errors[field].text()
    assert seen[-1].first_name or code == 40004  # what was typed is still there


def test_a_valid_account_is_accepted_and_the_phone_normalized(qtbot: QtBot) -> None:
    form, seen = make_form(qtbot)
    fill_valid(form, qtbot)
    assert form.phone_shown.text() == "Will be sent as +12125550199"
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    assert seen[-1].location_ids == ("301",)
