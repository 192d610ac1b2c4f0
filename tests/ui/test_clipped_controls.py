"""Controls whose text was clipped in a 1024-pixel window: the page view's document box and the
search filters ("Mødets do", "All municipalitie"): their texts fit at every window size."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QComboBox

from app.ui.language import switcher
from app.ui.page_view import PageView
from tests.ui.test_notes_panel import _open, _profile


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    switcher().switch("en")
    yield
    switcher().switch("da")
    QApplication.processEvents()


def _text_fits(box: QComboBox) -> bool:
    return box.width() >= box.fontMetrics().horizontalAdvance(box.currentText()) + 20  # beside frame and arrow


def test_document_box_gets_a_row_of_its_own_when_the_bar_is_narrow(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = PageView()
    qtbot.addWidget(view)
    view.set_documents([("Mødets dokument", ""), ("Bilag: Notat om takstreduktion (2 sider)", "")])
    view.resize(370, 500)  # the reading pane of a 1024-pixel window
    view.show()
    qtbot.waitExposed(view)
    box = view.document_box
    qtbot.waitUntil(lambda: box.geometry().bottom() < view.page_box.geometry().top(), timeout=2000)
    assert _text_fits(box)
    view.resize(1100, 500)  # a wide pane: one bar again
    qtbot.waitUntil(lambda: abs(box.geometry().center().y() - view.page_box.geometry().center().y()) < 4, timeout=2000)
    assert _text_fits(box) and box.geometry().right() < view.page_box.geometry().left()


def test_search_filters_show_their_whole_text_in_english_at_1024(qtbot, tmp_path: Path, english: None) -> None:
    window = _open(qtbot, _profile(tmp_path, "lejre_2020"))
    window.resize(1024, 700)
    window.show()
    window.tabs.setCurrentWidget(window.search_panel)
    panel = window.search_panel
    boxes = (panel.municipality, panel.committee, panel.document_type, panel.tag)
    assert panel.municipality.currentText() == "All municipalities"
    qtbot.waitUntil(lambda: all(_text_fits(box) for box in boxes), timeout=3000)
    window.resize(1920, 1080)
    window.splitter.setSizes([480, 1000, 440])  # a wide search pane: two a row again
    qtbot.waitUntil(lambda: panel.municipality.y() == panel.committee.y(), timeout=3000)
    assert all(_text_fits(box) for box in boxes)
    window.close()
