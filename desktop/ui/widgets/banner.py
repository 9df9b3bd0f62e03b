"""The error banner: one plain sentence across the top, with Retry and Dismiss."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from desktop.messages import Message
from desktop.ui import theme
from desktop.ui.widgets.plain import PlainLabel


def banner_style(level: str) -> str:
    roles = theme.BANNERS[level]
    return (
        f"#errorBanner {{ background: {theme.css(roles.background)};"
        f" border-bottom: 1px solid {theme.css(roles.border)}; }}"
        f"#errorBanner QLabel {{ color: {theme.css(roles.text)}; }}"
    )


class ErrorBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.text = PlainLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton(self.tr("&Retry"))
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setFlat(True)
        self.dismiss_button.setAccessibleDescription(self.tr("Hides this message"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.retry_button)
        layout.addWidget(self.dismiss_button)
        self.retry_button.clicked.connect(self._retry)
        self.dismiss_button.clicked.connect(self.clear)
        self._retry_action: Callable[[], object] | None = None
        self.source: str | None = None
        self.hide()

    def show_message(self, message: Message) -> None:
        theme.keep_styled(self, lambda: banner_style(message.level))
        self.text.setText(message.text)
        self._retry_action = message.retry
        self.source = message.source
        self.retry_button.setText(message.action or self.tr("&Retry"))
        self.retry_button.setVisible(message.retry is not None)
        self.show()
        from desktop.ui.widgets.announce import announce  # QAccessible: not at start

        announce(self, message.text, urgent=message.level != "info")

    def clear(self) -> None:
        self._retry_action = None
        self.source = None
        self.hide()

    def clear_if_from(self, source: str) -> None:
        if self.isVisible() and self.source == source:
            self.clear()

    def _retry(self) -> None:
        action = self._retry_action
        self.clear()
        if action is not None:
            action()
