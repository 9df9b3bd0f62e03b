"""Sign-in: who is at the desk. Also the lock screen, and the first manager's profile."""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.secrets import SecretStoreError
from desktop.services.managers import ManagerDirectory, ManagerStoreError, too_many
from desktop.ui import theme
from desktop.ui.widgets.plain import PlainLabel
from desktop.words import QT_TRANSLATE_NOOP

PIN_PATTERN = r"\d{0,12}"
NO_KEYRING = QT_TRANSLATE_NOOP(
    "SignInPanel",
    "Front Desk cannot create or check a manager's PIN without the keyring. The keyring is "
    "the operating system's safe for passwords and keys; Front Desk keeps the key that "
    "protects every manager's PIN there, and never in a file.",
)
HOW_TO_CONTINUE = QT_TRANSLATE_NOOP(
    "SignInPanel",
    "To continue: set up or unlock the keyring, then press Retry (what you typed is kept). "
    "To look around without a keyring, press Try the demo: sample data, its own manager.",
)


log = logging.getLogger("desktop.ui.signin")


def _pin_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setValidator(QRegularExpressionValidator(PIN_PATTERN))
    field.setMaxLength(12)
    field.setPlaceholderText(QCoreApplication.translate("SignInPanel", "4 to 12 digits"))
    return field


