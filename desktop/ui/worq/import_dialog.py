"""Import from WorQ: a date range, a progress bar, a Cancel that cancels, and the outcome.

The dialog shows and collects; the import itself is ``WorqController``' (it asks for
it with ``import_requested`` and stops it on ``cancel_requested``). The range
starts where the last successful import ended, or in 2000 (everyone) when there was
none. Closing the dialog mid-import cancels it; what arrived is kept either way.
"""

from __future__ import annotations

from datetime import date, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.store import WorqRun
from desktop.ui import theme
from desktop.ui.widgets import format as fmt
from desktop.ui.widgets.date_box import DateBox
from desktop.ui.widgets.plain import PlainLabel
from desktop.words import QT_TRANSLATE_NOOP, translate

# The first import brings everyone HR has touched in this century: a shorter range would
# leave the directory calling everyone older "not in WorQ".
FIRST_IMPORT_SINCE = date(2000, 1, 1)
INTRO = QT_TRANSLATE_NOOP(
    "WorqImportDialog",
    "Brings in the employees HR created or updated in WorQ between these dates, and "
    "updates the ones already imported. What arrives is kept, even if you cancel.",
)
LEVEL_COLORS = {"done": theme.SUCCESS, "cancelled": theme.WARNING, "failed": theme.DANGER}
OUTCOMES = {
    "done": QT_TRANSLATE_NOOP("WorqImportDialog", "finished"),
    "running": QT_TRANSLATE_NOOP("WorqImportDialog", "did not finish"),
    "cancelled": QT_TRANSLATE_NOOP("WorqImportDialog", "cancelled"),
    "failed": QT_TRANSLATE_NOOP("WorqImportDialog", "failed"),
}
"""How an import ended, as the last import's line says it."""


def default_range(today: date, last_done: WorqRun | None) -> tuple[date, date]:
    """From the end of the last successful import (or, the first time, from
    ``FIRST_IMPORT_SINCE``) to today."""
    if last_done is None:
        return FIRST_IMPORT_SINCE, today
    return min(last_done.end_date, today), today


def progress_text(page: int, pages: int | None, done: int, total: int | None) -> str:
    """``Page 2 of 3 · 100 of 119 people`` (``Asking WorQ…`` before the first answer)."""
    if total is None or pages is None:
        return QCoreApplication.translate("WorqImportDialog", "Asking WorQ…")
    if total == 0:
        return QCoreApplication.translate("WorqImportDialog", "WorQ has nobody for these dates.")
    locale = QLocale()
    return translate(
        "WorqImportDialog", "Page {page} of {pages} · {done} of %Ln people", None, total
    ).format(page=locale.toString(page), pages=locale.toString(pages), done=locale.toString(done))


def last_import_text(run: WorqRun | None, zone: tzinfo) -> str:
    """The last import, its time in the organization's ``zone`` (as every other time)."""
    if run is None:
        return QCoreApplication.translate("WorqImportDialog", "No import from WorQ yet.")
    started = run.started_at.astimezone(zone)
    clock = QLocale().toString(QTime(started.hour, started.minute), fmt.time_format())
    when = f"{fmt.local_date(started.date())} {clock}"
    outcome = OUTCOMES.get(run.outcome)
    ended = QCoreApplication.translate("WorqImportDialog", outcome) if outcome else run.outcome
    kept = run.kept
    return translate(
        "WorqImportDialog",
        "Last import {when}, for changes from {start} to {end}: {ended}, %Ln people kept.",
        None,
        kept,
    ).format(
        when=when,
        start=fmt.local_date(run.start_date),
        end=fmt.local_date(run.end_date),
        ended=ended,
    )


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class WorqImportDialog(QDialog):
    import_requested = Signal(object, object)  # start, end (dates)
    cancel_requested = Signal()

    def __init__(
        self,
        today: date,
        last_done: WorqRun | None,
        last_run: WorqRun | None = None,
        parent: QWidget | None = None,
        *,
        zone: tzinfo,
    ) -> None:
        super().__init__(parent)
        self.zone = zone
        self.setWindowTitle(self.tr("Import from WorQ"))
        self.setMinimumWidth(560)
        self.running = False
        self._close_when_done = False
        start, end = default_range(today, last_done)
        self.start_date = self._date_field(start, today)
        self.end_date = self._date_field(end, today)
        self.intro = PlainLabel(self.tr(INTRO))
        self.intro.setWordWrap(True)
        self.last = PlainLabel(last_import_text(last_run or last_done, zone))
        theme.text_color(self.last, theme.MUTED)
        self.last.setWordWrap(True)
        self.error = PlainLabel()
        self.error.setObjectName("error_dates")
        theme.text_color(self.error, theme.DANGER)
        self.error.hide()
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.progress_label = PlainLabel()
        self.message = PlainLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Close"))
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.clicked.connect(self.try_import)
        self.cancel_button.clicked.connect(self.cancel_or_close)
        self._lay_out()

    def _date_field(self, day: date, today: date) -> DateBox:
        field = DateBox(day)
        field.setMaximumDate(_qdate(today))
        return field

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("From"), self.start_date)
        form.addRow(self.tr("To (inclusive)"), self.end_date)
        form.addRow("", self.error)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.last)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def chosen(self) -> tuple[date, date]:
        return _day(self.start_date.date()), _day(self.end_date.date())

    def try_import(self) -> None:
        start, end = self.chosen()
        if start > end:
            self.error.setText(self.tr("The first date is after the last one."))
            self.error.show()
            self.start_date.setFocus()
            return
        self.error.hide()
        self.import_requested.emit(start, end)

    # -- what the import says -----------------------------------------------------------

    def started(self) -> None:
        self._set_running(True)
        self.message.clear()
        self.progress.setRange(0, 0)  # busy until WorQ says how many there are
        self.progress.show()
        self.progress_label.setText(progress_text(0, None, 0, None))

    def show_progress(self, page: int, pages: int | None, done: int, total: int | None) -> None:
        self.progress_label.setText(progress_text(page, pages, done, total))
        if total is not None:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done if total else 1)

    def finished_with(self, text: str, outcome: str) -> None:
        """The import ended (``done``, ``cancelled`` or ``failed``): say so plainly."""
        self._set_running(False)
        if outcome == "done":
            if not self.progress.maximum():  # still busy: WorQ never said how many
                self.progress.setRange(0, 1)
            self.progress.setValue(self.progress.maximum())
        else:  # the message says how far it got
            self.progress.hide()
            self.progress_label.clear()
        theme.text_color(self.message, LEVEL_COLORS.get(outcome, theme.DANGER))
        self.message.setText(text)
        if self._close_when_done:
            super().reject()

    def set_last_run(self, run: WorqRun | None) -> None:
        self.last.setText(last_import_text(run, self.zone))

    def _set_running(self, running: bool) -> None:
        self.running = running
        for widget in (self.start_date, self.end_date, self.import_button):
            widget.setEnabled(not running)
        self.cancel_button.setText(self.tr("Cancel import") if running else self.tr("Close"))
        self.cancel_button.setEnabled(True)

    def cancel_or_close(self) -> None:
        """The Cancel button: mid-import it cancels the import and stays open to say what
        was kept; otherwise it closes."""
        if self.running:
            self._cancel()
        else:
            self.reject()

    def reject(self) -> None:
        """Escape or the window's close button: mid-import, cancel, then close."""
        if not self.running:
            super().reject()
            return
        self._close_when_done = True
        self._cancel()

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.progress_label.setText(self.tr("Cancelling…"))
        self.cancel_requested.emit()


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
