"""Reading the original as in a PDF reader: exact highlights on bilag pages, turning, find, F3 on the page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QInputDialog
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas as pdf_canvas

from app.services.library.importer import import_files
from app.services.notes.annotations import AnnotationService
from app.services.settings import Settings
from app.storage.annotations import AnnotationStore
from app.storage.bilag import BilagStore
from app.storage.library import Library
from app.ui.main_window import MainWindow
from tests.conftest import SEEDS
from tests.helpers.pdf_builder import build_pdf

LINE_1 = "Ved vedtagelsen af budget 2013, vil der ske en reduktion af"
LINE_2 = "10 pladser. Disse ti pladser bruges af borgere med behov."


def _bilag(path: Path) -> None:
    """A bilag whose page 2 holds the issue's two sentences, on two lines, in Helvetica 11."""
    c = pdf_canvas.Canvas(str(path), pagesize=A4)
    for number in (1, 2, 3):
        c.setFont("Helvetica", 11)
        c.drawString(72, 780, f"Projekt Tidlig Indsats — evaluering, side {number}")
        if number == 2:
            c.drawString(72, 500, LINE_1)
            c.drawString(72, 486, LINE_2)
        c.showPage()
    c.save()


def _profile(tmp_path: Path) -> Library:
    folder = tmp_path / "moede"
    folder.mkdir()
    build_pdf(SEEDS["lejre_2020"].read_text(encoding="utf-8"), folder / "referat.pdf", header="Lejre")
    _bilag(folder / "Projekt Tidlig Indsats - evaluering.pdf")
    library = Library(tmp_path / "profile")
    import_files(library, [folder])
    return library


def _window(qtbot, library: Library, *, keep: bool = True) -> MainWindow:  # type: ignore[no-untyped-def]
    service = AnnotationService(AnnotationStore(library.profile), library)
    window = MainWindow(library, Settings(library.profile), service)
    if keep:
        qtbot.addWidget(window)
    window.resize(1360, 860)
    window.show()
    return window


