"""Vis → Sprog switches the whole window at once, with no restart; Qt's own dialogs follow."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app.services import settings as keys
from app.services.settings import Settings
from app.ui.language import switcher
from app.ui.meeting_tree_model import Role
from tests.ui.test_notes_panel import _item, _open, _profile


@pytest.fixture
def danish_after(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    switcher().switch("da")
    yield
    switcher().switch("da")
    QApplication.processEvents()


def _menu_titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.text() for a in window.menuBar().actions()]


def test_switching_to_english_retranslates_the_open_window(qtbot, tmp_path: Path, danish_after: None) -> None:
    profile = _profile(tmp_path, "lejre_2020")
    window = _open(qtbot, profile)
    window.show()
    window.select(_item(window, "3"))
    assert _menu_titles(window) == ["&Fil", "&Rediger", "&Møde", "&Vis", "&Hjælp"]
    window.main_actions.english_action.trigger()
    qtbot.waitUntil(lambda: _menu_titles(window)[0] == "&File", timeout=3000)
    assert window.windowTitle() == "Mødemappe"
    assert _menu_titles(window) == ["&File", "&Edit", "&Meeting", "&View", "&Help"]
    assert window.main_actions.import_action.text() == "&Import files …"
    assert window.portal.follow_action.text() == "Follow &committees …"  # a feature's own action too
    assert window.tabs.tabText(2) == "Follow-up"
    assert window.panel.follow_has_due.text() == "Due"
    assert window.follow_up_panel.show_done.text() == "Show done"
    assert window.centre.tabText(0) == "Item" and window.centre.page_view.fit_button.text() == "Width"
    assert "Case no." in window.view.toPlainText()  # our labels; the document text stays Danish
    assert "4 March 2020" in window.view.toPlainText()  # dates too
    assert Settings(profile).get(keys.LANGUAGE) == "en"
    window.main_actions.danish_action.trigger()
    qtbot.waitUntil(lambda: _menu_titles(window)[0] == "&Fil", timeout=3000)
    assert window.main_actions.import_action.text() == "&Importér filer …"
    assert "4. marts 2020" in window.view.toPlainText()


def _expanded_meetings(window) -> set[str]:  # type: ignore[no-untyped-def]
    """The meeting rows the member has unfolded, by meeting id."""
    found = set()
    for meeting_id in {i.rsplit(":", 1)[0] for i in window.model.item_ids_in_order()}:
        index = window.browser.proxy.mapFromSource(window.model.index_of_meeting(meeting_id))
        if window.tree.isExpanded(index):
            found.add(meeting_id)
    return found


def test_a_language_switch_only_retranslates(qtbot, tmp_path: Path, monkeypatch, danish_after: None) -> None:  # type: ignore[no-untyped-def]
    """No library reload, no search index rebuild; the tree keeps what was unfolded and selected."""
    profile = _profile(tmp_path, "lejre_2020", "soenderborg_2019")
    window = _open(qtbot, profile)
    window.show()
    qtbot.waitUntil(lambda: not window.search.busy, timeout=10000)
    window.select(_item(window, "3"))
    selected = window.current_id
    other_meeting = next(m for m in (i.rsplit(":", 1)[0] for i in window.model.item_ids_in_order())
                         if not selected.startswith(m))  # fmt: skip
    window.tree.expand(window.browser.proxy.mapFromSource(window.model.index_of_meeting(other_meeting)))
    unfolded = _expanded_meetings(window)
    assert len(unfolded) == 2  # the selected item's meeting and the one unfolded by hand
    calls: dict[str, int] = {"library": 0, "tree": 0, "search": 0, "case_history": 0, "resets": 0}

    def counting(name: str, method):  # type: ignore[no-untyped-def]
        def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
            calls[name] += 1
            return method(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(window.library, "reload", counting("library", window.library.reload))
    monkeypatch.setattr(window, "reload_library", counting("tree", window.reload_library))
    monkeypatch.setattr(window.search, "refresh", counting("search", window.search.refresh))
    monkeypatch.setattr(window.case_history, "rebuild", counting("case_history", window.case_history.rebuild))
    window.model.modelAboutToBeReset.connect(lambda: calls.__setitem__("resets", calls["resets"] + 1))
    meeting_row = window.model.index_of_meeting(selected.rsplit(":", 1)[0])
    assert "marts 2020 · Referat" in meeting_row.data()

    window.main_actions.english_action.trigger()
    qtbot.waitUntil(lambda: _menu_titles(window)[0] == "&File", timeout=3000)
    QApplication.processEvents()
    assert window.model.index_of_meeting(selected.rsplit(":", 1)[0]).data() == "4 March 2020 · Minutes"
    assert "Case no." in window.view.toPlainText()
    assert calls == {"library": 0, "tree": 0, "search": 0, "case_history": 0, "resets": 0}
    assert window.current_id == selected and window.browser.current(Role.ITEM_ID) == selected
    assert _expanded_meetings(window) == unfolded

    window.main_actions.danish_action.trigger()
    qtbot.waitUntil(lambda: _menu_titles(window)[0] == "&Fil", timeout=3000)
    QApplication.processEvents()
    assert "marts 2020 · Referat" in window.model.index_of_meeting(selected.rsplit(":", 1)[0]).data()
    assert calls == {"library": 0, "tree": 0, "search": 0, "case_history": 0, "resets": 0}
    assert window.current_id == selected and _expanded_meetings(window) == unfolded


def test_qt_standard_dialogs_speak_danish(qapp, danish_after: None) -> None:  # type: ignore[no-untyped-def]
    assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuller"
