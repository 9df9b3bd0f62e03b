"""The console's icons, each with a picture for every size a screen may ask: drawn for
it, never stretched from a smaller one, so they stay crisp at 100 %, 150 % and 200 %.

Qt picks the nearest picture at or above what it needs (size × device pixel ratio) and
shrinks it; one picture alone would be enlarged, blurred, on a 200 % screen."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication

from desktop.paths import resource_path

# Device pixels: a 16 px icon up to 300 %, a 20 px one up to 200 %, a 32 px one at 200 %.
DRAWN_SIZES = (16, 20, 24, 32, 40, 48, 64)
WINDOW_SIZES = (16, 24, 32, 48, 64, 128, 256)  # resources/frontdesk-<size>.png
LARGEST = 512  # resources/frontdesk.png


def app_icon() -> QIcon:
    """The window icon: tools/make_icons.py's door at each size (and 512 px). Added as
    pictures: ``addFile`` gave a 32 px icon at 200 % from the 32 px file, enlarged."""
    icon = QIcon()
    for size in WINDOW_SIZES:
        icon.addPixmap(QPixmap(str(resource_path(f"frontdesk-{size}.png"))))
    # Read only when a dock asks for it: it took 3 of the first frame's milliseconds.
    icon.addFile(str(resource_path("frontdesk.png")), QSize(LARGEST, LARGEST))
    return icon


def _eye(painter: QPainter, side: int, color: QColor) -> None:
    """An open eye on a 16-unit grid: the lid's outline and the iris."""
    painter.scale(side / 16, side / 16)
    lid = QPainterPath(QPointF(1.5, 8))
    lid.quadTo(QPointF(8, 0.5), QPointF(14.5, 8))
    lid.quadTo(QPointF(8, 15.5), QPointF(1.5, 8))
    painter.setPen(QPen(color, 1.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(lid)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawEllipse(QRectF(5.5, 5.5, 5, 5))


def eye_icon() -> QIcon:
    """ "Show what is typed": an eye in the text's colour of the palette in use."""
    color = QApplication.palette().color(QPalette.ColorRole.Text)
    icon = QIcon()
    for side in DRAWN_SIZES:
        pixmap = QPixmap(side, side)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _eye(painter, side, color)
        painter.end()
        icon.addPixmap(pixmap)
    return icon
