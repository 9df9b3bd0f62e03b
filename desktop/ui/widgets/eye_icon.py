"""The eye of "Show what is typed", drawn for every size a screen may ask (see ``icons``).
Apart from the window's icon: its painting classes cost the first frame 3 ms."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication

# Device pixels: a 16 px icon up to 300 %, a 20 px one up to 200 %, a 32 px one at 200 %.
DRAWN_SIZES = (16, 20, 24, 32, 40, 48, 64)


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
