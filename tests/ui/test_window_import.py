"""Importing from the window: files or a folder, only the kinds that import, and placing the bilag.

The placement dialog puts the matcher's best guess first and chooses it only when it leads
clearly. The unclear case is the one a member met: a citizen's e-mail about Havnens Perle that
also names Kongeruten scored 22.5 for "Anlægsbevilling til Kongeruten" and 16.9 for the Havnens
Perle item — it was chosen for the wrong item, and OK filed it there.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLineEdit, QMessageBox
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from app.services.library.bilag import CHOOSABLE, IMPORTABLE, clear_guess
from app.services.notes.annotations import AnnotationService
from app.services.settings import Settings
from app.storage.annotations import AnnotationStore
from app.storage.bilag import BilagStore
from app.storage.library import Library
from app.ui.bilag_placement import BilagLinkDialog
from app.ui.main_window import MainWindow
from tests import real_docs
from tests.bilag.test_bilag_store import make_pdf
from tests.conftest import SEEDS
from tests.helpers.firstagenda_pdf import build_firstagenda_pdf
from tests.helpers.pdf_builder import build_pdf

ROOT = Path(__file__).resolve().parents[2]
KONGERUTEN = "Anlægsbevilling til Kongeruten"
PERLE = "Svar på forslag fra DD om at sikre Havnens Perles fremtid på Aarhus Ø"


def _window(qtbot, profile: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    library = Library(profile)
    window = MainWindow(library, Settings(profile), AnnotationService(AnnotationStore(profile), library))
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    return window


def _answer_file_dialog(qtbot, name: str, choose: list[Path], seen: dict[str, object]) -> None:  # type: ignore[no-untyped-def]
    """Drive the window's own (non-native, offscreen) file dialog: note what it offers, choose, accept."""

    def answer() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible())
        seen["name"] = dialog.objectName()
        seen["filters"] = dialog.nameFilters()
        seen["mode"] = dialog.fileMode()
        dialog.setDirectory(str(choose[0].parent))
        if dialog.fileMode() == QFileDialog.FileMode.Directory:
            dialog.selectFile(str(choose[0]))
        else:  # typed into the name field, as a member would (the folder's listing loads later)
            typed = choose[0].name if len(choose) == 1 else " ".join(f'"{p.name}"' for p in choose)
            dialog.findChild(QLineEdit, "fileNameEdit").setText(typed)
        dialog.accept()
        seen["selected"] = dialog.selectedFiles()
        if dialog.isVisible():  # it refused: end it, so the test fails instead of waiting forever
            dialog.reject()

    QTimer.singleShot(300, answer)


def _meeting_folder(folder: Path) -> Path:
    """A Lejre referat as a built PDF, a bilag whose name says its item, a scan, a note file that is no paper."""
    folder.mkdir()
    build_pdf(SEEDS["lejre_2020"].read_text(encoding="utf-8"), folder / "referat.pdf", header="Lejre")
    make_pdf(folder / "Projekt Tidlig Indsats - evaluering.pdf", 3, "Evaluering")
    (folder / "noter.docx").write_bytes(b"PK\x03\x04 not a meeting paper")  # not a kind the import takes
    return folder


def test_fil_importer_mappe_imports_a_folder_like_the_command_line(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = _meeting_folder(tmp_path / "moede")
    window = _window(qtbot, tmp_path / "profile")
    file_menu = [a.text() for a in window.main_actions.menus["file"].actions()]
    assert file_menu[:2] == ["&Importér filer …", "Importér &mappe …"]
    seen: dict[str, object] = {}
    try:
        _answer_file_dialog(qtbot, "import_folder_dialog", [folder], seen)
        with qtbot.waitSignal(window.importer.reported, timeout=60000) as report:
            window.main_actions.import_folder_action.trigger()
        assert seen["name"] == "import_folder_dialog" and seen["mode"] == QFileDialog.FileMode.Directory
        assert report.args == ["1 møde importeret · 1 bilag knyttet til sit punkt"]  # the .docx left out, quietly
        window_meetings = [(r.committee, r.date, len(r.items)) for r in window.library.meetings()]
    finally:
        window.close()
    # The command line, given the same folder, gives the same meeting and the same bilag link.
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "import", str(folder), "--profile",
                             str(tmp_path / "cli")], capture_output=True, text=True, timeout=120, cwd=ROOT)  # fmt: skip
    assert result.returncode == 0, result.stderr
    cli = Library(tmp_path / "cli")
    assert [(r.committee, r.date, len(r.items)) for r in cli.meetings()] == window_meetings
    for profile in (tmp_path / "profile", tmp_path / "cli"):
        meeting_id = Library(profile).meetings()[0].meeting_id
        placed = [(r.item_number, r.name) for r in BilagStore(profile).for_meeting(meeting_id)]
        assert placed == [("4", "Projekt Tidlig Indsats - evaluering")]


