"""A decision ends where its printed block ends; meeting-level clean-ups.

The FirstAgenda-layout minutes of a city council (Aarhus Byråd) print, after an item's
"Beslutninger", the party's proposal ("BESLUTNINGSFORSLAG FRA …", its paragraphs set without
gaps, its signatories) and "INDSTILLING FRA MAGISTRATSAFDELINGEN …" before the body headings.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.model import BlockKind, SectionKind
from app.parsing import parse_file, parse_text
from app.parsing.vocabulary import is_standing_item
from tests.helpers.firstagenda_pdf import PROPOSAL_PARAGRAPHS, STYLES, build_firstagenda_pdf
from tests.parsing.test_firstagenda_layout import _portal_json


@pytest.mark.parametrize("variant", range(len(STYLES)))
def test_decision_stops_at_the_proposal_and_the_proposal_is_a_section(variant: int, tmp_path: Path) -> None:
    path = tmp_path / "referat.pdf"
    build_firstagenda_pdf(_portal_json(), path, minutes=True, variant=variant, proposals=True)
    item = parse_file(path).items[1]  # number 2: every third item from 2 carries a proposal
    assert [d.text for d in item.decisions] == ["Indstillingen blev godkendt."]
    proposal = next(s for s in item.sections if s.heading.lower().startswith("beslutningsforslag"))
    paragraphs = [b.text for b in proposal.blocks if b.kind is BlockKind.PARAGRAPH]
    # Printed without gaps between them, yet three paragraphs: each ends on a short line.
    assert paragraphs[:2] == list(PROPOSAL_PARAGRAPHS[:2])
    # The third may take the signatories along when its last line happens to fill the column.
    assert paragraphs[2].startswith(PROPOSAL_PARAGRAPHS[2])
    assert "Indstilling fra" not in item.decisions[0].text and "INDSTILLING" not in item.decisions[0].text
    assert item.sections_of(SectionKind.SUMMARY)  # the body after the proposal is read as before


def test_decision_ends_at_a_bold_or_capital_heading_in_text() -> None:
    text = (
        "REFERAT\n\nByrådet\n\nMødedato: 08.10.2025\n\nPunkt 1: Vindmøller på havnen\n\n25-000123\n\n"
        "## Beslutninger\n\nForslaget blev forkastet.\n\nBESLUTNINGSFORSLAG FRA S OG SF\n\n"
        "Byrådet pålægger forvaltningen at undersøge sagen.\n\n**Sagsfremstilling**\n\nSagen er lang.\n"
    )
    item = parse_text(text).items[0]
    assert item.last_decision is not None and item.last_decision.text == "Forslaget blev forkastet."
    assert [s.heading for s in item.sections][-2:] == ["BESLUTNINGSFORSLAG FRA S OG SF", "Sagsfremstilling"]


@pytest.mark.parametrize(
    ("line", "committee"),
    [
        ("Referat Klima-, Teknik- og Miljøudvalget d.", "Klima-, Teknik- og Miljøudvalget"),
        ("Dagsorden Økonomiudvalget mandag den", "Økonomiudvalget"),
    ],
)
def test_committee_names_never_keep_date_words(line: str, committee: str) -> None:
    text = f"{line}\n17. januar 2022 kl. 08:00\n\nPunkt 1: Godkendelse af dagsorden\n\n## Beslutning\n\nGodkendt.\n"
    meeting = parse_text(text)
    assert (meeting.committee, meeting.date) == (committee, "2022-01-17")


@pytest.mark.parametrize(
    "title", ["Godkendelse af dagsorden", "Meddelelser", "Eventuelt", "Underskriftsark", "Orientering fra formanden"]
)
def test_standing_items_are_recognised(title: str) -> None:
    assert is_standing_item(title)


@pytest.mark.parametrize("title", ["Budget 2026", "Godkendelse af lokalplan 12.50", "Meddelelse om skolestruktur"])
def test_cases_are_not_standing_items(title: str) -> None:
    assert not is_standing_item(title)


def test_standing_items_sharing_a_case_number_make_no_case_history(tmp_path: Path) -> None:
    from app.parsing import parse_bytes
    from app.services.case_history import CaseHistory
    from app.storage.library import Library

    library = Library(tmp_path)
    for day in ("01", "08"):
        text = (f"REFERAT\n\nByrådet\n\nMødedato: {day}.10.2025\n\nPunkt 1: Godkendelse af dagsorden\n\n"
                "Sagsnr.: 25-000001\n\n## Beslutning\n\nGodkendt.\n\nPunkt 2: Budget 2026\n\nSagsnr.: 25-000777\n\n"
                "## Beslutning\n\nGodkendt.\n").encode()  # fmt: skip
        library.add_meeting(parse_bytes(text, f"referat{day}.txt"), text, f"referat{day}.txt")
    history = CaseHistory(library)
    standing, budget = library.meetings()[0].items
    assert history.for_item(standing.item_id, standing.case_number) == []  # Aarhus reuses one number
    assert [e.title for e in history.for_item(budget.item_id, budget.case_number)] == ["Budget 2026"]
