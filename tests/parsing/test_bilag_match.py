"""The bilag matcher is a pure rule on the files' readings: no file, no process, no Qt needed."""

from __future__ import annotations

from app.model import AgendaItem, Attachment, Meeting, SourceInfo
from app.parsing.bilag_match import place_bilag, place_item_pdfs
from app.parsing.reading import DocumentKind, Reading


def _meeting(*items: AgendaItem, sha: str = "referat") -> Meeting:
    return Meeting(committee="Økonomiudvalget", date="2024-03-12", items=list(items),
                   source=SourceInfo("referat.pdf", sha, "pdf", 10))  # fmt: skip


def _bilag(name: str, text: str = "", sha: str = "") -> Reading:
    return Reading(name, sha or name, 1000, DocumentKind.BILAG, 2, [text, ""])


BUDGET = AgendaItem("1", "Budget 2025", attachments=[Attachment("Notat om anlægsbudget", "2024-112233")])
SKOLE = AgendaItem("2", "Skolestruktur på Vestegnen", attachments=[Attachment("Høringssvar fra skolebestyrelser")])


def test_a_document_number_in_the_text_decides_the_item_and_the_listed_name_is_kept():
    placed = place_bilag([("m", _meeting(BUDGET, SKOLE))], [_bilag("scan0001.pdf", "Dok.nr. 2024-112233 …")], [])
    assert [(p.item_number, p.reason, p.name, p.pages) for p in placed] == [
        ("1", "document-number", "Notat om anlægsbudget", 2)
    ]


def test_a_file_name_like_the_listed_name_decides_and_a_stranger_waits_for_the_member():
    readings = [_bilag("hoeringssvar-skolebestyrelser.pdf"), _bilag("kort.pdf")]
    placed = place_bilag([("m", _meeting(BUDGET, SKOLE))], readings, [r.name for r in readings])
    assert [(p.file_name, p.item_number) for p in placed] == [("hoeringssvar-skolebestyrelser.pdf", "2"),
                                                               ("kort.pdf", "")]  # fmt: skip


def test_the_only_item_of_a_meeting_gets_every_bilag():
    readings = [_bilag("kort.pdf"), _bilag("oversigt.pdf"), _bilag("bilag3.pdf")]
    placed = place_bilag([("m", _meeting(SKOLE))], readings, [r.name for r in readings])
    assert {(p.item_number, p.reason) for p in placed} == {("2", "only-item")}


def test_a_per_item_pdf_becomes_its_items_document_and_the_meetings_own_document_does_not():
    referat = _meeting(BUDGET, SKOLE, sha="referat")
    punkt = Reading("punkt02.pdf", "punkt02", 500, DocumentKind.ITEM_PDF, 3, ["", "", ""], _meeting(SKOLE, sha="p2"))
    own = Reading("referat.pdf", "referat", 900, DocumentKind.MEETING, 10, [""] * 10, referat)
    placed = place_item_pdfs([("m", referat)], [punkt, own])
    assert [(p.file_name, p.item_number, p.reason, p.pages) for p in placed] == [("punkt02.pdf", "2", "item-pdf", 3)]
