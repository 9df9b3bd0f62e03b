"""Draw Front Desk's application icon and write it for every platform.

    python tools/make_icons.py

Renders a door with a keyhole on a calm blue rounded square, with QPainter and no
window (the offscreen platform), at each size it is shown at, so small sizes are drawn
rather than shrunk. Writes, into ``resources/``:

- ``frontdesk.png`` (512 px) and ``frontdesk-256.png``: the window icon on Linux and
  in the README; ``frontdesk-16.png`` to ``frontdesk-128.png``: the window icon's small
  sizes, drawn for each so the title bar and task bar are crisp at 100 % and 200 %;
- ``frontdesk.ico``: Windows, 16, 24, 32, 48, 64 and 256 px, each entry a PNG (Windows
  Vista and later read PNG entries; Pillow is not a dependency, and Qt's ICO writer
  writes one size only);
- ``frontdesk.icns``: macOS, PNG chunks from 16 to 1024 px (macOS 10.7 and later).

The output is the same on every run with the same Qt, so the committed files only
change when the drawing does.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QImageReader,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

RESOURCES = Path(__file__).resolve().parent.parent / "resources"

# Calm blues: the tile's top and bottom, and the keyhole.
TILE_TOP = QColor("#4A90D9")
TILE_BOTTOM = QColor("#2F6DB5")
KEYHOLE = QColor("#2A5F9E")
DOOR = QColor("#FFFFFF")

# Windows and Linux icons fill their square; macOS icons sit inside a margin, as on
# Apple's icon grid (an 824-unit tile on a 1024-unit canvas).
FULL_MARGIN = 0.03
MACOS_MARGIN = 100 / 1024

ICO_SIZES = (16, 24, 32, 48, 64, 256)
WINDOW_SIZES = (16, 24, 32, 48, 64, 128, 256)  # frontdesk-<size>.png, beside the 512 px one
# (chunk type, pixel size): PNG-capable icns types.
ICNS_CHUNKS = (
    ("icp4", 16),
    ("icp5", 32),
    ("ic11", 32),  # 16 pt at 2x
    ("icp6", 64),
    ("ic12", 64),  # 32 pt at 2x
    ("ic07", 128),
    ("ic08", 256),
    ("ic13", 256),  # 128 pt at 2x
    ("ic09", 512),
    ("ic14", 512),  # 256 pt at 2x
    ("ic10", 1024),  # 512 pt at 2x
)


def render(size: int, margin: float = FULL_MARGIN) -> QImage:
    """The icon at ``size`` pixels square, drawn on a 100-unit grid."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    inset = size * margin
    side = size - 2 * inset
    painter.translate(inset, inset)
    painter.scale(side / 100, side / 100)

    gradient = QLinearGradient(QPointF(0, 0), QPointF(0, 100))
    gradient.setColorAt(0, TILE_TOP)
    gradient.setColorAt(1, TILE_BOTTOM)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(gradient))
    painter.drawRoundedRect(QRectF(0, 0, 100, 100), 22, 22)

    # The door: a tall panel with rounded top corners, standing on a threshold.
    door = QPainterPath()
    door.addRoundedRect(QRectF(31, 18, 38, 62), 5, 5)
    door.addRect(QRectF(31, 70, 38, 10))  # square off the bottom corners
    door.setFillRule(Qt.FillRule.WindingFill)
    painter.setBrush(DOOR)
    painter.drawPath(door.simplified())
    painter.setPen(
        QPen(DOOR, 5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    )
    painter.drawLine(QPointF(21, 80), QPointF(79, 80))

    # The keyhole: a round head over a tapering slot.
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(KEYHOLE)
    painter.drawEllipse(QPointF(50, 44), 7, 7)
    slot = QPainterPath()
    slot.moveTo(46.5, 46)
    slot.lineTo(53.5, 46)
    slot.lineTo(55.5, 62)
    slot.lineTo(44.5, 62)
    slot.closeSubpath()
    painter.drawPath(slot)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 6.12's stubs say bytes, but only str works at run time.
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNGs: ICONDIR, one ICONDIRENTRY each, the images."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        png = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256
        # width, height, palette colours, reserved, colour planes, bits per pixel,
        # size of the image data, its offset from the start of the file
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def icns_bytes(chunks: list[tuple[str, bytes]]) -> bytes:
    """An icns file: 'icns' and the total length, then (type, length, data) chunks."""
    body = b"".join(
        kind.encode("ascii") + struct.pack(">I", 8 + len(data)) + data for kind, data in chunks
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def check_readable(path: Path, expected: set[int]) -> None:
    """Read a written file back with Qt's own ICO/ICNS readers and compare its sizes."""
    reader = QImageReader(str(path))
    found = set()
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read()
        if image.isNull():
            raise RuntimeError(f"{path.name}: image {index} unreadable: {reader.errorString()}")
        found.add(image.width())
    if found != expected:
        raise RuntimeError(f"{path.name}: sizes {sorted(found)}, expected {sorted(expected)}")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window, no display needed
    QGuiApplication(sys.argv[:1])
    RESOURCES.mkdir(exist_ok=True)

    (RESOURCES / "frontdesk.png").write_bytes(png_bytes(render(512)))
    for size in WINDOW_SIZES:
        (RESOURCES / f"frontdesk-{size}.png").write_bytes(png_bytes(render(size)))

    ico = RESOURCES / "frontdesk.ico"
    ico.write_bytes(ico_bytes({size: png_bytes(render(size)) for size in ICO_SIZES}))

    mac = {size: png_bytes(render(size, MACOS_MARGIN)) for _, size in ICNS_CHUNKS}
    icns = RESOURCES / "frontdesk.icns"
    icns.write_bytes(icns_bytes([(kind, mac[size]) for kind, size in ICNS_CHUNKS]))

    check_readable(ico, set(ICO_SIZES))
    check_readable(icns, {size for _, size in ICNS_CHUNKS})
    for path in sorted(RESOURCES.glob("frontdesk*")):
        print(f"{path.relative_to(RESOURCES.parent)}: {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
