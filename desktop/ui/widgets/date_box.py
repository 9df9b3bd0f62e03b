"""One date box for every page: it shows dates as the chosen language's locale writes
them, the year in full (23.11.2026, 11/23/2026; ISO, 2026-11-23, in the C locale), edits
them section by section or from its calendar as Qt's does, and also takes a whole date
typed or pasted in the ISO form or the locale's short form (23.11.2026, 11/23/2026, two-
or four-digit year), taken on Enter or when the box loses focus; text that is no date
(or one outside the box's range) is refused and the previous date stays.

What Qt does (measured, PySide6 6.12): its sectioned editor types a key pressed over the
whole text (Ctrl+A) into one section, refuses text that does not fit ``yyyy-MM-dd``
(and "fixes" 11 into 0011), keeps the text after Ctrl+A and Backspace, and on Enter or
focus-out puts back the previous date for any text it cannot read itself (its
``interpret`` is not virtual, so overriding ``dateTimeFromText`` does not reach it). So
once the whole text is typed over or pasted ("free" typing), the box edits its line
itself, ``validate`` lets date-like text stand without a date, and the box reads the
text just before Qt would: on Enter, on focus-out, or when ``date()`` is read.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QValidator
from PySide6.QtWidgets import QDateEdit, QWidget

from desktop.ui.widgets.format import date_format

ISO = "yyyy-MM-dd"
MAX_TYPED = 16  # the longest date-like text worth keeping while typed


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_of(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def typed_forms(locale: QLocale) -> list[str]:
    """The forms a whole typed date is read in: ISO and the locale's short form, each with
    one- or two-digit day and month and a two- or four-digit year."""
    relaxed = []
    for form in (ISO, locale.dateFormat(QLocale.FormatType.ShortFormat)):
        loose = re.sub(r"(?<!M)MM(?!M)", "M", re.sub(r"(?<!d)dd(?!d)", "d", form))
        relaxed += [loose, re.sub(r"(?<!y)yy(?!y)", "yyyy", loose)]
    return list(dict.fromkeys(relaxed))


def read_date(text: str, locale: QLocale, today: date) -> date | None:
    """The date this text names in one of ``typed_forms``, or None. A two-digit year is
    read within 50 years of today."""
    text = text.strip()
    for form in typed_forms(locale):
        found = QDate.fromString(text, form, today.year - 50)
        if found.isValid():
            return day_of(found)
    return None


class DateBox(QDateEdit):
    def __init__(self, day: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.free = False  # a whole date is being typed or pasted over the text
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_format())
        if day is not None:
            self.setDate(qdate(day))

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        state, fixed, moved = super().validate(text, pos)
        if self.free and self._date_like(text):
            # as typed (Qt's "fix" pads a year), and no date until Enter or focus-out:
            # "2026-11-2" on the way to "2026-11-23" is not a date chosen
            return QValidator.State.Intermediate, text, pos
        return state, fixed, moved

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.take_typed()
        elif self._types_freely(event):
            edit = self.lineEdit()
            if edit.selectedText() == edit.text():
                edit.selectAll()  # forward: over Ctrl+A's backward one, Qt put the old text back
            self.free = True
            if event.matches(QKeySequence.StandardKey.Paste):
                edit.paste()
            elif event.key() == Qt.Key.Key_Backspace:
                edit.backspace()
            elif event.key() == Qt.Key.Key_Delete:
                edit.del_()
            else:
                edit.insert(event.text())
            event.accept()
            return
        super().keyPressEvent(event)

    def date(self) -> QDate:
        """The date shown: one being typed is taken first, as a button's shortcut that
        reads the box (Alt+S) does not move the focus."""
        self.take_typed()
        return super().date()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.take_typed()
        super().focusOutEvent(event)

    def take_typed(self) -> None:
        """Take a whole date typed or pasted; anything else (no date, or one out of the
        box's range) gives way to the date the box held before."""
        if not self.free:
            return
        self.free = False
        day = read_date(self.text(), QLocale(), day_of(QDate.currentDate()))
        held = super().date()
        if day is not None and self.minimumDate() <= qdate(day) <= self.maximumDate():
            self.setDate(qdate(day))
        else:
            self.setDate(held)  # puts its text back

    def _types_freely(self, event: QKeyEvent) -> bool:
        """A paste, or a character typed over the whole text or into a date being typed:
        Qt's editor would put it into one section."""
        if event.matches(QKeySequence.StandardKey.Paste):
            return True
        edit = self.lineEdit()
        whole = edit.hasSelectedText() and edit.selectedText() == edit.text()
        if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            return self.free or whole  # Qt's editor keeps the text after Ctrl+A, Backspace
        typed = event.text()
        plain = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        if not typed or not typed.isprintable() or event.modifiers() & ~plain:
            return False
        return self.free or whole

    def _date_like(self, text: str) -> bool:
        marks = {c for form in typed_forms(QLocale()) for c in form if not c.isalnum()}
        return len(text) <= MAX_TYPED and all(c.isdigit() or c in marks or c == " " for c in text)
