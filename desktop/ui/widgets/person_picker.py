"""A searchable choice of one person (or everyone): type part of a name, pick from the list."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

EVERYONE = "Everyone"
"""What ``person_name`` answers for everyone: the report's own word, in English (the
list shows it in the chosen language)."""


class PersonPicker(QComboBox):
    chosen = Signal()  # a different person (or everyone) was picked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.edit = QLineEdit()
        self.setLineEdit(self.edit)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumWidth(220)
        self.setMaxVisibleItems(20)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.edit.setPlaceholderText(self.tr("Type a name…"))
        self.edit.setClearButtonEnabled(True)
        self.addItem(self.tr("Everyone"), None)
        self.currentIndexChanged.connect(lambda *_: self.chosen.emit())
        self.edit.editingFinished.connect(self._settle)

    def set_people(self, people: Sequence[tuple[str, str]]) -> None:
        """``(employee id, name)`` pairs; the current choice stays when it is still there."""
        current = self.employee_id()
        with QSignalBlocker(self):
            self.clear()
            self.addItem(self.tr("Everyone"), None)
            for employee_id, name in sorted(people, key=lambda p: (p[1].casefold(), p[0])):
                self.addItem(name, employee_id)
            index = self.findData(current) if current else 0
            self.setCurrentIndex(max(index, 0))
        if current and self.findData(current) < 0:
            self.chosen.emit()  # the person is gone: the report is everyone's again

    def employee_id(self) -> str | None:
        data = self.currentData()
        return str(data) if data else None

    def person_name(self) -> str:
        return self.itemText(self.currentIndex()) if self.currentIndex() > 0 else EVERYONE

    def choose(self, employee_id: str | None) -> None:
        self.setCurrentIndex(max(self.findData(employee_id), 0) if employee_id else 0)

    def _settle(self) -> None:
        """Typed text that names one person picks them; an empty box is everyone; anything
        else goes back to the current choice."""
        text = self.edit.text().strip()
        if not text:
            self.setCurrentIndex(0)
            self.setEditText(self.itemText(0))
            return
        match = self.findText(text, Qt.MatchFlag.MatchFixedString)  # case-insensitive
        if match >= 0:
            self.setCurrentIndex(match)
        self.setEditText(self.itemText(self.currentIndex()))
