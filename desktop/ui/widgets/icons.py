"""The window's icon, with a picture for every size a screen may ask (the eye of "Show
what is typed" is drawn so too, in ``eye_icon``): never stretched from a smaller one, so
it stays crisp at 100 %, 150 % and 200 %.

Qt picks the nearest picture at or above what it needs (size × device pixel ratio) and
shrinks it; one picture alone would be enlarged, blurred, on a 200 % screen."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QPixmap

from desktop.paths import resource_path

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
