"""The FirstAgenda portal's JSON and saved web pages import item by item like the portal lists them.

The 18 Greve meetings are checked against the JSON's own fields (numbers, titles, case numbers,
decisions, bilag names); the two saved Aarhus pages against their own markup. The published
files are read from ``--real-docs`` and never copied into the repository.
"""

from __future__ import annotations

import html
import html as html_module
import json
import re

import pytest

from app.model import BlockKind, SectionKind
from app.parsing import ImportFailure, ParseError, parse_bytes, parse_file
from app.parsing.firstagenda import parse_portal_json
from app.parsing.firstagenda_html import html_sections
from tests import real_docs

GREVE = real_docs.glob("firstagenda/greve_*.json")
AARHUS = real_docs.glob("firstagenda/aarhus_*.html")


def _decision_html(html: str) -> list[str] | None:
    """The text of the minutes' decision box, straight from the portal's HTML (the oracle)."""
    m = re.search(r"<h3>\s*Beslutning\s*</h3>(.*?)<h3>Fremstilling</h3>", html, re.S)
    if not m:
        return None
    inline = re.sub(r"</?(?:b|i|em|strong|span|u|sup|sub|a)\b[^>]*>", "", m.group(1))
    return _words(re.sub(r"<[^>]+>", " ", inline))


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", html_module.unescape(text))


def _closed_decision_html(point: dict, raw: dict) -> list[str] | None:
    """The words of a closed item's headingless body in published minutes (its decision)."""
    body = point["Felter"][0]["Html"] or ""
    inline = re.sub(r"</?(?:b|i|em|strong|span|u|sup|sub|a)\b[^>]*>", "", body)
    words = _words(re.sub(r"<[^>]+>", " ", inline))
    closed = " ".join(point["Caption"].split()).lower().startswith("lukket:")
    if not (closed and raw["Moede"]["Afsluttet"] and words) or re.search(r"<h\d", body):
        return None
    return None if " ".join(words[:3]).lower() == "beslutning ikke frigivet" else words


@pytest.mark.real_docs
@pytest.mark.parametrize("path", GREVE, ids=lambda p: p.name)
def test_greve_meeting_matches_the_json_item_by_item(path):
    raw = json.loads(path.read_text(encoding="utf-8"))
    meeting = parse_file(path)
    assert meeting.committee == raw["Udvalg"]["Navn"]
    assert meeting.municipality == "Greve"
    assert meeting.date == raw["Moede"]["Dato"][:10]
    assert meeting.start_time == raw["Moede"]["Dato"][11:16]
    assert meeting.location == (raw["Moede"]["Sted"] or None)
    assert meeting.document_type == ("referat" if raw["Moede"]["Afsluttet"] else "dagsorden")
    assert meeting.source is not None and meeting.source.kind == "json"
    present = [p["Name"] for p in raw["Moede"]["Moededeltagere"] if not (p["Absent"] or p["ParticipationCancelled"])]
    assert meeting.participants == present
    assert len(meeting.items) == len(raw["Dagsordenpunkter"])
    for item, point in zip(meeting.items, raw["Dagsordenpunkter"]):
        caption = " ".join(point["Caption"].split())
        closed = caption.lower().startswith("lukket:")
        assert item.number == point["Number"]
        assert item.closed is closed
        assert item.title == (caption.split(":", 1)[1].strip() if closed else caption)
        assert item.case_number == (point["CaseNumber"] or None)
        assert [a.name for a in item.attachments] == [" ".join(b["Navn"].split()) for b in point["Bilag"]]
        expected = _decision_html(point["Felter"][0]["Html"] or "")
        if expected:
            assert len(item.decisions) == 1, item.number
            decision = item.decisions[0]
            box = item.sections[0]
            assert _words(" ".join(" ".join(b.items) if b.items else b.text for b in box.blocks)) == expected
            assert decision.text == box.text
            assert decision.date == meeting.date and decision.body == meeting.committee
            assert decision.absent == [a["Name"] for a in point["ExternalAgendaItemAttendees"]]
            assert item.sections[0].kind is SectionKind.DECISION  # "Beslutning" first in minutes
        elif _closed_decision_html(point, raw):
            # A closed item of minutes shows only its decision, without the "Beslutning" heading.
            assert [(s.heading, s.kind) for s in item.sections] == [("Beslutning", SectionKind.DECISION)], item.number
            assert len(item.decisions) == 1 and _words(item.decisions[0].text) == _closed_decision_html(point, raw)
        else:
            assert item.decisions == []
        # Every word of the body is somewhere in the sections (no text lost to the HTML walk).
        body = re.sub(r"</?(?:b|i|em|strong|span|u|sup|sub|a)\b[^>]*>", "", point["Felter"][0]["Html"] or "")
        body = re.sub(r"<[^>]+>", " ", body.replace("<h3>Fremstilling</h3>", " "))  # the wrapper heading
        words = {w for w in re.findall(r"\w{6,}", html.unescape(body))}
        assert words <= set(re.findall(r"\w{6,}", item.full_text)), item.number


