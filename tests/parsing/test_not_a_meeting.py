"""What is not an agenda or minutes is refused with one line; every real meeting still parses.

The refused documents are built here to be hostile to the heuristics: numbered chapters with a
contents list, meeting words in the prose, dates and labels, "Punkt 3:" quoted in an e-mail.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.parsing import ParseError, parse_file, parse_text
from app.parsing.errors import ImportFailure
from tests import real_docs
from tests.conftest import SEEDS
from tests.helpers.pdf_builder import build_pdf

ROOT = Path(__file__).resolve().parents[2]
PROSE = "Kommunen arbejder fortsat med at forbedre indsatsen, og udvalget blev orienteret på sidste møde. " * 4

MEMO = (
    "Notat\n\nTil: Social- og Sundhedsudvalget\nFra: Center for Sundhed\nDato: 19. november 2012\n"
    "Emne: Takstreduktion på aflastningstilbuddet\n\n1. Baggrund\n\n" + PROSE + "\n\n2. Indstilling\n\n"
    "Forvaltningen foreslår, at taksten nedsættes.\n\n3. Økonomi\n\n" + PROSE + "\n"
)
EMAIL = (
    "Fra: Mette Hansen <mh@kommune.dk>\nSendt: 3. maj 2024 10:14\nTil: Jens Friis\nEmne: VS: Dagsorden til "
    "mødet i Økonomiudvalget\n\nHej Jens,\n\nher er punkterne:\n\nPunkt 1: Godkendelse af dagsorden\n\n"
    "Punkt 2: Budget 2025\n\nHilsen Mette\n"
)
POLICY = (
    "Sundhedspolitik 2024-2028\n\nGreve Kommune\n\nIndholdsfortegnelse\n\n1. Indledning.....\t3\n2. Vision.....\t4\n"
    "3. Indsatser.....\t6\n4. Opfølgning.....\t9\n\n"
    + "".join(f"{n}. {t}\n\n{PROSE}\n\n" for n, t in enumerate(["Indledning", "Vision", "Indsatser", "Opfølgning"], 1))
)
REPORT = (
    "Årsrapport 2023\n\nKøbenhavns Kommune\n\nDato: 12. marts 2024\n\nIndholdsfortegnelse\n\n"
    + "".join(f"{n}. Kapitel om område {n}.....\t{n * 7}\n" for n in range(1, 15))
    + "\n"
    + "".join(f"{n}. Kapitel om område {n}\n\n{PROSE}\n\nVurdering\n\n{PROSE}\n\n" for n in range(1, 15))
)
TABLE = "Skole\tElever\tKlasser\n" + "".join(f"Skole {n}\t{300 + n}\t{12 + n % 3}\n" for n in range(40))
BILAG = (
    "Projektbeskrivelse\n\nAktivitetscenter på Solvej 6\n\nBaggrund\n\n" + PROSE + "\n\nFormål\n\n" + PROSE
    + "\n\nReferat af dialogmøde med brugerne findes i bilag 2.\n"
)  # fmt: skip

NOT_MEETINGS = {"memo": MEMO, "email": EMAIL, "policy": POLICY, "report": REPORT, "table": TABLE, "bilag": BILAG}


@pytest.mark.parametrize("name", sorted(NOT_MEETINGS))
def test_non_meetings_are_refused_as_text_and_as_pdf(name: str, tmp_path: Path) -> None:
    text = NOT_MEETINGS[name]
    with pytest.raises(ParseError) as info:
        parse_text(text)
    assert info.value.reason is ImportFailure.NOT_MINUTES
    pdf = tmp_path / f"{name}.pdf"
    build_pdf(text, pdf, header="Greve Kommune")
    with pytest.raises(ParseError) as info:
        parse_file(pdf)
    assert info.value.one_line().startswith(f"{pdf}: not an agenda or minutes: ")
    assert "\n" not in info.value.one_line()


def test_cli_parse_exits_2_with_one_line(tmp_path: Path) -> None:
    memo = tmp_path / "notat.txt"
    memo.write_text(MEMO, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "main.py", "parse", str(memo), "--json"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 2
    assert run.stderr.strip().splitlines() == [f"{memo}: not an agenda or minutes: a memo (Notat, Til/Fra)"]


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_every_seed_and_its_pdf_still_parse(seed: str, tmp_path: Path) -> None:
    assert parse_file(SEEDS[seed]).items
    pdf = tmp_path / f"{seed}.pdf"
    build_pdf(SEEDS[seed].read_text(encoding="utf-8"), pdf, header="Referat")
    assert parse_file(pdf).items


def test_demo_library_still_parses() -> None:
    for path in sorted((ROOT / "resources" / "demo").glob("*.txt")):
        assert parse_file(path).items, path


@pytest.mark.real_docs
@pytest.mark.parametrize(
    "path",
    [p for p in real_docs.glob("*.pdf") if "_bilag_" not in p.name],
    ids=lambda p: p.name[:40],
)
def test_every_real_agenda_or_minutes_parses(path: Path) -> None:
    meeting = parse_file(path)
    assert meeting.items and meeting.date


@pytest.mark.real_docs
@pytest.mark.parametrize("path", real_docs.glob("*_bilag_*.pdf"), ids=lambda p: p.name[24:60])
def test_real_bilag_are_refused(path: Path) -> None:
    with pytest.raises(ParseError) as info:
        parse_file(path)
    assert info.value.reason in (ImportFailure.NOT_MINUTES, ImportFailure.NO_TEXT_LAYER)


@pytest.mark.real_docs
def test_per_item_pdf_is_its_meeting_with_one_item() -> None:
    path = real_docs.glob("ballerup_sfu_*_punkt05_*.pdf")[0]
    meeting = parse_file(path)
    assert [i.number for i in meeting.items] == ["5"]
    assert (meeting.committee, meeting.date) == ("Sundheds- og Forebyggelsesudvalget", "2012-12-04")
    data = json.loads(
        subprocess.run(
            [sys.executable, "main.py", "parse", str(path), "--json"], cwd=ROOT, capture_output=True, text=True,
            timeout=120, check=True,
        ).stdout
    )  # fmt: skip
    data = data[0] if isinstance(data, list) else data
    assert data["items"][0]["number"] == 5
