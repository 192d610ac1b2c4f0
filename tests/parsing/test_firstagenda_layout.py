"""Golden tests on FirstAgenda-layout PDFs built at test time (tests/helpers/firstagenda_pdf.py).

The decision is printed FIRST ("Beslutninger" before Resume), titles wrap onto a second line,
the recommendation is "Beslutningspunkter — Det indstilles: At 1) … At 2) …", the "Bilag" list
comes last (a bilag may be called "Indstilling"), and a contents list with dotted leaders
precedes the items. The portal JSON used here is written in the test, so it runs everywhere;
the published Greve JSON is scored in bench/fidelity.py and in the real-docs test at the end.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.model import BlockKind, SectionKind
from app.parsing import parse_file, parse_text
from tests import real_docs
from tests.helpers.firstagenda_pdf import STYLES, build_firstagenda_pdf

LONG_TITLE = (
    "Svar på forslag fra DD om principbeslutning om at sikre Havnens Perles fremtid på Aarhus Ø "
    "og om at undersøge en ny placering af sejlklubbens bådoplag"
)


def _portal_json() -> dict:
    def item(number: str, name: str, case: str, html: str, bilag: list[str]) -> dict:
        return {
            "Punktnummer": number,
            "Navn": name,
            "SagsNummer": case,
            "Felter": [{"Html": html}],
            "Bilag": [{"Navn": b} for b in bilag],
        }

    indstilling = (
        "<h4>Indstilling</h4><p>Administrationen indstiller,</p><ol>"
        "<li>at forslaget godkendes,</li><li>at udgiften finansieres af puljen til byudvikling, og</li>"
        "<li>at administrationen orienterer udvalget igen i 2026.</li></ol>"
    )
    body = (
        "<h4>Resume</h4><p>Sagen handler om havnens fremtid.</p>" + indstilling + "<h4>Sagsbeskrivelse</h4>"
        + "".join(f"<p>{f'Afsnit {n} om baggrunden for sagen, som fylder en del på siden. ' * 6}</p>" for n in range(6))
        + "<h4>Økonomiske konsekvenser</h4><ul><li>Anlæg 2 mio. kr.</li><li>Drift 0,1 mio. kr.</li></ul>"
    )
    history = (
        "<h3>Sagens forløb</h3><span class='sagsforloeb'><u>12-05-2025 Teknisk Udvalg</u><br> Udsat.<br>"
        "<u>02-06-2025 Teknisk Udvalg</u><br> Oversendt til Byrådet.<br></span>"
    )
    return {
        "Udvalg": {"Navn": "Teknisk Udvalg"},
        "Moede": {
            "Dato": "2025-10-01T15:00:00+02:00",
            "Sted": "Rådhuset, lokale 1.21",
            "Moededeltagere": [
                {"Name": "Anders Winnerskjold", "Absent": False},
                {"Name": "Jens Friis Felber", "Absent": False},
                {"Name": "Mette Kristensen", "Absent": True},
            ],
        },
        "Dagsordenpunkter": [
            item("1", "Godkendelse af dagsorden", "25-000123",
                 "<h3>Beslutning</h3><span>Godkendt.</span><h3>Fremstilling</h3><h4>Resume</h4><p>Dagsorden.</p>",
                 []),
            item("2", LONG_TITLE, "EMN-2025-003383",
                 "<h3>Beslutning</h3><span>Indstillingen blev godkendt.</span><h3>Fremstilling</h3>" + body + history,
                 ["Indstilling", "Bilag 1: Kort over området", "Bilag 2: Høringssvar fra sejlklubben",
                  "Meningstilkendegivelse fra Havnens Perle (påført 01.10.2025)"]),
            item("3", "Lukket: Køb af ejendom", "22-012933",
                 "<h3>Beslutning</h3><span>Godkendt.</span><h3>Fremstilling</h3><h4>Resume</h4><p>Lukket.</p>", []),
            item("4", "Eventuelt", "", "<h3>Beslutning</h3><span>Intet.</span>", []),
        ],
    }  # fmt: skip


@pytest.fixture(params=range(len(STYLES)), ids=lambda v: f"variant{v}")
def minutes_pdf(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, dict]:
    path = tmp_path / "referat.pdf"
    built = build_firstagenda_pdf(_portal_json(), path, minutes=True, variant=request.param, municipality="Aarhus")
    assert built.pages >= 4
    return path, built.truth


def test_minutes_parse_field_by_field(minutes_pdf: tuple[Path, dict]) -> None:
    path, truth = minutes_pdf
    meeting = parse_file(path)
    assert meeting.committee == "Teknisk Udvalg"
    assert meeting.municipality == "Aarhus"
    assert (meeting.date, meeting.start_time) == ("2025-10-01", "15:00")
    assert meeting.location == "Rådhuset, lokale 1.21"
    assert meeting.participants == ["Anders Winnerskjold", "Jens Friis Felber"]
    assert meeting.absent == ["Mette Kristensen"]
    assert meeting.document_type == "referat"
    assert [i.number for i in meeting.items] == ["1", "2", "3", "4"]  # the contents list is no item
    two = meeting.items[1]
    assert two.title == LONG_TITLE  # wrapped onto a second line, joined
    assert two.case_number == "EMN-2025-003383"
    assert meeting.items[2].case_number == "22-012933"
    assert [i.closed for i in meeting.items] == [False, False, True, False]
    assert meeting.items[2].title == "Køb af ejendom"
    assert [i.last_decision.text if i.last_decision else None for i in meeting.items] == [
        "Godkendt.", "Indstillingen blev godkendt.", "Godkendt.", "Intet."
    ]  # fmt: skip
    # A bilag named "Indstilling" stays an attachment; the recommendation is the real one.
    assert [a.name for a in two.attachments] == truth["items"][1]["attachments"]
    recommendation = two.sections_of(SectionKind.RECOMMENDATION)
    assert recommendation and "Kort over området" not in recommendation[0].text
    assert "forslaget godkendes" in recommendation[0].text
    assert "..." not in " ".join(i.title for i in meeting.items)


def test_recommendation_points_and_history_are_structured(tmp_path: Path) -> None:
    path = tmp_path / "referat.pdf"
    build_firstagenda_pdf(_portal_json(), path, minutes=True, variant=0)
    two = parse_file(path).items[1]
    recommendation = two.sections_of(SectionKind.RECOMMENDATION)
    points = [b for s in recommendation for b in s.blocks if b.kind is BlockKind.NUMBERED_LIST]
    assert points and points[0].markers == ["At 1)", "At 2)", "At 3)"]
    assert points[0].items[1] == "udgiften finansieres af puljen til byudvikling, og"
    history = [(t.date, t.body) for t in two.treatments]
    assert history == [("2025-05-12", "Teknisk Udvalg"), ("2025-06-02", "Teknisk Udvalg")]
    assert two.treatments[0].item_number == "2" and two.treatments[0].text == "Udsat."


def test_symbol_font_bullets_become_bullets(tmp_path: Path) -> None:
    path = tmp_path / "referat.pdf"
    build_firstagenda_pdf(_portal_json(), path, minutes=True, variant=1)  # bullets set in the Symbol font
    economy = parse_file(path).items[1].sections_of(SectionKind.ECONOMY)[0]
    assert economy.blocks[0].kind is BlockKind.BULLET_LIST
    assert economy.blocks[0].items == ["Anlæg 2 mio. kr.", "Drift 0,1 mio. kr."]
    # Word's Symbol bullets reach the text layer as the private-use U+F0B7: shown as •.
    text = "Punkt 1: Budget\n\n24/1234\n\nØkonomi\n\n\uf0b7 Anlæg 2 mio. kr.\n\uf0b7 Drift 0,1 mio. kr.\n"
    item = parse_text("REFERAT Økonomiudvalget d. 01-02-2024\n\n" + text).items[0]
    block = item.sections_of(SectionKind.ECONOMY)[0].blocks[0]
    assert block.kind is BlockKind.BULLET_LIST and block.items == ["Anlæg 2 mio. kr.", "Drift 0,1 mio. kr."]
    assert "\uf0b7" not in item.full_text


def test_agenda_has_no_decisions(tmp_path: Path) -> None:
    path = tmp_path / "dagsorden.pdf"
    build_firstagenda_pdf(_portal_json(), path, minutes=False, variant=2)
    meeting = parse_file(path)
    assert meeting.document_type == "dagsorden"
    assert len(meeting.items) == 4
    assert all(not i.decisions for i in meeting.items)
    assert "referat without decisions" not in meeting.warnings


@pytest.mark.real_docs
@pytest.mark.parametrize("source", real_docs.glob("firstagenda/*.json"), ids=lambda p: p.stem[6:40])
def test_published_portal_json_as_minutes(source: Path, tmp_path: Path) -> None:
    data = json.loads(source.read_text(encoding="utf-8"))
    path = tmp_path / "referat.pdf"
    truth = build_firstagenda_pdf(data, path, minutes=True, variant=len(source.name)).truth
    meeting = parse_file(path)
    assert [i.number for i in meeting.items] == [t["number"] for t in truth["items"]]
    assert [" ".join(i.title.split()) for i in meeting.items] == [t["title"] for t in truth["items"]]
    assert [i.case_number for i in meeting.items] == [t["case_number"] for t in truth["items"]]
    assert [i.closed for i in meeting.items] == [t["closed"] for t in truth["items"]]
    assert [[a.name for a in i.attachments] for i in meeting.items] == [t["attachments"] for t in truth["items"]]


def test_per_item_pdf_takes_committee_and_date_from_its_running_header(tmp_path: Path) -> None:
    from tests.helpers.pdf_builder import build_pdf

    body = " ".join(["Udviklingsplanen beskriver havnens arealer, byrum og forbindelser."] * 60)
    text = (
        "## Punkt 2: Udviklingsplan Aarhus Ø - endelig vedtagelse\n\nEMN-2025-009242\n\n## Beslutninger\n\n"
        f"Udvalget kunne tiltræde indstillingen.\n\n## Resume\n\n{body}\n\n## Bilag\n\nIndstilling\n"
    )
    path = tmp_path / "punkt2.pdf"
    assert build_pdf(text, path, header="Teknisk Udvalg - Referat - 1. oktober 2025") >= 2
    meeting = parse_file(path)
    assert (meeting.committee, meeting.date) == ("Teknisk Udvalg", "2025-10-01")
    assert [(i.number, i.case_number) for i in meeting.items] == [("2", "EMN-2025-009242")]
    assert meeting.items[0].last_decision is not None
    assert "Teknisk Udvalg - Referat" not in meeting.items[0].full_text
