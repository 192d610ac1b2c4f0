"""Search results and the follow-up list in the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.model.annotation import FollowUp, FollowUpStatus
from app.services.library.importer import import_file
from app.services.notes.annotations import AnnotationService
from app.services.settings import Settings
from app.storage.annotations import AnnotationStore
from app.storage.library import Library
from app.ui.main_window import MainWindow
from app.ui.meeting_tree_model import Role
from tests.conftest import SEEDS


def _window(qtbot, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    library = Library(tmp_path)
    for path in SEEDS.values():
        import_file(library, path)
    window = MainWindow(library, Settings(tmp_path), AnnotationService(AnnotationStore(tmp_path), library))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.search.busy, timeout=20000)
    return window


def test_search_opens_the_item_and_marks_the_hits(qtbot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    window.main_actions.search_action.trigger()
    assert window.tabs.currentWidget() is window.search_panel
    window.search_panel.query.setText("repatriering")
    qtbot.keyClick(window.search_panel.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.search_panel.searching, timeout=10000)  # queries run in a worker
    model = window.search_panel.model
    assert model.rowCount() >= 2
    first = model.hits[0]
    assert (first.number, first.title) == ("4", "Drøftelse af repatriering")
    assert "«repatriering»" in model.data(model.index(model.rowCount() - 1, 0)).lower()  # filled when shown
    assert "«repatriering»" in first.marked_snippet().lower()
    window.search_panel.results.activated.emit(model.index(0, 0))
    assert window.tree.currentIndex().data(Role.ITEM_ID) == first.item_id
    assert window.view.textCursor().selectedText().lower() == "repatriering"
    first_hit = window.view.textCursor().selectionStart()
    window.main_actions.next_hit_action.trigger()
    assert window.view.textCursor().selectionStart() > first_hit


def test_search_filters_by_my_tags(qtbot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    lejre = [i for i in window.model.item_ids_in_order() if "lejre" in i]
    window.annotations.add_tag(lejre[0], "budget 2026")
    window.search_panel.refresh_filters()
    panel = window.search_panel
    panel.query.setText("dagsorden")
    panel.run()
    qtbot.waitUntil(lambda: not panel.searching, timeout=10000)
    assert panel.model.rowCount() > 1
    panel.tag.setCurrentIndex(panel.tag.findData("budget 2026"))
    panel.tag.activated.emit(panel.tag.currentIndex())
    qtbot.waitUntil(lambda: not panel.searching, timeout=10000)
    assert [h.item_id for h in panel.model.hits] == [lejre[0]]


def test_follow_up_list_groups_overdue_first_and_marks_done(qtbot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    items = window.model.item_ids_in_order()
    window.annotations.set_follow_up(items[0], FollowUp(FollowUpStatus.OPEN, "2020-01-01", "for sent"))
    window.annotations.set_follow_up(items[5], FollowUp(FollowUpStatus.OPEN, "2099-01-01", "i god tid"))
    window.annotations.set_follow_up(items[7], FollowUp(FollowUpStatus.OPEN, None, "engang"))
    panel = window.follow_up_panel
    window.tabs.setCurrentWidget(panel)
    groups = [panel.model.item(r).text() for r in range(panel.model.rowCount())]
    assert groups[0].startswith("Overskredet") and groups[-1].startswith("Uden frist")
    overdue = panel.model.item(0).child(0)
    assert "for sent" in overdue.text()
    panel.tree.setCurrentIndex(overdue.index())
    panel.tree.doubleClicked.emit(overdue.index())
    assert window.tree.currentIndex().data(Role.ITEM_ID) == items[0]
    panel.done_button.click()
    assert window.annotations.get(items[0]).follow_up.status is FollowUpStatus.DONE
    groups = [panel.model.item(r).text() for r in range(panel.model.rowCount())]
    assert not any(g.startswith("Overskredet") for g in groups)


def test_case_history_links_the_same_case_in_other_meetings_only(qtbot, tmp_path: Path) -> None:
    # The committee's next meeting treats the case of item 89 again (a copy of the minutes, a month on).
    later = SEEDS["haderslev_2022"].read_text(encoding="utf-8")
    later = later.replace("15-09-2022", "13-10-2022").replace("15. september 2022", "13. oktober 2022")
    (tmp_path / "later").mkdir()
    later_path = tmp_path / "later" / "haderslev-oktober.txt"
    later_path.write_text(later, encoding="utf-8")
    window = _window(qtbot, tmp_path)
    import_file(window.library, later_path)
    window.case_history.rebuild()
    september = next(
        r for r in window.library.meetings() if r.date == "2022-09-15" and r.committee.startswith("Beskæftigelse")
    )
    window.select(f"{september.meeting_id}:89")
    text = window.view.toPlainText()
    assert "Sagshistorik" in text and "13. oktober 2022" in text
    # Standing items share a case number within a meeting and across meetings ("Godkendelse af
    # dagsorden", "Eventuelt"): they are no case, so they have no history at all.
    window.select(f"{september.meeting_id}:88")
    text = window.view.toPlainText()
    assert "Godkendelse af dagsorden" in text and "13. oktober 2022 · " not in text
