"""What the parser learned shows in the window: Sagsforløb as a timeline, lists as lists, and a
quiet notice (with the way to the original) when the parser was unsure."""

from __future__ import annotations

import json
from pathlib import Path

from app.services.library.importer import import_file
from app.services.notes.annotations import AnnotationService
from app.services.settings import Settings
from app.storage.annotations import AnnotationStore
from app.storage.library import Library
from app.ui.main_window import MainWindow
from tests.helpers.firstagenda_pdf import build_firstagenda_pdf

PORTAL = {
    "Udvalg": {"Navn": "Teknisk Udvalg"},
    "Moede": {"Dato": "2025-10-01T15:00:00+02:00", "Sted": "Rådhuset", "Moededeltagere": [{"Name": "Anne Hansen"}]},
    "Dagsordenpunkter": [
        {
            "Punktnummer": "1",
            "Navn": "Cykelsti på Havnevej",
            "SagsNummer": "25-000123",
            "Felter": [
                {
                    "Html": "<h3>Beslutning</h3><span>Godkendt.</span><h3>Fremstilling</h3><h4>Resume</h4>"
                    "<p>Sagen handler om en cykelsti.</p><h4>Indstilling</h4><p>Administrationen indstiller,</p>"
                    "<ol><li>at stien anlægges,</li><li>at udgiften afholdes af puljen.</li></ol>"
                    "<h3>Sagens forløb</h3><span><u>12-05-2025 Teknisk Udvalg</u><br> Udsat.<br></span>"
                }
            ],
            "Bilag": [{"Navn": "Indstilling"}],
        },
        {
            "Punktnummer": "2",
            "Navn": "Eventuelt",
            "SagsNummer": "",
            "Felter": [{"Html": "<h3>Fremstilling</h3><h4>Resume</h4><p>Ingen.</p>"}],
            "Bilag": [],
        },
        {
            "Punktnummer": "3",
            "Navn": "Meddelelser",
            "SagsNummer": "",
            "Felter": [{"Html": "<h3>Fremstilling</h3><h4>Resume</h4><p>Ingen meddelelser.</p>"}],
            "Bilag": [],
        },
    ],
}


def _window(qtbot, tmp_path: Path) -> tuple[MainWindow, Library]:  # type: ignore[no-untyped-def]
    pdf = tmp_path / "referat.pdf"
    build_firstagenda_pdf(json.loads(json.dumps(PORTAL)), pdf, minutes=True, municipality="Aarhus")
    library = Library(tmp_path / "profile")
    import_file(library, pdf)
    window = MainWindow(library, Settings(tmp_path), AnnotationService(AnnotationStore(tmp_path), library))
    qtbot.addWidget(window)
    return window, library


def test_item_view_shows_points_timeline_and_bilag(qtbot, tmp_path: Path) -> None:
    window, library = _window(qtbot, tmp_path)
    meeting_id = library.meetings()[0].meeting_id
    window.select(f"{meeting_id}:1")
    text = window.view.toPlainText()
    assert "At 1)\nstien anlægges," in text or "At 1)\tstien anlægges," in text
    assert "12. maj 2025 · Teknisk Udvalg · punkt 1" in text and "Udsat." in text
    assert "Indstilling" in text.split("Bilag")[-1]  # the bilag named "Indstilling" is listed as a bilag


def test_a_meeting_the_parser_was_unsure_of_says_so_quietly(qtbot, tmp_path: Path) -> None:
    window, library = _window(qtbot, tmp_path)
    meeting_id = library.meetings()[0].meeting_id
    window.select(f"{meeting_id}:2")
    text = window.view.toPlainText()
    assert "Strukturen er læst med forbehold: referatet har ingen beslutninger · Åbn original" in text
    window._on_view_internal_link_clicked("original")
    assert window.centre.original_shown()


def test_briefing_shows_the_sagsforloeb_timeline(qtbot, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from app.export.briefing import BriefingOptions, render
    from app.export.selection import select

    _, library = _window(qtbot, tmp_path)
    store = AnnotationStore(tmp_path)
    out = tmp_path / "briefing.pdf"
    render(select(library, store, meeting_id=library.meetings()[0].meeting_id), BriefingOptions(full_text=True), out)
    text = " ".join((page.extract_text() or "") for page in PdfReader(out).pages)
    assert "12. maj 2025 · Teknisk Udvalg · punkt 1 Udsat." in " ".join(text.split())
    assert "At 1) stien anlægges," in " ".join(text.split())


def test_an_empty_decision_box_is_not_drawn(qtbot, tmp_path: Path) -> None:
    # A meeting stored by an older parse still holds SBSYS's empty "Referat" box and an empty decision.
    from app.export.briefing import _section_html
    from app.model import AgendaItem, Block, BlockKind, Decision, Meeting, Section, SectionKind, Span
    from app.ui.formatting import item_html

    item = AgendaItem("1.2", "Status på udviklingsønsker")
    item.sections = [
        Section("Oplæg", SectionKind.PRESENTATION, [Block(BlockKind.PARAGRAPH, spans=[Span("AD-integration.")])]),
        Section("Referat", SectionKind.DECISION),
    ]
    item.decisions = [Decision("2016-10-06", "Mødesystemgruppen", "", [])]
    meeting = Meeting(committee="Mødesystemgruppen", date="2016-10-06", document_type="referat", items=[item])
    html = item_html(meeting, item)
    assert "class='dec'" not in html and "Referat" not in html and "AD-integration." in html
    assert item.last_decision is None
    assert _section_html(item.sections[1]) == ""
