"""The lock cache: round trips, every filter and sort against expectations computed here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from desktop import api
from desktop.store import Database, EventFilter, LockCache, LockEventRow, LockRow, SortKey

BASE = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)
FETCHED = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)
PEOPLE = [
    ("emp_1", "Zoë Adams"),
    ("emp_2", "bob Brown"),
    ("emp_3", "Carla Díaz"),
    (None, None),
    ("emp_4", "ALAN Ames"),
]
METHODS = ["fingerprint", "card", "passcode", "app", "key", "gateway", "face"]
LOCK_IDS = ["lock_1", "lock_2", "lock_3"]


def filter_id(f: EventFilter) -> str:
    """The filter's repr with its methods sorted: a frozenset's order follows the hash seed,
    which differs between pytest-xdist's workers, and they must collect the same ids."""
    methods = "frozenset({" + ", ".join(map(repr, sorted(f.methods))) + "})"
    return repr(f).replace(f"methods={f.methods!r}", f"methods={methods}")


def make_events(count: int = 60) -> list[api.LockEvent]:
    events = []
    for n in range(count):
        emp_id, name = PEOPLE[n % len(PEOPLE)]
        at = BASE + timedelta(minutes=10 * (n // 2))  # pairs share a timestamp: ties by id
        kind = "forced" if n % 7 == 3 else ("locked_out" if n % 11 == 5 else "unlock")
        events.append(
            api.LockEvent(
                id=f"ev_{(n * 37) % 101:03d}",
                timestamp=at,
                server_timestamp=None if n % 4 == 0 else at + timedelta(hours=n % 3),
                lock_id=LOCK_IDS[n % 3],
                employee_id=emp_id,
                employee_name=name,
                access_method=METHODS[n % len(METHODS)],
                success=n % 5 != 2,
                event=kind,
            )
        )
    return events


def as_row(event: api.LockEvent) -> LockEventRow:
    return LockEventRow(
        event.id,
        event.lock_id or "",
        event.employee_id,
        event.employee_name,
        event.access_method or "",
        event.timestamp,
        event.server_timestamp,
        bool(event.success),
        event.event,
    )


SORT_KEYS: dict[str, Callable[[LockEventRow], tuple[object, ...]]] = {
    "timestamp": lambda r: (r.timestamp,),
    "employee": lambda r: (r.employee_name is not None, (r.employee_name or "").lower()),
    "method": lambda r: (r.access_method,),
    "result": lambda r: (r.success,),
    "lock": lambda r: (r.lock_id,),
}


def expected(rows: list[LockEventRow], f: EventFilter) -> list[LockEventRow]:
    """What the filter means, written out plainly in Python."""
    needle = f.search.strip().casefold()

    def keep(r: LockEventRow) -> bool:
        return (
            (f.lock_id is None or r.lock_id == f.lock_id)
            and (f.start is None or r.timestamp >= f.start)
            and (f.end is None or r.timestamp < f.end)
            and (f.employee_id is None or r.employee_id == f.employee_id)
            and (not f.methods or r.access_method in f.methods)
            and (not f.denied_only or not r.success)
            and (not f.alerts_only or r.event != "unlock")
            and (
                not needle
                or any(
                    needle in (text or "").casefold()
                    for text in (r.employee_name, r.employee_id, r.id)
                )
            )
        )

    key = SORT_KEYS[f.sort]
    return sorted((r for r in rows if keep(r)), key=lambda r: (*key(r), r.id), reverse=f.descending)


@pytest.fixture
def cache(db: Database) -> LockCache:
    return LockCache(db)


@pytest.fixture
def rows(cache: LockCache) -> list[LockEventRow]:
    events = make_events()
    assert cache.save_events(events, FETCHED) == len(events)
    return [as_row(e) for e in events]


def check(cache: LockCache, rows: list[LockEventRow], f: EventFilter) -> list[LockEventRow]:
    want = expected(rows, f)
    assert cache.events(f, 0, 1000) == want
    assert cache.count_events(f) == len(want)
    return want


def test_events_round_trip_with_aware_utc_times(cache: LockCache, rows: list[LockEventRow]) -> None:
    got = cache.events(EventFilter(), 0, 1000)
    assert sorted(got) == sorted(rows)
    for row in got:
        assert row.timestamp.tzinfo is UTC
        assert row.server_timestamp is None or row.server_timestamp.tzinfo is UTC


@pytest.mark.parametrize("sort", list(SORT_KEYS))
@pytest.mark.parametrize("descending", [True, False])
def test_every_sort_both_ways_ties_by_id(
    cache: LockCache, rows: list[LockEventRow], sort: str, descending: bool
) -> None:
    want = check(cache, rows, EventFilter(sort=sort, descending=descending))  # type: ignore[arg-type]
    assert len(want) == len(rows)


@pytest.mark.parametrize(
    "f",
    [
        EventFilter(lock_id="lock_2"),
        EventFilter(lock_id="lock_unknown"),
        EventFilter(start=BASE + timedelta(minutes=100)),
        EventFilter(end=BASE + timedelta(minutes=100)),
        EventFilter(start=BASE + timedelta(minutes=50), end=BASE + timedelta(minutes=120)),
        EventFilter(employee_id="emp_3"),
        EventFilter(methods=frozenset({"card"})),
        EventFilter(methods=frozenset({"card", "face", "app"})),
        EventFilter(denied_only=True),
        EventFilter(alerts_only=True),
        EventFilter(search="zOË"),
        EventFilter(search="  brown "),
        EventFilter(search="EMP_4"),
        EventFilter(search="ev_01"),
        EventFilter(search="nobody"),
        EventFilter(search="%"),
        EventFilter(
            lock_id="lock_1",
            start=BASE + timedelta(minutes=30),
            methods=frozenset({"card", "passcode", "key"}),
            sort="employee",
            descending=False,
        ),
        EventFilter(lock_id="lock_3", denied_only=True, alerts_only=False, sort="method"),
        EventFilter(search="a", alerts_only=True, sort="result", descending=False),
    ],
    ids=filter_id,
)
def test_each_filter_field_alone_and_together(
    cache: LockCache, rows: list[LockEventRow], f: EventFilter
) -> None:
    check(cache, rows, f)


def test_a_start_is_inclusive_and_an_end_exclusive(
    cache: LockCache, rows: list[LockEventRow]
) -> None:
    at = BASE + timedelta(minutes=40)
    exactly = [r for r in rows if r.timestamp == at]
    assert exactly
    assert set(cache.events(EventFilter(start=at, end=at + timedelta(seconds=1)), 0, 99)) == set(
        exactly
    )
    assert cache.events(EventFilter(start=at, end=at), 0, 99) == []


def test_pages_put_together_are_the_whole_list(cache: LockCache, rows: list[LockEventRow]) -> None:
    for f in (EventFilter(sort="employee"), EventFilter(lock_id="lock_1", descending=False)):
        pages = [cache.events(f, offset, 7) for offset in range(0, 70, 7)]
        assert [r for page in pages for r in page] == expected(rows, f)


def test_a_naive_datetime_is_refused(cache: LockCache) -> None:
    with pytest.raises(ValueError, match="time zone"):
        cache.count_events(EventFilter(start=datetime(2026, 11, 18)))


def test_saving_again_is_idempotent_and_counts_only_new_events(
    cache: LockCache, rows: list[LockEventRow]
) -> None:
    events = make_events()
    assert cache.save_events(events, FETCHED) == 0
    assert cache.save_events(events + make_events(70)[60:], FETCHED) == 10
    assert cache.count_events(EventFilter()) == 70
    assert cache.save_events([], FETCHED) == 0


def test_a_changed_event_is_updated_in_place(cache: LockCache, rows: list[LockEventRow]) -> None:
    first = make_events()[0]
    moved = first.model_copy(
        update={"timestamp": BASE - timedelta(days=1), "employee_name": "Renamed", "success": False}
    )
    assert cache.save_events([moved], FETCHED) == 0
    assert cache.count_events(EventFilter()) == len(rows)
    assert cache.oldest_event("lock_1") == as_row(moved)


def test_known_ids_newest_and_oldest(cache: LockCache, rows: list[LockEventRow]) -> None:
    ids = [r.id for r in rows[:5]]
    assert cache.known_event_ids([*ids, "ev_nope"]) == set(ids)
    assert cache.known_event_ids(f"x{n}" for n in range(1200)) == set()
    for lock_id in LOCK_IDS:
        mine = expected(rows, EventFilter(lock_id=lock_id))
        assert cache.newest_event(lock_id) == mine[0]
        assert cache.oldest_event(lock_id) == mine[-1]
    assert cache.newest_event("lock_none") is None
    assert cache.oldest_event("lock_none") is None


def test_events_between_is_every_lock_newest_first_or_one_persons(
    cache: LockCache, rows: list[LockEventRow]
) -> None:
    start, end = BASE + timedelta(minutes=60), BASE + timedelta(minutes=200)
    assert cache.events_between(start, end) == expected(rows, EventFilter(start=start, end=end))
    one = EventFilter(start=start, end=end, employee_id="emp_3")
    assert cache.events_between(start, end, "emp_3") == expected(rows, one) != []


def test_an_event_without_a_known_outcome_counts_as_denied(cache: LockCache) -> None:
    event = api.LockEvent(id="ev_x", timestamp=BASE, lock_id="lock_1")
    cache.save_events([event], FETCHED)
    (row,) = cache.events(EventFilter(), 0, 10)
    assert row.success is False
    assert row.access_method == ""
    assert row.event == "unlock"


def lock(lock_id: str, name: str | None, **fields: object) -> api.Lock:
    return api.Lock.model_validate({"id": lock_id, "name": name, **fields})


def test_locks_round_trip_and_a_save_replaces_the_set(cache: LockCache) -> None:
    seen = BASE - timedelta(minutes=5)
    cache.save_locks(
        [
            lock(
                "lock_2",
                "Staff entrance",
                location="HQ",
                battery_percent=64,
                online=True,
                has_gateway=True,
                last_event_at=seen,
            ),
            lock("lock_1", "front door"),
            lock("lock_9", "Gone soon"),
        ],
        FETCHED,
    )
    assert cache.locks() == [
        LockRow("lock_1", "front door", "", None, None, None, None),
        LockRow("lock_9", "Gone soon", "", None, None, None, None),
        LockRow("lock_2", "Staff entrance", "HQ", 64, True, True, seen),
    ]
    cache.save_locks([lock("lock_1", None, online=False, has_gateway=False)], FETCHED)
    assert cache.locks() == [LockRow("lock_1", "", "", None, False, False, None)]


def test_a_filter_is_a_value(cache: LockCache) -> None:
    f = EventFilter(lock_id="lock_1")
    assert replace(f, sort="lock") == EventFilter(lock_id="lock_1", sort="lock")
    assert hash(f) == hash(EventFilter(lock_id="lock_1"))


@pytest.mark.parametrize("sort", list(SORT_KEYS))
@pytest.mark.parametrize("descending", [True, False])
@pytest.mark.parametrize("size", [1, 7])
def test_keyset_pages_put_together_are_the_whole_list(
    cache: LockCache, rows: list[LockEventRow], sort: SortKey, descending: bool, size: int
) -> None:
    f = EventFilter(sort=sort, descending=descending)
    got: list[LockEventRow] = []
    last: LockEventRow | None = None
    while page := cache.events_after(f, last, size):
        got += page
        last = page[-1]
    assert got == expected(rows, f)


def test_a_count_is_made_only_when_the_indexes_narrow_it_enough(
    cache: LockCache, rows: list[LockEventRow]
) -> None:
    one_lock = EventFilter(lock_id="lock_2", denied_only=True)
    narrowed = len(expected(rows, EventFilter(lock_id="lock_2")))
    assert cache.count_events_if_cheap(one_lock, narrowed) == len(expected(rows, one_lock))
    assert cache.count_events_if_cheap(one_lock, narrowed - 1) is None  # it would read more
    assert cache.count_events_if_cheap(EventFilter(), len(rows)) == len(rows)
