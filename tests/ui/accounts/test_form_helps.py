"""The WorkTaps forms help before they refuse: required fields are marked, the time zone
starts as the organization's and is found by typing "New York", an error goes the moment
its field is right (not before), and nothing below a field jumps while a person types."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.sandbox import SandboxServer
from desktop.ui.accounts.account_form import AccountForm
from desktop.ui.accounts.controller import AccountsController
from desktop.ui.accounts.location_form import LocationForm
from tests.helpers.taps_forms import connected, erase, fill_new, flagged, retype


def labels(form: QWidget) -> list[str]:
    found = []
    for layout in form.findChildren(QFormLayout):
        for row in range(layout.rowCount()):
            item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel):
                found.append(item.widget().text())  # type: ignore[union-attr]
    return found


def where(widget: QWidget) -> int:
    """How far down the dialog a widget sits, in pixels."""
    return widget.mapTo(widget.window(), widget.rect().topLeft()).y()


def test_the_account_form_marks_finds_and_forgives(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, taps: AccountsController, sandbox: SandboxServer
) -> None:
    async def scenario() -> None:
        async with connected(taps, sandbox):
            form = taps.new_account()
            assert isinstance(form, AccountForm)
            qtbot.addWidget(form)
            shown = labels(form)
            assert {"First name *", "Job title *", "Timezone *", "Locations *"} <= set(shown)
            assert "Birth date" in shown  # optional: not marked
            zone = taps.session.zone.key
            assert zone
            assert form.timezone.currentText() == zone.replace("_", " ")
            retype(qtbot, form.timezone.lineEdit(), "New York")
            assert form.timezone.completer().currentCompletion() == "America/New York"
            retype(qtbot, form.timezone.lineEdit(), "America/New York")
            assert form.draft().timezone == "America/New_York"
            qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
            before = flagged(form.errors)
            assert {"first_name", "last_name", "job_title"} <= set(before)
            assert form.general.text() == f"Fix the {len(before)} fields marked in red."

            below = where(form.last_name)
            qtbot.keyClicks(form.email, "grace")  # not an address yet: still refused
            assert "email" not in before or "email" in flagged(form.errors)
            qtbot.keyClicks(form.first_name, "G")  # right now: its error goes at once
            assert "first_name" not in flagged(form.errors)
            assert where(form.last_name) == below, "the form jumped as the error went"
            assert form.general.text() == f"Fix the {len(before) - 1} fields marked in red."

            phone_below = where(form.street)
            qtbot.keyClicks(form.phone, "(202) 234-5678")
            assert form.phone_shown.text() == "Will be sent as +12022345678"
            assert where(form.street) == phone_below, "the phone's hint pushed the form down"
            form.reject()

    qloop.run_until_complete(scenario())


def test_the_location_form_marks_finds_and_forgives(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, taps: AccountsController, sandbox: SandboxServer
) -> None:
    async def scenario() -> None:
        async with connected(taps, sandbox):
            qtbot.mouseClick(taps.places.new_button, Qt.MouseButton.LeftButton)
            forms = [f for f in taps.places.findChildren(LocationForm) if f.isVisible()]
            assert len(forms) == 1
            form = forms[0]
            assert "Name *" in labels(form)
            assert "Phone" in labels(form)
            assert form.timezone.zone() == taps.session.zone.key  # the organization's
            retype(qtbot, form.timezone.lineEdit(), "new york")
            assert form.timezone.completer().currentCompletion() == "America/New York"
            assert form.values()["timezone"] == "America/New_York"  # the one zone it names
            retype(qtbot, form.inputs["phone"], "12")
            qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
            assert set(flagged(form.errors)) == {"name", "phone"}
            below = where(form.inputs["street"])
            qtbot.keyClicks(form.inputs["phone"], "3")  # 123: still no phone number
            assert "phone" in flagged(form.errors)
            qtbot.keyClicks(form.inputs["name"], "Pop-up Store")
            assert set(flagged(form.errors)) == {"phone"}
            retype(qtbot, form.inputs["phone"], "(202) 234-5678")
            assert flagged(form.errors) == {}
            assert where(form.inputs["street"]) == below, "the form jumped as errors went"
            form.reject()

    qloop.run_until_complete(scenario())


def marked(form: AccountForm) -> set[str]:
    """The fields whose label carries the * (found through each field's error line, which
    sits in the field's cell)."""
    found = set()
    for name, error in form.errors.items():
        for layout in form.findChildren(QFormLayout):
            label = layout.labelForField(error.parentWidget())
            if isinstance(label, QLabel) and label.text().endswith(" *"):
                found.add(name)
    return found


def test_the_account_form_marks_every_field_it_refuses_empty(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, taps: AccountsController, sandbox: SandboxServer
) -> None:
    async def scenario() -> None:
        async with connected(taps, sandbox):
            form = taps.new_account()
            assert isinstance(form, AccountForm)
            qtbot.addWidget(form)
            fill_new(form, qtbot)
            erase(qtbot, form.start_date)
            qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
            assert flagged(form.errors) == {"start_date": "Enter the start date."}
            assert "start_date" in marked(form)
            form.reject()

            empty = taps.new_account()
            assert isinstance(empty, AccountForm)
            qtbot.addWidget(empty)
            for field in (empty.start_date, empty.timezone.lineEdit()):
                erase(qtbot, field)
            qtbot.mouseClick(empty.save_button, Qt.MouseButton.LeftButton)
            refused = set(flagged(empty.errors)) - {"email", "phone"}  # one of the two
            assert refused == marked(empty)
            empty.reject()

    qloop.run_until_complete(scenario())
