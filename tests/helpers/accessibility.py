"""What a screen reader gets from a widget tree: each focusable widget's accessible name
(through Qt's accessibility interfaces, as an assistive technology reads it), and a
table's column headers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QTableView, QWidget

DIRECT = Qt.FindChildOption.FindDirectChildrenOnly


def spoken_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return "" if iface is None else iface.text(QAccessible.Text.Name).strip()


def where(widget: QWidget) -> str:
    """``ClassName objectName/path``: the widget and the chain of parents that hold it
    (``[n]``: the n-th of its kind under the same parent)."""
    path: list[str] = []
    at: QWidget | None = widget
    while at is not None:
        owner = at.parentWidget()
        kind = type(at)
        kin = [] if owner is None else [w for w in owner.findChildren(kind, options=DIRECT)
                                        if type(w) is kind]  # fmt: skip
        nth = f"[{kin.index(at)}]" if len(kin) > 1 else ""
        path.append(at.objectName() or f"{kind.__name__}{nth}")
        at = owner
    return f"{type(widget).__name__} {'/'.join(reversed(path))}"


def focusable(root: QWidget) -> list[QWidget]:
    """The widgets under ``root`` (and itself) a person can Tab to or click into, shown."""
    found = [root, *root.findChildren(QWidget)]
    return [
        w for w in found
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisible() and not _part(w)
    ]  # fmt: skip


def _part(widget: QWidget) -> bool:
    """A part Qt builds inside another widget and names by it: what hands its focus to
    another (a scroll area's viewport), or the line edit of a spin box or combo box."""
    proxy = widget.focusProxy()
    if proxy is not None and proxy is not _editor_of(widget):
        return True
    owner = widget.parentWidget()
    return owner is not None and widget is _editor_of(owner)


def _editor_of(owner: QWidget) -> QWidget | None:
    if isinstance(owner, QComboBox | QAbstractSpinBox):
        return owner.lineEdit()
    return None


def unnamed(root: QWidget) -> list[str]:
    """Where each focusable widget under ``root`` with no accessible name is."""
    return [where(w) for w in focusable(root) if not spoken_name(w)]


def tables(root: QWidget) -> list[QTableView]:
    return [w for w in root.findChildren(QTableView) if w.isVisible()]


def column_headers(view: QTableView) -> list[str]:
    """The column headers a screen reader is told: the table's header cells, checked
    against the headers the first row's cells name as theirs (PySide6 has no table
    interface to ask)."""
    iface = QAccessible.queryAccessibleInterface(view)
    assert iface is not None
    assert iface.role() == QAccessible.Role.Table, f"{where(view)} is not read as a table"
    children = [c for c in (iface.child(i) for i in range(iface.childCount())) if c is not None]
    headers = [
        c.text(QAccessible.Text.Name) for c in children if c.role() == QAccessible.Role.ColumnHeader
    ]
    cells = [c.tableCellInterface() for c in children if c.role() == QAccessible.Role.Cell]
    first_row = [c for c in cells if c is not None and c.rowIndex() == 0]
    if first_row:  # a row is on screen: its cells say which header is theirs
        named = [h.text(QAccessible.Text.Name) for c in first_row for h in c.columnHeaderCells()]
        assert named == headers, f"{where(view)}: its cells name {named}, not {headers}"
    return headers
