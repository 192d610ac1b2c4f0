"""Page thumbnails in the page view's sidebar, as in Okular's or Adobe's: see the page, click, go there.

The thumbnails are rendered by the same sandboxed child as the pages
(:meth:`app.services.pages.PageRenderer.want_thumbnails`): the window never opens a PDF itself.
Only the rows in view (and a couple either side) are asked for, after the pages being read,
and the request is replaced as the list scrolls, so a 108-page bilag costs the dozen
thumbnails one sees, not 108 renders; a list that is hidden or shows another document asks
for nothing. Until a thumbnail arrives its row is a blank sheet of the page's shape, so
nothing jumps. Rendered thumbnails are kept in a small cache of their own, by document and
turn: scrolling back, or turning back, shows them at once.

The thumbnails fill the sidebar's width; the page shown in the view is the list's current
row, framed in the selection colour and scrolled into view.

Signals: ``ThumbnailList.page_requested(int)`` — the 1-based page the member clicked.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QHideEvent, QImage, QPainter, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.services.pages import THUMBNAILS, PageRenderer, RenderedPage
from app.ui.page_cache import PageCache, document_key
from app.ui.page_rotation import turned_size

PAGE_ROLE = Qt.ItemDataRole.UserRole + 1
SIZE_ROLE = Qt.ItemDataRole.UserRole + 2  # the page's (width, height) in points as shown (turned)
FAILED_ROLE = Qt.ItemDataRole.UserRole + 3  # the page stopped the renderer: it is not asked for again
FAILED_COLOR = QColor("#b3261e")
PAD = 8  # around a thumbnail, logical pixels
LABEL_HEIGHT = 18  # the page number under it
BOX_MIN, BOX_MAX = 64, 150  # the thumbnail's width, following the sidebar's
PREFETCH = 2  # rows asked for above and below those in view
SETTLE_MS = 80  # while the list scrolls, ask once it has been still this long (a fling renders no rows it passes)
CACHE_BYTES = 24 * 1024 * 1024  # about 500 thumbnails of an A4 page
FRAME = 3  # the current page's frame


class ThumbnailModel(QAbstractListModel):
    """One row a page of the shown document; the image comes from the view's cache when it has one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sizes: list[tuple[float, float]] = []  # as shown: the PDF's own /Rotate and the member's turn
        self.images: dict[int, QImage] = {}  # row → the thumbnail to paint (set by the view)
        self.failed: set[int] = set()  # rows whose page the renderer could not draw

    def set_pages(self, sizes: list[tuple[float, float]]) -> None:
        self.beginResetModel()
        self.sizes = list(sizes)
        self.images = {}
        self.endResetModel()

    def set_failed(self, rows: set[int]) -> None:
        self.failed = {row for row in rows if 0 <= row < len(self.sizes)}
        if self.sizes:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.sizes) - 1, 0))

    def set_image(self, row: int, image: QImage) -> None:
        if 0 <= row < len(self.sizes):
            self.images[row] = image
            index = self.index(row, 0)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.sizes)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.sizes):
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return str(row + 1)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self.tr("Side %1 kunne ikke vises") if row in self.failed else self.tr("Side %1")
            return text.replace("%1", str(row + 1))
        if role == Qt.ItemDataRole.DecorationRole:
            return self.images.get(row)
        if role == PAGE_ROLE:
            return row + 1
        if role == SIZE_ROLE:
            return self.sizes[row]
        if role == FAILED_ROLE:
            return row in self.failed
        return None


