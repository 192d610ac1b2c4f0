"""Bilag in the window: listed under their item with page counts, opened in the page view, missing ones marked."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.services.library.importer import import_files
from app.services.notes.annotations import AnnotationService
from app.services.settings import Settings
from app.storage.annotations import AnnotationStore
from app.storage.bilag import BilagStore
from app.storage.library import Library
from app.ui.main_window import MainWindow
from tests import real_docs
from tests.bilag.test_bilag_import import BALLERUP_REFERAT
from tests.bilag.test_bilag_store import make_pdf
from tests.conftest import SEEDS
from tests.helpers.pdf_builder import build_pdf

ROOT = Path(__file__).resolve().parent.parent.parent


def _ballerup(tmp_path: Path) -> Library:
    library = Library(tmp_path)
    import_files(library, [real_docs.path(BALLERUP_REFERAT), *real_docs.glob("ballerup_sfu_2012-12-04_bilag_*.pdf")])
    return library


def _window(qtbot, library: Library) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(
        library, Settings(library.profile), AnnotationService(AnnotationStore(library.profile), library)
    )
    qtbot.addWidget(window)
    window.resize(1360, 860)
    window.show()
    return window


@pytest.mark.real_docs
def test_the_item_lists_its_bilag_and_opens_one_in_the_page_view(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    library = _ballerup(tmp_path)
    meeting_id = library.meetings()[0].meeting_id
    window = _window(qtbot, library)
    try:
        window.select(f"{meeting_id}:4")
        html = window.view.toHtml()
        assert "Forslag til taksreduktioner aflastningstilbuddet Torvevej" in window.view.toPlainText()
        assert "2 sider" in window.view.toPlainText()
        record = BilagStore(tmp_path).for_item(meeting_id, "4")[0]
        assert f"app:bilag/{record.sha256}" in html
        # Item 5 lists two bilag nobody imported: both shown as missing, not hidden.
        window.select(f"{meeting_id}:5")
        text = window.view.toPlainText()
        assert text.count("mangler — ikke importeret eller hentet") == 2
        # Following the link opens the bilag in the page view, at its first page.
        window.select(f"{meeting_id}:4")
        window.view.internal_link_clicked.emit(f"bilag/{record.sha256}")
        view = window.centre.page_view
        assert window.centre.original_shown()
        qtbot.waitUntil(lambda: view.current_path() == str(BilagStore(tmp_path).path(record)), timeout=15000)
        assert view.page_count.text() == "af 2" and view.current_page() == 1
        # The document box offers the meeting's original and the item's bilag.
        labels = [view.document_box.itemText(i) for i in range(view.document_box.count())]
        assert labels[0] == "Mødets dokument" and labels[1].startswith("Bilag: Forslag til taksreduktioner")
        assert view.document_box.currentIndex() == 1
        # On item 5 the missing bilag can be chosen and say so.
        window.select(f"{meeting_id}:5")
        missing = next(i for i in range(view.document_box.count()) if "mangler" in view.document_box.itemText(i))
        view.document_box.activated.emit(missing)
        assert view.message.isVisible() and "mangler" in view.message.text()
    finally:
        window.close()


@pytest.mark.real_docs
def test_the_command_line_import_says_where_each_bilag_went(tmp_path: Path) -> None:
    folder = real_docs.folder()
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "import", str(folder / BALLERUP_REFERAT),
         *map(str, folder.glob("ballerup_sfu_2012-12-04_bilag_*.pdf")), "--profile", str(tmp_path)],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "ballerup_sfu_2012-12-04_bilag_notat-takstreduktion.pdf: bilag of item 4" in result.stdout
    assert "bilag-prioritering-SCANNED.pdf: bilag of item 2" in result.stdout.replace("bilag_bygningsliste-", "bilag-")


def test_an_undecided_bilag_is_placed_in_the_dialog_after_import(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "moede"
    folder.mkdir()
    build_pdf(SEEDS["lejre_2020"].read_text(encoding="utf-8"), folder / "referat.pdf", header="Lejre")
    make_pdf(folder / "scan_0001.pdf", 2, "Uden sammenhæng")
    library = Library(tmp_path / "profile")
    window = _window(qtbot, library)
    try:
        with qtbot.waitSignal(window.import_finished, timeout=60000):
            window.import_paths([folder])
        dialog = window.bilag_commands.dialog
        qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible(), timeout=5000)
        assert [r.name for r in dialog.records] == ["scan 0001"]
        box = dialog.boxes[0]
        assert box.currentData() == ""  # nothing decided for the member
        box.setCurrentIndex(box.findData("4"))
        dialog.accept()
        meeting_id = library.meetings()[0].meeting_id
        assert [r.name for r in BilagStore(library.profile).for_item(meeting_id, "4")] == ["scan 0001"]
        window.select(f"{meeting_id}:4")
        assert "scan 0001" in window.view.toPlainText() and "ikke nævnt i punktet" in window.view.toPlainText()
    finally:
        window.close()


@pytest.mark.real_docs
def test_meeting_properties_show_disk_use_and_removing_the_meeting_removes_its_bilag(
    qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    library = _ballerup(tmp_path)
    meeting_id = library.meetings()[0].meeting_id
    store = BilagStore(tmp_path)
    files = [store.path(r) for r in store.for_meeting(meeting_id)]
    assert len(files) == 4 and all(f.exists() for f in files)
    window = _window(qtbot, library)
    try:
        window.select(meeting_id)
        window.bilag_commands.properties_action.trigger()
        dialog = window.bilag_commands.dialog
        assert dialog.fields["bilag"].text().startswith("4 dokumenter, 3")  # 3,6 MB (the scan is big)
        assert dialog.fields["undecided"].text() == "0"
        dialog.close()
        answer = QMessageBox.StandardButton.Yes
        monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *args, **kwargs: answer))  # "Ja"
        window.main_actions.remove_action.trigger()
        assert library.meetings() == [] and store.all() == []
        assert not any(f.exists() for f in files)
    finally:
        window.close()
