"""Printable documents: HTML (Qt's rich-text subset) laid out on A4 and written as a PDF.

Qt's own text engine does the layout, so no extra dependency is needed; pictures
(charts rendered to images) are attached as resources and referred to by name in
the HTML (``<img src="chart-1">``).
"""

from __future__ import annotations

import errno
import html
from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

RESOLUTION = 300  # dots per inch: sharp text, small files


def write_pdf(
    path: Path,
    body_html: str,
    *,
    title: str,
    images: Mapping[str, QImage] | None = None,
    landscape: bool = False,
) -> int:
    """Write ``body_html`` to ``path`` as an A4 PDF, each page numbered at its foot, and
    return the page count. It is written beside ``path`` and renamed over it once whole."""
    partial = path.with_name(path.name + ".part")
    # Qt's PDF writer does not say when it cannot open its file: it paints nowhere, with a
    # "Painter not active" warning per call (thousands for a long document). So the file is
    # opened here first, and a missing or read-only folder is an OSError naming it.
    with partial.open("wb"):
        pass
    try:
        pages = _write(partial, body_html, title=title, images=images, landscape=landscape)
        partial.replace(path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return pages


def _write(
    path: Path,
    body_html: str,
    *,
    title: str,
    images: Mapping[str, QImage] | None,
    landscape: bool,
) -> int:
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("Front Desk")
    writer.setResolution(RESOLUTION)
    orientation = QPageLayout.Orientation
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            orientation.Landscape if landscape else orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.documentLayout().setPaintDevice(writer)  # fonts sized for the page, not the screen
    for name, image in (images or {}).items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(body_html)
    paint = writer.pageLayout().paintRectPixels(writer.resolution())
    footer = writer.resolution() // 3  # a third of an inch under the text for "page k of n"
    page = QSizeF(paint.width(), paint.height() - footer)
    document.setPageSize(page)
    pages = document.pageCount()
    painter = QPainter(writer)
    if not painter.isActive():
        raise OSError(errno.EIO, "Qt could not write the PDF", str(path))
    try:
        for number in range(pages):
            if number:
                writer.newPage()
            top = number * page.height()
            painter.save()
            painter.translate(0, -top)
            document.drawContents(painter, QRectF(0, top, page.width(), page.height()))
            painter.restore()
            painter.drawText(
                QRectF(0, page.height(), page.width(), footer),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                f"{title} · page {number + 1} of {pages}",
            )
    finally:
        painter.end()
    return pages


def table_html(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A plain bordered table; every cell is escaped."""
    head = "".join(f"<th align='left'>{html.escape(str(cell))}</th>" for cell in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(cell))}</td>" for cell in row) + "</tr>"
        for row in rows
    )
    return (
        "<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )
