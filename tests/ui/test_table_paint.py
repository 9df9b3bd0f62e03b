"""What a table paints comes from the model in one call a cell (``multiData``), the same as
``data`` says; rows changed in place repaint only where they are in sight, and the
selection and the scroll stay (webhooks change the board's rows many times a second)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QStyleOptionViewItem, QTableView
from pytestqt.qtbot import QtBot

from desktop.services.reports.tables import ColumnSpec, Line, Table
from desktop.ui import theme
from desktop.ui.reports.table_model import ReportTableModel
from desktop.ui.widgets.table_models import Column, ListTableModel
from desktop.ui.widgets.tables import configure_table

ALERT = theme.DANGER  # a state of the theme, as the pages colour their cells


class Person:
    def __init__(self, key: str, status: str) -> None:
        self.key, self.status = key, status


class Watched(ListTableModel[Person]):
    """The board's model, noting which rows a view asked for as it painted."""

    def __init__(self) -> None:
        super().__init__(
            [
                Column("Name", lambda p: p.key, width=120),
                Column(
                    "Status",
                    lambda p: p.status,
                    foreground=lambda p: ALERT if p.status == "Absent" else None,
                    align=Qt.AlignmentFlag.AlignRight,
                    width=120,
                ),
            ]
        )
        self.painted: set[int] = set()

    def cell(self, row: Person, column: Column[Person], role: int) -> object:
        self.painted.add(int(row.key))
        return super().cell(row, column, role)


def painted_option(view: QTableView, index: QModelIndex) -> QStyleOptionViewItem:
    """The options the view's delegate paints ``index`` with (as it asks the model)."""
    option = QStyleOptionViewItem()
    delegate = view.itemDelegate()
    assert isinstance(delegate, QStyledItemDelegate)
    delegate.initStyleOption(option, index)
    return option


def shown(qtbot: QtBot, model: ListTableModel[Person]) -> QTableView:
    view = QTableView()
    view.setModel(model)
    configure_table(view, [120, 120])
    qtbot.addWidget(view)
    view.resize(300, 240)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_a_painted_cell_shows_its_text_colour_and_alignment(qtbot: QtBot) -> None:
    model = Watched()
    model.set_rows([Person("0", "In"), Person("1", "Absent")])
    view = shown(qtbot, model)
    absent = painted_option(view, model.index(1, 1))
    assert absent.text == "Absent" == model.data(model.index(1, 1))
    assert absent.palette.color(QPalette.ColorRole.Text) == theme.color(ALERT)
    assert absent.displayAlignment & Qt.AlignmentFlag.AlignRight
    present = painted_option(view, model.index(0, 1))
    assert present.text == "In"
    assert present.palette.color(QPalette.ColorRole.Text) != theme.color(ALERT)


def test_a_reports_total_line_is_painted_bold(qtbot: QtBot) -> None:
    model = ReportTableModel(total=True)
    table = Table("Hours", (ColumnSpec("Person"),), (Line(("Ann",)), Line(("Total",), total=True)))
    model.set_table(table)
    view = QTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    option = painted_option(view, model.index(0, 0))
    assert option.text == "Total"
    assert option.font.bold()


def test_rows_changed_in_place_repaint_in_sight_and_keep_selection_and_scroll(
    qtbot: QtBot,
) -> None:
    model = Watched()
    people = [Person(str(n), "In") for n in range(200)]
    model.set_rows(people, key=lambda p: p.key)
    view = shown(qtbot, model)
    view.scrollTo(model.index(100, 0), QTableView.ScrollHint.PositionAtTop)
    view.selectRow(102)
    scrolled = view.verticalScrollBar().value()
    QApplication.processEvents()
    model.painted.clear()
    changed = list(people)
    changed[3] = Person("3", "Absent")  # out of sight, above
    changed[101] = Person("101", "Left")  # in sight
    model.set_rows(changed, key=lambda p: p.key)
    qtbot.waitUntil(lambda: 101 in model.painted)
    QApplication.processEvents()
    assert 3 not in model.painted  # not repainted: nobody sees it
    assert model.painted <= {100, 101, 102}  # nor the rest (a neighbour shares a grid line)
    assert model.data(model.index(101, 1)) == "Left"
    assert model.data(model.index(3, 1)) == "Absent"
    assert [i.row() for i in view.selectionModel().selectedRows()] == [102]
    assert view.verticalScrollBar().value() == scrolled


def test_rows_in_another_order_are_shown_anew(qtbot: QtBot) -> None:
    model = Watched()
    people = [Person(str(n), "In") for n in range(5)]
    model.set_rows(people, key=lambda p: p.key)
    view = shown(qtbot, model)
    view.selectRow(1)
    model.set_rows(list(reversed(people)), key=lambda p: p.key)
    assert [model.data(model.index(r, 0)) for r in range(5)] == ["4", "3", "2", "1", "0"]
    assert view.selectionModel().selectedRows() == []  # a reset: the page picks it again
    model.set_rows(people[:3], key=lambda p: p.key)
    assert model.rowCount() == 3
