"""Confirming a write that has no form (deactivate or restore an employee): what will
happen, in plain words, and the service's refusal under it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import theme
from desktop.ui.widgets.announce import announce
from desktop.ui.widgets.plain import PlainLabel, rich_label

Submit = Callable[[], str | None]
"""A refusal in plain words; "" when done; None while the service is being asked (the
caller then calls ``server_answered``)."""


class ConfirmDialog(QDialog):
    def __init__(
        self,
        title: str,
        text: str,
        action: str,
        submit: Submit,
        *,
        sending: str = "Sending…",
        role: QDialogButtonBox.ButtonRole = QDialogButtonBox.ButtonRole.AcceptRole,
        fields: QLayout | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``fields``: what the manager fills in before confirming, under the text."""
        super().__init__(parent)
        self.submit, self.sending = submit, sending
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        what = rich_label(text)  # our markup: callers escape every value they put in
        what.setWordWrap(True)
        self.error = PlainLabel()
        self.error.setWordWrap(True)
        theme.text_color(self.error, theme.DANGER)
        self.error.hide()
        self.status = PlainLabel()
        theme.text_color(self.status, theme.MUTED)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm = self.buttons.addButton(action, role)
        self.confirm.clicked.connect(self.try_confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        if fields is not None:
            layout.addLayout(fields)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def try_confirm(self) -> None:
        problem = self.submit()
        if problem is None:
            self.confirm.setEnabled(False)
            self.error.hide()
            self.status.setText(self.sending)
            return
        self.server_answered(problem)

    def server_answered(self, problem: str) -> None:
        """The answer: close when done, else the refusal."""
        self.confirm.setEnabled(True)
        self.status.clear()
        if problem:
            self.show_error(problem)
            return
        self.accept()

    def show_error(self, problem: str) -> None:
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        if problem:
            announce(self, problem, urgent=True)
