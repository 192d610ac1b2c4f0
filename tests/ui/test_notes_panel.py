"""Notes, tags, follow-up, stance and highlights as a member uses them in the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from app.model.annotation import FollowUpStatus, Stance
from app.services.library.importer import import_file
from app.services.notes.annotations import AnnotationService
from app.services.settings import Settings
from app.storage.annotations import AnnotationStore
from app.storage.library import Library
from app.ui.main_window import MainWindow
from tests.conftest import SEEDS


def _open(qtbot, profile: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    library = Library(profile)
    window = MainWindow(library, Settings(profile), AnnotationService(AnnotationStore(profile), library))
    qtbot.addWidget(window)
    return window


def _profile(tmp_path: Path, *names: str) -> Path:
    library = Library(tmp_path)
    for name in names:
        import_file(library, SEEDS[name])
    return tmp_path


def _item(window: MainWindow, number: str) -> str:
    return next(i for i in window.model.item_ids_in_order() if i.endswith(f":{number}"))


def test_typed_notes_autosave_and_survive_a_restart(qtbot, tmp_path: Path) -> None:
    profile = _profile(tmp_path, "soenderborg_2019")
    window = _open(qtbot, profile)
    window.select(_item(window, "4"))
    qtbot.keyClicks(window.panel.note, "Sporg til repatriering")  # QTest types ASCII only …
    window.panel.note.insertPlainText(" — æøå")  # … the rest arrives as input-method text
    qtbot.waitUntil(lambda: window.annotations.get(_item(window, "4")) is not None, timeout=3000)
    window.select(_item(window, "5"))
    qtbot.keyClicks(window.panel.note, "Skrevet lige for lukning")
    window.close()  # no wait: the close itself must save
    again = _open(qtbot, profile)
    again.select(_item(again, "4"))
    assert again.panel.note.toPlainText() == "Sporg til repatriering — æøå"
    again.select(_item(again, "5"))
    assert again.panel.note.toPlainText() == "Skrevet lige for lukning"
    assert "✎" in again.model.index_of_item(_item(again, "4")).data()


def test_undo_and_redo_of_annotations(qtbot, tmp_path: Path) -> None:
    window = _open(qtbot, _profile(tmp_path, "lejre_2020"))
    item = _item(window, "3")
    window.select(item)
    window.panel.tag_input.setText("integration")
    qtbot.keyClick(window.panel.tag_input, Qt.Key.Key_Return)
    assert window.annotations.get(item).tags == ["integration"]
    window.main_actions.undo_action.trigger()
    assert window.annotations.get(item) is None
    window.main_actions.redo_action.trigger()
    assert window.annotations.get(item).tags == ["integration"]


def test_tags_add_with_autocomplete_rename_everywhere_and_remove(qtbot, tmp_path: Path) -> None:
    window = _open(qtbot, _profile(tmp_path, "lejre_2020"))
    first, second = _item(window, "2"), _item(window, "4")
    window.select(first)
    window.panel.tag_input.setText("budget")
    qtbot.keyClick(window.panel.tag_input, Qt.Key.Key_Return)
    window.select(second)
    assert "budget" in window.panel.completer.model().stringList()
    window.panel.tag_input.setText("budget")
    qtbot.keyClick(window.panel.tag_input, Qt.Key.Key_Return)
    assert window.annotations.rename_tag("budget", "Budget 2026") == 2
    assert window.annotations.get(first).tags == ["Budget 2026"]
    chip = window.panel.chips_layout.itemAt(0).widget()
    assert chip.property("tag") == "Budget 2026"
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert window.annotations.get(second) is None


def test_follow_up_and_stance_round_trip(qtbot, tmp_path: Path) -> None:
    profile = _profile(tmp_path, "haderslev_2022")
    window = _open(qtbot, profile)
    item = _item(window, "91")
    window.select(item)
    panel = window.panel
    panel.stance.setCurrentIndex(panel.stance.findData("against"))
    panel.stance.activated.emit(panel.stance.currentIndex())
    panel.follow_text.setText("spørg forvaltningen om tallene for 2023")
    panel.follow_has_due.setChecked(True)
    panel.follow_due.setDate(QDate(2022, 10, 1))
    panel.follow_text.editingFinished.emit()
    window.close()
    again = _open(qtbot, profile)
    annotation = again.annotations.get(item)
    assert annotation.stance is Stance.AGAINST
    assert annotation.follow_up.status is FollowUpStatus.OPEN
    assert annotation.follow_up.due == "2022-10-01"
    assert annotation.follow_up.text == "spørg forvaltningen om tallene for 2023"
    again.select(item)
    assert again.panel.follow_due.date() == QDate(2022, 10, 1)
    assert "⚑" in again.model.index_of_item(item).data()


def test_highlight_is_rendered_after_a_restart_and_jumps(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    profile = _profile(tmp_path, "haderslev_2022")
    window = _open(qtbot, profile)
    item = _item(window, "94")
    window.select(item)
    text = window.view.toPlainText()
    start = text.index("Ukraine")
    window.view.select_range(start, start + len("Ukraine"))
    monkeypatch.setattr("app.ui.highlight_controller.QInputDialog.getText", lambda *a, **k: ("vigtigt", True))
    window.main_actions.highlight_action.trigger()
    assert window.annotations.get(item).highlights[0].quote.exact == "Ukraine"
    window.close()
    again = _open(qtbot, profile)
    again.select(item)
    document = again.view.document()
    cursor = again.view.textCursor()
    cursor.setPosition(start + 2)
    assert cursor.charFormat().background().color().name() == "#fff176"
    assert again.panel.highlights.count() == 1 and "vigtigt" in again.panel.highlights.item(0).text()
    again.panel.highlights.itemClicked.emit(again.panel.highlights.item(0))
    assert again.view.textCursor().selectedText() == "Ukraine"
    assert document.toPlainText() == text


def test_reimport_keeps_notes_and_orphans_a_vanished_item(qtbot, tmp_path: Path) -> None:
    profile = _profile(tmp_path, "lejre_2020")
    window = _open(qtbot, profile)
    window.annotations.set_note(_item(window, "4"), "note om projektet")
    window.annotations.set_note(_item(window, "6"), "note om eventuelt")
    text = SEEDS["lejre_2020"].read_text(encoding="utf-8")
    revised = tmp_path / "lejre_revideret.txt"
    cut = text.index("## **Punkt 6: JA - Eventuelt**")
    revised.write_text(text[:cut] + "\n", encoding="utf-8")  # item 6 dropped, item 4 unchanged
    with qtbot.waitSignal(window.import_finished, timeout=20000) as first:
        window.import_paths([revised])
    # Cover and contents: a complete version (#19) — it replaces the meeting, nobody is asked.
    assert first.args[0].replaced == [revised.name] and not first.args[0].undecided
    assert window.findChild(QMessageBox, "import_subset") is None
    assert window.annotations.get(_item(window, "4")).note == "note om projektet"
    orphans = window.annotations.store.orphans()
    assert [o.note for o in orphans] == ["note om eventuelt"]
    assert "mistede" in window.statusBar().currentMessage()


def test_highlighting_the_same_passage_twice_lists_it_once(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = _open(qtbot, _profile(tmp_path, "haderslev_2022"))
    item = _item(window, "94")
    window.select(item)
    start = window.view.toPlainText().index("Ukraine")
    asked: list[str] = []

    def comment(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append("comment")
        return "", True

    monkeypatch.setattr("app.ui.highlight_controller.QInputDialog.getText", comment)
    for _ in range(2):
        window.view.select_range(start, start + len("Ukraine"))
        window.main_actions.highlight_action.trigger()
    assert len(window.annotations.get(item).highlights) == 1
    assert window.panel.highlights.count() == 1
    assert asked == ["comment"]  # the second time nobody is asked for a comment in vain
    assert window.statusBar().currentMessage() == "Teksten er allerede markeret."
