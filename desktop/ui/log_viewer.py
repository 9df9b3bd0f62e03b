"""The log viewer: what Front Desk logged, secrets already redacted."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.log import LogBuffer, LogEntry


class _Relay(QObject):
    line = Signal(str)  # records may come from any thread; Qt queues them to ours


class LogViewer(QDialog):
    def __init__(self, buffer: LogBuffer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Front Desk log"))
        self.resize(900, 500)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Log lines"))
        self.text.setMaximumBlockCount(5000)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        QVBoxLayout(self).addWidget(self.text)
        self.text.setPlainText("\n".join(buffer.lines()))
        self._relay = _Relay(self)
        self._relay.line.connect(self.text.appendPlainText)
        self._unsubscribe: Callable[[], None] = buffer.subscribe(self._on_entry)
        self.finished.connect(lambda _code: self._unsubscribe())

    def _on_entry(self, entry: LogEntry) -> None:
        self._relay.line.emit(entry.text)
