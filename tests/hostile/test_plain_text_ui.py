"""Every widget that shows document, note or file-name text shows it literally (#11.1).

A title ``<img src="/dev/zero"> X`` once killed the app at start (Qt's rich-text guess in the
notes heading loaded /dev/zero); RLO made ``fdp.exe`` read ``exe.pdf``. These tests walk the
window with hostile titles, notes, tags, follow-ups and file names.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from app.model.annotation import FollowUp, FollowUpStatus
from app.services.library.importer import import_file
from app.services.notes.annotations import AnnotationService
from app.services.settings import Settings
from app.storage.annotations import AnnotationStore
from app.storage.library import Library
from app.ui.main_window import MainWindow
from app.ui.meeting_tree_model import Role
from app.ui.orphans_dialog import OrphansDialog

ROOT = Path(__file__).resolve().parents[2]
IMG = '<img src="/dev/zero"> X'
RLO_TITLE = "Regnskab \u202efdp.exe"
HOSTILE_NOTE = '<img src="file:///etc/passwd"> <b>fed</b> <a href="https://example.com">link</a>'

HOSTILE_MINUTES = f"""REFERAT Økonomiudvalget d. 01-02-2024

Punkt 1: {IMG}

24/1

## Sagsfremstilling

Tekst <img src="file:///etc/passwd"> her.

Punkt 2: {RLO_TITLE}

24/2

## Sagsfremstilling

