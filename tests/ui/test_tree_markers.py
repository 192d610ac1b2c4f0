"""The tree's markers ("✓ 1/8", "✎ # ⚑") are drawn whole at the row's visible right edge."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QTreeView

from app.ui.tree_delegate import marker_layout
from tests.ui.test_notes_panel import _item, _open, _profile


def test_markers_are_never_elided_when_they_fit(qapp) -> None:  # type: ignore[no-untyped-def]
    for bold in (False, True):  # meeting rows are bold
        font = QFont(QTreeView().font())
        font.setBold(bold)
        metrics = QFontMetrics(font)
        for markers, row in (("✓ 1/8", 170), ("✓ 12/13", 300), ("✎ # ⚑", 170), ("✎ # ⚑ ● +", 250)):
            text, width = marker_layout(metrics, markers, row)
            assert text == markers
            # what paint() draws in the width it reserves comes out whole, with no "…"
            assert metrics.elidedText(text, Qt.TextElideMode.ElideRight, width) == markers


def test_long_tags_give_way_to_a_bare_mark_and_the_share_caps_the_width(qapp) -> None:  # type: ignore[no-untyped-def]
    metrics = QFontMetrics(QTreeView().font())
    text, width = marker_layout(metrics, "✎ #budget 2023,integration… ⚑", 200)
    assert text == "✎ # ⚑" and width <= 200 * 0.34
    text, width = marker_layout(metrics, "✎ #budget 2023,integration… ⚑", 2000)  # a wide tree keeps the names
    assert text == "✎ #budget 2023,integration… ⚑"


def test_the_tree_column_never_outgrows_its_pane(qtbot, tmp_path: Path) -> None:
    window = _open(qtbot, _profile(tmp_path, "lejre_2020"))
    window.resize(1024, 700)
    window.show()
    item = _item(window, "3")
    window.annotations.set_note(item, "spørg")
    window.select(item)
    tree = window.tree
    qtbot.waitUntil(lambda: tree.header().sectionSize(0) == tree.viewport().width(), timeout=3000)
    assert tree.horizontalScrollBar().maximum() == 0  # the markers' right edge is the visible one
    rect = tree.visualRect(tree.currentIndex())
    assert rect.right() < tree.viewport().width()
