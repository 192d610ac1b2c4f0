"""The window and the command line share one door: same import result, same orphans, odd values survived."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.services.library.importer import import_file
from app.services.notes.annotations import AnnotationService
from app.services.settings import Settings
from app.storage.annotations import AnnotationStore
from app.storage.library import Library
from app.ui.main_window import MainWindow
from tests import real_docs
from tests.conftest import SEEDS

ROOT = Path(__file__).resolve().parents[2]
LEJRE = SEEDS["lejre_2020"].read_text(encoding="utf-8")


def _window(qtbot, profile: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    library = Library(profile)
    window = MainWindow(library, Settings(profile), AnnotationService(AnnotationStore(profile), library))
    qtbot.addWidget(window)
    return window


def _prepare(profile: Path) -> Path:
    """Lejre imported, notes on items 2 and 6; returns a revision without item 6 and item 2 renamed."""
    library = Library(profile)
    import_file(library, SEEDS["lejre_2020"])
    store = AnnotationStore(profile, take_backup=False)
    from app.services.notes import operations as ops

    for item in library.meetings()[0].items:
        if item.number in ("2", "6"):
            ops.apply(store, item, ops.note(f"note om punkt {item.number}"), ops.add_tag("opfølgning"))
    store.close()
    revised = profile.parent / f"{profile.name}-revideret.txt"
    text = LEJRE[: LEJRE.index("## **Punkt 6: JA - Eventuelt**")]
    revised.write_text(text.replace("Punkt 3: JA - Dialogtema om integration", "Punkt 3: JA - Dialog om integration"),
                       encoding="utf-8")  # fmt: skip
    return revised


def _state(profile: Path) -> tuple[object, list[tuple[str, str, bool]]]:
    index = json.loads((profile / "library" / "index.json").read_text(encoding="utf-8"))
    records = [{k: v for k, v in r.items() if k != "sha256" and k != "source_file"} for r in index["meetings"]]
    store = AnnotationStore(profile, take_backup=False)
    notes = sorted((a.anchor.split("#")[0], a.note, a.orphaned) for a in store.all())
    store.close()
    return records, notes


def test_a_revision_imported_from_the_cli_and_from_the_window_gives_the_same_result(qtbot, tmp_path: Path) -> None:
    by_cli, by_window = tmp_path / "cli", tmp_path / "window"
    revised_cli, revised_window = _prepare(by_cli), _prepare(by_window)
    command = [sys.executable, str(ROOT / "main.py"), "import", str(revised_cli), "--replace", "--profile", str(by_cli)]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "1 note(s) lost their item" in result.stdout
    window = _window(qtbot, by_window)
    with qtbot.waitSignal(window.import_finished, timeout=20000) as blocker:
        window.import_paths([revised_window])  # a complete version (#19): it replaces, nobody is asked
    assert window.findChild(QMessageBox, "import_subset") is None
    assert len(blocker.args[0].orphaned) == 1
    assert "1 note mistede sit punkt" in window.statusBar().currentMessage()
    window.close()
    records, notes = _state(by_cli)
    assert (records, notes) == _state(by_window)
    assert [n for n in notes if n[2]] == [(notes[-1][0], "note om punkt 6", True)]


def test_a_store_with_values_the_app_cannot_read_still_opens(qtbot, tmp_path: Path) -> None:
    library = Library(tmp_path)
    import_file(library, SEEDS["lejre_2020"])
    item = library.meetings()[0].items[1]
    store = AnnotationStore(tmp_path, take_backup=False)
    from app.services.notes import operations as ops

    ops.apply(store, item, ops.note("stadig her"), ops.add_tag("budget"))
    store.close()
    shard = next(p for p in (tmp_path / "annotations").glob("shard-*.json") if "stadig her" in p.read_text())
    data = json.loads(shard.read_text(encoding="utf-8"))
    doc = next(iter(data["annotations"].values()))
    doc.update(stance=17, tags=["budget", {"x": 1}], follow_up={"status": "open", "due": "2026-13-45", "text": ""})
    shard.write_text(json.dumps(data), encoding="utf-8")  # edited by hand, or by an older tool
    window = _window(qtbot, tmp_path)
    window.tabs.setCurrentWidget(window.follow_up_panel)  # the list that used to crash on the date
    window.select(item.item_id)
    assert window.panel.note.toPlainText() == "stadig her"
    assert window.panel.chips_layout.count() == 1
    assert "✎" in window.model.index_of_item(item.item_id).data()
    groups = [window.follow_up_panel.model.item(r).text() for r in range(window.follow_up_panel.model.rowCount())]
    assert groups == ["Uden frist (1)"]


def test_with_merge_a_revision_is_added_as_an_extract_and_nothing_is_lost(tmp_path: Path) -> None:
    """#19: the revision (cover, contents, items 1–5) is a complete version unless --merge says otherwise."""
    profile = tmp_path / "cli"
    revised = _prepare(profile)
    command = [sys.executable, str(ROOT / "main.py"), "import", str(revised), "--merge", "--profile", str(profile)]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "added to its meeting in the library" in result.stdout
    records, notes = _state(profile)
    assert [len(r["items"]) for r in records] == [6]  # item 6 kept
    assert [n[1:] for n in notes] == [("note om punkt 2", False), ("note om punkt 6", False)]


