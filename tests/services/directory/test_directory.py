"""The directory's matching and disagreements, over hand-made records."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from desktop.api import Account, Department, Location
from desktop.services.accounts.draft import AccountDraft
from desktop.services.directory.actions import account_draft, employee_draft
from desktop.services.directory.employees import EmployeeDraft
from desktop.services.directory.match import id_key, phone_key
from desktop.services.directory.people import (
    REVOKE_WHERE,
    Opening,
    Person,
    build,
    only_disagreements,
)
from desktop.store import WorqPerson
from tests.helpers.directory import Hr, Wt

TODAY = date(2026, 11, 18)
NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)


def taps(account_id: int, **fields: Any) -> Account:
    body = {"id": account_id, "firstName": "Ada", "lastName": "Lovelace",
            "email": "ada@acme.example", "phone": "+12122345678", "employeeId": "10001",
            "department": {"id": "201", "name": "Sales"}}  # fmt: skip
    body.update(fields)
    return Account.model_validate(body)


ADA_WT = Wt("emp_010001", "Ada Lovelace", "Ada@Acme.example")
ADA_HR = Hr("10001", "Ada", "Lovelace", "ada@acme.example")


def one(people: list[Person]) -> Person:
    assert len(people) == 1, people
    return people[0]


def test_keys_normalize_ids_and_phones() -> None:
    assert id_key("emp_010001") == id_key("10001") == "10001"
    assert id_key("ABC") == "abc"
    assert id_key("  ") is None
    assert phone_key("(212) 234-5678") == phone_key("+1 212 234 5678") == "+12122345678"
    assert phone_key("not a phone") is None


def test_the_same_person_in_three_systems_is_one_row_matched_by_email() -> None:
    person = one(build([ADA_WT], [taps(5001)], [ADA_HR], today=TODAY))
    assert person.name == "Ada Lovelace"
    assert person.problems == ()
    assert person.method == "email"
    assert person.match_text() == "WorkTime One by email; WorkTaps by email"


def test_an_email_that_differs_is_matched_by_employee_id_and_flagged() -> None:
    account = taps(5001, email="ada.l@mail.example")
    person = one(build([ADA_WT], [account], [ADA_HR], today=TODAY))
    assert person.method == "employee_id"
    assert person.kinds() == {"email_differs"}
    assert "ada.l@mail.example" in person.problems[0].text


def test_an_account_with_only_a_phone_is_matched_by_phone_and_flagged() -> None:
    account = taps(5001, email=None, employeeId=None, phone="+1 (212) 234-5678")
    person = one(build([ADA_WT], [account], [ADA_HR], today=TODAY))
    assert person.method == "phone"
    assert person.kinds() == {"phone_only"}


def test_missing_records_phone_and_department_differences() -> None:
    bob_hr = Hr("10002", "Bob", "Stone", "bob@acme.example", department="Finance")
    bob_taps = taps(5002, firstName="Bob", lastName="Stone", email="bob@acme.example",
                    employeeId="10002", phone="+13125550199".replace("555", "234"))  # fmt: skip
    cy_wt = Wt("emp_010003", "Cy Young", "cy@acme.example")
    people = build([cy_wt], [bob_taps], [bob_hr], today=TODAY)
    bob, cy = people
    assert bob.kinds() == {"missing_in_worktime", "phone_differs", "department_differs"}
    assert "WorkTaps: Sales; WorQ: Finance" in next(
        p.text for p in bob.problems if p.kind == "department_differs"
    )
    assert cy.kinds() == {"missing_in_worktaps", "missing_in_worq"}
    assert only_disagreements(people) == people


def test_nobody_is_missing_from_a_system_the_console_has_no_records_of() -> None:
    cy_wt = Wt("emp_010003", "Cy Young", "cy@acme.example")
    alone = one(build([cy_wt], [], [], today=TODAY))  # WorkTaps not synced, WorQ not imported
    assert alone.problems == ()
    told = one(build([cy_wt], [], [], today=TODAY, known=frozenset({"worktime", "worq"})))
    assert told.kinds() == {"missing_in_worq"}


def test_department_names_compare_ignoring_case_and_ids_are_named() -> None:
    account = taps(5001, department={"id": "201"})
    person = one(build([ADA_WT], [account], [ADA_HR], today=TODAY,
                       taps_departments={"201": "SALES"}))  # fmt: skip
    assert person.problems == ()


def test_inactive_in_worktime_while_active_elsewhere() -> None:
    wt = Wt("emp_010001", "Ada Lovelace", "ada@acme.example", status="inactive")
    person = one(build([wt], [taps(5001)], [ADA_HR], today=TODAY))
    assert person.kinds() == {"status_differs"}
    assert person.problems[0].text == "Inactive in WorkTime One, active in WorQ and WorkTaps."


def test_a_leaver_still_active_and_opening_doors() -> None:
    hr = Hr("10001", "Ada", "Lovelace", "ada@acme.example", status="exited",
            end_date=date(2026, 11, 8))  # fmt: skip
    asked: list[tuple[str, date]] = []

    def doors(employee_id: str, left: date) -> Opening | None:
        asked.append((employee_id, left))
        return Opening(NOW, "Front door")

    person = one(build([ADA_WT], [taps(5001)], [hr], today=TODAY, doors=doors))
    assert person.kinds() == {"leaver_still_active", "opening_doors"}
    assert asked == [("emp_010001", date(2026, 11, 8))]
    still = person.problems[0].text
    assert still == (
        "Left on 2026-11-08 (WorQ), but is still in WorkTime One (active) and has a WorkTaps "
        "account."
    )
    doors_text = person.problems[1].text
    assert doors_text.startswith("Opened the Front door after leaving: last on ")
    assert doors_text.endswith(REVOKE_WHERE)  # where to take the eKey and card away


def test_a_leaver_gone_everywhere_or_a_deleted_employee_alone_is_no_disagreement() -> None:
    hr = Hr("10001", "Ada", "Lovelace", "ada@acme.example", status="exited",
            end_date=date(2026, 11, 8))  # fmt: skip
    deleted = Wt("emp_010001", "Ada Lovelace", "ada@acme.example", status="deleted")
    assert one(build([deleted], [], [hr], today=TODAY)).problems == ()
    assert one(build([], [], [hr], today=TODAY)).problems == ()
    assert one(build([deleted], [], [], today=TODAY)).problems == ()
    # A future exit date is not a leaver yet.
    later = Hr("10001", "Ada", "Lovelace", "ada@acme.example", end_date=date(2026, 12, 1))
    assert one(build([ADA_WT], [taps(5001)], [later], today=TODAY)).problems == ()


def test_deleted_in_worktime_but_active_in_hr() -> None:
    deleted = Wt("emp_010001", "Ada Lovelace", "ada@acme.example", status="deleted")
    person = one(build([deleted], [taps(5001)], [ADA_HR], today=TODAY))
    assert person.kinds() == {"status_differs"}


def test_a_second_record_of_one_system_makes_its_own_row() -> None:
    twin = taps(5009, firstName="Ada", lastName="Twin")
    people = build([ADA_WT], [taps(5001), twin], [ADA_HR], today=TODAY)
    assert len(people) == 2
    assert {p.worktaps.id for p in people if p.worktaps} == {5001, 5009}
    lone = next(p for p in people if p.worq is None)
    assert lone.kinds() == {"missing_in_worktime", "missing_in_worq"}


def test_search_text_holds_names_ids_emails_phones_and_problems() -> None:
    every = frozenset({"worktime", "worktaps", "worq"})
    person = one(build([ADA_WT], [], [ADA_HR], today=TODAY, known=every))  # type: ignore[arg-type]
    text = person.search_text()
    for word in ("ada lovelace", "emp_010001", "10001", "(212) 234-5678", "no workTaps account"):
        assert word.casefold() in text


def test_forms_start_from_the_worq_record() -> None:
    hr = WorqPerson(
        employee_id="10007", first_name="Cy", last_name="Young", email="cy@acme.example",
        phone="(212) 234-5678", department="finance", designation="Analyst",
        location="Uptown Office", start_date=date(2026, 1, 5), end_date=None, status="active",
        updated_at=None, first_seen=NOW, fetched_at=NOW,
    )  # fmt: skip
    departments = [Department(id="201", name="Sales"), Department(id="202", name="Finance")]
    locations = [Location(id="301", name="Headquarters", timezone="America/New_York"),
                 Location(id="302", name="Uptown office", timezone="America/Chicago")]  # fmt: skip
    draft = account_draft(hr, departments, locations, "America/New_York")
    assert draft == AccountDraft(
        first_name="Cy", last_name="Young", email="cy@acme.example", phone="+12122345678",
        employee_id="10007", timezone="America/Chicago", role="EMPLOYEE", department_id="202",
        location_ids=("302",), job_title="Analyst", start_date="2026-01-05",
    )  # fmt: skip
    unknown = replace(hr, department="Nowhere", location=None, phone=None)
    bare = account_draft(unknown, departments, locations, "America/New_York")
    assert (bare.department_id, bare.location_ids, bare.timezone, bare.phone) == (
        "", (), "America/New_York", "")  # fmt: skip
    assert employee_draft(hr, [("dept_01", "Sales"), ("dept_02", "Finance")]) == EmployeeDraft(
        name="Cy Young", email="cy@acme.example", department_id="dept_02", position="Analyst",
        start_date="2026-01-05",
    )  # fmt: skip
