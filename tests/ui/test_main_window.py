"""The window as a committee member uses it: tree, item view, filter, import, escaping, state."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester

from app.services.library.importer import import_file
from app.services.notes.annotations import AnnotationService
from app.services.settings import Settings
from app.storage.annotations import AnnotationStore
from app.storage.library import Library
from app.ui.main_window import MainWindow
from app.ui.meeting_tree_model import MeetingTreeModel, Role
from tests import real_docs
from tests.conftest import SEEDS


def _library(tmp_path: Path, *names: str) -> Library:
    library = Library(tmp_path)
    for name in names or tuple(SEEDS):
        import_file(library, SEEDS[name])
    return library


def _window(qtbot, tmp_path: Path, library: Library | None = None) -> MainWindow:  # type: ignore[no-untyped-def]
    library = library or _library(tmp_path)
    service = AnnotationService(AnnotationStore(tmp_path), library)
    window = MainWindow(library, Settings(tmp_path), service)
    qtbot.addWidget(window)
    return window


def _visible_items(window: MainWindow) -> list[str]:
    found: list[str] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(window.proxy.rowCount(parent)):
            index = window.proxy.index(row, 0, parent)
            if index.data(Role.NODE_KIND) == "item":
                found.append(index.data(Role.ITEM_ID))
            walk(index)

    walk(QModelIndex())
    return found


_KEEP_ALIVE: list[MeetingTreeModel] = []


def test_tree_model_is_a_correct_qt_model(qtmodeltester: ModelTester, tmp_path: Path) -> None:
    model = MeetingTreeModel()
    # The model must outlive the model tester, which disconnects from it after the test.
    _KEEP_ALIVE.append(model)
    model.set_records(_library(tmp_path).meetings())
    qtmodeltester.check(model)
    towns = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert towns == ["Haderslev (1)", "Lejre (1)", "Slagelse (1)", "Sønderborg (2)"]
    soenderborg = (
        model.index(3, 0).child(0, 0) if hasattr(QModelIndex, "child") else model.index(0, 0, model.index(3, 0))
    )
    dates = [model.index(r, 0, soenderborg).data() for r in range(model.rowCount(soenderborg))]
    assert dates == ["1. december 2021 · Referat", "14. august 2019 · Referat"]  # newest first


def test_selecting_an_item_shows_its_decision(qtbot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    window.filter_box.setText("Ukraine")
    window.select(_visible_items(window)[0])
    text = window.view.toPlainText()
    assert "Status på implementering af særlov" in text
    assert "Beslutning i Beskæftigelse- og Borgerserviceudvalget den 15-09-2022" in text
    assert "Godkendt." in text


def test_filter_narrows_the_tree_with_danish_folding(qtbot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    window.filter_box.setText("REPATRIERING")
    assert len(_visible_items(window)) == 1
    window.filter_box.setText("soenderborg ledelsesinformation")
    assert len(_visible_items(window)) == 3
    window.filter_box.clear()
    assert len(_visible_items(window)) == 45


def test_previous_and_next_item(qtbot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path, _library(tmp_path, "lejre_2020"))
    window.select_first_item()
    window.main_actions.next_action.trigger()
    assert window.tree.currentIndex().data(Role.ITEM_ID).endswith(":2")
    window.main_actions.previous_action.trigger()
    assert window.tree.currentIndex().data(Role.ITEM_ID).endswith(":1")


@pytest.mark.real_docs
def test_drag_and_drop_imports_a_real_pdf_in_the_background(qtbot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path, Library(tmp_path))
    data = QMimeData()
    data.setUrls(
        [QUrl.fromLocalFile(str(real_docs.path("ballerup_sundheds-forebyggelsesudvalget_2012-12-04_referat.pdf")))]
    )
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)  # fmt: skip
    with qtbot.waitSignal(window.import_finished, timeout=20000) as blocker:
        window.dropEvent(event)
    assert blocker.args[0].added == ["ballerup_sundheds-forebyggelsesudvalget_2012-12-04_referat.pdf"]
    assert len(_visible_items(window)) == 8
    assert "Sundheds- og Forebyggelsesudvalget" in window.view.toPlainText()


def test_a_bad_file_is_reported_while_the_rest_import(qtbot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path, Library(tmp_path))
    bad = tmp_path / "ødelagt.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    with qtbot.waitSignal(window.import_finished, timeout=20000) as blocker:
        window.import_paths([SEEDS["lejre_2020"], bad, SEEDS["slagelse_2019"]])
    summary = blocker.args[0]
    assert [name for name, _ in summary.failed] == ["ødelagt.pdf"]
    assert len(summary.added) == 2
    box = window.findChild(QMessageBox, "import_failures")
    assert "ødelagt.pdf" in box.informativeText()
    assert "beskadiget" in box.informativeText()
    box.close()


def test_document_markup_is_shown_literally(qtbot, tmp_path: Path) -> None:
    evil = tmp_path / "evil.txt"
    evil.write_text(
        "REFERAT Økonomiudvalget d. 01-02-2024\n\nPunkt 1: <b>Fed</b> titel\n\n24/1\n\n## Sagsfremstilling\n\n"
        '<img src="file:///etc/passwd"> <script>alert(1)</script> <a href="https://example.com">link</a>\n',
        encoding="utf-8",
    )
    library = Library(tmp_path)
    import_file(library, evil)
    window = _window(qtbot, tmp_path, library)
    window.select_first_item()
    text = window.view.toPlainText()
    assert "<b>Fed</b> titel" in text
    assert '<img src="file:///etc/passwd">' in text and "<script>alert(1)</script>" in text
    assert (
        "<a href=" in text
        and "example.com"
        not in window.view.toHtml().split("<body")[1].replace("https://example.com</", "").split("href=")[0]
    )


def test_state_is_restored_after_restart(qtbot, tmp_path: Path) -> None:
    library = _library(tmp_path, "haderslev_2022", "lejre_2020")
    window = _window(qtbot, tmp_path, library)
    target = next(i for i in _visible_items(window) if i.endswith(":93"))
    window.select(target)
    window.view.set_zoom(3)
    window.splitter.setSizes([300, 1000])
    sizes = window.splitter.sizes()
    window.close()
    again = _window(qtbot, tmp_path, Library(tmp_path))
    assert again.tree.currentIndex().data(Role.ITEM_ID) == target
    assert again.view.zoom == 3
    # The panes come back as the same shares of the width (applied when the window is shown).
    saved = again.state._saved_panes or []
    assert len(saved) == 3
    assert all(abs(a / sum(saved) - b / sum(sizes)) < 0.01 for a, b in zip(saved, sizes, strict=True))
    assert "Ankestatistik" in again.view.toPlainText()


def test_english_is_available(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from app.ui.language import switcher
    from app.ui.launch import install_translations

    install_translations(QApplication.instance(), "en")
    try:
        window = _window(qtbot, tmp_path, Library(tmp_path))
        assert window.main_actions.import_action.text() == "&Import files …"
        assert "The library is empty" in window.view.toPlainText()
    finally:
        switcher().switch("da")  # back to Danish with its counted texts, as the session started
    window_da = _window(qtbot, tmp_path / "da", Library(tmp_path / "da"))
    assert window_da.main_actions.import_action.text() == "&Importér filer …"
