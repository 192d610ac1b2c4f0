"""A PDF rendering of each seed (running header/footer, page breaks, hyphenation) parses
to exactly the structure of the text rendition."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.parsing import parse_file
from app.parsing.json_view import meeting_json
from tests.conftest import SEEDS
from tests.helpers.pdf_builder import build_pdf


def _comparable(path: Path) -> dict:
    data = meeting_json(parse_file(path))
    for item in data["items"]:
        item.pop("source_page")
        for section in item["sections"]:
            # A line the text rendition breaks inside a paragraph ("Afsluttet." / "Dette er …") is
            # printed as a line ending short, and the PDF shows it as the paragraph's end (as a
            # reader sees it): the words and their order must agree, paragraph ends may differ.
            section["text"] = " ".join(section["text"].split())
    return data


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_pdf_rendering_parses_like_the_text(seed: str, tmp_path: Path) -> None:
    text = SEEDS[seed].read_text(encoding="utf-8")
    pdf = tmp_path / f"{seed}.pdf"
    pages = build_pdf(text, pdf, header="Udvalgsmøde — referat")
    assert pages > 3
    assert _comparable(pdf) == _comparable(SEEDS[seed])


def test_items_remember_the_page_they_start_on(tmp_path: Path) -> None:
    pdf = tmp_path / "lejre.pdf"
    pages = build_pdf(SEEDS["lejre_2020"].read_text(encoding="utf-8"), pdf, header="Lejre — 04-03-2020")
    items = parse_file(pdf).items
    numbers = [i.source_page for i in items]
    assert numbers[0] == 1 and numbers == sorted(numbers) and numbers[-1] <= pages


def test_running_headers_and_page_numbers_are_gone(tmp_path: Path) -> None:
    pdf = tmp_path / "slagelse.pdf"
    build_pdf(SEEDS["slagelse_2019"].read_text(encoding="utf-8"), pdf, header="SBU referat 02.09.2019")
    meeting = parse_file(pdf)
    everything = "\n".join(i.full_text for i in meeting.items)
    assert "Side 2 af" not in everything
    assert "SBU referat" not in everything


def test_hyphenated_line_ends_are_repaired_and_real_hyphens_kept(tmp_path: Path) -> None:
    text = (
        "REFERAT Teknik- og Miljøudvalget d. 01-02-2024\n\nPunkt 1: Parkering\n\n24/1234\n\n## Sagsfremstilling\n\n"
        + " ".join(["Der etableres p-huse efter 2030-fremskrivningen og bygningsvedligeholdelsesplanen."] * 12)
        + "\n"
    )
    pdf = tmp_path / "h.pdf"
    build_pdf(text, pdf, header="Teknik- og Miljøudvalget")
    body = parse_file(pdf).items[0].full_text
    assert body.count("bygningsvedligeholdelsesplanen") == 12
    assert body.count("p-huse") == 12 and body.count("2030-fremskrivningen") == 12
