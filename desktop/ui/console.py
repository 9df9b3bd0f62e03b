"""The console: the main window and what it needs, wired together for one session.

A session has one connection profile (or the demo), one set of long-lived
clients, a signed-in manager, and the pages. Locking (Ctrl+L, or idle) hides
every page behind the sign-in panel.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget

from desktop.config import ConnectionProfile, Settings, TeamSettings
from desktop.log import LogBuffer
from desktop.messages import Message, MessageBus
from desktop.paths import AppPaths
from desktop.services.attendance.board import Board
from desktop.services.connections import CheckResult, Connections, Keys, try_connections
from desktop.services.directory.people import Opening
from desktop.services.managers import ManagerDirectory
from desktop.services.session import Session
from desktop.services.status import Health, Service, ServiceState
from desktop.tasks import Op, TaskRunner
from desktop.ui import theme
from desktop.ui.accounts.controller import AccountsController
from desktop.ui.attendance.controller import AttendanceController
from desktop.ui.attendance.correction import CorrectionDialog, Target
from desktop.ui.audit.controller import AuditController
from desktop.ui.connections.overview import OverviewPage
from desktop.ui.connections.setup import ConnectionSetupDialog
from desktop.ui.connections.team_controller import TeamController
from desktop.ui.connections.webhooks import status_text
from desktop.ui.controller import PageController
from desktop.ui.directory.controller import DirectoryController, pin_checker
from desktop.ui.first_frame import FirstFrame
from desktop.ui.idle import IdleWatcher
from desktop.ui.lock_screen import LockKeyEverywhere, PutAway
from desktop.ui.locks.controller import LocksController
from desktop.ui.log_viewer import LogViewer
from desktop.ui.main_window import MainWindow
from desktop.ui.outbox.controller import OutboxController
from desktop.ui.reports.controller import ReportsController
from desktop.ui.reports.handover import ask_handover
from desktop.ui.responsiveness import ResponsivenessMonitor
from desktop.ui.session_signals import SessionSignals
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.signin import SignInPanel
from desktop.ui.today.controller import TodayController
from desktop.ui.widgets.focus_ring import follow_the_focus
from desktop.ui.worq.controller import WorqController
from desktop.ui.worq.import_dialog import WorqImportDialog

log = logging.getLogger("desktop.ui.console")


WEBHOOK_TICK_MS = 2_000  # how often the webhook health is shown again


@dataclass
class SessionParts:
    """What the composition root decided at start-up."""

    settings: Settings
    profile: ConnectionProfile | None
    keys: Keys
    managers: ManagerDirectory
    session: Session
    log_buffer: LogBuffer
    bus: MessageBus
    runner: TaskRunner
    save_connection: Callable[[ConnectionProfile, Keys], None]
    paths: AppPaths | None = None  # where the files are (the Settings dialog shows them)
    save_settings: Callable[[Settings], None] = lambda _settings: None
    keyring_problem: str | None = None
    demo: bool = False
    sign_in_hint: str = ""
    # The team's shared store and its password (None, None: work on its own), saved for
    # the next start; and starting again (None: not offered).
    save_team: Callable[[TeamSettings | None, str | None], None] = lambda _team, _pw: None
    restart: Callable[[], None] | None = None
    first_board: Board | None = None  # the last board kept, shown until the first draw
    board_drawn_later: bool = False  # the first draw on a worker (a first frame is up)


class _CorrectionsLater:
    """The Today page's way to a correction: the Attendance controller, built when asked."""

    def __init__(self, console: Console) -> None:
        self._console = console

    def open_correction(self, targets: list[Target] | None = None) -> CorrectionDialog | None:
        return self._console.attendance.open_correction(targets)