def test_the_english_window_shows_english_dates(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from app.ui.language import switcher
    from app.ui.launch import install_translations

    library = Library(tmp_path)
    import_file(library, SEEDS["soenderborg_2019"])
    install_translations(QApplication.instance(), "en")
    try:
        window = _window(qtbot, tmp_path)
        meeting = window.model.index_of_meeting(library.meetings()[0].meeting_id)
        assert meeting.data() == "14 August 2019 · Minutes"
        window.select_first_item()
        assert "14 August 2019" in window.view.toPlainText()
        assert window.panel.stance.itemText(2) == "Against"  # labels defined once, translated
    finally:
        switcher().switch("da")  # back to Danish with its counted texts, as the session started
    danish = _window(qtbot, tmp_path)
    assert danish.model.index_of_meeting(library.meetings()[0].meeting_id).data() == "14. august 2019 · Referat"


@pytest.mark.real_docs
def test_the_window_adds_a_per_item_pdf_to_its_meeting_without_asking(qtbot, tmp_path: Path) -> None:
    import_file(Library(tmp_path), real_docs.path("ballerup_sundheds-forebyggelsesudvalget_2012-12-04_referat.pdf"))
    window = _window(qtbot, tmp_path)
    item = next(i for i in window.model.item_ids_in_order() if i.endswith(":5"))
    window.annotations.set_note(item, "spørg til KL's proces")
    punkt05 = real_docs.glob("ballerup_sfu_2012-12-04_punkt05_*.pdf")[0]
    changed = punkt05.read_bytes().replace(b"/Producer", b"/Creator", 1)  # another file, the same item
    copy = tmp_path / punkt05.name
    copy.write_bytes(changed)
    with qtbot.waitSignal(window.import_finished, timeout=20000) as blocker:
        window.import_paths([copy])
    summary = blocker.args[0]
    assert not summary.undecided and not summary.added and not summary.replaced and not summary.orphaned
    assert window.findChild(QMessageBox, "import_subset") is None
    assert len(window.model.item_ids_in_order()) == 8
    assert window.annotations.get(item).note == "spørg til KL's proces"
    assert "✎" in window.model.index_of_item(item).data()


def test_the_tree_filter_folds_like_search(qtbot, tmp_path: Path) -> None:
    library = Library(tmp_path)
    for seed in ("soenderborg_2019", "lejre_2020"):
        import_file(library, SEEDS[seed])
    window = _window(qtbot, tmp_path)

    def visible(text: str) -> int:
        window.filter_box.setText(text)
        return sum(1 for i in window.model.item_ids_in_order()
                   if window.proxy.mapFromSource(window.model.index_of_item(i)).isValid())  # fmt: skip

    assert visible("Sonderborg repatriering") == visible("SØNDERBORG repatriering") == 1  # marks dropped, or not
    assert visible("soenderborg repatriering") == 1  # the conventional spelling
    assert visible("sø repatriering") == 1 and visible("Lejre sø") == 0  # "sø" is never plain "so"


def test_the_import_worker_never_writes_a_profile_another_writer_holds(qtbot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from pathlib import Path; from app.storage.profile_lock import "
         "ProfileLock; lock = ProfileLock(Path(sys.argv[1])); lock.acquire(); print('held', flush=True); "
         "time.sleep(60)", str(tmp_path)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"  # e.g. a CLI import
        with qtbot.waitSignal(window.import_finished, timeout=20000) as blocker:
            window.import_paths([SEEDS["lejre_2020"]])
        assert blocker.args[0].blocked and not blocker.args[0].added
        assert Library(tmp_path).meetings() == []
    finally:
        holder.kill()
        holder.wait()
    box = window.findChild(QMessageBox, "import_failures")
    assert "bruges lige nu af en anden Mødemappe" in box.informativeText()
    box.close()
