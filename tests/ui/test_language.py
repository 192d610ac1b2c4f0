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
    assert window.main_actions.import_action.text() == "&Import …"
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
    assert window.main_actions.import_action.text() == "&Importér …"
    assert "4. marts 2020" in window.view.toPlainText()


def test_qt_standard_dialogs_speak_danish(qapp, danish_after: None) -> None:  # type: ignore[no-untyped-def]
    assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuller"
