"""Filter proxy for the meeting tree: Danish folding as in search, matches keep their ancestors."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

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
