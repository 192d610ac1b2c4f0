"""The centre of the window: the structured item view and, one tab over, the original's pages.

The page view follows the selection: moving to another item moves the original to the page
where that item's heading stands (the heading itself is marked). It is only brought up to
date while it is shown, so reading the structure costs nothing. The system's PDF viewer stays
available as an extra; when there is none, the window says so instead of failing silently.

Signals: ``message_posted(str)`` — a one-line message for the status bar.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTabWidget, QWidget

from app.services.pages import PageRenderer, original_of_item
from app.services.workspace import Library
from app.ui.item_view import ItemView
from app.ui.messages import no_viewer_message
from app.ui.page_view import PageView

PRESTART_MS = 2500


def open_in_system_viewer(path: Path | str, page: int = 0) -> bool:
    """Ask the desktop to open a file (at a page where the viewer understands ``#page=N``)."""
    url = QUrl.fromLocalFile(str(path))
    if page > 0 and str(path).lower().endswith(".pdf"):
        url.setFragment(f"page={page}")
    return bool(QDesktopServices.openUrl(url))


class OriginalPane(QTabWidget):
    """Tabs "Punkt" (the item view) and "Original" (the page view)."""

    message_posted = Signal(str)

    def __init__(self, library: Library, item_view: ItemView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.item_view = item_view
        self.renderer = PageRenderer(self)
        self.page_view = PageView(self.renderer)
        self._selected = ""
        self._shown = ""  # the selection the page view was last brought to
        self._prestart = QTimer(self)
        self._prestart.setSingleShot(True)
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        self.setDocumentMode(True)
        self.addTab(self.item_view, self.tr("Punkt"))
        self.addTab(self.page_view, self.tr("Original"))
        self.setTabToolTip(1, self.tr("Den oprindelige PDF ved punktets side (Ctrl+Shift+O)"))

    def _connect_signals(self) -> None:
        # The renderer's child starts once the window has settled, so that the first original
        # or bilag opened shows at once (a cold start costs ~0.3 s) without slowing start-up.
        self._prestart.timeout.connect(self.renderer.start)
        self._prestart.start(PRESTART_MS)
        self.currentChanged.connect(self._on_current_changed)
        self.page_view.external_requested.connect(self._on_page_view_external_requested)

    # --- used by the window -----------------------------------------------------------------

    def original_shown(self) -> bool:
        return self.currentWidget() is self.page_view

    def set_selection(self, some_id: str) -> None:
        """The tree's selection changed (an item id or a meeting id)."""
        self._selected = some_id
        if self.original_shown():
            self._sync()

    def show_original(self) -> None:
        self.setCurrentWidget(self.page_view)

    def rendering(self) -> bool:
        """Pages of the shown original are still on their way (offscreen screenshots wait)."""
        return self.original_shown() and self.renderer.pending() > 0

    def toggle_original(self) -> None:
        """Ctrl+Shift+O: from the item to its original page and back."""
        self.setCurrentWidget(self.item_view if self.original_shown() else self.page_view)

    def show_pdf(self, path: Path | str | None, page: int, find: list[str] | None = None) -> None:
        """Show any PDF (a bilag, a search hit) in the page view."""
        self._shown = ""
        self.setCurrentWidget(self.page_view)
        self.page_view.show_document(path, page, find)

    def zoom_in(self) -> None:
        """The window's Zoom actions act on whichever tab is shown."""
        self.page_view.zoom_in() if self.original_shown() else self.item_view.zoom_in()

    def zoom_out(self) -> None:
        self.page_view.zoom_out() if self.original_shown() else self.item_view.zoom_out()

    def reset_zoom(self) -> None:
        self.page_view.fit_width() if self.original_shown() else self.item_view.reset_zoom()

    def shutdown(self) -> None:
        self._prestart.stop()
        self.renderer.stop()

    # --- slots ------------------------------------------------------------------------------

    def _sync(self) -> None:
        if self._selected == self._shown:
            return
        self._shown = self._selected
        path, page, find = original_of_item(self.library, self._selected) if self._selected else (None, 1, [])
        if path is None:
            self.page_view.set_documents([])
            self.page_view.show_message(
                self.tr("Mødet er importeret fra en tekstfil eller kildefilen findes ikke længere; "
                        "der er ingen sider at vise.")
            )  # fmt: skip
            return
        self.page_view.set_documents([(self.tr("Mødets dokument"), str(path))])
        self.page_view.show_document(path, page, find)

    def _on_current_changed(self, _index: int) -> None:
        if self.original_shown():
            self.renderer.start()
            self._sync()

    def _on_page_view_external_requested(self, path: str, page: int) -> None:
        if not open_in_system_viewer(path, page):
            self.message_posted.emit(no_viewer_message())