@pytest.mark.real_docs
def test_greve_body_keeps_headings_tables_and_lists():
    meetings = [parse_file(p) for p in GREVE]
    kinds = {s.kind for m in meetings for i in m.items for s in i.sections}
    assert {SectionKind.DECISION, SectionKind.SUMMARY, SectionKind.RECOMMENDATION, SectionKind.PRESENTATION,
            SectionKind.ECONOMY} <= kinds  # fmt: skip
    blocks = [b for m in meetings for i in m.items for s in i.sections for b in s.blocks]
    tables = [b for b in blocks if b.kind is BlockKind.TABLE]
    lists = [b for b in blocks if b.kind in (BlockKind.BULLET_LIST, BlockKind.NUMBERED_LIST)]
    assert len(tables) >= 40 and all(len(t.rows) >= 1 and len({len(r) for r in t.rows}) == 1 for t in tables)
    assert len(lists) >= 100 and all(item.strip() for b in lists for item in b.items)
    closed = [i for m in meetings for i in m.items if i.closed]
    assert len(closed) == 15 and all(not i.title.lower().startswith("lukket") for i in closed)


@pytest.mark.real_docs
@pytest.mark.parametrize("path", AARHUS, ids=lambda p: p.name)
def test_saved_aarhus_page_imports_like_the_page_shows(path):
    page = path.read_text(encoding="utf-8")
    meeting = parse_file(path)
    titles = [" ".join(t.split()) for t in re.findall(r'<h2 class="overskrift[^"]*"[^>]*>(.*?)</h2>', page, re.S)]
    import html as html_module

    assert [i.title for i in meeting.items] == [html_module.unescape(t) for t in titles]
    assert [i.number for i in meeting.items] == [str(n) for n in range(1, len(titles) + 1)]
    rows = page.split('class="punktrow')[1:]
    cases = [(re.findall(r'<span class="sagsnummer">([^<]*)</span>', row) or [None])[0] for row in rows]
    assert [i.case_number for i in meeting.items] == cases
    assert meeting.municipality == "Aarhus" and meeting.source is not None and meeting.source.kind == "html"
    link = re.compile(r'class="bilag-link"[^>]*>([^<]*)</a>')
    bilag = [[" ".join(html_module.unescape(n).split()) for n in link.findall(row)] for row in rows]
    assert [[a.name for a in i.attachments] for i in meeting.items] == bilag
    if "referat" in path.name:
        assert meeting.document_type == "referat" and meeting.committee == "Teknisk Udvalg"
        assert meeting.date == "2025-10-01" and meeting.start_time == "15:45"
        assert meeting.location == "Udvalgsværelse 398"
        assert all(i.decisions for i in meeting.items)
        assert meeting.items[0].decisions[0].text == "Ingen bemærkninger."
    else:
        assert meeting.document_type == "dagsorden" and meeting.committee == "Aarhus Byråd"
        assert meeting.date == "2025-10-08" and not any(i.decisions for i in meeting.items)
        budget = meeting.items[1]
        assert budget.sections[0].heading == "Resume" and budget.sections[0].kind is SectionKind.SUMMARY


def test_json_that_is_not_a_portal_meeting_gives_one_line():
    for data in (b'{"Udvalg": {}}', b"[1, 2, 3]", b'{"Dagsordenpunkter": ', b"{" * 10):
        with pytest.raises(ParseError) as err:
            parse_bytes(data, "x.json")
        assert err.value.reason is ImportFailure.NOT_PORTAL_JSON
        assert err.value.one_line() == "x.json: the JSON is not a meeting from a FirstAgenda portal"


