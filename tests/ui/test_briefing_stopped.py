"""A briefing a limit stopped is said in the window's language (#21, #22): Danish in the Danish window,
English in the English one, the command line's English line unchanged."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.services.briefing import BriefingOptions, BriefingStopped, StopReason
from app.services.library.importer import import_file
from app.services.notes.annotations import AnnotationService
from app.services.settings import Settings
from app.storage.annotations import AnnotationStore
from app.storage.library import Library
from app.ui.language import switcher
from app.ui.main_window import MainWindow
from tests.conftest import SEEDS


def _stopped_line(qtbot, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    """Export a meeting whose stored file was damaged after the window opened; the status line."""
    library = Library(tmp_path)
    result = import_file(library, SEEDS["lejre_2020"])
    window = MainWindow(library, Settings(tmp_path), AnnotationService(AnnotationStore(tmp_path), library))
    window.briefing.open_when_written = False
    qtbot.addWidget(window)
    (tmp_path / "library" / "meetings" / f"{result.meeting_id}.json").write_text('{"broken', encoding="utf-8")
    lines: list[str] = []
    window.briefing.reported.connect(lines.append)
    window.export_briefing({"meeting_id": result.meeting_id}, BriefingOptions(), tmp_path / "b.pdf")
    qtbot.waitUntil(lambda: len(lines) >= 2, timeout=60000)
    assert not (tmp_path / "b.pdf").exists()
    return lines[-1]


def test_the_stopped_line_is_danish_in_the_danish_window(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    line = _stopped_line(qtbot, tmp_path)
    assert line.startswith("Briefingen kunne ikke skrives: det gemte møde ")
    assert line.endswith(".json) er beskadiget; importér mødet igen")
    assert "the briefing" not in line and "damaged" not in line


def test_the_stopped_line_is_english_in_the_english_window(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    switcher().switch("en")
    try:
        line = _stopped_line(qtbot, tmp_path)
    finally:
        switcher().switch("da")
        QApplication.processEvents()
    assert line.startswith("The briefing could not be written: the stored meeting ")
    assert line.endswith(".json) is damaged; import the meeting again")


def test_every_stop_reason_has_a_whole_danish_line() -> None:
    values = {StopReason.TOO_SLOW: ("180", "120"), StopReason.NO_MEMORY: ("2048",), StopReason.FAILED: ("SIGSEGV",),
              StopReason.ITEMS: ("50000", "1000"), StopReason.PAGES: ("2400", "2000"), StopReason.BYTES: ("512",),
              StopReason.DAMAGED: ("m1", "m1.json")}  # fmt: skip
    for reason in StopReason:
        text = BriefingStopped(reason, *values.get(reason, ())).text()
        assert text and "%" not in text, reason
        assert all(v in text for v in values.get(reason, ())), reason
    assert BriefingStopped(StopReason.ITEMS, "50000", "1000").text() == (
        "50000 punkter; en briefing kan højst have 1000 (vælg færre punkter)"
    )
    # The command line keeps its English line.
    assert str(BriefingStopped(StopReason.ITEMS, "5", "1", line="the briefing was not written: x")) == (
        "the briefing was not written: x"
    )
