"""The cache of WorkTaps accounts, departments and locations, for the accounts page.

Each record is kept whole (its JSON in ``body``) beside the columns the page
sorts, filters and searches on. Accounts come back sorted by last name, first
name and id, a page at a time; a search matches the start of any word of the
name, the email, the phone's digits (with and without a US country code) or
the employee id, every term it is given, ignoring case.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Collection, Iterable, Sequence
from datetime import datetime

from desktop import api

from ._convert import epoch
from .db import Database

_SAVE_ACCOUNT = (
    "INSERT INTO taps_account (id, body, first_name, last_name, email, phone, employee_id, "
    "department_id, role, search, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (id) DO UPDATE SET body = excluded.body, first_name = excluded.first_name, "
    "last_name = excluded.last_name, email = excluded.email, phone = excluded.phone, "
    "employee_id = excluded.employee_id, department_id = excluded.department_id, "
    "role = excluded.role, search = excluded.search, fetched_at = excluded.fetched_at"
)
_LINK = (
    "INSERT INTO taps_account_location (location_id, account_id) VALUES (?, ?) "
    "ON CONFLICT DO NOTHING"
)
_UNLINK = "DELETE FROM taps_account_location WHERE account_id = ?"
_ORDER = "ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, id"
_PHONE_LIKE = re.compile(r"[0-9+()\-. ]*[0-9][0-9+()\-. ]*")
# Departments and locations: the same shape, one table each.
_NAMED = {"department": "taps_department", "location": "taps_location"}


def search_text(account: api.Account) -> str:
    """The words a search looks in, casefolded, each after a space."""
    words = [
        account.first_name or "",
        account.last_name or "",
        account.email or "",
        *_phone_words(account.phone),
        account.employee_id or "",
    ]
    return " " + " ".join(word for word in " ".join(words).casefold().split())


def _phone_words(phone: str | None) -> list[str]:
    digits = re.sub(r"[^0-9]", "", phone or "")
    if len(digits) == 11 and digits.startswith("1"):
        return [digits, digits[1:]]
    return [digits]


def search_terms(search: str) -> list[str]:
    """Each word of a search, casefolded. A search that looks like a phone number as a
    whole (``(202) 234-56``) is one term, its digits; so is each phone-like word."""
    if _PHONE_LIKE.fullmatch(search.strip()):
        return [re.sub(r"[^0-9]", "", search)]
    terms = []
    for word in search.casefold().split():
        if _PHONE_LIKE.fullmatch(word):
            word = re.sub(r"[^0-9]", "", word)
        terms.append(word)
    return terms


class AccountCache:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- accounts ---------------------------------------------------------------------

    def save_accounts(self, accounts: Iterable[api.Account], fetched_at: datetime) -> None:
        """Replaces the set of accounts in one transaction."""
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM taps_account")
            self._write(conn, accounts, epoch(fetched_at))

    def upsert_accounts(self, accounts: Iterable[api.Account], fetched_at: datetime) -> None:
        """Adds or updates ``accounts``, keeping the others (one page of a longer walk)."""
        with self.db.transaction() as conn:
            self._write(conn, accounts, epoch(fetched_at))

    def upsert_account(self, account: api.Account, fetched_at: datetime) -> None:
        """One account as WorkTaps answered a create, an update or a get."""
        self.upsert_accounts([account], fetched_at)

    def retain_accounts(self, ids: Collection[int]) -> int:
        """Forgets every account whose id is not in ``ids`` (the end of a full walk)."""
        cursor = self.db.conn.execute(
            "DELETE FROM taps_account WHERE id NOT IN "
            "(SELECT CAST(value AS BIGINT) FROM json_each(?))",
            (json.dumps(sorted(ids)),),
        )
        self.db.touch("taps_account")
        return cursor.rowcount

    def remove_account(self, account_id: int) -> None:
        """Forgets a removed account (its location links go with it)."""
        self.db.conn.execute("DELETE FROM taps_account WHERE id = ?", (account_id,))
        self.db.touch("taps_account")

    def get(self, account_id: int) -> api.Account | None:
        row = self.db.conn.execute(
            "SELECT body FROM taps_account WHERE id = ?", (account_id,)
        ).fetchone()
        return None if row is None else api.Account.model_validate_json(row[0])

    def accounts(
        self,
        search: str = "",
        *,
        department_id: str | None = None,
        location_id: str | None = None,
        offset: int = 0,
        limit: int = 200,
    ) -> list[api.Account]:
        """One page of the accounts matching ``search`` (and the department and location,
        when given), by last name, first name and id."""
        where, params = _where(search, department_id, location_id)
        rows = self.db.conn.execute(
            f"SELECT body FROM taps_account {where} {_ORDER} LIMIT ? OFFSET ?",  # noqa: S608
            [*params, max(0, limit), max(0, offset)],
        )
        return [api.Account.model_validate_json(row[0]) for row in rows]

    def count(
        self, search: str = "", *, department_id: str | None = None, location_id: str | None = None
    ) -> int:
        where, params = _where(search, department_id, location_id)
        row = self.db.conn.execute(
            f"SELECT count(*) FROM taps_account {where}",  # noqa: S608
            params,
        ).fetchone()
        return int(row[0])

    def taken_emails(self, exclude_id: int | None = None) -> dict[str, str]:
        """Every cached account's email, lower-cased, and whose it is ("Ada Lovelace
        (#5001)"); ``exclude_id``: the one being edited."""
        return self._taken("lower(email)", exclude_id)

    def taken_phones(self, exclude_id: int | None = None) -> dict[str, str]:
        """Every cached account's phone, in E.164 as WorkTaps keeps it, and whose it is."""
        return self._taken("phone", exclude_id)

    def _taken(self, column: str, exclude_id: int | None) -> dict[str, str]:
        rows = self.db.conn.execute(
            f"SELECT {column}, first_name, last_name, id FROM taps_account "  # noqa: S608
            f"WHERE {column} IS NOT NULL AND {column} != '' AND id IS DISTINCT FROM ?",
            (exclude_id,),
        )
        return {
            str(value): f"{' '.join(n for n in (first, last) if n) or 'an account'} (#{ident})"
            for value, first, last, ident in rows
        }

    def _write(self, conn: sqlite3.Connection, accounts: Iterable[api.Account], when: int) -> None:
        rows = list(accounts)
        conn.executemany(_SAVE_ACCOUNT, [_account_values(account, when) for account in rows])
        conn.executemany(_UNLINK, [(account.id,) for account in rows])
        conn.executemany(
            _LINK, [(location.id, account.id) for account in rows for location in account.locations]
        )
        self.db.touch("taps_account")

    # -- departments and locations ------------------------------------------------------

    def save_departments(self, departments: Iterable[api.Department], fetched_at: datetime) -> None:
        """Replaces the set of departments."""
        self._save_named("department", departments, fetched_at, replace=True)

    def departments(self) -> list[api.Department]:
        """By name (ignoring case), then id."""
        return [api.Department.model_validate_json(body) for body in self._named("department")]

    def save_locations(self, locations: Iterable[api.Location], fetched_at: datetime) -> None:
        """Replaces the set of locations."""
        self._save_named("location", locations, fetched_at, replace=True)

    def upsert_location(self, location: api.Location, fetched_at: datetime) -> None:
        """One location as WorkTaps answered a create or an update."""
        self._save_named("location", [location], fetched_at, replace=False)

    def locations(self) -> list[api.Location]:
        """By name (ignoring case), then id."""
        return [api.Location.model_validate_json(body) for body in self._named("location")]

    def _save_named(
        self,
        kind: str,
        records: Iterable[api.Department | api.Location],
        fetched_at: datetime,
        *,
        replace: bool,
    ) -> None:
        table, when = _NAMED[kind], epoch(fetched_at)
        values = [(r.id, r.model_dump_json(by_alias=True), r.name or "", when) for r in records]
        with self.db.transaction() as conn:
            if replace:
                conn.execute(f"DELETE FROM {table}")  # noqa: S608
            conn.executemany(
                f"INSERT INTO {table} (id, body, name, fetched_at) VALUES (?, ?, ?, ?) "  # noqa: S608
                "ON CONFLICT (id) DO UPDATE SET body = excluded.body, name = excluded.name, "
                "fetched_at = excluded.fetched_at",
                values,
            )
            self.db.touch(table)

    def _named(self, kind: str) -> list[str]:
        rows = self.db.conn.execute(
            f"SELECT body FROM {_NAMED[kind]} ORDER BY name COLLATE NOCASE, id"  # noqa: S608
        )
        return [str(row[0]) for row in rows]


def _account_values(account: api.Account, when: int) -> tuple[object, ...]:
    return (
        account.id,
        account.model_dump_json(by_alias=True),
        account.first_name or "",
        account.last_name or "",
        account.email,
        account.phone,
        account.employee_id,
        account.department.id if account.department else None,
        account.role,
        search_text(account),
        when,
    )


def _where(
    search: str, department_id: str | None, location_id: str | None
) -> tuple[str, Sequence[object]]:
    terms: list[str] = []
    params: list[object] = []
    for word in search_terms(search):
        terms.append("instr(search, ?) > 0")
        params.append(" " + word)
    if department_id is not None:
        terms.append("department_id = ?")
        params.append(department_id)
    if location_id is not None:
        terms.append("id IN (SELECT account_id FROM taps_account_location WHERE location_id = ?)")
        params.append(location_id)
    return ("WHERE " + " AND ".join(terms) if terms else ""), params
