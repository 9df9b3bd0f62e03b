"""The account form helps before it refuses: required fields are marked, the time zone
starts as the organization's and is found by typing "New York", and an error goes as soon
as its field is touched."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel
from pytestqt.qtbot import QtBot

from desktop.ui.accounts.account_form import AccountForm
from tests.helpers.taps_forms import flagged, retype


def labels(form: AccountForm) -> list[str]:
    found = []
    for layout in form.findChildren(QFormLayout):
        for row in range(layout.rowCount()):
            item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel):
                found.append(item.widget().text())  # type: ignore[union-attr]
    return found


def test_the_form_marks_finds_and_forgives(qtbot: QtBot) -> None:
    form = AccountForm([], [], lambda draft: {"first_name": "Enter a first name."},
                       zone="America/New_York")  # fmt: skip
    qtbot.addWidget(form)
    form.show()
    shown = labels(form)
    assert "First name *" in shown
    assert "Job title *" in shown
    assert "Birth date" in shown  # optional: not marked
    assert form.timezone.currentText() == "America/New York"  # the organization's
    assert form.draft().timezone == "America/New_York"
    retype(qtbot, form.timezone.lineEdit(), "Los Ang")
    completer = form.timezone.completer()
    assert completer.currentCompletion() == "America/Los Angeles"
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert flagged(form.errors) == {"first_name": "Enter a first name."}
    qtbot.keyClicks(form.first_name, "G")
    assert flagged(form.errors) == {}  # gone as soon as the field is touched


def test_without_the_organizations_zone_the_box_starts_empty(qtbot: QtBot) -> None:
    form = AccountForm([], [], lambda draft: {})
    qtbot.addWidget(form)
    assert form.timezone.currentText() == ""
