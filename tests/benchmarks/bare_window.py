"""The start-up baseline: a bare PySide6 window, shown, marked ready as the console is.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bare_window.py

A ``QMainWindow`` of the console's size with a label, nothing else imported;
prints ``frontdesk-ready`` on the first turn of the event loop after its first
paint (what ``desktop.ui.ready`` does for the console) and quits.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

__test__ = False


class FirstPaint(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window, self.seen = window, False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self.seen
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self.window
        ):
            self.seen = True
            QTimer.singleShot(0, self.ready)
        return False

    def ready(self) -> None:
        print("frontdesk-ready", flush=True)
        self.window.close()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Bare")
    window.setCentralWidget(QLabel("A bare PySide6 window"))
    window.resize(1280, 800)
    app.installEventFilter(FirstPaint(window))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
