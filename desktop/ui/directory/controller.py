"""The directory page and what its rows' actions do.

The page shows one row per person across WorkTime One, WorkTaps and WorQ, matched by
the session from the local store. Its actions write through the outbox and the audit
log: WorkTaps' through ``AccountsController`` (its form prefilled from the WorQ record, its
terminate dialog), WorkTime One's through the session's ``EmployeeService`` and its
WorkTime One sender (offline, an entry waits in the outbox). Editing an employee reads
them from WorkTime One first (the salary is kept in memory only, masked until the
manager reveals it with their PIN).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import date, tzinfo
from html import escape
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QDate, QObject
from PySide6.QtWidgets import QDialog

from desktop.api import Employee
from desktop.services.directory.actions import account_draft, employee_draft
from desktop.services.directory.employees import EmployeeDraft, check, refusal_on_field
from desktop.services.directory.people import Person
from desktop.services.managers import SignInResult
from desktop.services.session import Session
from desktop.store import EmployeeRow, OutboxEntry, WorqPerson
from desktop.tasks import Op, TaskRunner
from desktop.ui.accounts.controller import AccountsController
from desktop.ui.controller import PageController
from desktop.ui.directory.employee_form import EmployeeForm
from desktop.ui.directory.page import DirectoryPage
from desktop.ui.session_signals import SessionSignals
from desktop.ui.widgets.confirm import ConfirmDialog
from desktop.words import QT_TRANSLATE_NOOP

log = logging.getLogger("desktop.ui.directory.controller")
NO_ANSWER = QT_TRANSLATE_NOOP(
    "DirectoryController", "WorkTime One did not answer; the change waits in the outbox."
)
SENDING = QT_TRANSLATE_NOOP("DirectoryController", "Sending to WorkTime One…")
Answered = Callable[[dict[str, str]], None]


class VerifiesPins(Protocol):
    def verify(self, name: str, pin: str) -> SignInResult: ...


def pin_checker(managers: VerifiesPins) -> Callable[[str, str], str | None]:
    """``DirectoryController.check_pin`` over the managers' PINs: a PIN typed to reveal a salary
    counts towards the same lock-out as one typed to sign in."""

    def check_pin(name: str, pin: str) -> str | None:
        result = managers.verify(name, pin)
        return None if result.ok else result.message

    return check_pin


class DirectoryController(PageController):
    def __init__(
        self,
        session: Session,
        signals: SessionSignals,
        runner: TaskRunner,
        accounts: AccountsController,
        parent: QObject | None = None,
    ) -> None:
        self.accounts = accounts  # a row's account form and terminate dialog
        super().__init__(session, signals, runner, parent)

    def build(self, session: Session, signals: SessionSignals, runner: TaskRunner) -> None:
        self.people, self.worq = session.people, session.worq
        self.service = session.employee_service
        self.page = DirectoryPage()
        self.check_pin: Callable[[str, str], str | None] | None = None  # manager, PIN -> refusal
        self.opened: QDialog | None = None  # the last dialog an action opened
        page = self.page
        for signal in (signals.employees, signals.accounts, signals.worq):
            signal.connect(self.reload)
        page.refresh_requested.connect(self.refresh)
        page.shown.connect(self.reload)
        page.create_account_requested.connect(self.create_account)
        page.terminate_requested.connect(self.terminate)
        page.deactivate_requested.connect(self.deactivate)
        page.restore_requested.connect(self.restore)
        page.edit_requested.connect(self.edit_employee)
        page.new_employee_requested.connect(self.new_employee)

    def manager(self) -> str | None:
        return self.session.manager

    def write_block(self) -> str | None:
        return self.session.writes_off("worktime")

    def zone(self) -> tzinfo:
        return self.session.zone

    def today(self) -> date:
        return self.session.today()

    @property
    def deleted(self) -> list[EmployeeRow]:
        """WorkTime One's deleted employees, as the session last read them."""
        return self.session.deleted

    # -- data -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read WorkTime One's employees again, the deleted ones too (then the session
        says so, and the page redraws)."""
        if self.session.worktime is None:
            self.reload()
            return
        what = self.tr("reading WorkTime One's employees")
        label = self.tr("Reading WorkTime One's employees…")
        Op(self.session.read_directory, key="directory", what=what).with_progress(label).run(
            self.runner
        )

    def reload(self) -> asyncio.Task[list[Person]]:
        """Redraw from the store: read and matched on a worker thread with a connection of
        its own, then shown (a newer reload supersedes an older one)."""
        self.page.set_unknown(self.unknown_systems())
        today = self.today()
        return (
            Op(
                lambda: self.session.directory_people(today),
                key="directory-build",
                what=self.tr("matching the directory"),
            )
            .success(lambda people: self.page.show_people(people, today))
            .run(self.runner)
        )

    def unknown_systems(self) -> list[str]:
        counts = {"WorkTime One": self.people.count(),
                  "WorkTaps": self.accounts.cache.count(), "WorQ": self.worq.count()}  # fmt: skip
        return [system for system, count in counts.items() if count == 0]

    # -- WorkTaps ------------------------------------------------------------------------

    def create_account(self, person: Person) -> None:
        hr = person.worq
        if not isinstance(hr, WorqPerson):
            return
        cache = self.accounts.cache
        draft = account_draft(hr, cache.departments(), cache.locations(), str(self.zone()))
        form = self.accounts.new_account(prefill=draft)
        if form is not None:
            form.saved.connect(self.reload)
            self.opened = form

    def terminate(self, person: Person) -> None:
        if person.worktaps is None:
            return
        dialog = self.accounts.terminate(person.worktaps)
        if dialog is None:
            return
        left = person.worq.end_date if person.worq is not None else None
        if left is not None and left <= self.today():
            dialog.term_date.setDate(QDate(left.year, left.month, left.day))
        dialog.finished.connect(lambda _result: self.reload())
        self.opened = dialog

    # -- WorkTime One ---------------------------------------------------------------------

    def _who(self) -> str | None:
        blocked, manager = self.write_block(), self.manager()
        if blocked:
            self.runner.bus.warning(blocked)
            return None
        return manager

    def deactivate(self, person: Person) -> ConfirmDialog | None:
        w = person.worktime
        if w is None:
            return None
        text = self.tr(
            "{name} will be deactivated in WorkTime One (a soft delete: they no longer count "
            "as staff, and can be restored from here). WorkTaps and WorQ are not changed."
        ).format(name=f"<b>{escape(person.name)}</b>")
        return self._confirm(
            self.tr("Deactivate {name}").format(name=person.name),
            text,
            self.tr("Deactivate in WorkTime One"),
            lambda manager: self.service.queue_delete(
                w.id, w.status, manager, "Deactivated from the directory"
            ),
            said=self.tr("Employee {name} deactivated in WorkTime One").format(name=person.name),
        )

    def restore(self, person: Person) -> ConfirmDialog | None:
        w = person.worktime
        if w is None:
            return None
        text = self.tr("{name} will be active in WorkTime One again.").format(
            name=f"<b>{escape(person.name)}</b>"
        )
        return self._confirm(
            self.tr("Restore {name}").format(name=person.name),
            text,
            self.tr("Restore in WorkTime One"),
            lambda manager: self.service.queue_restore(
                w.id, w.status, manager, "Restored from the directory"
            ),
            said=self.tr("Employee {name} restored in WorkTime One").format(name=person.name),
        )

    def _confirm(
        self,
        title: str,
        text: str,
        action: str,
        queue: Callable[[str], OutboxEntry],
        *,
        said: str,
    ) -> ConfirmDialog | None:
        manager = self._who()
        if manager is None:
            return None
        dialog: ConfirmDialog

        def submit() -> str | None:
            def answered(errors: dict[str, str]) -> None:
                dialog.server_answered(next(iter(errors.values()), ""))

            result = self._send(queue(manager), answered, said=said)
            return None if result is None else ""

        sending = QCoreApplication.translate("DirectoryController", SENDING)
        dialog = ConfirmDialog(title, text, action, submit, sending=sending,
                               parent=self.page.window())  # fmt: skip
        dialog.open()
        self.opened = dialog
        return dialog

    def new_employee(self, person: Person | None = None) -> EmployeeForm | None:
        form = self._employee_form(None)
        hr = person.worq if person is not None and person.worktime is None else None
        if form is not None and isinstance(hr, WorqPerson):
            form.prefill(employee_draft(hr, self.people.departments()))
        return form

    def edit_employee(self, person: Person) -> None:
        """Reads the employee from WorkTime One, then opens the form on what it answered."""
        w = person.worktime
        if w is None:
            return
        if self.session.worktime is None:
            self.runner.bus.warning(
                self.tr("Editing an employee needs a connection to WorkTime One.")
            )
            return
        Op(lambda: self.session.employee(w.id), what=self.tr("reading the employee")).success(
            self._employee_form
        ).run(self.runner)

    def _employee_form(self, current: Employee | None) -> EmployeeForm | None:
        manager = self._who()
        if manager is None:
            return None
        form: EmployeeForm

        def problems(draft: EmployeeDraft) -> dict[str, str]:
            return check(draft, departments={d for d, _ in self.people.departments()},
                         taken_emails=self._taken(current))  # fmt: skip

        def submit(draft: EmployeeDraft) -> dict[str, str] | None:
            errors = problems(draft)
            if errors:
                return errors
            name = draft.name.strip() or (current.name if current else "")
            if current is None:
                entry = self.service.queue_create(draft, manager, "New employee")
                said = self.tr("Employee {name} created in WorkTime One").format(name=name)
            else:
                found = self.service.queue_update(current, draft, manager, "Employee edited")
                if found is None:
                    return {}
                entry = found
                said = self.tr("Employee {name} updated in WorkTime One").format(name=name)
            return self._send(entry, form.server_answered, said=said)

        reveal = self._reveal(manager)
        form = EmployeeForm(self.people.departments(), submit, current, reveal=reveal,
                            manager=manager, parent=self.page.window(),
                            check=lambda: problems(form.draft()))  # fmt: skip
        form.saved.connect(self.reload)
        form.open()
        self.opened = form
        return form

    def _reveal(self, manager: str) -> Callable[[str], str | None] | None:
        check_pin = self.check_pin
        if check_pin is None:
            return None

        def reveal(pin: str) -> str | None:
            if self.manager() != manager:
                return self.tr("Sign in again to reveal the salary.")
            return check_pin(manager, pin)

        return reveal

    def _taken(self, current: Employee | None) -> set[str]:
        mine = current.id if current else None
        deleted = {r.email.casefold() for r in self.deleted if r.email and r.id != mine}
        return self.people.taken_emails(mine) | deleted

    def _send(
        self, entry: OutboxEntry, answered: Answered, *, said: str | None = None
    ) -> dict[str, str] | None:
        """Send at once when connected (the dialog waits); else it stays queued. Once sent,
        the banner says ``said`` (what happened) and the employee's row is selected."""
        waits = self.session.waits("worktime")
        if waits is not None:
            self.confirm(waits, entry)
            self.reload()
            return {}

        def done(sent: OutboxEntry) -> None:
            if sent.state == "failed":
                answered(refusal_on_field(sent))
            elif sent.state != "sent":
                answered({"general": QCoreApplication.translate("DirectoryController", NO_ANSWER)})
            else:
                answered({})
            redrawn = self.reload()
            if sent.state == "sent" and said:
                self.confirm(f"{said}.", sent)
                employee_id = sent.server_id or str(sent.payload.get("employee_id", ""))
                redrawn.add_done_callback(lambda _: self.page.select_employee(employee_id))

        Op(
            lambda: self.session.send_now("worktime", entry),
            what=self.tr("sending to WorkTime One"),
        ).success(done).failure(lambda exc: answered({"general": str(exc)})).run(self.runner)
        return None
