"""Sub-points with their own bilag lists (eDoc's "Meddelelser": a) … Bilag … b) … Bilag …).

Each bilag list belongs to the sub-point printed above it, so a member must read them together,
in the order of the paper — not the sub-points first and the bilag lists detached after them —
while the item's attachments still name every bilag. An ordinary item whose text ends in a
lettered list keeps its own "Bilag" section: only sub-points that carry bilag lists are folded.
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
    assert [b.markers for b in lists] == [["a.", "b."], ["c."], ["d."]]
    kinds = [b.kind for b in body.blocks]
    assert kinds.count(BlockKind.SUBHEADING) == 3 and kinds[1] is BlockKind.SUBHEADING
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
    # The item's bilag are still listed together below, for opening them.
    assert text.rindex("Forslag til studiebesøg") > positions[-1]


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
    assert [m for b in points for m in b.markers] == ["a.", "b.", "c.", "d.", "e."]
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
