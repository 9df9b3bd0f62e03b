"""The account form's rules and bodies without a server: phones, updates, meta, the odd cases."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from desktop.api import Account, Location, ValidationError
from desktop.services.accounts.draft import custom_meta, draft_from_account
from desktop.services.accounts.rules import (
    AccountDraft,
    check_draft,
    field_for_error,
    jobs_from_error,
    normalize_phone,
    to_input,
    to_location_input,
)
from tests.helpers.accounts import TODAY, VALID

KNOWN: dict[str, Any] = {
    "today": TODAY,
    "departments": {"209", "201"},
    "locations": {"301", "302", "303"},
    "taken_emails": {"jack.mendoza@acme.example"},
    "taken_phones": {"+12122300000"},
}
CURRENT = Account.model_validate(
    {
        "id": 5002,
        "firstName": "Ann",
        "lastName": "Baker",
        "email": "ann.baker@acme.example",
        "phone": "+12125550100",
        "state": "NY",
        "postal": "10001",
        "birthDate": "1980-02-03",
        "timezone": "America/New_York",
        "role": "MANAGER",
        "department": {"id": "209", "name": "Kitchen"},
        "locations": [{"id": "301"}, {"id": "302"}],
        "meta": {"jobTitle": "Head Chef", "startDate": "2020-05-01", "badge": "B-1"},
    }
)


def create(draft: AccountDraft, **known: Any) -> dict[str, str]:
    return check_draft(draft, creating=True, **{**KNOWN, **known})


def update(draft: AccountDraft, open_jobs: tuple[str, ...] = ()) -> dict[str, str]:
    return check_draft(draft, creating=False, current=CURRENT, open_jobs=open_jobs, **KNOWN)


def edited(**changes: Any) -> AccountDraft:
    return dataclasses.replace(draft_from_account(CURRENT), **changes)


@pytest.mark.parametrize(
    "typed",
    ["(202) 234-5678", "202-234-5678", "+1 202 234 5678", "2022345678", "1 (202) 234 5678"],
)
def test_a_us_phone_in_any_common_form_becomes_e164(typed: str) -> None:
    assert normalize_phone(typed) == "+12022345678"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("+44 20 7946 0958", "+442079460958"),
        ("020 7946 0958", None),  # a UK number without its code is no US number
        ("+1 000 000 0000", None),
        ("555-0100", None),
        ("202-234-5678 ext. 12", None),
        ("call me", None),
        ("", None),
    ],
)
def test_other_phones(typed: str, expected: str | None) -> None:
    assert normalize_phone(typed) == expected


def test_a_valid_draft_passes_and_becomes_the_vendors_body() -> None:
    assert create(VALID) == {}
    assert to_input(VALID).to_json() == {
        "firstName": "Ada",
        "lastName": "Lovelace",
        "email": "ada.lovelace@example.com",
        "phone": "+12022345678",
        "city": "Washington",
        "street": "1 Analytical Way",
        "state": "DC",
        "postal": "20001-1234",
        "birthDate": "1990-12-10",
        "employeeId": "90001",
        "timezone": "America/New_York",
        "role": "EMPLOYEE",
        "department": "209",
        "locations": ["301", "303"],
        "meta": {"jobTitle": "Dish Washer", "startDate": "2026-11-01", "badge": "B-17"},
    }


def test_a_create_leaves_blank_optional_fields_out() -> None:
    draft = dataclasses.replace(VALID, phone="", city=" ", birth_date="", meta=(("", ""),))
    body = to_input(draft).to_json()
    assert not {"phone", "city", "birthDate"} & set(body)
    assert body["meta"] == {"jobTitle": "Dish Washer", "startDate": "2026-11-01"}


def test_an_unchanged_edit_checks_nothing_and_sends_nothing() -> None:
    assert update(edited()) == {}
    assert to_input(edited(), current=CURRENT).to_json() == {}
    # Spacing, case of the state and the phone's form are no change either.
    same = edited(first_name=" Ann ", state="ny", phone="(212) 555-0100")
    assert to_input(same, current=CURRENT).to_json() == {}


def test_an_edit_sends_only_what_changed() -> None:
    draft = edited(city="Queens", postal="", location_ids=("303",), job_title="Chef")
    assert update(draft) == {}
    assert to_input(draft, current=CURRENT).to_json() == {
        "city": "Queens",
        "postal": "",  # blank clears it
        "locations": ["303"],
        "meta": {"jobTitle": "Chef"},
    }


def test_a_removed_custom_field_is_sent_blank_since_meta_merges() -> None:
    draft = edited(meta=(("shirt", "L"),))
    assert to_input(draft, current=CURRENT).to_json() == {"meta": {"shirt": "L", "badge": ""}}
    assert custom_meta(CURRENT) == {"badge": "B-1"}


def test_an_edit_is_judged_only_on_what_changed() -> None:
    broken = CURRENT.model_copy(update={"postal": "1"})  # as if WorkTaps held a bad one
    draft = dataclasses.replace(draft_from_account(broken), city="Queens")
    errors = check_draft(draft, creating=False, current=broken, **KNOWN)
    assert errors == {}
    assert to_input(draft, current=broken).to_json() == {"city": "Queens"}


def test_meta_rules() -> None:
    draft = dataclasses.replace(VALID, meta=(("badge", "A"), (" badge", "B")))
    assert "twice" in create(draft)["meta"]
    assert "own box" in create(dataclasses.replace(VALID, meta=(("jobTitle", "X"),)))["meta"]
    assert "name" in create(dataclasses.replace(VALID, meta=(("", "X"),)))["meta"]
    assert create(dataclasses.replace(VALID, meta=(("badge", "x" * 100),))) == {}
    assert "100" in create(dataclasses.replace(VALID, job_title="x" * 101))["job_title"]
    # Keys are case-sensitive, as WorkTaps' are.
    assert create(dataclasses.replace(VALID, meta=(("badge", "A"), ("Badge", "B")))) == {}


def test_birth_date_is_a_real_day_not_in_the_future() -> None:
    assert set(create(dataclasses.replace(VALID, birth_date="1990-02-30"))) == {"birth_date"}
    assert set(create(dataclasses.replace(VALID, birth_date="2026-11-19"))) == {"birth_date"}
    assert create(dataclasses.replace(VALID, birth_date="")) == {}


def test_demoting_a_manager_is_refused_only_with_open_jobs_known() -> None:
    demoted = edited(role="EMPLOYEE")
    assert update(demoted) == {}
    message = update(demoted, ("Saturday inventory", "Audit"))["role"]
    assert "Saturday inventory, Audit" in message
    assert update(edited(role="OWNER"), ("Saturday inventory",))  # OWNER is no MANAGER either


def test_clearing_the_only_contact_left() -> None:
    no_phone = CURRENT.model_copy(update={"phone": None})
    draft = dataclasses.replace(draft_from_account(no_phone), email="")
    errors = check_draft(draft, creating=False, current=no_phone, **KNOWN)
    assert list(errors) == ["phone"]
    both = update(edited(email="", phone=""))
    assert set(both) == {"email", "phone"}


def test_unknown_departments_and_locations_are_not_judged_before_a_sync() -> None:
    draft = dataclasses.replace(VALID, department_id="999", location_ids=("998",))
    assert set(create(draft)) == {"department_id", "location_ids"}
    assert create(draft, departments=set(), locations=()) == {}


def test_an_update_needs_the_current_account() -> None:
    with pytest.raises(ValueError, match="current"):
        check_draft(VALID, creating=False, **KNOWN)


def test_server_errors_land_on_a_field_by_code_or_vendor_name() -> None:
    def error(code: int | None, field: str | None, detail: str | None = None) -> ValidationError:
        return ValidationError("x", service="worktaps", code=code, field=field, detail=detail)

    assert field_for_error(error(40021, "meta.startDate")) == "start_date"
    assert field_for_error(error(None, "meta.jobTitle")) == "job_title"
    assert field_for_error(error(None, "locations")) == "location_ids"
    assert field_for_error(error(None, None)) == ""
    said = "Forbiden role - account is a manager on currently opened jobs: A, B"
    assert jobs_from_error(error(40031, "role", said)) == ("A", "B")
    assert jobs_from_error(error(40030, "phone", "Phone already exists")) == ()


def test_a_location_form_becomes_the_vendors_body() -> None:
    typed = {"name": " Pop-up ", "phone": "(202) 234-5678", "state": "dc", "city": "", "about": ""}
    assert to_location_input(typed).to_json() == {
        "name": "Pop-up",
        "phone": "+12022345678",
        "state": "DC",
    }
    current = Location(id="301", name="Pop-up", phone="+12022345678", state="DC", city="Queens")
    assert to_location_input(typed, current=current).to_json() == {"city": ""}
