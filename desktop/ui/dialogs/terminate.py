"""Terminating a WorkTaps account: the term date, and plainly what will happen.

The console checks the term date before sending (not in the future; the date
picker cannot hold a blank or malformed one, and the client writes it in the
vendor's ``MM/DD/YYYY``); what WorkTaps still refuses, such as a manager of
open jobs, comes back under the term date in plain words.
"""

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

Submit = Callable[[date], str | None]
"""A refusal in plain words; "" when done (queued offline); None while WorkTaps is being
asked (the caller then calls ``server_answered``)."""


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
        what = QLabel(
            f"<b>{name}</b>'s WorkTaps account will be closed with this term date. "
            "They will no longer appear in WorkTaps lists and can no longer sign in to "
            "WorkTaps; the console cannot undo this. Their WorkTime One record and lock "
            "access are not changed here."
        )
        what.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("error_term_date")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {fmt.ALERT_COLOR};")
        self.error.hide()
        self.status = QLabel()
        self.status.setStyleSheet("color: #555;")
        self.status.hide()
        form = QFormLayout()
        form.addRow("Last day (term date)", self.term_date)
        form.addRow("", self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm = self.buttons.addButton(
            f"Terminate {name}", QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.confirm.clicked.connect(self.try_terminate)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def chosen(self) -> date:
        value = self.term_date.date()
        return date(value.year(), value.month(), value.day())

    def show_error(self, message: str) -> None:
        """The refusal under the term date (it is the dialog's only field)."""
        self.status.hide()
        self.error.setText(message)
        self.error.setVisible(bool(message))
        if message:
            self.term_date.setFocus()

    def try_terminate(self) -> None:
        problem = self.submit(self.chosen())
        if problem is None:
            self.confirm.setEnabled(False)
            self.error.hide()
            self.status.setText("Sending to WorkTaps…")
            self.status.show()
            return
        self.server_answered(problem)

    def server_answered(self, problem: str) -> None:
        """WorkTaps' answer: close when accepted, else the refusal under the term date."""
        self.confirm.setEnabled(True)
        if problem:
            self.show_error(problem)
            return
        self.accept()
