"""Filter for the meeting tree: Danish-aware case folding, matches keep their ancestors; and the
filter box that hands the keyboard on to the results."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

from app.ui.meeting_tree_model import Role

_ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})


def fold(text: str) -> str:
    """Case-fold for Danish: "Sønderborg" matches "sønderborg", "soenderborg" and "SØNDERBORG"."""
    return text.casefold()


class TreeFilterProxy(QSortFilterProxyModel):
    """Shows nodes whose label holds every word typed (or a descendant does)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setRecursiveFilteringEnabled(True)

    def set_filter_text(self, text: str) -> None:
        if hasattr(self, "beginFilterChange") and hasattr(self, "endFilterChange"):  # Qt ≥ 6.10
            self.beginFilterChange()
            self._words = [fold(w) for w in text.split()]
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = [fold(w) for w in text.split()]
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._words:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        label = fold(str(index.data(Role.SEARCH_TEXT) or ""))
        ascii_label = label.translate(_ASCII)
        chain = label + " " + ascii_label
        parent = index.parent()
        while parent.isValid():  # an item matches on its meeting's, committee's and town's words too
            parent_label = fold(str(parent.data(Role.SEARCH_TEXT) or ""))
            chain += " " + parent_label + " " + parent_label.translate(_ASCII)
            parent = parent.parent()
        return all(word in chain for word in self._words)


class FilterLineEdit(QLineEdit):
    """The tree's filter box: Down goes on into the results, Escape clears it.

    Signals: ``down_pressed()`` — the member wants to move into the results.
    """

    down_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and not event.modifiers():
            self.down_pressed.emit()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)
