"""Page thumbnails in the page view's sidebar: rendered in the child, only those in view, click to go.

A member opens the sidebar on a long bilag: the pages in view appear as small pictures of
themselves (not of other pages), the page being read is framed, a click goes to a page, a
turned document's thumbnails turn too, and scrolling past or opening another document never
leaves the renderer drawing thumbnails nobody sees.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas as pdf_canvas

from app.services.pages import THUMBNAILS, RenderedPage
from app.ui.page_thumbnails import ThumbnailModel
from app.ui.page_view import PageView
from tests import real_docs


def _blocks_pdf(path: Path, pages: int, outline: bool = False) -> Path:
    """Pages with a black block at the top (odd pages) or the bottom (even pages), and the page number."""
    c = pdf_canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    for number in range(1, pages + 1):
        top = number % 2 == 1
        c.rect(60, height - 260 if top else 60, width - 120, 200, fill=1)
        c.setFont("Helvetica-Bold", 48)
        c.drawString(80, height / 2, f"Side {number}")
        if outline and number in (1, 3, 5):
            c.bookmarkPage(f"p{number}")
            c.addOutlineEntry(f"Afsnit {number // 2 + 1}", f"p{number}", level=0)
        c.showPage()
    c.save()
    return path


def _ink_middle(image: QImage) -> float:
    """How far down the page the dark pixels lie, as a share of its height (0 top, 1 bottom)."""
    total = count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            if QImage.pixelColor(image, x, y).lightness() < 80:
                total, count = total + y, count + 1
    assert count, "a blank thumbnail"
    return total / count / image.height()


def _view(qtbot, width: int = 900, height: int = 700) -> PageView:  # type: ignore[no-untyped-def]
    view = PageView()
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    return view


def _open_sidebar(qtbot, view: PageView, pdf: Path, page: int = 1) -> None:  # type: ignore[no-untyped-def]
    view.show_document(pdf, page)
    qtbot.waitUntil(lambda: bool(view.canvas.sizes), timeout=15000)
    view.sidebar_button.setChecked(True)
    qtbot.waitUntil(lambda: view.sidebar.isVisible(), timeout=5000)


def test_thumbnails_show_their_own_pages_only_those_in_view(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf = _blocks_pdf(tmp_path / "lang.pdf", 40)
    view = _view(qtbot)
    rendered: list[RenderedPage] = []
    view.renderer.page_ready.connect(lambda page: rendered.append(page) if page.lane == THUMBNAILS else None)
    try:
        _open_sidebar(qtbot, view, pdf)
        thumbnails = view.sidebar.thumbnails
        in_view = thumbnails.rows_in_view()
        assert 2 <= len(in_view) < 12 and in_view[0] == 0
        model = thumbnails.model_
        qtbot.waitUntil(lambda: all(row in model.images for row in in_view) and view.renderer.pending() == 0,
                        timeout=20000)  # fmt: skip
        for row in in_view:  # each thumbnail is a picture of its own page: block at the top, bottom, top …
            image = model.images[row]
            assert image.height() > image.width()  # portrait, like the page
            assert (_ink_middle(image) < 0.45) if row % 2 == 0 else (_ink_middle(image) > 0.55)
        # Lazily: nothing far below the list's view was rendered.
        asked = {page.index for page in rendered}
        assert max(asked) <= in_view[-1] + 2 and len(asked) < 40
        # The sidebar is no extra copy of the document in the window: the pages came from the child.
        assert all(page.path == str(pdf) for page in rendered)
    finally:
        view.renderer.stop()


def test_the_page_read_is_framed_and_a_click_goes_to_a_page(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf = _blocks_pdf(tmp_path / "lang.pdf", 30)
    view = _view(qtbot)
    try:
        _open_sidebar(qtbot, view, pdf, 3)
        thumbnails = view.sidebar.thumbnails
        assert thumbnails.currentIndex().row() == 2  # the page opened at is the one framed
        view.go_to(20)
        assert thumbnails.currentIndex().row() == 19
        assert 19 in thumbnails.rows_in_view()  # scrolled along to where the reader is
        rect = thumbnails.visualRect(thumbnails.model_.index(19, 0))
        qtbot.waitUntil(lambda: 19 in thumbnails.model_.images, timeout=15000)  # drawn where it is now shown
        # A click on another thumbnail in view goes to that page.
        other = next(row for row in thumbnails.rows_in_view() if row != 19)
        rect = thumbnails.visualRect(thumbnails.model_.index(other, 0))
        qtbot.mouseClick(thumbnails.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert view.current_page() == other + 1
        assert view.page_box.value() == other + 1
        assert thumbnails.currentIndex().row() == other
        # By keyboard: Down to the next thumbnail, Enter goes there.
        thumbnails.setFocus()
        qtbot.keyClick(thumbnails, Qt.Key.Key_Down)
        qtbot.keyClick(thumbnails, Qt.Key.Key_Return)
        assert view.current_page() == other + 2
    finally:
        view.renderer.stop()


def test_a_turned_document_turns_its_thumbnails(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf = _blocks_pdf(tmp_path / "lang.pdf", 4)
    view = _view(qtbot)
    try:
        _open_sidebar(qtbot, view, pdf)
        model = view.sidebar.thumbnails.model_
        qtbot.waitUntil(lambda: 0 in model.images, timeout=15000)
        assert model.images[0].height() > model.images[0].width()
        view.rotate_right()
        qtbot.waitUntil(lambda: 0 in model.images and model.images[0].width() > model.images[0].height(),
                        timeout=15000)  # fmt: skip
        # Turned clockwise, the block at the top of page 1 lies at the right.
        image = model.images[0]
        dark = [
            x for x in range(0, image.width(), 2) if QImage.pixelColor(image, x, image.height() // 2).lightness() < 80
        ]
        assert dark and sum(dark) / len(dark) > image.width() * 0.55
        view.rotate_left()  # back: the unturned thumbnails are still cached, shown at once
        assert 0 in model.images and model.images[0].height() > model.images[0].width()
    finally:
        view.renderer.stop()


def test_scrolling_past_and_another_document_cancel_thumbnails(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    long_pdf = _blocks_pdf(tmp_path / "lang.pdf", 80)
    other = _blocks_pdf(tmp_path / "kort.pdf", 3)
    view = _view(qtbot)
    rendered: list[RenderedPage] = []
    view.renderer.page_ready.connect(lambda page: rendered.append(page) if page.lane == THUMBNAILS else None)
    try:
        _open_sidebar(qtbot, view, long_pdf)
        thumbnails = view.sidebar.thumbnails
        qtbot.waitUntil(lambda: 0 in thumbnails.model_.images, timeout=15000)
        # Straight to the end of the list: the rows scrolled past are never drawn.
        thumbnails.scrollToBottom()
        qtbot.waitUntil(lambda: 79 in thumbnails.model_.images and view.renderer.pending() == 0, timeout=20000)
        middle = {p.index for p in rendered if p.path == str(long_pdf)} & set(range(20, 60))
        assert not middle, sorted(middle)
        # Another document while the long one's thumbnails are still wanted: the old ones are dropped.
        thumbnails.scrollToTop()
        view.show_document(other, 1)
        qtbot.waitUntil(lambda: thumbnails.path == str(other) and view.renderer.pending() == 0, timeout=20000)
        assert thumbnails.model_.rowCount() == 3
        assert all(row in thumbnails.model_.images for row in range(3))
        late = [p for p in rendered[rendered.index(next(p for p in rendered if p.path == str(other))):]
                if p.path == str(long_pdf)]  # fmt: skip
        assert len(late) <= 2  # at most what the child already held (IN_FLIGHT)
        # Hidden, the sidebar asks for nothing.
        view.sidebar_button.setChecked(False)
        view.show_document(long_pdf, 40)
        qtbot.waitUntil(lambda: view.renderer.pending() == 0, timeout=20000)
        qtbot.wait(50)
        assert not [p for p in rendered if p.path == str(long_pdf) and 30 <= p.index <= 50]
    finally:
        view.renderer.stop()


def test_the_outline_tab_is_there_only_for_a_pdf_with_bookmarks(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with_outline = _blocks_pdf(tmp_path / "med.pdf", 6, outline=True)
    without = _blocks_pdf(tmp_path / "uden.pdf", 6)
    view = _view(qtbot)
    try:
        _open_sidebar(qtbot, view, with_outline)
        sidebar = view.sidebar
        qtbot.waitUntil(sidebar.has_outline, timeout=15000)
        assert sidebar.count() == 2 and sidebar.currentWidget() is sidebar.outline
        assert sidebar.tabText(0) == "Indhold" and sidebar.tabText(1) == "Sider"
        chapter = sidebar.outline.model_.index(2, 0)
        assert chapter.data() == "Afsnit 3"
        sidebar.outline.clicked.emit(chapter)
        assert view.current_page() == 5
        sidebar.setCurrentWidget(sidebar.thumbnails)
        assert sidebar.thumbnails.currentIndex().row() == 4
        # The tabs speak the member's language, switched while the sidebar is open.
        from app.ui.language import switcher

        try:
            switcher().switch("en")
            qtbot.waitUntil(lambda: sidebar.tabText(0) == "Contents", timeout=5000)  # LanguageChange is posted
            assert sidebar.tabText(1) == "Pages"
            assert sidebar.thumbnails.model_.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Page 1"
        finally:
            switcher().switch("da")
        qtbot.waitUntil(lambda: sidebar.tabText(0) == "Indhold", timeout=5000)
        view.show_document(without, 1)
        qtbot.waitUntil(lambda: sidebar.thumbnails.path == str(without), timeout=15000)
        qtbot.wait(200)  # the outline's answer (none) has come
        assert sidebar.count() == 1 and sidebar.currentWidget() is sidebar.thumbnails
        assert not sidebar.tabBar().isVisible()  # one list, no lone tab over it
    finally:
        view.renderer.stop()


def test_the_thumbnail_model_is_a_correct_qt_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ThumbnailModel()
    model.set_pages([(595.0, 842.0)] * 5 + [(842.0, 595.0)])
    model.set_image(2, QImage(40, 56, QImage.Format.Format_RGB888))
    qtmodeltester.check(model)
    assert model.index(5, 0).data(Qt.ItemDataRole.ToolTipRole) == "Side 6"


@pytest.mark.real_docs
def test_the_real_scanned_bilag_gets_thumbnails_turned_upright(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The Ballerup bygningsliste: an image-only scan whose /Rotate lays it sideways."""
    pdf = real_docs.path("ballerup_sfu_2012-12-04_bilag_bygningsliste-prioritering-SCANNED.pdf")
    view = _view(qtbot, 900, 700)
    try:
        _open_sidebar(qtbot, view, pdf)
        thumbnails = view.sidebar.thumbnails
        sideways = view.canvas.sizes[0][0] > view.canvas.sizes[0][1]
        qtbot.waitUntil(lambda: 0 in thumbnails.model_.images, timeout=20000)
        image = thumbnails.model_.images[0]
        assert (image.width() > image.height()) == sideways
        view.rotate_left() if sideways else view.rotate_right()
        qtbot.waitUntil(lambda: 0 in thumbnails.model_.images, timeout=20000)
        turned = thumbnails.model_.images[0]
        assert (turned.width() > turned.height()) != sideways
        rect = thumbnails.visualRect(thumbnails.model_.index(0, 0))
        qtbot.mouseClick(thumbnails.viewport(), Qt.MouseButton.LeftButton, pos=rect.center() + QPoint(0, 0))
        assert view.current_page() == 1
    finally:
        view.renderer.stop()


