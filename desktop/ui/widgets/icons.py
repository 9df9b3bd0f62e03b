"""The window's icon, with a picture for every size a screen may ask (the eye of "Show
what is typed" is drawn so too, in ``eye_icon``): never stretched from a smaller one, so
it stays crisp at 100 %, 150 % and 200 %.

Qt picks the nearest picture at or above what it needs (size × device pixel ratio) and
shrinks it; one picture alone would be enlarged, blurred, on a 200 % screen."""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap

from desktop.paths import resource_path

WINDOW_SIZES = (16, 24, 32, 48, 64, 128, 256)  # resources/frontdesk-<size>.png
LARGEST = 512  # resources/frontdesk.png


class _SizedPictures(QIconEngine):
    """Pictures of one icon by side, each read from its file the first time a size asks
    for it (reading all of them before the first paint cost the built program 4 ms)."""

    def __init__(self, files: dict[int, str], pictures: dict[int, QPixmap] | None = None) -> None:
        super().__init__()
        self._files = files
        # Shared by clones: each file is read once.
        self._pictures = {} if pictures is None else pictures

    def _picture(self, wanted: int) -> QPixmap:
        """The smallest picture at least ``wanted`` pixels wide (else the largest)."""
        side = next((s for s in sorted(self._files) if s >= wanted), max(self._files))
        if side not in self._pictures:
            self._pictures[side] = QPixmap(self._files[side])
        return self._pictures[side]

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        device = QSize(math.ceil(size.width() * scale), math.ceil(size.height() * scale))
        picture = QPixmap(self._picture(max(device.width(), device.height())))  # not the kept one
        if picture.size() != device:
            picture = picture.scaled(
                device,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        picture.setDevicePixelRatio(scale)
        return picture

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, ratio))

    def availableSizes(
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        return [QSize(side, side) for side in sorted(self._files)]

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def clone(self) -> QIconEngine:
        return _keep(_SizedPictures(self._files, self._pictures))

    def key(self) -> str:
        return "frontdesk-sized-pictures"


_engines: list[QIconEngine] = []  # Qt owns an icon's engine; Python must not collect it


def _keep(engine: QIconEngine) -> QIconEngine:
    _engines.append(engine)
    return engine


def app_icon() -> QIcon:
    """The window icon: tools/make_icons.py's door at each size (and 512 px), each picture
    read when a screen first asks for its size, never stretched from a smaller one."""
    files = {size: str(resource_path(f"frontdesk-{size}.png")) for size in WINDOW_SIZES}
    files[LARGEST] = str(resource_path("frontdesk.png"))
    return QIcon(_keep(_SizedPictures(files)))
