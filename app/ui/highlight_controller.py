"""The member's highlights in the item view: drawn over the text, made from a selection, jumped to.

Anchoring is the W3C TextQuoteSelector of :mod:`app.services.notes.operations` (quote plus a little
context); a quote that cannot be found in the current text is listed by the notes panel as
detached instead of being drawn in the wrong place.

Highlights on a bilag page (``Highlight.document``) are drawn by the page view, not here;
activating one in the panel asks for its bilag page instead.

Signals: ``repaint_needed()`` — the item's highlights changed and the page must be drawn
again; ``reported(str)`` — one status-bar line; ``bilag_requested(str, int, str)`` — show
the bilag (sha256) at a page with a quote marked.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QWidget

from app.services.notes.annotations import AnnotationService
from app.services.notes.operations import locate, quote_for
from app.ui.item_view import ItemView
from app.ui.notes_panel import NotesPanel


class HighlightController(QObject):
    """Signals: ``repaint_needed()``, ``reported(str)``."""

    repaint_needed = Signal()
    reported = Signal(str)
    bilag_requested = Signal(str, int, str)

    def __init__(self, service: AnnotationService, view: ItemView, panel: NotesPanel, window: QWidget) -> None:
        super().__init__(window)
        self.service = service
        self.view = view
        self.panel = panel
        self._window = window
        self.item_id: str | None = None
        self._anchor = ""
        self._painted: list[tuple[str, ...]] = []
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.panel.highlight_requested.connect(self._on_panel_highlight_requested)
        self.panel.highlight_activated.connect(self._on_panel_highlight_activated)
        self.service.changed.connect(self._on_service_changed)

    def paint(self, item_id: str | None) -> None:
        """Draw the highlights of the item the view now shows (None: a meeting page)."""
        self.item_id = item_id
        item = self.service.ref(item_id) if item_id else None
        self._anchor = item.anchor if item else ""
        annotation = self.service.by_anchor(self._anchor) if item else None
        highlights = [h for h in annotation.highlights if not h.document] if annotation else []
        self._painted = [h.to_key() for h in highlights]
        text = self.view.toPlainText() if highlights else ""
        ranges, detached = [], set()
        for h in highlights:
            found = locate(text, h.quote)
            if found is None:
                detached.add(h.highlight_id)
            else:
                ranges.append((found[0], found[1], h.color))
        self.view.apply_highlights(ranges)
        self.panel.set_detached(detached)

    def request(self) -> None:
        """Highlight the selected text in the colour chosen in the panel (Ctrl+M)."""
        self._on_panel_highlight_requested(self.panel.current_highlight_color())

    def _on_panel_highlight_requested(self, color: str) -> None:
        selected = self.view.selection_range()
        if self.item_id is None or selected is None:
            self.reported.emit(self.tr("Vælg først noget tekst i punktet."))
            return
        quote = quote_for(self.view.toPlainText(), *selected)
        if self.service.is_highlighted(self.item_id, quote):  # not asked for a comment in vain
            self.reported.emit(self.tr("Teksten er allerede markeret."))
            return
        comment, ok = QInputDialog.getText(self._window, self.tr("Markering"), self.tr("Kommentar (valgfri):"))
        if ok:
            self.service.add_highlight(self.item_id, quote, color, comment.strip())

    def _on_panel_highlight_activated(self, highlight_id: str) -> None:
        annotation = self.service.by_anchor(self._anchor) if self._anchor else None
        highlights = annotation.highlights if annotation else []
        highlight = next((h for h in highlights if h.highlight_id == highlight_id), None)
        if highlight is not None and highlight.document:
            self.bilag_requested.emit(highlight.document, highlight.page, highlight.quote.exact)
            return
        found = locate(self.view.toPlainText(), highlight.quote) if highlight else None
        if found is not None:
            self.view.select_range(*found)
            self.view.setFocus()

    def _on_service_changed(self, anchor: str) -> None:
        # Only highlights are drawn in the item view: a note, tag or follow-up change (every
        # autosave) must not draw the whole item again.
        if not self._anchor or (anchor and anchor != self._anchor):
            return
        annotation = self.service.by_anchor(self._anchor)
        now = [h.to_key() for h in annotation.highlights if not h.document] if annotation else []
        if now != self._painted:
            self.repaint_needed.emit()
