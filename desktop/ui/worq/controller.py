"""WorQ in the console: the "Import from WorQ…" dialog and the import behind it.

``WorqController(session, runner, parent)``; ``open_import()`` opens the dialog (its
default range ends on the organization's today); the import runs on the session's
WorQ client, and the session tells when it kept people; ``await stop()`` cancels a
running import on shutdown (what arrived is kept).
"""

from __future__ import annotations

import asyncio
import logging
from datetime import date

from PySide6.QtWidgets import QWidget

from desktop.services.session import Session
from desktop.services.sync.worq import WorqImport, summary
from desktop.store import WorqRun
from desktop.tasks import Op, TaskRunner
from desktop.ui.controller import PageController
from desktop.ui.session_signals import SessionSignals
from desktop.ui.worq.import_dialog import WorqImportDialog
from desktop.words import QT_TRANSLATE_NOOP

log = logging.getLogger("desktop.ui.worq.controller")
SOURCE = "worq"  # the banner's name for what the import says (cleared together)
NOT_CONNECTED = QT_TRANSLATE_NOOP(
    "WorqController",
    "WorQ is not set up: add its partner name, customer code and partner key under "
    "Console › Connections, then try again.",
)
NOT_STARTED = QT_TRANSLATE_NOOP(
    "WorqController", "Import cancelled before it began: nothing was imported."
)


class WorqController(PageController):
    def build(self, session: Session, signals: SessionSignals, runner: TaskRunner) -> None:
        self.cache = session.worq
        self.importer: WorqImport | None = None
        self.dialog: WorqImportDialog | None = None
        self._task: asyncio.Task[object] | None = None
        signals.connected.connect(self._connected)

    def _window(self) -> QWidget | None:
        """The console's window, which the dialog belongs to."""
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    def _connected(self) -> None:
        """An import running on the old WorQ client is cancelled (what arrived is kept)."""
        importer = self.importer
        if importer is not None and importer.client is not self.session.worq_client:
            self.cancel()

    def today(self) -> date:
        return self.session.today()

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def open_import(self) -> WorqImportDialog:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return self.dialog
        dialog = WorqImportDialog(
            self.today(),
            self.cache.last_run("done"),
            self.cache.last_run(),
            self._window(),
            zone=self.session.zone,
        )
        dialog.import_requested.connect(self.run_import)
        dialog.cancel_requested.connect(self.cancel)
        self.dialog = dialog
        if self.running:
            dialog.started()
        dialog.open()
        return dialog

    def run_import(self, start: date, end: date) -> asyncio.Task[object] | None:
        dialog = self.dialog
        if self.running:
            return self._task
        importer = self.session.worq_import()
        if importer is None:
            if dialog is not None:
                dialog.finished_with(self.tr(NOT_CONNECTED), "failed")
            return None
        self.importer = importer
        if dialog is not None:
            dialog.started()
        op = (
            Op(
                lambda: self.session.import_worq(importer, start, end, self._progress),
                what=self.tr("importing from WorQ"),
            )
            .with_progress(self.tr("Importing from WorQ…"))
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
        text = summary(run) if run is not None else self.tr(NOT_STARTED)
        dialog = self.dialog
        if dialog is not None and dialog.isVisible():
            if run is not None:
                dialog.set_last_run(run)
            dialog.finished_with(text, outcome)  # closes it when closed mid-import
        if dialog is not None and dialog.isVisible():
            log.info("WorQ import %s: %s", outcome, text)
        elif outcome == "failed":
            self.runner.bus.error(text, source=SOURCE)
        else:
            self.runner.bus.info(text, source=SOURCE)

    def cancel(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()

    async def stop(self) -> None:
        """Cancel a running import and wait until its run is recorded as cancelled."""
        task = self._task
        self.cancel()
        if task is not None:
            await asyncio.gather(task, return_exceptions=True)

    def last_run(self) -> WorqRun | None:
        return self.cache.last_run()
