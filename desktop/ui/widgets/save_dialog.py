"""Where an export or a printout is saved: one save dialog for the whole console.

Every save starts in the same place: the folder the manager last saved into (this run),
else the Documents folder, made when a fresh profile has none, else the home folder. The
file name says what it holds and for which dates; the dialog is Qt's own, the same on
every platform.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.filenames import safe_file_name

log = logging.getLogger("desktop.ui.widgets.save_dialog")
_last_folder: Path | None = None


def start_folder() -> Path:
    """The last folder saved into, if it is still there; else Documents (made if missing)."""
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents:
        folder = Path(documents)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            return folder
        except OSError as exc:
            log.warning("could not make the Documents folder %s: %s", folder, exc)
    return Path.home()


def safe_name(text: str, max_length: int = 80) -> str:
    """``text`` (a lock's name, a person's id) as a part of a file name: safe on every
    system, spaces as hyphens, short enough that what follows it still fits."""
    kept = safe_file_name(text, max_length=max_length, fallback="export")
    return "-".join(kept.split()).strip(".-") or "export"


def ask_save_path(
    parent: QWidget | None,
    title: str,
    name: str,
    filters: Sequence[str],
    suffix: str,
    chosen: Callable[[Path], object],
) -> QFileDialog:
    """Open the save dialog on ``name`` (made safe on every system) in ``start_folder()``;
    ``chosen(path)`` once the manager picks a file (and that folder is where the next
    save starts)."""
    if not name.lower().endswith(f".{suffix}"):
        name += f".{suffix}"  # as the dialog would add it, before the name is cut to fit
    name = safe_file_name(name, fallback=f"export.{suffix}")
    folder = start_folder()
    dialog = QFileDialog(parent, title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setNameFilters(list(filters))
    dialog.setDefaultSuffix(suffix)
    dialog.setDirectory(str(folder))
    dialog.selectFile(str(folder / name))

    def picked(path: str) -> None:
        global _last_folder
        _last_folder = Path(path).parent
        chosen(Path(path))

    dialog.fileSelected.connect(picked)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
