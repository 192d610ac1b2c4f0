"""Eksportér → Briefing from the window: the dialog's choices, a preview, the PDF written in the background."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from app.services.library.importer import import_file
from app.services.notes.annotations import AnnotationService
from app.services.settings import Settings
from app.storage.annotations import AnnotationStore
from app.storage.library import Library
from app.ui.briefing_dialog import BriefingDialog
from app.ui.main_window import MainWindow
from tests.conftest import SEEDS


def test_briefing_dialog_and_background_export(qtbot, tmp_path: Path) -> None:
    library = Library(tmp_path)
    import_file(library, SEEDS["lejre_2020"])
    service = AnnotationService(AnnotationStore(tmp_path), library)
    window = MainWindow(library, Settings(tmp_path), service)
    window.briefing.open_when_written = False
    qtbot.addWidget(window)
    items = window.model.item_ids_in_order()
    service.set_note(items[3], "Hvad koster projektet i 2021? — æøå")
    meeting_id = items[0].rsplit(":", 1)[0]
    dialog = BriefingDialog(library, service, meeting_id, "Kirsten", window)
    qtbot.addWidget(dialog)
    assert not dialog.preview.pixmap().isNull()
    dialog.items.item(0).setCheckState(Qt.CheckState.Unchecked)
    selection = dialog.selection()
    assert selection["meeting_id"] == meeting_id and len(selection["item_ids"]) == 5
    options = dialog.options()
    assert options.user_name == "Kirsten" and options.paper == "A4"
    out = tmp_path / "briefing.pdf"
    with qtbot.waitSignal(window.briefing_written, timeout=60000):
        window.export_briefing(selection, options, out)
    reader = PdfReader(out)
    assert reader.outline[0].title == "2. Orientering - marts"
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert "Hvad koster projektet i 2021? — æøå" in text
    assert "Personlig forberedelse — Kirsten" in text


def test_the_briefing_follows_the_english_interface(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from app.export.briefing import build_html
    from app.export.selection import select
    from app.model.annotation import Stance
    from app.ui.language import switcher

    library = Library(tmp_path)
    import_file(library, SEEDS["lejre_2020"])
    store = AnnotationStore(tmp_path)
    service = AnnotationService(store, library)
    switcher().switch("en")  # View → Sprog → English
    try:
        window = MainWindow(library, Settings(tmp_path), service)
        window.briefing.open_when_written = False
        qtbot.addWidget(window)
        items = window.model.item_ids_in_order()
        service.set_note(items[3], "Hvad koster projektet i 2021?")
        service.set_stance(items[3], Stance.AGAINST)
        meeting_id = items[0].rsplit(":", 1)[0]
        dialog = BriefingDialog(library, service, meeting_id, "Kirsten", window)
        qtbot.addWidget(dialog)
        options = dialog.options()
        assert options.language == "en"
        cover = build_html(select(library, store, meeting_id=meeting_id), options, None)  # what the preview shows
        assert "Personal preparation — Kirsten" in cover and "Personlig" not in cover
        out = tmp_path / "briefing-en.pdf"
        with qtbot.waitSignal(window.briefing_written, timeout=60000):
            window.export_briefing(dialog.selection(), options, out)
    finally:
        switcher().switch("da")
        QApplication.processEvents()
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    english = ("Personal preparation — Kirsten", "Contents", "Page 1 of", "Notes:", "Stance: Against", "My preparation")
    for word in english:
        assert word in text, word
    for word in ("Personlig forberedelse", "Indhold", "Side 1 af", "Noter:", "Holdning:", "Min forberedelse", "Dannet"):
        assert word not in text, word
    # The worker process keeps no language of its own: the next (Danish) briefing is Danish again.
    danish = tmp_path / "briefing-da.pdf"
    with qtbot.waitSignal(window.briefing_written, timeout=60000):
        window.export_briefing(dialog.selection(), dialog.options(), danish)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(danish).pages)
    assert "Personlig forberedelse — Kirsten" in text and "Side 1 af" in text and "Personal" not in text