Mere <b>tekst</b> om regnskab.
"""


def _profile(tmp_path: Path) -> Path:
    source = tmp_path / "hostile.txt"
    source.write_text(HOSTILE_MINUTES, encoding="utf-8")
    profile = tmp_path / "profile"
    import_file(Library(profile), source)
    return profile


def _window(qtbot, profile: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    library = Library(profile)
    window = MainWindow(library, Settings(profile), AnnotationService(AnnotationStore(profile), library))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.search.busy, timeout=20000)
    return window


def _rendered(tooltip: str) -> str:
    """What a tooltip shows: Qt renders it as rich text when it looks like it."""
    document = QTextDocument()
    if QtGuiNamespace.mightBeRichText(tooltip):
        document.setHtml(tooltip)
    else:
        document.setPlainText(tooltip)
    return document.toPlainText()


def _item_indexes(window: MainWindow) -> list[QModelIndex]:
    found: list[QModelIndex] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(window.model.rowCount(parent)):
            index = window.model.index(row, 0, parent)
            if index.data(Role.NODE_KIND) == "item":
                found.append(index)
            walk(index)

    walk(QModelIndex())
    return found


def _assert_no_rich_text_guessing(root: QWidget) -> None:
    guessing = [
        label.text()
        for label in root.findChildren(QLabel)
        if label.text() and label.textFormat() == Qt.TextFormat.AutoText  # (icon labels hold no text)
    ]
    assert guessing == [], f"labels left to Qt's rich-text guess: {guessing}"


def test_window_shows_hostile_titles_notes_and_tags_literally(qtbot, tmp_path: Path) -> None:
    window = _window(qtbot, _profile(tmp_path))
    items = _item_indexes(window)
    first, second = (i.data(Role.ITEM_ID) for i in items)
    window.select(first)
    # The notes heading (the label that used to load /dev/zero) shows the markup as text.
    assert window.panel.title.textFormat() == Qt.TextFormat.PlainText
    assert IMG in window.panel.title.text()
    assert IMG in window.view.toPlainText()
    # Notes, tags and follow-ups carrying markup.
    window.annotations.set_note(first, HOSTILE_NOTE)
    window.annotations.add_tag(first, "<b>tag</b>")
    window.annotations.set_follow_up(first, FollowUp(FollowUpStatus.OPEN, "2030-01-01", "<i>spørg</i>"))
    window.select(second)
    window.select(first)
    assert window.panel.note.toPlainText() == HOSTILE_NOTE
    chips = [w.text() for w in window.panel.chips.findChildren(QWidget) if hasattr(w, "text")]
    assert any("<b>tag</b>" in c for c in chips)
    assert window.panel.follow_text.text() == "<i>spørg</i>"
    # Tree: display and tooltip literal; the RLO shown, not obeyed.
    assert _rendered(items[0].data(Qt.ItemDataRole.ToolTipRole)).splitlines()[0] == IMG
    assert "\u27e8RLO\u27e9fdp.exe" in items[1].data(Qt.ItemDataRole.DisplayRole)
    assert "\u202e" not in items[1].data(Qt.ItemDataRole.DisplayRole)
    assert "\u27e8RLO\u27e9fdp.exe" in _rendered(items[1].data(Qt.ItemDataRole.ToolTipRole))
    window.select(second)
    assert "\u27e8RLO\u27e9fdp.exe" in window.panel.title.text()
    assert "\u27e8RLO\u27e9fdp.exe" in window.view.toPlainText()
    # Follow-up list: entry text and tooltip (the note) literal.
    window.follow_up_panel.refresh()
    model = window.follow_up_panel.model
    entries = [model.item(g).child(r) for g in range(model.rowCount()) for r in range(model.item(g).rowCount())]
    assert any(IMG in e.text() for e in entries)
    assert _rendered(next(e for e in entries if IMG in e.text()).toolTip()) == HOSTILE_NOTE
    # Search hits: tooltip and the drawn HTML show the title literally.
    panel = window.search_panel
    panel.query.setText("regnskab")
    panel.run()
    qtbot.waitUntil(lambda: not panel.searching and panel.model.rowCount() > 0, timeout=10000)
    hit_index = panel.model.index(0, 0)
    assert "\u27e8RLO\u27e9fdp.exe" in _rendered(hit_index.data(Qt.ItemDataRole.ToolTipRole))
    drawn = QTextDocument()
    drawn.setHtml(panel.model.html(0))
    assert "\u27e8RLO\u27e9fdp.exe" in drawn.toPlainText()
    panel.query.setText("passwd")
    panel.run()
    qtbot.waitUntil(lambda: not panel.searching and panel.model.rowCount() > 0, timeout=10000)
    drawn.setHtml(panel.model.html(0))
    assert IMG in drawn.toPlainText()
    assert _rendered(panel.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)) == IMG
    # No label anywhere in the window is left to Qt's rich-text guess.
    _assert_no_rich_text_guessing(window)
    window.annotations.set_note(first, "")


def test_orphan_notes_dialog_shows_titles_literally(qtbot, tmp_path: Path) -> None:
    window = _window(qtbot, _profile(tmp_path))
    first = _item_indexes(window)[0].data(Role.ITEM_ID)
    window.annotations.set_note(first, HOSTILE_NOTE)
    dialog = OrphansDialog(window.annotations, first, window)
    qtbot.addWidget(dialog)
    _assert_no_rich_text_guessing(dialog)
    assert IMG in dialog.attach_button.text()


def test_import_progress_and_failures_show_file_names_literally(qtbot, tmp_path: Path) -> None:
    window = _window(qtbot, _profile(tmp_path))
    bad = tmp_path / '<img src="x.png">\u202efdp.exe.txt'
    bad.write_bytes(b"")
    good = tmp_path / "<b>god<i>.txt"
    good.write_text(HOSTILE_MINUTES.replace("2024", "2023"), encoding="utf-8")
    window.import_paths([bad, good])
    label = window.importer._progress.findChild(QLabel)  # type: ignore[union-attr]
    assert label.textFormat() == Qt.TextFormat.PlainText
    window.importer._on_job_progressed(0, 2, bad.name)
    assert '<img src="x.png">\u27e8RLO\u27e9fdp.exe.txt' in label.text()
    with qtbot.waitSignal(window.import_finished, timeout=60000) as finished:
        pass
    assert finished.args[0].added == ["<b>god<i>.txt"]
    box = window.findChild(QMessageBox, "import_failures")
    assert '<img src="x.png">\u27e8RLO\u27e9fdp.exe.txt' in box.informativeText()
    _assert_no_rich_text_guessing(box)
    box.close()


def test_the_app_starts_on_a_profile_whose_first_item_is_an_img_title(tmp_path: Path) -> None:
    """The real start-up, in its own process: it used to die with std::bad_alloc."""
    profile = _profile(tmp_path)
    shot = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--profile", str(profile), "--screenshot", str(shot)],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert shot.stat().st_size > 10_000


def test_an_imported_note_with_rlo_shows_the_override_in_the_editor_and_opening_it_changes_nothing(
    qtbot, tmp_path: Path
) -> None:
    window = _window(qtbot, _profile(tmp_path))
    first, second = (i.data(Role.ITEM_ID) for i in _item_indexes(window))
    note = "Bilag: fdp.\u202eexe og mere"
    window.annotations.set_note(first, note)  # as an imported note arrives
    window.select(second)
    window.select(first)
    assert window.panel.note.toPlainText() == "Bilag: fdp.\u27e8RLO\u27e9exe og mere"  # shown, not obeyed
    window.panel.flush()
    window.select(second)
    assert window.annotations.get(first).note == note  # opening it changed nothing
