"""A tag stored by an older release, before tags were validated (#22.8): ESC, NUL, a newline, RLO.

The store keeps it (it is the member's data), but wherever it is printed it is shown by name —
⟨ESC⟩, ⟨NUL⟩, ⟨LF⟩, ⟨RLO⟩ — never obeyed: in the Markdown export, in the command line's output,
in the window's tag chips, the tree's badge and the tag filter. A real annotation store file
holds the tag (written as such a release wrote it: the raw characters in the shard's JSON).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from app.services.library.importer import import_file
from app.services.notes import operations as ops
from app.services.notes.annotations import AnnotationService
from app.services.settings import Settings
from app.storage.annotations import AnnotationStore
from app.storage.library import Library
from app.ui.main_window import MainWindow
from tests.conftest import SEEDS

ROOT = Path(__file__).resolve().parents[2]
OLD_TAG = "møde\x1b[2J\x00slut\nny linje\u202egnitseb"
SHOWN = "møde⟨ESC⟩[2J⟨NUL⟩slut⟨LF⟩ny linje⟨RLO⟩gnitseb"
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


def _profile_with_old_tag(tmp_path: Path) -> tuple[Path, str]:
    profile = tmp_path / "profile"
    library = Library(profile)
    import_file(library, SEEDS["lejre_2020"])
    item = library.meetings()[0].items[0]
    store = AnnotationStore(profile)
    ops.apply(store, item, ops.note("budget note"))
    ops.apply(store, item, ops.add_tag("PLACEHOLDER"))
    store.close()
    shard = next(p for p in (profile / "annotations").glob("shard-*.json") if "PLACEHOLDER" in p.read_text("utf-8"))
    escaped = "møde\\u001b[2J\\u0000slut\\nny linje\\u202egnitseb"  # JSON, as the old release's tinydb wrote it
    shard.write_text(shard.read_text("utf-8").replace("PLACEHOLDER", escaped), encoding="utf-8")
    assert [a.tags for a in AnnotationStore(profile, read_only=True).all()] == [[OLD_TAG]]
    return profile, item.item_id


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)  # fmt: skip


def test_the_markdown_export_names_the_controls_on_one_line(tmp_path: Path) -> None:
    profile, _item = _profile_with_old_tag(tmp_path)
    out = tmp_path / "noter.md"
    result = _cli("annotations", "export", "--markdown", "--out", str(out), "--profile", str(profile))
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert f"- Tags: {SHOWN}\n" in text  # one line: the newline cannot start a forged heading
    assert not RAW.search(text)


def test_the_command_line_prints_no_raw_control(tmp_path: Path) -> None:
    profile, item_id = _profile_with_old_tag(tmp_path)
    noted = _cli("note", item_id, "--stance", "for", "--profile", str(profile))
    assert noted.returncode == 0, noted.stderr
    assert "\\u001b[2J\\u0000slut\\nny linje\\u202egnitseb" in noted.stdout  # JSON keeps the data exact
    listed = _cli("list", "--profile", str(profile))
    for output in (noted.stdout, noted.stderr, listed.stdout, listed.stderr):
        assert not RAW.search(output)


def test_the_window_shows_the_tag_by_name_in_chips_badge_and_filter(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    profile, item_id = _profile_with_old_tag(tmp_path)
    library = Library(profile)
    window = MainWindow(library, Settings(profile), AnnotationService(AnnotationStore(profile), library))
    qtbot.addWidget(window)
    try:
        window.select(item_id)
        chips = [c for c in window.panel.chips.findChildren(QToolButton) if c.property("tag") == OLD_TAG]
        assert len(chips) == 1
        assert chips[0].text().startswith("møde⟨ESC⟩[2J⟨NUL⟩slut⟨LF⟩")
        assert not RAW.search(chips[0].text()) and "\n" not in chips[0].text()
        assert not RAW.search(chips[0].toolTip())
        badge = window.model.index_of_item(item_id).data(Qt.ItemDataRole.DisplayRole)
        assert "⟨ESC⟩" in badge and "\n" not in badge and not RAW.search(badge)
        window.search_panel.refresh_filters()
        labels = [window.search_panel.tag.itemText(i) for i in range(window.search_panel.tag.count())]
        assert SHOWN in labels
        window.search_panel.tag.setCurrentIndex(labels.index(SHOWN))
        assert window.search_panel.tag.currentData() == OLD_TAG  # the filter still finds the stored tag
    finally:
        window.close()


def test_the_briefing_prints_the_old_tag_by_name(tmp_path: Path) -> None:
    """The briefing PDF's text and its keywords show ⟨ESC⟩ …; no raw control reaches the paper."""
    from pypdf import PdfReader

    profile, _item = _profile_with_old_tag(tmp_path)
    meeting_id = Library(profile).meetings()[0].meeting_id
    out = tmp_path / "briefing.pdf"
    result = _cli("export-briefing", "--out", str(out), "--meeting", meeting_id, "--profile", str(profile))
    assert result.returncode == 0, result.stderr
    reader = PdfReader(out)
    text = "".join(page.extract_text() for page in reader.pages)
    assert "⟨ESC⟩" in text and "⟨RLO⟩" in text
    assert not RAW.search(text.replace("\n", ""))
    keywords = str(reader.metadata.get("/Keywords", ""))
    assert SHOWN in keywords and not RAW.search(keywords)
