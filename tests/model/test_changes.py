"""Items matched by identity, the difference of two versions, and complete version vs extract (no Qt)."""

from __future__ import annotations

import time

from app.model import AgendaItem, Meeting
from app.model.changes import compare, document_verdict, match_items, section_diffs, word_diff
from app.model.meeting import Block, BlockKind, Decision, Section, SectionKind, Span


def _item(number: str, title: str, case: str | None = None, recommendation: str = "", decision: str = "") -> AgendaItem:
    sections = [Section("Sagsresumé", SectionKind.SUMMARY, [Block(BlockKind.PARAGRAPH, [Span(f"Resumé af {title}.")])])]
    if recommendation:
        sections.append(Section("Indstilling", SectionKind.RECOMMENDATION,
                                [Block(BlockKind.PARAGRAPH, [Span(recommendation)])]))  # fmt: skip
    decisions = []
    if decision:
        sections.append(Section("Beslutning", SectionKind.DECISION, [Block(BlockKind.PARAGRAPH, [Span(decision)])]))
        decisions.append(Decision("2019-08-14", "Udvalget", decision))
    return AgendaItem(number, title, case_number=case, sections=sections, decisions=decisions)


def _meeting(*items: AgendaItem, cover: bool = True, contents: bool = True) -> Meeting:
    return Meeting(committee="Udvalget", date="2019-08-14", location="Rådhuset" if cover else None,
                   items=list(items), has_contents=contents)  # fmt: skip


AGENDA = [
    _item("1", "Godkendelse af dagsorden", "00.01"),
    _item("2", "Budget 2020", "19/1", "at godkende budgettet"),
    _item("3", "Generel orientering", "19/2"),
    _item("4", "Eventuelt", "00.01"),
    _item("5", "Lukket: personalesag", "19/3"),
]


def test_a_withdrawn_item_and_a_renumbered_one_are_told_apart_by_identity() -> None:
    revised = [AGENDA[0], AGENDA[1], _item("3", "Eventuelt", "00.01"), _item("4", "Lukket: personalesag", "19/3")]
    pairs = match_items(AGENDA, revised)
    assert pairs == {0: 0, 1: 1, 3: 2, 4: 3}  # item 3 (Generel orientering) has no counterpart
    found = compare(_meeting(*AGENDA), _meeting(*revised))
    assert [(c.change, c.number, c.from_number) for c in found] == [
        ("withdrawn", "3", None), ("renumbered", "3", "4"), ("renumbered", "4", "5"),
    ]  # fmt: skip


def test_standing_items_sharing_a_case_number_are_not_taken_for_each_other() -> None:
    only_first = [_item("6", "Eventuelt", "00.01")]
    assert match_items([AGENDA[0]], only_first) == {}


def test_a_reworded_title_is_the_same_item_by_its_case_number() -> None:
    revised = [_item("2", "Budget 2020 – anden behandling", "19/1", "at godkende budgettet")]
    assert match_items(AGENDA, revised) == {1: 0}


def test_a_decision_and_a_changed_recommendation_are_named() -> None:
    minutes = [_item("2", "Budget 2020", "19/1", "at godkende budgettet med ændringer", decision="Godkendt.")]
    [change] = compare(_meeting(AGENDA[1]), _meeting(*minutes))
    assert change.change == "decided" and "changed" in change.kinds
    assert change.sections == ["Indstilling", "Beslutning"]
    diffs = section_diffs(AGENDA[1], minutes[0])
    recommendation = next(d for d in diffs if d.heading == "Indstilling")
    assert ("insert", "med ændringer") in recommendation.ops
    assert next(d for d in diffs if d.heading == "Beslutning").ops == [("insert", "Godkendt.")]


def test_word_diff_gives_back_both_texts() -> None:
    old, new = "Forvaltningen indstiller at godkende planen.", "Forvaltningen indstiller at forkaste planen helt."
    ops = word_diff(old, new)
    assert "".join(t for op, t in ops if op != "insert").split() == old.replace(".", " .").split()
    assert "".join(t for op, t in ops if op != "delete") == new
    assert any(op == "delete" and "godkende" in t for op, t in ops)
    assert any(op == "insert" and "forkaste" in t for op, t in ops)
    assert ops[0] == ("equal", "Forvaltningen indstiller at ")


def test_a_hostile_text_is_compared_in_bounded_time() -> None:
    old = " ".join(f"ord{n}" for n in range(200_000))
    new = " ".join(f"ord{n}" for n in range(200_000, 0, -1))
    started = time.monotonic()
    ops = word_diff(old, new)
    assert "".join(t for op, t in ops if op != "delete") == new
    assert time.monotonic() - started < 10


def test_the_document_decides_complete_version_or_extract() -> None:
    known = _meeting(*AGENDA)
    revised = _meeting(AGENDA[0], AGENDA[1], _item("3", "Eventuelt"), _item("4", "Lukket: personalesag"))
    assert document_verdict(revised, known).verdict == "complete"  # cover, contents, 1..4 without gaps
    per_item = _meeting(_item("3", "Generel orientering"), cover=False, contents=False)
    assert document_verdict(per_item, known).verdict == "extract"
    supplement = _meeting(_item("6", "Nyt punkt"), cover=True, contents=True)
    assert document_verdict(supplement, known).verdict == "extract"
    excerpt = _meeting(AGENDA[1], AGENDA[3], cover=False, contents=False)  # 2 and 4: not from the first item
    assert document_verdict(excerpt, known).verdict == "extract"
    first_three = _meeting(*AGENDA[:3], cover=False, contents=False)
    assert document_verdict(first_three, known).verdict == "extract"  # a subset without front matter
    gaps_with_cover = _meeting(AGENDA[0], AGENDA[2], AGENDA[4], cover=True, contents=False)
    assert document_verdict(gaps_with_cover, known).verdict == "mixed"  # the window asks
    gaps_with_everything = _meeting(AGENDA[0], AGENDA[2], AGENDA[4])
    assert document_verdict(gaps_with_everything, known).verdict == "complete"
