"""Highlights, find marks and dragged selections land on the word as the page is shown.

PDFium gives text boxes in the page's raw user space; pages turned by ``/Rotate``, pages whose
CropBox does not start at 0, 0 and documents the member turned must still get the yellow on the
word the member sees. Where the word is shown is asked of PDFium itself (``FPDF_PageToDevice``,
which honours ``/Rotate``, the CropBox and an extra turn) and checked against the rendered ink.
"""

from __future__ import annotations

import ctypes
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import RectangleObject
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas as pdf_canvas

from app.ui.page_cache import document_key
from app.ui.page_view import PageView

WORD = "Perle"
LINE = "Havnens Perle ved Kongeruten"
OTHER = "Anlaegsbevilling til stier"


def _pdf(tmp_path: Path) -> Path:
    """Page 1: /Rotate 90 over upright text (a scan filed sideways: its lines run down the page as shown).
    Page 2: /Rotate 270 over text drawn turned, so it reads upright as shown. Page 3: CropBox [50 80 500 700].
    Page 4: /Rotate 180 (upside down: its lines run leftwards as shown)."""
    plain = tmp_path / "plain.pdf"
    c = pdf_canvas.Canvas(str(plain), pagesize=A4)
    for number in range(4):
        c.setFont("Helvetica", 14)
        if number == 1:
            c.saveState()
            c.translate(300, 700)
            c.rotate(-90)
            c.drawString(0, 0, LINE)
            c.drawString(0, -120, OTHER)
            c.restoreState()
        else:
            c.drawString(120, 400, LINE)
            c.drawString(120, 250, OTHER)
        c.showPage()
    c.save()
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.pages[0].rotate(90)
    writer.pages[1].rotate(270)
    writer.pages[2].cropbox = RectangleObject([50, 80, 500, 700])
    writer.pages[3].rotate(180)
    out = tmp_path / "sider.pdf"
    with out.open("wb") as handle:
        writer.write(handle)
    return out


