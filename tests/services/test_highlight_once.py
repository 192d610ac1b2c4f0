"""The same passage highlighted twice is stored once — in the window and on the command line."""

from __future__ import annotations

from pathlib import Path

from app.model.annotation import TextQuote
from app.services.library.importer import import_file
from app.services.notes import operations as ops
from app.services.notes.annotations import AnnotationService
from app.storage.annotations import AnnotationStore
from app.storage.library import Library
from tests.conftest import SEEDS

QUOTE = TextQuote("budgettet", "drøftelse af ", " for 2021")


def _service(profile: Path) -> AnnotationService:
    library = Library(profile)
    import_file(library, SEEDS["lejre_2020"])
    return AnnotationService(AnnotationStore(profile), library)


def test_rule_adds_a_passage_once_but_keeps_other_occurrences_and_pages(tmp_path: Path) -> None:
    library = Library(tmp_path)
    import_file(library, SEEDS["lejre_2020"])
    store = AnnotationStore(tmp_path)
    item = library.meetings()[0].items[0]
    ops.apply(store, item, ops.add_highlight(QUOTE, comment="første"))
    ops.apply(store, item, ops.add_highlight(QUOTE, "#a5d6a7", "igen"))  # same passage, other colour
    assert [h.comment for h in store.get(item.anchor).highlights] == ["første"]
    ops.apply(store, item, ops.add_highlight(TextQuote("budgettet", "ny ", " i 2022")))  # another occurrence
    ops.apply(store, item, ops.add_highlight(QUOTE, document="ab" * 32, page=2))  # the same words in a bilag
    ops.apply(store, item, ops.add_highlight(QUOTE, document="ab" * 32, page=2))
    ops.apply(store, item, ops.add_highlight(TextQuote(""), comment="side-note", document="ab" * 32, page=2))
    ops.apply(store, item, ops.add_highlight(TextQuote(""), comment="endnu en", document="ab" * 32, page=2))
    assert len(store.get(item.anchor).highlights) == 5  # page notes are never duplicates of each other


def test_window_service_refuses_the_second_highlight_with_a_reason(qapp, tmp_path: Path) -> None:
    service = _service(tmp_path)
    item_id = service.library.meetings()[0].items[0].item_id
    reasons: list[str] = []
    service.edit_rejected.connect(reasons.append)
    service.add_highlight(item_id, QUOTE, "#fff176")
    service.add_highlight(item_id, QUOTE, "#fff176")
    assert len(service.get(item_id).highlights) == 1
    assert reasons == ["Teksten er allerede markeret."]
    assert service.undo_stack.count() == 1  # nothing to undo for the refused one
