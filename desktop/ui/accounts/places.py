"""Departments (as WorkTaps has them) and locations, which managers create and edit."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView, QVBoxLayout, QWidget

from desktop.api import Department, Location
from desktop.store import AccountCache
from desktop.ui.widgets.plain import PlainLabel, plain_tip
from desktop.ui.widgets.table_models import Column, ListTableModel
from desktop.ui.widgets.tables import configure_table, select_row


class PlacesPage(QWidget):
    new_location_requested = Signal()
    edit_location_requested = Signal(object)  # Location

    def __init__(self, cache: AccountCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cache = cache
        self.departments: ListTableModel[Department] = ListTableModel(
            [
                Column(self.tr("Department"), lambda d: d.name or "", width=220),
                Column(self.tr("Slug"), lambda d: d.slug or "", width=180),
                Column(self.tr("Id"), lambda d: d.id, width=80),
            ]
        )
        self.locations: ListTableModel[Location] = ListTableModel(
            [
                Column(self.tr("Location"), lambda x: x.name or "", width=180),
                Column(self.tr("Address"), lambda x: ", ".join(
                    p for p in (x.street, x.city, x.state, x.postal) if p), width=280),
                Column(self.tr("Phone"), lambda x: x.phone or "", width=130),
                Column(self.tr("Timezone"), lambda x: x.timezone or "", width=150),
                Column(self.tr("Website"), lambda x: x.website or "", width=200,
                       tooltip=lambda x: x.website or None),
            ]
        )  # fmt: skip
        self.department_view, self.location_view = QTableView(), QTableView()
        self.department_view.setAccessibleName(self.tr("Departments"))
        self.location_view.setAccessibleName(self.tr("Locations"))
        for view, model in ((self.department_view, self.departments),
                            (self.location_view, self.locations)):  # fmt: skip
            view.setModel(model)
            configure_table(view, [c.width for c in model.columns])
        self.new_button = QPushButton(self.tr("New &location…"))
        self.edit_button = QPushButton(self.tr("&Edit location…"))
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.new_button)
        actions.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(PlainLabel(self.tr("Departments")))
        layout.addWidget(self.department_view, 1)
        layout.addWidget(PlainLabel(self.tr("Locations")))
        layout.addWidget(self.location_view, 1)
        layout.addLayout(actions)
        self.new_button.clicked.connect(self.new_location_requested)
        self.edit_button.clicked.connect(self._edit)
        self.location_view.doubleClicked.connect(lambda *_: self._edit())
        self.reload()

    def set_writable(self, reason: str | None) -> None:
        for button in (self.new_button, self.edit_button):
            button.setEnabled(reason is None)
            button.setToolTip(plain_tip(reason or ""))

    def reload(self) -> None:
        self.departments.set_rows(self.cache.departments())
        self.locations.set_rows(self.cache.locations())

    def select_location(self, location_id: str) -> bool:
        """The location's row selected and in sight (a new or edited location)."""
        found = self.locations.find(lambda location: location.id == location_id)
        return select_row(self.location_view, found)

    def _edit(self) -> None:
        index = self.location_view.currentIndex()
        if index.isValid():
            self.edit_location_requested.emit(self.locations.row(index.row()))
