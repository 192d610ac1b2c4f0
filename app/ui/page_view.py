"""The original beside the structure: a continuous page view of a PDF (the source or a bilag).

Pages are rendered by :class:`app.services.pages.PageRenderer` in its child process; this
module only lays them out, paints what is cached and asks for what is visible (plus the next
pages, so scrolling on finds them ready). Until a page arrives it is painted as a blank
sheet of the right size, or as a scaled copy from another zoom, so nothing jumps.

Dragging over a page selects the text inside the rectangle (PDFium finds it in the child);
the view reports the quote with its context, and the window turns it into a highlight
anchored by document, page and quote. Highlights are painted where PDFium finds their quote.

Signals:
    ``PageCanvas.current_page_changed(int)`` — the 1-based page mostly in view.
    ``PageCanvas.area_selected(int, object)`` — a page index and a dragged rectangle in points.
    ``PageCanvas.find_requested()`` — Ctrl+F on the pages.
    ``PageView.external_requested(str, int)`` — open this file at this page in the system's viewer.
    ``PageView.page_changed(str, int)`` — the shown document's path and 1-based page.
    ``PageView.quote_selected(str, int, str, str, str)`` — path, 1-based page, quote, prefix, suffix.
    ``PageView.page_note_requested(str, int)`` — the member wants to write a note on this page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.pages import PageRenderer, RenderedPage
from app.ui.page_cache import PageCache, document_key
from app.ui.page_find_bar import PageFindBar
from app.ui.page_rotation import Box, from_view, normal, to_view, turned_size
from app.ui.page_sidebar import PageSidebar

GAP = 12  # between pages, logical pixels
MARGIN = 16
PREFETCH = 2  # pages rendered ahead of and behind the visible ones
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
BACKGROUND = QColor("#5f6368")
HIT_COLOR = QColor(255, 193, 7, 90)
FOUND_COLOR = QColor(255, 152, 0, 70)  # every occurrence of the text looked for
FOUND_CURRENT_COLOR = QColor(230, 81, 0, 120)  # the one stepped to
HIGHLIGHT_ALPHA = 150  # drawn multiplied: the ink stays black under the colour
SIDEBAR_MIN = 120
SIDEBAR_MAX = 240
DOCUMENT_BOX_CHROME = 40  # a combo box's frame and arrow beside its text
DOCUMENT_BOX_MAX = 320  # a longer document label may be elided in the bar


class PageCanvas(QAbstractScrollArea):
    """Pages of one document stacked vertically, at a zoom or fitted to the width."""

    current_page_changed = Signal(int)
    area_selected = Signal(int, object)
    find_requested = Signal()

    def __init__(self, renderer: PageRenderer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.renderer = renderer
        self.cache = PageCache()
        self.path = ""
        self.sizes: list[tuple[float, float]] = []
        self.zoom = 1.0
        self.fit_width = True
        self.base_sizes: list[tuple[float, float]] = []  # as the PDF shows them (its own /Rotate applied)
        self.rotation = 0  # the member's turn on top, clockwise degrees
        # Boxes in points on the unturned page; turned when painted (app.ui.page_rotation).
        self.marks: dict[int, list[Box]] = {}  # page index → boxes (pt)
        self.highlights: dict[int, list[tuple[Box, QColor]]] = {}
        self.found: dict[int, list[Box]] = {}  # find in the open PDF / search hits: every occurrence
        self.found_current: tuple[int, list[Box]] | None = None  # the one stepped to
        self.failed_pages: dict[int, str] = {}  # page index → why it cannot be shown (written on the page)
        self._drag: tuple[QPoint, QPoint] | None = None  # viewport points of a selection drag
        self._tops: list[int] = []
        self._current = 0
        # Where go_to() last put the view: (page index, y in points or None, scroll value). A page
        # near the end cannot scroll to the top, so the page at the top is not the page asked for;
        # while the view stays where go_to() put it, that page is the current one.
        self._pinned: tuple[int, float | None, int] | None = None
        self._request_timer = QTimer(self)
        self._request_timer.setSingleShot(True)
        self._request_timer.setInterval(0)
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setAutoFillBackground(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setAccessibleName(self.tr("Originalens sider"))

    def _connect_signals(self) -> None:
        self._request_timer.timeout.connect(self._on_request_timer_timeout)
        self.renderer.page_ready.connect(self._on_renderer_page_ready)
        self.renderer.page_failed.connect(self._on_renderer_page_failed)
        self.verticalScrollBar().valueChanged.connect(self._on_scroll_value_changed)
        self.horizontalScrollBar().valueChanged.connect(self._on_scroll_value_changed)

    # --- document and geometry --------------------------------------------------------------

    def set_document(self, path: str, sizes: list[tuple[float, float]], rotation: int = 0) -> None:
        self.path, self.base_sizes = path, list(sizes)
        self.rotation = normal(rotation)
        self.sizes = [turned_size(size, self.rotation) for size in self.base_sizes]
        self.marks = {}
        self.highlights = {}
        self.found, self.found_current = {}, None
        self.failed_pages = {}
        self._current = -1
        self._pinned = None
        self._relayout()
        self.verticalScrollBar().setValue(0)
        self.viewport().update()
        self._schedule_requests()

    def clear(self) -> None:
        self.set_document("", [])

    def set_rotation(self, rotation: int) -> None:
        """Turn every page of the document (clockwise degrees), keeping the page in view."""
        rotation = normal(rotation)
        if rotation == self.rotation:
            return
        page = self.current_page()
        self.rotation = rotation
        self.sizes = [turned_size(size, rotation) for size in self.base_sizes]
        self._pinned = None
        self._relayout()
        self.go_to(page)

    def view_box(self, index: int, box: Box) -> QRectF:
        """A box in points on the unturned page as a rectangle in content pixels on the shown page."""
        x0, top, x1, bottom = to_view(box, self.base_sizes[index], self.rotation)
        rect, s = self.page_rect(index), self.scale()
        return QRectF(rect.left() + x0 * s, rect.top() + top * s, (x1 - x0) * s, (bottom - top) * s)

    def _cache_path(self, rotation: int | None = None) -> str:
        """The cache keys a document's renderings by path and turn (unturned: the path alone)."""
        return document_key(self.path, self.rotation if rotation is None else rotation)

    def scale(self) -> float:
        """Logical pixels per point."""
        if self.fit_width and self.sizes:
            widest = max(w for w, _h in self.sizes)
            return max(0.1, (self.viewport().width() - 2 * MARGIN) / max(widest, 1.0))
        return self.zoom

    def set_zoom(self, zoom: float) -> None:
        anchor = self._anchor()
        self.fit_width = False
        self.zoom = max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], zoom))
        self._relayout()
        self._restore_anchor(anchor)

    def set_fit_width(self) -> None:
        anchor = self._anchor()
        self.fit_width = True
        self._relayout()
        self._restore_anchor(anchor)

    def step_zoom(self, direction: int) -> None:
        current = self.scale()
        if direction > 0:
            target = next((z for z in ZOOM_STEPS if z > current + 0.01), ZOOM_STEPS[-1])
        else:
            target = next((z for z in reversed(ZOOM_STEPS) if z < current - 0.01), ZOOM_STEPS[0])
        self.set_zoom(target)

    def page_rect(self, index: int) -> QRect:
        """The page's rectangle in content coordinates (logical pixels)."""
        s = self.scale()
        w, h = self.sizes[index]
        width, height = round(w * s), round(h * s)
        total = self._content_width()
        return QRect((total - width) // 2, self._tops[index], width, height)

    def _content_width(self) -> int:
        s = self.scale()
        widest = max((w for w, _h in self.sizes), default=0.0)
        return max(self.viewport().width(), round(widest * s) + 2 * MARGIN)

    def _relayout(self) -> None:
        s = self.scale()
        y = MARGIN
        self._tops = []
        for _w, h in self.sizes:
            self._tops.append(y)
            y += round(h * s) + GAP
        height = y - GAP + MARGIN if self.sizes else 0
        vbar, hbar = self.verticalScrollBar(), self.horizontalScrollBar()
        vbar.setRange(0, max(0, height - self.viewport().height()))
        vbar.setPageStep(self.viewport().height())
        vbar.setSingleStep(40)
        hbar.setRange(0, max(0, self._content_width() - self.viewport().width()))
        hbar.setPageStep(self.viewport().width())
        self.viewport().update()
        self._schedule_requests()

    def _anchor(self) -> tuple[int, float] | tuple[int, float | None, int]:
        """The page at the top of the view and how far into it, to keep in place on zoom.

        While the view is where :meth:`go_to` put it, that target is kept instead.
        """
        if not self.sizes:
            return 0, 0.0
        pinned = self._pinned_page()
        if pinned is not None:
            return pinned
        index = self.page_at(self.verticalScrollBar().value())
        rect = self.page_rect(index)
        return index, (self.verticalScrollBar().value() - rect.top()) / max(rect.height(), 1)

    def _restore_anchor(self, anchor: tuple[int, float] | tuple[int, float | None, int]) -> None:
        if len(anchor) == 3:
            self.go_to(anchor[0] + 1, anchor[1])
            return
        index, fraction = anchor
        if self.sizes:
            rect = self.page_rect(min(index, len(self.sizes) - 1))
            self.verticalScrollBar().setValue(round(rect.top() + fraction * rect.height()))

    def page_at(self, y: int) -> int:
        """The index of the page at content height ``y``."""
        index = 0
        for i, top in enumerate(self._tops):
            if top <= y + GAP:
                index = i
            else:
                break
        return index

    def current_page(self) -> int:
        """1-based: the page :meth:`go_to` showed while the view stays there, else the page at the top."""
        if not self.sizes:
            return 0
        pinned = self._pinned_page()
        if pinned is not None:
            return pinned[0] + 1
        return self.page_at(self.verticalScrollBar().value() + 4 * GAP) + 1

    def _pinned_page(self) -> tuple[int, float | None, int] | None:
        """The last :meth:`go_to` target while the view has not moved since (and it is in view)."""
        pinned = self._pinned
        if pinned is None or pinned[2] != self.verticalScrollBar().value() or pinned[0] >= len(self.sizes):
            return None
        return pinned if pinned[0] in self.visible_pages() else None

    def go_to(self, page: int, y_pt: float | None = None) -> None:
        """Scroll so that the 1-based ``page`` (at ``y_pt`` points from its top) is at the top."""
        if not self.sizes:
            return
        index = max(0, min(len(self.sizes) - 1, page - 1))
        rect = self.page_rect(index)
        offset = 0 if y_pt is None else max(0, round(y_pt * self.scale()) - 3 * GAP)
        vbar = self.verticalScrollBar()
        value = max(vbar.minimum(), min(vbar.maximum(), rect.top() - (MARGIN if y_pt is None else 0) + offset))
        self._pinned = (index, y_pt, value)
        vbar.setValue(value)
        self._update_current()

    def visible_pages(self) -> list[int]:
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        return [i for i, t in enumerate(self._tops) if t < bottom and t + self.page_rect(i).height() > top]

    def render_width(self, index: int) -> int:
        return max(1, round(self.page_rect(index).width() * self.devicePixelRatioF()))

    # --- requests ---------------------------------------------------------------------------

    def _schedule_requests(self) -> None:
        self._request_timer.start()

    def _on_request_timer_timeout(self) -> None:
        if not self.path or not self.sizes:
            return
        visible = self.visible_pages()
        if not visible:
            return
        order = list(visible)
        for step in range(1, PREFETCH + 1):
            order += [visible[-1] + step, visible[0] - step]
        order = [i for i in dict.fromkeys(order) if 0 <= i < len(self.sizes)]
        key = self._cache_path()
        missing = [i for i in order if self.cache.get((key, i, self.render_width(i))) is None
                   and i not in self.failed_pages]  # a page that stopped the renderer is not asked again
        # Each page at its own width: a landscape page among portrait ones is wider.
        self.renderer.want(self.path, missing, [self.render_width(i) for i in missing],
                           self.rotation)  # fmt: skip  (drops wants scrolled past)

    def _on_renderer_page_ready(self, page: RenderedPage) -> None:
        path, index, width, height = page.path, page.index, page.width, page.height
        image = QImage(page.data, width, height, page.stride, QImage.Format.Format_BGR888).copy()
        image.setDevicePixelRatio(self.devicePixelRatioF())
        # Keyed by the width asked for (PDFium may round a pixel differently). A thumbnail is kept
        # too: painted scaled up for the moment a page jumped to from the sidebar is not ready.
        if path == self.path and page.rotation == self.rotation and 0 <= index < len(self.sizes):
            key_width = self.render_width(index)
            if abs(key_width - width) <= 2:
                width = key_width
        self.cache.put((document_key(path, page.rotation), index, width), image)
        if path == self.path and page.rotation == self.rotation and index in self.visible_pages():
            self.viewport().update()

    def _on_renderer_page_failed(self, path: str, index: int, reason: str) -> None:
        if path != self.path or not 0 <= index < len(self.sizes):
            return
        if reason == "too_slow":
            self.failed_pages[index] = self.tr("Siden kunne ikke vises: den tog for lang tid at tegne.")
        else:
            self.failed_pages[index] = self.tr("Siden kunne ikke vises. Den kan være beskadiget.")
        self.viewport().update()
        self._schedule_requests()  # the pages after it go on

    def _on_scroll_value_changed(self, _value: int) -> None:
        self.viewport().update()
        self._schedule_requests()
        self._update_current()

    def _update_current(self) -> None:
        page = self.current_page()
        if page != self._current:
            self._current = page
            self.current_page_changed.emit(page)

    # --- painting and input -----------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.fillRect(event.rect(), BACKGROUND)
        if not self.sizes:
            return
        dx, dy = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for index in self.visible_pages():
            rect = self.page_rect(index).translated(-dx, -dy)
            painter.fillRect(rect.translated(2, 3), QColor(0, 0, 0, 60))
            image = self.cache.get((self._cache_path(), index, self.render_width(index)))
            if image is None:
                image = self.cache.any_width(self._cache_path(), index)
            if image is not None:
                painter.drawImage(QRectF(rect), image)
            else:
                painter.fillRect(rect, Qt.GlobalColor.white)
                painter.setPen(QColor("#9aa0a6"))
                label = self.tr("Side %1").replace("%1", str(index + 1))
                if index in self.failed_pages:
                    painter.setPen(QColor("#b3261e"))
                    label += "\n\n" + self.failed_pages[index]
                flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
                painter.drawText(rect.adjusted(24, 24, -24, -24), int(flags), label)
            shift = QPointF(-dx, -dy)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)  # ink stays black
            for box, color in self.highlights.get(index, []):
                painter.fillRect(self.view_box(index, box).translated(shift).adjusted(-1, -1, 1, 1), color)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
            for box in self.marks.get(index, []):
                painter.fillRect(self.view_box(index, box).translated(shift).adjusted(-2, -2, 2, 2), HIT_COLOR)
            current = self.found_current[1] if self.found_current and self.found_current[0] == index else []
            for box in self.found.get(index, []):
                color = FOUND_CURRENT_COLOR if box in current else FOUND_COLOR
                painter.fillRect(self.view_box(index, box).translated(shift).adjusted(-1, -1, 1, 1), color)

        if self._drag is not None:
            painter.setPen(QColor("#1a73e8"))
            painter.fillRect(QRect(*self._drag).normalized(), QColor(26, 115, 232, 40))
            painter.drawRect(QRect(*self._drag).normalized())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.sizes:
            point = event.position().toPoint()
            self._drag = (point, point)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None:
            self._drag = (self._drag[0], event.position().toPoint())
            self.viewport().update()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        self.viewport().update()
        if drag is not None and (drag[1] - drag[0]).manhattanLength() > 6:
            self.select_area(QRect(drag[0], drag[1]).normalized())
        super().mouseReleaseEvent(event)

    def select_area(self, area: QRect) -> None:
        """Report the part of one page that a viewport rectangle covers, in points from its top-left."""
        dx, dy = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        content = area.translated(dx, dy)
        for index in self.visible_pages():
            page = self.page_rect(index)
            if page.intersects(content):
                part = page.intersected(content).translated(-page.left(), -page.top())
                s = self.scale()
                turned = (part.left() / s, part.top() / s, part.right() / s, part.bottom() / s)
                self.area_selected.emit(index, from_view(turned, self.base_sizes[index], self.rotation))
                return

    def resizeEvent(self, event: QResizeEvent) -> None:
        anchor = self._anchor()
        super().resizeEvent(event)
        self._relayout()
        if self.fit_width:
            self._restore_anchor(anchor)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.step_zoom(1 if event.angleDelta().y() > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if event.matches(QKeySequence.StandardKey.Find):  # the window's Ctrl+F sends it here too
            self.find_requested.emit()
        elif key == Qt.Key.Key_PageDown:
            self.go_to(self.current_page() + 1)
        elif key == Qt.Key.Key_PageUp:
            self.go_to(self.current_page() - 1)
        elif key == Qt.Key.Key_Home:
            self.go_to(1)
        elif key == Qt.Key.Key_End:
            self.go_to(len(self.sizes))
        else:
            super().keyPressEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(640, 800)


class PageView(QWidget):
    """Toolbar (document, page, zoom, fit width, turn, outline, external viewer) over a :class:`PageCanvas`.

    Signals (besides those in the module docstring): ``rotation_changed(str, int)`` — the member
    turned this document to this many degrees (remembered by the owner);
    ``found_stepped(int, int)`` — find or search hits: the occurrence now shown (1-based) and how many.
    """

    external_requested = Signal(str, int)
    page_changed = Signal(str, int)
    quote_selected = Signal(str, int, str, str, str)
    page_note_requested = Signal(str, int)
    rotation_changed = Signal(str, int)
    found_stepped = Signal(int, int)

    def __init__(self, renderer: PageRenderer | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.renderer = renderer or PageRenderer(self)
        self._sizes: dict[str, list[tuple[float, float]]] = {}
        self._target: tuple[str, int, list[str]] | None = None  # path, page, texts to find
        self._documents: list[tuple[str, str]] = []  # (label, path or "")
        self.home: tuple[str, int, list[str]] | None = None  # the item's place in the first document
        self._annotatable = False
        self._pending_highlights: tuple[str, list[tuple[int, str, str]]] | None = None
        self._highlight_round = 0  # highlights found in an older round (another document) are dropped
        self.rotations: dict[str, int] = {}  # the member's turn per document (file name → degrees)
        self._found: list[tuple[int, list[Box]]] = []  # find in the PDF / search hits, in reading order
        self._found_position = -1
        self._found_waiting: dict[str, list[tuple[int, list[Box]]] | None] = {}  # texts asked → answers
        self._found_page = 0  # search hits: start stepping from this page (the item's)
        self.found_kind = ""  # "find" (the find bar) or "hits" (a search's words)
        self._pending_hits: tuple[list[str], int] | None = None  # for a document still opening
        self._setup_ui()
        self._connect_signals()

    def _retranslate_ui(self) -> None:
        """The bar's texts in the current language (at start and on a language switch)."""
        self.document_box.setAccessibleName(self.tr("Dokument"))
        self.page_box.setAccessibleName(self.tr("Side"))
        for button, text, tip in (
            (self.previous_button, None, self.tr("Forrige side (Page Up)")),
            (self.next_button, None, self.tr("Næste side (Page Down)")),
            (self.zoom_out_button, None, self.tr("Zoom ud")),
            (self.zoom_in_button, None, self.tr("Zoom ind")),
            (self.fit_button, self.tr("Bredde"), self.tr("Tilpas siden til vinduets bredde")),
            (self.rotate_left_button, None, self.tr("Drej siderne mod uret")),
            (self.rotate_right_button, None, self.tr("Drej siderne med uret")),
            (self.sidebar_button, None, self.tr("Vis sidernes miniaturer og dokumentets indhold i en sidebjælke")),
            (self.note_button, self.tr("Note"), self.tr("Skriv en note til denne side")),
            (self.external_button, self.tr("Ekstern"), self.tr("Åbn filen i systemets PDF-fremviser")),
        ):
            if text is not None:
                button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_ui()
        super().changeEvent(event)

    def _setup_ui(self) -> None:
        self.document_box = QComboBox()
        self.document_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.document_box.setMinimumContentsLength(8)
        self.previous_button = self._button("‹", "")
        self.next_button = self._button("›", "")
        self.page_box = QSpinBox()
        self.page_box.setMinimum(1)
        self.page_box.setKeyboardTracking(False)
        self.page_count = QLabel()
        self.page_count.setTextFormat(Qt.TextFormat.PlainText)
        self.page_count.setContentsMargins(4, 0, 2, 0)  # "2 af 15", not "2af 15" against the box
        self.zoom_out_button = self._button("−", "")
        self.zoom_label = QLabel()
        self.zoom_label.setTextFormat(Qt.TextFormat.PlainText)
        self.zoom_label.setMinimumWidth(44)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in_button = self._button("+", "")
        self.fit_button = self._button("", "")
        self.fit_button.setCheckable(True)
        self.rotate_left_button = self._button("⟲", "")
        self.rotate_right_button = self._button("⟳", "")
        self.sidebar_button = self._button("☰", "")
        self.sidebar_button.setCheckable(True)
        self.note_button = self._button("", "")
        self.note_button.setVisible(False)
        self.external_button = self._button("", "")
        self._retranslate_ui()
        # The document box shares the bar when there is room for its label and gets a row of
        # its own above when there is not ("Mødets do…" beside the page and zoom controls).
        self.document_row = QHBoxLayout()
        self.document_row.setContentsMargins(6, 4, 6, 0)
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 6, 4)
        self.bar = bar
        self._document_own_row = False
        bar.addWidget(self.sidebar_button)
        bar.addWidget(self.document_box, 1)
        for widget in (self.previous_button, self.page_box, self.page_count, self.next_button):
            bar.addWidget(widget)
        bar.addSpacing(8)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_button,
                       self.rotate_left_button, self.rotate_right_button):  # fmt: skip
            bar.addWidget(widget)
        bar.addSpacing(8)
        bar.addWidget(self.note_button)
        bar.addWidget(self.external_button)
        bar.addStretch(0)  # takes the spare width when the document box has a row of its own
        self.canvas = PageCanvas(self.renderer)
        self.find_bar = PageFindBar()
        self.sidebar = PageSidebar(self.renderer)
        self.sidebar.hide()
        self.pages = QSplitter()  # sidebar | pages
        self.pages.addWidget(self.sidebar)
        self.pages.addWidget(self.canvas)
        self.pages.setStretchFactor(1, 1)
        self.pages.setChildrenCollapsible(False)
        self.sidebar.setMinimumWidth(SIDEBAR_MIN)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(self.document_row)
        layout.addLayout(bar)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message, 1)
        self._update_controls()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_document_box()

    def _place_document_box(self) -> None:
        """The document box in the bar if its longest label fits beside the controls, else above them."""
        metrics = self.document_box.fontMetrics()
        labels = [label for label, _path in self._documents] or [""]
        wanted = min(max(metrics.horizontalAdvance(label) for label in labels) + DOCUMENT_BOX_CHROME,
                     DOCUMENT_BOX_MAX)  # fmt: skip
        controls = self.bar.sizeHint().width() - (0 if self._document_own_row else self.document_box.sizeHint().width())
        own_row = self.width() < controls + wanted
        if own_row == self._document_own_row:
            return
        self._document_own_row = own_row
        (self.bar if own_row else self.document_row).removeWidget(self.document_box)
        if own_row:
            self.document_row.addWidget(self.document_box)
        else:
            self.bar.insertWidget(0, self.document_box, 1)
        self.bar.setStretch(self.bar.count() - 1, 1 if own_row else 0)  # else the page box is stretched

    def _button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        return button

    def _connect_signals(self) -> None:
        self.renderer.document_opened.connect(self._on_renderer_document_opened)
        self.renderer.boxes_found.connect(self._on_renderer_boxes_found)
        self.renderer.failed.connect(self._on_renderer_failed)
        self.renderer.text_selected.connect(self._on_renderer_text_selected)
        self.canvas.area_selected.connect(self._on_canvas_area_selected)
        self.note_button.clicked.connect(self._on_note_button_clicked)
        self.canvas.current_page_changed.connect(self._on_canvas_current_page_changed)
        self.document_box.activated.connect(self._on_document_box_activated)
        self.previous_button.clicked.connect(self._on_previous_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.page_box.valueChanged.connect(self._on_page_box_value_changed)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.fit_button.clicked.connect(self.fit_width)
        self.external_button.clicked.connect(self._on_external_button_clicked)
        self.rotate_left_button.clicked.connect(self.rotate_left)
        self.rotate_right_button.clicked.connect(self.rotate_right)
        self.sidebar_button.toggled.connect(self._on_sidebar_button_toggled)
        self.sidebar.page_requested.connect(self.go_to)
        self.renderer.outline_read.connect(self._on_renderer_outline_read)
        self.renderer.all_found.connect(self._on_renderer_all_found)
        self.find_bar.find_requested.connect(self._on_find_bar_find_requested)
        self.find_bar.step_requested.connect(self.step_found)
        self.find_bar.closed.connect(self._on_find_bar_closed)
        self.canvas.find_requested.connect(self.open_find)

    # --- what to show -----------------------------------------------------------------------

    def set_documents(self, documents: list[tuple[str, str]]) -> None:
        """The documents offered in the combo box: (label, path; "" for a missing one)."""
        self._documents = list(documents)
        self.document_box.blockSignals(True)
        self.document_box.clear()
        for label, _path in self._documents:
            self.document_box.addItem(label)
        self.document_box.blockSignals(False)
        self.document_box.setVisible(bool(self._documents))
        self._place_document_box()

    def show_document(self, path: Path | str | None, page: int = 1, find: list[str] | None = None) -> None:
        """Show ``path`` at the 1-based ``page``; with ``find``, scroll to and mark that text."""
        key = str(path) if path else ""
        index = next((i for i, (_l, p) in enumerate(self._documents) if p == key and key), -1)
        if index >= 0:
            self.document_box.setCurrentIndex(index)
        if not key:
            self.show_message(self.tr("Der er ingen PDF at vise for dette punkt."))
            return
        self._target = (key, max(1, page), list(find or []))
        sizes = self._sizes.get(key)
        if sizes is None:
            self.renderer.open(key)
        else:
            self._show_target(sizes)

    def set_annotatable(self, on: bool) -> None:
        """Whether the shown document takes notes and highlights (a bilag of the selected item)."""
        self.note_button.setVisible(on)
        self._annotatable = on

    def set_highlights(self, path: str, highlights: list[tuple[int, str, str]]) -> None:
        """Highlights to paint on ``path``: (1-based page, quote, colour); found by PDFium, then drawn.

        A negative page means "somewhere from this page on" (a highlight made on the item's text,
        shown on the meeting's original): the first occurrence at or after that page is drawn.
        """
        if path != self.canvas.path:
            self._pending_highlights = (path, list(highlights))
            return
        self._pending_highlights = None
        self._highlight_round += 1
        self.canvas.highlights = {}
        self.canvas.viewport().update()
        for page, exact, color in highlights:
            if not exact.strip():
                continue
            if 0 < page <= len(self.canvas.sizes):
                self.renderer.find(path, page - 1, [exact], f"hl:{color}")
            elif page < 0:
                self.renderer.find_all(path, exact, f"hl:{self._highlight_round}:{-page}:{color}")

    def show_message(self, text: str) -> None:
        self._target = None
        self.canvas.clear()
        self.sidebar.set_document("", [])
        self.pages.hide()
        self.message.setText(text)
        self.message.show()
        self._update_controls()

    def current_path(self) -> str:
        return self.canvas.path

    def current_page(self) -> int:
        return self.canvas.current_page()

    # --- zoom and pages (also the window's Zoom actions when this view is shown) ------------

    def zoom_in(self) -> None:
        self.canvas.step_zoom(1)
        self._update_controls()

    def zoom_out(self) -> None:
        self.canvas.step_zoom(-1)
        self._update_controls()

    def fit_width(self) -> None:
        self.canvas.set_fit_width()
        self._update_controls()

    def go_to(self, page: int) -> None:
        self.canvas.go_to(page)

    def zoom_percent(self) -> int:
        """The zoom to remember: percent, or 0 for fit width."""
        return 0 if self.canvas.fit_width else round(self.canvas.zoom * 100)

    def set_zoom_percent(self, percent: int) -> None:
        """Restore a remembered zoom (0 or anything unreadable: fit width)."""
        if isinstance(percent, int) and 10 <= percent <= 1000:
            self.canvas.set_zoom(percent / 100)
        else:
            self.canvas.set_fit_width()
        self._update_controls()

    # --- slots ------------------------------------------------------------------------------

    def _show_target(self, sizes: list[tuple[float, float]]) -> None:
        if self._target is None:
            return
        path, page, texts = self._target
        self.message.hide()
        self.pages.show()
        if path != self.canvas.path:
            self.canvas.set_document(path, sizes, self.rotations.get(Path(path).name, 0))
            self._clear_found()
            self.renderer.read_outline(path)
            self.sidebar.set_document(path, sizes, self.canvas.rotation)
            if self._pending_hits is not None:
                self.mark_hits(*self._pending_hits)
            if self._pending_highlights is not None and self._pending_highlights[0] == path:
                self.set_highlights(*self._pending_highlights)
        self.canvas.marks = {}
        self.canvas.go_to(page)
        self.sidebar.set_current_page(self.canvas.current_page())
        if texts:
            self.renderer.find(path, page - 1, texts)
        self._update_controls()
        self.page_changed.emit(path, self.canvas.current_page())

    def _on_renderer_document_opened(self, path: str, sizes: list[tuple[float, float]]) -> None:
        self._sizes[path] = list(sizes)
        if self._target is not None and self._target[0] == path:
            if not self._sizes[path]:
                self.show_message(self.tr("PDF-filen har ingen sider."))
                return
            self._show_target(self._sizes[path])

    def _on_renderer_boxes_found(self, path: str, index: int, boxes: list[tuple[float, float, float, float]],
                                 tag: str) -> None:  # fmt: skip
        if tag.startswith("hl:"):
            if path == self.canvas.path and boxes:
                color = QColor(tag[3:])
                color.setAlpha(HIGHLIGHT_ALPHA)
                self.canvas.highlights.setdefault(index, []).extend((b, color) for b in boxes)
                self.canvas.viewport().update()
            return
        target = self._target
        if target is None or target[0] != path or target[1] - 1 != index or path != self.canvas.path:
            return
        found = list(boxes)
        if found:
            self.canvas.marks = {index: found}
            size = self.canvas.base_sizes[index]
            self.canvas.go_to(index + 1, min(to_view(b, size, self.canvas.rotation)[1] for b in found))
            self.canvas.viewport().update()

    def _on_renderer_failed(self, path: str, _reason: str) -> None:
        if self._target is not None and self._target[0] == path and path not in self._sizes:
            self.show_message(self.tr("PDF-filen kunne ikke vises. Den kan være beskadiget."))
        elif path == self.canvas.path:
            self.canvas.viewport().update()

    def _on_canvas_area_selected(self, index: int, rect: tuple[float, float, float, float]) -> None:
        if self._annotatable and self.canvas.path:
            self.renderer.select(self.canvas.path, index, rect)

    def _on_renderer_text_selected(self, path: str, index: int, exact: str, prefix: str, suffix: str,
                                   _boxes: object) -> None:  # fmt: skip
        if path == self.canvas.path and exact.strip():
            self.quote_selected.emit(path, index + 1, exact, prefix, suffix)

    def _on_note_button_clicked(self) -> None:
        if self.canvas.path:
            self.page_note_requested.emit(self.canvas.path, self.canvas.current_page())

    def _on_canvas_current_page_changed(self, page: int) -> None:
        self._update_controls()
        self.sidebar.set_current_page(page)
        if self.canvas.path:
            self.page_changed.emit(self.canvas.path, page)

    def _on_document_box_activated(self, index: int) -> None:
        if 0 <= index < len(self._documents):
            label, path = self._documents[index]
            if path and index == 0 and self.home is not None and self.home[0] == path:
                self.show_document(*self.home)  # back to the meeting's document: the item's page
            elif path:
                self.show_document(path, 1)
            else:
                self.show_message(self.tr("%1 mangler: filen er ikke hentet eller importeret.").replace("%1", label))

    def _on_previous_button_clicked(self) -> None:
        self.canvas.go_to(self.canvas.current_page() - 1)

    def _on_next_button_clicked(self) -> None:
        self.canvas.go_to(self.canvas.current_page() + 1)

    def _on_page_box_value_changed(self, page: int) -> None:
        self.canvas.go_to(page)

    def _on_external_button_clicked(self) -> None:
        if self.canvas.path:
            self.external_requested.emit(self.canvas.path, self.canvas.current_page())

    # --- turning, outline, find ---------------------------------------------------------------

    def rotate_left(self) -> None:
        self._rotate(-90)

    def rotate_right(self) -> None:
        self._rotate(90)

    def _rotate(self, delta: int) -> None:
        path = self.canvas.path
        if not path:
            return
        rotation = normal(self.canvas.rotation + delta)
        self.rotations[Path(path).name] = rotation
        self.canvas.set_rotation(rotation)
        self.sidebar.set_rotation(rotation)
        self._update_controls()
        self.rotation_changed.emit(path, rotation)

    def open_find(self) -> None:
        """Ctrl+F on the page view: find in the open PDF."""
        if self.canvas.path:
            self.find_bar.open_bar()

    def mark_hits(self, texts: list[str], from_page: int = 1) -> None:
        """Mark every occurrence of ``texts`` (a search's words) in the shown PDF; F3 steps from ``from_page``."""
        self._clear_found()
        if self._target is not None and self._target[0] != self.canvas.path:
            self._pending_hits = (list(texts), from_page)  # marked once the document is shown
            return
        self._pending_hits = None
        path = self.canvas.path
        texts = [t for t in dict.fromkeys(" ".join(t.split()) for t in texts) if t]
        if not path or not texts:
            return
        self.found_kind = "hits"
        self._found_page = from_page
        self._found_waiting = dict.fromkeys(texts)
        for text in texts:
            self.renderer.find_all(path, text, "hits")

    def has_found(self) -> bool:
        """There are occurrences to step through (or still coming)."""
        return bool(self._found) or bool(self._found_waiting)

    def step_found(self, delta: int) -> None:
        """Go to the next (+1) or previous (-1) occurrence, marking it; ``found_stepped`` tells where."""
        if not self._found:
            return
        if self._found_position < 0:
            at = next((n for n, (index, _b) in enumerate(self._found) if index + 1 >= self._found_page), 0)
            self._found_position = at if delta > 0 else (at - 1) % len(self._found)
        else:
            self._found_position = (self._found_position + delta) % len(self._found)
        index, boxes = self._found[self._found_position]
        self.canvas.found_current = (index, boxes)
        top = min((to_view(b, self.canvas.base_sizes[index], self.canvas.rotation)[1] for b in boxes), default=None)
        self.canvas.go_to(index + 1, top)
        self.canvas.viewport().update()
        self.find_bar.show_position(self._found_position + 1, len(self._found))
        self.found_stepped.emit(self._found_position + 1, len(self._found))

    def _clear_found(self) -> None:
        self._found, self._found_position, self._found_waiting = [], -1, {}
        self.canvas.found, self.canvas.found_current = {}, None
        self.canvas.viewport().update()

    def _on_find_bar_find_requested(self, text: str) -> None:
        self._clear_found()
        if self.canvas.path:
            self._found_page = self.canvas.current_page()
            self.found_kind = "find"
            self._found_waiting = {text: None}
            self.renderer.find_all(self.canvas.path, text, "find")

    def _on_find_bar_closed(self) -> None:
        self._clear_found()
        self.canvas.setFocus()

    def _on_renderer_all_found(self, path: str, text: str, found: object, tag: str) -> None:
        occurrences = list(found)  # type: ignore[call-overload]
        if tag.startswith("hl:"):
            self._on_highlight_found(path, occurrences, tag)
            return
        if path != self.canvas.path or text not in self._found_waiting:
            return
        self._found_waiting[text] = occurrences
        if any(v is None for v in self._found_waiting.values()):
            return  # more words to come
        merged = sorted((o for v in self._found_waiting.values() if v for o in v),
                        key=lambda o: (o[0], min(b[1] for b in o[1]) if o[1] else 0.0))  # fmt: skip
        self._found_waiting = {}
        self._found = [o for o in merged if o[1]]
        for index, boxes in self._found:
            self.canvas.found.setdefault(index, []).extend(boxes)
        self.canvas.viewport().update()
        if tag == "find":
            if self._found:
                self.step_found(1)
            else:
                self.find_bar.show_position(0, 0)
        else:
            self.found_stepped.emit(0, len(self._found))

    def _on_highlight_found(self, path: str, occurrences: list[tuple[int, list[Box]]], tag: str) -> None:
        _hl, round_, page, color_name = tag.split(":", 3)
        if path != self.canvas.path or int(round_) != self._highlight_round or not occurrences:
            return
        index, boxes = next((o for o in occurrences if o[0] + 1 >= int(page)), occurrences[0])
        color = QColor(color_name)
        color.setAlpha(HIGHLIGHT_ALPHA)
        self.canvas.highlights.setdefault(index, []).extend((b, color) for b in boxes)
        self.canvas.viewport().update()

    def _on_renderer_outline_read(self, path: str, outline: object) -> None:
        if path == self.canvas.path:
            self.sidebar.set_outline(list(outline))  # type: ignore[call-overload]

    def _on_sidebar_button_toggled(self, on: bool) -> None:
        self.sidebar.setVisible(on)
        if on and sum(self.pages.sizes()) > 0:
            total = sum(self.pages.sizes())
            side = max(SIDEBAR_MIN, min(SIDEBAR_MAX, total // 4))
            self.pages.setSizes([side, total - side])

    def _update_controls(self) -> None:
        count = len(self.canvas.sizes)
        has = count > 0
        self.page_box.setMaximum(max(1, count))
        self.page_box.blockSignals(True)
        self.page_box.setValue(max(1, self.canvas.current_page()))
        self.page_box.blockSignals(False)
        self.page_count.setText(self.tr("af %1").replace("%1", str(count)) if has else "")
        for widget in (self.previous_button, self.next_button, self.page_box, self.zoom_in_button,
                       self.zoom_out_button, self.fit_button, self.external_button, self.rotate_left_button,
                       self.rotate_right_button, self.sidebar_button):  # fmt: skip
            widget.setEnabled(has)
        self.fit_button.setChecked(self.canvas.fit_width)
        self.zoom_label.setText(f"{round(self.canvas.scale() * 100)} %" if has else "")

    def sizeHint(self) -> QSize:
        return QSize(640, 800)
