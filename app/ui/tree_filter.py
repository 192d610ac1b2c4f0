"""Filter for the meeting tree: Danish-aware case folding, matches keep their ancestors; and the
filter box that hands the keyboard on to the results."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

from app.model.folding import matches_all
from app.ui.meeting_tree_model import Role


class TreeFilterProxy(QSortFilterProxyModel):
    """Shows nodes whose label holds every word typed (or a descendant does).

    Words are compared with :mod:`app.model.folding`, like search: "soenderborg", "Sonderborg"
    and "SØNDERBORG" all find Sønderborg.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setRecursiveFilteringEnabled(True)

    def set_filter_text(self, text: str) -> None:
        if hasattr(self, "beginFilterChange") and hasattr(self, "endFilterChange"):  # Qt ≥ 6.10
            self.beginFilterChange()
            self._words = text.split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = text.split()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._words:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        labels = []
        while index.isValid():  # an item matches on its meeting's, committee's and town's words too
            labels.append(str(index.data(Role.SEARCH_TEXT) or ""))
            index = index.parent()
        return matches_all(self._words, labels)


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
