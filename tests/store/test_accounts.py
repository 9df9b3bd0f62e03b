"""The WorkTaps cache: accounts whole, sorted, searched and filtered; departments; locations."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from desktop import api
from desktop.store import AccountCache, Database
from tests.helpers.accounts import account

FETCHED = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)
LATER = datetime(2026, 11, 18, 16, 0, tzinfo=UTC)


@pytest.fixture
def cache(db: Database) -> AccountCache:
    cache = AccountCache(db)
    cache.save_accounts(
        [
            account(3, "Zoe", "Adams", phone="+12022345678", employeeId="10003"),
            account(1, "ann", "Baker", phone="+442079460958"),
            account(2, "Bob", "adams", email="BOB.ADAMS@Acme.Example", employeeId="77"),
            account(
                4,
                "Mary Ann",
                "Cole",
                email=None,
                phone="+13125550100",
                department={"id": "201", "name": "Engineering"},
                locations=[{"id": "302"}, {"id": "303"}],
            ),
        ],
        FETCHED,
    )
    return cache


def ids(accounts: list[api.Account]) -> list[int]:
    return [a.id for a in accounts]


def test_an_account_round_trips_whole(db: Database) -> None:
    cache = AccountCache(db)
    original = account(
        9,
        "Ada",
        "Lovelace",
        phone="+12022345678",
        birthDate="1990-12-10",
        created="2026-01-02T03:04:05Z",
        meta={"jobTitle": "Chef", "startDate": "2026-01-05", "badge": "B-17"},
    )
    cache.upsert_account(original, FETCHED)
    back = cache.get(9)
    assert back == original
    assert back is not None
    assert back.meta.model_extra == {"badge": "B-17"}
    assert back.birth_date == date(1990, 12, 10)
    assert cache.get(10) is None


def test_accounts_sort_by_last_then_first_name_ignoring_case(cache: AccountCache) -> None:
    assert ids(cache.accounts()) == [2, 3, 1, 4]
    assert cache.count() == 4


def test_offset_and_limit_page_the_sorted_list(cache: AccountCache) -> None:
    assert ids(cache.accounts(offset=1, limit=2)) == [3, 1]
    assert ids(cache.accounts(offset=4)) == []


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("ad", [2, 3]),  # a last name's start, either case
        ("ANN", [1, 4]),  # a first name, and the second word of "Mary Ann"
        ("zoe ada", [3]),  # every word must match
        ("bob.adams@", [2]),  # the email, stored lower-case in the search text
        ("(202) 234", [3]),  # phone digits, typed with punctuation
        ("2022345678", [3]),  # a US number without its country code
        ("12022345678", [3]),
        ("4420", [1]),
        ("1000", [3]),  # the employee id
        ("dams", []),  # not the start of a word
        ("", [2, 3, 1, 4]),
    ],
)
def test_search_matches_the_start_of_any_word(
    cache: AccountCache, search: str, expected: list[int]
) -> None:
    assert ids(cache.accounts(search)) == expected
    assert cache.count(search) == len(expected)


def test_department_and_location_filters(cache: AccountCache) -> None:
    assert ids(cache.accounts(department_id="201")) == [4]
    assert ids(cache.accounts(location_id="303")) == [4]
    assert ids(cache.accounts(location_id="301")) == [2, 3, 1]
    assert ids(cache.accounts("ann", location_id="301")) == [1]
    assert cache.count(department_id="209", location_id="302") == 0


def test_an_update_moves_the_account_between_locations(cache: AccountCache) -> None:
    cache.upsert_account(account(1, "Ann", "Baker", locations=[{"id": "303"}]), LATER)
    assert ids(cache.accounts(location_id="301")) == [2, 3]
    assert ids(cache.accounts(location_id="303")) == [1, 4]


def test_save_replaces_and_retain_forgets_the_unlisted(cache: AccountCache, db: Database) -> None:
    cache.retain_accounts({1, 4})
    assert ids(cache.accounts()) == [1, 4]
    cache.save_accounts([account(7, "New", "Person")], LATER)
    assert ids(cache.accounts()) == [7]
    links = db.conn.execute("SELECT account_id FROM taps_account_location").fetchall()
    assert [row[0] for row in links] == [7]


def test_remove_account(cache: AccountCache) -> None:
    cache.remove_account(3)
    assert cache.get(3) is None
    assert ids(cache.accounts(location_id="301")) == [2, 1]


def test_taken_emails_and_phones_leave_out_the_one_edited(cache: AccountCache) -> None:
    assert set(cache.taken_emails()) == {
        "zoe.adams@acme.example",
        "ann.baker@acme.example",
        "bob.adams@acme.example",
    }
    assert "bob.adams@acme.example" not in cache.taken_emails(exclude_id=2)
    assert set(cache.taken_phones()) == {"+12022345678", "+442079460958", "+13125550100"}
    assert set(cache.taken_phones(exclude_id=3)) == {"+442079460958", "+13125550100"}
    # Whose each is, for a refusal that names the other account.
    assert cache.taken_emails()["bob.adams@acme.example"] == "Bob adams (#2)"  # as stored


def test_departments_and_locations_by_name(db: Database) -> None:
    cache = AccountCache(db)
    cache.save_departments(
        [api.Department(id="209", name="Kitchen"), api.Department(id="201", name="engineering")],
        FETCHED,
    )
    assert [d.id for d in cache.departments()] == ["201", "209"]
    cache.save_departments([api.Department(id="205", name="Finance")], LATER)
    assert [d.name for d in cache.departments()] == ["Finance"]
    cache.save_locations(
        [
            api.Location(id="302", name="Warehouse"),
            api.Location(id="301", name="Headquarters", phone="+12125550100", state="NY"),
        ],
        FETCHED,
    )
    cache.upsert_location(api.Location(id="302", name="Annex", city="Queens"), LATER)
    cache.upsert_location(api.Location(id="304", name="Pop-up"), LATER)
    locations = cache.locations()
    assert [loc.name for loc in locations] == ["Annex", "Headquarters", "Pop-up"]
    assert locations[0].city == "Queens"
    assert locations[1].phone == "+12125550100"
