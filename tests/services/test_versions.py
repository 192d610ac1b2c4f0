"""A new version of a meeting replaces it by identity, never duplicates, and says what changed (#19).

One meeting (Sønderborg 14-08-2019) published as agenda → revised agenda (item 7 withdrawn,
the closed item 8 becomes 7, item 2's recommendation reworded) → supplementary agenda (a new
item 8) → minutes, through the one import path, with notes on the items.
"""

from __future__ import annotations

from pathlib import Path

from app.services.library import versions
from app.services.library.importer import ImportSummary, run_import
from app.services.notes import operations as ops
from app.storage.annotations import AnnotationStore
from app.storage.library import Library
from tests.helpers import versions as papers


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _import(profile: Path, *paths: Path, subsets: str = "auto") -> ImportSummary:
    store = AnnotationStore(profile, take_backup=False)
    try:
        return run_import(Library(profile), store, list(paths), subsets)  # type: ignore[arg-type]
    finally:
        store.close()


def _note(profile: Path, title: str, text: str) -> None:
    library, store = Library(profile), AnnotationStore(profile, take_backup=False)
    item = next(i for r in library.meetings() for i in r.items if i.title == title)
    ops.apply(store, item, ops.note(text))
    store.close()


def _notes(profile: Path) -> dict[str, tuple[str, bool]]:
    """Note text → (the title of the item it is on, or "" for an orphan; orphaned)."""
    library, store = Library(profile), AnnotationStore(profile, take_backup=False)
    try:
        titles = {i.anchor: i.title for r in library.meetings() for i in r.items}
        return {a.note: (titles.get(a.anchor, ""), a.orphaned) for a in store.all()}
    finally:
        store.close()


def _items(profile: Path) -> list[tuple[str, str]]:
    [record] = Library(profile).meetings()
    return [(i.number, i.title) for i in record.items]


def _seeded(tmp_path: Path) -> tuple[Path, Path, Path]:
    """The agenda imported with a note on item 7 (to be withdrawn) and on the closed item 8."""
    profile = tmp_path / "profile"
    first = _write(tmp_path, "dagsorden.txt", papers.agenda())
    assert _import(profile, first).added == ["dagsorden.txt"]
    _note(profile, papers.WITHDRAWN_TITLE, "om den generelle orientering")
    _note(profile, papers.CLOSED_TITLE, "spørg til personalesagen")
    return profile, first, _write(tmp_path, "rettet-dagsorden.txt", papers.revised_agenda())


def test_a_revised_agenda_replaces_the_meeting_by_identity(tmp_path: Path) -> None:
    profile, _first, revised = _seeded(tmp_path)
    summary = _import(profile, revised)
    assert summary.replaced == ["rettet-dagsorden.txt"] and not summary.merged and len(summary.orphaned) == 1
    items = _items(profile)
    assert len(items) == 7 and len({t for _n, t in items}) == 7  # no duplicate
    assert items[-1] == ("7", papers.CLOSED_TITLE)
    notes = _notes(profile)
    assert notes["spørg til personalesagen"] == (papers.CLOSED_TITLE, False)  # followed the renumbered item
    assert notes["om den generelle orientering"] == ("", True)  # its item was withdrawn: an orphan
    [record] = Library(profile).meetings()
    found = versions.changes(Library(profile), record.meeting_id)
    by_kind = {c.change: c for c in found.items}
    assert by_kind["withdrawn"].title == papers.WITHDRAWN_TITLE and by_kind["withdrawn"].number == "7"
    assert (by_kind["renumbered"].from_number, by_kind["renumbered"].number) == ("8", "7")
    changed = next(c for c in found.items if c.number == "2")
    assert changed.change == "changed" and changed.sections == ["Indstilling"]


def test_the_first_version_again_with_replace_brings_back_the_items_and_their_notes(tmp_path: Path) -> None:
    profile, first, revised = _seeded(tmp_path)
    _import(profile, revised)
    summary = _import(profile, first, subsets="replace")
    assert summary.replaced == ["dagsorden.txt"] and not summary.unchanged
    assert len(_items(profile)) == 8
    notes = _notes(profile)
    assert notes["om den generelle orientering"] == (papers.WITHDRAWN_TITLE, False)
    assert notes["spørg til personalesagen"] == (papers.CLOSED_TITLE, False)
    [record] = Library(profile).meetings()
    assert [v.label for v in versions.history(Library(profile), record.meeting_id)] == [
        "agenda", "revised-agenda", "revised-agenda",
    ]  # fmt: skip


def test_merge_forces_an_extract_even_for_a_file_imported_before(tmp_path: Path) -> None:
    profile, _first, revised = _seeded(tmp_path)
    _import(profile, revised)
    again = _import(profile, revised, subsets="merge")
    assert again.merged == ["rettet-dagsorden.txt"] or again.unchanged == ["rettet-dagsorden.txt"]
    assert len(_items(profile)) == 7  # nothing duplicated by merging the same items again


def test_agenda_revised_supplementary_minutes_in_one_meeting(tmp_path: Path) -> None:
    profile, _first, revised = _seeded(tmp_path)
    _import(profile, revised)
    supplement = _write(tmp_path, "supplerende.txt", papers.supplementary_agenda())
    summary = _import(profile, supplement)
    assert summary.merged == ["supplerende.txt"] and not summary.replaced  # an extract: joins, never replaces
    assert _items(profile)[-1] == ("8", papers.SUPPLEMENT_TITLE) and len(_items(profile)) == 8
    _note(profile, papers.SUPPLEMENT_TITLE, "sommerjob: hvor mange unge?")
    minutes = _write(tmp_path, "referat.txt", papers.minutes())
    summary = _import(profile, minutes)
    assert summary.replaced == ["referat.txt"]
    library = Library(profile)
    [record] = library.meetings()  # the minutes took the agenda's place: one meeting in the tree
    assert record.document_type == "referat" and len(record.items) == 8
    history = versions.history(library, record.meeting_id)
    assert [v.label for v in history] == ["agenda", "revised-agenda", "supplement", "minutes"]
    assert all(v.imported_at and v.source_name for v in history)
    assert versions.version_meeting(library, record.meeting_id, 1).document_type == "dagsorden"
    assert len(versions.version_meeting(library, record.meeting_id, 1).items) == 8
    found = versions.changes(library, record.meeting_id)
    decided = {c.number for c in found.items if c.change == "decided"}
    assert decided == {i.number for i in library.meeting(record.meeting_id).items if i.last_decision}
    assert "8" in decided and "withdrawn" not in {c.change for c in found.items}
    since_first = versions.changes(library, record.meeting_id, since_version=1)
    assert {c.change for c in since_first.items} >= {"withdrawn", "renumbered", "new", "decided"}
    notes = _notes(profile)
    assert notes["sommerjob: hvor mange unge?"] == (papers.SUPPLEMENT_TITLE, False)
    assert notes["spørg til personalesagen"] == (papers.CLOSED_TITLE, False)


def test_one_batch_with_every_version_in_order(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    paths = [
        _write(tmp_path, "1-dagsorden.txt", papers.agenda()),
        _write(tmp_path, "2-rettet.txt", papers.revised_agenda()),
    ]
    _import(profile, *paths)
    assert len(_items(profile)) == 7
    [record] = Library(profile).meetings()
    assert [v.label for v in versions.history(Library(profile), record.meeting_id)] == ["agenda", "revised-agenda"]
