"""How the three panes share the window's width, from a 1024 px laptop to a 4K screen.

(And the order Tab walks them in: the one arrangement of the window's parts.)

The reading pane wins: the tree and the notes panel get a share of the width between a
minimum (below which their text is cut) and a maximum (beyond which the extra space is
wasted on them), and the item view takes the rest. Sizes saved by an earlier session are
respected, but clamped to the window they are restored into, so a layout saved on a wide
screen never squeezes the reading pane on a small one.
"""

from __future__ import annotations

from PySide6.QtWidgets import QSplitter, QWidget

TREE_MIN = 230
PANEL_MIN = 290
READING_MIN = 380
TREE_MAX = 460
PANEL_MAX = 460
TREE_SHARE = 0.26
PANEL_SHARE = 0.25


def _clamp(value: float, low: int, high: int) -> int:
    return int(max(low, min(high, value)))


def pane_sizes(total: int, saved: list[int] | None = None) -> list[int]:
    """Widths for (tree, item view, notes panel) that add up to ``total``.

    Args:
        total: the width the splitter has to share (without its handles).
        saved: widths from an earlier session, possibly for a different window size.
    """
    if saved and len(saved) == 3 and all(s > 0 for s in saved):
        scale = total / max(1, sum(saved))
        tree, panel = saved[0] * scale, saved[2] * scale
    else:
        tree, panel = total * TREE_SHARE, total * PANEL_SHARE
    tree = _clamp(tree, TREE_MIN, TREE_MAX)
    panel = _clamp(panel, PANEL_MIN, PANEL_MAX)
    reading = total - tree - panel
    lack = READING_MIN - reading
    if lack > 0:
        # Give the reading pane its minimum back, from both sides in proportion to what each
        # can spare above its own minimum.
        spare_tree, spare_panel = tree - TREE_MIN, panel - PANEL_MIN
        from_tree = min(spare_tree, lack * spare_tree // max(1, spare_tree + spare_panel))
        from_panel = min(spare_panel, lack - from_tree)
        from_tree = min(spare_tree, lack - from_panel)
        tree, panel = tree - from_tree, panel - from_panel
        reading = total - tree - panel
    return [tree, max(0, reading), panel]


def arrange(splitter: QSplitter, tree: QWidget, reading: QWidget, panel: QWidget) -> None:
    """Put the three panes in the splitter: minimums for tree and panel, the stretch to reading."""
    for pane, minimum, stretch in ((tree, TREE_MIN, 0), (reading, READING_MIN, 1), (panel, PANEL_MIN, 0)):
        pane.setMinimumWidth(minimum)
        splitter.addWidget(pane)
        splitter.setStretchFactor(splitter.count() - 1, stretch)
    splitter.setChildrenCollapsible(False)


def fit(splitter: QSplitter, saved: list[int] | None) -> None:
    """Share the splitter's width now (see :func:`pane_sizes`)."""
    splitter.setSizes(pane_sizes(sum(splitter.sizes()) or splitter.width(), saved))


def chain_tab_order(widgets: list[QWidget]) -> None:
    """Tab visits ``widgets`` in this order (Shift+Tab the other way)."""
    for first, second in zip(widgets, widgets[1:]):
        QWidget.setTabOrder(first, second)