class WrappedLabel(PlainLabel):
    """A word-wrapped label as tall as its lines: centred in a layout, Qt sizes a wrapped
    label from its unwrapped hint and clipped the keyring's explanation."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setMinimumHeight(self.heightForWidth(self.width()) if text else 0)


class SignInPanel(QWidget):
    """Sign in with a manager's PIN; when no manager exists, create the first one."""

    signed_in = Signal(str)
    pin_refused = Signal(str)  # the manager whose PIN was wrong
    demo_requested = Signal()

    def __init__(self, managers: ManagerDirectory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.managers = managers
        self.title = PlainLabel(self.tr("Front Desk is locked"))
        self.title.setStyleSheet("font-size: 22px; font-weight: 600;")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = PlainLabel()
        theme.text_color(self.hint, theme.MUTED)
        self.hint.hide()
        self.message = WrappedLabel()
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignHCenter)  # under the centred form
        theme.text_color(self.message, theme.DANGER)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setFixedWidth(
            520
        )  # a fixed width: the layout then gives it the height its wrapped lines need
        self.retry_button = QPushButton(self.tr("Retry"))
        self.retry_button.hide()
        self.demo_button = QPushButton(self.tr("Try the demo"))
        self.demo_button.hide()
        self._retry: Callable[[], None] | None = None
        self.offer_demo = False
        """Whether someone answers ``demo_requested`` (start-up does, outside the demo)."""

        self.name = QComboBox()
        self.pin = _pin_field()
        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setDefault(True)
        sign_in = QWidget()
        form = QFormLayout(sign_in)
        form.addRow(self.tr("Manager"), self.name)
        form.addRow(self.tr("PIN"), self.pin)
        form.addRow("", self.sign_in_button)

        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("Your name, as colleagues know it"))
        self.new_pin = _pin_field()
        self.new_pin_again = _pin_field()
        self.create_button = QPushButton(self.tr("Create profile and sign in"))
        create = QWidget()
        create_form = QFormLayout(create)
        create_form.addRow(
            PlainLabel(self.tr("No manager profile exists yet. Create the first one."))
        )
        create_form.addRow(self.tr("Name"), self.new_name)
        create_form.addRow(self.tr("PIN"), self.new_pin)
        create_form.addRow(self.tr("PIN again"), self.new_pin_again)
        create_form.addRow("", self.create_button)

        self.forms = QStackedWidget()
        self.forms.addWidget(sign_in)
        self.forms.addWidget(create)
        self.forms.setMaximumWidth(420)

        column = QVBoxLayout(self)
        column.addStretch(1)
        column.addWidget(self.title)
        column.addWidget(self.forms, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.hint, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.message, 0, Qt.AlignmentFlag.AlignHCenter)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addStretch(2)

        self.sign_in_button.clicked.connect(self.try_sign_in)
        self.pin.returnPressed.connect(self.try_sign_in)
        self.create_button.clicked.connect(self.try_create)
        self.new_pin_again.returnPressed.connect(self.try_create)
        self.retry_button.clicked.connect(self._retry_now)
        self.demo_button.clicked.connect(self.demo_requested.emit)
        # Ticks as each whole second of a lock-out runs out, the last at its very end.
        self._cooldown = QTimer(self)
        self._cooldown.setSingleShot(True)
        self._cooldown.setTimerType(Qt.TimerType.PreciseTimer)
        self._cooldown.timeout.connect(self._tick)
        self._until = 0.0  # time.monotonic() when the lock-out ends
        self._head = ""  # what the countdown says before "Too many wrong PINs…"
        self.reload()

    def set_hint(self, text: str) -> None:
        """A line that stays under the form (the demo's PIN)."""
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def reload(self) -> None:
        """Show the sign-in form, or the first-profile form when nobody exists."""
        names = self.managers.names()
        self.name.clear()
        self.name.addItems(names)
        self.forms.setCurrentIndex(0 if names else 1)
        self.title.setText(
            self.tr("Front Desk is locked") if names else self.tr("Welcome to Front Desk")
        )
        self.pin.clear()
        self._clear_message()
        self.focus()

    def focus(self) -> None:
        """The cursor where a manager types first: the PIN, or the first manager's name."""
        (self.pin if self.forms.currentIndex() == 0 else self.new_name).setFocus()

    def _say(self, text: str, *, alarm: bool = True) -> None:
        self.message.setText(text)
        theme.text_color(self.message, theme.DANGER if alarm else None)

    def _clear_message(self) -> None:
        self._say("")
        self._retry = None
        self.retry_button.hide()
        self.demo_button.hide()

    def _keyring_failed(self, exc: SecretStoreError, retry: Callable[[], None]) -> None:
        """No usable keyring: say what it is, what this system needs, how to go on."""
        log.warning("Sign-in needs the keyring: %s", exc)
        self._say(f"{self.tr(NO_KEYRING)}\n\n{exc}\n\n{self.tr(HOW_TO_CONTINUE)}")
        self._retry = retry
        self.retry_button.show()
        self.demo_button.setVisible(self.offer_demo)

    def _retry_now(self) -> None:
        if self._retry is not None:
            self._retry()

    def waiting(self) -> float:
        """Seconds left of a lock-out (0: a PIN is checked again)."""
        return max(0.0, self._until - time.monotonic()) if self._cooldown.isActive() else 0.0

    def try_sign_in(self) -> None:
        name = self.name.currentText()
        if not name:
            return
        if self.waiting() > 0:  # Enter during the wait: the PIN is not checked, and it says so
            self.pin.clear()
            self._head = self.tr("That PIN was not checked.") + " "
            self._say(f"{self._head}{too_many(self.waiting())}")
            return
        try:
            result = self.managers.verify(name, self.pin.text())
        except SecretStoreError as exc:
            self._keyring_failed(exc, self.try_sign_in)
            return
        except ManagerStoreError as exc:
            self._say(str(exc))
            return
        self.pin.clear()
        if result.ok:
            self._clear_message()
            self.signed_in.emit(name)
            return
        self._say(result.message)
        self.pin_refused.emit(name)
        if result.wait_seconds > 0:
            self.sign_in_button.setEnabled(False)
            self._until = time.monotonic() + result.wait_seconds
            # "That PIN is not right. ": what the countdown keeps before its own words
            self._head = result.message.removesuffix(too_many(result.wait_seconds))
            self._next_tick()

    def _next_tick(self) -> None:
        """Wake when the shown whole seconds change (the count is rounded up), or at the
        deadline itself: never a second late."""
        left = self._until - time.monotonic()
        step = left - (math.ceil(left) - 1) if left > 1 else left
        self._cooldown.start(max(1, math.ceil(step * 1000)))

    def _tick(self) -> None:
        """The lock-out's countdown, then the way back in the moment the wait is over."""
        left = self._until - time.monotonic()
        if left > 0:
            self._say(f"{self._head}{too_many(left)}")
            self._next_tick()
            return
        self.sign_in_button.setEnabled(True)
        self._say(self.tr("You can try again now."), alarm=False)

    def try_create(self) -> None:
        name = self.new_name.text().strip()
        pin = self.new_pin.text()
        if pin != self.new_pin_again.text():
            self._say(self.tr("The two PINs differ. Type the same PIN twice."))
            return
        try:
            self.managers.create(name, pin)
        except SecretStoreError as exc:
            self._keyring_failed(exc, self.try_create)
            return
        except (ValueError, ManagerStoreError) as exc:
            self._say(str(exc))
            return
        self._clear_message()
        self.new_pin.clear()
        self.new_pin_again.clear()
        self.signed_in.emit(name)
