"""The window shows what a new version changed: Δ in the tree, the word-level difference on the item
page with a switch to hide it, "ændret efter forberedelse", and earlier versions read-only (#19)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QListView, QTextBrowser

from app.model.annotation import ReadingState
from app.services.library.importer import run_import
from app.services.notes.annotations import AnnotationService
from app.services.settings import Settings
from app.services.workspace import Library
from app.storage.annotations import AnnotationStore
from app.ui.main_window import MainWindow
from app.ui.meeting_tree_model import Role
from tests.helpers import versions as papers


def _revised_profile(tmp_path: Path, prepare: bool = True) -> Path:
    profile = tmp_path / "profile"
    first, revised = tmp_path / "dagsorden.txt", tmp_path / "rettet.txt"
    first.write_text(papers.agenda(), encoding="utf-8")
    revised.write_text(papers.revised_agenda(), encoding="utf-8")
    store = AnnotationStore(profile, take_backup=False)
    run_import(Library(profile), store, [first])
    if prepare:  # the member prepared item 2 before its recommendation was reworded
        library = Library(profile)
        service = AnnotationService(store, library)
        service.set_reading(f"{library.meetings()[0].meeting_id}:2", ReadingState.PREPARED)
    store.close()
    store = AnnotationStore(profile, take_backup=False)
    run_import(Library(profile), store, [revised])
    store.close()
    return profile


def _open(qtbot, profile: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    library = Library(profile)
    window = MainWindow(library, Settings(profile), AnnotationService(AnnotationStore(profile), library))
    qtbot.addWidget(window)
    return window


def _item_id(window: MainWindow, number: str) -> str:
    return next(i for i in window.model.item_ids_in_order() if i.endswith(f":{number}"))


def _tree_index(window: MainWindow, item_id: str):  # type: ignore[no-untyped-def]
    window.select(item_id)
    return window.tree.currentIndex()


def test_the_item_page_shows_the_difference_and_the_switch_hides_it(qtbot, tmp_path: Path) -> None:
    window = _open(qtbot, _revised_profile(tmp_path))
    changed = _item_id(window, "2")
    assert window.select(changed)
    html = window.view.toHtml()
    text = window.view.toPlainText()
    assert "Ændringer" in text and "Ændret: Indstilling" in text
    assert "ændret efter forberedelse" in text  # prepared before the text changed
    assert "med de ændringer, forvaltningen har foreslået" in text  # the inserted words …
    assert "#c8f0c8" in html  # … marked as inserted
    assert "Δ" in str(window.tree.currentIndex().data(Role.BADGES))
    window.changes.show_action.setChecked(False)  # Møde → Vis ændringer off
    assert "Ændringer" not in window.view.toPlainText()
    assert "med de ændringer" in window.view.toPlainText()  # the item's own text stays
    window.changes.show_action.setChecked(True)
    renumbered = _item_id(window, "7")
    window.select(renumbered)
    assert "Nyt nummer: 8 → 7" in window.view.toPlainText()
    unchanged = _item_id(window, "3")
    window.select(unchanged)
    assert "Ændringer" not in window.view.toPlainText()
    assert "Δ" not in str(_tree_index(window, unchanged).data(Role.BADGES))


def test_document_text_in_a_difference_is_escaped(qtbot, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    first, revised = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(papers.agenda(), encoding="utf-8")
    revised.write_text(papers.revised_agenda().replace(papers.NEW_RECOMMENDATION,
                       "- <img src='/dev/zero'> <b>fed</b> ansøgningerne."), encoding="utf-8")  # fmt: skip
    store = AnnotationStore(profile, take_backup=False)
    run_import(Library(profile), store, [first])
    run_import(Library(profile), store, [revised])
    store.close()
    window = _open(qtbot, profile)
    window.select(_item_id(window, "2"))
    assert "<img src='/dev/zero'>" in window.view.toPlainText()  # shown as text, never as markup
    assert "<img" not in window.view.toHtml().replace("&lt;img", "")


def test_an_earlier_version_opens_read_only(qtbot, tmp_path: Path) -> None:
    window = _open(qtbot, _revised_profile(tmp_path, prepare=False))
    window.select(_item_id(window, "2"))
    window.changes.versions_action.trigger()
    dialog = window.changes.dialog
    assert dialog is not None
    listing = dialog.findChild(QListView, "versions")
    rows = [listing.model().index(r, 0).data() for r in range(listing.model().rowCount())]
    assert [r.split(" — ")[0] for r in rows] == ["1. Dagsorden", "2. Rettet dagsorden"]
    listing.setCurrentIndex(listing.model().index(0, 0))
    page = dialog.findChild(QTextBrowser, "version_page")
    assert "Version 1 — kun til læsning" in page.toPlainText()
    assert papers.WITHDRAWN_TITLE in page.toPlainText()  # the withdrawn item is still in version 1
    assert page.isReadOnly()
    dialog.close()
