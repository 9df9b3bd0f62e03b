"""Reading an export as a spreadsheet tool would: the CSV's rows, and what it holds from
the description written beside it (``<name>-about.txt``)."""

from __future__ import annotations

import csv
from pathlib import Path

from desktop.services.export import about_path


def csv_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [row for row in csv.reader(handle) if row]


def csv_about(path: Path) -> dict[str, str]:
    lines = about_path(path).read_text(encoding="utf-8").splitlines()
    return dict(line.split(": ", 1) for line in lines if line)