def _shown_word(pdf: Path, index: int, rotation: int) -> tuple[float, float, float, float]:
    """Where PDFium puts WORD on page ``index`` turned a further ``rotation`` degrees: points from the top-left."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    document = pdfium.PdfDocument(str(pdf))
    page = document[index]
    textpage = page.get_textpage()
    try:
        start, count = textpage.search(WORD, match_case=True).get_next()
        width, height = page.get_size()
        if rotation in (90, 270):
            width, height = height, width
        fine = 100  # device units a point: FPDF_PageToDevice answers in whole units
        xs: list[float] = []
        ys: list[float] = []
        for i in range(start, start + count):
            left, bottom, right, top = textpage.get_charbox(i)
            for x, y in ((left, bottom), (right, top)):
                dx, dy = ctypes.c_int(), ctypes.c_int()
                raw.FPDF_PageToDevice(page, 0, 0, round(width * fine), round(height * fine), rotation // 90,
                                      x, y, ctypes.byref(dx), ctypes.byref(dy))  # fmt: skip
                xs.append(dx.value / fine)
                ys.append(dy.value / fine)
        return min(xs), min(ys), max(xs), max(ys)
    finally:
        textpage.close()
        page.close()
        document.close()


def _view(qtbot, pdf: Path, page: int, rotation: int) -> PageView:  # type: ignore[no-untyped-def]
    view = PageView()
    qtbot.addWidget(view)
    view.resize(900, 1000)
    view.show()
    view.rotations[pdf.name] = rotation
    view.show_document(pdf, page)
    qtbot.waitUntil(lambda: len(view.canvas.sizes) == 4 and view.current_page() == page, timeout=15000)
    assert view.canvas.rotation == rotation  # the member's remembered turn
    view.set_annotatable(True)
    return view


def _content_rect(view: PageView, index: int, box: tuple[float, float, float, float]) -> QRectF:
    """A box in points on the page as shown (turned) as content pixels."""
    rect, s = view.canvas.page_rect(index), view.canvas.scale()
    return QRectF(rect.left() + box[0] * s, rect.top() + box[1] * s, (box[2] - box[0]) * s, (box[3] - box[1]) * s)


def _ink(view: PageView, qtbot, index: int, box: tuple[float, float, float, float]) -> float:  # type: ignore[no-untyped-def]
    """The share of dark pixels of the rendered page under ``box`` (points on the page as shown)."""
    canvas = view.canvas

    def key() -> tuple[str, int, int]:  # the layout may still settle: the width asked for now
        return document_key(canvas.path, canvas.rotation), index, canvas.render_width(index)

    qtbot.waitUntil(lambda: canvas.cache.get(key()) is not None, timeout=15000)
    image: QImage = canvas.cache.get(key())
    page, area = canvas.page_rect(index), _content_rect(view, index, box)
    fx, fy = image.width() / page.width(), image.height() / page.height()
    x0, y0 = int((area.left() - page.left()) * fx), int((area.top() - page.top()) * fy)
    x1, y1 = int((area.right() - page.left()) * fx), int((area.bottom() - page.top()) * fy)
    dark = total = 0
    for y in range(max(0, y0), min(image.height(), y1)):
        for x in range(max(0, x0), min(image.width(), x1)):
            total += 1
            dark += image.pixelColor(x, y).lightness() < 128
    return dark / max(total, 1)


def _near(a: QRectF, b: QRectF, tolerance: float) -> bool:
    return all(abs(p - q) <= tolerance for p, q in ((a.left(), b.left()), (a.top(), b.top()),
                                                      (a.right(), b.right()), (a.bottom(), b.bottom())))  # fmt: skip


@pytest.mark.parametrize(
    ("page", "rotation"),
    [(1, 0), (2, 0), (3, 0), (4, 0), (1, 270), (3, 90)],
    ids=[
        "rotate-90",
        "rotate-270",
        "cropbox-offset",
        "rotate-180",
        "rotate-90-member-turned-left",
        "cropbox-member-turned-right",
    ],
)
def test_the_dragged_word_is_quoted_and_marked_where_it_is_shown(qtbot, tmp_path: Path, page: int,
                                                                  rotation: int) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    pdf = _pdf(tmp_path)
    index = page - 1
    word = _shown_word(pdf, index, rotation)
    view = _view(qtbot, pdf, page, rotation)
    canvas = view.canvas
    try:
        # The word as rendered is where PDFium says.
        assert _ink(view, qtbot, index, word) > 0.1
        expected = _content_rect(view, index, word)

        # Dragging over the middle of the shown word (its letters' middles) quotes exactly that word.
        quotes: list[tuple[str, int]] = []
        view.quote_selected.connect(lambda _path, number, exact, _prefix, _suffix: quotes.append((exact, number)))
        inner = expected.adjusted(expected.width() * 0.25, expected.height() * 0.1,
                                  -expected.width() * 0.25, -expected.height() * 0.1)  # fmt: skip
        dx, dy = canvas.horizontalScrollBar().value(), canvas.verticalScrollBar().value()
        canvas.select_area(inner.toRect().translated(-dx, -dy).normalized())
        qtbot.waitUntil(lambda: bool(quotes), timeout=15000)
        assert quotes == [(WORD, page)]

        # The stored highlight (found again from its quote) is drawn over the word, at this zoom and another.
        view.set_highlights(str(pdf), [(page, WORD, "#ffd400")])
        qtbot.waitUntil(lambda: bool(canvas.highlights.get(index)), timeout=15000)
        ((box, _color),) = canvas.highlights[index]
        tolerance = 1.5 * canvas.scale()  # points of glyph rounding, in pixels
        assert _near(canvas.view_box(index, box), _content_rect(view, index, word), tolerance)
        view.zoom_in()
        assert _near(canvas.view_box(index, box), _content_rect(view, index, word), 1.5 * canvas.scale())

        # Find in the open PDF (Ctrl+F) and a search's hits mark the same place.
        view.find_bar.open_bar()
        view.find_bar.field.setText(WORD)
        qtbot.keyClick(view.find_bar.field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: canvas.found_current is not None, timeout=15000)
        found_index, found_boxes = canvas.found_current
        assert found_index == index and len(found_boxes) == 1
        shown = canvas.view_box(index, found_boxes[0])
        assert _near(shown, _content_rect(view, index, word), 1.5 * canvas.scale())
        view.find_bar.close_bar()
        view.mark_hits([WORD.lower()], page)
        qtbot.waitUntil(lambda: bool(canvas.found.get(index)), timeout=15000)
        (hit,) = canvas.found[index]
        assert _near(canvas.view_box(index, hit), _content_rect(view, index, word), 1.5 * canvas.scale())
    finally:
        canvas.renderer.stop()


@pytest.mark.parametrize("page", [1, 4], ids=["sideways", "upside-down"])
def test_a_dragged_line_on_a_turned_page_is_one_quote_with_one_mark(qtbot, tmp_path: Path, page: int) -> None:  # type: ignore[no-untyped-def]
    """Shown sideways the line runs down the screen, upside down it runs leftwards: dragging along it
    quotes the whole line, and its highlight is one mark along the line, not one a letter."""
    pdf = _pdf(tmp_path)
    index = page - 1
    view = _view(qtbot, pdf, page, 0)
    canvas = view.canvas
    try:
        quotes: list[str] = []
        view.quote_selected.connect(lambda _path, _number, exact, _p, _s: quotes.append(exact))
        word = _shown_word(pdf, index, 0)
        assert _ink(view, qtbot, index, word) > 0.1  # rendered and laid out
        shown, sheet = _content_rect(view, index, word), QRectF(canvas.page_rect(index))
        down = page == 1
        # The whole line, from "Havnens" to "Kongeruten": the word's band across the whole page.
        if down:
            band = QRectF(shown.left() + 1, sheet.top() + 5, shown.width() - 2, sheet.height() - 10)
        else:
            band = QRectF(sheet.left() + 5, shown.top() + 1, sheet.width() - 10, shown.height() - 2)
        dx, dy = canvas.horizontalScrollBar().value(), canvas.verticalScrollBar().value()
        canvas.select_area(band.toRect().translated(-dx, -dy))
        qtbot.waitUntil(lambda: bool(quotes), timeout=15000)
        assert quotes == [LINE]
        view.set_highlights(str(pdf), [(page, LINE, "#ffd400")])
        qtbot.waitUntil(lambda: bool(canvas.highlights.get(index)), timeout=15000)
        ((box, _color),) = canvas.highlights[index]
        mark, slack = canvas.view_box(index, box), 1.5 * canvas.scale()
        assert mark.contains(shown.adjusted(slack, slack, -slack, -slack))
        along, across = (mark.height(), mark.width()) if down else (mark.width(), mark.height())
        assert along > 5 * across
    finally:
        canvas.renderer.stop()


def test_the_briefings_quad_points_stay_in_the_pages_own_user_space(tmp_path: Path) -> None:
    """The briefing copies the bilag page with its /Rotate and CropBox and marks it in raw user space:
    the quote's box there is the union of PDFium's raw character boxes, on every kind of page."""
    import pypdfium2 as pdfium

    from app.services.workers.page_render import quote_boxes

    document = pdfium.PdfDocument(str(_pdf(tmp_path)))
    try:
        for index in range(4):
            textpage = document[index].get_textpage()
            start, count = textpage.search(WORD, match_case=True).get_next()
            raw = [textpage.get_charbox(i) for i in range(start, start + count)]
            textpage.close()
            union = (min(b[0] for b in raw), min(b[1] for b in raw), max(b[2] for b in raw), max(b[3] for b in raw))
            ((box,),) = quote_boxes(document, index, [(WORD, "Havnens ", " ved")])
            assert all(abs(a - b) < 0.01 for a, b in zip(box, union))
    finally:
        document.close()
