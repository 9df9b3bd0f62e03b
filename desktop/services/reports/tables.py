"""Report tables as plain data: columns with a kind, lines of typed cells, a total line last.

The screen, the CSV and Excel exports and the PDF all come from one ``Table``:
exports write the typed cells (numbers stay numbers in Excel), the screen and
the PDF write ``cell_text`` of them. A table's words are the console's language; an
export builds its table again ``in_english`` and puts its lines in the order shown
(``in_order_of``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

from desktop.words import decimal, number, weekday_date

Kind = Literal["text", "date", "int", "hours", "minutes", "money", "time"]
Cell = str | int | float | Decimal | date | None
NUMERIC: frozenset[Kind] = frozenset({"int", "hours", "minutes", "money"})


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    title: str
    kind: Kind = "text"
    width: int = 90

    @property
    def numeric(self) -> bool:
        return self.kind in NUMERIC


@dataclass(frozen=True, slots=True)
class Line:
    cells: tuple[Cell, ...]
    total: bool = False
    alert: bool = False  # something a manager should notice (an absence)
    key: str = ""  # the employee id, for the person's own lines
    index: int = 0  # where the line was as built, before any sorting


@dataclass(frozen=True, slots=True)
class Table:
    title: str
    columns: tuple[ColumnSpec, ...]
    lines: tuple[Line, ...]  # the rows, then the total line

    def header(self) -> list[str]:
        return [c.title for c in self.columns]

    def cells(self) -> list[list[Cell]]:
        return [list(line.cells) for line in self.lines]

    def texts(self) -> list[list[str]]:
        return [line_texts(self.columns, line) for line in self.lines]

    def body(self) -> tuple[Line, ...]:
        return tuple(line for line in self.lines if not line.total)

    def total(self) -> Line | None:
        return next((line for line in self.lines if line.total), None)

    def in_order_of(self, shown: Table) -> Table:
        """This table's lines in the order of ``shown``, the same table sorted on screen
        (and built in another language)."""
        by_index = {line.index: line for line in self.body()}
        body = [by_index[line.index] for line in shown.body()]
        total = self.total()
        return Table(self.title, self.columns, (*body, *([total] if total else [])))

    def sorted_by(self, column: int, descending: bool) -> Table:
        """The same table with its rows in the order of one column; the total stays last."""

        def key(line: Line) -> tuple[int, Cell]:
            value = line.cells[column]
            return (0, "") if value is None or value == "" else (1, value)

        body = sorted(self.body(), key=key, reverse=descending)
        total = self.total()
        return Table(self.title, self.columns, (*body, *([total] if total else [])))


def cell_text(kind: Kind, value: Cell, *, total: bool = False) -> str:
    """How a cell reads: money with two decimals and thousands, hours with two, blank zeros
    in the minutes of a single day (the total shows its zero)."""
    if value is None:
        return ""
    if isinstance(value, date):
        return weekday_date(value)
    if kind in ("money", "hours") and isinstance(value, int | float | Decimal):
        return decimal(value, 2)
    if kind == "minutes" and isinstance(value, int | float):
        return number(int(value)) if value or total else ""
    if kind == "int" and isinstance(value, int):
        return number(value)
    return str(value)


def line_texts(columns: Sequence[ColumnSpec], line: Line) -> list[str]:
    return [
        cell_text(column.kind, value, total=line.total)
        for column, value in zip(columns, line.cells, strict=True)
    ]
