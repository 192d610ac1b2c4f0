"""The centre pane: a read-only rich-text view that never loads any resource a document names.

Signals: ``internal_link_clicked(str)`` — a link of our own (``app:…``) was clicked.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.ui.formatting import STYLE

BASE_POINT_SIZE = 11.0
ZOOM_STEP = 1.0


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
        self.anchorClicked.connect(self._on_anchor_clicked)

    def loadResource(self, kind: int, name: QUrl) -> object:
        """Nothing external or local is ever loaded."""
        return None

    def show_html(self, html: str) -> None:
        self.setHtml(f"<html><body>{html}</body></html>")

    def set_zoom(self, steps: int) -> None:
        """Zoom in whole steps around the base size (remembered by the window)."""
        self.zoom = max(-4, min(12, int(steps)))
        font = self.font()
        font.setPointSizeF(BASE_POINT_SIZE + self.zoom * ZOOM_STEP)
        self.document().setDefaultFont(font)

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
