"""Draws a tree row's markers at its right edge, so a long title is cut — never its markers.

An item's note/tag/follow-up markers and a meeting's "7/12" reading progress sit
right-aligned in the row; the title gets the rest of the width and is elided with "…"
(the tooltip has the whole title). In a narrow tree the tag names give way to a bare "#".
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.ui.meeting_tree_model import Role

GAP = 8  # pixels between the title and the markers
SLACK = 3  # pixels beyond a text's advance so drawing it never elides it
MAX_MARKER_SHARE = 0.34  # markers never take more than this share of the row
COMPACT_SHARE = 0.22  # beyond this share the tag names give way to a bare "#"
# The tag part of a badge ("#budget,integration…"), up to the next marker or the end.
_TAGS = re.compile(r"#.*?(?= [⚑●+−?](?: |$)|$)")


def compact_markers(markers: str) -> str:
    """"✎ #budget 2023,integration… ⚑" → "✎ # ⚑": the marks stay, the tag names go."""
    return _TAGS.sub("#", markers, count=1)


def marker_layout(metrics: QFontMetrics, markers: str, row_width: int) -> tuple[str, int]:
    """The markers as drawn in a row ``row_width`` wide, and the width they are given.

    The width is the text's own advance plus a little slack: ``elidedText`` elides a text
    in exactly its advance ("✓ 1/8" → "✓ 1…") because of rounding and fallback glyphs.
    Only markers wider than their share of the row are elided (the title gives way first).
    """
    if metrics.horizontalAdvance(markers) > row_width * COMPACT_SHARE:
        markers = compact_markers(markers)  # a narrow tree: the title needs the room
    natural = metrics.horizontalAdvance(markers) + SLACK
    width = min(natural, int(row_width * MAX_MARKER_SHARE))
    if width < natural:
        markers = metrics.elidedText(markers, Qt.TextElideMode.ElideRight, width)
    return markers, width


class MarkerDelegate(QStyledItemDelegate):
    """A tree row: icon, elided title, then the markers right-aligned."""

    @staticmethod
    def markers(index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Role.MARKERS) or "")

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        markers = self.markers(index)
        if not markers:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        markers, width = marker_layout(opt.fontMetrics, markers, opt.rect.width())
        opt.text = str(index.data(Role.TITLE) or opt.text)
        opt.rect = opt.rect.adjusted(0, 0, -(width + GAP), 0)
        # The row's full background and selection first, then the title in the narrowed rect.
        row = QStyleOptionViewItem(option)
        self.initStyleOption(row, index)
        row.text = ""
        row.icon = QIcon()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, row, painter, widget)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setFont(opt.font)
        color = option.palette.color(QPalette.ColorRole.HighlightedText) if selected else QColor("#5a6675")
        painter.setPen(color)
        target = option.rect.adjusted(option.rect.width() - width - 4, 0, -4, 0)
        painter.drawText(target, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), markers)
        painter.restore()
