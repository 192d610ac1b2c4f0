"""The window without a mouse: Tab order, leaving the note, caret selection + Ctrl+M, filter → Down → Enter."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.ui.main_window import MainWindow
from app.ui.meeting_tree_model import Role
from app.ui.shortcuts_dialog import ShortcutsDialog
from tests.ui.test_notes_panel import _item, _open, _profile


def _shown(qtbot, tmp_path: Path, *names: str) -> MainWindow:  # type: ignore[no-untyped-def]
    window = _open(qtbot, _profile(tmp_path, *(names or ("lejre_2020",))))
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def _focus(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=2000)


def _tab(qtbot, times: int = 1, back: bool = False) -> None:  # type: ignore[no-untyped-def]
    for _ in range(times):
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard"
        qtbot.keyClick(widget, Qt.Key.Key_Backtab if back else Qt.Key.Key_Tab,
                       Qt.KeyboardModifier.ShiftModifier if back else Qt.KeyboardModifier.NoModifier)  # fmt: skip


def test_tab_walks_tree_item_view_and_panel_fields(qtbot, tmp_path: Path) -> None:
    window = _shown(qtbot, tmp_path)
    window.select(_item(window, "3"))
    _focus(qtbot, window.tree)
    _tab(qtbot)
    assert QApplication.focusWidget() is window.view
    for _ in range(30):  # the item's own links come first, as in a browser
        if QApplication.focusWidget() is not window.view:
            break
        _tab(qtbot)
    assert QApplication.focusWidget() is window.panel.reading
    _tab(qtbot)
    assert QApplication.focusWidget() is window.panel.stance
    _tab(qtbot)
    assert QApplication.focusWidget() is window.panel.note
    _tab(qtbot, back=True)
    assert QApplication.focusWidget() is window.panel.stance


def test_tab_leaves_the_note_and_ctrl_tab_types_a_tab(qtbot, tmp_path: Path) -> None:
    window = _shown(qtbot, tmp_path)
    window.select(_item(window, "3"))
    _focus(qtbot, window.panel.note)
    qtbot.keyClicks(window.panel.note, "Spørg om prisen")
    qtbot.keyClick(window.panel.note, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.panel.note, "2024")
    assert window.panel.note.toPlainText() == "Spørg om prisen\t2024"
    qtbot.keyClick(window.panel.note, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.panel.tag_input
    assert "\t2024" in window.panel.note.toPlainText() and not window.panel.note.toPlainText().endswith("\t")
    qtbot.waitUntil(lambda: window.annotations.get(_item(window, "3")) is not None, timeout=3000)
    assert window.annotations.get(_item(window, "3")).note == "Spørg om prisen\t2024"


def test_shift_arrows_select_text_and_ctrl_m_highlights_it(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("app.ui.highlight_controller.QInputDialog.getText", lambda *a, **k: ("", True))
    window = _shown(qtbot, tmp_path)
    item = _item(window, "3")
    window.select(item)
    _focus(qtbot, window.view)
    qtbot.keyClick(window.view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(12):
        qtbot.keyClick(window.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    selected = window.view.textCursor().selectedText()
    assert len(selected) == 12
    qtbot.keyClick(window.view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    annotation = window.annotations.get(item)
    assert annotation is not None and [h.quote.exact for h in annotation.highlights] == [selected]
    assert window.panel.highlights.count() == 1


def test_filter_down_enter_opens_an_item(qtbot, tmp_path: Path) -> None:
    window = _shown(qtbot, tmp_path, "lejre_2020", "soenderborg_2019")
    _focus(qtbot, window.filter_box)
    qtbot.keyClicks(window.filter_box, "repatriering")
    qtbot.keyClick(window.filter_box, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.tree
    current = window.tree.currentIndex()
    assert current.data(Role.NODE_KIND) == "item"
    assert "repatriering" in current.data(Role.TITLE).lower() or "repatriering" in window.view.toPlainText().lower()
    qtbot.keyClick(window.tree, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is window.view
    assert window._current_id == current.data(Role.ITEM_ID)
    assert current.data(Role.TITLE).split(". ", 1)[1] in window.view.toPlainText()


def test_clearing_the_filter_keeps_the_item_selected_and_visible(qtbot, tmp_path: Path) -> None:
    window = _shown(qtbot, tmp_path, "lejre_2020", "soenderborg_2019", "soenderborg_2021", "haderslev_2022")
    _focus(qtbot, window.filter_box)
    qtbot.keyClicks(window.filter_box, "repatriering")
    qtbot.keyClick(window.filter_box, Qt.Key.Key_Return)
    chosen = window._current_id
    assert chosen
    qtbot.keyClick(window.filter_box, Qt.Key.Key_Escape)
    assert window.filter_box.text() == ""
    current = window.tree.currentIndex()
    assert current.data(Role.ITEM_ID) == chosen
    assert window.tree.visualRect(current).intersects(window.tree.viewport().rect())
    assert window._current_id == chosen


def test_the_shortcut_sheet_lists_the_window_shortcuts(qtbot, tmp_path: Path) -> None:
    window = _shown(qtbot, tmp_path)
    assert window.main_actions.shortcuts_action in window.menuBar().actions()[-1].menu().actions()
    sheet = ShortcutsDialog(window.actions(), window)
    qtbot.addWidget(sheet)
    rows = dict(sheet.rows())
    assert rows["Markér valgt tekst"] == "Ctrl+M"
    assert rows["Markér som forberedt"] == "Ctrl+D"
    assert rows["Fortryd"] == "Ctrl+Z"  # not "Fortryd Ret note": the sheet names what the key does
    assert "Tab / Shift+Tab" in rows.values()
    assert sheet.model.rowCount() == len(rows)