def test_hostile_html_body_is_plain_text_and_loads_nothing():
    payload = {
        "Udvalg": {"Navn": "Økonomiudvalget"},
        "Moede": {"Dato": "2026-01-05T17:00:00+01:00", "Afsluttet": False, "Moededeltagere": "nonsense"},
        "Dagsordenpunkter": [
            {"Number": 1, "Caption": "Lukket:   Salg af grund", "CaseNumber": None, "Bilag": [{"Navn": ["x"]}],
             "Felter": [{"Html": "<h4>Resume</h4><script>alert(1)</script><img src='file:///etc/passwd'>"
                                 "<p>&lt;b&gt;ikke fed&lt;/b&gt; <b>fed</b></p><table><tr><td>a<td>b</table>"
                                 "<ul><li>én<ul><li>to</li></ul></li></ul><div><div><div>" * 3}]},
            "not a point",
        ],
    }  # fmt: skip
    meeting = parse_portal_json(json.dumps(payload).encode(), "x.json")
    assert meeting.document_type == "dagsorden" and meeting.date == "2026-01-05" and meeting.start_time == "17:00"
    first = meeting.items[0]
    assert (first.number, first.title, first.closed, first.attachments) == ("1", "Salg af grund", True, [])
    text = first.full_text
    assert "alert" not in text and "passwd" not in text and "<b>ikke fed</b> fed" in text
    blocks = [b for s in first.sections for b in s.blocks]
    assert any(b.kind is BlockKind.TABLE and b.rows == [["a", "b"]] for b in blocks)
    assert any(b.kind is BlockKind.BULLET_LIST and b.items == ["én", "to"] for b in blocks)
    assert meeting.items[1].number == "2" and meeting.items[1].title == ""


def test_sections_use_the_shared_vocabulary():
    sections = html_sections(
        "<div><h3>Beslutning</h3><span>Godkendt.</span></div><h3>Fremstilling</h3>"
        "<h4><span>Sagsresumé</span></h4><p>Kort.</p><h4>Økonomiske konsekvenser</h4><p>Ingen.</p>"
        "<h4><em><strong>Tidspunkt</strong></em></h4><p>Kl. 16.</p>"
        "<h4>Udvalget vil afholde sit ordinære møde i klubhusets lokaler efter besøget</h4>"
    )
    assert [(s.heading, s.kind) for s in sections] == [
        ("Beslutning", SectionKind.DECISION),
        ("Sagsresumé", SectionKind.SUMMARY),
        ("Økonomiske konsekvenser", SectionKind.ECONOMY),
    ]
    assert [b.kind for b in sections[2].blocks] == [BlockKind.PARAGRAPH, BlockKind.SUBHEADING, BlockKind.PARAGRAPH,
                                                    BlockKind.PARAGRAPH]  # fmt: skip


@pytest.mark.real_docs
def test_bold_paragraph_headings_split_greve_item_into_its_sections():
    # Greve ØU 2025-11-05 item 8 marks Indstilling, Sagsbeskrivelse, Lovgrundlag and Økonomiske
    # konsekvenser as bold paragraphs (<p><strong>…</strong></p>), not as h4 like the rest.
    meeting = parse_file(real_docs.path("firstagenda/greve_oekonomiudvalget_2025-11-05.json"))
    item = next(i for i in meeting.items if i.number == "8")
    headings = [(s.heading, s.kind) for s in item.sections]
    assert headings[:7] == [
        ("Beslutning", SectionKind.DECISION),
        ("Sagsprocedure", SectionKind.PROCEDURE),
        ("Resume", SectionKind.SUMMARY),
        ("Indstilling", SectionKind.RECOMMENDATION),
        ("Sagsbeskrivelse", SectionKind.PRESENTATION),
        ("Lovgrundlag", SectionKind.LEGAL),
        ("Økonomiske konsekvenser", SectionKind.ECONOMY),
    ]
    recommendation = item.sections_of(SectionKind.RECOMMENDATION)[0].text
    assert recommendation.startswith("Administrationen indstiller,") and "afsluttende brev" in recommendation
    resume = item.sections_of(SectionKind.SUMMARY)[0].text
    assert "indstiller" not in resume and "Klimahandlingsplanerne" not in resume
    # Across all 18 meetings every item with an "Indstilling" in its body has a recommendation.
    for path in GREVE:
        raw = json.loads(path.read_text(encoding="utf-8"))
        parsed = parse_file(path)
        for point, parsed_item in zip(raw["Dagsordenpunkter"], parsed.items):
            body = point["Felter"][0]["Html"] or ""
            if re.search(r"<(h\d|strong|b)>\s*Indstilling\s*</\1>", body):
                assert parsed_item.sections_of(SectionKind.RECOMMENDATION), (path.name, parsed_item.number)


