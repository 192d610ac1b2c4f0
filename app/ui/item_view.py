"""The centre pane: a read-only rich-text view that never loads any resource a document names.

It reads like a browser with caret browsing switched on: the arrow keys move a caret, and
Shift+arrows select, so a highlight (Ctrl+M) needs no mouse. The item's title is set in a
size that fits the pane, so a narrow window does not break the title's words.

Signals: ``internal_link_clicked(str)`` — a link of our own (``app:…``) was clicked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QColor, QResizeEvent, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.ui.formatting import STYLE

BASE_POINT_SIZE = 11.0
ZOOM_STEP = 1.0
TITLE_MAX_PT = 18.0  # what <h1> gives on a wide pane
TITLE_MIN_PT = 13.5
TITLE_PX_PER_PT = 28  # pane width per point of title size: ~28 characters of a title per line


class ItemView(QTextBrowser):
    """Shows escaped item or meeting HTML; document links and images are inert."""

    internal_link_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zoom = 0
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(STYLE)
        self.document().setDocumentMargin(18)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._title_pt = 0.0
        self.anchorClicked.connect(self._on_anchor_clicked)

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        """Nothing external or local is ever loaded."""
        return None

    def show_html(self, html: str) -> None:
        self.setHtml(f"<html><body>{html}</body></html>")
        self._title_pt = 0.0
        self._fit_titles()

    def title_point_size(self) -> float:
        """The title size for the pane's current width and zoom."""
        fitted = self.viewport().width() / TITLE_PX_PER_PT
        size = max(TITLE_MIN_PT, min(TITLE_MAX_PT, fitted))
        return size + self.zoom * ZOOM_STEP

    def _fit_titles(self) -> None:
        size = self.title_point_size()
        if abs(size - self._title_pt) < 0.25:
            return
        self._title_pt = size
        block = self.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() == 1:
                fragments = block.begin()
                while not fragments.atEnd():
                    fragment = fragments.fragment()
                    fmt = fragment.charFormat()
                    # <h1> scales its font by a size adjustment that overrides any point size.
                    fmt.clearProperty(QTextFormat.Property.FontSizeAdjustment)
                    fmt.setFontPointSize(size)
                    cursor = QTextCursor(self.document())
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                    cursor.setCharFormat(fmt)
                    fragments += 1
            block = block.next()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_titles()

    def set_zoom(self, steps: int) -> None:
        """Zoom in whole steps around the base size (remembered by the window)."""
        self.zoom = max(-4, min(12, int(steps)))
        font = self.font()
        font.setPointSizeF(BASE_POINT_SIZE + self.zoom * ZOOM_STEP)
        self.document().setDefaultFont(font)
        self._fit_titles()

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom + 1)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom - 1)

    def reset_zoom(self) -> None:
        self.set_zoom(0)

    def _on_anchor_clicked(self, url: QUrl) -> None:
        # Only our own pages emit app: links; document text is escaped and cannot.
        if url.scheme() == "app":
            self.internal_link_clicked.emit(url.path())

    def apply_highlights(self, ranges: list[tuple[int, int, str]]) -> None:
        """Paint the member's highlights (start, end, colour) over the rendered text."""
        for start, end, color in ranges:
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(color))
            cursor.mergeCharFormat(fmt)

    def select_range(self, start: int, end: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def selection_range(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return cursor.selectionStart(), cursor.selectionEnd()
