"""Terminating a WorkTaps account: the term date, and plainly what will happen.

The console checks the term date before sending (not in the future; the date
picker cannot hold a blank or malformed one, and the client writes it in the
vendor's ``MM/DD/YYYY``); what WorkTaps still refuses, such as a manager of
open jobs, comes back under the term date in plain words.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QWidget

from desktop.api import Account
from desktop.ui.widgets.confirm import ConfirmDialog
from desktop.ui.widgets.date_box import DateBox

Submit = Callable[[date], str | None]
"""A refusal in plain words; "" when done (queued offline); None while WorkTaps is being
asked (the caller then calls ``server_answered``)."""


class TerminateDialog(ConfirmDialog):
    def __init__(
        self, account: Account, today: date, submit: Submit, parent: QWidget | None = None
    ) -> None:
        name = f"{account.first_name or ''} {account.last_name or ''}".strip()
        self.term_date = DateBox(today)
        form = QFormLayout()
        form.addRow(
            QCoreApplication.translate("TerminateDialog", "Last day (term date)"), self.term_date
        )
        text = QCoreApplication.translate(
            "TerminateDialog",
            "{name}'s WorkTaps account will be closed with this term date. They will no "
            "longer appear in WorkTaps lists and can no longer sign in to WorkTaps; the "
            "console cannot undo this. Their WorkTime One record and lock access are not "
            "changed here.",
        )
        action = QCoreApplication.translate("TerminateDialog", "Terminate {name}")
        super().__init__(
            action.format(name=name),
            text.format(name=f"<b>{escape(name)}</b>"),
            action.format(name=name),
            lambda: submit(self.chosen()),
            sending=QCoreApplication.translate("TerminateDialog", "Sending to WorkTaps…"),
            role=QDialogButtonBox.ButtonRole.DestructiveRole,
            fields=form,
            parent=parent,
        )
        self.setMinimumWidth(520)
        self.error.setObjectName("error_term_date")

    def chosen(self) -> date:
        value = self.term_date.date()
        return date(value.year(), value.month(), value.day())

    def show_error(self, problem: str) -> None:
        """The refusal under the term date (it is the dialog's only field)."""
        super().show_error(problem)
        if problem:
            self.term_date.setFocus()
