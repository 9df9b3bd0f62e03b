"""Typing a date into a date box as a person does: click into the year, type the digits."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDateEdit
from pytestqt.qtbot import QtBot


def type_date(qtbot: QtBot, field: QDateEdit, day: date) -> None:
    field.setFocus()
    field.setSelectedSection(QDateEdit.Section.YearSection)
    qtbot.keyClicks(field, day.strftime("%Y%m%d"))
