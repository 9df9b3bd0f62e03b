"""The WorkTaps account form: every field of the vendor's page, each with its own error line.

The console checks every rule the vendor enforces before sending
(``account_rules.check_draft``); what the server still refuses comes back on
the field it concerns. Nothing typed is lost on a refusal.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.api import Account, Department, Location
from desktop.services.accounts.rules import REQUIRED, AccountDraft, normalize_phone
from desktop.ui.widgets.fit import scaled
from desktop.ui.widgets.sending_form import Check, SendingForm, hint_line
from desktop.ui.widgets.zone_box import ZoneBox

ROLES = ("EMPLOYEE", "MANAGER", "OWNER")
Submit = Callable[[AccountDraft], dict[str, str] | None]
"""field -> message; empty when accepted; None while the server is being asked (the
caller then calls ``server_answered``)."""


class AccountForm(SendingForm):
    service = "WorkTaps"

    def __init__(
        self,
        departments: Sequence[Department],
        locations: Sequence[Location],
        submit: Submit,
        account: Account | None = None,
        parent: QWidget | None = None,
        *,
        zone: str = "",
        check: Check | None = None,
    ) -> None:
        super().__init__(parent, check=check)
        self.submit, self.account = submit, account
        self.setWindowTitle(self.tr("Edit account") if account else self.tr("New account"))
        self.resize(720, 760)
        self.first_name, self.last_name = QLineEdit(), QLineEdit()
        self.email, self.phone = QLineEdit(), QLineEdit()
        self.phone.setPlaceholderText(self.tr("Any form: (212) 555-0100, +1 212 555 0100"))
        self.phone_shown = hint_line()
        self.street, self.city = QLineEdit(), QLineEdit()
        self.state, self.postal = QLineEdit(), QLineEdit()
        self.state.setMaxLength(2)
        self.state.setPlaceholderText(self.tr("NY"))
        self.postal.setPlaceholderText(self.tr("10001 or 10001-1234"))
        self.birth_date = QLineEdit()
        self.birth_date.setPlaceholderText(self.tr("YYYY-MM-DD (optional)"))
        self.employee_id = QLineEdit()
        self.timezone = ZoneBox("" if account else zone)  # a new one: the organization's
        self.role = QComboBox()
        self.role.addItem(self.tr("Choose a role"), "")
        for role in ROLES:
            self.role.addItem(role.capitalize(), role)
        self.department = QComboBox()
        self.department.addItem(self.tr("Choose a department"), "")
        for department in departments:
            self.department.addItem(department.name or department.id, department.id)
        self.locations = QListWidget()
        self.locations.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.locations.setMaximumHeight(90)
        for location in locations:
            item = QListWidgetItem(location.name or location.id, self.locations)
            item.setData(Qt.ItemDataRole.UserRole, location.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.job_title = QLineEdit()
        self.job_title.setMaxLength(100)
        self.start_date = QLineEdit()
        self.start_date.setPlaceholderText(self.tr("YYYY-MM-DD, not in the future"))
        self.meta = QTableWidget(0, 2)
        self.meta.setHorizontalHeaderLabels(
            [self.tr("Custom field"), self.tr("Value (100 characters at most)")]
        )
        self.meta.horizontalHeader().setStretchLastSection(True)
        header = self.meta.horizontalHeader()  # larger fonts; a translated title whole
        header.resizeSection(
            0, max(scaled(self.meta, 100), header.sectionSizeFromContents(0).width())
        )
        self.meta.setMaximumHeight(120)
        self.meta.setAccessibleName(self.tr("Custom fields"))
        self.add_meta = QPushButton(self.tr("Add field"))
        self.remove_meta = QPushButton(self.tr("Remove field"))
        self._layout()
        if account is not None:
            self._fill(account)
        self.phone.textChanged.connect(self._show_phone)
        self.add_meta.clicked.connect(lambda: self.meta.insertRow(self.meta.rowCount()))
        self.remove_meta.clicked.connect(self._remove_meta_row)

    def _layout(self) -> None:
        body = QWidget()
        form = QFormLayout(body)
        rows: list[tuple[str, str, QWidget]] = [
            (self.tr("First name"), "first_name", self.first_name),
            (self.tr("Last name"), "last_name", self.last_name),
            (self.tr("Email"), "email", self.email),
            (self.tr("Phone"), "phone", self.phone),
            (self.tr("Street"), "street", self.street),
            (self.tr("City"), "city", self.city),
            (self.tr("State"), "state", self.state),
            (self.tr("Postal code"), "postal", self.postal),
            (self.tr("Birth date"), "birth_date", self.birth_date),
            (self.tr("Employee id"), "employee_id", self.employee_id),
            (self.tr("Timezone"), "timezone", self.timezone),
            (self.tr("Role"), "role", self.role),
            (self.tr("Department"), "department_id", self.department),
            (self.tr("Locations"), "location_ids", self.locations),
            (self.tr("Job title"), "job_title", self.job_title),
            (self.tr("Start date"), "start_date", self.start_date),
        ]
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        creating = self.account is None
        for label, name, widget in rows:
            under = [self.phone_shown] if name == "phone" else []
            self.field_row(form, label, name, widget, *under,
                           required=creating and name in REQUIRED)  # fmt: skip
        meta_box = QWidget()
        grid = QGridLayout(meta_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.meta, 0, 0, 1, 2)
        grid.addWidget(self.add_meta, 1, 0)
        grid.addWidget(self.remove_meta, 1, 1)
        self.field_row(form, self.tr("Custom fields"), "meta", meta_box)
        self.scroller = scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields; it follows
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.buttons = self.save_cancel()
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

    def _fill(self, account: Account) -> None:
        self.first_name.setText(account.first_name or "")
        self.last_name.setText(account.last_name or "")
        self.email.setText(account.email or "")
        self.phone.setText(account.phone or "")
        self.street.setText(account.street or "")
        self.city.setText(account.city or "")
        self.state.setText(account.state or "")
        self.postal.setText(account.postal or "")
        self.birth_date.setText(account.birth_date.isoformat() if account.birth_date else "")
        self.employee_id.setText(account.employee_id or "")
        self.timezone.set_zone(account.timezone or "")
        self.role.setCurrentIndex(max(0, self.role.findData(account.role or "")))
        department = account.department.id if account.department else ""
        self.department.setCurrentIndex(max(0, self.department.findData(department)))
        chosen = {location.id for location in account.locations or []}
        for index in range(self.locations.count()):
            item = self.locations.item(index)
            if item.data(Qt.ItemDataRole.UserRole) in chosen:
                item.setCheckState(Qt.CheckState.Checked)
        meta = account.meta
        self.job_title.setText(meta.job_title or account.job_title or "")
        start = meta.start_date or account.start_date
        self.start_date.setText(start.isoformat() if start else "")
        for key, value in (meta.model_extra or {}).items():
            row = self.meta.rowCount()
            self.meta.insertRow(row)
            self.meta.setItem(row, 0, QTableWidgetItem(key))
            self.meta.setItem(row, 1, QTableWidgetItem(str(value)))

    def prefill(self, draft: AccountDraft) -> None:
        """A new account's fields from elsewhere (the directory's WorQ record), to check."""
        for name in ("first_name", "last_name", "email", "phone", "street", "city", "state",
                     "postal", "birth_date", "employee_id", "job_title", "start_date"):  # fmt: skip
            field = getattr(self, name)
            assert isinstance(field, QLineEdit)
            field.setText(getattr(draft, name))
        self.timezone.set_zone(draft.timezone)
        self.role.setCurrentIndex(max(0, self.role.findData(draft.role)))
        self.department.setCurrentIndex(max(0, self.department.findData(draft.department_id)))
        for index in range(self.locations.count()):
            item = self.locations.item(index)
            if item.data(Qt.ItemDataRole.UserRole) in draft.location_ids:
                item.setCheckState(Qt.CheckState.Checked)

    def _show_phone(self, text: str) -> None:
        e164 = normalize_phone(text) if text.strip() else None
        self.phone_shown.setText(
            self.tr("Will be sent as {phone}").format(phone=e164) if e164 else ""
        )

    def _remove_meta_row(self) -> None:
        row = self.meta.currentRow()
        self.meta.removeRow(row if row >= 0 else self.meta.rowCount() - 1)

    def draft(self) -> AccountDraft:
        checked = tuple(
            str(self.locations.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.locations.count())
            if self.locations.item(i).checkState() == Qt.CheckState.Checked
        )
        meta = []
        for row in range(self.meta.rowCount()):
            key, value = self.meta.item(row, 0), self.meta.item(row, 1)
            if key is None and value is None:
                continue
            meta.append(((key.text() if key else "").strip(), value.text() if value else ""))
        return AccountDraft(
            first_name=self.first_name.text().strip(),
            last_name=self.last_name.text().strip(),
            email=self.email.text().strip(),
            phone=self.phone.text().strip(),
            city=self.city.text().strip(),
            street=self.street.text().strip(),
            state=self.state.text().strip(),
            postal=self.postal.text().strip(),
            birth_date=self.birth_date.text().strip(),
            employee_id=self.employee_id.text().strip(),
            timezone=self.timezone.zone(),
            role=self.role.currentData() or "",
            department_id=self.department.currentData() or "",
            location_ids=checked,
            job_title=self.job_title.text().strip(),
            start_date=self.start_date.text().strip(),
            meta=tuple(meta),
        )

    def submit_values(self) -> dict[str, str] | None:
        return self.submit(self.draft())
