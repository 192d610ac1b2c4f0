"""A bilag page appended to the briefing: placed in a frame on a briefing page, with the member's highlights.

The bilag's own page is kept as a PDF page (its text stays text, nothing is turned into a picture).
It is laid on a page of the briefing's paper — portrait or landscape, as the bilag page shows — scaled
down just enough to leave a band above it for the header (meeting, item, bilag) and one below it for
the briefing's "Side N af M". Its ``/Rotate`` and CropBox are taken into the placement, so the page
stands upright, shows what a viewer would show of it, and nothing outside its CropBox shows through.

The header and footer are drawn by Qt with the briefing's own pages (:mod:`app.export.briefing`) and
laid over the bilag page as a form XObject; the bilag's content streams are left untouched (no parsing,
no re-encoding of untrusted content).

Each highlight the member made on the page becomes a real ``/Highlight`` annotation: its
``/QuadPoints`` are the line boxes PDFium found for the quote (in the bilag page's user space) carried
through the same placement, ``/C`` its colour, ``/Contents`` the member's comment (else the quote) and
``/T`` the app. An appearance stream (multiply blend, as Acrobat writes them) makes every viewer draw it.

Qt-free: pypdf only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pypdf import PageObject, PdfWriter

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in points, y upwards
Matrix = tuple[float, float, float, float, float, float]  # a b c d e f, as a PDF "cm"

PAPER = {"A4": (595.276, 841.89), "Letter": (612.0, 792.0)}  # portrait, in points
SIDE = 28.0  # ≈ 10 mm left and right of the placed page
TOP = 56.0  # ≈ 20 mm above it: the header (bilag; meeting and item)
BOTTOM = 34.0  # ≈ 12 mm below it: "Side N af M"
HEADER_NAME = "/MmBriefingHeader"  # the header's form XObject in the page's resources
YELLOW = "#fff176"
APP = "Mødemappe"
_HEX = re.compile(r"#[0-9a-fA-F]{6}")


@dataclass(frozen=True)
class Placement:
    """Where one bilag page stands on its briefing page.

    Attributes:
        size: the briefing page, (width, height) in points.
        matrix: the bilag page's user space → the briefing page (rotation, scale, shift).
        frame: the placed page's visible area on the briefing page, (x0, y0, x1, y1), y upwards.
        clip: the bilag page's visible area (its CropBox) in its own user space.
    """

    size: tuple[float, float]
    matrix: Matrix
    frame: Box
    clip: Box


def placement(page: PageObject, paper: str = "A4", turn: int = 0) -> Placement:
    """How ``page`` (a bilag page as read by pypdf) is placed: upright, whole, as large as the bands allow.

    ``turn`` is the member's own turn of the document in the page view (clockwise degrees, on top of
    the page's ``/Rotate``): a scan filed sideways is printed the way the member reads it.
    """
    x0, y0, x1, y1 = (float(v) for v in page.cropbox)
    x0, x1 = min(x0, x1), max(x0, x1)
    y0, y1 = min(y0, y1), max(y0, y1)
    rotation = ((int(page.rotation or 0) + int(turn)) // 90 * 90) % 360
    # (u, v) = the page as a viewer shows it (after /Rotate, clockwise), origin at its lower left.
    upright: Matrix = {
        0: (1.0, 0.0, 0.0, 1.0, -x0, -y0),
        90: (0.0, -1.0, 1.0, 0.0, -y0, x1),
        180: (-1.0, 0.0, 0.0, -1.0, x1, y1),
        270: (0.0, 1.0, -1.0, 0.0, y1, -x0),
    }[rotation]
    width, height = (y1 - y0, x1 - x0) if rotation in (90, 270) else (x1 - x0, y1 - y0)
    short, long = PAPER.get(paper, PAPER["A4"])
    size = (long, short) if width > height else (short, long)
    room_w, room_h = size[0] - 2 * SIDE, size[1] - TOP - BOTTOM
    scale = min(1.0, room_w / max(width, 1.0), room_h / max(height, 1.0))
    left = (size[0] - width * scale) / 2  # centred across
    bottom = BOTTOM + (room_h - height * scale)  # right under the header
    a, b, c, d, e, f = upright
    matrix: Matrix = (a * scale, b * scale, c * scale, d * scale, e * scale + left, f * scale + bottom)
    return Placement(size, matrix, (left, bottom, left + width * scale, bottom + height * scale), (x0, y0, x1, y1))


def apply(matrix: Matrix, box: Box) -> Box:
    """A box through ``matrix`` (quarter turns, scale, shift): the box it becomes, as (x0, y0, x1, y1)."""
    a, b, c, d, e, f = matrix
    xs, ys = [], []
    for x, y in ((box[0], box[1]), (box[2], box[3]), (box[0], box[3]), (box[2], box[1])):
        xs.append(a * x + c * y + e)
        ys.append(b * x + d * y + f)
    return min(xs), min(ys), max(xs), max(ys)


def place(writer: PdfWriter, page: PageObject, where: Placement, header: PageObject) -> None:
    """Turn ``page`` (already added to ``writer``) into its briefing page: the bilag page placed and
    clipped, ``header`` (a page of the Qt-made briefing, same size) laid over it."""
    from pypdf.generic import (
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        NumberObject,
        RectangleObject,
    )

    def stream(data: bytes) -> object:
        obj = DecodedStreamObject()
        obj.set_data(data)
        return writer._add_object(obj)  # pypdf's way to register a new object

    a, b, c, d, e, f = (_num(v) for v in where.matrix)
    cx0, cy0, cx1, cy1 = where.clip
    before = f"q {a} {b} {c} {d} {e} {f} cm {_num(cx0)} {_num(cy0)} {_num(cx1 - cx0)} {_num(cy1 - cy0)} re W n\n"
    contents = page.get("/Contents")
    resolved = contents.get_object() if contents is not None else None
    parts = list(resolved) if isinstance(resolved, ArrayObject) else [contents] if contents is not None else []
    # The header as a form XObject: its own resources, drawn last, outside the bilag's graphics state.
    form = DecodedStreamObject()
    drawn = header.get_contents()
    form.set_data(drawn.get_data() if drawn is not None else b"")
    form.update({
        NameObject("/Type"): NameObject("/XObject"),
        NameObject("/Subtype"): NameObject("/Form"),
        NameObject("/BBox"): RectangleObject([0, 0, where.size[0], where.size[1]]),
        NameObject("/Resources"): header.get("/Resources", DictionaryObject()).clone(writer),
    })  # fmt: skip
    form_ref = writer._add_object(form.flate_encode())
    page[NameObject("/Contents")] = ArrayObject(
        [stream(before.encode()), *parts, stream(f"\nQ q {HEADER_NAME} Do Q\n".encode())]
    )
    resources = DictionaryObject(page.get("/Resources", DictionaryObject()).get_object())  # a copy: pages share them
    xobjects = DictionaryObject(resources.get("/XObject", DictionaryObject()).get_object())
    xobjects[NameObject(HEADER_NAME)] = form_ref
    resources[NameObject("/XObject")] = xobjects
    page[NameObject("/Resources")] = resources
    for key in ("/CropBox", "/BleedBox", "/TrimBox", "/ArtBox", "/UserUnit"):
        if key in page:
            del page[key]
    page[NameObject("/MediaBox")] = RectangleObject([0, 0, where.size[0], where.size[1]])
    page[NameObject("/Rotate")] = NumberObject(0)
    # The page's own annotations (links, form fields, a reader's notes) move with it.
    moved = ArrayObject()
    for ref in page.get("/Annots", None) or []:
        annotation = ref.get_object()
        if not isinstance(annotation, DictionaryObject) or "/Rect" not in annotation:
            continue
        copy = DictionaryObject(annotation)
        for key in ("/P", "/Popup", "/Parent"):
            copy.pop(NameObject(key), None)
        try:
            copy[NameObject("/Rect")] = RectangleObject(apply(where.matrix, _box(annotation["/Rect"])))
            if "/QuadPoints" in annotation:
                copy[NameObject("/QuadPoints")] = ArrayObject(FloatObject(v) for v in _quads(
                    [_quad_box(q) for q in _chunks(annotation["/QuadPoints"])], where, pad=False))  # fmt: skip
        except (TypeError, ValueError, IndexError):
            continue  # an annotation with a broken rectangle is left out
        moved.append(writer._add_object(copy))
    if moved:
        page[NameObject("/Annots")] = moved
    elif "/Annots" in page:
        del page["/Annots"]


def add_highlight(writer: PdfWriter, page: PageObject, where: Placement, boxes: list[Box], *, color: str = YELLOW,
                  contents: str = "", name: str = "", created: str = "") -> None:  # fmt: skip
    """A ``/Highlight`` annotation over ``boxes`` (line boxes in the bilag page's user space) on ``page``."""
    from pypdf.generic import (
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        NumberObject,
        RectangleObject,
        TextStringObject,
    )

    if not boxes:
        return
    quads = _quads(boxes, where)
    placed = [apply(where.matrix, _padded(box)) for box in boxes]
    rect = (min(b[0] for b in placed), min(b[1] for b in placed), max(b[2] for b in placed), max(b[3] for b in placed))
    red, green, blue = _rgb(color)
    fills = "".join(f"{_num(x0)} {_num(y0)} {_num(x1 - x0)} {_num(y1 - y0)} re f\n" for x0, y0, x1, y1 in placed)
    look = DecodedStreamObject()
    look.set_data(f"/GS0 gs {_num(red)} {_num(green)} {_num(blue)} rg\n{fills}".encode())
    look.update({
        NameObject("/Type"): NameObject("/XObject"),
        NameObject("/Subtype"): NameObject("/Form"),
        NameObject("/BBox"): RectangleObject(rect),
        NameObject("/Resources"): DictionaryObject({NameObject("/ExtGState"): DictionaryObject({
            NameObject("/GS0"): DictionaryObject({NameObject("/Type"): NameObject("/ExtGState"),
                                                  NameObject("/BM"): NameObject("/Multiply")})})}),
    })  # fmt: skip
    annotation = DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"),
        NameObject("/Subtype"): NameObject("/Highlight"),
        NameObject("/Rect"): RectangleObject(rect),
        NameObject("/QuadPoints"): ArrayObject(FloatObject(v) for v in quads),
        NameObject("/C"): ArrayObject([FloatObject(red), FloatObject(green), FloatObject(blue)]),
        NameObject("/F"): NumberObject(4),  # printed
        NameObject("/T"): TextStringObject(APP),
        NameObject("/Contents"): TextStringObject(contents),
        NameObject("/AP"): DictionaryObject({NameObject("/N"): writer._add_object(look)}),
        NameObject("/P"): page.indirect_reference,
    })  # fmt: skip
    if name:
        annotation[NameObject("/NM")] = TextStringObject(name)
    if _pdf_date(created):
        annotation[NameObject("/M")] = TextStringObject(_pdf_date(created))
    annots = page.get("/Annots")
    annots = ArrayObject(annots.get_object()) if annots is not None else ArrayObject()
    annots.append(writer._add_object(annotation))
    page[NameObject("/Annots")] = annots


