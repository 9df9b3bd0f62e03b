"""WorkTaps accounts: the whole list from the cache, instant search, the server's filters,
a details panel, and the actions a manager takes on an account."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.api import Account
from desktop.store import AccountCache
from desktop.ui.widgets import format as fmt
from desktop.ui.widgets.fit import fit_placeholder
from desktop.ui.widgets.plain import PlainLabel, plain_tip, rich_label
from desktop.ui.widgets.table_models import Column, LazyTableModel, ListTableModel
from desktop.ui.widgets.tables import configure_table, select_row
from desktop.words import translate

SEARCH_DELAY_MS = 120


@dataclass(frozen=True, slots=True)
class ServerFilters:
    email: str = ""
    phone: str = ""
    location_id: str = ""
    meta_key: str = ""
    meta_value: str = ""

    def empty(self) -> bool:
        return not (self.email or self.phone or self.location_id or self.meta_key)


def start_date(a: Account) -> str:
    day = a.meta.start_date or a.start_date
    return day.isoformat() if day else ""


def department(a: Account) -> str:
    return (a.department.name or a.department.id) if a.department else ""


def places(a: Account) -> str:
    return ", ".join(loc.name or loc.id for loc in a.locations)


def account_columns() -> list[Column[Account]]:
    def name(a: Account) -> str:
        return " ".join(p for p in (a.first_name, a.last_name) if p)

    return [
        Column(QCoreApplication.translate("AccountsPage", "Name"), name, width=170),
        Column(
            QCoreApplication.translate("AccountsPage", "Employee id"),
            lambda a: a.employee_id or "",
            width=90,
        ),
        Column(
            QCoreApplication.translate("AccountsPage", "Email"),
            lambda a: a.email or "",
            width=210,
            tooltip=lambda a: a.email or None,
        ),
        Column(
            QCoreApplication.translate("AccountsPage", "Phone"),
            lambda a: fmt.phone(a.phone),
            width=130,
        ),
        Column(
            QCoreApplication.translate("AccountsPage", "Role"),
            lambda a: (a.role or "").capitalize(),
            width=80,
        ),
        Column(QCoreApplication.translate("AccountsPage", "Department"), department, width=130),
        Column(QCoreApplication.translate("AccountsPage", "Locations"), places, width=160),
        Column(
            QCoreApplication.translate("AccountsPage", "Job title"),
            lambda a: a.meta.job_title or a.job_title or "",
            width=140,
        ),
        Column(QCoreApplication.translate("AccountsPage", "Start date"), start_date, width=90),
    ]


def details(a: Account) -> str:
    """The account's every field, each named in the console's language (a custom field
    keeps the name it has in WorkTaps)."""
    none = "—"
    meta = {
        QCoreApplication.translate("AccountsPage", "Job title"): a.meta.job_title
        or a.job_title
        or "",
        QCoreApplication.translate("AccountsPage", "Start date"): fmt.local_date(
            a.meta.start_date or a.start_date
        ),
    }
    meta |= {key: str(value) for key, value in (a.meta.model_extra or {}).items()}
    address = ", ".join(p for p in (a.street, a.city, a.state, a.postal) if p)
    rows = [
        (
            QCoreApplication.translate("AccountsPage", "Name"),
            f"{a.first_name or ''} {a.last_name or ''}".strip(),
        ),
        (QCoreApplication.translate("AccountsPage", "Email"), a.email or none),
        (QCoreApplication.translate("AccountsPage", "Phone"), fmt.phone(a.phone) or none),
        (QCoreApplication.translate("AccountsPage", "Address"), address or none),
        (
            QCoreApplication.translate("AccountsPage", "Birth date"),
            fmt.local_date(a.birth_date) or none,
        ),
        (QCoreApplication.translate("AccountsPage", "Employee id"), a.employee_id or none),
        (QCoreApplication.translate("AccountsPage", "Timezone"), a.timezone or none),
        (
            QCoreApplication.translate("AccountsPage", "Role"),
            (a.role or "").capitalize() or none,
        ),
        (QCoreApplication.translate("AccountsPage", "Department"), department(a) or none),
        (QCoreApplication.translate("AccountsPage", "Locations"), places(a) or none),
        *meta.items(),
        (
            QCoreApplication.translate("AccountsPage", "In WorkTaps since"),
            fmt.local_time(a.created, fmt.UTC_ZONE) if a.created else none,
        ),
    ]
    return "".join(f"<b>{escape(str(k))}</b>: {escape(str(v))}<br>" for k, v in rows)


class AccountsPage(QWidget):
    new_requested = Signal()
    edit_requested = Signal(object)  # Account
    terminate_requested = Signal(object)  # Account
    server_search_requested = Signal(object)  # ServerFilters
    refresh_requested = Signal()

    def __init__(self, cache: AccountCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cache = cache
        self.writable_reason: str | None = None  # why writes are off (a read-only key)
        self.model: LazyTableModel[Account] = LazyTableModel(account_columns())
        self.server_model: ListTableModel[Account] = ListTableModel(account_columns())
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("WorkTaps accounts"))
        self._use(self.model)
        configure_table(self.view, [c.width for c in self.model.columns])
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, email, phone or employee id…"))
        self.search.setClearButtonEnabled(True)
        self.department = QComboBox()
        self.email, self.phone = QLineEdit(), QLineEdit()
        self.email.setPlaceholderText(self.tr("Exact email"))
        self.phone.setPlaceholderText(self.tr("Phone, any form"))
        self.location = QComboBox()
        self.meta_key, self.meta_value = QLineEdit(), QLineEdit()
        self.meta_key.setPlaceholderText(self.tr("Field, e.g. jobTitle"))
        self.meta_value.setPlaceholderText(self.tr("Value"))
        for edit in (self.email, self.phone, self.meta_key, self.meta_value):
            fit_placeholder(edit)  # a translation's hint is longer than the English
            # and a character more: a hint that fills the field exactly is cut with '…'
            edit.setMinimumWidth(edit.minimumWidth() + edit.fontMetrics().averageCharWidth())
        for field, name in (
            (self.search, self.tr("Search accounts")),
            (self.department, self.tr("Department")),
            (self.email, self.tr("Exact email")),
            (self.phone, self.tr("Phone")),
            (self.location, self.tr("Location")),
            (self.meta_key, self.tr("Custom field")),
            (self.meta_value, self.tr("Custom field's value")),
        ):
            field.setAccessibleName(name)
        self.search.setAccessibleDescription(
            self.tr("Searches the accounts this console holds, as you type")
        )
        for field in (self.email, self.phone, self.location, self.meta_key, self.meta_value):
            field.setAccessibleDescription(
                self.tr("A filter WorkTaps applies: Search WorkTaps asks it")
            )
        self.server_button = QPushButton(self.tr("Search &WorkTaps"))
        self.clear_button = QPushButton(self.tr("Show all"))
        self.new_button = QPushButton(self.tr("&New account…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.terminate_button = QPushButton(self.tr("&Terminate…"))
        self.refresh_button = QPushButton(self.tr("Refresh from WorkTaps"))
        self.count = PlainLabel()
        self.details = rich_label(self.tr("Select an account to see it here."))
        self.details.setWordWrap(True)
        self.details.setMinimumWidth(280)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._layout()
        self._wire()
        self.reload()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.department, 1)
        server = QGroupBox(self.tr("The server's own filters"))
        row = QHBoxLayout(server)
        for widget in (self.email, self.phone, self.location, self.meta_key, self.meta_value,
                       self.server_button, self.clear_button):  # fmt: skip
            row.addWidget(widget)
        actions = QHBoxLayout()
        actions.addWidget(self.count, 1)
        for button in (self.refresh_button, self.new_button, self.edit_button,
                       self.terminate_button):  # fmt: skip
            actions.addWidget(button)
        split = QSplitter()
        split.addWidget(self.view)
        side = QWidget()
        column = QVBoxLayout(side)
        column.addWidget(self.details)
        column.addStretch(1)
        split.addWidget(side)
        split.setSizes([880, 320])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(server)
        layout.addWidget(split, 1)
        layout.addLayout(actions)

    def _wire(self) -> None:
        self.search.textChanged.connect(lambda *_: self._timer.start())
        self._timer.timeout.connect(self.reload)
        self.department.currentIndexChanged.connect(lambda *_: self.reload())
        self.server_button.clicked.connect(
            lambda: self.server_search_requested.emit(self.server_filters())
        )
        self.clear_button.clicked.connect(self.show_cache)
        self.new_button.clicked.connect(self.new_requested)
        self.edit_button.clicked.connect(lambda: self._emit_for(self.edit_requested))
        self.terminate_button.clicked.connect(lambda: self._emit_for(self.terminate_requested))
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.view.doubleClicked.connect(lambda *_: self._emit_for(self.edit_requested))

    def server_filters(self) -> ServerFilters:
        return ServerFilters(
            self.email.text().strip(),
            self.phone.text().strip(),
            self.location.currentData() or "",
            self.meta_key.text().strip(),
            self.meta_value.text(),
        )

    def reload(self) -> None:
        """Redraw the cached list with the search and department chosen."""
        departments = self.cache.departments()
        current = self.department.currentData()
        self.department.blockSignals(True)
        self.department.clear()
        self.department.addItem(self.tr("All departments"), None)
        for d in departments:
            self.department.addItem(d.name or d.id, d.id)
        self.department.setCurrentIndex(max(0, self.department.findData(current)))
        self.department.blockSignals(False)
        location = self.location.currentData()
        self.location.clear()
        self.location.addItem(self.tr("Any location"), None)
        for loc in self.cache.locations():
            self.location.addItem(loc.name or loc.id, loc.id)
        self.location.setCurrentIndex(max(0, self.location.findData(location)))
        self.show_cache()

    def show_cache(self) -> None:
        text, department = self.search.text().strip(), self.department.currentData()
        self._use(self.model)
        self.model.load(
            lambda offset, limit: self.cache.accounts(
                text, department_id=department, offset=offset, limit=limit
            )
        )
        total = self.cache.count(text, department_id=department)
        self.count.setText(translate("AccountsPage", "%Ln account(s)", None, total))
        self._show_details()

    def select_account(self, account_id: str) -> bool:
        """The account's row selected and in sight, in the cached list (a new account)."""
        self.show_cache()
        found = self.model.find(lambda account: str(account.id) == account_id)
        return select_row(self.view, found)

    def show_server_results(self, accounts: list[Account], filters: ServerFilters) -> None:
        self.server_model.set_rows(accounts)
        self._use(self.server_model)
        found = len(accounts)
        self.count.setText(
            translate("AccountsPage", "%Ln account(s) match the server's filters", None, found)
        )
        self._show_details()

    def _use(self, model: LazyTableModel[Account]) -> None:
        """Show ``model``; a new model brings a new selection model to follow (the same one
        kept its connection: connecting again would show the details once more per row)."""
        if self.view.model() is not model:
            self.view.setModel(model)
            self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())

    def set_writable(self, reason: str | None) -> None:
        """Writes on or off (a read-only key), the reason on each button."""
        self.writable_reason = reason
        self.new_button.setEnabled(reason is None)
        for button in (self.new_button, self.edit_button, self.terminate_button):
            button.setToolTip(plain_tip(reason or ""))
        self._show_details()

    def current(self) -> Account | None:
        index = self.view.currentIndex()
        model = self.view.model()
        if not index.isValid() or not isinstance(model, LazyTableModel):
            return None
        row: Account = model.row(index.row())
        return row

    def _show_details(self) -> None:
        account = self.current()
        writable = self.writable_reason is None
        self.edit_button.setEnabled(account is not None and writable)
        self.terminate_button.setEnabled(account is not None and writable)
        self.details.setText(
            details(account) if account else self.tr("Select an account to see it here.")
        )

    def _emit_for(self, signal: SignalInstance) -> None:
        account = self.current()
        if account is not None:
            signal.emit(account)
