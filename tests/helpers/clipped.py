"""What a person would see cut or blurred in a window: words that do not fit the room a
widget gives them, and icons drawn from fewer pixels than the screen has.

Each finding is one line naming the widget (its class, object name or text) and what is
wrong, so a failing test says where to look."""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTableView,
    QToolButton,
    QWidget,
)

CELL_MARGINS = 8  # what a table cell's text loses to the item's margins (tests/ui/reports)
ROWS_CHECKED = 40  # a table's first rows in view: enough to meet its longest words


def name(widget: QWidget) -> str:
    window = widget.window()
    where = window.objectName() or type(window).__name__
    return f"{where} › {type(widget).__name__} {widget.objectName()!r}".replace(" ''", "")


def _lines_width(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _label(label: QLabel) -> str | None:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    room = label.contentsRect()
    room.adjust(label.margin(), label.margin(), -label.margin(), -label.margin())
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    if label.wordWrap() or rich:
        needed = label.heightForWidth(label.width())
        if needed > label.height() + 1:
            return f"{text[:60]!r} needs {needed} px of height, has {label.height()}"
        if not label.wordWrap() and label.minimumSizeHint().width() > label.width() + 1:
            return f"{text[:60]!r} needs {label.minimumSizeHint().width()} px, has {label.width()}"
        return None
    needed = _lines_width(label.fontMetrics(), text) + max(label.indent(), 0)
    if needed > room.width() + 1 and text not in label.toolTip():  # cut with "…", kept whole
        return f"{text[:60]!r} needs {needed} px, has {room.width()}"
    lines = text.count("\n") + 1
    tall = label.fontMetrics().height() * lines
    if tall > room.height() + 1:
        return f"{text[:60]!r} needs {tall} px of height, has {room.height()}"
    return None


def _button(button: QAbstractButton) -> str | None:
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text:
        return None
    icon_only = (
        isinstance(button, QToolButton)
        and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    )
    if icon_only:  # a line edit's action, say: its text is the tooltip, never drawn
        return None if not button.icon().isNull() else f"{text[:60]!r} shows neither words nor icon"
    if isinstance(button, (QPushButton, QCheckBox, QRadioButton, QToolButton)):
        hint = button.sizeHint()
        short = hint.width() - button.width()
        if short > 1:
            return f"{text[:60]!r} needs {hint.width()} px, has {button.width()}"
        if hint.height() - button.height() > 1:
            return f"{text[:60]!r} needs {hint.height()} px of height, has {button.height()}"
    return None


def _combo(box: QComboBox) -> str | None:
    text = box.currentText()
    if not text:
        return None
    option = QStyleOptionComboBox()
    option.initFrom(box)
    option.editable = box.isEditable()
    option.frame = box.hasFrame()
    option.currentText = text
    field = box.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, box
    )  # fmt: skip
    needed = box.fontMetrics().horizontalAdvance(text)
    if needed > field.width() + 1:
        return f"{text[:60]!r} needs {needed} px, has {field.width()}"
    return None


def _line_edit(edit: QLineEdit) -> str | None:
    """A placeholder, or what a read-only field shows: typed text scrolls, as it should."""
    text = edit.placeholderText() if not edit.text() else edit.text() if edit.isReadOnly() else ""
    if not text:
        return None
    margins = edit.textMargins()
    frame = edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, edit)
    room = edit.width() - 2 * frame - margins.left() - margins.right() - 4  # Qt's own 2+2
    needed = edit.fontMetrics().horizontalAdvance(text)
    if needed > room + 1:
        return f"{text[:60]!r} needs {needed} px, has {room}"
    return None


def _group(box: QGroupBox) -> str | None:
    title = box.title().replace("&", "")
    if not title:
        return None
    needed = box.fontMetrics().horizontalAdvance(title) + 16
    if needed > box.width() + 1:
        return f"{title[:60]!r} needs {needed} px, has {box.width()}"
    return None


def _tabs(bar: QTabBar) -> list[str]:
    cut = []
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text = bar.tabText(index).replace("&", "")
        rect = bar.tabRect(index)
        needed = bar.fontMetrics().horizontalAdvance(text)
        if needed > rect.width() - 8 or rect.right() > bar.width() + 1:
            cut.append(f"tab {text!r} needs {needed} px, has {rect.width()}")
    return cut


def _columns(model: QAbstractItemModel) -> int:
    """A list model keeps ``columnCount`` private (it has one)."""
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount()


def _font_metrics(index: QModelIndex, fallback: QFont) -> QFontMetrics:
    font = index.data(Qt.ItemDataRole.FontRole)
    return QFontMetrics(font if isinstance(font, QFont) else fallback)


def _header(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None:
        return []
    cut = []
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) <= 0:
            continue
        title = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not title:
            continue
        needed = header.fontMetrics().horizontalAdvance(str(title)) + CELL_MARGINS
        size = header.sectionSize(section)
        if header.orientation() == Qt.Orientation.Horizontal and needed > size:
            cut.append(f"column {str(title)!r} needs {needed} px, has {size}")
    return cut


