"""Connection setup: where each service lives, its key (masked), and "Test connection".

The dialog shows and collects; checking is ``Connections.check_all`` and
saving is the ``save`` callable the composition root passes in (settings file
for addresses, OS keyring for keys).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pydantic
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.config import WORKTAPS_URL, WORKTIME_URL, ConnectionProfile
from desktop.files import disk_full_text
from desktop.secrets import SecretStoreError
from desktop.services.connections import CheckResult, Keys
from desktop.services.status import Service
from desktop.tasks import Op
from desktop.ui import theme
from desktop.ui.widgets.icons import eye_icon
from desktop.ui.widgets.plain import PlainLabel

Checker = Callable[[ConnectionProfile, Keys], Awaitable[dict[Service, CheckResult]]]
Saver = Callable[[ConnectionProfile, Keys], None]
KEPT = "Stored in the keyring. Leave empty to keep it."


def secret_field(stored: bool) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(KEPT if stored else "Paste the key")
    show = QAction(eye_icon(), "Show", field)  # a line edit's action shows its icon alone
    show.setCheckable(True)
    show.toggled.connect(
        lambda on: field.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        )
    )
    field.addAction(show, QLineEdit.ActionPosition.TrailingPosition)
    return field


class ConnectionSetupDialog(QDialog):
    def __init__(
        self,
        profile: ConnectionProfile | None,
        stored: Keys,
        *,
        check: Checker,
        save: Saver,
        keyring_problem: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Connections")
        self.setMinimumWidth(640)
        self.resize(680, 760)
        self._check, self._save, self._stored = check, save, stored
        current = profile or ConnectionProfile(name="Main")

        self.name = QLineEdit(current.name)
        self.worktime_url = QLineEdit(current.worktime_url)
        self.worktime_key = secret_field(bool(stored.worktime))
        self.worktaps_url = QLineEdit(current.worktaps_url)
        self.worktaps_key = secret_field(bool(stored.worktaps))
        self.worq_environment = QComboBox()
        self.worq_environment.addItem("Test environment", "test")
        self.worq_environment.addItem("Live environment", "live")
        self.worq_environment.setCurrentIndex(0 if current.worq_environment == "test" else 1)
        self.worq_url = QLineEdit(current.worq_url_override or "")
        self.worq_url.setPlaceholderText("Leave empty to use the environment's address")
        self.worq_partner = QLineEdit(current.worq_partner_name)
        self.worq_customer = QLineEdit(current.worq_customer_code)
        self.worq_key = secret_field(bool(stored.worq_partner))

        self.webhooks_on = QCheckBox("Take WorkTime One's webhooks (arrivals on the board "
                                     "within a second)")  # fmt: skip
        self.webhooks_on.setChecked(current.webhooks_on)
        self.webhook_host = QLineEdit(current.webhook_host)
        self.webhook_host.setToolTip(
            "127.0.0.1: only this computer (a reverse proxy in front forwards to it); "
            "0.0.0.0: every network this computer is on."
        )
        self.webhook_port = QSpinBox()
        self.webhook_port.setRange(0, 65535)
        self.webhook_port.setSpecialValueText("any free port")  # 0: the demo's
        self.webhook_port.setValue(current.webhook_port)
        self.webhook_secret = secret_field(bool(stored.webhook_secret))
        self.webhook_secret.setPlaceholderText(
            KEPT if stored.webhook_secret else "From WorkTime One: Settings › Webhooks"
        )
        self._sandbox_url = current.sandbox_url
        self.results: dict[Service, QLabel] = {
            s: PlainLabel() for s in ("worktime", "worktaps", "worq")
        }
        self.error = PlainLabel()
        self.error.setObjectName("setupError")
        self.error.setWordWrap(True)
        theme.text_color(self.error, theme.DANGER)

        outer = QVBoxLayout(self)
        body = QWidget()
        layout = QVBoxLayout(body)  # the groups scroll; the note, error and buttons stay
        self.scroller = QScrollArea()
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(body)
        outer.addWidget(self.scroller, 1)
        top = QFormLayout()
        top.addRow("Connection name", self.name)
        layout.addLayout(top)
        layout.addWidget(
            self._group(
                "WorkTime One (locks, attendance)",
                [("Address", self.worktime_url), ("API key", self.worktime_key)],
                "worktime",
            )
        )
        layout.addWidget(
            self._group(
                "WorkTaps (employee accounts)",
                [("Address", self.worktaps_url), ("API key", self.worktaps_key)],
                "worktaps",
            )
        )
        layout.addWidget(
            self._group(
                "WorQ (HR records, optional)",
                [
                    ("Environment", self.worq_environment),
                    ("Custom address", self.worq_url),
                    ("Partner name", self.worq_partner),
                    ("Customer code", self.worq_customer),
                    ("Partner key", self.worq_key),
                ],
                "worq",
            )
        )
        hooks = QGroupBox("WorkTime One webhooks (optional)")
        hooks_form = QFormLayout(hooks)
        hooks_form.addRow(self.webhooks_on)
        hooks_form.addRow("Listen on", self.webhook_host)
        hooks_form.addRow("Port", self.webhook_port)
        hooks_form.addRow("Signing secret", self.webhook_secret)
        layout.addWidget(hooks)
        layout.addStretch(1)
        self.keyring_note = PlainLabel(
            keyring_problem or "Keys are kept in the system keyring only."
        )
        self.keyring_note.setWordWrap(True)
        if keyring_problem:
            theme.text_color(self.keyring_note, theme.DANGER)
        outer.addWidget(self.keyring_note)
        outer.addWidget(self.error)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.test_button = QPushButton("&Test connection")
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(keyring_problem is None)
        outer.addWidget(self.buttons)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        self.test_button.clicked.connect(self.test_connection)

    def _group(self, title: str, rows: list[tuple[str, QWidget]], service: Service) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        for label, widget in rows:
            form.addRow(label, widget)
        result = self.results[service]
        result.setWordWrap(True)
        result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow("", result)
        return box

    def profile(self) -> ConnectionProfile:
        """The profile as typed; raises ``ValueError`` with a message for the manager."""
        try:
            return ConnectionProfile(
                name=self.name.text(),
                worktime_url=self.worktime_url.text() or WORKTIME_URL,
                worktaps_url=self.worktaps_url.text() or WORKTAPS_URL,
                worq_environment=self.worq_environment.currentData(),
                worq_url_override=self.worq_url.text() or None,
                worq_partner_name=self.worq_partner.text(),
                worq_customer_code=self.worq_customer.text(),
                webhooks_on=self.webhooks_on.isChecked(),
                webhook_host=self.webhook_host.text().strip() or "127.0.0.1",
                webhook_port=self.webhook_port.value(),
                sandbox_url=self._sandbox_url,
            )
        except pydantic.ValidationError as exc:
            raise ValueError(exc.errors()[0]["msg"].removeprefix("Value error, ")) from exc

    def keys(self) -> Keys:
        """What was typed, or what the keyring holds where a field was left empty."""
        return Keys(
            worktime=self.worktime_key.text().strip() or self._stored.worktime,
            worktaps=self.worktaps_key.text().strip() or self._stored.worktaps,
            worq_partner=self.worq_key.text().strip() or self._stored.worq_partner,
            webhook_secret=self.webhook_secret.text().strip() or self._stored.webhook_secret,
        )

    def test_connection(self) -> None:
        try:
            profile = self.profile()
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        self.error.clear()
        keys = self.keys()
        for service, label in self.results.items():
            missing = not_set_up(service, profile, keys)
            theme.text_color(label, theme.DANGER if missing else theme.MUTED)
            label.setText(missing or "Checking…")
        self.test_button.setEnabled(False)
        Op(lambda: self._check(profile, keys), what="testing the connections").success(
            self.show_results
        ).failure(self._check_failed).run()

    def show_results(self, results: dict[Service, CheckResult]) -> None:
        self.test_button.setEnabled(True)
        for service, result in results.items():
            label = self.results[service]
            theme.text_color(label, theme.SUCCESS if result.ok else theme.DANGER)
            label.setText(("✔ " if result.ok else "✘ ") + result.summary)

    def _check_failed(self, exc: Exception) -> None:
        self.test_button.setEnabled(True)
        self.error.setText(f"The test could not run: {exc}")

    def try_save(self) -> None:
        try:
            profile = self.profile()
            if profile.webhooks_on and not self.keys().webhook_secret:
                raise ValueError(
                    "Webhooks need the signing secret WorkTime One shows under Settings › "
                    "Webhooks: paste it, or turn webhooks off."
                )
            self._save(profile, self.keys())
        except (ValueError, OSError, SecretStoreError) as exc:
            self.error.setText(disk_full_text(exc) or str(exc))
            return
        self.accept()


def not_set_up(service: Service, profile: ConnectionProfile, keys: Keys) -> str | None:
    """Why a service cannot be tested yet (None: it can). WorQ needs three things; with
    some but not all of them typed, say which are missing rather than wait forever."""
    needs = {
        "worktime": [("API key", keys.worktime)],
        "worktaps": [("API key", keys.worktaps)],
        "worq": [
            ("partner name", profile.worq_partner_name),
            ("customer code", profile.worq_customer_code),
            ("partner key", keys.worq_partner),
        ],
    }[service]
    missing = [name for name, value in needs if not value]
    if not missing:
        return None
    if len(missing) == len(needs):
        return "Not set up."
    verb = "is" if len(missing) == 1 else "are"
    return f"Not set up: the {' and the '.join(missing)} {verb} missing."
