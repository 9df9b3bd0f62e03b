"""Typing a date into a date box as a person does: click into the year and type the digits,
or select the whole box and type or paste a date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDateEdit
from pytestqt.qtbot import QtBot


def type_date(qtbot: QtBot, field: QDateEdit, day: date) -> None:
    field.setFocus()
    field.setSelectedSection(QDateEdit.Section.YearSection)
    qtbot.keyClicks(field, day.strftime("%Y%m%d"))


def type_whole_date(qtbot: QtBot, field: QDateEdit, text: str) -> None:
    """Select the whole box, type a date in any form, press Enter. The box has the focus
    (a person clicked into it): Qt's date editor types into a section without it."""
    assert field.hasFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def paste_whole_date(qtbot: QtBot, field: QDateEdit, text: str) -> None:
    """Copy a date from elsewhere, select the whole box (which has the focus), Ctrl+V,
    press Enter."""
    assert field.hasFocus()
    QGuiApplication.clipboard().setText(text)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Return)