def _cells(view: QAbstractItemView) -> list[str]:
    """Cells drawn with "…" that keep no tooltip with their whole text."""
    model = view.model()
    if model is None:
        return []
    cut = []
    for row in range(min(model.rowCount(), ROWS_CHECKED)):
        for column in range(_columns(model)):
            if isinstance(view, QTableView) and view.isColumnHidden(column):
                continue
            index = model.index(row, column)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if text is None or "\n" in str(text):
                continue
            rect = view.visualRect(index)
            room = rect.width() - CELL_MARGINS
            if rect.isEmpty() or not view.viewport().rect().intersects(rect):
                continue  # scrolled out of sight
            metrics = _font_metrics(index, view.font())
            if metrics.horizontalAdvance(str(text)) <= room:
                continue
            if str(text) not in str(index.data(Qt.ItemDataRole.ToolTipRole) or ""):
                cut.append(f"cell {str(text)[:60]!r} needs more than {room} px, no tooltip")
    return cut


def clipped_texts(root: QWidget) -> list[str]:
    """Every text shown under ``root`` (``root`` included) that does not fit its room."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget):
            continue
        problems: list[str | None] = []
        if isinstance(widget, QLabel):
            problems.append(_label(widget))
        elif isinstance(widget, QAbstractButton):
            problems.append(_button(widget))
        elif isinstance(widget, QComboBox):
            problems.append(_combo(widget))
        elif isinstance(widget, QLineEdit):
            problems.append(_line_edit(widget))
        elif isinstance(widget, QTabBar):
            problems.extend(_tabs(widget))
        elif isinstance(widget, QHeaderView):
            problems.extend(_header(widget))
        elif isinstance(widget, QAbstractItemView):
            problems.extend(_cells(widget))
        if isinstance(widget, QGroupBox):
            problems.append(_group(widget))
        found += [f"{name(widget)}: {p}" for p in problems if p]
    return found


def _blurry(pixmap: QPixmap, ratio: float) -> bool:
    return pixmap.isNull() or pixmap.devicePixelRatio() < ratio


def icon_is_sharp(icon: QIcon, size: QSize, ratio: float) -> bool:
    """``icon`` at ``size`` logical pixels has as many device pixels as the screen: drawn
    or picked from an image at least that large, never stretched from a smaller one."""
    if not size.isValid():
        size = QSize(16, 16)  # a view's default: the style's small icon
    pixmap = icon.pixmap(size, ratio)
    if _blurry(pixmap, ratio):
        return False
    available = icon.availableSizes()
    wanted = size * ratio
    return not available or any(
        s.width() >= wanted.width() and s.height() >= wanted.height() for s in available
    )  # fmt: skip


def _blurred(icon: QIcon, size: QSize, ratio: float) -> bool:
    return not icon.isNull() and not icon_is_sharp(icon, size, ratio)


def blurry_icons(root: QWidget) -> list[str]:
    """Every icon and picture shown under ``root`` (its window icon included) that the
    screen's ``devicePixelRatio`` would draw from fewer pixels than it has."""
    ratio = root.devicePixelRatioF()
    found = []
    window_icon = root.window().windowIcon()
    if root.isWindow() and not window_icon.isNull():
        for side in (16, 32, 48, 64):
            if not icon_is_sharp(window_icon, QSize(side, side), ratio):
                found.append(f"{name(root)}: the window icon at {side} px")
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget):
            continue
        if isinstance(widget, QLabel) and widget.pixmap() is not None:
            pixmap = widget.pixmap()
            if not pixmap.isNull() and _blurry(pixmap, ratio):
                found.append(f"{name(widget)}: a picture at {pixmap.devicePixelRatio()}x")
        if isinstance(widget, QAbstractButton) and _blurred(
            widget.icon(), widget.iconSize(), ratio
        ):
            found.append(f"{name(widget)}: the icon of {widget.text()!r}")
        if isinstance(widget, QTabBar):
            for index in range(widget.count()):
                icon = widget.tabIcon(index)
                if _blurred(icon, widget.iconSize(), ratio):
                    found.append(f"{name(widget)}: the icon of tab {widget.tabText(index)!r}")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(min(model.rowCount(), ROWS_CHECKED)):
                for column in range(_columns(model)):
                    icon = model.index(row, column).data(Qt.ItemDataRole.DecorationRole)
                    if isinstance(icon, QIcon) and not icon_is_sharp(
                        icon, widget.iconSize(), ratio
                    ):
                        found.append(f"{name(widget)}: the icon in row {row}")
                    elif isinstance(icon, QPixmap) and _blurry(icon, ratio):
                        found.append(f"{name(widget)}: the picture in row {row}")
    return found