def image_rect(box: QRect, size: tuple[float, float]) -> QRect:
    """Where a page of ``size`` (points) is drawn in a thumbnail ``box``: as large as fits, centred."""
    width, height = max(size[0], 1.0), max(size[1], 1.0)
    scale = min(box.width() / width, box.height() / height)
    w, h = max(1, round(width * scale)), max(1, round(height * scale))
    return QRect(box.left() + (box.width() - w) // 2, box.top() + (box.height() - h) // 2, w, h)


class ThumbnailDelegate(QStyledItemDelegate):
    """Paints a row: the page (or a blank sheet of its shape), its number, the current page framed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QSize(96, 136)  # the thumbnail's box; the view sets it from its width

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(self.box.width() + 2 * PAD, self.box.height() + LABEL_HEIGHT + 2 * PAD)

    def box_rect(self, rect: QRect) -> QRect:
        """The thumbnail's box inside a row's rectangle."""
        left = rect.left() + (rect.width() - self.box.width()) // 2
        return QRect(left, rect.top() + PAD, self.box.width(), self.box.height())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:  # fmt: skip
        size = index.data(SIZE_ROLE)
        if not size:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        current = bool(option.state & QStyle.StateFlag.State_Selected)
        rect: QRect = option.rect
        palette: QPalette = option.palette
        page = image_rect(self.box_rect(rect), size)
        accent = palette.color(QPalette.ColorRole.Highlight)
        if current:
            painter.fillRect(page.adjusted(-FRAME, -FRAME, FRAME, FRAME), accent)
        else:
            painter.fillRect(page.translated(1, 2), QColor(0, 0, 0, 50))  # a little shadow
        image = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(image, QImage) and not image.isNull():
            painter.drawImage(QRectF(page), image)
        else:
            painter.fillRect(page, Qt.GlobalColor.white)
            failed = bool(index.data(FAILED_ROLE))
            painter.setPen(FAILED_COLOR if failed else QColor("#c4c7cc"))
            painter.drawRect(page.adjusted(0, 0, -1, -1))
            if failed:  # the page view writes why on the page itself
                painter.drawText(page, int(Qt.AlignmentFlag.AlignCenter), "!")
        label = QRect(rect.left(), page.bottom() + FRAME + 1, rect.width(), LABEL_HEIGHT)
        font = QFont(painter.font())
        font.setBold(current)
        painter.setFont(font)
        painter.setPen(accent if current else palette.color(QPalette.ColorRole.Text))
        painter.drawText(label, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                         str(index.data(Qt.ItemDataRole.DisplayRole)))  # fmt: skip
        painter.restore()


class ThumbnailList(QListView):
    """The thumbnails of the shown document, rendered lazily; see the module docstring."""

    page_requested = Signal(int)

    def __init__(self, renderer: PageRenderer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.renderer = renderer
        self.cache = PageCache(CACHE_BYTES)
        self.path = ""
        self.rotation = 0
        self.base_sizes: list[tuple[float, float]] = []  # as the PDF shows them, before the member's turn
        self.model_ = ThumbnailModel(self)
        self.delegate = ThumbnailDelegate(self)
        self._fitting = False
        self._failed: set[int] = set()  # pages that stopped the renderer (at any width or turn)
        self._request_timer = QTimer(self)
        self._request_timer.setSingleShot(True)
        self._request_timer.setInterval(0)
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        self.setModel(self.model_)
        self.setItemDelegate(self.delegate)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalScrollBar().setSingleStep(24)
        self.setAccessibleName(self.tr("Sidernes miniaturer"))

    def _connect_signals(self) -> None:
        self._request_timer.timeout.connect(self._on_request_timer_timeout)
        self.renderer.page_ready.connect(self._on_renderer_page_ready)
        self.renderer.page_failed.connect(self._on_renderer_page_failed)
        self.verticalScrollBar().valueChanged.connect(self._on_scroll_value_changed)
        self.clicked.connect(self._on_clicked)
        self.activated.connect(self._on_clicked)

    # --- the document -----------------------------------------------------------------------

    def set_document(self, path: str, sizes: list[tuple[float, float]], rotation: int = 0) -> None:
        """Show ``path``'s pages (sizes in points as the PDF shows them), turned ``rotation`` degrees."""
        if path != self.path:
            self.selectionModel().clear()  # the page view frames the new document's page
            self._failed = set()
        self.path, self.base_sizes, self.rotation = path, list(sizes), rotation
        self._fill()

    def set_rotation(self, rotation: int) -> None:
        """The member turned the document: the thumbnails turn with it (cached per turn)."""
        if rotation != self.rotation:
            self.rotation = rotation
            self._fill()

    def _fill(self) -> None:
        current = self.currentIndex().row()
        sizes = [turned_size(size, self.rotation) for size in self.base_sizes]
        self.model_.set_pages(sizes)
        self.model_.set_failed(self._failed)
        self._fit_box()
        if 0 <= current < len(sizes):
            self.set_current_page(current + 1)  # the same document at another width or turn
        key = document_key(self.path, self.rotation)
        for row in range(len(sizes)):
            image = self.cache.get((key, row, self.render_width(row)))
            if image is not None:
                self.model_.images[row] = image
        self._schedule_requests()

    def _fit_box(self) -> bool:
        """Size the thumbnail box to the list's width and the document's tallest page; True if it changed."""
        sizes = self.model_.sizes
        # From the list's own width, less a scroll bar whether one shows or not: a box sized to
        # the viewport would change when the scroll bar comes and goes, and so on for ever.
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        width = max(BOX_MIN, min(BOX_MAX, self.width() - 2 * self.frameWidth() - bar - 2 * PAD))
        tallest = max((h / max(w, 1.0) for w, h in sizes), default=1.414)
        box = QSize(width, round(width * max(0.5, min(1.6, tallest))))
        if box == self.delegate.box:
            return False
        self.delegate.box = box
        self._fitting = True  # laying out may show or hide the scroll bar: a resize of the viewport
        try:
            self.doItemsLayout()
        finally:
            self._fitting = False
        return True

    def render_width(self, row: int) -> int:
        """The thumbnail's width in device pixels (the page fitted into the box)."""
        size = turned_size(self.base_sizes[row], self.rotation)
        width = image_rect(QRect(QPoint(0, 0), self.delegate.box), size).width()
        return max(1, round(width * self.devicePixelRatioF()))

    def set_current_page(self, page: int) -> None:
        """Frame the page shown in the view (1-based) and bring it into the list's view."""
        index = self.model_.index(page - 1, 0)
        if not index.isValid() or index == self.currentIndex():
            return
        self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if self.isVisible():
            self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    # --- lazy rendering ---------------------------------------------------------------------

    def rows_in_view(self) -> list[int]:
        """The rows at least partly in view, top to bottom."""
        count = self.model_.rowCount()
        if not count or not self.isVisible():
            return []
        x = self.viewport().width() // 2
        first = self.indexAt(QPoint(x, 1))
        last = self.indexAt(QPoint(x, self.viewport().height() - 1))
        top = first.row() if first.isValid() else 0
        bottom = last.row() if last.isValid() else count - 1
        return list(range(top, bottom + 1))

    def _schedule_requests(self, settle_ms: int = 0) -> None:
        """Ask for the rows in view after ``settle_ms`` without another call (a scroll restarts the wait)."""
        self._request_timer.start(settle_ms)

    def _on_request_timer_timeout(self) -> None:
        """Ask for the thumbnails in view (then a few either side) not cached yet; cancel the rest."""
        rows = self.rows_in_view()
        if not self.path or not rows:
            self.renderer.want_thumbnails(self.path, [], [])  # hidden or empty: nothing is rendered for it
            return
        count = self.model_.rowCount()
        order = list(rows)
        for step in range(1, PREFETCH + 1):
            order += [rows[-1] + step, rows[0] - step]
        key = document_key(self.path, self.rotation)
        missing = [row for row in dict.fromkeys(order) if 0 <= row < count and row not in self._failed
                   and self.cache.get((key, row, self.render_width(row))) is None]  # fmt: skip
        self.renderer.want_thumbnails(self.path, missing, [self.render_width(row) for row in missing], self.rotation)

    def _on_renderer_page_ready(self, page: RenderedPage) -> None:
        shown = page.path == self.path and page.rotation == self.rotation and 0 <= page.index < len(self.base_sizes)
        if page.lane != THUMBNAILS and not (shown and abs(self.render_width(page.index) - page.width) <= 2):
            return  # a page for reading (one at a thumbnail's width, asked by the view first, serves as one)
        image = QImage(page.data, page.width, page.height, page.stride, QImage.Format.Format_BGR888).copy()
        image.setDevicePixelRatio(self.devicePixelRatioF())
        width = page.width
        if shown and abs(self.render_width(page.index) - width) <= 2:
            width = self.render_width(page.index)  # keyed by the width asked for (PDFium may round)
        self.cache.put((document_key(page.path, page.rotation), page.index, width), image)
        if shown and width == self.render_width(page.index):
            self.model_.set_image(page.index, image)

    def _on_renderer_page_failed(self, path: str, index: int, _reason: str) -> None:
        """A page that stopped the renderer (too slow, or damaged) is not asked for again, here or in the view."""
        if path == self.path and 0 <= index < len(self.base_sizes):
            self._failed.add(index)
            self.model_.set_failed(self._failed)

    # --- events -----------------------------------------------------------------------------

    def _on_scroll_value_changed(self, _value: int) -> None:
        self._schedule_requests(SETTLE_MS)

    def _on_clicked(self, index: QModelIndex) -> None:
        page = index.data(PAGE_ROLE)
        if isinstance(page, int):
            self.page_requested.emit(page)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitting:
            return
        if self._fit_box():
            self._fill()  # the new width's thumbnails (the old ones stay cached)
        else:
            self._schedule_requests()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        current = self.currentIndex()
        if current.isValid():
            self.scrollTo(current, QAbstractItemView.ScrollHint.PositionAtCenter)
        self._schedule_requests()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._schedule_requests()  # hidden: the thumbnails not rendered yet are not wanted any more
