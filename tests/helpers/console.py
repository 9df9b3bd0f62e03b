"""A console as ``desktop.startup`` builds it, over the test's own folders and keyring."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.config import ConnectionProfile, Settings, save_settings
from desktop.demo import sandbox_profile
from desktop.log import LogBuffer, setup_logging
from desktop.messages import MessageBus
from desktop.paths import AppPaths
from desktop.sandbox import WORKTAPS_KEY, SandboxServer, worktime_key
from desktop.secrets import SecretStore
from desktop.services.connections import Keys
from desktop.services.managers import ManagerDirectory
from desktop.services.session import Session
from desktop.store import AttendanceRow, Database
from desktop.tasks import TaskRunner
from desktop.ui.attendance.correction import CorrectionDialog
from desktop.ui.attendance.page import AttendancePage
from desktop.ui.console import Console, SessionParts
from tests.helpers.waiting import until


class Harness:
    """A console as ``desktop.startup`` builds it, with the test's own folders."""

    def __init__(
        self,
        paths: AppPaths,
        qtbot: QtBot,
        idle_minutes: int = 5,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self.paths = paths
        self.settings = Settings(idle_lock_minutes=idle_minutes)
        self.secrets = SecretStore()
        self.bus = MessageBus()
        self.told: list[str] = []
        self.bus.subscribe(lambda m: self.told.append(m.text))
        self.db = Database(paths.data_dir / "frontdesk.sqlite3")
        self.buffer: LogBuffer = setup_logging(paths)
        self.managers = ManagerDirectory(paths.config_dir / "managers.json", lambda: b"pepper")
        runner = TaskRunner(self.bus)
        self.console = Console(
            SessionParts(
                settings=self.settings,
                profile=None,
                keys=Keys(),
                managers=self.managers,
                session=Session(self.db, runner, now=now),
                log_buffer=self.buffer,
                bus=self.bus,
                runner=runner,
                save_connection=self.save,
                paths=paths,
                save_settings=lambda chosen: save_settings(chosen, paths),
            )
        )
        qtbot.addWidget(self.console.window)
        self.console.window.show()

    def save(self, profile: ConnectionProfile, keys: Keys) -> None:
        for kind, value in (("worktime_key", keys.worktime), ("worktaps_key", keys.worktaps)):
            if value:
                self.secrets.set(profile.name, kind, value)  # type: ignore[arg-type]
        if keys.worq_partner:
            self.secrets.set(profile.name, "worq_partner_key", keys.worq_partner)
        self.settings.profiles[profile.name] = profile
        self.settings.active_profile = profile.name
        save_settings(self.settings, self.paths)

    def sign_in(self, qtbot: QtBot, name: str = "Ana", pin: str = "2468") -> None:
        sign_in(self.console, qtbot, name, pin)

    async def close(self) -> None:
        await self.console.close()
        self.db.close()

    async def on_attendance(
        self, qtbot: QtBot, sandbox: SandboxServer, plan: str = "enterprise"
    ) -> AttendancePage:
        """Signed in, connected to the sandbox with a read-write key, the Attendance page
        shown with its rows (it reads the store when shown)."""
        self.sign_in(qtbot)
        keys = Keys(worktime_key("readwrite", plan), WORKTAPS_KEY)  # type: ignore[arg-type]
        self.console.connect(sandbox_profile(sandbox, "Office"), keys)
        page = self.console.attendance.page
        self.console.window.show_page(self.console.window.pages.indexOf(page))
        await until(lambda: len(page.model.rows()) > 10, within=30, what="the attendance rows")
        return page

    def correct_a_forgotten_clock_out(
        self, qtbot: QtBot, page: AttendancePage
    ) -> tuple[AttendanceRow, CorrectionDialog]:
        """As a manager does: problems only, the first forgotten clock-out selected, Ctrl+K.
        Answers that row and its correction dialog, open."""
        page.problems_only.setChecked(True)
        row = next(r for r in page.model.rows() if r.problem == "no_clock_out")
        page.view.selectRow(page.model.rows().index(row))
        window = self.console.window
        qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        (dialog,) = [d for d in window.findChildren(CorrectionDialog) if d.isVisible()]
        return row, dialog


def sign_in(console: Console, qtbot: QtBot, name: str = "Ana", pin: str = "2468") -> None:
    """As a manager does: the first manager of this computer made, or the PIN typed."""
    signin = console.signin
    if signin.forms.currentIndex() == 1:
        qtbot.keyClicks(signin.new_name, name)
        qtbot.keyClicks(signin.new_pin, pin)
        qtbot.keyClicks(signin.new_pin_again, pin)
        qtbot.mouseClick(signin.create_button, Qt.MouseButton.LeftButton)
    else:
        qtbot.keyClicks(signin.pin, pin)
        qtbot.mouseClick(signin.sign_in_button, Qt.MouseButton.LeftButton)
