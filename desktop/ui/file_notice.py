"""Telling a manager what happened to one of Front Desk's files, in a message box."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.files import FileNotice


def notice_box(notice: FileNotice, parent: QWidget | None = None) -> QMessageBox:
    """The notice in plain text (paths and SQLite's words are never markup), opened."""
    box = QMessageBox(parent)
    box.setObjectName("fileNotice")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(
        QCoreApplication.translate("FileNotice", "Front Desk: {title}").format(title=notice.title)
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(f"{notice.text}\n\n{notice.details}")
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


async def tell(notice: FileNotice, parent: QWidget | None = None) -> None:
    """Show the notice and wait until it is closed (``open``, never ``exec``, on qasync)."""
    closed: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    box = notice_box(notice, parent)

    def done(_code: int) -> None:
        if not closed.done():
            closed.set_result(None)

    box.finished.connect(done)
    await closed
