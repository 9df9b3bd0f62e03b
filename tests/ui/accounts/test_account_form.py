"""Each WorkTaps code 40004 to 40031 through the console's forms against the sandbox, typed
as a person would: first the console's own checks flag the field and nothing is sent; then,
with those checks swapped for ones that accept everything (``AccountsController.check_draft`` and
``check_term_date``), WorkTaps' own answer lands on the same field in plain words."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.api import Account, AccountInput, Meta, WorkTapsClient
from desktop.sandbox import WORKTAPS_KEY, SandboxServer
from desktop.sandbox.worktaps_codes import MESSAGES as VENDOR_MESSAGES
from desktop.services.accounts.rules import FIELD_FOR_CODE, MESSAGES
from desktop.services.accounts.service import refusal
from desktop.ui.accounts.account_form import ROLES, AccountForm
from desktop.ui.accounts.controller import AccountsController
from desktop.ui.accounts.terminate import TerminateDialog
from tests.helpers.taps_forms import (
    MANAGER_OF_OPEN_JOB,
    connected,
    erase,
    fill_new,
    flagged,
    last_seq,
    refuse_termination,
    retype,
    tick,
    type_in_cell,
    writes,
)
from tests.helpers.waiting import until

Enter = Callable[[AccountForm, QtBot], Any]

NEW = None  # a new account, typed in whole first (``fill_new``)
EMAIL_ONLY = -1  # an account the test makes in WorkTaps before the console syncs
PHONE_ONLY = 5061  # seeded: a phone, no email
EMPLOYEE = 5010  # seeded: at Headquarters only
TAKEN_EMAIL = "Jack.Mendoza@acme.example"  # the owner's, in another case
TAKEN_PHONE = "(212) 230-0000"  # the owner's, typed locally


@dataclass(frozen=True)
class Row:
    field: str  # the field a person sees flagged
    enter: Enter | None = None  # the input behind the code; None: no form can give it
    account: int | None = NEW
    console: bool = True  # the console flags it before sending
    answer: int | None = None  # the code WorkTaps answers, when not the row's own
    where: str = "account form"
    why: str = ""  # where a half is not reachable: why, and where it is covered instead


def _meta_too_long(form: AccountForm, bot: QtBot) -> None:
    bot.mouseClick(form.add_meta, Qt.MouseButton.LeftButton)
    type_in_cell(bot, form.meta, 0, 0, "badge")
    type_in_cell(bot, form.meta, 0, 1, "x" * 101)


SERVICE_LEVEL = "tests/services/test_account_rules.py (console and sandbox, raw body)"
TABLE: dict[int, Row] = {
    40004: Row("first_name", lambda f, b: erase(b, f.first_name)),
    40005: Row("last_name", lambda f, b: erase(b, f.last_name)),
    40006: Row("email", lambda f, b: (erase(b, f.email), erase(b, f.phone))),
    # Only an edit can take away the last contact: the email of an account with no phone.
    40007: Row("phone", lambda f, b: erase(b, f.email), account=EMAIL_ONLY),
    40008: Row("location_ids", lambda f, b: tick(b, f.locations, "Headquarters")),
    40009: Row("department_id", lambda f, b: f.department.setCurrentIndex(0)),
    40010: Row("role", lambda f, b: f.role.setCurrentIndex(0)),
    40011: Row("timezone", lambda f, b: erase(b, f.timezone.lineEdit())),
    40012: Row(
        "term_date",
        where="terminate dialog",
        why="the term date is a date picker: it hands over a date, never a blank (see "
        "test_the_term_date_picker_hands_over_only_real_dates); " + SERVICE_LEVEL,
    ),
    40013: Row("meta", _meta_too_long),
    40014: Row("job_title", lambda f, b: erase(b, f.job_title)),
    40015: Row("start_date", lambda f, b: erase(b, f.start_date)),
    40017: Row("email", lambda f, b: retype(b, f.email, "grace@@acme")),
    40018: Row("phone", lambda f, b: retype(b, f.phone, "555-01")),
    # On a create no ticked location leaves ``locations`` out (40008); an edit sends [].
    40019: Row("location_ids", lambda f, b: tick(b, f.locations, "Headquarters"), account=EMPLOYEE),
    40020: Row(
        "role",
        why="the role box offers only the three roles (asserted below); " + SERVICE_LEVEL,
    ),
    # The client's body holds a start date only as a date: one that is none is left out,
    # so WorkTaps, checks bypassed, finds none (40015) on the same field. 40021 itself from
    # a raw body: SERVICE_LEVEL.
    40021: Row("start_date", lambda f, b: retype(b, f.start_date, "11/01/2026"), answer=40015),
    40022: Row("start_date", lambda f, b: retype(b, f.start_date, "2026-11-19")),
    40023: Row("timezone", lambda f, b: retype(b, f.timezone.lineEdit(), "Mars/Olympus_Mons")),
    40025: Row("state", lambda f, b: retype(b, f.state, "N1")),
    40026: Row("postal", lambda f, b: retype(b, f.postal, "1234")),
    40027: Row(
        "term_date",
        where="terminate dialog",
        why="the date picker hands over only real dates (same test) and the client writes "
        "them as MM/DD/YYYY; " + SERVICE_LEVEL,
    ),
    40028: Row("term_date", where="terminate dialog"),  # tomorrow, typed into the picker
    40029: Row("email", lambda f, b: retype(b, f.email, TAKEN_EMAIL)),
    40030: Row("phone", lambda f, b: retype(b, f.phone, TAKEN_PHONE)),
    # WorkTaps has no endpoint for jobs: the console cannot know them before it asks.
    # (check_draft's open_jobs rule: tests/services/test_account_rules.py.)
    40031: Row(
        "role",
        lambda f, b: f.role.setCurrentIndex(f.role.findData("EMPLOYEE")),
        account=MANAGER_OF_OPEN_JOB,
        console=False,
    ),
}  # fmt: skip
FORM_ROWS = {c: r for c, r in TABLE.items() if r.where == "account form" and r.enter}


def test_the_table_holds_every_vendor_code_from_40004_to_40031() -> None:
    # 40016 and 40024 are not in the vendor's table.
    assert set(TABLE) == {c for c in VENDOR_MESSAGES if 40004 <= c <= 40031}
    for code, row in TABLE.items():
        assert row.field == FIELD_FOR_CODE[code]
        assert row.enter or row.why or row.where != "account form", code


def accept_everything(*_args: object, **_kwargs: object) -> dict[str, str]:
    return {}


def _plain(text: str, code: int) -> None:
    """A manager's words: not the vendor's, no code number."""
    assert text.strip(), code
    assert str(code) not in text
    assert text != VENDOR_MESSAGES[code]
    assert "required" not in text.lower()


async def _open(
    taps: AccountsController, client: WorkTapsClient, qtbot: QtBot, account: int | None
) -> AccountForm:
    if account is NEW:
        form = taps.new_account()
        assert form is not None
        qtbot.addWidget(form)
        fill_new(form, qtbot)
        return form
    held = taps.cache.get(account)
    assert held is not None
    form = taps.edit_account(held)
    assert form is not None
    qtbot.addWidget(form)
    return form


async def _email_only(client: WorkTapsClient) -> int:
    made = await client.create_account(AccountInput(
        first_name="Edna", last_name="Mode", email="edna.mode@acme.example",
        timezone="America/New_York", role="EMPLOYEE", department="201", locations=["301"],
        meta=Meta(job_title="Designer", start_date=date(2026, 1, 5))))  # fmt: skip
    return made.id


@pytest.mark.parametrize("code", FORM_ROWS, ids=[str(c) for c in FORM_ROWS])
def test_each_code_flags_its_field_first_by_the_console_then_by_worktaps(
    qloop: asyncio.AbstractEventLoop,
    qtbot: QtBot,
    taps: AccountsController,
    sandbox: SandboxServer,
    code: int,
) -> None:
    row = TABLE[code]
    assert row.enter is not None

    async def scenario() -> None:
        account = row.account
        if account == EMAIL_ONLY:
            async with WorkTapsClient(sandbox.url("worktaps"), WORKTAPS_KEY) as setup:
                account = await _email_only(setup)
        async with connected(taps, sandbox) as client:
            form = await _open(taps, client, qtbot, account)
            row.enter(form, qtbot)
            before = last_seq(sandbox)
            if row.console:
                qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
                shown = flagged(form.errors)
                assert list(shown) == [row.field], shown
                _plain(shown[row.field], code)
                if code in (40029, 40030):  # the other account is named
                    assert shown[row.field].endswith(": Jack Mendoza (#5001)."), shown
                assert form.general.text() == "Fix the field marked in red."
                assert form.isVisible()
                assert writes(sandbox, before) == [], "the console sent a refused entry"
                assert taps.session.outbox.entries() == []
                # The console's checks bypassed: what WorkTaps says, on the same field.
                taps.check_draft = accept_everything  # type: ignore[assignment]
            qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
            await until(lambda: taps.session.outbox.entries() and form.save_button.isEnabled(),
                        what="WorkTaps' answer")  # fmt: skip
            entry = taps.session.outbox.entries()[0]
            refused = refusal(entry)
            assert refused is not None, entry
            assert refused.code == (row.answer or code)
            sent = writes(sandbox, before)
            assert [w["status"] for w in sent] == [400]
            shown = flagged(form.errors)
            assert shown == {row.field: refused.message}
            _plain(shown[row.field], row.answer or code)
            assert form.isVisible()
            if code == 40031:
                assert "Saturday inventory" in shown["role"]
                assert (await client.get_account(MANAGER_OF_OPEN_JOB)).role == "MANAGER"

    qloop.run_until_complete(scenario())


def test_the_role_box_offers_only_the_three_roles(qtbot: QtBot) -> None:
    """Why 40020 cannot be typed: the form holds no other role."""
    form = AccountForm([], [], lambda draft: {})
    qtbot.addWidget(form)
    offered = [form.role.itemData(i) for i in range(form.role.count())]
    assert offered == ["", *ROLES]
    assert not form.role.isEditable()
    assert MESSAGES[40020]  # the console's words should a raw body ever meet it


def test_a_new_account_typed_in_is_sent_in_e164_and_listed(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, taps: AccountsController, sandbox: SandboxServer
) -> None:
    async def scenario() -> None:
        async with connected(taps, sandbox) as client:
            form = await _open(taps, client, qtbot, NEW)
            assert form.phone_shown.text() == "Will be sent as +12022345678"
            qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
            await until(lambda: not form.isVisible(), what="WorkTaps to accept")
            found = (await client.list_accounts(email="grace.hopper@acme.example")).items
            assert [(a.phone, a.state, [loc.id for loc in a.locations]) for a in found] == [
                ("+12022345678", "DC", ["301"])
            ]
            qtbot.keyClicks(taps.page.search, "grace hopper")
            await until(lambda: taps.page.model.rowCount() == 1, what="the new row")

    qloop.run_until_complete(scenario())


# -- the terminate dialog ---------------------------------------------------------------

TOMORROW = "2026-11-19"  # the sandbox's day is 2026-11-18


def test_a_term_date_in_the_future_is_flagged_by_the_console_then_by_worktaps(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, taps: AccountsController, sandbox: SandboxServer
) -> None:
    assert TABLE[40028].where == "terminate dialog"

    async def scenario() -> None:
        async with connected(taps, sandbox) as client:
            held = taps.cache.get(EMPLOYEE)
            assert held is not None
            dialog = taps.terminate(held)
            assert dialog is not None
            qtbot.addWidget(dialog)
            retype(qtbot, dialog.term_date, TOMORROW)
            assert dialog.chosen() == date(2026, 11, 19)
            before = last_seq(sandbox)
            qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
            assert dialog.error.isVisible()
            assert dialog.error.text() == MESSAGES[40028]
            _plain(dialog.error.text(), 40028)
            assert dialog.isVisible()
            assert writes(sandbox, before) == [], "the console sent a future term date"
            # The console's check bypassed: WorkTaps refuses, under the term date.
            taps.check_term_date = lambda *_: None
            qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
            await until(lambda: taps.session.outbox.entries() and dialog.confirm.isEnabled(),
                        what="WorkTaps' answer")  # fmt: skip
            refused = refusal(taps.session.outbox.entries()[0])
            assert refused is not None
            assert refused.code == 40028
            assert [w["status"] for w in writes(sandbox, before)] == [400]
            assert dialog.error.isVisible()
            assert dialog.error.text() == refused.message
            _plain(dialog.error.text(), 40028)
            assert dialog.isVisible()
            assert (await client.get_account(EMPLOYEE)).id == EMPLOYEE  # still there

    qloop.run_until_complete(scenario())


def test_terminating_a_manager_of_open_jobs_names_the_jobs_under_the_term_date(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, taps: AccountsController, sandbox: SandboxServer
) -> None:
    """The contract's DELETE answers only 40012, 40027 and 40028, so the sandbox is told to
    answer this one as WorkTaps would word it (its fault injection); the console must still
    name the jobs, in words about terminating, not about the role."""
    said = f"{VENDOR_MESSAGES[40031].replace('[Jobs]', 'Saturday inventory, Float audit')}"

    async def scenario() -> None:
        async with connected(taps, sandbox) as client:
            dialog = refuse_termination(taps, sandbox, qtbot, said)
            await until(lambda: dialog.error.isVisible(), what="the refusal")
            assert dialog.error.text() == (
                "This person manages open jobs (Saturday inventory, Float audit); give those "
                "jobs to someone else before terminating the account."
            )
            assert dialog.isVisible()
            assert dialog.confirm.isEnabled()
            assert (await client.get_account(MANAGER_OF_OPEN_JOB)).role == "MANAGER"

    qloop.run_until_complete(scenario())


@pytest.mark.parametrize("typed", ["", "13/45/2026", "yesterday", "2026-02-30"])
def test_the_term_date_picker_hands_over_only_real_dates(qtbot: QtBot, typed: str) -> None:
    """Why 40012 and 40027 cannot come from the dialog: whatever is typed, what it submits
    is a real date (the client then writes it as MM/DD/YYYY)."""
    submitted: list[object] = []
    dialog = TerminateDialog(
        Account(id=EMPLOYEE, first_name="Debra", last_name="Castillo"),
        date(2026, 11, 18),
        lambda day: submitted.append(day) or "",
    )
    qtbot.addWidget(dialog)
    dialog.show()
    retype(qtbot, dialog.term_date, typed)
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    assert len(submitted) == 1
    assert isinstance(submitted[0], date)
    assert submitted[0] <= date(2026, 11, 18)
