"""The follow-up list as plain rows — for the Opfølgning tab and its export (CSV or Markdown).

One row per item with an open or done follow-up (or a tag), with the meeting it belongs
to, so a list read away from the app still says where each task came from.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.model.annotation import Annotation, FollowUpStatus
from app.model.visible_text import visible_label
from app.storage.atomic import atomic_write_bytes
from app.storage.library import Library, MeetingRecord


@dataclass(frozen=True)
class FollowUpRow:
    """A follow-up with where it came from."""

    annotation: Annotation
    item_id: str | None
    committee: str
    municipality: str
    meeting_date: str | None  # YYYY-MM-DD
    document_type: str
    overdue: bool

    @property
    def status(self) -> FollowUpStatus:
        return self.annotation.follow_up.status


def follow_up_rows(library: Library, annotations: list[Annotation], today: str | None = None) -> list[FollowUpRow]:
    """Rows for every annotation with a follow-up or a tag, overdue first, then by due date."""
    today = today or date.today().isoformat()
    by_anchor: dict[str, tuple[MeetingRecord, str]] = {}
    by_key: dict[str, MeetingRecord] = {}
    for record in library.meetings():
        by_key.setdefault(record.meeting_key, record)
        for item in record.items:
            by_anchor.setdefault(item.anchor, (record, item.item_id))
    rows = []
    for a in annotations:
        if a.follow_up.status is FollowUpStatus.NONE and not a.tags:
            continue
        found = by_anchor.get(a.anchor)
        meeting = found[0] if found else by_key.get(a.meeting_key)
        rows.append(
            FollowUpRow(
                annotation=a,
                item_id=found[1] if found else None,
                committee=(meeting.committee or "") if meeting else "",
                municipality=(meeting.municipality or "") if meeting else "",
                meeting_date=meeting.date if meeting else None,
                document_type=meeting.document_type if meeting else "",
                overdue=a.follow_up.is_overdue(today),
            )
        )
    rows.sort(key=lambda r: (not r.overdue, r.annotation.follow_up.due or "9999", r.meeting_date or ""))
    return rows


EXPORT_COLUMNS = ("status", "due", "overdue", "follow_up", "committee", "municipality", "meeting_date", "item",
                  "title", "tags", "note")  # fmt: skip


def _values(row: FollowUpRow) -> dict[str, str]:
    a = row.annotation
    return {
        "status": a.follow_up.status.value,
        "due": a.follow_up.due or "",
        "overdue": "yes" if row.overdue else "",
        "follow_up": a.follow_up.text,
        "committee": row.committee,
        "municipality": row.municipality,
        "meeting_date": row.meeting_date or "",
        "item": a.fingerprint.number,
        "title": a.fingerprint.title,
        "tags": ", ".join(visible_label(t) for t in a.tags),  # an old release's tag may hold ESC or a newline
        "note": a.note.strip(),
    }


def export_follow_ups(rows: list[FollowUpRow], path: Path) -> int:
    """Write the rows as CSV (``.csv``, opens in a spreadsheet) or Markdown (anything else).

    Returns the number of rows written; the file is replaced atomically.
    """
    if path.suffix.lower() == ".csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=EXPORT_COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow(_values(row))
        atomic_write_bytes(path, buffer.getvalue().encode("utf-8-sig"))  # BOM: Excel reads UTF-8 then
        return len(rows)
    lines = ["# Opfølgninger", ""]
    for row in rows:
        v = _values(row)
        late = " **OVERSKREDET**" if row.overdue else ""
        due = f" — frist {v['due']}{late}" if v["due"] else ""
        done = "x" if row.status is FollowUpStatus.DONE else " "
        lines.append(f"- [{done}] **{v['item']}. {v['title']}**{due}")
        lines.append(f"  {v['committee']}, {v['municipality']} · møde {v['meeting_date'] or 'uden dato'}")
        if v["follow_up"]:
            lines.append(f"  {v['follow_up']}")
    atomic_write_bytes(path, ("\n".join(lines) + "\n").encode("utf-8"))
    return len(rows)
