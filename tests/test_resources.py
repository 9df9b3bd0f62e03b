"""The program's icons and Windows version resource, committed once with the tools that
make them (tools/make_icons.py, tools/make_version_info.py): still what those tools make."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from tests.helpers.tools import load_tool

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"


def _png_size(data: bytes) -> int:
    image = QImage.fromData(data, "PNG")
    assert not image.isNull()
    assert image.width() == image.height()
    return image.width()


def test_the_version_resource_is_the_packages_version() -> None:
    from desktop import __version__

    tool = load_tool("make_version_info")
    assert tool.package_version() == __version__
    assert (RESOURCES / "version_info.txt").read_text(encoding="utf-8") == tool.render(__version__)


def test_the_windows_icon_holds_every_size_as_png(qapp: QApplication) -> None:
    data = (RESOURCES / "frontdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        length, offset = struct.unpack_from("<II", data, 6 + 16 * index + 8)
        sizes.append(_png_size(data[offset : offset + length]))
    assert sizes == list(load_tool("make_icons").ICO_SIZES)


def test_the_macos_icon_holds_every_chunk_as_png(qapp: QApplication) -> None:
    data = (RESOURCES / "frontdesk.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)
    chunks, at = [], 8
    while at < len(data):
        kind, length = data[at : at + 4].decode("ascii"), struct.unpack_from(">I", data, at + 4)[0]
        chunks.append((kind, _png_size(data[at + 8 : at + length])))
        at += length
    assert chunks == list(load_tool("make_icons").ICNS_CHUNKS)


def test_the_window_icon_has_every_size_the_script_draws() -> None:
    from desktop.ui.widgets.icons import WINDOW_SIZES

    assert load_tool("make_icons").WINDOW_SIZES == WINDOW_SIZES
    for size in WINDOW_SIZES:
        assert _png_size((RESOURCES / f"frontdesk-{size}.png").read_bytes()) == size


@pytest.mark.parametrize("name", sorted(p.name for p in RESOURCES.glob("frontdesk*.png")))
def test_the_icon_is_what_the_script_draws(qapp: QApplication, name: str) -> None:
    committed = QImage(str(RESOURCES / name)).convertToFormat(QImage.Format.Format_ARGB32)
    drawn = load_tool("make_icons").render(committed.width()).convertToFormat(committed.format())
    assert drawn.size() == committed.size()
    # Equal but for rounding: a PNG stores straight alpha, Qt draws premultiplied.
    pairs = zip(bytes(drawn.constBits()), bytes(committed.constBits()), strict=True)
    assert max(abs(a - b) for a, b in pairs) <= 2
