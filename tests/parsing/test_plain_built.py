"""A small council's plain Word-made minutes (tests/helpers/plain_pdf.py): no publishing system's
marks — a title "Referat af møde i <udvalg>", label lines, "Dagsorden:" as a plain numbered list
that is never taken for the items, bold numbered headings, "Beslutning:" on the decision's line."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.parsing import parse_file
from tests.helpers.plain_pdf import PLAIN_STYLES, build_plain_pdf
from tests.parsing.test_acadre_built import _portal_json


@pytest.mark.parametrize("variant", range(len(PLAIN_STYLES)))
def test_plain_minutes_field_by_field(variant: int, tmp_path: Path) -> None:
    path = tmp_path / "referat.pdf"
    truth = build_plain_pdf(_portal_json(), path, minutes=True, variant=variant, municipality="Læsø").truth
    meeting = parse_file(path)
    assert (meeting.committee, meeting.municipality, meeting.date) == ("Økonomiudvalget", "Læsø", "2012-10-02")
    assert (meeting.start_time, meeting.location) == ("08:00", "Kaløvig Kursuscenter")
    assert meeting.participants == truth["participants"] and meeting.absent == truth["absent"]
    assert [(i.number, i.title) for i in meeting.items] == [(t["number"], t["title"]) for t in truth["items"]]
    assert [i.last_decision.text if i.last_decision else None for i in meeting.items] == [
        t["decision"] for t in truth["items"]
    ]
    assert [[a.name for a in i.attachments] for i in meeting.items] == [t["attachments"] for t in truth["items"]]
