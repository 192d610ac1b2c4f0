"""Versions from the portal: agenda → revised agenda → supplementary agenda → minutes, replayed by a
real local HTTP server from the recorded Greve JSON (#19)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.model.changes import match_items, section_diffs
from app.services.library import versions
from app.storage.library import Library
from tests.services.test_portal_sync import (  # noqa: F401  (fixtures: portal, server, elsewhere)
    _follow,
    _meeting_ids,
    _note,
    _notes,
    _sync,
    elsewhere,
    portal,
    server,
)

pytestmark = pytest.mark.real_docs


def _current(profile: Path):  # type: ignore[no-untyped-def]
    library = Library(profile)
    return library, next(r for r in library.meetings() if r.date == "2025-10-20")


def test_agenda_revised_supplementary_minutes_from_the_portal(tmp_path, portal, server) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    mid = _meeting_ids(portal)[1]
    numbers = [p["Number"] for p in portal.meetings[mid]["Dagsordenpunkter"]]
    late, gone = str(numbers[-1]), str(numbers[3])
    portal.drop_items[mid] = {late}  # the first agenda lacks the last item
    _follow(tmp_path, server)
    _sync(tmp_path)
    library, record = _current(tmp_path)
    doomed = next(i for i in record.items if i.number == gone)
    _note(tmp_path, doomed.anchor, record.meeting_key, doomed.number, doomed.title, "Note på det udgåede punkt")
    # A revised agenda: one item withdrawn.
    portal.drop_items[mid] = {late, gone}
    _sync(tmp_path)
    library, record = _current(tmp_path)
    found = versions.changes(library, record.meeting_id)
    assert [(c.change, c.number) for c in found.items] == [("withdrawn", gone)]
    assert next(a for a in _notes(tmp_path) if a.note == "Note på det udgåede punkt").orphaned
    # A supplementary agenda: the last item arrives.
    portal.drop_items[mid] = {gone}
    report = _sync(tmp_path)
    library, record = _current(tmp_path)
    found = versions.changes(library, record.meeting_id)
    assert [(c.change, c.number) for c in found.items] == [("new", late)]
    # The minutes: every item that gained a decision is "decided", and its diff marks the decision.
    portal.mode = "minutes"
    report = _sync(tmp_path)
    library, record = _current(tmp_path)
    assert record.document_type == "referat" and len(Library(tmp_path).meetings()) == 2
    minutes = library.meeting(record.meeting_id)
    found = versions.changes(library, record.meeting_id)
    decided = {c.number for c in found.items if c.change == "decided"}
    assert decided == {i.number for i in minutes.items if i.last_decision} and len(decided) >= 7
    assert versions.counts_of({record.meeting_id: report.change.versions[record.meeting_id]})["decided"] == len(decided)
    assert "nye beslutninger" in report.summary  # both followed meetings got their minutes
    previous = versions.version_meeting(library, record.meeting_id, found.since)
    pairs = match_items(previous.items, minutes.items)
    some = next(j for j, item in enumerate(minutes.items) if item.number in decided)
    old_index = next(i for i, j in pairs.items() if j == some)
    diffs = section_diffs(previous.items[old_index], minutes.items[some])
    decision = next(d for d in diffs if d.kind == "decision")
    assert [op for op, _text in decision.ops] == ["insert"]
    assert minutes.items[some].last_decision.text.split()[0] in decision.ops[0][1]
    history = versions.history(library, record.meeting_id)
    assert [v.label for v in history] == ["agenda", "revised-agenda", "revised-agenda", "minutes"]
    assert all(v.source_name.endswith(".json") for v in history)
