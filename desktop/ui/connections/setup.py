"""Connection setup: where each service lives, its key (masked), and "Test connection".

The dialog shows and collects; checking is ``Connections.check_all`` and
saving is the ``save`` callable the composition root passes in (settings file
for addresses, OS keyring for keys).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pydantic
from PySide6.QtCore import QCoreApplication, Qt
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
from desktop.ui.widgets.eye_icon import eye_icon
from desktop.ui.widgets.plain import PlainLabel
from desktop.words import QT_TRANSLATE_NOOP

Checker = Callable[[ConnectionProfile, Keys], Awaitable[dict[Service, CheckResult]]]
Saver = Callable[[ConnectionProfile, Keys], None]
KEPT = QT_TRANSLATE_NOOP("ConnectionSetupDialog", "Stored in the keyring. Leave empty to keep it.")
"""A stored secret's placeholder (the Share dialog's password's too)."""
ENVIRONMENTS = (
    ("test", QT_TRANSLATE_NOOP("ConnectionSetupDialog", "Test environment")),
    ("live", QT_TRANSLATE_NOOP("ConnectionSetupDialog", "Live environment")),
)


def secret_field(stored: bool) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(
        QCoreApplication.translate("ConnectionSetupDialog", KEPT)
        if stored
        else QCoreApplication.translate("ConnectionSetupDialog", "Paste the key")
    )
    # a line edit's action shows its icon alone
    show = QAction(eye_icon(), QCoreApplication.translate("ConnectionSetupDialog", "Show"), field)
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
        self.setWindowTitle(self.tr("Connections"))
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
        for environment, label in ENVIRONMENTS:
            self.worq_environment.addItem(self.tr(label), environment)
        self.worq_environment.setCurrentIndex(0 if current.worq_environment == "test" else 1)
        self.worq_url = QLineEdit(current.worq_url_override or "")
        self.worq_url.setPlaceholderText(self.tr("Leave empty to use the environment's address"))
        self.worq_partner = QLineEdit(current.worq_partner_name)
        self.worq_customer = QLineEdit(current.worq_customer_code)
        self.worq_key = secret_field(bool(stored.worq_partner))

        self.webhooks_on = QCheckBox(
            self.tr("Take WorkTime One's webhooks (arrivals on the board within a second)")
        )
        self.webhooks_on.setChecked(current.webhooks_on)
        self.webhook_host = QLineEdit(current.webhook_host)
        self.webhook_host.setToolTip(
            self.tr(
                "127.0.0.1: only this computer (a reverse proxy in front forwards to it); "
                "0.0.0.0: every network this computer is on."
            )
        )
        self.webhook_port = QSpinBox()
        self.webhook_port.setRange(0, 65535)
        self.webhook_port.setSpecialValueText(self.tr("any free port"))  # 0: the demo's
        self.webhook_port.setValue(current.webhook_port)
        self.webhook_secret = secret_field(bool(stored.webhook_secret))
        self.webhook_secret.setPlaceholderText(
            QCoreApplication.translate("ConnectionSetupDialog", KEPT)
            if stored.webhook_secret
            else self.tr("From WorkTime One: Settings › Webhooks")
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
        top.addRow(self.tr("Connection name"), self.name)
        layout.addLayout(top)
        layout.addWidget(
            self._group(
                self.tr("WorkTime One (locks, attendance)"),
                [(self.tr("Address"), self.worktime_url), (self.tr("API key"), self.worktime_key)],
                "worktime",
            )
        )
        layout.addWidget(
            self._group(
                self.tr("WorkTaps (employee accounts)"),
                [(self.tr("Address"), self.worktaps_url), (self.tr("API key"), self.worktaps_key)],
                "worktaps",
            )
        )
        layout.addWidget(
            self._group(
                self.tr("WorQ (HR records, optional)"),
                [
                    (self.tr("Environment"), self.worq_environment),
                    (self.tr("Custom address"), self.worq_url),
                    (self.tr("Partner name"), self.worq_partner),
                    (self.tr("Customer code"), self.worq_customer),
                    (self.tr("Partner key"), self.worq_key),
                ],
                "worq",
            )
        )
        hooks = QGroupBox(self.tr("WorkTime One webhooks (optional)"))
        hooks_form = QFormLayout(hooks)
        hooks_form.addRow(self.webhooks_on)
        hooks_form.addRow(self.tr("Listen on"), self.webhook_host)
        hooks_form.addRow(self.tr("Port"), self.webhook_port)
        hooks_form.addRow(self.tr("Signing secret"), self.webhook_secret)
        layout.addWidget(hooks)
        layout.addStretch(1)
        self.keyring_note = PlainLabel(
            keyring_problem or self.tr("Keys are kept in the system keyring only.")
        )
        self.keyring_note.setWordWrap(True)
        if keyring_problem:
            theme.text_color(self.keyring_note, theme.DANGER)
        outer.addWidget(self.keyring_note)
        outer.addWidget(self.error)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.test_button = QPushButton(self.tr("&Test connection"))
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
            label.setText(missing or self.tr("Checking…"))
        self.test_button.setEnabled(False)
        Op(lambda: self._check(profile, keys), what=self.tr("testing the connections")).success(
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
        self.error.setText(self.tr("The test could not run: {error}").format(error=exc))

    def try_save(self) -> None:
        try:
            profile = self.profile()
            if profile.webhooks_on and not self.keys().webhook_secret:
                raise ValueError(
                    self.tr(
                        "Webhooks need the signing secret WorkTime One shows under Settings › "
                        "Webhooks: paste it, or turn webhooks off."
                    )
                )
            self._save(profile, self.keys())
        except (ValueError, OSError, SecretStoreError) as exc:
            self.error.setText(disk_full_text(exc) or str(exc))
            return
        self.accept()


NEEDS = {
    "api_key": QT_TRANSLATE_NOOP("ConnectionSetupDialog", "the API key"),
    "partner_name": QT_TRANSLATE_NOOP("ConnectionSetupDialog", "the partner name"),
    "customer_code": QT_TRANSLATE_NOOP("ConnectionSetupDialog", "the customer code"),
    "partner_key": QT_TRANSLATE_NOOP("ConnectionSetupDialog", "the partner key"),
}
"""What a service needs before it can be tested, as "Not set up: … is missing" names it."""


def not_set_up(service: Service, profile: ConnectionProfile, keys: Keys) -> str | None:
    """Why a service cannot be tested yet (None: it can). WorQ needs three things; with
    some but not all of them typed, say which are missing rather than wait forever."""
    needs = {
        "worktime": [(NEEDS["api_key"], keys.worktime)],
        "worktaps": [(NEEDS["api_key"], keys.worktaps)],
        "worq": [
            (NEEDS["partner_name"], profile.worq_partner_name),
            (NEEDS["customer_code"], profile.worq_customer_code),
            (NEEDS["partner_key"], keys.worq_partner),
        ],
    }[service]
    missing = [
        QCoreApplication.translate("ConnectionSetupDialog", name)
        for name, value in needs
        if not value
    ]
    if not missing:
        return None
    if len(missing) == len(needs):
        return QCoreApplication.translate("ConnectionSetupDialog", "Not set up.")
    if len(missing) == 1:
        return QCoreApplication.translate(
            "ConnectionSetupDialog", "Not set up: {what} is missing."
        ).format(what=missing[0])
    return QCoreApplication.translate(
        "ConnectionSetupDialog", "Not set up: {first} and {second} are missing."
    ).format(first=", ".join(missing[:-1]), second=missing[-1])
