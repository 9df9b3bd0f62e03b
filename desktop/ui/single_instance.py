"""One console per data folder: a second start brings the running window to the front.

Two consoles on one folder would share the outbox, and each one's crash recovery
would take the other's sends for interrupted ones. The first start holds a lock
file in the data folder for its whole life (``QLockFile``: a lock left by a
process that died, kill -9 included, is found stale by its process id and taken
over) and, once its first frame is up, listens on a local socket named after the
user and the folder; a second start finds the lock taken, asks the first over that
socket to come to the front (trying for ten seconds), says so and exits 0. QtNetwork
loads only then: the first frame does not wait for it.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger("desktop.single_instance")
LOCK_FILE = "console.lock"
RAISE = b"raise\n"
RAISED = b"raised\n"
ANSWER_WITHIN_MS = 3000
FIND_WITHIN_S = 10.0  # the first start may still be opening its window


def server_name(folder: Path) -> str:
    """A local socket name for this user and folder (short: macOS caps socket paths)."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment or the password file
        user = ""
    digest = hashlib.sha256(f"{user}\0{folder.resolve()}".encode()).hexdigest()[:20]
    return f"frontdesk-{digest}"


class SingleInstance(QObject):
    """The running console's side: the held lock and the socket a second start calls."""

    raise_requested = Signal()

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        self.name = server_name(folder)
        self._lock = QLockFile(str(folder / LOCK_FILE))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        """Take the folder for this process; False when another live console has it."""
        if not self._lock.tryLock(0):
            return False
        log.info("Front Desk is running for %s", self.folder)
        return True

    def listen(self) -> None:
        """Answer a second start from now on (once the first frame is up)."""
        from PySide6.QtNetwork import QLocalServer

        self._server = server = QLocalServer(self)
        QLocalServer.removeServer(self.name)  # a socket left behind by a killed console
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            log.warning(
                "cannot listen as %s (%s): a second start cannot bring this window forward",
                self.name,
                server.errorString(),
            )
        server.newConnection.connect(self._answer)

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.unlock()

    def _answer(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE.strip()):
            log.info("another start for this folder asked for this window: brought to the front")
            self.raise_requested.emit()
            socket.write(RAISED)
            socket.flush()
        socket.disconnectFromServer()


def ask_running_console(folder: Path) -> bool:
    """From a second start: ask the running console to come forward; True if it answered."""
    from PySide6.QtNetwork import QLocalSocket

    name = server_name(folder)
    deadline = time.monotonic() + FIND_WITHIN_S
    while time.monotonic() < deadline:  # a first start still loading answers late: ask again
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(ANSWER_WITHIN_MS):
            socket.write(RAISE)
            socket.waitForBytesWritten(ANSWER_WITHIN_MS)
            answered = socket.waitForReadyRead(ANSWER_WITHIN_MS) and bytes(
                socket.readAll().data()
            ).startswith(RAISED.strip())
            socket.abort()
            if answered:
                return True
        else:
            time.sleep(0.2)
    return False


def bring_to_front() -> None:
    """Show the console's window (the lock screen when locked) above the others."""
    # Here, not at the top: ``frontdesk remove-data`` takes the lock with no window system.
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    window: QWidget | None = app.activeModalWidget() or next(
        (w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()), None
    )
    if window is None:
        return
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