def test_a_page_that_stops_the_renderer_is_marked_and_not_asked_for_again(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfWriter

    from tests.hostile.corpus import _deflated, _one_page_pdf

    slow = tmp_path / "tung.pdf"  # 300,000 filled triangles: PDFium spends minutes on it
    slow.write_bytes(_one_page_pdf(_deflated(b"10 10 m 500 800 l 20 700 l f " * 10_000, 30, 6)))
    light = _blocks_pdf(tmp_path / "let.pdf", 2)
    writer = PdfWriter()
    writer.append(light, pages=[0])
    writer.append(slow)
    writer.append(light, pages=[1])
    pdf = tmp_path / "blandet.pdf"
    writer.write(pdf)
    view = _view(qtbot)
    view.renderer.watchdog_ms = 1500
    failures: list[tuple[int, str]] = []
    view.renderer.page_failed.connect(lambda _path, index, reason: failures.append((index, reason)))
    try:
        _open_sidebar(qtbot, view, pdf)
        model = view.sidebar.thumbnails.model_
        qtbot.waitUntil(lambda: 0 in model.images and 2 in model.images and 1 in model.failed, timeout=30000)
        assert failures == [(1, "too_slow")]  # one hang, whichever queue met the page first
        assert model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) == "Side 2 kunne ikke vises"
        assert 1 in view.canvas.failed_pages  # the page view writes why on the page
        # Scrolled, hidden and shown again: the page is not asked for again (no second hang).
        view.sidebar_button.setChecked(False)
        view.sidebar_button.setChecked(True)
        view.sidebar.thumbnails.scrollToBottom()
        view.go_to(2)
        qtbot.wait(300)
        qtbot.waitUntil(lambda: view.renderer.pending() == 0, timeout=15000)
        assert failures == [(1, "too_slow")]
    finally:
        view.renderer.stop()
