"""The annotation rules: the same for window and CLI, validated, tag colours kept, odd stored values survived."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.model.annotation import FollowUp, FollowUpStatus, InvalidAnnotation, Stance
from app.services.library.importer import import_file
from app.services.notes import operations as ops
from app.services.notes.annotations import AnnotationService
from app.services.workspace import ProfileLockedError, Workspace
from app.storage.annotations import AnnotationStore
from app.storage.library import Library
from tests.conftest import SEEDS


def _service(profile: Path) -> AnnotationService:
    library = Library(profile)
    if not library.meetings():
        import_file(library, SEEDS["lejre_2020"])
    return AnnotationService(AnnotationStore(profile), library)


def _ids(service: AnnotationService) -> list[str]:
    return [i.item_id for r in service.library.meetings() for i in r.items]


def test_a_tag_made_in_the_window_keeps_its_colour_across_restarts_and_new_tags(qapp, tmp_path: Path) -> None:
    service = _service(tmp_path)
    first, second, third = _ids(service)[:3]
    service.add_tag(first, "budget")
    colour = service.tag_colors()["budget"]
    assert service.store.tag_colors() == {"budget": colour}  # saved, not guessed
    service.store.close()
    again = _service(tmp_path)
    for tag in ("anlæg", "Aardal", "børn", "ældre"):  # sorting before "budget" moved it in the old palette
        again.add_tag(second, tag)
    again.add_tag(third, "budget")
    assert again.tag_colors()["budget"] == colour
    assert len(set(again.store.tag_colors().values())) == 5  # each new tag got a colour of its own
    again.rename_tag("budget", "Budget 2026")
    assert again.tag_colors()["Budget 2026"] == colour
    again.store.close()


def test_the_cli_and_the_window_apply_the_same_rules(qapp, tmp_path: Path) -> None:
    window_side = _service(tmp_path / "window")
    item_id = _ids(window_side)[3]
    window_side.set_note(item_id, "note")
    window_side.add_tag(item_id, "  budget   2026 ")
    window_side.set_follow_up(item_id, FollowUp(FollowUpStatus.OPEN, "2026-04-01", "ring"))
    window_side.set_stance(item_id, Stance.FOR)
    cli_side = Workspace(tmp_path / "cli")
    import_file(cli_side.library, SEEDS["lejre_2020"])
    item = cli_side.library.find_item(item_id)[1]
    ops.apply(cli_side.store, item, ops.note("note"), ops.add_tag("  budget   2026 "),
              ops.follow_up_fields(None, "2026-04-01", "ring"), ops.stance(Stance.FOR))  # fmt: skip
    mine, theirs = window_side.get(item_id).to_dict(), cli_side.store.get(item.anchor).to_dict()
    for data in (mine, theirs):
        data.pop("updated")
    assert mine == theirs and mine["tags"] == ["budget 2026"]
    assert window_side.store.tag_colors() == cli_side.store.tag_colors()
    cli_side.close()


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        (lambda: ops.follow_up(FollowUp(FollowUpStatus.OPEN, "2026-13-45")), "does not exist"),
        (lambda: ops.follow_up_fields(None, "næste uge"), "is not a date"),
        (lambda: ops.add_tag("x" * 101), "longer than 100"),
        (lambda: ops.add_tag("   "), "cannot be empty"),
        (lambda: ops.note("x" * 1_000_001), "longer than 1.000.000 bytes"),
    ],
)
def test_invalid_values_are_refused_before_anything_is_written(tmp_path: Path, rule, message: str) -> None:  # type: ignore[no-untyped-def]
    store = AnnotationStore(tmp_path)
    library = Library(tmp_path)
    import_file(library, SEEDS["lejre_2020"])
    item = library.meetings()[0].items[0]
    with pytest.raises(InvalidAnnotation, match=message):
        ops.apply(store, item, rule())
    assert store.all() == []


def test_the_store_refuses_invalid_values_from_any_path(tmp_path: Path) -> None:
    store = AnnotationStore(tmp_path)
    library = Library(tmp_path)
    import_file(library, SEEDS["lejre_2020"])
    item = library.meetings()[0].items[0]
    annotation = ops.apply(store, item, ops.note("ok"))
    annotation.follow_up.due = "2026-13-45"
    with pytest.raises(InvalidAnnotation):
        store.save(annotation)
    annotation.follow_up.due = None
    annotation.tags = [42]  # type: ignore[list-item]
    with pytest.raises(InvalidAnnotation):
        store.save(annotation)
    store.close()
    assert AnnotationStore(tmp_path).get(item.anchor).tags == []


def test_the_window_shows_why_an_edit_was_not_saved(qapp, tmp_path: Path) -> None:
    service = _service(tmp_path)
    rejected: list[str] = []
    service.edit_rejected.connect(rejected.append)
    service.add_tag(_ids(service)[0], "x" * 150)
    assert rejected and "longer than 100 characters" in rejected[0]
    assert service.get(_ids(service)[0]) is None and service.undo_stack.count() == 0


def test_odd_stored_values_are_shown_as_missing_and_the_store_still_opens(tmp_path: Path, caplog) -> None:  # type: ignore[no-untyped-def]
    store = AnnotationStore(tmp_path)
    library = Library(tmp_path)
    import_file(library, SEEDS["lejre_2020"])
    item = library.meetings()[0].items[1]
    ops.apply(store, item, ops.note("skal overleve"), ops.add_tag("budget"))
    store.close()
    shard = next(p for p in (tmp_path / "annotations").glob("shard-*.json") if "skal overleve" in p.read_text())
    data = json.loads(shard.read_text(encoding="utf-8"))
    doc = next(iter(data["annotations"].values()))
    doc.update(stance="maybe", tags=["budget", 7, None], follow_up={"status": "open", "due": "næste uge", "text": 3})
    shard.write_text(json.dumps(data), encoding="utf-8")  # edited by hand
    with caplog.at_level("WARNING"):
        reopened = AnnotationStore(tmp_path)
    annotation = reopened.get(item.anchor)
    assert annotation.note == "skal overleve" and annotation.tags == ["budget"]
    assert annotation.stance is Stance.NONE and annotation.follow_up.due is None
    assert annotation.follow_up.status is FollowUpStatus.OPEN
    assert "stance 'maybe' cannot be read" in caplog.text and "due date 'næste uge' cannot be read" in caplog.text
    assert ops.badge(annotation) == "✎ #budget ⚑"


def test_one_writer_per_profile(tmp_path: Path) -> None:
    with Workspace(tmp_path) as first:
        with pytest.raises(ProfileLockedError):
            Workspace(tmp_path)
        reader = Workspace(tmp_path, writer=False)  # a reader (list, search) is not kept out
        assert reader.library.meetings() == first.library.meetings()
        reader.close()
    Workspace(tmp_path).close()  # free again once the first writer closed


def test_a_value_stored_before_its_limit_does_not_block_editing_the_item(tmp_path: Path) -> None:
    store = AnnotationStore(tmp_path)
    library = Library(tmp_path)
    import_file(library, SEEDS["lejre_2020"])
    item = library.meetings()[0].items[0]
    ops.apply(store, item, ops.note("kort note"))
    store.close()
    shard = next(p for p in (tmp_path / "annotations").glob("shard-*.json") if "kort note" in p.read_text())
    data = json.loads(shard.read_text(encoding="utf-8"))
    next(iter(data["annotations"].values()))["tags"] = ["et meget langt tag " * 10]  # from before the limit
    shard.write_text(json.dumps(data), encoding="utf-8")
    again = AnnotationStore(tmp_path)
    edited = ops.apply(again, item, ops.note("rettet note"))
    assert edited.note == "rettet note" and len(edited.tags[0]) > 100
    with pytest.raises(InvalidAnnotation):
        ops.apply(again, item, ops.add_tag("nyt " * 40))  # a new value still meets the limit
