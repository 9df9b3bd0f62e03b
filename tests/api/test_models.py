"""The records: the vendors' own examples parse; unknown fields, gaps and odd times are fine."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from desktop.api import (
    Account,
    AccountInput,
    AttendanceRecord,
    ClockEvent,
    Employee,
    LocationInput,
    LockEvent,
    Meta,
    Organization,
    Page,
    WebhookEvent,
    WorqEmployee,
)

STAMP = datetime(2024, 11, 18, 9, 0, tzinfo=UTC)


def test_the_vendors_examples_parse() -> None:
    org = Organization.model_validate(
        {
            "id": "org_123456",
            "name": "Acme Corporation",
            "employees_count": 42,
            "created_at": "2024-01-15T10:30:00Z",
        }
    )
    assert org.employees_count == 42
    employee = Employee.model_validate(
        {
            "id": "emp_123456",
            "name": "John Doe",
            "email": "john@example.com",
            "department": "Engineering",
            "position": "Senior Developer",
            "salary": 75000,
            "status": "active",
            "created_at": "2024-01-15T10:30:00Z",
        }
    )
    assert employee.salary == Decimal(75000)
    record = AttendanceRecord.model_validate(
        {
            "id": "att_123456",
            "employee_id": "emp_123456",
            "employee_name": "John Doe",
            "clock_in": "2024-11-18T09:00:00Z",
            "clock_out": "2024-11-18T17:30:00Z",
            "work_hours": 8.5,
            "late_minutes": 0,
            "early_departure_minutes": 0,
            "lock_id": "lock_789",
            "date": "2024-11-18",
        }
    )
    assert (record.clock_in, record.date) == (STAMP, date(2024, 11, 18))
    event = LockEvent.model_validate(
        {
            "id": "event_123456",
            "lock_id": "lock_789",
            "employee_id": "emp_123456",
            "employee_name": "John Doe",
            "access_method": "fingerprint",
            "timestamp": "2024-11-18T09:00:00Z",
            "success": True,
        }
    )
    assert (event.event, event.server_timestamp) == ("unlock", None)


def test_the_vendors_webhook_example_parses() -> None:
    event = WebhookEvent.model_validate(
        {
            "event": "attendance.clock_in",
            "timestamp": "2024-11-18T09:00:00Z",
            "data": {
                "employee_id": "emp_123456",
                "employee_name": "John Doe",
                "lock_id": "lock_789",
                "timestamp": "2024-11-18T09:00:00Z",
                "method": "fingerprint",
            },
        }
    )
    assert (event.event, event.timestamp) == ("attendance.clock_in", STAMP)
    assert event.data["method"] == "fingerprint"


def test_unknown_fields_are_ignored_and_optional_ones_may_be_missing() -> None:
    employee = Employee.model_validate({"id": "e", "name": "N", "shoe_size": 44})
    assert employee.email is None
    assert employee.status == "active"
    assert not hasattr(employee, "shoe_size")
    assert (
        LockEvent.model_validate({"id": "x", "timestamp": 0, "employee_id": None}).employee_id
        is None
    )


@pytest.mark.parametrize(
    "stamp",
    ["2024-11-18T09:00:00Z", "2024-11-18T09:00:00", "2024-11-18T04:00:00-05:00", 1731920400],
)
def test_timestamps_are_aware_utc(stamp: object) -> None:
    event = ClockEvent.model_validate(
        {"id": "c", "employee_id": "e", "type": "clock_in", "timestamp": stamp}
    )
    assert event.timestamp == STAMP
    assert event.timestamp.tzinfo is UTC


def test_empty_dates_are_none() -> None:
    person = WorqEmployee.model_validate(
        {"employee_id": 10001, "date_of_exit": "", "date_of_joining": "2020-01-02"}
    )
    assert (person.employee_id, person.date_of_exit) == ("10001", None)
    assert person.date_of_joining == date(2020, 1, 2)


def test_accounts_read_camel_case_and_keep_custom_meta() -> None:
    account = Account.model_validate(
        {
            "id": "5001",
            "firstName": "Ann",
            "department": {"id": 201, "name": "Eng"},
            "locations": [{"id": 301}],
            "meta": {"jobTitle": "Chef", "startDate": "2024-01-02", "badge": "B-7"},
            "meta2": None,
        }
    )
    assert (account.id, account.first_name) == (5001, "Ann")
    assert account.department is not None
    assert account.department.id == "201"
    assert account.meta.job_title == "Chef"
    assert account.meta.model_extra == {"badge": "B-7"}
    assert Account.model_validate({"id": 1}).meta == Meta()


def test_account_input_is_the_vendors_json() -> None:
    body = AccountInput(
        first_name="Ann",
        birth_date=date(1990, 1, 2),
        role="MANAGER",
        department="201",
        locations=["301", "302"],
        meta=Meta(job_title="Chef", start_date=date(2024, 1, 2), b="7"),
    ).to_json()
    assert body == {
        "firstName": "Ann",
        "birthDate": "1990-01-02",
        "role": "MANAGER",
        "department": "201",
        "locations": ["301", "302"],
        "meta": {"jobTitle": "Chef", "startDate": "2024-01-02", "b": "7"},
    }
    assert AccountInput().to_json() == {}
    with pytest.raises(ValueError, match="role"):
        AccountInput(role="BOSS")


def test_an_account_becomes_an_input_to_edit() -> None:
    account = Account.model_validate(
        {
            "id": 1,
            "firstName": "Ann",
            "role": "EMPLOYEE",
            "department": {"id": "201"},
            "locations": [{"id": "301"}],
            "meta": {"jobTitle": "Chef"},
            "street": "1 Main St.",
        }
    )
    body = AccountInput.from_account(account).to_json()
    assert body == {
        "firstName": "Ann",
        "role": "EMPLOYEE",
        "department": "201",
        "locations": ["301"],
        "meta": {"jobTitle": "Chef"},
        "street": "1 Main St.",
    }


def test_location_input() -> None:
    assert LocationInput(name="Annex", areacode="212").to_json() == {
        "name": "Annex",
        "areacode": "212",
    }


def test_pages() -> None:
    page: Page[int] = Page(items=[1, 2], page=1, limit=2, total=3)
    assert page.has_more
    assert not Page(items=[3], page=2, limit=2, total=3).has_more
    assert not Page(items=[], page=1, limit=2, total=30).has_more
    single = Page.single(["a", "b"])
    assert (single.page, single.limit, single.total, single.has_more) == (1, 2, 2, False)
