"""The Opfølgning tab: rows say where they came from, wrap, and export."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

from app.model.annotation import FollowUp, FollowUpStatus
from tests.ui.test_notes_panel import _item, _open, _profile


def test_rows_name_meeting_committee_and_date_and_export(qtbot, tmp_path: Path) -> None:
    window = _open(qtbot, _profile(tmp_path / "p", "lejre_2020", "haderslev_2022"))
    late = (date.today() - timedelta(days=3)).isoformat()
    overdue_item = _item(window, "94")
    window.annotations.set_follow_up(overdue_item, FollowUp(FollowUpStatus.OPEN, late, "Bed om tallene"))
    window.annotations.set_follow_up(_item(window, "3"), FollowUp(FollowUpStatus.OPEN, None, "Ring til STAR"))
    panel = window.follow_up_panel
    panel.refresh()
    rows = panel.visible_rows()
    assert [r.overdue for r in rows] == [True, False]
    text = panel.row_text(rows[0])
    assert "Beskæftigelse- og Borgerserviceudvalget" in text and "15. september 2022" in text
    assert "overskredet" in text and "Bed om tallene" in text
    first_group = panel.model.item(0)
    assert first_group.text().startswith("Overskredet")
    assert first_group.child(0).text() == text
    panel.resize(260, 500)
    panel.show()
    qtbot.waitExposed(panel)
    row_height = panel.tree.visualRect(first_group.child(0).index()).height()
    assert row_height >= 3 * panel.fontMetrics().lineSpacing()  # wrapped, not cut to one line

    target = tmp_path / "opfølgninger.csv"
    assert panel.export_to(target) == 2
    with target.open(encoding="utf-8-sig", newline="") as fh:
        exported = list(csv.DictReader(fh))
    assert exported[0]["committee"] == "Beskæftigelse- og Borgerserviceudvalget"
    assert exported[0]["overdue"] == "yes" and exported[0]["due"] == late
    assert exported[1]["follow_up"] == "Ring til STAR" and exported[1]["meeting_date"] == "2020-03-04"
    markdown = tmp_path / "opfølgninger.md"
    panel.export_to(markdown)
    assert "**OVERSKREDET**" in markdown.read_text(encoding="utf-8")
