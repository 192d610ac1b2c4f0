"""Acadre/Adlib-layout minutes and agendas built here (tests/helpers/acadre_pdf.py), read by the
general shape of the page: a cover with the place's address lines and two-column member lists,
the contents and bilag tables, runs of title-only closed items, and "Beslutning i <udvalg> den
<dato>" headings of which only this meeting's is the decision."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.model import SectionKind
from app.parsing import parse_file
from tests.helpers.acadre_pdf import ACADRE_STYLES, build_acadre_pdf

SAGSFREMSTILLING = " ".join(["Forvaltningen har udarbejdet et forslag til en ny struktur for området."] * 4)


def _portal_json() -> dict:
    def item(number: str, name: str, case: str, html: str, bilag: list[str]) -> dict:
        return {"Punktnummer": number, "Navn": name, "SagsNummer": case, "Felter": [{"Html": html}],
                "Bilag": [{"Navn": b} for b in bilag]}  # fmt: skip

    body = (
        "<h3>Fremstilling</h3><h4>Resume</h4><p>Sagen handler om en ny skolestruktur.</p>"
        "<h4>Sagsbeskrivelse</h4><p>Sagen blev drøftet på temamødet.</p><p>Høringen afsluttes i marts.</p>"
        f"<p>{SAGSFREMSTILLING}</p>"
        "<h4>Indstilling</h4><p>Forvaltningen indstiller, at forslaget sendes i høring.</p>"
    )
    history = "<h3>Sagens forløb</h3><span><u>12-09-2012 Børne- og Skoleudvalget</u><br> Sagen blev udsat.<br></span>"
    return {
        "Udvalg": {"Navn": "Økonomiudvalget"},
        "Moede": {
            "Dato": "2012-10-02T08:00:00+02:00",
            "Sted": "Kaløvig Kursuscenter",
            "Moededeltagere": [
                {"Name": n, "Absent": n in ("Kirstine Bille", "Jens Hansen")}
                for n in ("Claus Wistoft", "Kirstine Bille", "Jens Hansen", "Anne Lund", "Bo Berg", "Eva Holm")
            ],
        },
        "Dagsordenpunkter": [
            item(
                "1",
                "Godkendelse af dagsorden",
                "12-012933",
                "<h3>Beslutning</h3><span>Godkendt.</span><h3>Fremstilling</h3><h4>Resume</h4><p>Dagsorden.</p>",
                [],
            ),
            item(
                "2",
                "Skolestruktur 2013 - udsendelse i høring",
                "12-013001",
                "<h3>Beslutning</h3><span>Indstillingen blev godkendt.</span>" + body + history,
                [
                    "Opsamlingsnotat. Temamøde 20.09.2012",
                    "Politik for Kultur og Fritid, herunder idrætspolitikken for hele kommunen og dens foreninger",
                ],
            ),
            item("3", "Lukket: Salg af grund", "12-014000", "<h3>Beslutning</h3><span>Godkendt.</span>", []),
            item("4", "Lukket: Personalesag", "12-014001", "<h3>Beslutning</h3><span>Godkendt.</span>", []),
        ],
    }


@pytest.fixture(params=range(len(ACADRE_STYLES)), ids=lambda v: f"variant{v}")
def minutes(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[object, dict]:
    path = tmp_path / "referat.pdf"
    built = build_acadre_pdf(_portal_json(), path, minutes=True, variant=request.param, municipality="Syddjurs")
    return parse_file(path), built.truth


def test_cover_place_with_address_lines_and_members_in_two_columns(minutes: tuple) -> None:
    meeting, truth = minutes
    assert (meeting.committee, meeting.municipality) == ("Økonomiudvalget", "Syddjurs")
    assert (meeting.date, meeting.start_time) == ("2012-10-02", "08:00")
    assert meeting.location == truth["location"]
    assert meeting.location.startswith("Kaløvig Kursuscenter, ") and meeting.location.count(", ") >= 1
    assert sorted(meeting.participants) == sorted(truth["participants"])
    assert all(p.endswith(")") for p in meeting.participants)  # party letters kept
    # Two absentees printed side by side are two names, never one.
    assert sorted(meeting.absent) == sorted(truth["absent"]) and len(meeting.absent) >= 2


def test_numbers_titles_case_numbers_and_a_run_of_closed_items(minutes: tuple) -> None:
    meeting, truth = minutes
    want = [(t["number"], t["title"], t["closed"]) for t in truth["items"]]
    assert [(i.number, i.title, i.closed) for i in meeting.items] == want
    assert [i.closed for i in meeting.items][-3:] == [True, True, True]  # one per page, one after another
    assert [i.case_number for i in meeting.items if not i.closed] == [
        t["case_number"] for t in truth["items"] if not t["closed"]
    ]
    assert "Sagen afgøres i" not in meeting.items[1].full_text


def test_bilag_table_rows_become_names_with_document_numbers(minutes: tuple) -> None:
    meeting, truth = minutes
    item = meeting.items[1]
    assert [a.name for a in item.attachments] == truth["items"][1]["attachments"]
    assert all(a.document_number and "/" in a.document_number for a in item.attachments)
    assert "Åben" not in " ".join(a.name for a in item.attachments)


def test_this_meetings_decision_is_the_decision_and_earlier_ones_are_history(minutes: tuple) -> None:
    meeting, _truth = minutes
    item = meeting.items[1]
    assert [d.text for d in item.decisions] == ["Indstillingen blev godkendt."]
    assert item.decisions[0].date == "2012-10-02"
    assert [(t.date, t.body, t.text) for t in item.treatments] == [
        ("2012-09-12", "Børne- og Skoleudvalget", "Sagen blev udsat.")
    ]
    assert not meeting.warnings


@pytest.mark.parametrize("variant", range(len(ACADRE_STYLES)))
def test_agenda_prints_earlier_treatments_but_has_no_decision(variant: int, tmp_path: Path) -> None:
    path = tmp_path / "dagsorden.pdf"
    build_acadre_pdf(_portal_json(), path, minutes=False, variant=variant)
    meeting = parse_file(path)
    assert meeting.document_type == "dagsorden"
    assert len(meeting.items) == len(_portal_json()["Dagsordenpunkter"]) + 1 + variant % 3
    assert all(not i.decisions for i in meeting.items)
    assert meeting.items[1].treatments[0].date == "2012-09-12"


@pytest.mark.parametrize("variant", [v for v, s in enumerate(ACADRE_STYLES) if s.para_gap == 0.0])
def test_paragraphs_without_gaps_end_where_their_last_line_ends_short(variant: int, tmp_path: Path) -> None:
    path = tmp_path / "referat.pdf"
    build_acadre_pdf(_portal_json(), path, minutes=True, variant=variant)
    presentation = parse_file(path).items[1].sections_of(SectionKind.PRESENTATION)
    paragraphs = [b.text for s in presentation for b in s.blocks]
    assert paragraphs == ["Sagen blev drøftet på temamødet.", "Høringen afsluttes i marts.", SAGSFREMSTILLING]


@pytest.mark.parametrize("variant", [v for v, s in enumerate(ACADRE_STYLES) if s.para_gap == 0.0])
def test_a_line_ending_short_without_a_full_stop_ends_its_paragraph_too(variant: int, tmp_path: Path) -> None:
    """A line "… (bilag 1)", a caption, "… lyder:" before a quotation: the line had room for the next
    word, so its author ended it — but a run of names broken anywhere stays one paragraph."""
    data = _portal_json()
    names = "Claus Wistoft, Kirstine Bille, Jens Hansen, Anne Lund, Bo Berg, Eva Holm, Ole Dam, Pia Krog"
    data["Dagsordenpunkter"][1]["Felter"] = [
        {
            "Html": "<h3>Fremstilling</h3><h4>Sagsbeskrivelse</h4>"
            "<p>Forvaltningen har udarbejdet en analyse af skolernes kapacitet (bilag 1)</p>"
            "<p>Tabel 1 - Elevtal 2013 fordelt på skoler</p>"
            "<p>Kommunens retningslinjer for skolernes kapacitet lyder:</p>"
            "<p>”Der skal være plads til alle elever i distriktet.”</p>"
            f"<p>Arbejdsgruppen bestod af {names}, {names} og {names}</p>"
        }
    ]
    path = tmp_path / "referat.pdf"
    build_acadre_pdf(data, path, minutes=True, variant=variant)
    presentation = parse_file(path).items[1].sections_of(SectionKind.PRESENTATION)
    assert [" ".join(b.text.split()) for s in presentation for b in s.blocks] == [
        "Forvaltningen har udarbejdet en analyse af skolernes kapacitet (bilag 1)",
        "Tabel 1 - Elevtal 2013 fordelt på skoler",
        "Kommunens retningslinjer for skolernes kapacitet lyder:",
        "”Der skal være plads til alle elever i distriktet.”",
        f"Arbejdsgruppen bestod af {names}, {names} og {names}",
    ]
