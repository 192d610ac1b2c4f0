"""The page view's sidebar: the PDF's own outline (its bookmarks) or, where it has none, its pages.

A long bilag (a 108-page report) is read by its chapters, as in Okular's or Adobe's sidebar;
a PDF without bookmarks lists its pages so a jump is one click. The outline comes from PDFium
in the renderer's child (:meth:`app.services.pages.PageRenderer.read_outline`).

Signals: ``page_requested(int)`` — the 1-based page the member chose.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

PAGE_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_PAGE_ROWS = 2000  # a list of pages is no help beyond this


class PageSidebar(QTreeView):
    """Signals: ``page_requested(int)``."""

    page_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = QStandardItemModel(self)
        self._outline: list[tuple[int, str, int]] = []
        self._pages = 0
        self.setModel(self.model_)
        self.setHeaderHidden(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformRowHeights(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.activated.connect(self._on_activated)
        self.clicked.connect(self._on_activated)

    def set_contents(self, outline: list[tuple[int, str, int]], pages: int) -> None:
        """The bookmarks as (level, title, page index), or every page when there are none."""
        self._outline, self._pages = list(outline), pages
        self._fill()

    def has_outline(self) -> bool:
        return bool(self._outline)

    def _fill(self) -> None:
        self.model_.clear()
        parents: list[QStandardItem] = [self.model_.invisibleRootItem()]
        if self._outline:
            for level, title, index in self._outline:
                row = QStandardItem(title)
                row.setData(index + 1, PAGE_ROLE)
                row.setToolTip(self.tr("%1 · side %2").replace("%1", title).replace("%2", str(index + 1)))
                level = max(0, min(level, len(parents) - 1))
                del parents[level + 1 :]
                parents[level].appendRow(row)
                parents.append(row)
            self.expandToDepth(0)
        else:
            for page in range(1, min(self._pages, MAX_PAGE_ROWS) + 1):
                row = QStandardItem(self.tr("Side %1").replace("%1", str(page)))
                row.setData(page, PAGE_ROLE)
                self.model_.appendRow(row)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self._outline:
            self._fill()  # "Side 3" / "Page 3"
        super().changeEvent(event)

    def _on_activated(self, index: QModelIndex) -> None:
        page = index.data(PAGE_ROLE)
        if isinstance(page, int):
            self.page_requested.emit(page)
