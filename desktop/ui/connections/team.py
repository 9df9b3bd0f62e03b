"""The Connections page's team: whether this desk shares a store with other desks, and
the way in (Share with other desks…) or back out (Work on its own…)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.services.team import TeamState
from desktop.ui.widgets.plain import PlainLabel
from desktop.words import QT_TRANSLATE_NOOP

ON_ITS_OWN = QT_TRANSLATE_NOOP(
    "TeamBox",
    "This desk works on its own: its own copy of the data, its own outbox and audit log. "
    "Share them with the organization's other desks so they see one board, send each "
    "correction once and keep one audit record.",
)


class TeamBox(QGroupBox):
    share_requested = Signal()
    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Other desks"))
        self.state = PlainLabel(self.tr(ON_ITS_OWN))
        self.state.setObjectName("teamState")
        self.state.setWordWrap(True)
        self.share_button = QPushButton(self.tr("&Share with other desks…"))
        self.share_button.clicked.connect(self.share_requested)
        self.leave_button = QPushButton(self.tr("Work on its &own again…"))
        self.leave_button.clicked.connect(self.leave_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.share_button)
        buttons.addWidget(self.leave_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        self.show_state(None, joined=False)

    def show_state(self, state: TeamState | None, *, joined: bool) -> None:
        """``joined``: the settings name a team (this start may not have reached it, or
        it takes effect at the next start)."""
        if state is not None:
            self.state.setText(state.detail())
        elif joined:
            self.state.setText(
                self.tr("This desk joins its team's shared store when Front Desk starts again.")
            )
        else:
            self.state.setText(self.tr(ON_ITS_OWN))
        self.share_button.setText(
            self.tr("Change the &shared store…") if joined else self.tr("&Share with other desks…")
        )
        self.leave_button.setVisible(joined)
