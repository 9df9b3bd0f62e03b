"""The team's place in the console: the Connections page's box, the status bar's word,
and the way in and out (the dialog, the audit row, the restart that moves the desk)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.config import Settings, TeamSettings
from desktop.files import disk_full_text
from desktop.messages import MessageBus
from desktop.secrets import SecretStoreError
from desktop.services.session import Session
from desktop.services.team_store import reach_shared
from desktop.ui.connections.share import ShareDialog
from desktop.ui.connections.team import TeamBox
from desktop.ui.widgets.status_bar import ConsoleStatusBar
from desktop.words import QT_TRANSLATE_NOOP

DEMO_ALONE = QT_TRANSLATE_NOOP(
    "TeamController",
    "This demo desk works on its own. To see desks share one store, start the demo with "
    "frontdesk --demo --team (it uses PostgreSQL on this computer), then a second one with "
    "the command it shows.",
)
REJOIN = QT_TRANSLATE_NOOP(
    "TeamController",
    "The team's shared store answers again. Start Front Desk again to rejoin the team: what "
    "this desk did on its own goes to the team's store then; nothing is lost.",
)
SaveTeam = Callable[[TeamSettings | None, str | None], None]


class TeamController:
    def __init__(
        self,
        session: Session,
        settings: Settings,
        box: TeamBox,
        status: ConsoleStatusBar,
        *,
        save_team: SaveTeam,
        restart: Callable[[], None] | None,
        keyring_problem: Callable[[], str | None],
        window: QWidget,
        demo: Callable[[], bool] = lambda: False,
        bus: MessageBus | None = None,
    ) -> None:
        self.session, self.settings, self.box, self.status = session, settings, box, status
        self.save_team, self.restart, self.keyring_problem = save_team, restart, keyring_problem
        self.window, self.demo = window, demo  # a demo's team is its command line's
        self.manager: str | None = None  # who is signed in (joining is a manager's act)
        self.bus, self._rejoin_offered = bus, False
        box.share_requested.connect(self.open_share)
        box.leave_requested.connect(self.leave)
        self.show()

    def show(self) -> None:
        state = self.session.team_state()
        self.box.show_state(state, joined=self.settings.team is not None)
        self.box.setEnabled(self.manager is not None)
        if self.demo():
            self.box.share_button.hide()
            self.box.leave_button.hide()
            if state is None:
                self.box.state.setText(QCoreApplication.translate("TeamController", DEMO_ALONE))
        if state is None:
            self.status.show_team(None, "", False)
        else:
            self.status.show_team(state.status(), state.detail(), state.warning)
        if state is not None and state.alone and state.back and not self._rejoin_offered:
            self._rejoin_offered = True  # once: the status bar keeps saying it
            if self.bus is not None and self.restart is not None:
                self.bus.info(
                    QCoreApplication.translate("TeamController", REJOIN),
                    action=(
                        QCoreApplication.translate("TeamController", "Start again now"),
                        self.restart,
                    ),
                )

    def open_share(self) -> ShareDialog | None:
        if self.manager is None or self.demo():
            return None
        dialog = ShareDialog(
            self.settings.team,
            password_stored=self.settings.team is not None,
            manager=self.manager,
            check=reach_shared,
            join=self._join,
            keyring_problem=self.keyring_problem(),
            parent=self.window,
        )
        dialog.joined.connect(self.offer_restart)
        dialog.open()
        return dialog

    def _join(self, team: TeamSettings, password: str | None) -> None:
        self.save_team(team, password)
        self.session.record(team.joined_by, "team.joined", team.desk, store=team.url)
        self.show()

    def leave(self) -> QMessageBox | None:
        team, manager = self.settings.team, self.manager
        if team is None or manager is None:
            return None
        box = QMessageBox(self.window)
        box.setWindowTitle(QCoreApplication.translate("TeamController", "Work on its own again"))
        box.setText(
            QCoreApplication.translate(
                "TeamController", "Take this desk ({desk}) out of the team?"
            ).format(desk=team.desk)
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "TeamController",
                "From its next start it works on its own store again and talks to the services "
                "itself. What it queued on the shared store stays there and is sent by the team; "
                "the team's audit log keeps its rows.",
            )
        )
        leave = box.addButton(
            QCoreApplication.translate("TeamController", "Work on its own"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)

        def chosen() -> None:
            if box.clickedButton() is not leave:
                return
            try:
                self.session.record(manager, "team.left", team.desk, store=team.url)
                self.save_team(None, None)
            except (OSError, SecretStoreError) as exc:
                QMessageBox.warning(
                    self.window,
                    QCoreApplication.translate("TeamController", "Not changed"),
                    disk_full_text(exc) or str(exc),
                )
                return
            self.show()
            self.offer_restart()

        box.finished.connect(lambda _code: chosen())
        box.open()
        return box

    def offer_restart(self) -> QMessageBox:
        box = QMessageBox(self.window)
        box.setWindowTitle(
            QCoreApplication.translate("TeamController", "Start again to move this desk")
        )
        box.setText(
            QCoreApplication.translate(
                "TeamController", "This desk moves when Front Desk starts again."
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "TeamController",
                "Nothing is being sent then, so everything this desk has not sent yet, and its "
                "audit log, moves whole. Start again now?",
            )
        )
        now = box.addButton(
            QCoreApplication.translate("TeamController", "Start again now"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(
            QCoreApplication.translate("TeamController", "Later"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(now)

        def chosen() -> None:
            if box.clickedButton() is now and self.restart is not None:
                self.restart()

        box.finished.connect(lambda _code: chosen())
        box.open()
        return box
