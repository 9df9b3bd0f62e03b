"""WorQ in the console: the "Import from WorQ…" dialog and the import behind it.

``WorqPages(db, runner, now, parent)``; ``start(client)`` when WorQ is connected
(None when it is not); ``today`` gives the organization's date (the dialog's
default range ends there); ``open_import()`` opens the dialog; ``imported`` is
emitted whenever an import changed the store (done, or cancelled or failed
after keeping some pages), so the directory can reload; ``await stop()``
cancels a running import on shutdown (what arrived is kept).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, date, datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.api import WorqClient
from desktop.services.worq_import import ImportResult, WorqImport, summary
from desktop.store import Database, WorqCache, WorqRun

from .dialogs.worq_import import WorqImportDialog
from .tasks import Op, TaskRunner

log = logging.getLogger("desktop.ui.worq_pages")
NOT_CONNECTED = (
    "WorQ is not set up: add its partner name, customer code and partner key under "
    "Console › Connections, then try again."
)
NOT_STARTED = "Import cancelled before it began: nothing was imported."


class WorqPages(QObject):
    imported = Signal()

    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner, self.now, self.window = runner, now, parent
        self.cache = WorqCache(db)
        self.client: WorqClient | None = None
        self.importer: WorqImport | None = None
        self.dialog: WorqImportDialog | None = None
        self._task: asyncio.Task[ImportResult] | None = None
        # The organization's today (the console sets it); this computer's until then.
        self.today: Callable[[], date] = lambda: now().astimezone().date()

    def start(self, client: WorqClient | None) -> None:
        """Use this client from now on (an import running on the old one is cancelled)."""
        if client is not self.client:
            self.cancel()
        self.client = client

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def open_import(self) -> WorqImportDialog:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return self.dialog
        dialog = WorqImportDialog(
            self.today(), self.cache.last_run("done"), self.cache.last_run(), self.window
        )
        dialog.import_requested.connect(self.run_import)
        dialog.cancel_requested.connect(self.cancel)
        self.dialog = dialog
        if self.running:
            dialog.started()
        dialog.open()
        return dialog

    def run_import(self, start: date, end: date) -> asyncio.Task[ImportResult] | None:
        client, dialog = self.client, self.dialog
        if client is None:
            if dialog is not None:
                dialog.finished_with(NOT_CONNECTED, "failed")
            return None
        if self.running:
            return self._task
        importer = self.importer = WorqImport(client, self.cache, self.now)
        if dialog is not None:
            dialog.started()
        op = (
            Op(lambda: importer.run(start, end, self._progress), what="importing from WorQ")
            .with_progress("Importing from WorQ…")
            .success(lambda _result: self._ended(importer))
            .failure(lambda _exc: self._ended(importer))
        )
        task = self._task = op.run(self.runner)
        task.add_done_callback(lambda done: self._ended(importer) if done.cancelled() else None)
        return task

    def _progress(self, done: int, total: int | None) -> None:
        importer, dialog = self.importer, self.dialog
        if importer is not None and dialog is not None:
            dialog.show_progress(importer.page, importer.pages, done, total)

    def _ended(self, importer: WorqImport) -> None:
        run = importer.last  # None: cancelled before it began
        outcome = run.outcome if run is not None else "cancelled"
        text = summary(run) if run is not None else NOT_STARTED
        dialog = self.dialog
        if dialog is not None and dialog.isVisible():
            if run is not None:
                dialog.set_last_run(run)
            dialog.finished_with(text, outcome)  # closes it when closed mid-import
        if dialog is not None and dialog.isVisible():
            log.info("WorQ import %s: %s", outcome, text)
        elif outcome == "failed":
            self.runner.bus.error(text, source="worq")
        else:
            self.runner.bus.info(text, source="worq")
        if run is not None and run.kept:
            self.imported.emit()

    def cancel(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()

    async def stop(self) -> None:
        """Cancel a running import and wait until its run is recorded as cancelled."""
        task = self._task
        self.cancel()
        if task is not None:
            await asyncio.gather(task, return_exceptions=True)
        self.client = None

    def last_run(self) -> WorqRun | None:
        return self.cache.last_run()
