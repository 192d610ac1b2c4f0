"""The documented JSON shape of ``main.py parse --json`` (stable for users' scripts)."""

from __future__ import annotations

from typing import Any

from app.model import AgendaItem, Meeting


def item_json(item: AgendaItem) -> dict[str, Any]:
    number: int | str = item.number_int if item.number_int is not None else item.number
    return {
        "number": number,
        "title": item.title,
        "closed": item.closed,
        "kind_marker": item.kind_marker,
        "case_number": item.case_number,
        "document_number": item.document_number,
        "sections": [{"heading": s.heading, "kind": s.kind.value, "text": s.text} for s in item.sections],
        "decisions": [{"date": d.date, "text": d.text, "body": d.body, "absent": d.absent} for d in item.decisions],
        "attachments": [a.name for a in item.attachments],
        "treatments": [t.to_dict() for t in item.treatments],
        "source_page": item.source_page,
    }


def meeting_json(meeting: Meeting) -> dict[str, Any]:
    return {
        "committee": meeting.committee,
        "municipality": meeting.municipality,
        "document_type": meeting.document_type,
        "date": meeting.date,
        "start_time": meeting.start_time,
        "location": meeting.location,
        "participants": meeting.participants,
        "absent": meeting.absent,
        "items": [item_json(i) for i in meeting.items],
        "warnings": meeting.warnings,
    }
