"""Acadre/Adlib-shaped minutes, built here: running item numbers (715.), a contents list with
"……" leaders, participants with party letters, "Side N af M" footers, a bare "Beslutning"
above the dated one, and a signature page that is neither item text nor bilag."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.model import BlockKind, SectionKind
from app.parsing import parse_file, parse_text
from tests import real_docs
from tests.helpers.pdf_builder import build_pdf

LONG = "Kulturkommune 2017. Politiske fokusområder og de første initiativer for at styrke kulturlivet i hele byen"
ACADRE = f"""Københavns Kommune

Referat

Kultur- og Fritidsudvalget

Mødedato: Torsdag den 19. januar 2017
Mødetidspunkt: 15:30 - 18:00
Mødested: Rådhuset, værelse 68
Deltagere: Niko Grünfeld (Å), Carl Christian Ebbesen (O), Jonas Bjørn Jensen (A), Mette Annelie Rasmussen
(A), Jakob Næsager (C)
Afbud: Karina Vestergård Madsen (Ø)

Indholdsfortegnelse

715.\t{LONG} ……………………2
716.\tGodkendelse af støtte til Copenhagen Jazz Festival ……………………………………………4
717.\tEventuelt ……………………………………………………………………6

## 715. {LONG}

Sagsnr.: 2016-0812345

## Indstilling

Forvaltningen indstiller, at udvalget godkender,

1. at de politiske fokusområder godkendes,
2. at forvaltningen arbejder videre med initiativerne.

## Problemstilling

Udvalget skal tage stilling til fokusområder for 2017.

## Løsning

a) Kultur i hele byen
b) Flere borgere i idrætten
c) Byens rum

## Beslutning

Kultur- og Fritidsudvalgets beslutning den 19. januar 2017

Indstillingen blev godkendt uden afstemning.

## 716. Godkendelse af støtte til Copenhagen Jazz Festival

Sagsnr.: 2016-0854321

## Beslutning

Godkendt.

## 717. Eventuelt

## Beslutning

Intet.

## Underskriftsside

Niko Grünfeld (Å)

Carl Christian Ebbesen (O)
"""


@pytest.mark.parametrize("as_pdf", [False, True], ids=["text", "pdf"])
def test_acadre_minutes(as_pdf: bool, tmp_path: Path) -> None:
    if as_pdf:
        path = tmp_path / "referat.pdf"
        build_pdf(ACADRE, path, header="Kultur- og Fritidsudvalget - 19. januar 2017", margin=80)
        meeting = parse_file(path)
    else:
        meeting = parse_text(ACADRE)
    assert meeting.committee == "Kultur- og Fritidsudvalget"
    assert (meeting.municipality, meeting.date) == ("København", "2017-01-19")
    assert (meeting.start_time, meeting.location) == ("15:30", "Rådhuset, værelse 68")
    assert meeting.participants[3] == "Mette Annelie Rasmussen (A)" and len(meeting.participants) == 5
    assert meeting.absent == ["Karina Vestergård Madsen (Ø)"]
    assert [(i.number, i.title) for i in meeting.items] == [
        ("715", LONG), ("716", "Godkendelse af støtte til Copenhagen Jazz Festival"), ("717", "Eventuelt")
    ]  # fmt: skip
    first, _, last = meeting.items
    assert [d.text for d in first.decisions] == ["Indstillingen blev godkendt uden afstemning."]
    assert first.sections_of(SectionKind.RECOMMENDATION)[0].blocks[-1].kind is BlockKind.NUMBERED_LIST
    assert "Byens rum" not in first.sections_of(SectionKind.RECOMMENDATION)[0].text
    assert last.last_decision is not None and last.last_decision.text == "Intet."
    assert "Grünfeld" not in last.full_text and not last.attachments  # the signature page
    assert meeting.warnings == []


@pytest.mark.real_docs
def test_edoc_sub_points_after_bilag_lists_keep_every_line() -> None:
    meeting = parse_file(real_docs.path("ballerup_sundheds-forebyggelsesudvalget_2012-12-04_referat.pdf"))
    # Each bilag list stays under its sub-point (tests/parsing/test_sub_point_bilag.py), so the
    # sub-points are several lists in one section; together they still hold every line.
    lists = [b for b in meeting.items[0].sections[0].blocks if b.kind is BlockKind.NUMBERED_LIST]
    assert [m for b in lists for m in b.markers] == ["a.", "b.", "c.", "d.", "e."]
    assert lists[-1].items[-1].startswith("Sundheds- og Forebyggelsesudvalgets aktiviteter 2013")
    assert len(meeting.items[0].attachments) == 3


ACADRE_MM = """Referat

Børne- og Skoleudvalget

Mødedato: 15.01.2019
Mødetidspunkt: 15:30 - 17:45
Mødested: Rådhuset, mødelokale 2
Medlemmer: Anne Jensen (V), Bo Hansen (A), Carl Berg (O)
Fraværende: Dorte Lund (F)

Indholdsfortegnelse

Sag nr.\tSide
1. Godkendelse af dagsorden ..........\t2
2. Skolestruktur 2020 ..........\t2
3. Eventuelt ..........\t3

## 1. Godkendelse af dagsorden

Sagsnr.: 00.01.00-P35-1-19   Sagsansvarlig: Jens Ole

## Beslutning Børne- og Skoleudvalget den 15-01-2019

Godkendt.

## 2. Skolestruktur 2020

Sagsnr.: 17.00.00-P20-3-18

## Sagsfremstilling

Forvaltningen har udarbejdet et forslag.

## Indstilling

Forvaltningen indstiller, at forslaget sendes i høring.

## Beslutning Børne- og Skoleudvalget den 15-01-2019

Godkendt.

## 3. Eventuelt

## Beslutning Børne- og Skoleudvalget den 15-01-2019

Intet.
"""


@pytest.mark.parametrize("contents", [True, False], ids=["with-contents", "without-contents"])
def test_acadre_numbered_items_with_and_without_contents(contents: bool, tmp_path: Path) -> None:
    head, items = ACADRE_MM.split("Indholdsfortegnelse")[0], ACADRE_MM.split("## 1.", 1)[1]
    text = ACADRE_MM if contents else f"{head}## 1.{items}"
    path = tmp_path / "referat.pdf"
    build_pdf(text, path, header="Børne- og Skoleudvalget 15.01.2019")
    meeting = parse_file(path)
    assert meeting.committee == "Børne- og Skoleudvalget"
    assert (meeting.date, meeting.start_time, meeting.location) == ("2019-01-15", "15:30", "Rådhuset, mødelokale 2")
    assert meeting.participants == ["Anne Jensen (V)", "Bo Hansen (A)", "Carl Berg (O)"]
    assert meeting.absent == ["Dorte Lund (F)"]
    assert [(i.number, i.title, i.case_number) for i in meeting.items] == [
        ("1", "Godkendelse af dagsorden", "00.01.00-P35-1-19"),
        ("2", "Skolestruktur 2020", "17.00.00-P20-3-18"),
        ("3", "Eventuelt", None),
    ]
    decisions = [i.last_decision.text if i.last_decision else None for i in meeting.items]
    assert decisions == ["Godkendt.", "Godkendt.", "Intet."]
