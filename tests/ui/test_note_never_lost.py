"""A note being typed survives every change of its item that arrives before the autosave.

The field reloads whenever the item's annotation changes (read after a while, Ctrl+D, a stance,
a tag, undo, a language switch); typed text the store does not have yet must never be wiped.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.model.annotation import ReadingState, Stance
from app.ui.main_window import MainWindow
from tests.ui.test_notes_panel import _item, _open, _profile

TYPED = "Husk at spoerge om KOL"


def _typing(qtbot, tmp_path: Path, tag: str = "") -> tuple[MainWindow, str]:  # type: ignore[no-untyped-def]
    window = _open(qtbot, _profile(tmp_path, "lejre_2020"))
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)  # shortcuts reach an active window only
    item = _item(window, "3")
    window.select(item)
    if tag:
        window.annotations.add_tag(item, tag)
    window.panel.note.setFocus()
    qtbot.keyClicks(window.panel.note, TYPED)
    assert window.panel._autosave.isActive()  # nothing saved yet: the change comes first
    return window, item


def _assert_kept(window: MainWindow, item: str) -> None:
    assert window.panel.note.toPlainText() == TYPED
    assert window.annotations.get(item).note == TYPED


def test_typed_note_survives_the_automatic_read(qtbot, tmp_path: Path) -> None:
    window, item = _typing(qtbot, tmp_path)
    window.reading.set_delay(1)
    window.reading.item_shown(item)  # the clock runs out while the note is still unsaved
    qtbot.waitUntil(lambda: window.model.reading_state(item) is ReadingState.READ, timeout=3000)
    _assert_kept(window, item)
    assert window.annotations.get(item).reading is ReadingState.READ


def test_typed_note_survives_ctrl_d(qtbot, tmp_path: Path) -> None:
    window, item = _typing(qtbot, tmp_path)
    qtbot.keyClick(window.panel.note, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.model.reading_state(item) is ReadingState.PREPARED
    _assert_kept(window, item)


def test_typed_note_survives_choosing_a_stance(qtbot, tmp_path: Path) -> None:
    window, item = _typing(qtbot, tmp_path)
    stance = window.panel.stance
    stance.setCurrentIndex(stance.findData(Stance.FOR.value))
    stance.activated.emit(stance.currentIndex())
    assert window.annotations.get(item).stance is Stance.FOR
    _assert_kept(window, item)


def test_typed_note_survives_adding_a_tag(qtbot, tmp_path: Path) -> None:
    window, item = _typing(qtbot, tmp_path)
    window.panel.tag_input.setFocus()
    window.panel.tag_input.setText("kroniker")
    qtbot.keyClick(window.panel.tag_input, Qt.Key.Key_Return)
    assert window.annotations.get(item).tags == ["kroniker"]
    _assert_kept(window, item)


def test_typed_note_is_saved_before_undo_and_comes_back_with_redo(qtbot, tmp_path: Path) -> None:
    window, item = _typing(qtbot, tmp_path, tag="budget")
    window.main_actions.undo_action.trigger()  # undoes the note just typed, as one step …
    assert window.annotations.get(item).note == ""
    assert window.annotations.get(item).tags == ["budget"]
    assert window.panel.note.toPlainText() == ""
    window.main_actions.redo_action.trigger()  # … and redo brings all of it back
    _assert_kept(window, item)


def test_typed_note_survives_a_change_it_could_not_save_before(qtbot, tmp_path: Path) -> None:
    window, item = _typing(qtbot, tmp_path)
    window.panel._retranslate_ui()  # a language switch reloads the panel
    assert window.panel.note.toPlainText() == TYPED
    window.annotations.changed.emit("")  # a change of many items (rename, import) reloads it too
    assert window.panel.note.toPlainText() == TYPED
    qtbot.waitUntil(lambda: window.annotations.get(item) is not None, timeout=3000)  # the autosave still runs
    _assert_kept(window, item)