class Console:
    def __init__(self, parts: SessionParts, frame: FirstFrame | None = None) -> None:
        """``frame``: the window and sign-in panel start-up painted first, built around
        (None: built here)."""
        self.parts = parts
        self.session = session = parts.session
        self.health = session.health
        self.signals = SessionSignals(session)
        self.manager: str | None = None
        self.put_away = PutAway()  # the windows a lock hid, and whose they were
        follow_the_focus(cast(QApplication, QApplication.instance()))
        if frame is not None and frame.window is not None and frame.signin is not None:
            self.signin, self.window = frame.signin, frame.window
        else:
            self.signin = SignInPanel(parts.managers)
            self.window = MainWindow(self.signin)
            self.window.restore_geometry_state(parts.settings.window_geometry)
        self.signin.set_hint(parts.sign_in_hint)
        if parts.demo:
            self.window.setWindowTitle(QCoreApplication.translate("Console", "Front Desk (demo)"))
        self.overview = OverviewPage(session.snapshots, zone=lambda: session.zone)
        runner, signals, window = parts.runner, self.signals, self.window
        self.today = TodayController(
            session, signals, runner, _CorrectionsLater(self), parent=window,
            first=parts.first_board, drawn_later=parts.board_drawn_later,
        )  # fmt: skip
        # Built the first time they are shown or asked for (``_controller``): only the
        # board, which a sign-in opens, and Connections, which holds the team's and the
        # services' state, are built with the console.
        self._makers: dict[str, Callable[[], PageController]] = {
            "attendance": self._make_attendance,
            "outbox": lambda: OutboxController(
                session, signals, runner, lambda entry: self.attendance.edit_entry(entry), window
            ),
            "locks": lambda: LocksController(session, signals, runner, parent=window),
            "audit": lambda: AuditController(session, signals, runner, parent=window),
            "accounts": self._make_accounts,
            "reports": self._make_reports,
            "directory": self._make_directory,
        }
        self._built: dict[str, PageController] = {}
        self._slots: dict[str, list[tuple[int, Callable[[Any], QWidget]]]] = {}
        self.window.add_page(QCoreApplication.translate("Console", "Today"), self.today.page)
        self._later(QCoreApplication.translate("Console", "Locks"), "locks", lambda c: c.page)
        self._later(
            QCoreApplication.translate("Console", "Attendance"), "attendance", lambda c: c.page
        )
        self._later(QCoreApplication.translate("Console", "Reports"), "reports", lambda c: c.page)
        self._later(
            QCoreApplication.translate("Console", "Directory"), "directory", lambda c: c.page
        )
        self._later(QCoreApplication.translate("Console", "Accounts"), "accounts", lambda c: c.page)
        self._later(
            QCoreApplication.translate("Console", "Departments and locations"),
            "accounts",
            lambda c: c.places,
        )
        self._later(QCoreApplication.translate("Console", "Outbox"), "outbox", lambda c: c.page)
        signals.outbox.connect(self._count_pending)  # the status bar's, page or not
        self._count_pending()
        self._later(QCoreApplication.translate("Console", "Audit log"), "audit", lambda c: c.page)
        self.window.add_page(QCoreApplication.translate("Console", "Connections"), self.overview)
        self.overview.webhooks.test_requested.connect(self.send_test_event)
        correction = self.window._action(
            QCoreApplication.translate("Console", "New &correction…"), "Ctrl+K", self.new_correction
        )
        self.window.console_menu.insertAction(self.window.lock_action, correction)
        self.worq = WorqController(session, self.signals, parts.runner, parent=self.window)
        worq_import = self.window._action(
            QCoreApplication.translate("Console", "Import from &WorQ…"), None, self.open_worq_import
        )
        self.window.console_menu.insertAction(self.window.lock_action, worq_import)
        handover = self.window._action(
            QCoreApplication.translate("Console", "Shift &handover…"),
            "Ctrl+Shift+H",
            self.open_handover,
        )
        self.window.console_menu.insertAction(self.window.lock_action, handover)
        settings = self.window._action(
            QCoreApplication.translate("Console", "&Settings…"), "Ctrl+,", self.open_settings
        )
        self.window.console_menu.insertAction(self.window.lock_action, settings)
        self.idle = IdleWatcher(parts.settings.idle_lock_minutes, self.window)
        self.monitor = ResponsivenessMonitor(parent=self.window)
        self._webhook_ticker = QTimer(self.window)
        self._webhook_ticker.setInterval(WEBHOOK_TICK_MS)
        self._webhook_ticker.timeout.connect(self.show_webhooks)
        self.team = TeamController(
            session, parts.settings, self.overview.team, self.window.status,
            save_team=parts.save_team, restart=parts.restart,
            keyring_problem=lambda: None if parts.demo else parts.keyring_problem,
            window=self.window, demo=lambda: parts.demo, bus=parts.bus,
        )  # fmt: skip
        self._webhook_ticker.timeout.connect(self.team.show)
        self._webhook_ticker.start()
        self._wire()
        self.lock(keep_typing=frame is not None)
        signed_in = frame.hand_over() if frame is not None else None
        if signed_in is not None:  # while the rest loaded
            self.unlock(signed_in)

    # -- pages built when first shown -------------------------------------------------

    def _later(self, title: str, name: str, page_of: Callable[[Any], QWidget]) -> None:
        index = self.window.add_page(title, lambda: page_of(self._controller(name)))
        self._slots.setdefault(name, []).append((index, page_of))

    def _controller(self, name: str) -> Any:
        """The page controller ``name``, built now if it was not (its pages put in the
        window in place of what stood in for them)."""
        built = self._built.get(name)
        if built is None:
            built = self._built[name] = self._makers[name]()
            for index, page_of in self._slots.get(name, []):
                self.window.put_page(index, page_of(built))
        return built

    def built(self, name: str) -> bool:
        return name in self._built

    @property
    def attendance(self) -> AttendanceController:
        return cast(AttendanceController, self._controller("attendance"))

    @property
    def outbox(self) -> OutboxController:
        return cast(OutboxController, self._controller("outbox"))

    @property
    def locks(self) -> LocksController:
        return cast(LocksController, self._controller("locks"))

    @property
    def audit(self) -> AuditController:
        return cast(AuditController, self._controller("audit"))

    @property
    def accounts(self) -> AccountsController:
        return cast(AccountsController, self._controller("accounts"))

    @property
    def reports(self) -> ReportsController:
        return cast(ReportsController, self._controller("reports"))

    @property
    def directory(self) -> DirectoryController:
        return cast(DirectoryController, self._controller("directory"))

    def _make_attendance(self) -> AttendanceController:
        attendance = AttendanceController(
            self.session, self.signals, self.parts.runner, parent=self.window
        )
        attendance.show_entry = self.show_outbox_entry
        attendance.page.set_writable(self.write_block())
        return attendance

    def _count_pending(self) -> None:
        self.window.status.set_pending(self.session.outbox.pending_count())

    def _make_accounts(self) -> AccountsController:
        accounts = AccountsController(self.session, self.signals, self.parts.runner, self.window)
        accounts.show_entry = self.show_outbox_entry
        reason = self.taps_write_block()
        accounts.page.set_writable(reason)
        accounts.places.set_writable(reason)
        return accounts

    def _make_reports(self) -> ReportsController:
        reports = ReportsController(self.session, self.signals, self.parts.runner, self.window)
        reports.check_pin = pin_checker(self.parts.managers)
        return reports

    def _make_directory(self) -> DirectoryController:
        directory = DirectoryController(
            self.session, self.signals, self.parts.runner, self.accounts, parent=self.window
        )
        directory.check_pin = pin_checker(self.parts.managers)
        directory.show_entry = self.show_outbox_entry
        directory.page.opening_requested.connect(self.show_opening)
        directory.page.set_writable(self.write_block(), self.taps_write_block())
        return directory

    def _wire(self) -> None:
        self.health.subscribe(self._on_health)
        self._unsubscribe = self.parts.bus.subscribe(self._on_message)
        self.signin.signed_in.connect(self.unlock)
        self.signin.pin_refused.connect(
            lambda name: self.session.record(name, "session.pin_refused", name)
        )
        self.window.lock_requested.connect(self.lock)
        self.window.setup_requested.connect(self.open_setup)
        self.window.log_requested.connect(self.open_log)
        self.idle.idle.connect(self.lock)
        self.lock_key = LockKeyEverywhere(self.window, self.lock)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self.window)
        find.setWhatsThis(QCoreApplication.translate("Console", "Search on this page"))
        find.activated.connect(self.focus_search)
        self.overview.refresh_requested.connect(self.refresh)
        self.window.pages.currentChanged.connect(lambda *_: self._activity())
        self.window.visibility_changed.connect(self._activity)
        self.parts.runner.progress_hook = self._on_progress

    def _on_progress(self, label: str | None) -> None:
        if label:
            self.window.status.showMessage(label)
        else:
            self.window.status.clearMessage()

    def _on_health(self, state: ServiceState) -> None:
        self.window.status.show_state(state)
        profile = self.parts.profile
        writable = state.service in ("worktime", "worktaps")  # WorQ is only ever read
        if writable and state.can_write is False and profile is not None and not self.parts.demo:
            # Remembered with the connection (settings.json, saved at exit): a key that
            # was refused a write stays read-only after a restart, without probing.
            profile.refused_writes[state.service] = state.read_only_reason or "Refused."
        if state.service == "worktime" and self.built("attendance"):
            self.attendance.page.set_writable(self.write_block())
        elif state.service == "worktaps" and self.built("accounts"):
            reason = self.taps_write_block()
            self.accounts.page.set_writable(reason)
            self.accounts.places.set_writable(reason)
        if self.built("directory"):
            self.directory.page.set_writable(self.write_block(), self.taps_write_block())
        if state.health is Health.CONNECTED:
            self.window.banner.clear_if_from(state.service)

    def _on_message(self, message: Message) -> None:
        self.window.show_message(message)

    # -- session -------------------------------------------------------------

    @property
    def connections(self) -> Connections | None:
        return self.session.connections

    def connect(self, profile: ConnectionProfile | None, keys: Keys) -> None:
        """Use these addresses and keys from now on (the session closes the old clients)."""
        self.parts.profile = profile
        self.parts.keys = keys
        self.session.connect(profile, keys)
        if self.built("directory"):
            self.directory.reload()
        if self.manager:
            self.refresh()

    def refresh(self) -> None:
        if self.session.connections is None:
            self.overview.show_offline(
                QCoreApplication.translate("Console", "no connection is set up.")
            )
            return
        Op(self.session.check, key="check", what="checking the connections").with_progress(
            QCoreApplication.translate("Console", "Checking the connections…")
        ).success(self._checked).run(self.parts.runner)

    def _checked(self, results: dict[Service, CheckResult]) -> None:
        self.overview.show_results(results)
        for result in results.values():
            if not result.ok:
                retry = self.refresh
                self.parts.bus.error(
                    f"{result.title}: {result.summary}", retry=retry, source=result.service
                )

    # -- locking ---------------------------------------------------------------

    def write_block(self) -> str | None:
        """Why WorkTime One writes are off (a read-only key), or None when they may go."""
        return self.session.writes_off("worktime")

    def taps_write_block(self) -> str | None:
        """Why WorkTaps writes are off, or None."""
        return self.session.writes_off("worktaps")

    def focus_search(self) -> None:
        """Ctrl+F: the search of the page shown (the audit log's: its subject filter)."""
        page = self.window.pages.currentWidget()
        search = getattr(page, "search", None) or getattr(page, "subject", None)
        if isinstance(search, QLineEdit) and search.isVisible():
            search.setFocus()
            search.selectAll()

    def show_outbox_entry(self, entry_id: int) -> None:
        """The Outbox page, with this entry selected (a confirmation's "Show in Outbox")."""
        self.window.show_page(self.window.pages.indexOf(self.outbox.page))
        self.outbox.page.select_entry(entry_id)

    def show_webhooks(self) -> None:
        """How deliveries go, on the Connections page and in the status bar (a clock: the
        receiver counts on its own thread, and "quiet since" comes with time alone)."""
        state, zone = self.session.webhooks.state(), self.session.zone
        self.overview.webhooks.show_state(state, zone)
        text, live = status_text(state, zone)
        team = self.session.team_state()
        if team is not None and team.tried and not team.syncing and not team.alone:
            text = None  # a follower neither polls nor waits for webhooks: the syncer does
        self.window.status.show_webhooks(text, live)

    def send_test_event(self) -> None:
        box = self.overview.webhooks
        box.test_button.setEnabled(False)
        box.show_test_result(QCoreApplication.translate("Console", "Sending…"), True)

        def done(result: tuple[bool, str]) -> None:
            arrived, text = result
            box.test_button.setEnabled(True)
            box.show_test_result(text, arrived)
            self.show_webhooks()

        def failed(exc: Exception) -> None:
            box.test_button.setEnabled(True)
            box.show_test_result(
                QCoreApplication.translate(
                    "Console", "The test event could not be sent: {why}"
                ).format(why=exc),
                False,
            )

        Op(self.session.send_test_event, what="sending a test event").success(done).failure(
            failed
        ).run(self.parts.runner)

    def show_opening(self, opening: Opening) -> None:
        """The Locks page at a leaver's door opening (the directory's "Show it on Locks")."""
        self.window.show_page(self.window.pages.indexOf(self.locks.page))
        if not self.locks.page.show_event(opening.lock_id, opening.event_id, opening.at.date()):
            self.parts.bus.info(
                QCoreApplication.translate(
                    "Console", "That door opening is no longer in the lock history held here."
                )
            )

    def new_correction(self) -> None:
        """Ctrl+K: a correction for what is selected on the page shown (nobody chosen
        elsewhere, or when nothing is selected)."""
        shown = self.window.pages.currentWidget()
        if shown is self.today.page:
            self.today.correct_selection()
        elif self.built("attendance") and shown is self.attendance.page:
            self.attendance.correct_selection()
        else:
            self.attendance.open_correction([])

    def _activity(self) -> None:
        """Tell the budget what is on screen: the board, something else, or nothing."""
        hidden = self.window.isMinimized() or not self.window.isVisible()
        on_board = self.window.pages.currentWidget() is self.today.page
        self.session.set_activity(on_board and not hidden, self.window.locked or hidden)

    def lock(self, *, keep_typing: bool = False) -> None:
        """Hide the pages behind the sign-in panel; ``keep_typing``: what is typed in it
        stays (the console built around a first frame someone may be signing in on)."""
        if self.manager is not None:
            self.put_away.hide_all(self.manager, keep=self.window)
            self.session.record(self.manager, "session.locked", self.manager)
        self.manager = self.team.manager = None
        self.team.show()
        self.session.lock()
        if self.built("reports"):
            self.reports.page.mask_pay()  # pay leaves the screen with the manager
        self.window.status.set_manager(None)
        self.window.lock()
        if not keep_typing:
            self.signin.reload()
        self.idle.pause()
        self._activity()

    def unlock(self, manager: str) -> None:
        first = self.manager is None and not self.window.status.last_refresh
        self.manager = self.team.manager = manager
        self.team.show()
        self.session.sign_in(manager)
        self.session.record(manager, "session.signed_in", manager)
        self.window.unlock()
        discarded = self.put_away.bring_back(manager)
        if discarded:
            self._audit_discarded(manager, *discarded)
        self.window.status.set_manager(manager)
        self.idle.touch()
        self._activity()
        log.info("%s signed in", manager)
        if first:
            self.refresh()

    def _audit_discarded(self, manager: str, previous: str, titles: list[str]) -> None:
        """A line in the audit log: what another manager left open was closed unsaved."""
        self.session.record_discarded(manager, previous, titles)
        log.info("%s signed in: %s's open windows closed unsaved: %s", manager, previous, titles)

    def use_managers(self, managers: ManagerDirectory, hint: str) -> None:
        """Sign in against other managers from now on (the demo's, when the keyring fails)."""
        self.parts.managers = self.signin.managers = managers
        for name in ("directory", "reports"):
            if self.built(name):
                self._controller(name).check_pin = pin_checker(managers)
        self.signin.set_hint(hint)
        self.signin.reload()

    # -- dialogs ---------------------------------------------------------------

    def open_setup(self) -> ConnectionSetupDialog:
        def save(profile: ConnectionProfile, keys: Keys) -> None:
            self.parts.save_connection(profile, keys)
            self.connect(profile, keys)

        dialog = ConnectionSetupDialog(
            self.parts.profile,
            self.parts.keys,
            check=try_connections,
            save=save,
            keyring_problem=None if self.parts.demo else self.parts.keyring_problem,
            parent=self.window,
        )
        dialog.open()
        return dialog

    def open_worq_import(self) -> WorqImportDialog:
        return self.worq.open_import()

    def open_handover(self) -> QFileDialog | None:
        return ask_handover(self.session, self.parts.runner, self.window)

    def open_settings(self) -> SettingsDialog | None:
        paths = self.parts.paths
        if paths is None or self.manager is None:
            return None

        def save(chosen: Settings) -> None:
            self.parts.save_settings(chosen)
            self.parts.settings.idle_lock_minutes = chosen.idle_lock_minutes
            self.parts.settings.debug = chosen.debug
            self.parts.settings.language = chosen.language  # spoken from the next start
            self.parts.settings.appearance = chosen.appearance
            self.idle.set_minutes(chosen.idle_lock_minutes)
            theme.apply_appearance(chosen.appearance)

        dialog = SettingsDialog(self.parts.settings, paths, save, self.window)
        dialog.open()
        return dialog

    def open_log(self) -> LogViewer:
        viewer = LogViewer(self.parts.log_buffer, self.window)
        viewer.open()
        return viewer

    async def close(self) -> None:
        """Finish pending work, then close the clients."""
        self.parts.settings.window_geometry = self.window.geometry_state()
        self.today.stop()
        await self.worq.stop()
        if self.built("reports"):
            await self.reports.stop()
        await self.session.stop()
        self.signals.detach()
        for controller in self._built.values():
            controller.quiet()  # a re-read due after this would find the store closed
        self._unsubscribe()  # the bus outlives the window (a start again in one process)