def _close(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.close()
    window.annotations.store.close()
    window.deleteLater()
    qtbot.wait(20)


def _drag(canvas, index: int, x0: float, top: float, x1: float, bottom: float) -> None:  # type: ignore[no-untyped-def]
    """Drag a rectangle given in points on page ``index``, as the mouse would."""
    s = canvas.scale()
    page = canvas.page_rect(index).translated(-canvas.horizontalScrollBar().value(),
                                              -canvas.verticalScrollBar().value())  # fmt: skip
    canvas.select_area(QRect(int(page.left() + x0 * s), int(page.top() + top * s), int((x1 - x0) * s),
                             int((bottom - top) * s)))  # fmt: skip


def test_a_dragged_highlight_keeps_pdfiums_text_and_is_drawn_after_restart(qtbot, tmp_path: Path,
                                                                          monkeypatch) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    library = _profile(tmp_path)
    meeting_id = library.meetings()[0].meeting_id
    item_id = f"{meeting_id}:4"
    record = BilagStore(library.profile).for_item(meeting_id, "4")[0]
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", True)))
    window = _window(qtbot, library, keep=False)
    try:
        window.select(item_id)
        assert window.centre.open_bilag(record.sha256, 2)
        view = window.centre.page_view
        qtbot.waitUntil(lambda: view.current_page() == 2 and bool(view.canvas.sizes), timeout=15000)
        height = 841.89
        # From the middle of "budget" on line 1 across the comma to "vil": the words are whole,
        # the comma and the space after it are kept.
        with qtbot.waitSignal(window.annotations.changed, timeout=15000):
            _drag(view.canvas, 1, 150, height - 512, 245, height - 497)
        # Two lines at once: the sentence break and every space are PDFium's own.
        with qtbot.waitSignal(window.annotations.changed, timeout=15000):
            _drag(view.canvas, 1, 70, height - 498, 255, height - 484)
        quotes = [h.quote.exact for h in window.annotations.get(item_id).highlights]
        # As in the issue, but whole:
        assert quotes == ["vedtagelsen af budget 2013, vil", "10 pladser. Disse ti pladser bruges af"]
        qtbot.waitUntil(lambda: len(view.canvas.highlights.get(1, [])) == 2, timeout=15000)  # drawn at once
    finally:
        _close(window, qtbot)

    window = _window(qtbot, Library(library.profile))
    window.select(item_id)
    assert window.centre.open_bilag(record.sha256, 2)
    view = window.centre.page_view
    qtbot.waitUntil(lambda: len(view.canvas.highlights.get(1, [])) == 2, timeout=15000)
    boxes = [box for box, _color in view.canvas.highlights[1]]
    # One box a quote, each on its own line: the text stands on baselines 500 and 486 pt from the bottom.
    for baseline in (height - 500, height - 486):
        assert sum(1 for b in boxes if b[1] < baseline <= b[3] + 1) == 1
    # At another zoom the marks scale with the page (painted from points, not pixels).
    before = view.canvas.view_box(1, boxes[0]).width()
    view.zoom_in()
    assert view.canvas.view_box(1, boxes[0]).width() > before
    # Turned, the marks turn with the page.
    view.rotate_right()
    turned = view.canvas.view_box(1, boxes[0])
    assert turned.height() > turned.width()


def test_f3_on_the_original_tab_moves_to_the_next_hits_page(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    library = _profile(tmp_path)
    window = _window(qtbot, library)
    qtbot.waitUntil(lambda: not window.search.busy, timeout=30000)
    window.centre.show_original()
    panel = window.search_panel
    panel.query.setText("Lejre")  # the running header: on every page of the referat
    panel.run()
    qtbot.waitUntil(lambda: not panel.searching and panel.model.rowCount() > 0, timeout=20000)
    hit = next(h for h in panel.model.hits if not h.document and h.number)
    row = panel.model.hits.index(hit)
    panel.results.activated.emit(panel.model.index(row, 0))
    view = window.centre.page_view
    qtbot.waitUntil(lambda: view.has_found() and not view._found_waiting, timeout=20000)
    start = view.current_page()
    messages = []
    window.statusBar().messageChanged.connect(messages.append)
    window.main_actions.next_hit_action.trigger()
    first = view.current_page()
    assert first >= start and view.canvas.found_current is not None
    assert view.canvas.found_current[0] + 1 == first  # the hit stepped to is on the page shown
    hit_pages = sorted({index + 1 for index, _boxes in view._found})
    following = next(p for p in hit_pages if p > first)
    for _ in range(20):  # F3 through this page's hits, then on to the next page that has one
        window.main_actions.next_hit_action.trigger()
        if view.current_page() != first:
            break
    assert view.current_page() == following
    assert any(m.startswith("Træf ") for m in messages)
    window.main_actions.previous_hit_action.trigger()
    assert view.current_page() == first


def test_find_in_the_open_pdf_and_back_to_the_items_page(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    library = _profile(tmp_path)
    window = _window(qtbot, library)
    meeting_id = library.meetings()[0].meeting_id
    window.select(f"{meeting_id}:4")
    window.centre.show_original()
    view = window.centre.page_view
    qtbot.waitUntil(lambda: bool(view.canvas.sizes) and view.home is not None, timeout=15000)
    item_page = view.home[1]
    view.canvas.setFocus()
    qtbot.keyClick(view.canvas, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.find_bar.isVisible() and view.find_bar.field.hasFocus()
    view.find_bar.field.setText("Lejre")
    qtbot.keyClick(view.find_bar.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.canvas.found_current is not None, timeout=15000)
    assert " af " in view.find_bar.count.text()
    qtbot.keyClick(view.find_bar.field, Qt.Key.Key_Escape)
    assert not view.find_bar.isVisible() and not view.canvas.found
    # Another document, then back to "Mødets dokument": the item's page, not page 1.
    view.document_box.setCurrentIndex(1)
    view.document_box.activated.emit(1)
    qtbot.waitUntil(lambda: view.current_path() != view.home[0], timeout=15000)
    view.document_box.setCurrentIndex(0)
    view.document_box.activated.emit(0)
    qtbot.waitUntil(lambda: view.current_path() == view.home[0], timeout=15000)
    assert view.current_page() == item_page > 1
