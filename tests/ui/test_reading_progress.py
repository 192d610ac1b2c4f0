"""Reading progress as a member meets it: set by hand, read by staying, shown in the tree, kept."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt

from app.model.annotation import ReadingState
from app.storage.annotations import AnnotationStore
from app.ui.meeting_tree_model import Role
from tests.ui.test_notes_panel import _item, _open, _profile


def _set_reading(window, state: ReadingState) -> None:  # type: ignore[no-untyped-def]
    combo = window.panel.reading
    combo.setCurrentIndex(combo.findData(state.value))
    combo.activated.emit(combo.currentIndex())


def test_prepared_by_hand_and_read_by_staying_survive_a_restart(qtbot, tmp_path: Path) -> None:
    profile = _profile(tmp_path, "lejre_2020")
    window = _open(qtbot, profile)
    window.reading.set_delay(60)
    first, second, third = (_item(window, n) for n in ("3", "4", "5"))
    window.select(first)
    _set_reading(window, ReadingState.PREPARED)
    window.select(second)  # stays long enough
    qtbot.waitUntil(lambda: window.model.reading_state(second) is ReadingState.READ, timeout=3000)
    window.reading.set_delay(60_000)
    window.select(third)  # moves on at once: stays unread
    window.select(first)
    assert window.model.reading_state(first) is ReadingState.PREPARED  # staying never demotes
    window.close()

    again = _open(qtbot, profile)
    assert again.model.reading_state(first) is ReadingState.PREPARED
    assert again.model.reading_state(second) is ReadingState.READ
    assert again.model.reading_state(third) is ReadingState.UNREAD
    index = again.model.index_of_item(first)
    assert index.data(Role.READING) == "prepared"
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert index.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#2e7d32"
    meeting_id = first.rsplit(":", 1)[0]
    total = len(again.library.record(meeting_id).items)
    assert again.model.progress(meeting_id) == (1, total)
    assert f"1 af {total} forberedt" in again.model.index_of_meeting(meeting_id).data(Qt.ItemDataRole.ToolTipRole)
    again.select(meeting_id)
    assert f"1 af {total} forberedt" in again.view.toPlainText()
    again.select(first)
    assert again.panel.reading.currentData() == "prepared"


def test_ctrl_d_toggles_prepared_and_undo_of_a_note_keeps_read(qtbot, tmp_path: Path) -> None:
    window = _open(qtbot, _profile(tmp_path, "lejre_2020"))
    item = _item(window, "3")
    window.select(item)
    window.panel.note.setPlainText("Spørg om økonomien")
    window.panel.flush()
    assert window.annotations.mark_read_after_dwell(item)
    window.main_actions.undo_action.trigger()  # undoes the note …
    assert window.annotations.get(item).note == ""
    assert window.model.reading_state(item) is ReadingState.READ  # … not what was read since
    window.main_actions.prepared_action.trigger()
    assert window.model.reading_state(item) is ReadingState.PREPARED
    window.main_actions.prepared_action.trigger()
    assert window.model.reading_state(item) is ReadingState.READ


def test_reading_state_travels_in_the_annotations_export(tmp_path: Path) -> None:
    from app.services.library.importer import import_file
    from app.services.notes import operations as ops
    from app.storage.library import Library
    from tests.conftest import SEEDS

    home = tmp_path / "home"
    library = Library(home)
    import_file(library, SEEDS["lejre_2020"])
    refs = library.meetings()[0].items
    store = AnnotationStore(home)
    ops.apply(store, refs[0], ops.reading(ReadingState.PREPARED))
    ops.apply(store, refs[1], ops.reading(ReadingState.READ))
    from app.export.markdown import notes_markdown

    assert "- Læsestatus: forberedt" in notes_markdown(library, store)
    exported = tmp_path / "noter.json"
    store.export_file(exported)
    store.close()
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert {a["anchor"]: a["reading"] for a in data["annotations"]} == {
        refs[0].anchor: "prepared",
        refs[1].anchor: "read",
    }

    laptop = AnnotationStore(tmp_path / "laptop")
    ops.apply(laptop, refs[1], ops.reading(ReadingState.PREPARED))  # further on the laptop already
    result = laptop.import_data(data)
    assert result.added == 1 and result.merged == 0
    assert laptop.get(refs[0].anchor).reading is ReadingState.PREPARED
    assert laptop.get(refs[1].anchor).reading is ReadingState.PREPARED  # progress never goes back
    laptop.close()


def test_a_store_without_reading_states_opens_as_unread(tmp_path: Path) -> None:
    """Version 2 stores and older exports have no reading field: everything reads as unread."""
    from app.model.annotation import Annotation

    old = {"anchor": "k:1", "meeting_key": "k", "fingerprint": {"number": "1", "title": "T"}, "note": "x"}
    assert Annotation.from_dict(old).reading is ReadingState.UNREAD
    assert Annotation.from_dict({**old, "reading": "read"}).reading is ReadingState.READ
