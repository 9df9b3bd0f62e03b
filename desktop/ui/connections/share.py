"""Connections › Share with other desks: the team's shared store and this desk's name.

The dialog collects and shows; reaching the store is ``check`` (a worker), saving is
``join`` (the settings file for the address and name, the keyring for the password),
both passed in by the composition root. A desk moves onto the shared store when
Front Desk starts again: nothing is sending then, so its unsent entries and audit log
are handed over whole (``store.handover``).
"""

from __future__ import annotations

import socket
from collections.abc import Awaitable, Callable

import pydantic
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.config import TeamSettings
from desktop.files import disk_full_text
from desktop.secrets import SecretStoreError
from desktop.tasks import Op
from desktop.ui import theme
from desktop.ui.connections.setup import KEPT, secret_field
from desktop.ui.widgets.plain import PlainLabel
from desktop.words import QT_TRANSLATE_NOOP

Checker = Callable[[TeamSettings, str | None], Awaitable[str]]
Joiner = Callable[[TeamSettings, str | None], None]
EXAMPLE = "postgresql://frontdesk@db.example.com:5432/frontdesk"
ABOUT = QT_TRANSLATE_NOOP(
    "ShareDialog",
    "Desks that share one store see the same locks, board, outbox and audit log. One of "
    "them talks to the services for all (the organization's hourly requests are spent "
    "once); if it stops, another takes over within seconds. This desk's unsent entries "
    "and its audit log go to the shared store when Front Desk starts again.",
)
TLS = QT_TRANSLATE_NOOP(
    "ShareDialog",
    "Off this computer the connection is encrypted and the server's certificate checked "
    "against this computer's certificate authorities (sslmode=verify-full); add "
    "sslrootcert=PATH to the address for a certificate of your own.",
)


def error_text(exc: Exception) -> str:
    if isinstance(exc, pydantic.ValidationError):
        return str(exc.errors()[0]["msg"]).removeprefix("Value error, ")
    return disk_full_text(exc) or str(exc)


class ShareDialog(QDialog):
    joined = Signal()  # saved: Front Desk works on the shared store from its next start

    def __init__(
        self,
        current: TeamSettings | None,
        *,
        password_stored: bool,
        manager: str,
        check: Checker,
        join: Joiner,
        keyring_problem: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Share with other desks"))
        self.setMinimumWidth(600)
        self._check, self._join, self._manager = check, join, manager
        self._password_stored = password_stored and current is not None
        self.about = PlainLabel(self.tr(ABOUT))
        self.about.setWordWrap(True)
        self.url = QLineEdit(current.url if current else "")
        self.url.setPlaceholderText(EXAMPLE)
        self.password = secret_field(self._password_stored)
        self.password.setPlaceholderText(
            QCoreApplication.translate("ConnectionSetupDialog", KEPT)
            if self._password_stored
            else self.tr("The database user's password")
        )
        self.desk = QLineEdit(current.desk if current else _computer_name())
        self.desk.setMaxLength(40)
        self.tls = PlainLabel(self.tr(TLS))
        self.tls.setWordWrap(True)
        theme.text_color(self.tls, theme.MUTED)
        self.outcome = PlainLabel()
        self.outcome.setObjectName("shareOutcome")
        self.outcome.setWordWrap(True)
        self.keyring_note = PlainLabel(
            keyring_problem or self.tr("The password is kept in the system keyring only.")
        )
        self.keyring_note.setWordWrap(True)
        if keyring_problem:
            theme.text_color(self.keyring_note, theme.DANGER)
        form = QFormLayout()
        form.addRow(self.tr("Shared store"), self.url)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("This desk's name"), self.desk)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.join_button = QPushButton(self.tr("&Join the team"))
        self.join_button.setDefault(True)
        self.join_button.setEnabled(keyring_problem is None)
        self.test_button = QPushButton(self.tr("&Test"))
        self.buttons.addButton(self.join_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.join_button.clicked.connect(lambda: self._reach(then_join=True))
        self.test_button.clicked.connect(lambda: self._reach(then_join=False))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addLayout(form)
        layout.addWidget(self.tls)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.buttons)

    def team(self) -> TeamSettings:
        """What was typed; ``pydantic.ValidationError`` with the manager's words."""
        return TeamSettings(url=self.url.text(), desk=self.desk.text(), joined_by=self._manager)

    def typed_password(self) -> str | None:
        """What was typed; None: keep the stored one (or none: a server that asks none)."""
        return self.password.text() or None

    def _say(self, text: str, ok: bool | None) -> None:
        theme.text_color(
            self.outcome, {True: theme.SUCCESS, False: theme.DANGER, None: theme.MUTED}[ok]
        )
        self.outcome.setText(text)

    def _reach(self, *, then_join: bool) -> None:
        try:
            team = self.team()
        except pydantic.ValidationError as exc:
            self._say(error_text(exc), False)
            return
        password = self.typed_password()
        self._busy(True)
        self._say(self.tr("Reaching the shared store…"), None)
        Op(lambda: self._check(team, password), what=self.tr("reaching the shared store")).success(
            lambda found: self._reached(team, password, found, then_join)
        ).failure(self._not_reached).run()

    def _busy(self, busy: bool) -> None:
        for button in (self.join_button, self.test_button):
            button.setEnabled(not busy)

    def _reached(self, team: TeamSettings, password: str | None, found: str, join: bool) -> None:
        self._busy(False)
        self._say(("✔ " + found), True)
        if not join:
            return
        try:
            self._join(team, password)
        except (OSError, SecretStoreError, pydantic.ValidationError) as exc:
            self._say(error_text(exc), False)
            return
        self.joined.emit()
        self.accept()

    def _not_reached(self, exc: Exception) -> None:
        self._busy(False)
        self._say("✘ " + str(exc), False)


def _computer_name() -> str:
    return socket.gethostname().split(".")[0][:40] or QCoreApplication.translate(
        "ShareDialog", "Front desk"
    )
