"""Sub-points with their own bilag lists (eDoc's "Meddelelser": a) … Bilag … b) … Bilag …).

Each bilag list belongs to the sub-point printed above it, so a member must read them together,
in the order of the paper — not the sub-points first and the bilag lists detached after them —
and the sub-points stay ONE list a)–e) (issue #17: "'Bilag' headings inside a sub-point don't
split the sub-points"): a bilag list is lines of its sub-point's list item. The item's
attachments still name every bilag. An ordinary item whose text ends in a lettered list keeps
its own "Bilag" section: only sub-points that carry bilag lists are folded.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.model import AgendaItem, BlockKind, Meeting, SectionKind
from app.parsing import parse_file, parse_text
from tests import real_docs
from tests.helpers.pdf_builder import build_pdf

SHAPE = """Ballerup Kommune

Referat

Sundheds- og Forebyggelsesudvalget

Mødedato: 04.12.2012
Mødetidspunkt: 17:00
Mødested: Mødelokale 1

## 1. Meddelelser

Sagsnr.: 2011-29298

a. Møder og konferencer i foråret

b. Konference om det nære sundhedsvæsen

## Bilag

2012-208960 - Program for konferencen om det nære sundhedsvæsen

c. Redegørelse om Seniorrådets høringssvar

## Bilag

2012-204248 - Redegørelse om høringssvaret
2012-204249 - Seniorrådets høringssvar

d. Udvalgets studiebesøg i 2013

## Bilag

2012-209266 - Forslag til studiebesøg

## Udvalgets beslutning den 04.12.2012

Taget til efterretning

## 2. Kvalitetsstandarder for stofbehandling

Sagsnr.: 2012-11111

## Sagsfremstilling

Forvaltningen foreslår to ændringer:

a. Ventetiden nedsættes

b. Tilbuddet udvides

## Bilag

2012-300001 - Kvalitetsstandard 2013

## Udvalgets beslutning den 04.12.2012

