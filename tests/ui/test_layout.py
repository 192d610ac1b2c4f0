"""The window from 1024×700 up: the reading pane wins, nothing in the notes panel scrolls sideways."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray

from app.services import settings as keys
from app.services.settings import Settings
from app.ui import window_layout
from app.ui.window_layout import pane_sizes
from tests.ui.test_notes_panel import _item, _open, _profile

LONG_TAGS = ("beskæftigelsesindsats", "budget 2023 opfølgning", "spørg forvaltningen om tallene")


def _show(qtbot, window, width: int, height: int) -> None:  # type: ignore[no-untyped-def]
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)


def test_pane_sizes_favour_the_reading_pane_and_clamp_saved_sizes() -> None:
    assert sum(pane_sizes(1010)) == 1010
    tree, reading, panel = pane_sizes(1010)
    assert tree >= window_layout.TREE_MIN and panel >= window_layout.PANEL_MIN and reading >= window_layout.READING_MIN
    wide = pane_sizes(3800)
    assert wide[1] > 2 * (wide[0] + wide[2])  # on 4K the extra width goes to reading
    # A layout saved on a wide screen (the 487/70/280) restored into a small window:
    tree, reading, panel = pane_sizes(1010, [487, 70, 280])
    assert reading >= window_layout.READING_MIN and tree <= window_layout.TREE_MAX


def test_at_1024x700_the_notes_panel_has_no_sideways_scrollbar_and_chips_wrap(qtbot, tmp_path: Path) -> None:
    window = _open(qtbot, _profile(tmp_path, "haderslev_2022"))
    item = _item(window, "90")
    window.select(item)
    for tag in LONG_TAGS:
        window.annotations.add_tag(item, tag)
    _show(qtbot, window, 1024, 700)
    panel = window.panel
    assert not panel.horizontalScrollBar().isVisible()
    assert panel.widget().width() <= panel.viewport().width()
    chips = [panel.chips_layout.itemAt(i).widget() for i in range(panel.chips_layout.count())]
    assert len(chips) == 3
    assert all(c.geometry().right() <= panel.chips.width() for c in chips)  # none cut off
    assert len({c.y() for c in chips}) >= 2  # a second row rather than a cut
    tree, reading, notes = window.splitter.sizes()
    assert reading > tree and reading > notes
    assert notes >= window_layout.PANEL_MIN and tree >= window_layout.TREE_MIN
    # The title fits: no word is broken across lines at this width.
    assert window.view.title_point_size() < 18


def test_saved_sizes_from_a_wide_screen_are_clamped_on_a_small_one(qtbot, tmp_path: Path) -> None:
    profile = _profile(tmp_path, "lejre_2020")
    wide = _open(qtbot, profile)
    _show(qtbot, wide, 1900, 1000)
    wide.splitter.setSizes([900, 300, 690])
    wide.close()
    settings = Settings(profile)
    settings.set(keys.GEOMETRY, QByteArray())  # the next start is on a small screen
    settings.sync()
    small = _open(qtbot, profile)
    _show(qtbot, small, 1024, 700)
    tree, reading, notes = small.splitter.sizes()
    assert reading >= window_layout.READING_MIN
    assert tree <= window_layout.TREE_MAX and notes <= window_layout.PANEL_MAX
    assert not small.panel.horizontalScrollBar().isVisible()


def test_tree_markers_keep_their_marks_but_drop_tag_names_when_narrow() -> None:
    from app.ui.tree_delegate import compact_markers

    assert compact_markers("✎ #budget 2023,integration… ⚑ ● +") == "✎ # ⚑ ● +"
    assert compact_markers("#a b ● −") == "# ● −"
    assert compact_markers("✎ ⚑") == "✎ ⚑"
