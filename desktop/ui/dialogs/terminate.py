"""Terminating a WorkTaps account: the term date, and plainly what will happen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.api import Account
from desktop.ui import format as fmt

Submit = Callable[[date], str | None]  # a refusal in plain words, or None when queued


class TerminateDialog(QDialog):
    def __init__(
        self, account: Account, today: date, submit: Submit, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.submit = submit
        name = f"{account.first_name or ''} {account.last_name or ''}".strip()
        self.setWindowTitle(f"Terminate {name}")
        self.setMinimumWidth(520)
        self.term_date = QDateEdit(QDate(today.year, today.month, today.day))
        self.term_date.setCalendarPopup(True)
        self.term_date.setDisplayFormat("yyyy-MM-dd")
        self.term_date.setMaximumDate(QDate(today.year, today.month, today.day))
        what = QLabel(
            f"<b>{name}</b>'s WorkTaps account will be closed with this term date. "
            "They will no longer appear in WorkTaps lists and can no longer sign in to "
            "WorkTaps. Their WorkTime One record and lock access are not changed here."
        )
        what.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("terminateError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {fmt.ALERT_COLOR};")
        form = QFormLayout()
        form.addRow("Last day (term date)", self.term_date)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm = self.buttons.addButton(
            f"Terminate {name}", QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.confirm.clicked.connect(self.try_terminate)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def chosen(self) -> date:
        value = self.term_date.date()
        return date(value.year(), value.month(), value.day())

    def show_error(self, message: str) -> None:
        self.error.setText(message)

    def try_terminate(self) -> None:
        problem = self.submit(self.chosen())
        if problem:
            self.show_error(problem)
            return
        self.accept()
