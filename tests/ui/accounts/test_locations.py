"""Locations through the location form against the sandbox, as a manager keeps them: created
and edited on the Departments and locations page, and each refusal under its field, first
by the console's own checks (nothing sent), then, those bypassed, by WorkTaps' answer."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.sandbox import SandboxServer
from desktop.services.accounts.rules import LOCATION_NAME_KEPT, MESSAGES
from desktop.services.accounts.service import refusal
from desktop.ui.accounts.controller import AccountsController
from desktop.ui.accounts.location_form import LocationForm
from desktop.ui.widgets.table_models import ListTableModel
from tests.helpers.taps_forms import connected, flagged, last_seq, retype, writes
from tests.helpers.waiting import until


def shown(model: ListTableModel[object], name: str) -> dict[str, str]:
    """The location row of that name as the page shows it: header -> text."""
    for row in range(model.rowCount()):
        cells = {
            str(model.headerData(col, Qt.Orientation.Horizontal)): str(
                model.index(row, col).data() or ""
            )
            for col in range(model.columnCount())
        }
        if cells["Location"] == name:
            return cells
    return {}


def opened(taps: AccountsController) -> LocationForm:
    forms = [f for f in taps.places.findChildren(LocationForm) if f.isVisible()]
    assert len(forms) == 1, forms
    return forms[0]


def pick(taps: AccountsController, name: str) -> None:
    model = taps.places.locations
    row = next(r for r in range(model.rowCount()) if model.row(r).name == name)
    taps.places.location_view.selectRow(row)


def test_a_location_created_and_edited_through_the_form_shows_on_the_page(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, taps: AccountsController, sandbox: SandboxServer
) -> None:
    places = taps.places

    async def scenario() -> None:
        async with connected(taps, sandbox) as client:
            qtbot.mouseClick(places.new_button, Qt.MouseButton.LeftButton)
            form = opened(taps)
            for field, text in (("name", "Pop-up Store"), ("phone", "(202) 234-5678"),
                                ("street", "1 Market St"), ("city", "Washington"),
                                ("state", "dc"), ("postal", "20001"),
                                ("timezone", "America/Chicago"),
                                ("website", "https://popup.example")):  # fmt: skip
                retype(qtbot, form.inputs[field], text)
            qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
            await until(lambda: not form.isVisible(), what="WorkTaps to accept")
            await until(lambda: shown(places.locations, "Pop-up Store"), what="the new row")
            assert shown(places.locations, "Pop-up Store") == {
                "Location": "Pop-up Store",
                "Address": "1 Market St, Washington, DC, 20001",
                "Phone": "+12022345678",
                "Timezone": "America/Chicago",
                "Website": "https://popup.example",
            }
            made = [loc async for loc in client.iter_locations() if loc.name == "Pop-up Store"]
            assert [(m.phone, m.state) for m in made] == [("+12022345678", "DC")]
            # Edit it: another city, typed over the old one.
            pick(taps, "Pop-up Store")
            qtbot.mouseClick(places.edit_button, Qt.MouseButton.LeftButton)
            editor = opened(taps)
            assert editor.inputs["city"].text() == "Washington"
            retype(qtbot, editor.inputs["city"], "Arlington")
            retype(qtbot, editor.inputs["state"], "VA")
            qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
            await until(lambda: not editor.isVisible(), what="the edit")
            await until(
                lambda: "Arlington" in shown(places.locations, "Pop-up Store")["Address"],
                what="the edited row",
            )
            assert shown(places.locations, "Pop-up Store")["Address"] == (
                "1 Market St, Arlington, VA, 20001"
            )
            after = [loc async for loc in client.iter_locations() if loc.id == made[0].id]
            assert [(a.city, a.state) for a in after] == [("Arlington", "VA")]
            assert [r.action for r in reversed(taps.session.audit.rows())] == [
                "location_create.queued", "location_create.sent",
                "location_update.queued", "location_update.sent",
            ]  # fmt: skip

    qloop.run_until_complete(scenario())


# field, what is typed, the code WorkTaps answers (400: the name, which has no vendor code),
# and whether the case is an edit of Headquarters (a blank name can only be sent on an edit:
# a new location without a name never reaches the outbox).
CASES = {
    "name": ("name", "", 400, True),
    "phone": ("phone", "12345", 40018, False),
    "state": ("state", "New York", 40025, False),
    "postal": ("postal", "1234", 40026, False),
    "timezone": ("timezone", "Mars/Olympus", 40023, False),
}
CONSOLE_SAYS = {
    "name": LOCATION_NAME_KEPT,
    "phone": MESSAGES[40018],
    "state": MESSAGES[40025],
    "postal": MESSAGES[40026],
    "timezone": MESSAGES[40023],
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_each_location_refusal_lands_on_its_field(
    qloop: asyncio.AbstractEventLoop,
    qtbot: QtBot,
    taps: AccountsController,
    sandbox: SandboxServer,
    case: tuple[str, str, int, bool],
) -> None:
    field, typed, code, edit = case
    places = taps.places

    async def scenario() -> None:
        async with connected(taps, sandbox):
            if edit:
                pick(taps, "Headquarters")
                qtbot.mouseClick(places.edit_button, Qt.MouseButton.LeftButton)
            else:
                qtbot.mouseClick(places.new_button, Qt.MouseButton.LeftButton)
            form = opened(taps)
            if not edit:
                qtbot.keyClicks(form.inputs["name"], "Pop-up Store")
            retype(qtbot, form.inputs[field], typed)
            before = last_seq(sandbox)
            qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
            assert flagged(form.errors) == {field: CONSOLE_SAYS[field]}
            assert form.isVisible()
            assert writes(sandbox, before) == [], "the console sent a refused location"
            # The console's checks bypassed: WorkTaps' answer, on the same field.
            taps.check_location = lambda *_args, **_kw: {}
            qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
            await until(lambda: taps.session.outbox.entries() and form.save_button.isEnabled(),
                        what="WorkTaps' answer")  # fmt: skip
            refused = refusal(taps.session.outbox.entries()[0])
            assert refused is not None
            assert refused.code == code
            assert [w["status"] for w in writes(sandbox, before)] == [400]
            errors = flagged(form.errors)
            assert list(errors) == [field]
            assert str(code) not in errors[field]
            assert "required" not in errors[field].lower()
            assert form.isVisible()

    qloop.run_until_complete(scenario())
