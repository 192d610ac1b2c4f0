"""Vis → Sprog switches the whole window at once, with no restart; Qt's own dialogs follow."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QPushButton, QToolButton, QTreeView

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


def _file_dialog_texts(dialog: QFileDialog) -> set[str]:
    texts = {label.text() for label in dialog.findChildren(QLabel) if label.isVisible()}
    texts |= {button.text() for button in dialog.findChildren(QPushButton) if button.isVisible()}
    texts |= {b.toolTip() for b in dialog.findChildren(QToolButton) if b.isVisible()}
    header = dialog.findChild(QTreeView).header()
    return texts | {str(header.model().headerData(c, Qt.Orientation.Horizontal)) for c in range(header.count())}


def test_the_file_dialog_speaks_danish_and_english_after_a_switch(qtbot, tmp_path: Path, danish_after: None) -> None:  # type: ignore[no-untyped-def]
    """Qt's own widget file dialog (no native one on this platform): every label, button and
    column in the interface's language — qtbase_da's gaps in Qt 6 ("&Look in:") are filled by ours."""
    for language, expected in (
        ("da", {"&Kig i:", "&Filnavn:", "Filer af &typen:", "&Åbn", "Annuller", "Tilbage", "Opret ny mappe", "Navn",
                "Størrelse", "Ændringsdato"}),
        ("en", {"&Look in:", "File &name:", "Files of &type:", "&Open", "Cancel", "Back", "Create New Folder", "Name",
                "Size", "Date Modified"}),
        ("da", {"&Kig i:", "Filer af &typen:", "&Åbn"}),
    ):  # fmt: skip
        switcher().switch(language)
        dialog = QFileDialog(None, "Importér", str(tmp_path), "PDF (*.pdf)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setViewMode(QFileDialog.ViewMode.Detail)
        qtbot.addWidget(dialog)
        dialog.show()
        texts = _file_dialog_texts(dialog)
        assert expected <= texts, expected - texts
        other = {"&Look in:", "Files of &type:", "Cancel"} if language == "da" else {"&Kig i:", "Annuller"}
        assert not other & texts
        dialog.close()


def test_a_switch_with_a_filter_keeps_the_tree_and_the_selection(qtbot, tmp_path: Path, danish_after: None) -> None:  # type: ignore[no-untyped-def]
    """"marts" in the filter box: in English the row says "March", yet it stays, unfolded and selected."""
    profile = _profile(tmp_path, "lejre_2020", "soenderborg_2019")
    window = _open(qtbot, profile)
    window.show()
    window.filter_box.setText("marts")
    window.select(_item(window, "3"))
    selected, unfolded = window.current_id, _expanded_meetings(window)
    shown = window.browser.proxy.rowCount()
    assert selected.startswith("2020-03-04") and unfolded
    for action, first_menu in ((window.main_actions.english_action, "&File"),
                               (window.main_actions.danish_action, "&Fil")):  # fmt: skip
        action.trigger()
        qtbot.waitUntil(lambda first_menu=first_menu: _menu_titles(window)[0] == first_menu, timeout=3000)
        QApplication.processEvents()
        assert window.current_id == selected and window.browser.current(Role.ITEM_ID) == selected
        assert _expanded_meetings(window) == unfolded and window.browser.proxy.rowCount() == shown


def test_the_page_count_and_the_followed_committees_follow_the_language(qtbot, tmp_path: Path,
                                                                        danish_after: None) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    from tests.ui.test_page_reading import _profile as pdf_profile
    from tests.ui.test_page_reading import _window as pdf_window

    window = pdf_window(qtbot, pdf_profile(tmp_path))
    window.select(window.model.item_ids_in_order()[3])
    window.centre.show_original()
    count = window.centre.page_view.page_count
    qtbot.waitUntil(lambda: count.text() == "af 6", timeout=10000)
    window.portal.status.set_followed(["Økonomiudvalget"])  # what Følg udvalg … saved
    assert window.portal.status.label.text() == "Følger: Økonomiudvalget"
    window.main_actions.english_action.trigger()
    qtbot.waitUntil(lambda: count.text() == "of 6", timeout=3000)
    assert window.portal.status.label.text() == "Following: Økonomiudvalget"
    window.main_actions.danish_action.trigger()
    qtbot.waitUntil(lambda: count.text() == "af 6", timeout=3000)
    assert window.portal.status.label.text() == "Følger: Økonomiudvalget"
