"""A meeting imported with its per-item PDFs and bilag is one meeting, whatever the order.

eDoc's per-item PDFs do not name the municipality; the referat does. Whether a punkt comes
before the referat (in a batch, or imported days earlier), the library ends with one Ballerup
meeting of eight items, every bilag under the item eDoc's own XML lists it under, and the
member's notes where they were.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from app.services.library.importer import import_files, run_import
from app.services.notes import operations
from app.services.workspace import Workspace
from app.storage.bilag import BilagStore
from app.storage.library import Library
from app.ui.bilag_controller import MeetingPropertiesDialog
from tests import real_docs
from tests.bilag.test_bilag_import import BALLERUP_REFERAT, expected_item, xml_items_by_size
from tests.bilag.test_bilag_ui import _window

ROOT = Path(__file__).resolve().parents[2]
BALLERUP_ID = "2012-12-04-ballerup-eaf7c9-ref"


def _parts() -> list[Path]:
    return real_docs.glob("ballerup_sfu_2012-12-04_punkt*.pdf")


def _bilag() -> list[Path]:
    return real_docs.glob("ballerup_sfu_2012-12-04_bilag_*.pdf")


def _assert_one_complete_meeting(profile: Path) -> None:
    library = Library(profile)
    records = library.meetings()
    assert [r.meeting_id for r in records] == [BALLERUP_ID]
    assert records[0].municipality == "Ballerup"
    assert [i.number for i in records[0].items] == [str(n) for n in range(1, 9)]
    store = BilagStore(profile)
    assert {r.meeting_id for r in store.all()} == {BALLERUP_ID}
    sizes = xml_items_by_size()
    for path in _bilag():
        linked = [r for r in store.for_meeting(BALLERUP_ID) if r.size == path.stat().st_size and r.origin == "import"]
        assert [r.item_number for r in linked] == [expected_item(path, sizes)], path.name
    for number in range(1, 9):  # each punkt's own PDF stays a document of its item
        own = [r for r in store.for_item(BALLERUP_ID, str(number)) if r.origin == "import:item-pdf"]
        assert len(own) == 1 and f"punkt0{number}" in own[0].name


@pytest.mark.real_docs
@pytest.mark.parametrize("referat_first", [False, True])
def test_a_batch_gives_one_meeting_in_either_order(tmp_path: Path, referat_first: bool) -> None:
    referat = [real_docs.path(BALLERUP_REFERAT)]
    files = [*referat, *_parts(), *_bilag()] if referat_first else [*_parts(), *_bilag(), *referat]
    summary = import_files(Library(tmp_path), files)
    assert summary.failed == [] and summary.undecided == []
    assert summary.added == [BALLERUP_REFERAT]
    _assert_one_complete_meeting(tmp_path)


@pytest.mark.real_docs
def test_a_referat_imported_after_its_punkter_takes_them_over_with_the_notes(tmp_path: Path) -> None:
    with Workspace(tmp_path, writer=True) as ws:
        run_import(ws.library, ws.store, _parts())
        (early,) = ws.library.meetings()
        assert early.municipality is None and len(early.items) == 8  # the punkter alone do not name it
        item = next(i for i in early.items if i.number == "4")
        operations.apply(ws.store, item, operations.note("Husk Torvevej"))
    with Workspace(tmp_path, writer=True) as ws:
        summary = run_import(ws.library, ws.store, [real_docs.path(BALLERUP_REFERAT), *_bilag()])
        assert summary.replaced == [BALLERUP_REFERAT] and summary.orphaned == []
        notes = {a.anchor: a.note for a in ws.store.all()}
    assert notes == {"2012-12-04-ballerup-eaf7c9:4": "Husk Torvevej"}
    _assert_one_complete_meeting(tmp_path)


def _cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)  # fmt: skip


@pytest.mark.real_docs
@pytest.mark.parametrize("referat_first", [False, True])
def test_import_of_the_folder_on_the_command_line(tmp_path: Path, referat_first: bool) -> None:
    folder = tmp_path / "moede"
    folder.mkdir()
    for path in [real_docs.path(BALLERUP_REFERAT), *_parts(), *_bilag()]:
        # the folder is walked in name order: "0_" puts the referat first, "z_" last
        name = ("0_" if referat_first else "z_") + path.name if path.name == BALLERUP_REFERAT else path.name
        (folder / name).symlink_to(path)
    result = _cli("import", folder, "--profile", tmp_path / "p")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    names = [line.split(": ", 1)[0] for line in lines]
    assert sorted(names) == sorted(p.name for p in folder.iterdir())  # one line per file
    own = "ballerup_sfu_2012-12-04_punkt04_takstreduktion-torvevej.pdf: the document of item 4, kept with its meeting"
    assert own in lines
    assert "ballerup_sfu_2012-12-04_bilag_notat-takstreduktion.pdf: bilag of item 4" in lines
    listed = json.loads(_cli("list", "--json", "--profile", tmp_path / "p").stdout)
    assert [(m["id"], m["municipality"], len(m["items"])) for m in listed] == [(BALLERUP_ID, "Ballerup", 8)]
    _assert_one_complete_meeting(tmp_path / "p")


@pytest.mark.real_docs
@pytest.mark.parametrize(("language", "date"), [(QLocale.Language.Danish, "4. december 2012"),
                                                (QLocale.Language.English, "4 December 2012")])  # fmt: skip
def test_meeting_properties_count_the_punkter_pdfs_apart_from_the_bilag(
    qtbot, tmp_path: Path, language: QLocale.Language, date: str
) -> None:  # type: ignore[no-untyped-def]
    library = Library(tmp_path)
    import_files(library, [real_docs.path(BALLERUP_REFERAT), *_parts(), *_bilag()])
    before = QLocale()
    QLocale.setDefault(QLocale(language))
    try:
        dialog = MeetingPropertiesDialog(library, BALLERUP_ID)
        qtbot.addWidget(dialog)
    finally:
        QLocale.setDefault(before)
    assert dialog.fields["bilag"].text().startswith("4 dokumenter, 3")  # the four bilag, 3,6 MB
    assert dialog.fields["item_documents"].text().startswith("8 dokumenter, ")
    assert dialog.fields["undecided"].text() == "0"
    assert dialog.fields["date"].text() == date


@pytest.mark.real_docs
def test_the_window_imports_the_folder_as_one_meeting_and_counts_each_file_once(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "moede"
    folder.mkdir()
    for path in [real_docs.path(BALLERUP_REFERAT), *_parts(), *_bilag()]:
        (folder / path.name).symlink_to(path)  # name order: the punkter come before the referat
    library = Library(tmp_path / "p")
    window = _window(qtbot, library)
    try:
        with qtbot.waitSignal(window.importer.reported, timeout=120000) as report:
            window.import_paths([folder])
        assert report.args == ["1 møde importeret · 8 punkter føjet til deres møde · 4 bilag knyttet til deres punkt"]
        assert window.bilag_commands.dialog is None  # every bilag placed: nothing to ask
    finally:
        window.close()
    _assert_one_complete_meeting(tmp_path / "p")
