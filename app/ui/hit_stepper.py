"""Marks the last search's hits in the item view and the original, and steps through them (F3 / Shift+F3).

On the Punkt tab F3 moves through the item's text; on the Original tab it moves through the
PDF's pages, where the page view has marked every occurrence of the search's words.

Signals: ``stepped(int, int)`` — the hit now selected (1-based) and how many there are;
``reported(str)`` — the same as a line for the status bar ("Træf 2 af 5").
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.services.pages import query_words
from app.services.search import find_hits
from app.ui.item_view import ItemView
from app.ui.original_pane import OriginalPane

HIT_COLOR = "#ffcc80"


class HitStepper(QObject):
    """Signals: ``stepped(int, int)``, ``reported(str)``."""

    stepped = Signal(int, int)
    reported = Signal(str)

    def __init__(self, view: ItemView, parent: QObject | None = None, pages: OriginalPane | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.pages = pages
        self.query = ""
        self._hits: list[tuple[int, int]] = []
        self._position = -1
        if pages is not None:
            pages.page_view.found_stepped.connect(self._on_page_view_found_stepped)

    def set_query(self, query: str) -> None:
        """The query whose hits to mark in the next items shown ("" for none), in the text and the original."""
        self.query = query
        if self.pages is not None:
            self.pages.set_hit_words(query_words(query) if query.strip() else [])

    def mark(self) -> None:
        """Mark the query's hits in what the view shows now, and select the first."""
        self._hits = find_hits(self.view.toPlainText(), self.query)
        self._position = -1
        self.view.apply_highlights([(s, e, HIT_COLOR) for s, e in self._hits])
        if self._hits:
            self._step_text(1)

    def step(self, delta: int) -> None:
        """F3 / Shift+F3: through the original's pages on the Original tab, else through the item's text."""
        pages = self.pages
        if pages is not None and pages.original_shown():
            view = pages.page_view
            if view.found_kind == "hits" and view.has_found():
                view.step_found(delta)  # reported through found_stepped
                return
        self._step_text(delta)

    def _step_text(self, delta: int) -> None:
        if not self._hits:
            return
        self._position = (self._position + delta) % len(self._hits)
        self.view.select_range(*self._hits[self._position])
        self.stepped.emit(self._position + 1, len(self._hits))
        self.reported.emit(self.tr("Træf %1 af %2").replace("%1", str(self._position + 1))
                           .replace("%2", str(len(self._hits))))  # fmt: skip

    def _on_page_view_found_stepped(self, position: int, total: int) -> None:
        if position > 0 and self.pages is not None and self.pages.page_view.found_kind == "hits" and self.query:
            self.stepped.emit(position, total)
            self.reported.emit(self.tr("Træf %1 af %2").replace("%1", str(position)).replace("%2", str(total)))

    def next(self) -> None:
        self.step(1)

    def previous(self) -> None:
        self.step(-1)
