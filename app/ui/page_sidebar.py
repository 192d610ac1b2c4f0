"""The page view's sidebar: the pages as thumbnails and, where the PDF has one, its outline.

A long bilag (a 108-page report) is read by its chapters, as in Okular's or Adobe's sidebar:
the *Indhold* tab lists the PDF's own bookmarks (read by PDFium in the renderer's child,
:meth:`app.services.pages.PageRenderer.read_outline`) and is only there when the PDF has
some. The *Sider* tab shows every page as a thumbnail (:mod:`app.ui.page_thumbnails`), so a
scanned bilag without text or bookmarks is found by its look. A click goes to the page.

Signals: ``page_requested(int)`` — the 1-based page the member chose.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTabWidget, QTreeView, QWidget

from app.services.pages import PageRenderer
from app.ui.page_thumbnails import ThumbnailList

PAGE_ROLE = Qt.ItemDataRole.UserRole + 1


class PageOutline(QTreeView):
    """The PDF's bookmarks as a tree. Signals: ``page_requested(int)``."""

    page_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = QStandardItemModel(self)
        self.setModel(self.model_)
        self.setHeaderHidden(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformRowHeights(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.activated.connect(self._on_activated)
        self.clicked.connect(self._on_activated)

    def set_outline(self, outline: list[tuple[int, str, int]]) -> None:
        """The bookmarks as (level, title, page index), in the PDF's order."""
        self.model_.clear()
        parents: list[QStandardItem] = [self.model_.invisibleRootItem()]
        for level, title, index in outline:
            row = QStandardItem(title)
            row.setData(index + 1, PAGE_ROLE)
            row.setToolTip(self.tr("%1 · side %2").replace("%1", title).replace("%2", str(index + 1)))
            level = max(0, min(level, len(parents) - 1))
            del parents[level + 1 :]
            parents[level].appendRow(row)
            parents.append(row)
        self.expandToDepth(0)

    def _on_activated(self, index: QModelIndex) -> None:
        page = index.data(PAGE_ROLE)
        if isinstance(page, int):
            self.page_requested.emit(page)


class PageSidebar(QTabWidget):
    """Tabs *Sider* (thumbnails) and *Indhold* (the outline, when the PDF has one).

    Signals: ``page_requested(int)``.
    """

    page_requested = Signal(int)

    def __init__(self, renderer: PageRenderer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.thumbnails = ThumbnailList(renderer)
        self.outline = PageOutline()
        self._outline: list[tuple[int, str, int]] = []
        self.setDocumentMode(True)
        self.setTabBarAutoHide(True)  # without an outline: the thumbnails alone, no lone tab
        self.addTab(self.thumbnails, "")
        self._retranslate_ui()
        self.thumbnails.page_requested.connect(self.page_requested)
        self.outline.page_requested.connect(self.page_requested)

    def _retranslate_ui(self) -> None:
        pages, outline = self.indexOf(self.thumbnails), self.indexOf(self.outline)  # the outline comes first
        self.setTabText(pages, self.tr("Sider"))
        self.setTabToolTip(pages, self.tr("Dokumentets sider som miniaturer"))
        if outline >= 0:
            self.setTabText(outline, self.tr("Indhold"))
            self.setTabToolTip(outline, self.tr("Dokumentets egen indholdsfortegnelse"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_ui()
        super().changeEvent(event)

    def set_document(self, path: str, sizes: list[tuple[float, float]], rotation: int = 0) -> None:
        """A new document: its thumbnails; its outline follows (:meth:`set_outline`) or not."""
        self.thumbnails.set_document(path, sizes, rotation)
        self.set_outline([])

    def set_outline(self, outline: list[tuple[int, str, int]]) -> None:
        """The PDF's bookmarks (level, title, page index): an *Indhold* tab, shown first, or none."""
        self._outline = list(outline)
        self.outline.set_outline(self._outline)
        at = self.indexOf(self.outline)
        if self._outline and at < 0:
            self.insertTab(0, self.outline, "")
            self._retranslate_ui()
            self.setCurrentWidget(self.outline)
        elif not self._outline and at >= 0:
            self.removeTab(at)

    def has_outline(self) -> bool:
        return bool(self._outline)

    def set_rotation(self, rotation: int) -> None:
        self.thumbnails.set_rotation(rotation)

    def set_current_page(self, page: int) -> None:
        """The page shown in the view (1-based), framed among the thumbnails."""
        self.thumbnails.set_current_page(page)
