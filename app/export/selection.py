"""What a briefing covers: a meeting (or some of its items), a tag, or the open follow-ups.

Qt-free: it only reads the library and the annotation store.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.model import AgendaItem, Meeting
from app.model.annotation import Annotation, FollowUpStatus
from app.storage.annotations import AnnotationStore
from app.storage.library import Library, MeetingRecord


@dataclass
class BriefingEntry:
    meeting_id: str
    record: MeetingRecord
    meeting: Meeting
    item: AgendaItem
    annotation: Annotation | None


def select(
    library: Library,
    store: AnnotationStore,
    *,
    meeting_id: str | None = None,
    item_ids: list[str] | None = None,
    tag: str | None = None,
    follow_up: bool = False,
) -> list[BriefingEntry]:
    """The items to brief on, in meeting order (oldest meeting first within a cross-meeting export)."""
    annotations = {a.anchor: a for a in store.all() if not a.orphaned}
    records = library.meetings()
    if meeting_id is not None:
        records = [r for r in records if r.meeting_id == meeting_id]
    else:
        records = sorted(records, key=lambda r: (r.date or "", r.meeting_id))
    wanted = set(item_ids) if item_ids else None
    entries: list[BriefingEntry] = []
    for record in records:
        meeting = None
        by_number: dict[str, AgendaItem] = {}
        for item_record in record.items:
            if wanted is not None and item_record.item_id not in wanted:
                continue
            annotation = annotations.get(item_record.anchor)
            if tag is not None and (annotation is None or tag not in annotation.tags):
                continue
            if follow_up and (annotation is None or annotation.follow_up.status is not FollowUpStatus.OPEN):
                continue
            if meeting is None:
                meeting = library.meeting(record.meeting_id)
                by_number = {}
                for i in meeting.items:  # one look-up table: a 50,000-item meeting is not 50,000² steps
                    by_number.setdefault(i.number, i)
            item = by_number[item_record.number]
            entries.append(BriefingEntry(record.meeting_id, record, meeting, item, annotation))
    return entries
