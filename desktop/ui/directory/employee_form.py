"""A WorkTime One employee: create or edit, each field with its own error line.

The screen faces visitors, so the salary is masked: the field shows dots, an edit
does not even load the current salary into it, and "Reveal salary" shows it only
after the signed-in manager gives their PIN again. A refusal the server sends comes
back under its field; nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.api import Employee
from desktop.services.directory.employees import EmployeeDraft
from desktop.ui.widgets.sending_form import Check, SendingForm

Submit = Callable[[EmployeeDraft], dict[str, str] | None]
"""field -> message; empty when done; None while WorkTime One is being asked (the caller
then calls ``server_answered``)."""
Reveal = Callable[[str], str | None]
"""The PIN typed -> why it was refused, or None when the salary may be shown."""
MASKED = QLineEdit.EchoMode.Password
SHOWN = QLineEdit.EchoMode.Normal
FIELDS = ("name", "email", "department_id", "position", "salary", "start_date")
REQUIRED = ("name", "email", "department_id")  # marked with * on the form


class EmployeeForm(SendingForm):
    service = "WorkTime One"

    def __init__(
        self,
        departments: Sequence[tuple[str, str]],
        submit: Submit,
        current: Employee | None = None,
        *,
        reveal: Reveal | None = None,
        manager: str = "",
        parent: QWidget | None = None,
        check: Check | None = None,
    ) -> None:
        super().__init__(parent, check=check)
        self.submit, self.current, self.reveal = submit, current, reveal
        self.setWindowTitle(
            self.tr("Edit WorkTime One employee")
            if current
            else self.tr("New WorkTime One employee")
        )
        self.setMinimumWidth(560)
        self.name, self.email, self.position = QLineEdit(), QLineEdit(), QLineEdit()
        self.department = QComboBox()
        self.department.addItem(self.tr("Choose a department"), "")
        for dept_id, label in departments:
            self.department.addItem(label, dept_id)
        self.salary = QLineEdit()
        self.salary.setEchoMode(MASKED)
        self.salary.setPlaceholderText(
            self.tr("unchanged") if current else self.tr("optional, like 65000")
        )
        self.reveal_button = QPushButton(self.tr("Reveal salary"))
        self.reveal_button.setCheckable(True)
        self.pin = QLineEdit()
        self.pin.setEchoMode(MASKED)
        self.pin.setPlaceholderText(
            self.tr("{manager}'s PIN").format(manager=manager) if manager else self.tr("PIN")
        )
        self.pin_button = QPushButton(self.tr("Show"))
        self.pin_row = QWidget()
        self.start_date = QLineEdit()
        self.start_date.setPlaceholderText(self.tr("YYYY-MM-DD (optional)"))
        if reveal is None:
            self.reveal_button.setEnabled(False)
            self.reveal_button.setToolTip(self.tr("Sign in as a manager to reveal the salary."))
        self._layout()
        if current is not None:
            self._fill(current)
        self.reveal_button.toggled.connect(self._toggle_reveal)
        self.pin_button.clicked.connect(self._check_pin)
        self.pin.returnPressed.connect(self._check_pin)

    def _layout(self) -> None:
        form = QFormLayout()
        salary_box = QWidget()
        salary_row = QHBoxLayout(salary_box)
        salary_row.setContentsMargins(0, 0, 0, 0)
        salary_row.addWidget(self.salary, 1)
        salary_row.addWidget(self.reveal_button)
        pin_row = QHBoxLayout(self.pin_row)
        pin_row.setContentsMargins(0, 0, 0, 0)
        pin_row.addWidget(self.pin, 1)
        pin_row.addWidget(self.pin_button)
        self.pin_row.hide()
        rows: list[tuple[str, str, QWidget]] = [
            (self.tr("Name"), "name", self.name),
            (self.tr("Email"), "email", self.email),
            (self.tr("Department"), "department_id", self.department),
            (self.tr("Position"), "position", self.position),
            (self.tr("Start date"), "start_date", self.start_date),
        ]
        creating = self.current is None
        for label, name, shown in rows[:4]:
            self.field_row(form, label, name, shown, required=creating and name in REQUIRED)
        self.field_row(
            form, self.tr("Salary"), "salary", salary_box, self.pin_row, focus=self.salary
        )
        self.field_row(form, *rows[4])
        self.buttons = self.save_cancel()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)

    def _fill(self, employee: Employee) -> None:
        self.name.setText(employee.name)
        self.email.setText(employee.email or "")
        index = self.department.findData(employee.department_id or "")
        if index < 0 and employee.department_id:
            self.department.addItem(
                employee.department or employee.department_id, employee.department_id
            )
            index = self.department.count() - 1
        self.department.setCurrentIndex(max(0, index))
        self.position.setText(employee.position or "")
        self.start_date.setText(employee.start_date.isoformat() if employee.start_date else "")

    def prefill(self, draft: EmployeeDraft) -> None:
        """A new employee's fields from elsewhere (the WorQ record); the salary stays blank."""
        self.name.setText(draft.name)
        self.email.setText(draft.email)
        self.department.setCurrentIndex(max(0, self.department.findData(draft.department_id)))
        self.position.setText(draft.position)
        self.start_date.setText(draft.start_date)

    # -- the salary ---------------------------------------------------------------------

    def salary_shown(self) -> bool:
        return self.salary.echoMode() == SHOWN

    def _toggle_reveal(self, on: bool) -> None:
        if not on:
            self.salary.setEchoMode(MASKED)
            self.reveal_button.setText(self.tr("Reveal salary"))
            if self.current is not None and self.salary.text() == _amount(self.current.salary):
                self.salary.clear()  # the current salary leaves the screen with the reveal
            self.pin_row.hide()
            return
        self.pin.clear()
        self.pin_row.show()
        self.pin.setFocus()

    def _check_pin(self) -> None:
        if self.reveal is None:
            return
        problem = self.reveal(self.pin.text())
        self.pin.clear()
        if problem:
            self.show_error("salary", problem)
            return
        self.errors["salary"].hide()
        self.pin_row.hide()
        self.salary.setEchoMode(SHOWN)
        self.reveal_button.setText(self.tr("Hide salary"))
        if self.current is not None and not self.salary.text():
            self.salary.setText(_amount(self.current.salary))

    # -- saving -------------------------------------------------------------------------

    def draft(self) -> EmployeeDraft:
        salary = self.salary.text().strip()
        if self.current is not None and salary == _amount(self.current.salary):
            salary = ""  # revealed and left as it was: unchanged
        return EmployeeDraft(
            name=self.name.text().strip(),
            email=self.email.text().strip(),
            department_id=str(self.department.currentData() or ""),
            position=self.position.text().strip(),
            salary=salary,
            start_date=self.start_date.text().strip(),
        )

    def submit_values(self) -> dict[str, str] | None:
        return self.submit(self.draft())


def _amount(value: Decimal | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if value == value.to_integral_value() else str(value)