@pytest.mark.real_docs
def test_the_file_dialog_offers_only_what_imports_and_a_saved_portal_page_imports(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = real_docs.path("firstagenda/aarhus_teknisk-udvalg_2025-10-01_referat_firstagenda.html")
    folder = tmp_path / "hentet"
    folder.mkdir()
    (folder / page.name).symlink_to(page)
    window = _window(qtbot, tmp_path / "profile")
    seen: dict[str, object] = {}
    try:
        _answer_file_dialog(qtbot, "import_files_dialog", [folder / page.name], seen)
        with qtbot.waitSignal(window.importer.reported, timeout=60000) as report:
            window.main_actions.import_action.trigger()
        filters = seen["filters"]
        assert isinstance(filters, list)
        offered = {p for f in filters for p in f[f.index("(") + 1 : -1].split()}
        assert offered == {f"*{s}" for s in CHOOSABLE}  # the services' one list, and nothing else
        assert "*" not in offered and "*.docx" not in offered  # no "Alle filer": nothing that is refused for its kind
        assert filters[0].startswith("Alt der kan importeres (*.pdf")
        assert report.args == ["1 møde importeret"]  # the saved FirstAgenda page is a meeting
        assert window.library.meetings()[0].committee == "Teknisk Udvalg"
    finally:
        window.close()
    assert set(IMPORTABLE) < set(CHOOSABLE)


def test_a_web_page_that_is_no_saved_portal_meeting_says_what_to_do(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "eDoc - Dagsorden.html"
    page.write_text("<!DOCTYPE html><html><body><h1>Dagsorden</h1><a href='x.pdf'>Hent PDF</a></body></html>")
    window = _window(qtbot, tmp_path / "profile")
    try:
        with qtbot.waitSignal(window.importer.finished, timeout=60000):
            window.import_paths([page])
        box = next(w for w in window.findChildren(QMessageBox) if w.objectName() == "import_failures")
        qtbot.waitUntil(box.isVisible, timeout=3000)
        assert "Websiden er ikke en gemt FirstAgenda-mødeside" in box.informativeText()
        assert "Hent mødets PDF fra portalen" in box.informativeText()
        box.close()
    finally:
        window.close()


# --- the placement dialog ------------------------------------------------------------------------


def _item(number: str, name: str, case: str, bilag: list[str]) -> dict[str, object]:
    body = "<h3>Beslutning</h3><span>Godkendt.</span><h3>Fremstilling</h3><h4>Resume</h4><p>Sagen forelægges.</p>"
    return {"Punktnummer": number, "Navn": name, "SagsNummer": case, "Felter": [{"Html": body}],
            "Bilag": [{"Navn": b} for b in bilag]}  # fmt: skip


def _letter(path: Path, lines: list[str]) -> None:
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for row, line in enumerate(lines):
        pdf.drawString(72, 760 - 16 * row, line)
    pdf.showPage()
    pdf.save()


def _teknisk_udvalg(folder: Path) -> Path:
    """A FirstAgenda referat (built PDF) with Kongeruten and Havnens Perle, a citizen's e-mail and a scan."""
    folder.mkdir()
    meeting = {
        "Udvalg": {"Navn": "Teknisk Udvalg"},
        "Moede": {"Dato": "2025-10-01T15:00:00+02:00", "Sted": "Rådhuset",
                  "Moededeltagere": [{"Name": "Anders Winnerskjold", "Absent": False}]},
        "Dagsordenpunkter": [
            _item("1", "Godkendelse af dagsorden", "25-000123", []),
            _item("2", KONGERUTEN, "25-004411", ["Bilag 1: Kort over Kongeruten", "Bilag 2: Anlægsoverslag"]),
            _item("3", PERLE, "EMN-2025-003383", ["Meningstilkendegivelse fra Havnens Perle (påført 01.10.2025)"]),
            _item("4", "Eventuelt", "", []),
        ],
    }  # fmt: skip
    build_firstagenda_pdf(meeting, folder / "referat.pdf", minutes=True, variant=0, municipality="Aarhus")
    _letter(folder / "Mail fra borger.pdf", [
        "Fra: Jens Hansen", "Til: Teknisk Udvalg", "Emne: Havnens Perle", "Kære udvalg",
        "Jeg skriver vedrørende Havnens Perle på Aarhus Ø.",
        "Vi cykler over Kongeruten hver dag, men Havnens Perle er vores", "fælles sted. Bevar den.",
        "Venlig hilsen Jens"])  # fmt: skip
    _letter(folder / "scan_kongeruten.pdf", ["(side 1)"])
    return folder


def test_the_best_guess_is_chosen_only_when_it_leads_clearly(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = _teknisk_udvalg(tmp_path / "moede")
    window = _window(qtbot, tmp_path / "profile")
    try:
        with qtbot.waitSignal(window.import_finished, timeout=60000) as finished:
            window.import_paths([folder])
        choices = {b.file_name: b.choices for b in finished.args[0].bilag}
        assert [n for n, _s in choices["Mail fra borger.pdf"]] == ["2", "3"]  # the wrong item leads, narrowly
        assert clear_guess(choices["Mail fra borger.pdf"]) == "" and clear_guess(choices["scan_kongeruten.pdf"]) == "2"
        dialog = window.bilag_commands.dialog
        qtbot.waitUntil(lambda: isinstance(dialog, BilagLinkDialog) and dialog.isVisible(), timeout=5000)
        assert isinstance(dialog, BilagLinkDialog)
        rows = {r.name: k for k, r in enumerate(dialog.records)}
        mail, scan = dialog.boxes[rows["Mail fra borger"]], dialog.boxes[rows["scan kongeruten"]]
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        # Unclear: nothing chosen, the guesses first (best first, marked "?"), OK waits for the member.
        assert mail.currentText() == "— vælg punkt —" and not ok.isEnabled()
        assert [mail.itemText(i) for i in range(2, 4)] == [f"? 2. {KONGERUTEN}", f"? 3. {PERLE}"]
        # Clear: the scan's name resembles one item only; it is chosen, starred.
        assert scan.currentText() == f"★ 2. {KONGERUTEN}" and scan.currentData() == "2"
        # The bilag is open beside the list (the first one waiting), rendered by the sandboxed renderer.
        store = BilagStore(tmp_path / "profile")
        path_of = {r.name: str(store.path(r)) for r in dialog.records}
        view = dialog.preview
        qtbot.waitUntil(lambda: view.current_path() == path_of["Mail fra borger"], timeout=15000)
        qtbot.waitUntil(lambda: view.page_count.text() == "af 1", timeout=15000)
        dialog.show_buttons[rows["scan kongeruten"]].click()
        qtbot.waitUntil(lambda: view.current_path() == path_of["scan kongeruten"], timeout=15000)
        if os.environ.get("MOEDEMAPPE_SHOTS"):
            dialog.show_buttons[rows["Mail fra borger"]].click()
            qtbot.wait(1500)
            dialog.grab().save(os.path.join(os.environ["MOEDEMAPPE_SHOTS"], "placement_unclear.png"))
        mail.setCurrentIndex(mail.findData("3"))  # the member reads the e-mail and chooses Havnens Perle
        assert ok.isEnabled()
        ok.click()
        meeting_id = window.library.meetings()[0].meeting_id
        assert [r.name for r in store.for_item(meeting_id, "3")] == ["Mail fra borger"]
        assert [r.name for r in store.for_item(meeting_id, "2")] == ["scan kongeruten"]
        assert "2 bilag placeret" in window.statusBar().currentMessage()
    finally:
        window.close()