Godkendt
"""

# What a member reads in item 1, top to bottom.
ITEM_ONE_ORDER = [
    "Møder og konferencer i foråret",
    "Konference om det nære sundhedsvæsen",
    "2012-208960 - Program for konferencen om det nære sundhedsvæsen",
    "Redegørelse om Seniorrådets høringssvar",
    "2012-204248 - Redegørelse om høringssvaret",
    "2012-204249 - Seniorrådets høringssvar",
    "Udvalgets studiebesøg i 2013",
    "2012-209266 - Forslag til studiebesøg",
    "Taget til efterretning",
]


def _parse(as_pdf: bool, tmp_path: Path) -> Meeting:
    if not as_pdf:
        return parse_text(SHAPE)
    path = tmp_path / "referat.pdf"
    build_pdf(SHAPE, path, header="Sundheds- og Forebyggelsesudvalget 04.12.2012")
    return parse_file(path)


def _item_view_text(meeting: Meeting, item: AgendaItem) -> str:
    """The item page as the window shows it, as plain text."""
    from PySide6.QtGui import QTextDocument

    from app.ui.formatting import item_html

    document = QTextDocument()
    document.setHtml(item_html(meeting, item))
    return document.toPlainText()


def _in_order(text: str, lines: list[str]) -> list[int]:
    flat = " ".join(text.split())
    return [flat.find(line) for line in lines]


@pytest.mark.parametrize("as_pdf", [False, True], ids=["text", "pdf"])
def test_each_sub_point_keeps_its_bilag_list_under_it(as_pdf: bool, tmp_path: Path) -> None:
    meeting = _parse(as_pdf, tmp_path)
    first, second = meeting.items
    assert not first.sections_of(SectionKind.ATTACHMENTS)  # no bilag list detached from its sub-point
    body = first.sections[0]
    assert body.kind is SectionKind.PRESENTATION
    lists = [b for b in body.blocks if b.kind is BlockKind.NUMBERED_LIST]
    assert [b.kind for b in body.blocks] == [BlockKind.NUMBERED_LIST]  # one list, no "Bilag" splitting it
    assert lists[0].markers == ["a.", "b.", "c.", "d."]
    assert lists[0].items[1].split("\n") == [
        "Konference om det nære sundhedsvæsen",
        "Bilag",
        "2012-208960 - Program for konferencen om det nære sundhedsvæsen",
    ]
    assert lists[0].items[3].endswith("Bilag\n2012-209266 - Forslag til studiebesøg")  # the last one's, too
    assert _in_order(body.text, ITEM_ONE_ORDER[:-1]) == sorted(_in_order(body.text, ITEM_ONE_ORDER[:-1]))
    assert [(a.name, a.document_number) for a in first.attachments] == [
        ("Program for konferencen om det nære sundhedsvæsen", "2012-208960"),
        ("Redegørelse om høringssvaret", "2012-204248"),
        ("Seniorrådets høringssvar", "2012-204249"),
        ("Forslag til studiebesøg", "2012-209266"),
    ]
    assert [d.text for d in first.decisions] == ["Taget til efterretning"]
    # An item whose text merely ends in a lettered list keeps its bilag as the item's own.
    assert [s.kind for s in second.sections][-2:] == [SectionKind.ATTACHMENTS, SectionKind.DECISION]
    assert [a.name for a in second.attachments] == ["Kvalitetsstandard 2013"]


def test_item_view_shows_each_sub_point_with_its_bilag_in_order(qtbot, tmp_path: Path) -> None:
    meeting = _parse(True, tmp_path)
    text = _item_view_text(meeting, meeting.items[0])
    positions = _in_order(text, ITEM_ONE_ORDER)
    assert -1 not in positions and positions == sorted(positions), text
    # The bilag name is a line of its own under its sub-point, not run into the sub-point's title.
    assert "\n2012-208960 - Program for konferencen om det nære sundhedsvæsen" in text
    # The item's bilag are still listed together below, for opening them.
    assert text.rindex("Forslag til studiebesøg") > positions[-1]


def _html_text(html: str) -> str:
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def test_every_reader_of_the_item_keeps_the_sub_points_one_list(qtbot, tmp_path: Path) -> None:
    """Briefing, search and the plain text read the list whole, bilag under their sub-points."""
    from app.export.briefing import _section_html
    from app.search.index import item_fields

    meeting = _parse(True, tmp_path)
    item = meeting.items[0]
    briefing = _html_text(_section_html(item.sections[0]))
    searched = " ".join(item_fields(item).values())
    plain = item.sections[0].text
    for text in (briefing, searched, plain):
        positions = _in_order(text, ITEM_ONE_ORDER[:-1])
        assert -1 not in positions and positions == sorted(positions), text
    # One list a.–d., its markers in order and each bilag line under its sub-point.
    assert _in_order(briefing, ["a.", "b.", "c.", "d."]) == sorted(_in_order(briefing, ["a.", "b.", "c.", "d."]))
    assert "\n2012-208960 - Program for konferencen om det nære sundhedsvæsen" in briefing
    assert [line.split(" ")[0] for line in plain.split("\n") if line[:2] in ("a.", "b.", "c.", "d.")] == [
        "a.",
        "b.",
        "c.",
        "d.",
    ]
    # A round trip through the stored form keeps it (no new keys: older releases read it too).
    from app.model import Meeting

    stored = meeting.to_dict()
    assert stored["items"][0]["sections"][0]["blocks"][0].keys() == {"kind", "items", "markers"}
    assert Meeting.from_dict(stored).items[0].sections[0].text == plain


BALLERUP_ITEM_ONE = [
    "Møder og konferencer",
    "Konference den 23. januar 2012 - Hvordan udvikler vi det nære sundhedsvæsen sammen?",
    "2012-208960 - Hvordan udvikler vi det nære sundhedsvæsen sammen?",
    "Konference den 10. december 2012 - Forebyggelse af ulighed i sundhedsvæsenet",
    "2012-209266 - Forebyggelse af ulighed i sundhedsvæsenet",
    "Redegørelse fra Træning og Aktivitet vedrørende Seniorrådets høringssvar",
    "2012-204248 - Redegørelse fra Træning og Aktivitet vedrørende Seniorrådets høringssvar",
    "Sundheds- og Forebyggelsesudvalgets aktiviteter 2013 herunder konferencer, studiebesøg m.fl.",
    "Taget til efterretning",
]


@pytest.mark.real_docs
@pytest.mark.parametrize(
    "name",
    [
        "ballerup_sundheds-forebyggelsesudvalget_2012-12-04_referat.pdf",
        "ballerup_sfu_2012-12-04_punkt01_meddelelser.pdf",
    ],
    ids=["referat", "punkt01"],
)
def test_ballerup_meddelelser_reads_each_sub_point_with_its_bilag(name: str, qtbot) -> None:
    meeting = parse_file(real_docs.path(name))
    item = meeting.items[0]
    assert item.title == "Meddelelser" and not item.sections_of(SectionKind.ATTACHMENTS)
    points = [b for b in item.sections[0].blocks if b.kind is BlockKind.NUMBERED_LIST]
    assert [b.markers for b in points] == [["a.", "b.", "c.", "d.", "e."]]  # one list, bilag inside
    text = _item_view_text(meeting, item)
    positions = _in_order(text, BALLERUP_ITEM_ONE)
    assert -1 not in positions and positions == sorted(positions), text
    xml = real_docs.path("ballerup_sfu_2012-12-04_eDocAgendaPublishing.xml").read_text(encoding="utf-8")
    node = next(
        n
        for n in ET.fromstring(xml.replace("&#xC;", "")).iter("MeetingAgendaItem")
        if n.findtext("AgendaItemNumber") == "1"
    )
    assert sorted(a.name for a in item.attachments) == sorted(a.findtext("Title") for a in node.iter("Attachment"))
