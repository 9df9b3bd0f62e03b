"""The WorkTaps pages (accounts; departments and locations) and their forms: the account
rules are checked here before anything is queued; the session syncs and sends.

A write is checked by the console first, committed to the outbox with its audit row, and
sent at once when WorkTaps is connected; the form waits for the answer and shows a
refusal on its field. Offline, the entry waits in the outbox and the form says so.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from desktop.api import Account, Location
from desktop.services.accounts.draft import AccountDraft, to_input, to_location_input
from desktop.services.accounts.rules import (
    LOCATION_NAME_REQUIRED,
    TERMINATE_OPEN_JOBS,
    check_draft,
    check_location,
    check_term_date,
    field_for_code,
    jobs_named,
    location_field_for_code,
    say,
)
from desktop.services.accounts.service import Refusal, refusal
from desktop.services.session import Session
from desktop.store import OutboxEntry
from desktop.tasks import Op, TaskRunner
from desktop.ui.accounts.account_form import AccountForm
from desktop.ui.accounts.location_form import LocationForm
from desktop.ui.accounts.page import AccountsPage, ServerFilters
from desktop.ui.accounts.places import PlacesPage
from desktop.ui.accounts.terminate import TerminateDialog
from desktop.ui.controller import PageController
from desktop.ui.session_signals import SessionSignals
from desktop.ui.widgets import format as fmt

log = logging.getLogger("desktop.ui.accounts.controller")


def refusal_on_field(refused: Refusal) -> dict[str, str]:
    """A WorkTaps refusal under the form field it concerns, in plain words (the API's
    message already names what matters, such as the open jobs of a 40031)."""
    return {field_for_code(refused.code, refused.field): refused.message}


def terminate_refusal(refused: Refusal) -> dict[str, str]:
    """A refused termination on the term date; a 40031 names the open jobs to hand over."""
    jobs = jobs_named(refused.code, refused.server_message)
    if jobs:
        return {"term_date": say(TERMINATE_OPEN_JOBS, jobs=", ".join(jobs))}
    return {"term_date": refused.message}


def location_refusal_on_field(refused: Refusal) -> dict[str, str]:
    """A refused location under its field; WorkTaps' missing name has no vendor code and
    no plain words of the console's, so it gets the console's own."""
    field = location_field_for_code(refused.code, refused.field)
    return {field: LOCATION_NAME_REQUIRED if field == "name" else refused.message}


class AccountsController(PageController):
    def build(self, session: Session, signals: SessionSignals, runner: TaskRunner) -> None:
        self.cache, self.service = session.accounts, session.account_service
        self.page = AccountsPage(self.cache)
        self.places = PlacesPage(self.cache)
        # The console's checks before sending; a test swaps in ones that accept everything
        # to see what WorkTaps itself answers.
        self.check_draft = check_draft
        self.check_term_date = check_term_date
        self.check_location = check_location
        signals.accounts.connect(self.reload)
        self.page.new_requested.connect(self.new_account)
        self.page.edit_requested.connect(self.edit_account)
        self.page.terminate_requested.connect(self.terminate)
        self.page.refresh_requested.connect(self.refresh)
        self.page.server_search_requested.connect(self.server_search)
        self.places.new_location_requested.connect(lambda: self.location_form(None))
        self.places.edit_location_requested.connect(self.location_form)

    def manager(self) -> str | None:
        return self.session.manager

    def write_block(self) -> str | None:
        return self.session.writes_off("worktaps")

    def today(self) -> date:
        return self.session.today()

    # -- reading ------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.session.worktaps is None:
            return
        what, label = self.tr("loading WorkTaps accounts"), self.tr("Loading WorkTaps accounts…")
        Op(self.session.sync_accounts, key="accounts-sync", what=what).with_progress(label).run(
            self.runner
        )

    def reload(self) -> None:
        self.page.reload()
        self.places.reload()

    def server_search(self, filters: ServerFilters) -> None:
        meta = {filters.meta_key: filters.meta_value} if filters.meta_key else None
        Op(
            lambda: self.session.search_accounts(
                email=filters.email or None,
                phone=filters.phone or None,
                location=filters.location_id or None,
                meta=meta,
            ),
            key="accounts-search",
            what=self.tr("searching WorkTaps"),
        ).success(lambda accounts: self.page.show_server_results(accounts, filters)).run(
            self.runner
        )

    # -- writes -------------------------------------------------------------------------

    def _who(self) -> str | None:
        blocked, manager = self.write_block(), self.manager()
        if blocked:
            self.runner.bus.warning(blocked)
            return None
        return manager

    def _rules(self, account: Account | None) -> dict[str, object]:
        exclude = account.id if account else None
        return {
            "today": self.today(),
            "departments": {d.id for d in self.cache.departments()},
            "locations": {loc.id for loc in self.cache.locations()},
            "taken_emails": self.cache.taken_emails(exclude_id=exclude),
            "taken_phones": self.cache.taken_phones(exclude_id=exclude),
        }

    def new_account(self, prefill: AccountDraft | None = None) -> AccountForm | None:
        """The account form; ``prefill``: its fields filled in (from a WorQ record)."""
        form = self._account_form(None)
        if form is not None and prefill is not None:
            form.prefill(prefill)
        return form

    def edit_account(self, account: Account) -> AccountForm | None:
        return self._account_form(account)

    def _account_form(self, account: Account | None) -> AccountForm | None:
        manager = self._who()
        if manager is None:
            return None
        form: AccountForm

        def check(draft: AccountDraft) -> dict[str, str]:
            return self.check_draft(draft, creating=account is None, current=account,
                                    **self._rules(account))  # type: ignore[arg-type]  # fmt: skip

        def submit(draft: AccountDraft) -> dict[str, str] | None:
            errors = check(draft)
            if errors:
                return errors
            name = f"{draft.first_name.strip()} {draft.last_name.strip()}".strip()
            if account is None:
                entry = self.service.queue_create(to_input(draft), manager, "New account")
                said = self.tr("Account {name} created in WorkTaps").format(name=name)
            else:
                changes = to_input(draft, current=account)
                if not changes.to_json():
                    return {}
                entry = self.service.queue_update(account, changes, manager, "Account edited")
                said = self.tr("Account {name} updated in WorkTaps").format(name=name)
            return self._send_now(entry, form.server_answered, said=said,
                                  select=self.page.select_account)  # fmt: skip

        form = AccountForm(self.cache.departments(), self.cache.locations(), submit, account,
                           self.page.window(), zone=self.session.zone.key,
                           check=lambda: check(form.draft()))  # fmt: skip
        form.saved.connect(self.reload)
        form.open()
        return form

    def _send_now(
        self,
        entry: OutboxEntry,
        answered: Callable[[dict[str, str]], None],
        on_field: Callable[[Refusal], dict[str, str]] = refusal_on_field,
        *,
        said: str | None = None,
        select: Callable[[str], object] | None = None,
    ) -> dict[str, str] | None:
        """Send at once when connected (the form waits); else it stays queued. Once sent,
        the banner says ``said`` (what happened) and ``select`` shows the record's row."""
        waits = self.session.waits("worktaps")
        if waits is not None:
            self.confirm(waits, entry)
            return {}

        def done(sent: OutboxEntry) -> None:
            refused = refusal(sent)
            if refused is None and sent.state != "sent":
                answered(
                    {"general": self.tr("WorkTaps did not answer; the change waits in the outbox.")}
                )
            elif refused is None:
                answered({})
                self.reload()  # the new record's row, before it is selected
                if select is not None and sent.server_id:
                    select(sent.server_id)
                if said:
                    self.confirm(f"{said}.", sent)
            else:
                answered(on_field(refused))

        Op(
            lambda: self.session.send_now("worktaps", entry), what=self.tr("sending to WorkTaps")
        ).success(done).failure(lambda exc: answered({"general": str(exc)})).run(self.runner)
        return None

    def terminate(self, account: Account) -> TerminateDialog | None:
        manager = self._who()
        if manager is None:
            return None
        dialog: TerminateDialog

        def submit(term: date) -> str | None:
            problem = self.check_term_date(term.isoformat(), self.today())
            if problem:
                return problem
            entry = self.service.queue_terminate(account, term, manager, "Terminated")

            def answered(errors: dict[str, str]) -> None:
                dialog.server_answered(next(iter(errors.values()), ""))

            name = f"{account.first_name or ''} {account.last_name or ''}".strip()
            said = self.tr("Account {name} ended in WorkTaps (last day {day})").format(
                name=name, day=fmt.local_date(term)
            )
            waiting = self._send_now(entry, answered, terminate_refusal, said=said) is None
            return None if waiting else ""  # "": queued offline, the dialog closes

        dialog = TerminateDialog(account, self.today(), submit, self.page.window())
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def location_form(self, location: Location | None) -> LocationForm | None:
        manager = self._who()
        if manager is None:
            return None
        form: LocationForm

        def check(values: dict[str, str]) -> dict[str, str]:
            return self.check_location(values["name"], values["phone"], values["state"],
                                       values["postal"], values["timezone"],
                                       creating=location is None)  # fmt: skip

        def submit(values: dict[str, str]) -> dict[str, str] | None:
            errors = check(values)
            if errors:
                return errors
            body = to_location_input(values, current=location)
            name = values["name"].strip() or (location.name if location else "") or ""
            said = self.tr("Location {name} saved").format(name=name)
            if location is None:
                entry = self.service.queue_location_create(
                    body, manager, "New location", known=self.cache.locations()
                )
            elif body.to_json():
                entry = self.service.queue_location_update(location, body, manager, "Edited")
            else:
                return {}

            return self._send_now(entry, form.server_answered, location_refusal_on_field,
                                  said=said, select=self.places.select_location)  # fmt: skip

        form = LocationForm(submit, location, self.places.window(), zone=self.session.zone.key,
                            check=lambda: check(form.values()))  # fmt: skip
        form.accepted.connect(self.reload)
        form.open()
        return form
