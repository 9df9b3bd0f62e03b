"""Every file name Front Desk writes or offers is one Windows takes, whatever a vendor or a
manager named the things in it (a lock called "CON", an id with ":", 300 characters)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from desktop.filenames import is_windows_safe
from desktop.files import set_aside
from desktop.log import LOG_BACKUPS, LOG_FILE
from desktop.paths import DATABASE_FILE, SETTINGS_FILE
from desktop.services.export import about_path
from desktop.services.managers import MANAGERS_FILE
from desktop.services.reports.periods import Period
from desktop.store.audit_seal import HEAD_SUFFIX
from desktop.ui.locks.page import history_name
from desktop.ui.reports.handover import default_name as handover_name
from desktop.ui.reports.page import export_name
from desktop.ui.single_instance import LOCK_FILE
from desktop.ui.widgets import save_dialog

HOSTILE = [
    "CON", "con.txt", "nul", "COM1", "LPT¹", "a:b", "x?*", 'say "hi"', "back\\slash",
    "front/slash", "pipe|", "<tag>", "tab\tand\nnewline", "trailing dots...", "trailing  ",
    "Front door. ", "x" * 300, "🔑" * 200, "", "   ", "..",
]  # fmt: skip
PERIOD = Period("month", date(2026, 11, 1), date(2026, 11, 30))


def test_report_exports_are_named_safely_whoever_they_are_for() -> None:
    names = [
        export_name(kind, table, PERIOD, who)
        for kind in ("server", "csv", "xlsx", "pdf")
        for table in ("payroll", "attendance")
        for who in [None, *HOSTILE]
    ]
    assert [name for name in names if not is_windows_safe(name)] == []
    assert export_name("csv", "payroll", PERIOD, "E:17") == "payroll_2026-11-01_2026-11-30_E-17.csv"


def test_lock_history_exports_are_named_safely_whatever_the_lock_is_called() -> None:
    names = [
        history_name(lock, date(2026, 11, 1), date(2026, 11, 18), kind)
        for lock in [None, *HOSTILE]
        for kind in ("csv", "xlsx")
    ]
    assert [name for name in names if not is_windows_safe(name)] == []
    assert history_name("Front door", date(2026, 11, 1), date(2026, 11, 18), "csv") == (
        "Front-door-history-2026-11-01-to-2026-11-18.csv"
    )


def test_the_handover_name_carries_no_colon() -> None:
    name = handover_name(datetime(2026, 11, 18, 9, 5, tzinfo=UTC), ZoneInfo("Europe/Madrid"))
    assert name == "handover-2026-11-18-1005.pdf"
    assert is_windows_safe(name)


@pytest.mark.parametrize("name", HOSTILE)
def test_the_save_dialog_offers_only_safe_names(
    qtbot: QtBot, name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(save_dialog, "_last_folder", tmp_path)
    dialog = save_dialog.ask_save_path(None, "Save", name, ["CSV files (*.csv)"], "csv", print)
    qtbot.addWidget(dialog)
    offered = Path(dialog.selectedFiles()[0])
    dialog.reject()
    assert offered.parent == tmp_path
    assert is_windows_safe(offered.name), offered.name


def test_the_files_front_desk_keeps_have_safe_names(tmp_path: Path) -> None:
    damaged = tmp_path / SETTINGS_FILE
    damaged.write_text("{", encoding="utf-8")
    aside = set_aside(damaged, "bad")  # a timestamp in it: no ":"
    export = Path(history_name("CON", date(2026, 11, 1), date(2026, 11, 18), "xlsx"))
    names = [
        SETTINGS_FILE,
        MANAGERS_FILE,
        LOCK_FILE,
        DATABASE_FILE,
        DATABASE_FILE + "-wal",
        DATABASE_FILE + "-shm",
        DATABASE_FILE + HEAD_SUFFIX,
        DATABASE_FILE + HEAD_SUFFIX + ".part",
        LOG_FILE,
        *(f"{LOG_FILE}.{n}" for n in range(1, LOG_BACKUPS + 1)),  # RotatingFileHandler's
        aside.name,
        export.name + ".part",
        about_path(export).name,
    ]
    assert [name for name in names if not is_windows_safe(name)] == []
