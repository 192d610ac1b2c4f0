"""The briefing's defaults fit the work: file name, closed items, unprepared items, overdue follow-ups."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from app.export.briefing import BriefingOptions, render
from app.export.selection import select
from app.model.annotation import FollowUp, FollowUpStatus, ReadingState
from app.services.library.importer import import_file
from app.services.notes.annotations import AnnotationService
from app.storage.annotations import AnnotationStore
from app.storage.library import Library
from app.ui.briefing_dialog import CLOSED_ROLE, BriefingDialog
from tests.conftest import SEEDS


def _service(tmp_path: Path, seed: str) -> AnnotationService:
    library = Library(tmp_path)
    import_file(library, SEEDS[seed])
    return AnnotationService(AnnotationStore(tmp_path), library)


def test_closed_items_start_unticked_and_warn_when_ticked(qtbot, tmp_path: Path) -> None:
    service = _service(tmp_path, "soenderborg_2019")
    record = service.library.meetings()[0]
    dialog = BriefingDialog(service.library, service, record.meeting_id, "")
    qtbot.addWidget(dialog)
    entries = [dialog.items.item(n) for n in range(dialog.items.count())]
    closed = [e for e in entries if e.data(CLOSED_ROLE)]
    assert closed and all(e.checkState() == Qt.CheckState.Unchecked for e in closed)
    assert all(e.checkState() == Qt.CheckState.Checked for e in entries if not e.data(CLOSED_ROLE))
    assert not dialog.closed_warning.isVisibleTo(dialog)
    closed[0].setCheckState(Qt.CheckState.Checked)
    assert dialog.closed_warning.isVisibleTo(dialog)
    assert "fortrolige" in dialog.closed_warning.text()
    name = dialog.suggested_file_name()
    assert name == f"{record.committee} {record.date} – forberedelse.pdf"


def test_unprepared_items_can_be_left_out_and_overdue_follow_ups_are_marked(tmp_path: Path) -> None:
    service = _service(tmp_path, "lejre_2020")
    record = service.library.meetings()[0]
    ids = [i.item_id for i in record.items]
    service.set_reading(ids[1], ReadingState.PREPARED)
    late = (date.today() - timedelta(days=2)).isoformat()
    service.set_follow_up(ids[1], FollowUp(FollowUpStatus.OPEN, late, "ring til STAR"))
    entries = select(service.library, service.store, meeting_id=record.meeting_id)
    out = tmp_path / "b.pdf"
    result = render(entries, BriefingOptions(unprepared="omit"), out)
    assert [title for title, _ in result.outline] == [f"{record.items[1].number}. {record.items[1].title}"]
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert "OVERSKREDET" in text and "ring til STAR" in text
    everything = render(entries, BriefingOptions(), tmp_path / "all.pdf")
    assert len(everything.outline) == len(record.items)
