"""What the account, location and employee forms share: Save checks, sends, and waits.

Save hands the form's values to its ``submit`` (the console's checks, then the
outbox): refusals come back at once and are shown on their fields; ``None`` means
the write went out, and the form waits, Save disabled so a second click cannot
queue a second write, until ``server_answered`` brings the service's verdict.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton

from desktop.ui.widgets import format as fmt
from desktop.ui.widgets.plain import PlainLabel

SENDING_COLOR = "#555"


def error_line(name: str) -> QLabel:
    """A field's error line: red, wrapped, hidden until there is something to say."""
    error = PlainLabel()
    error.setObjectName(f"error_{name}")
    error.setStyleSheet(f"color: {fmt.ALERT_COLOR};")
    error.setWordWrap(True)
    error.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    error.hide()
    return error


class SendingForm(QDialog):
    saved = Signal()  # the service accepted the write
    service = "the service"  # as a manager knows it: "Sending to WorkTaps…"
    save_button: QPushButton
    general: QLabel  # what belongs to no one field

    def submit_values(self) -> dict[str, str] | None:
        """Hand the values to ``submit``: refusals by field, or None once sent."""
        raise NotImplementedError

    def show_errors(self, errors: dict[str, str]) -> None:
        raise NotImplementedError

    def save_cancel(self) -> QDialogButtonBox:
        """Save and Cancel, wired: Save is ``try_save`` (and ``save_button``)."""
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        return buttons

    def try_save(self) -> None:
        errors = self.submit_values()
        if errors is None:
            self.save_button.setEnabled(False)
            self.general.setStyleSheet(f"color: {SENDING_COLOR};")
            self.general.setText(f"Sending to {self.service}…")
            return
        self.server_answered(errors)

    def server_answered(self, errors: dict[str, str]) -> None:
        """The answer: close when accepted, else the refusal on its field (nothing lost)."""
        self.save_button.setEnabled(True)
        self.general.setStyleSheet(f"color: {fmt.ALERT_COLOR};")
        if errors:
            self.show_errors(errors)
            return
        self.saved.emit()
        self.accept()