def test_bold_paragraph_is_a_heading_only_where_the_shape_says_so():
    sections = html_sections(
        "<h3>Fremstilling</h3><p><strong>Sagsprocedure</strong></p><p>Udvalget.</p>"
        "<h4>Resume</h4><p>Kort.</p><p><b>Indstilling:</b></p><p>Administrationen indstiller, at …</p>"
        "<p><strong>Sagsbeskrivelse</strong></p><p><strong>Indledning</strong></p><p>Tekst.</p>"
        "<p><strong>Baggrund</strong></p><p>Mere.</p><p><strong>Økonomi</strong></p><p>Billigt.</p>"
        "<p><strong>Beslutning i Økonomiudvalget den 2. september 2025:</strong></p><p>Godkendt.</p>"
        "<p><strong>Administrationens anbefaling</strong></p><p>Ja.</p>"
        "<p>Ordet <strong>Lovgrundlag</strong> i en sætning.</p>"
        "<h4>Økonomiske konsekvenser</h4><p>Ingen.</p>"
    )
    assert [(s.heading, s.kind) for s in sections] == [
        ("Sagsprocedure", SectionKind.PROCEDURE),
        ("Resume", SectionKind.SUMMARY),
        ("Indstilling", SectionKind.RECOMMENDATION),
        ("Sagsbeskrivelse", SectionKind.PRESENTATION),
        ("Økonomiske konsekvenser", SectionKind.ECONOMY),
    ]
    # Sub-headings stay bold lines of the description: the first line under a heading, one of
    # the same kind, "Økonomi" before the real economy heading, a quoted earlier decision.
    description = sections[3].text
    for line in ("Indledning", "Baggrund", "Økonomi", "Beslutning i Økonomiudvalget", "Administrationens anbefaling",
                 "Ordet Lovgrundlag i en sætning."):  # fmt: skip
        assert line in description


@pytest.mark.real_docs
def test_closed_item_of_minutes_shows_its_decision():
    meeting = parse_file(real_docs.path("firstagenda/greve_oekonomiudvalget_2025-11-05.json"))
    item = next(i for i in meeting.items if i.number == "2")
    assert item.closed and [(s.heading, s.kind) for s in item.sections] == [("Beslutning", SectionKind.DECISION)]
    assert [d.text for d in item.decisions] == [
        "Økonomiudvalget anbefaler overfor Byrådet, at Sundheds- og Omsorgsudvalgets indstilling godkendes."
    ]
    assert item.decisions[0].date == "2025-11-05" and item.decisions[0].body == "Økonomiudvalget"
    # The portal's "Beslutning ikke frigivet" is no decision.
    withheld = parse_file(real_docs.path("firstagenda/greve_oekonomiudvalget_2022-01-24.json"))
    for number in ("4", "5"):
        held = next(i for i in withheld.items if i.number == number)
        assert held.closed and held.decisions == [] and "ikke frigivet" in held.full_text


def test_closed_item_of_an_agenda_decides_nothing():
    payload = {
        "Udvalg": {"Navn": "Økonomiudvalget"},
        "Moede": {"Dato": "2026-01-05T17:00:00", "Afsluttet": False},
        "Dagsordenpunkter": [
            {"Number": 1, "Caption": "Lukket: Salg", "Felter": [{"Html": "<div>Sagen behandles.</div>"}]}
        ],
    }  # fmt: skip
    item = parse_portal_json(json.dumps(payload).encode()).items[0]
    assert item.decisions == [] and item.sections[0].kind is SectionKind.OTHER


def test_supplementary_headings_are_of_their_base_kind():
    sections = html_sections(
        "<h3>Fremstilling</h3><h4>Supplerende sagsbeskrivelse</h4><p>Ny viden.</p>"
        "<h4>Supplerende indstilling</h4><p>Administrationen indstiller supplerende, at …</p>"
        "<h4>Supplerende bemærkninger fra formanden</h4><p>Ingen.</p>"
    )
    assert [(s.heading, s.kind) for s in sections] == [
        ("Supplerende sagsbeskrivelse", SectionKind.PRESENTATION),
        ("Supplerende indstilling", SectionKind.RECOMMENDATION),
        ("Supplerende bemærkninger fra formanden", SectionKind.OTHER),
    ]
