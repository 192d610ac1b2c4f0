"""Notes and highlights on a bilag page: made in the page view, kept across restarts, in the briefing."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from pypdf import PdfReader
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QInputDialog

from app.export.briefing import BriefingOptions
from app.services.notes.annotations import AnnotationService
from app.services.settings import Settings
from app.storage.annotations import AnnotationStore
from app.storage.bilag import BilagStore
from app.storage.library import Library
from app.ui.main_window import MainWindow
from tests.bilag.test_bilag_search import WORD, _profile


def _window(qtbot, library: Library, *, restart_later: bool = False) -> MainWindow:  # type: ignore[no-untyped-def]
    service = AnnotationService(AnnotationStore(library.profile), library)
    window = MainWindow(library, Settings(library.profile), service)
    if not restart_later:  # a window the test quits itself is not pytest-qt's to close
        qtbot.addWidget(window)
    window.resize(1360, 860)
    window.show()
    return window


def test_a_note_on_a_bilag_page_survives_restart_and_reaches_the_briefing(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    library = _profile(tmp_path)
    meeting_id = library.meetings()[0].meeting_id
    item_id = f"{meeting_id}:4"
    record = BilagStore(library.profile).for_item(meeting_id, "4")[0]
    bilag_path = str(BilagStore(library.profile).path(record))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Spørg til tallene", True)))
    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(lambda *a, **k: ("Hele siden er vigtig", True)))
    window = _window(qtbot, library, restart_later=True)
    try:
        window.select(item_id)
        assert window.centre.open_bilag(record.sha256, 3, [WORD])
        view = window.centre.page_view
        qtbot.waitUntil(lambda: bool(view.canvas.marks.get(2)), timeout=15000)
        assert view.note_button.isVisible()  # a bilag of the selected item takes notes
        # Drag over the sentence with the word: PDFium reads the text inside the rectangle.
        canvas = view.canvas
        s = canvas.scale()
        box = canvas.marks[2][0]
        page = canvas.page_rect(2).translated(
            -canvas.horizontalScrollBar().value(), -canvas.verticalScrollBar().value()
        )
        area = QRect(
            int(page.left() + 60 * s), int(page.top() + (box[1] - 3) * s), int(420 * s), int((box[3] - box[1] + 6) * s)
        )
        with qtbot.waitSignal(window.annotations.changed, timeout=15000):
            canvas.select_area(area)
        view.note_button.click()
        annotation = window.annotations.get(item_id)
        marked = [h for h in annotation.highlights if h.quote.exact]
        assert len(marked) == 1 and WORD in marked[0].quote.exact
        assert (marked[0].document, marked[0].page, marked[0].comment) == (record.sha256, 3, "Spørg til tallene")
        page_note = next(h for h in annotation.highlights if not h.quote.exact)
        assert (page_note.page, page_note.comment) == (3, "Hele siden er vigtig")
        qtbot.waitUntil(lambda: bool(canvas.highlights.get(2)), timeout=15000)  # painted on the page
    finally:
        window.close()
        window.annotations.store.close()
        window.deleteLater()
        qtbot.wait(20)

    # Restart: the notes are listed under the item and lead back to the bilag page.
    window = _window(qtbot, Library(library.profile))
    try:
        window.select(item_id)
        rows = [window.panel.highlights.item(n).text() for n in range(window.panel.highlights.count())]
        assert any(r.startswith("Bilag, side 3: “") and "Spørg til tallene" in r for r in rows)
        assert any(r.startswith("Bilag, side 3: ") and "Hele siden er vigtig" in r for r in rows)
        # The item view does not call them detached (they are not in the item's own text).
        assert not any("findes ikke længere" in r for r in rows)
        first = window.panel.highlights.item(0)
        window.panel.highlights.itemActivated.emit(first)
        view = window.centre.page_view
        qtbot.waitUntil(lambda: view.current_path() == bilag_path and view.current_page() == 3, timeout=15000)
        # The briefing (written by the worker, as from the menu) names the bilag and the page, and
        # appends the annotated page — or the whole bilag — as real PDF pages under the item's bookmark.
        window.briefing.open_when_written = False
        pdfs = {}
        for mode in ("none", "pages", "annotated"):
            target = tmp_path / f"{mode}.pdf"
            with qtbot.waitSignal(window.briefing_written, timeout=60000):
                window.export_briefing({"meeting_id": meeting_id, "item_ids": [item_id]}, BriefingOptions(bilag=mode),
                                       target)  # fmt: skip
            pdfs[mode] = PdfReader(target)
        # With a following item: the bilag page comes right after item 4, before item 5, and the
        # contents and footers count it in.
        target = tmp_path / "two.pdf"
        with qtbot.waitSignal(window.briefing_written, timeout=60000):
            window.export_briefing({"meeting_id": meeting_id, "item_ids": [item_id, f"{meeting_id}:5"]},
                                   BriefingOptions(bilag="pages"), target)  # fmt: skip
        two = PdfReader(target)
    finally:
        window.close()
        window.annotations.store.close()
    plain = pdfs["none"]
    text = " ".join(" ".join(p.extract_text() for p in plain.pages).split())
    assert "Bilag: Projekt Tidlig Indsats - evaluering, side 3" in text
    assert "Spørg til tallene" in text and "Hele siden er vigtig" in text
    for mode, extra in (("pages", 1), ("annotated", 4)):
        reader = pdfs[mode]
        assert len(reader.pages) == len(plain.pages) + extra
        appended = reader.pages[len(plain.pages) + (2 if mode == "annotated" else 0)]
        assert WORD in appended.extract_text()  # the bilag's own text, not a picture of it
        item_mark, children = reader.outline[0], reader.outline[1]
        assert item_mark.title.startswith("4. ") and isinstance(children, list)
        assert children[0].title.startswith("Bilag: Projekt Tidlig Indsats")
        assert reader.get_destination_page_number(children[0]) == len(plain.pages)
    # The dragged highlight is a PDF highlight on the appended page, over the words PDFium quoted (#21).
    appended_index = len(plain.pages)
    marks = [a.get_object() for a in pdfs["pages"].pages[appended_index].get("/Annots", [])
             if a.get_object()["/Subtype"] == "/Highlight"]  # fmt: skip
    assert len(marks) == 1 and marks[0]["/Contents"] == "Spørg til tallene"
    quads = [float(v) for v in marks[0]["/QuadPoints"]]
    document = pdfium.PdfDocument(tmp_path / "pages.pdf")
    try:
        textpage = document[appended_index].get_textpage()
        under = textpage.get_text_bounded(min(quads[0::2]), min(quads[1::2]), max(quads[0::2]), max(quads[1::2]))
        textpage.close()
    finally:
        document.close()
    assert WORD in under and " ".join(under.split()) == marked[0].quote.exact
    texts = [" ".join(p.extract_text().split()) for p in two.pages]
    bilag_at = next(i for i, t in enumerate(texts) if "Indsats — evaluering, side 3" in t)  # the bilag's own page
    assert "Min forberedelse" in texts[bilag_at - 1]  # item 4 ends just before
    # The bilag page carries a header naming the bilag, its page, the meeting and the item, and the
    # briefing's own "Side N af M" (#21).
    assert f"Side {bilag_at + 1} af {len(two.pages)}" in texts[bilag_at]
    assert "Bilag: Projekt Tidlig Indsats - evaluering" in texts[bilag_at] and "side 3 af 4" in texts[bilag_at]
    assert "4. Projekt Tidlig Indsats" in texts[bilag_at]
    item5_at = bilag_at + 1
    assert (
        "Revidering af overordnede" in texts[item5_at] and f"Side {item5_at + 1} af {len(two.pages)}" in texts[item5_at]
    )
    contents = next(t for t in texts if "Indhold" in t)
    assert contents.endswith(f"{item5_at + 1}")  # the contents count the bilag page in
    assert two.get_destination_page_number(two.outline[2]) == item5_at  # item 5's bookmark
    assert two.get_destination_page_number(two.outline[1][0]) == bilag_at  # the bilag, under item 4
