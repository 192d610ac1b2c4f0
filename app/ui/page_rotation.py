"""Turning a page in the view: boxes between the PDF page's own coordinates and the turned page's.

The renderer's child reports text boxes in points from the page's top-left as the PDF shows it
(after its own ``/Rotate``, inside its CropBox: ``PageSpace`` in :mod:`app.services.workers.page_render`).
When the member turns a document (a scan filed sideways), the page is rendered
turned and every box painted on it — highlights, search hits, the found text — must turn with
it; a rectangle dragged on the turned page must turn back before PDFium reads the text in it.
Rotations are clockwise in degrees: 0, 90, 180 or 270.
"""

from __future__ import annotations

Box = tuple[float, float, float, float]  # x0, top, x1, bottom in points


def normal(rotation: int) -> int:
    """Any number of quarter turns as 0, 90, 180 or 270."""
    return (round(rotation / 90) * 90) % 360


def turned_size(size: tuple[float, float], rotation: int) -> tuple[float, float]:
    """The page's (width, height) once turned."""
    width, height = size
    return (height, width) if normal(rotation) in (90, 270) else (width, height)


def to_view(box: Box, size: tuple[float, float], rotation: int) -> Box:
    """A box on the unturned page (``size`` = its width, height) as a box on the turned page."""
    x0, top, x1, bottom = box
    width, height = size
    rotation = normal(rotation)
    if rotation == 90:
        return height - bottom, x0, height - top, x1
    if rotation == 180:
        return width - x1, height - bottom, width - x0, height - top
    if rotation == 270:
        return top, width - x1, bottom, width - x0
    return box


def from_view(box: Box, size: tuple[float, float], rotation: int) -> Box:
    """A box on the turned page back on the unturned page (``size`` = the unturned width, height)."""
    u0, v0, u1, v1 = box
    width, height = size
    rotation = normal(rotation)
    if rotation == 90:
        return v0, height - u1, v1, height - u0
    if rotation == 180:
        return width - u1, height - v1, width - u0, height - v0
    if rotation == 270:
        return width - v1, u0, width - v0, u1
    return box