def _quads(boxes: list[Box], where: Placement, *, pad: bool = True) -> list[float]:
    """QuadPoints of the placed boxes, corner order as Acrobat writes them: upper left, upper right,
    lower left, lower right."""
    points: list[float] = []
    for box in boxes:
        x0, y0, x1, y1 = apply(where.matrix, _padded(box) if pad else box)
        points += [x0, y1, x1, y1, x0, y0, x1, y0]
    return points


def _padded(box: Box) -> Box:
    """A line box from glyph outlines, a little taller so the mark covers the line as a pen would."""
    x0, y0, x1, y1 = box
    pad = max(0.5, (y1 - y0) * 0.12)
    return x0, y0 - pad, x1, y1 + pad


def _box(value: object) -> Box:
    x0, y0, x1, y1 = (float(v) for v in value)  # type: ignore[attr-defined]  # a PDF array of 4 numbers
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


def _chunks(values: object) -> list[list[float]]:
    numbers = [float(v) for v in values]  # type: ignore[attr-defined]  # a PDF array of numbers
    return [numbers[i : i + 8] for i in range(0, len(numbers) - 7, 8)]


def _quad_box(quad: list[float]) -> Box:
    xs, ys = quad[0::2], quad[1::2]
    return min(xs), min(ys), max(xs), max(ys)


def _rgb(color: str) -> tuple[float, float, float]:
    color = color if _HEX.fullmatch(color or "") else YELLOW
    return tuple(int(color[i : i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]  # three channels


def _num(value: float) -> str:
    """A number as PDF content writes it (no exponent, few decimals)."""
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def _pdf_date(iso: str) -> str:
    """ "2026-12-03T10:20:30…" as a PDF date "D:20261203102030"."""
    digits = re.sub(r"\D", "", iso)[:14]
    return f"D:{digits}" if len(digits) >= 8 else ""
