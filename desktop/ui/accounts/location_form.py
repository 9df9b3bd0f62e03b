"""Create or edit a WorkTaps location, with each refusal under its field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from desktop.api import Location
from desktop.ui.widgets.sending_form import Check, SendingForm
from desktop.ui.widgets.zone_box import ZoneBox
from desktop.words import QT_TRANSLATE_NOOP

LOCATION_FIELDS = (
    ("name", QT_TRANSLATE_NOOP("LocationForm", "Name")),
    ("website", QT_TRANSLATE_NOOP("LocationForm", "Website")),
    ("phone", QT_TRANSLATE_NOOP("LocationForm", "Phone")),
    ("street", QT_TRANSLATE_NOOP("LocationForm", "Street")),
    ("city", QT_TRANSLATE_NOOP("LocationForm", "City")),
    ("state", QT_TRANSLATE_NOOP("LocationForm", "State")),
    ("postal", QT_TRANSLATE_NOOP("LocationForm", "Postal code")),
    ("areacode", QT_TRANSLATE_NOOP("LocationForm", "Area code")),
    ("timezone", QT_TRANSLATE_NOOP("LocationForm", "Timezone")),
    ("about", QT_TRANSLATE_NOOP("LocationForm", "About")),
)
Submit = Callable[[dict[str, str]], dict[str, str] | None]
"""field -> message; empty when accepted; None while WorkTaps is being asked (the caller
then calls ``server_answered``)."""


class LocationForm(SendingForm):
    service = "WorkTaps"

    def __init__(
        self,
        submit: Submit,
        location: Location | None = None,
        parent: QWidget | None = None,
        *,
        zone: str = "",
        check: Check | None = None,
    ) -> None:
        super().__init__(parent, check=check)
        self.submit = submit
        self.setWindowTitle(
            self.tr("Edit {name}").format(name=location.name)
            if location
            else self.tr("New location")
        )
        self.setMinimumWidth(480)
        self.inputs: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for name, english in LOCATION_FIELDS:
            label = QCoreApplication.translate("LocationForm", english)
            value = str(getattr(location, name, "") or "") if location else ""
            if name == "timezone":
                self.timezone = ZoneBox(value if location else zone)  # new: the organization's
                self.inputs[name] = self.timezone.editor()
                self.field_row(form, label, name, self.timezone)
                continue
            field = self.inputs[name] = QLineEdit(value)
            self.field_row(form, label, name, field, required=name == "name")
        self.buttons = self.save_cancel()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)

    def values(self) -> dict[str, str]:
        typed = {name: field.text().strip() for name, field in self.inputs.items()}
        return typed | {"timezone": self.timezone.zone()}

    def show_errors(self, errors: dict[str, str]) -> None:
        super().show_errors(errors)
        self.adjustSize()  # room for the error lines

    def submit_values(self) -> dict[str, str] | None:
        return self.submit(self.values())
