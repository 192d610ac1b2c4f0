"""Marks the last search's hits in the item view and steps through them (F3 / Shift+F3).

Signals: ``stepped(int, int)`` — the hit now selected (1-based) and how many there are;
``reported(str)`` — the same as a line for the status bar ("Træf 2 af 5").
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.services.search import find_hits
from app.ui.item_view import ItemView

HIT_COLOR = "#ffcc80"


class HitStepper(QObject):
    """Signals: ``stepped(int, int)``, ``reported(str)``."""

    stepped = Signal(int, int)
    reported = Signal(str)

    def __init__(self, view: ItemView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.query = ""
        self._hits: list[tuple[int, int]] = []
        self._position = -1

    def set_query(self, query: str) -> None:
        """The query whose hits to mark in the next items shown ("" for none)."""
        self.query = query

    def mark(self) -> None:
        """Mark the query's hits in what the view shows now, and select the first."""
        self._hits = find_hits(self.view.toPlainText(), self.query)
        self._position = -1
        self.view.apply_highlights([(s, e, HIT_COLOR) for s, e in self._hits])
        if self._hits:
            self.step(1)

    def step(self, delta: int) -> None:
        if not self._hits:
            return
        self._position = (self._position + delta) % len(self._hits)
        self.view.select_range(*self._hits[self._position])
        self.stepped.emit(self._position + 1, len(self._hits))
        self.reported.emit(self.tr("Træf %1 af %2").replace("%1", str(self._position + 1))
                           .replace("%2", str(len(self._hits))))  # fmt: skip

    def next(self) -> None:
        self.step(1)

    def previous(self) -> None:
        self.step(-1)
