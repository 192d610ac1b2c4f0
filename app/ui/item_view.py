"""The centre pane: a read-only rich-text view that never loads any resource a document names."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.ui.formatting import STYLE


class ItemView(QTextBrowser):
    """Shows escaped item or meeting HTML; links and images from documents are inert."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(STYLE)
        self.document().setDocumentMargin(18)

    def loadResource(self, kind: int, name: QUrl) -> object:
        """Nothing external or local is ever loaded."""
        return None

    def show_html(self, html: str) -> None:
        self.setHtml(f"<html><body>{html}</body></html>")
