"""A valid WorkTaps account and the seeded owner whose contact details are taken, as the
vendor's error-code tests use them."""

from __future__ import annotations

from datetime import date

from desktop.api import (
    AccountInput,
    Meta,
)

EMPLOYEE_ID = 5010


OWNER_EMAIL = "jack.mendoza@acme.example"


OWNER_PHONE = "+12122300000"


VALID = AccountInput(
    first_name="Ada",
    last_name="Lovelace",
    email="ada.lovelace@example.com",
    phone="+12022345678",
    city="Washington",
    state="DC",
    street="1 Analytical Way",
    postal="20001-1234",
    birth_date=date(1990, 12, 10),
    employee_id="90001",
    timezone="America/New_York",
    role="EMPLOYEE",
    department="209",
    locations=["301", "303"],
    meta=Meta(job_title="Dish Washer", start_date=date(2026, 11, 1), badge="B-17"),
)
