"""The original inside the app: PDFium pages rendered in the child process, shown beside the item.

Every check is one a member would notice: the page shown is the one with the item's heading
(also when the heading stands at the foot of a page), moving between items moves the page,
a damaged PDF or a dead renderer costs one line and not the window, and a missing system
viewer is said in the window.
"""

from __future__ import annotations

import os
import re
import signal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from app.parsing import parse_file
from app.services.library.importer import import_file
from app.services.notes.annotations import AnnotationService
from app.services.pages import PageRenderer, heading_probe, original_of_item
from app.services.settings import Settings
from app.storage.annotations import AnnotationStore
from app.storage.library import Library
from app.ui.main_window import MainWindow
from app.ui.page_view import BACKGROUND, PageView
from tests import real_docs
from tests.conftest import SEEDS
from tests.helpers.pdf_builder import build_pdf


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).lower()


def heading_pages(pdf: Path, headings: list[tuple[str, str]]) -> list[int]:
    """Independently of the parser: the page where each (number, title) heading stands, by pypdf.

    A heading is its number and its title's first words ("5. KL's …", "Punkt 5: …", "1.2 …"),
    so a mention of the title in another item's text does not count. Headings are searched in
    order, each from the previous one's page on, and a contents page (naming most headings at
    once) is passed over.
    """
    texts = [_norm(p.extract_text() or "") for p in PdfReader(pdf).pages]
    titles = [_norm(t) for _n, t in headings]
    contents = {i for i, t in enumerate(texts) if len(titles) >= 4 and sum(k in t for k in titles) > len(titles) // 2}
    found, start = [], 0
    for number, title in headings:
        title = _norm(title)
        keys = [f"{number}. {title}", f"{number} {title}", f"punkt {number}: {title}", f"punkt {number} {title}"]
        page = next(i for i in range(start, len(texts)) if i not in contents and any(k in texts[i] for k in keys))
        found.append(page + 1)
        start = page
    return found


def _seed_pdf(tmp_path: Path, text: str, name: str = "referat.pdf") -> Path:
    path = tmp_path / name
    build_pdf(text, path, header="Udvalget for Job & Arbejdsmarked — referat")
    return path


def _window(qtbot, tmp_path: Path, *pdfs: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    library = Library(tmp_path / "profile")
    for pdf in pdfs:
        import_file(library, pdf)
    service = AnnotationService(AnnotationStore(tmp_path / "profile"), library)
    window = MainWindow(library, Settings(tmp_path / "profile"), service)
    window.setProperty("no_open", True)
    qtbot.addWidget(window)
    window.resize(1360, 860)
    window.show()
    return window


def _wait_for_page(qtbot, view: PageView, page: int) -> None:  # type: ignore[no-untyped-def]
    def shown() -> None:
        assert view.canvas.sizes, "the document's page sizes have not arrived"
        assert view.current_page() == page
        index = page - 1
        assert view.canvas.cache.get((view.current_path(), index, view.canvas.render_width(index))) is not None

    qtbot.waitUntil(shown, timeout=15000)


def _close(window: MainWindow) -> None:
    window.close()


def test_the_renderer_draws_a_page_and_reports_a_damaged_pdf(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf = _seed_pdf(tmp_path, SEEDS["lejre_2020"].read_text(encoding="utf-8"))
    renderer = PageRenderer()
    try:
        with qtbot.waitSignal(renderer.document_opened, timeout=15000) as opened:
            renderer.open(str(pdf))
        sizes = opened.args[1]
        assert len(sizes) == len(PdfReader(pdf).pages)
        assert round(sizes[0][0]) == 595  # A4 in points
        with qtbot.waitSignal(renderer.page_rendered, timeout=15000) as rendered:
            renderer.want(str(pdf), [0], 600)
        _path, index, width, height, stride, data = rendered.args
        assert (index, width) == (0, 600) and height > 800 and len(data) == stride * height
        assert min(data) < 100 < 250 < max(data)  # ink on white paper, not a blank sheet
        broken = tmp_path / "broken.pdf"
        broken.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 100)
        with qtbot.waitSignal(renderer.failed, timeout=15000) as failed:
            renderer.open(str(broken))
        assert failed.args[0] == str(broken)
        # The child survives a bad file and keeps rendering.
        with qtbot.waitSignal(renderer.page_rendered, timeout=15000):
            renderer.want(str(pdf), [1], 300)
    finally:
        renderer.stop()


@pytest.mark.torture
def test_a_killed_renderer_is_restarted_on_the_next_request(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf = _seed_pdf(tmp_path, SEEDS["lejre_2020"].read_text(encoding="utf-8"))
    renderer = PageRenderer()
    try:
        renderer.start()
        pid = renderer._process.pid
        os.kill(pid, signal.SIGKILL)
        renderer._process.join(5)
        qtbot.wait(50)  # the pipe's end is noticed by the socket notifier
        with qtbot.waitSignal(renderer.document_opened, timeout=15000):
            renderer.open(str(pdf))
        assert renderer._process.pid != pid
        # Killed while it owes an answer: the page is reported failed, and the next one renders.
        renderer.want(str(pdf), [0], 400)
        os.kill(renderer._process.pid, signal.SIGKILL)
        with qtbot.waitSignals([renderer.page_rendered, renderer.failed], timeout=15000, raising=False):
            pass
        with qtbot.waitSignal(renderer.page_rendered, timeout=15000):
            renderer.want(str(pdf), [1], 400)
    finally:
        renderer.stop()


def test_the_original_tab_shows_the_items_page_and_follows_the_selection(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = SEEDS["lejre_2020"].read_text(encoding="utf-8")
    pdf = _seed_pdf(tmp_path, text)
    meeting = parse_file(pdf)
    window = _window(qtbot, tmp_path, pdf)
    try:
        meeting_id = window.library.meetings()[0].meeting_id
        items = [i for i in meeting.items if i.source_page and i.source_page > 1]
        first, second = items[0], items[-1]
        assert first.source_page != second.source_page
        window.select(f"{meeting_id}:{first.number}")
        window.main_actions.open_original_action.trigger()
        view = window.centre.page_view
        assert window.centre.currentWidget() is view
        _wait_for_page(qtbot, view, first.source_page)
        assert view.page_count.text() == f"af {len(PdfReader(pdf).pages)}"
        qtbot.waitUntil(lambda: bool(view.canvas.marks), timeout=15000)  # the heading is marked
        window.select(f"{meeting_id}:{second.number}")
        _wait_for_page(qtbot, view, second.source_page)
        # Page down moves one page; zoom changes the scale and keeps the page.
        view.canvas.setFocus()
        qtbot.keyClick(view.canvas, Qt.Key.Key_PageDown)
        assert view.current_page() == min(second.source_page + 1, len(view.canvas.sizes))
        before = view.canvas.scale()
        window.main_actions.zoom_in_action.trigger()
        assert view.canvas.scale() > before and not view.canvas.fit_width
        view.fit_width()
        assert view.canvas.fit_width
        # Ctrl+Shift+O again: back to the structured item.
        window.main_actions.open_original_action.trigger()
        assert window.centre.currentWidget() is window.view
    finally:
        _close(window)


def test_a_heading_at_the_foot_of_a_page_opens_that_page(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seed = SEEDS["lejre_2020"].read_text(encoding="utf-8")
    marker = "## **Punkt 3: JA - Dialogtema om integration**"
    assert marker in seed
    heading = "Punkt 3: JA - Dialogtema om integration"
    pdf = None
    for filler in range(0, 70):
        lines = "".join(f"Bemærkning {k}.\n\n" for k in range(filler))
        candidate = _seed_pdf(tmp_path, seed.replace(marker, lines + marker), f"foot{filler}.pdf")
        texts = [p.extract_text() or "" for p in PdfReader(candidate).pages]
        page = next(i for i, t in enumerate(texts) if heading in t and "....." not in t.split(heading)[1][:8])
        after = texts[page].split(heading, 1)[1]
        if not re.sub(r"Side \d+ af \d+", "", after).strip():  # nothing of the item below its heading
            pdf = candidate
            break
    assert pdf is not None, "no layout put the heading at the foot of a page"
    meeting = parse_file(pdf)
    item = next(i for i in meeting.items if i.number == "3")
    assert item.source_page == page + 1
    assert item.source_page == heading_pages(pdf, [("3", "JA - Dialogtema om integration")])[0]
    window = _window(qtbot, tmp_path, pdf)
    try:
        meeting_id = window.library.meetings()[0].meeting_id
        window.select(f"{meeting_id}:3")
        window.centre.show_original()
        view = window.centre.page_view
        _wait_for_page(qtbot, view, page + 1)
        # Scrolled down to the heading itself, which is marked at the foot of the page.
        qtbot.waitUntil(lambda: bool(view.canvas.marks.get(page)), timeout=15000)
        box = view.canvas.marks[page][0]
        assert box[1] > 0.7 * view.canvas.sizes[page][1]
        assert view.canvas.verticalScrollBar().value() > view.canvas.page_rect(page).top()
    finally:
        _close(window)


def test_a_meeting_imported_from_text_says_there_are_no_pages(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, tmp_path, SEEDS["soenderborg_2019"])
    try:
        window.select_first_item()
        window.centre.show_original()
        view = window.centre.page_view
        assert view.message.isVisible() and "tekstfil" in view.message.text()
        assert original_of_item(window.library, window._current_id)[0] is None
    finally:
        _close(window)


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_without_a_system_viewer_the_window_says_so(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf = _seed_pdf(tmp_path, SEEDS["lejre_2020"].read_text(encoding="utf-8"))
    window = _window(qtbot, tmp_path, pdf)
    try:
        window.select_first_item()
        # The offscreen platform has no desktop services: exactly the machine without a viewer.
        window.main_actions.open_external_action.trigger()
        assert "ingen PDF-fremviser" in window.statusBar().currentMessage()
    finally:
        _close(window)


REAL_MEETINGS = real_docs.glob("*referat*.pdf") + real_docs.glob("*_punkt*.pdf")


@pytest.mark.real_docs
@pytest.mark.parametrize("pdf", REAL_MEETINGS, ids=[p.name for p in REAL_MEETINGS])
def test_every_real_items_page_is_where_its_heading_stands(pdf: Path) -> None:
    meeting = parse_file(pdf)
    assert meeting.items
    probes = [(i.number, heading_probe(i.title)) for i in meeting.items]
    assert [i.source_page for i in meeting.items] == heading_pages(pdf, probes)


@pytest.mark.real_docs
def test_the_real_ballerup_referat_opens_at_each_items_page(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf = real_docs.path("ballerup_sundheds-forebyggelsesudvalget_2012-12-04_referat.pdf")
    meeting = parse_file(pdf)
    window = _window(qtbot, tmp_path, pdf)
    try:
        meeting_id = window.library.meetings()[0].meeting_id
        window.centre.show_original()
        view = window.centre.page_view
        for item in meeting.items:
            window.select(f"{meeting_id}:{item.number}")
            _wait_for_page(qtbot, view, item.source_page)
            qtbot.waitUntil(lambda: bool(view.canvas.marks), timeout=15000)
    finally:
        _close(window)


def test_the_command_line_renders_the_page_view_offscreen(tmp_path: Path) -> None:
    import subprocess
    import sys

    from PySide6.QtGui import QImage

    pdf = _seed_pdf(tmp_path, SEEDS["lejre_2020"].read_text(encoding="utf-8"))
    library = Library(tmp_path / "profile")
    import_file(library, pdf)
    item_id = f"{library.meetings()[0].meeting_id}:3"
    out = tmp_path / "page.png"
    root = Path(__file__).resolve().parent.parent.parent
    result = subprocess.run(
        [sys.executable, str(root / "main.py"), "--profile", str(tmp_path / "profile"), "--select", item_id,
         "--original", "--screenshot", str(out)],
        capture_output=True, text=True, timeout=120, cwd=root, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert image.width() >= 1280
    # The centre shows the page view (its grey desk around the sheets) with a rendered page on it:
    # white paper with dark text, not a blank placeholder.
    centre = image.copy(460, 120, 640, 700)
    names = {centre.pixelColor(x, y).name() for x in range(0, 640, 3) for y in range(0, 700, 3)}
    assert BACKGROUND.name() in names
    paper = [centre.pixelColor(x, y).lightness() for x in range(120, 520, 3) for y in range(100, 600, 3)]
    assert min(paper) < 90 and max(paper) > 240


def test_the_page_zoom_is_remembered_across_restarts(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf = _seed_pdf(tmp_path, SEEDS["lejre_2020"].read_text(encoding="utf-8"))
    window = _window(qtbot, tmp_path, pdf)
    try:
        assert window.centre.page_view.canvas.fit_width  # the default
        window.centre.page_view.canvas.set_zoom(1.5)
        window.save_state()
    finally:
        _close(window)
    library = Library(tmp_path / "profile")
    again = MainWindow(library, Settings(tmp_path / "profile"), AnnotationService(AnnotationStore(tmp_path / "profile"),
                                                                                 library))  # fmt: skip
    qtbot.addWidget(again)
    try:
        canvas = again.centre.page_view.canvas
        assert not canvas.fit_width and canvas.zoom == 1.5
        assert again.centre.page_view.zoom_label.text() in ("", "150 %")
    finally:
        again.close()


def _page_view(qtbot, width: int, height: int) -> PageView:  # type: ignore[no-untyped-def]
    view = PageView()
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    return view


def test_the_page_box_names_the_page_a_heading_on_the_last_page_was_opened_at(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The last page cannot scroll to the top of a tall view; the box still says that page, not the one above."""
    pdf = _seed_pdf(tmp_path, SEEDS["lejre_2020"].read_text(encoding="utf-8"))
    pages = len(PdfReader(pdf).pages)
    last_text = PdfReader(pdf).pages[-1].extract_text() or ""
    probe = next(line for line in last_text.splitlines() if len(line.split()) >= 3 and "Side" not in line)
    view = _page_view(qtbot, 450, 1000)  # an A4 page at fit width is shorter than the view
    try:
        view.show_document(pdf, pages, [heading_probe(probe, 3)])
        qtbot.waitUntil(lambda: bool(view.canvas.marks.get(pages - 1)), timeout=15000)
        canvas = view.canvas
        assert canvas.verticalScrollBar().value() < canvas.page_rect(pages - 1).top()  # the page above shows too
        assert view.current_page() == pages
        assert view.page_box.value() == pages
        # The member scrolls: the box follows the page at the top again.
        canvas.verticalScrollBar().setValue(0)
        assert view.page_box.value() == 1
        # Previous from the last page goes to the page before it, not two back.
        canvas.go_to(pages)
        assert view.page_box.value() == pages
        view.previous_button.click()
        assert view.page_box.value() == pages - 1
    finally:
        view.canvas.renderer.stop()


def _rotated_pdf(tmp_path: Path) -> Path:
    """Three pages: plain portrait, then /Rotate 90 and /Rotate 270 on portrait paper (shown landscape)."""
    from pypdf import PdfWriter
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas as pdf_canvas

    plain = tmp_path / "plain.pdf"
    c = pdf_canvas.Canvas(str(plain), pagesize=A4)
    for label in ("Forside", "Drejet halv", "Drejet trekvart"):
        c.setFont("Helvetica-Bold", 40)
        c.drawString(60, A4[1] - 120, label)  # a wide dark line near the top of the paper
        c.rect(60, A4[1] - 300, 400, 120, fill=1)
        c.showPage()
    c.save()
    writer = PdfWriter(clone_from=plain)
    writer.pages[1].rotate(90)
    writer.pages[2].rotate(270)
    out = tmp_path / "rotated.pdf"
    writer.write(out)
    return out


def _ink_centre(image) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Where the dark pixels lie, as fractions of the image's width and height."""
    xs = ys = count = 0
    step = 4
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            if image.pixelColor(x, y).lightness() < 100:
                xs, ys, count = xs + x, ys + y, count + 1
    assert count, "a blank page"
    return xs / count / image.width(), ys / count / image.height()


def test_rotated_pages_are_shown_as_the_pdf_turns_them(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import pypdfium2 as pdfium
    from PySide6.QtGui import QImage

    pdf = _rotated_pdf(tmp_path)
    view = _page_view(qtbot, 700, 900)
    try:
        view.show_document(pdf, 1)
        qtbot.waitUntil(lambda: len(view.canvas.sizes) == 3, timeout=15000)
        canvas = view.canvas
        (w0, h0), (w1, h1), (w2, h2) = canvas.sizes
        assert h0 > w0 and w1 > h1 and w2 > h2  # the rotated pages lie landscape, as displayed
        document = pdfium.PdfDocument(str(pdf))
        for index in (1, 2):
            rect = canvas.page_rect(index)
            assert rect.width() > rect.height()
            canvas.go_to(index + 1)
            key = (str(pdf), index, canvas.render_width(index))
            qtbot.waitUntil(lambda key=key: canvas.cache.get(key) is not None, timeout=15000)
            shown = canvas.cache.get(key)
            assert shown.width() > shown.height()
            bitmap = document[index].render(scale=shown.width() / document[index].get_width())
            reference = QImage(bitmap.to_pil().convert("RGB").tobytes(), bitmap.width, bitmap.height,
                               bitmap.width * 3, QImage.Format.Format_RGB888).copy()  # fmt: skip
            bitmap.close()
            # The ink lies where PDFium's own rendering of the turned page has it (left/right edge).
            (sx, sy), (rx, ry) = _ink_centre(shown), _ink_centre(reference)
            assert abs(sx - rx) < 0.03 and abs(sy - ry) < 0.03
            assert (sx < 0.4) if index == 2 else (sx > 0.6)  # /Rotate 90: top of the paper on the right
        document.close()
    finally:
        view.canvas.renderer.stop()
