"""The main window's remembered state: geometry, pane sizes, zoom (text and pages), the last selection.

Kept in the profile's settings (UI-state keys of :mod:`app.services.settings`), restored when
the window opens and saved when it closes. Saved pane sizes are clamped to the window when it
is first shown (:func:`app.ui.window_layout.fit`), so a layout saved on a large screen never
squeezes the reading pane on a small one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.services import settings as keys
from app.ui import window_layout

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


class WindowState:
    """Restores and saves one main window's state."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.settings = window.settings
        self._saved_panes: list[int] | None = None  # sizes to fit to the window when it is shown
        # False for a render-only run (--screenshot, any --window-size): it must not leave its
        # offscreen size behind as the member's layout for the next start.
        self.persist = True

    def restore(self) -> None:
        """Geometry, pane sizes (fitted on first show), zoom, and the item selected last time."""
        window = self.window
        geometry = self.settings.get(keys.GEOMETRY)
        if geometry:
            window.restoreGeometry(geometry)
        splitter = self.settings.get(keys.SPLITTER)
        restored = bool(splitter) and window.splitter.restoreState(splitter) and len(window.splitter.sizes()) == 3
        self._saved_panes = window.splitter.sizes() if restored else None
        window.view.set_zoom(self.settings.get(keys.ZOOM))
        window.centre.page_view.set_zoom_percent(self.settings.get(keys.PAGE_ZOOM))
        last = self.settings.get(keys.LAST_SELECTION)
        if not (last and window.select(str(last))):
            window.select_first_item()

    def fit_panes(self) -> None:
        """Share the splitter's width when the window is shown: saved sizes clamped, the reading pane wins."""
        window_layout.fit(self.window.splitter, self._saved_panes)
        self._saved_panes = self.window.splitter.sizes()

    def save(self) -> None:
        if not self.persist:
            return
        window = self.window
        self.settings.set(keys.GEOMETRY, window.saveGeometry())
        self.settings.set(keys.SPLITTER, window.splitter.saveState())
        self.settings.set(keys.ZOOM, window.view.zoom)
        self.settings.set(keys.PAGE_ZOOM, window.centre.page_view.zoom_percent())
        self.settings.set(keys.LAST_SELECTION, window.current_id)
        self.settings.sync()
