"""Search covers bilag: a word that stands only in a bilag is found and opens that bilag at that page."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from app.search.bilag_index import sync_bilag
from app.search.index import SearchIndex
from app.services.library.importer import import_files
from app.services.library.settle import stored_page_texts
from app.services.notes.annotations import AnnotationService
from app.services.settings import Settings
from app.storage.annotations import AnnotationStore
from app.storage.bilag import BilagStore
from app.storage.library import Library
from app.ui.main_window import MainWindow
from tests.conftest import SEEDS
from tests.helpers.pdf_builder import build_pdf

WORD = "Kvælstofudledningsplanen"


def _bilag_with_word(path: Path, page_with_word: int, pages: int = 4) -> None:
    c = canvas.Canvas(str(path), pagesize=A4)
    for number in range(1, pages + 1):
        c.setFont("Helvetica", 11)
        c.drawString(72, 780, f"Projekt Tidlig Indsats — evaluering, side {number}")
        if number == page_with_word:
            c.drawString(72, 400, f"Her nævnes {WORD} for vandløbene i kommunen.")
        c.showPage()
    c.save()


def _profile(tmp_path: Path) -> Library:
    folder = tmp_path / "moede"
    folder.mkdir()
    build_pdf(SEEDS["lejre_2020"].read_text(encoding="utf-8"), folder / "referat.pdf", header="Lejre")
    _bilag_with_word(folder / "Projekt Tidlig Indsats - evaluering.pdf", 3)
    library = Library(tmp_path / "profile")
    summary = import_files(library, [folder])
    assert [b.item_number for b in summary.bilag] == ["4"]
    return library


def test_a_word_only_in_a_bilag_is_found_at_its_page(tmp_path: Path) -> None:
    library = _profile(tmp_path)
    index = SearchIndex(library.profile / "search.sqlite")
    try:
        index.sync(library)
        assert sync_bilag(index.db, BilagStore(library.profile), stored_page_texts(BilagStore(library.profile))) == 1
        hits = index.search("kvaelstofudledning")  # ASCII spelling and a prefix, as members type
        assert len(hits) == 1
        hit = hits[0]
        assert hit.item_id.endswith(":4") and hit.page == 3 and hit.document_name.startswith("Projekt Tidlig")
        assert WORD in hit.snippet
        # The item's own text does not have the word: only the bilag hit exists.
        assert all(h.document for h in index.search(WORD))
        # Removing the meeting takes the bilag out of the index on the next sync.
        BilagStore(library.profile).remove_meeting(hit.meeting_id)
        sync_bilag(index.db, BilagStore(library.profile), stored_page_texts(BilagStore(library.profile)))
        assert index.search(WORD) == []
    finally:
        index.close()


def test_the_hit_opens_the_bilag_at_that_page_in_the_window(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    library = _profile(tmp_path)
    service = AnnotationService(AnnotationStore(library.profile), library)
    window = MainWindow(library, Settings(library.profile), service)
    qtbot.addWidget(window)
    window.resize(1360, 860)
    window.show()
    try:
        qtbot.waitUntil(lambda: not window.search.busy, timeout=60000)  # the worker extracted the bilag text
        window.main_actions.search_action.trigger()
        panel = window.search_panel
        panel.query.setText(WORD)
        panel.run()
        qtbot.waitUntil(lambda: not panel.searching, timeout=10000)  # queries run in their own worker
        assert panel.model.rowCount() == 1
        assert "Bilag: Projekt Tidlig Indsats - evaluering, side 3" in panel.model.html(0)
        panel.results.activated.emit(panel.model.index(0, 0))
        view = window.centre.page_view
        record = BilagStore(library.profile).all()[0]
        qtbot.waitUntil(lambda: view.current_path() == str(BilagStore(library.profile).path(record)), timeout=15000)
        qtbot.waitUntil(lambda: bool(view.canvas.marks.get(2)), timeout=15000)  # the word is marked on page 3
        assert view.current_page() == 3
        assert window._current_id.endswith(":4")  # the tree shows the bilag's item
    finally:
        window.close()
