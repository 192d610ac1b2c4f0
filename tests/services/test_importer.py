"""One import path: per-item documents join their meeting, revisions replace, notes stay where they were."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.library.importer import ImportSummary, import_files, run_import
from app.services.notes import operations as ops
from app.storage.annotations import AnnotationStore
from app.storage.library import Library
from tests import real_docs
from tests.conftest import SEEDS
from tests.helpers.pdf_builder import build_pdf

REFERAT = "ballerup_sundheds-forebyggelsesudvalget_2012-12-04_referat.pdf"
LEJRE = SEEDS["lejre_2020"].read_text(encoding="utf-8")
HEAD = LEJRE[: LEJRE.index("## **Indholdsfortegnelse**")]


def _item_text(number: int) -> str:
    start = LEJRE.index(f"Punkt {number}: JA")
    start = LEJRE.rindex("\n", 0, start) + 1
    following = [LEJRE.find(f"Punkt {n}: JA") for n in range(number + 1, 8)]
    end = min((LEJRE.rindex("\n", 0, f) + 1 for f in following if f != -1), default=len(LEJRE))
    return LEJRE[start:end]


def _pdf(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    build_pdf(text, path, header="Udvalget for Job & Arbejdsmarked — 04-03-2020")
    return path


def _import(profile: Path, *paths: Path) -> ImportSummary:
    store = AnnotationStore(profile, take_backup=False)
    try:
        return run_import(Library(profile), store, list(paths))
    finally:
        store.close()


def _note(profile: Path, number: str, text: str) -> None:
    library, store = Library(profile), AnnotationStore(profile, take_backup=False)
    item = next(i for r in library.meetings() for i in r.items if i.number == number)
    ops.apply(store, item, ops.note(text))
    store.close()


def _notes(profile: Path) -> dict[str, tuple[str, bool]]:
    store = AnnotationStore(profile, take_backup=False)
    try:
        return {a.anchor: (a.note, a.orphaned) for a in store.all()}
    finally:
        store.close()


@pytest.mark.real_docs
def test_a_per_item_pdf_after_its_referat_leaves_the_meeting_whole_and_the_notes_in_place(tmp_path: Path) -> None:
    _import(tmp_path, real_docs.path(REFERAT))
    for number in ("1", "5", "7"):
        _note(tmp_path, number, f"min note til punkt {number}")
    before = _notes(tmp_path)
    punkt05 = real_docs.glob("ballerup_sfu_2012-12-04_punkt05_*.pdf")[0]
    punkt01 = real_docs.glob("ballerup_sfu_2012-12-04_punkt01_*.pdf")[0]
    summary = _import(tmp_path, punkt05, punkt01)
    assert not summary.failed and not summary.added and not summary.replaced and not summary.orphaned
    library = Library(tmp_path)
    [record] = library.meetings()
    assert record.municipality == "Ballerup"
    assert [i.number for i in record.items] == [str(n) for n in range(1, 9)]
    assert library.source_path(record.meeting_id).read_bytes() == real_docs.path(REFERAT).read_bytes()
    assert _notes(tmp_path) == before
    again = _import(tmp_path, punkt05)
    assert again.unchanged == [punkt05.name]


@pytest.mark.real_docs
def test_items_imported_before_their_referat_join_it_with_their_notes(tmp_path: Path) -> None:
    punkt01 = real_docs.glob("ballerup_sfu_2012-12-04_punkt01_*.pdf")[0]  # names no municipality
    punkt05 = real_docs.glob("ballerup_sfu_2012-12-04_punkt05_*.pdf")[0]
    assert _import(tmp_path, punkt01).added == [punkt01.name]
    _note(tmp_path, "1", "skrevet før referatet kom")
    assert _import(tmp_path, punkt05).merged == [punkt05.name]
    assert [len(r.items) for r in Library(tmp_path).meetings()] == [2]
    summary = _import(tmp_path, real_docs.path(REFERAT))
    assert summary.replaced == [REFERAT] and not summary.orphaned
    [record] = Library(tmp_path).meetings()
    assert len(record.items) == 8 and record.municipality == "Ballerup"
    assert _notes(tmp_path) == {f"{record.meeting_key}:1": ("skrevet før referatet kom", False)}


def test_a_revised_item_updates_only_that_item(tmp_path: Path) -> None:
    full = _pdf(tmp_path, "referat.pdf", LEJRE)
    _import(tmp_path, full)
    _note(tmp_path, "4", "spørg til Tidlig Indsats")
    _note(tmp_path, "2", "orienteringen")
    revised = _item_text(4).replace("Lejre Kommune modtog tilsagn", "Lejre Kommune modtog i 2019 tilsagn")
    assert "modtog i 2019 tilsagn" in revised
    part = _pdf(tmp_path, "punkt04.pdf", HEAD + revised)
    summary = _import(tmp_path, part)
    assert summary.merged == ["punkt04.pdf"] and not summary.replaced
    library = Library(tmp_path)
    [record] = library.meetings()
    assert [i.number for i in record.items] == ["1", "2", "3", "4", "5", "6"]
    meeting = library.meeting(record.meeting_id)
    assert "Lejre Kommune modtog i 2019 tilsagn" in meeting.items[3].full_text
    assert meeting.items[4].title == "Revidering af overordnede servicerammer for integrationsindsatsen"
    assert {note for note, _ in _notes(tmp_path).values()} == {"spørg til Tidlig Indsats", "orienteringen"}
    assert not any(orphaned for _, orphaned in _notes(tmp_path).values())


def test_an_excerpt_of_a_meeting_never_replaces_it(tmp_path: Path) -> None:
    _import(tmp_path, _pdf(tmp_path, "referat.pdf", LEJRE))
    _note(tmp_path, "6", "eventuelt")
    excerpt = _pdf(tmp_path, "uddrag.pdf", HEAD + _item_text(2) + _item_text(3))
    summary = _import(tmp_path, excerpt)
    assert not summary.replaced and not summary.added and not summary.orphaned
    [record] = Library(tmp_path).meetings()
    assert len(record.items) == 6
    assert [n for n, _ in _notes(tmp_path).values()] == ["eventuelt"]


def test_a_late_item_is_added_to_its_meeting(tmp_path: Path) -> None:
    without_six = LEJRE[: LEJRE.index("## **Punkt 6: JA - Eventuelt**")]
    _import(tmp_path, _pdf(tmp_path, "referat.pdf", without_six))
    late = _pdf(tmp_path, "punkt06.pdf", HEAD + _item_text(6))
    summary = import_files(Library(tmp_path), [late])
    assert summary.merged == ["punkt06.pdf"]
    library = Library(tmp_path)
    [record] = library.meetings()
    assert [i.number for i in record.items] == ["1", "2", "3", "4", "5", "6"]
    assert record.items[-1].title.endswith("Eventuelt")
    # Removing the meeting removes the item's file too.
    library.remove(record.meeting_id)
    assert list((tmp_path / "library" / "sources").iterdir()) == []


def test_an_excerpt_waits_for_the_member_when_asked_and_replaces_only_on_request(tmp_path: Path) -> None:
    _import(tmp_path, _pdf(tmp_path, "referat.pdf", LEJRE))
    _note(tmp_path, "6", "eventuelt")
    excerpt = _pdf(tmp_path, "uddrag.pdf", HEAD + _item_text(2) + _item_text(3))
    asked = import_files(Library(tmp_path), [excerpt], subsets="ask")
    assert [(q.name, q.items) for q in asked.undecided] == [("uddrag.pdf", 6)] and not asked.meeting_ids
    assert len(Library(tmp_path).meetings()[0].items) == 6  # nothing written while the member decides
    store = AnnotationStore(tmp_path, take_backup=False)
    replaced = run_import(Library(tmp_path), store, [excerpt], "replace")
    store.close()
    assert replaced.replaced == ["uddrag.pdf"] and len(replaced.orphaned) == 1
    assert [i.number for i in Library(tmp_path).meetings()[0].items] == ["2", "3"]
    assert list(_notes(tmp_path).values()) == [("eventuelt", True)]
