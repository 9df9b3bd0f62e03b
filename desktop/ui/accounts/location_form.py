"""Create or edit a WorkTaps location, with each refusal under its field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.api import Location
from desktop.ui.widgets import format as fmt
from desktop.ui.widgets.plain import PlainLabel
from desktop.ui.widgets.sending_form import SendingForm, error_line

LOCATION_FIELDS = (
    ("name", "Name"),
    ("website", "Website"),
    ("phone", "Phone"),
    ("street", "Street"),
    ("city", "City"),
    ("state", "State"),
    ("postal", "Postal code"),
    ("areacode", "Area code"),
    ("timezone", "Timezone"),
    ("about", "About"),
)
Submit = Callable[[dict[str, str]], dict[str, str] | None]
"""field -> message; empty when accepted; None while WorkTaps is being asked (the caller
then calls ``server_answered``)."""


class LocationForm(SendingForm):
    service = "WorkTaps"

    def __init__(
        self, submit: Submit, location: Location | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.submit = submit
        self.setWindowTitle(f"Edit {location.name}" if location else "New location")
        self.setMinimumWidth(480)
        self.inputs: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for name, label in LOCATION_FIELDS:
            field = QLineEdit(str(getattr(location, name, "") or "") if location else "")
            error = error_line(name)
            self.inputs[name], self.errors[name] = field, error
            cell = QWidget()  # the error right under its own field
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(field)
            column.addWidget(error)
            form.addRow(label, cell)
        self.general = PlainLabel()
        self.general.setStyleSheet(f"color: {fmt.ALERT_COLOR};")
        self.buttons = self.save_cancel()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)

    def values(self) -> dict[str, str]:
        return {name: field.text().strip() for name, field in self.inputs.items()}

    def show_errors(self, errors: dict[str, str]) -> None:
        for label in self.errors.values():
            label.hide()
        self.general.clear()
        self.general.setStyleSheet(f"color: {fmt.ALERT_COLOR};")
        for name, message in errors.items():
            found = self.errors.get(name)
            if found is None:
                self.general.setText(message)
            else:
                found.setText(message)
                found.show()
        self.adjustSize()  # room for the error lines

    def submit_values(self) -> dict[str, str] | None:
        return self.submit(self.values())
