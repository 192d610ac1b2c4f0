"""The window as a committee member uses it: tree, item view, filter, escaping."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester

from app.parsing import parse_text
from app.services.demo import load_demo_meetings
from app.ui.main_window import MainWindow
from app.ui.meeting_tree_model import MeetingTreeModel, Role


def test_tree_model_is_a_correct_qt_model(qtmodeltester: ModelTester) -> None:
    model = MeetingTreeModel()
    model.set_meetings(load_demo_meetings())
    qtmodeltester.check(model)
    towns = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert towns == ["Haderslev (1)", "Lejre (1)", "Slagelse (1)", "Sønderborg (2)"]


def test_selecting_an_item_shows_its_decision(qtbot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show_meetings(load_demo_meetings())
    window.filter_box.setText("Ukraine")
    window.select_first_item(0)
    text = window.view.toPlainText()
    assert "Status på implementering af særlov" in text
    assert "Beslutning i Beskæftigelse- og Borgerserviceudvalget den 15-09-2022" in text
    assert "Godkendt." in text


def test_filter_narrows_the_tree(qtbot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show_meetings(load_demo_meetings())
    window.filter_box.setText("repatriering")
    found = []

    def walk(parent) -> None:
        for row in range(window.proxy.rowCount(parent)):
            index = window.proxy.index(row, 0, parent)
            if index.data(Role.NODE_KIND) == "item":
                found.append(index.data(Role.ITEM).title)
            walk(index)

    from PySide6.QtCore import QModelIndex

    walk(QModelIndex())
    assert found == ["Drøftelse af repatriering"]


def test_document_markup_is_shown_literally(qtbot) -> None:
    evil = (
        "REFERAT Økonomiudvalget d. 01-02-2024\n\nPunkt 1: <b>Fed</b> titel\n\n24/1\n\n## Sagsfremstilling\n\n"
        '<img src="file:///etc/passwd"> <script>alert(1)</script>\n'
    )
    window = MainWindow()
    qtbot.addWidget(window)
    window.show_meetings([parse_text(evil)])
    window.select_first_item(0)
    text = window.view.toPlainText()
    assert "<b>Fed</b> titel" in text
    assert '<img src="file:///etc/passwd">' in text and "<script>alert(1)</script>" in text
