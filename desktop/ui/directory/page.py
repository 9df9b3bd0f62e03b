"""The directory: one row per person across WorkTime One, WorkTaps and WorQ, how each row
was matched, and where the systems disagree, in red and in words (never colour alone).

The page shows what it is given (``show``) and filters it as the manager types; the
actions a row allows are signals, each carrying the ``Person``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.directory.match import METHOD_NAMES
from desktop.services.directory.people import Person
from desktop.ui import theme
from desktop.ui.widgets import format as fmt
from desktop.ui.widgets.plain import PlainLabel, plain_tip, rich_label
from desktop.ui.widgets.table_models import Column, ListTableModel
from desktop.ui.widgets.tables import configure_table, select_row
from desktop.words import QT_TRANSLATE_NOOP, translate

SEARCH_DELAY_MS = 120
AGREES = QT_TRANSLATE_NOOP("DirectoryPage", "✓ agrees")
MISSING = QT_TRANSLATE_NOOP("DirectoryPage", "— not there")
METHODS: dict[str, str] = {
    "first": QT_TRANSLATE_NOOP("DirectoryPage", "first record"),
    "email": QT_TRANSLATE_NOOP("DirectoryPage", "email"),
    "employee_id": QT_TRANSLATE_NOOP("DirectoryPage", "employee id"),
    "phone": QT_TRANSLATE_NOOP("DirectoryPage", "phone"),
}
"""How a row was matched, said in the column (``METHOD_NAMES``' words, translated)."""
NOT_KNOWN_YET = {
    "WorQ": QT_TRANSLATE_NOOP(
        "DirectoryPage",
        "No WorQ records yet (import it with Console › Import from WorQ…): nobody is called "
        "missing from WorQ.",
    ),
    "WorkTaps": QT_TRANSLATE_NOOP(
        "DirectoryPage",
        "No WorkTaps records yet (connect WorkTaps and open Accounts): nobody is called "
        "missing from WorkTaps.",
    ),
    "WorkTime One": QT_TRANSLATE_NOOP(
        "DirectoryPage",
        "No WorkTime One records yet (connect WorkTime One): nobody is called missing from "
        "WorkTime One.",
    ),
}


def _tr(text: str) -> str:
    """``text`` (marked with QT_TRANSLATE_NOOP) in the console's language."""
    return QCoreApplication.translate("DirectoryPage", text)


def _worktime(p: Person) -> str:
    w = p.worktime
    return f"{w.id} · {w.status}" if w else _tr(MISSING)


def _worktaps(p: Person) -> str:
    a = p.worktaps
    return f"#{a.id}" if a else _tr(MISSING)


def _worq(p: Person) -> str:
    h = p.worq
    if h is None:
        return _tr(MISSING)
    status = h.status or QCoreApplication.translate("DirectoryPage", "no status")
    return f"{h.employee_id} · {status}"


def _problems(p: Person) -> str:
    if not p.problems:
        return _tr(AGREES)
    return "⚠ " + "; ".join(problem.title for problem in p.problems)


def _alert(p: Person) -> theme.Role | None:
    return theme.DANGER if p.problems else None


def _missing(record: object) -> theme.Role | None:
    return theme.WARNING if record is None else None


def directory_columns() -> list[Column[Person]]:
    gone = (_tr(MISSING),)  # the longest a system's column says: a translation may be long
    return [
        Column(
            QCoreApplication.translate("DirectoryPage", "Name"),
            lambda p: p.name,
            width=150,
            foreground=_alert,
        ),
        Column(
            QCoreApplication.translate("DirectoryPage", "Disagreements"),
            _problems,
            width=290,
            foreground=_alert,
            tooltip=lambda p: "\n".join(f"{x.title}: {x.text}" for x in p.problems) or None,
            fits=(_tr(AGREES),),
        ),
        Column(
            QCoreApplication.translate("DirectoryPage", "Matched by"),
            lambda p: _tr(METHODS.get(p.method, METHOD_NAMES[p.method])),
            width=90,
            tooltip=Person.match_text,
            fits=tuple(_tr(method) for method in METHODS.values()),
        ),
        Column("WorkTime One", _worktime, width=150, foreground=lambda p: _missing(p.worktime),
               fits=gone),
        Column("WorkTaps", _worktaps, width=90, foreground=lambda p: _missing(p.worktaps),
               fits=gone),
        Column("WorQ", _worq, width=110, foreground=lambda p: _missing(p.worq), fits=gone),
    ]  # fmt: skip


OPENING_LINK = "opening"  # the details' link to a leaver's door opening


def details(p: Person) -> str:
    """The person as each system has them, how they were matched, and every problem."""
    no_email = QCoreApplication.translate("DirectoryPage", "no email")
    no_phone = QCoreApplication.translate("DirectoryPage", "no phone")
    no_department = QCoreApplication.translate("DirectoryPage", "no department")
    not_there = QCoreApplication.translate("DirectoryPage", "not there")
    rows: list[tuple[str, str]] = [
        (QCoreApplication.translate("DirectoryPage", "Matched"), p.match_text())
    ]
    w, a, h = p.worktime, p.worktaps, p.worq
    rows.append(("WorkTime One", f"{w.id}, {w.status}, {w.email or no_email}, "
                 f"{w.department or no_department}" if w else not_there))  # fmt: skip
    if a is not None:
        dept = a.department.name or a.department.id if a.department else no_department
        taps = f"#{a.id}, {a.email or no_email}, {fmt.phone(a.phone) or no_phone}, {dept}"
    rows.append(("WorkTaps", taps if a is not None else not_there))
    if h is not None:
        left = ""
        if h.end_date:
            left = QCoreApplication.translate("DirectoryPage", "left {day}")
            left = ", " + left.format(day=fmt.local_date(h.end_date))
        status = h.status or QCoreApplication.translate("DirectoryPage", "no status")
        hr = f"{h.employee_id}, {status}{left}, {h.email or no_email}, "
        hr += f"{h.phone or no_phone}, {h.department or no_department}"
    rows.append(("WorQ", hr if h is not None else not_there))
    text = "".join(f"<b>{escape(k)}</b>: {escape(v)}<br>" for k, v in rows)
    name = f"<h3>{escape(p.name)}</h3>"
    if not p.problems:
        agree = QCoreApplication.translate("DirectoryPage", "✓ The three systems agree.")
        return f"{name}{text}<p>{escape(agree)}</p>"
    show = QCoreApplication.translate("DirectoryPage", "Show it on the Locks page")
    problems = "".join(
        f"<li><b>⚠ {escape(x.title)}</b>: {escape(x.text)}"
        + (f' <a href="{OPENING_LINK}">{escape(show)}</a>' if x.opening else "")
        + "</li>"
        for x in p.problems
    )
    said = escape(QCoreApplication.translate("DirectoryPage", "Disagreements:"))
    warn = f'<p style="color: {theme.css(theme.DANGER)};">{said}</p><ul>{problems}</ul>'
    return f"{name}{text}{warn}"


class DirectoryPage(QWidget):
    shown = Signal()  # each time the page comes on screen
    refresh_requested = Signal()
    create_account_requested = Signal(object)  # Person
    terminate_requested = Signal(object)
    deactivate_requested = Signal(object)
    restore_requested = Signal(object)
    edit_requested = Signal(object)
    new_employee_requested = Signal(object)  # Person or None
    opening_requested = Signal(object)  # a leaver's door Opening, to show on Locks

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people: list[Person] = []
        self._texts: list[str] = []
        self.today: date | None = None
        self.worktime_block: str | None = None  # why WorkTime One writes are off
        self.worktaps_block: str | None = None  # why WorkTaps writes are off
        self.model: ListTableModel[Person] = ListTableModel(directory_columns())
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("People in the three systems"))
        configure_table(self.view, [c.width for c in self.model.columns])
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, email, phone, id or disagreement…"))
        self.search.setAccessibleName(self.tr("Search the directory"))
        self.search.setClearButtonEnabled(True)
        self.only_problems = QCheckBox(self.tr("Only disagreements"))
        self.count = PlainLabel()
        self.hint = PlainLabel()  # which system the console has no records of yet
        self.hint.setWordWrap(True)
        theme.text_color(self.hint, theme.WARNING)
        self.hint.hide()
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.details = rich_label(self.tr("Select a person to see them here."))
        theme.scheme().changed.connect(self._show_details)  # its words in the scheme's red
        self.details.setWordWrap(True)
        self.details.setMinimumWidth(280)
        self.details.setTextInteractionFlags(  # its link is reached with Tab, opened with Enter
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.create_account_button = QPushButton(self.tr("Create WorkTaps account from WorQ…"))
        self.terminate_button = QPushButton(self.tr("Terminate WorkTaps account…"))
        self.deactivate_button = QPushButton(self.tr("Deactivate in WorkTime One…"))
        self.restore_button = QPushButton(self.tr("Restore in WorkTime One…"))
        self.edit_button = QPushButton(self.tr("Edit WorkTime One employee…"))
        self.new_button = QPushButton(self.tr("New WorkTime One employee…"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._layout()
        self._wire()
        self._show_details()

    def _actions(self) -> list[tuple[QPushButton, SignalInstance]]:
        return [
            (self.create_account_button, self.create_account_requested),
            (self.terminate_button, self.terminate_requested),
            (self.deactivate_button, self.deactivate_requested),
            (self.restore_button, self.restore_requested),
            (self.edit_button, self.edit_requested),
            (self.new_button, self.new_employee_requested),
        ]

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.only_problems)
        top.addWidget(self.count, 1)
        top.addWidget(self.refresh_button)
        side = QWidget()
        column = QVBoxLayout(side)
        column.addWidget(self.details)
        buttons = QGridLayout()
        for n, (button, _signal) in enumerate(self._actions()):
            buttons.addWidget(button, n, 0)
        column.addLayout(buttons)
        column.addStretch(1)
        split = QSplitter()
        split.addWidget(self.view)
        split.addWidget(side)
        split.setSizes([940, 340])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(split, 1)

    def _wire(self) -> None:
        self.search.textChanged.connect(lambda *_: self._timer.start())
        self._timer.timeout.connect(self.apply)
        self.only_problems.toggled.connect(lambda *_: self.apply())
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())
        for button, signal in self._actions():
            button.clicked.connect(lambda *_, s=signal: self._emit_for(s))
        self.view.doubleClicked.connect(lambda *_: self._emit_for(self.edit_requested))
        self.details.linkActivated.connect(self._link)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown.emit()

    def show_people(self, people: Sequence[Person], today: date) -> None:
        """Redraw with ``people``, keeping the search, the filter and the selection."""
        self.people, self.today = list(people), today
        self._texts = [person.search_text() for person in self.people]
        self.apply()

    def set_unknown(self, systems: list[str]) -> None:
        """Say which systems the console has no records of, so nobody reads their absence
        as a disagreement."""
        if not systems:
            self.hint.hide()
            return
        self.hint.setText(" ".join(_tr(NOT_KNOWN_YET[system]) for system in systems))
        self.hint.show()

    def apply(self) -> None:
        """The rows the search and the filter keep."""
        chosen = self.current()
        terms = self.search.text().casefold().split()
        only = self.only_problems.isChecked()
        rows = [
            p
            for p, text in zip(self.people, self._texts, strict=True)
            if (not only or p.problems) and all(t in text for t in terms)
        ]
        self.model.set_rows(rows)
        problems, total, locale = (
            sum(1 for p in self.people if p.problems),
            len(self.people),
            QLocale(),
        )
        self.count.setText(
            translate(
                "DirectoryPage",
                "{shown} of %Ln people · {problems} with disagreements",
                None,
                total,
            ).format(shown=locale.toString(len(rows)), problems=locale.toString(problems))
        )
        if chosen is not None:
            self.select(chosen)
        self._show_details()

    def select(self, person: Person) -> bool:
        """Select the row of the same person (same records), when shown."""
        for index, row in enumerate(self.model.rows()):
            if _same(row, person):
                self.view.selectRow(index)
                return True
        return False

    def select_employee(self, employee_id: str) -> bool:
        """The row of the WorkTime One employee selected and in sight (a new one)."""
        found = self.model.find(lambda p: p.worktime is not None and p.worktime.id == employee_id)
        return select_row(self.view, found)

    def person_with(self, email: str) -> Person | None:
        wanted = email.casefold()
        return next((p for p in self.people if (p.email() or "").casefold() == wanted), None)

    def set_writable(self, worktime: str | None, worktaps: str | None = None) -> None:
        """Writes on or off per service (a read-only key), the reason on each button."""
        self.worktime_block, self.worktaps_block = worktime, worktaps
        for button, _signal in self._actions():
            taps = button in (self.create_account_button, self.terminate_button)
            button.setToolTip(plain_tip((worktaps if taps else worktime) or ""))
        self._show_details()

    def current(self) -> Person | None:
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row(index.row())

    def _show_details(self) -> None:
        p = self.current()
        ok, taps_ok = self.worktime_block is None, self.worktaps_block is None
        w, a, h = (p.worktime, p.worktaps, p.worq) if p else (None, None, None)
        self.create_account_button.setEnabled(taps_ok and h is not None and a is None)
        self.terminate_button.setEnabled(taps_ok and a is not None)
        self.deactivate_button.setEnabled(ok and w is not None and w.status != "deleted")
        self.restore_button.setEnabled(ok and w is not None and w.status == "deleted")
        self.edit_button.setEnabled(ok and w is not None and w.status != "deleted")
        self.new_button.setEnabled(ok)
        self.details.setText(details(p) if p else self.tr("Select a person to see them here."))

    def _link(self, href: str) -> None:
        person = self.current()
        if href != OPENING_LINK or person is None:
            return
        opening = next((x.opening for x in person.problems if x.opening), None)
        if opening is not None:
            self.opening_requested.emit(opening)

    def _emit_for(self, signal: SignalInstance) -> None:
        person = self.current()
        if person is not None or signal is self.new_employee_requested:
            signal.emit(person)


def _same(a: Person, b: Person) -> bool:
    ids = (
        a.worktime.id if a.worktime else None,
        a.worktaps.id if a.worktaps else None,
        a.worq.employee_id if a.worq else None,
    )
    other = (
        b.worktime.id if b.worktime else None,
        b.worktaps.id if b.worktaps else None,
        b.worq.employee_id if b.worq else None,
    )
    return any(x is not None and x == y for x, y in zip(ids, other, strict=True))
