"""Real published PDFs (eDoc Ballerup, SBSYS Aarhus) checked against the systems' own XML."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from app.model import SectionKind
from app.parsing import parse_file
from tests import real_docs

pytestmark = pytest.mark.real_docs

BALLERUP_REFERAT = "ballerup_sundheds-forebyggelsesudvalget_2012-12-04_referat.pdf"
BALLERUP_XML = "ballerup_sfu_2012-12-04_eDocAgendaPublishing.xml"
AARHUS_PDF = "aarhus_moedesystemgruppen_2016-10-06_referat_sbsys.pdf"
AARHUS_XML = "aarhus_moedesystemgruppen_2016-10-06_sbsys_publication.xml"


def _ballerup_truth() -> dict[str, dict]:
    xml = real_docs.path(BALLERUP_XML).read_text(encoding="utf-8").replace("&#xC;", "")
    root = ET.fromstring(xml)
    truth = {}
    for node in root.iter("MeetingAgendaItem"):
        number = node.findtext("AgendaItemNumber")
        doc = node.find("Document")
        full = node.findtext("FullText") or ""
        case = re.search(r"Sagsnr\.:\s*(\S+)", full)
        decision = re.search(r"beslutning den [\d.]+ Punkt \d+\s*\n(.+)", full)
        truth[number] = {
            "title": doc.findtext("Title") if doc is not None else "",
            "case": case.group(1) if case else None,
            "decision": decision.group(1).strip() if decision else None,
            "attachments": len(list(node.iter("Attachment"))),
        }
    return truth


def test_ballerup_referat_matches_the_edoc_export() -> None:
    meeting = parse_file(real_docs.path(BALLERUP_REFERAT))
    truth = _ballerup_truth()
    assert [i.number for i in meeting.items] == sorted(truth, key=int)
    for item in meeting.items:
        expected = truth[item.number]
        assert item.title == expected["title"]
        assert item.case_number == expected["case"]
        assert item.last_decision is not None
        assert item.last_decision.text.startswith(expected["decision"])
        assert item.last_decision.date == "2012-12-04"
        # Verdana is an Identity-H font whose width table pypdf keys by code: the genitive "s"
        # printed as a run of its own must not become a word ("…udvalget s beslutning").
        assert item.sections_of(SectionKind.DECISION)[-1].heading.startswith(
            "Sundheds- og Forebyggelsesudvalgets beslutning den"
        )
        assert len(item.attachments) == expected["attachments"]
    assert meeting.committee == "Sundheds- og Forebyggelsesudvalget"
    assert meeting.municipality == "Ballerup"
    assert (meeting.date, meeting.start_time) == ("2012-12-04", "13:00")
    assert meeting.location == "Mødecenter C, Lokale 32 på Ballerup Rådhus"
    assert meeting.participants[0] == "Lolan Ottesen (A)" and len(meeting.participants) == 7


def test_ballerup_running_headers_removed_and_pages_kept() -> None:
    meeting = parse_file(real_docs.path(BALLERUP_REFERAT))
    assert [i.source_page for i in meeting.items] == [3, 3, 6, 7, 9, 10, 12, 14]
    assert all("Dato: 04.12.2012" not in i.full_text for i in meeting.items)
    six = meeting.items[5]
    assert six.title == "Prioritering af midler til kronisk syge borgere og hverdagsrehabilitering for ældre"


@pytest.mark.parametrize("path", real_docs.glob("ballerup_sfu_2012-12-04_punkt*.pdf"), ids=lambda p: p.name[24:32])
def test_each_item_pdf_parses_to_its_item(path) -> None:
    truth = _ballerup_truth()
    meeting = parse_file(path)
    assert len(meeting.items) == 1
    item = meeting.items[0]
    assert item.title == truth[item.number]["title"]
    assert item.case_number == truth[item.number]["case"]
    assert meeting.committee == "Sundheds- og Forebyggelsesudvalget"
    assert meeting.date == "2012-12-04"


def test_aarhus_sbsys_referat_matches_its_xml() -> None:
    root = ET.fromstring(real_docs.path(AARHUS_XML).read_bytes())
    agenda = root.find(".//Agenda")
    items = [i for i in agenda.iter("Item") if i.findtext("Number") != "0"]  # "0" = document sections
    expected = [(i.findtext("Number"), (i.findtext("Caption") or "").strip()) for i in items]
    meeting = parse_file(real_docs.path(AARHUS_PDF))
    assert [(i.number, i.title) for i in meeting.items] == expected
    assert meeting.committee == "Mødesystemgruppen"
    assert (meeting.date, meeting.start_time, meeting.location) == ("2016-10-06", "13:00", "Rådhuset lokale 233")
    status = meeting.items[1]
    assert status.last_decision is not None and status.last_decision.text.startswith("Alle skal have indhold")


def test_ballerup_earlier_treatment_references_are_its_history() -> None:
    # eDoc prints "Kommunalbestyrelsen den 30. januar 2012 Punkt 5" above the item's text: where
    # the case was treated before — a Sagsforløb, not a paragraph of the description.
    expected = {
        "3": [("Kommunalbestyrelsen", "2012-01-30", "5")],
        "4": [("Sundheds- og Forebyggelsesudvalget", "2012-05-30", "7")],
    }
    for name in (BALLERUP_REFERAT, *(p.name for p in real_docs.glob("ballerup_sfu_2012-12-04_punkt0[34]_*.pdf"))):
        meeting = parse_file(real_docs.path(name))
        for item in meeting.items:
            got = [(t.body, t.date, t.item_number) for t in item.treatments]
            assert got == expected.get(item.number, []), (name, item.number)
            if item.number in expected:
                assert item.sections[0].kind is SectionKind.HISTORY and item.sections[0].heading == ""
                assert item.sections[1].heading == "Sammendrag"
                assert item.last_decision is not None and item.last_decision.date == "2012-12-04"


def test_aarhus_sbsys_empty_referat_boxes_are_no_decisions() -> None:
    # SBSYS prints a "Referat" box under every point; most were left empty at this meeting.
    meeting = parse_file(real_docs.path(AARHUS_PDF))
    decided = {i.number: [d.text for d in i.decisions] for i in meeting.items}
    assert decided["1.1"] and decided["1.1"][0].startswith("Alle skal have indhold")
    for number in ("1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "3"):
        item = next(i for i in meeting.items if i.number == number)
        assert decided[number] == [] and item.last_decision is None, number
        assert not item.sections_of(SectionKind.DECISION), number
    assert next(i for i in meeting.items if i.number == "1.2").sections[0].heading == "Oplæg"
    # The boxes were found and are empty: the parser read them right, so no "unsure" notice.
    assert "referat without decisions" not in meeting.warnings
