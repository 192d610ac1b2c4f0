"""The main window's remembered state: geometry, pane shares, zoom (text and pages), the last selection.

Kept in the profile's settings (UI-state keys of :mod:`app.services.settings`), restored when
the window opens and saved when it closes. The panes are remembered as shares of the width,
not pixels: pixels read back before the window has its size were squeezed to the default
width by Qt (the reading pane lost 220 px a restart), and pixels kept from a wide window left
the tree and the notes panel 450 px wide on a narrow one. Shares are applied when the window
is shown and whenever it is resized (:func:`app.ui.window_layout.fit` clamps them), and they
follow the member's own dragging of a splitter handle.

Also here: the reading mode (F11: the tree and the notes panel hidden, remembered) and the
page view's turn per document.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QSplitter, QWidget

from app.services import settings as keys
from app.ui import window_layout

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


MAX_ROTATIONS = 500  # documents whose turn is remembered


class WindowState(QObject):
    """Restores and saves one main window's state."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.settings = window.settings
        self._saved_panes: list[int] | None = None  # sizes to fit to the window when it is shown
        # False for a render-only run (--screenshot, any --window-size): it must not leave its
        # offscreen size behind as the member's layout for the next start.
        self.persist = True
        window.main_actions.reading_mode_action.toggled.connect(self.set_reading_mode)
        self._refit = QTimer(self)  # after the splitter has shared out a resize its own way
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.fit_panes)

    def restore(self) -> None:
        """Geometry, pane sizes (fitted on first show), zoom, and the item selected last time."""
        window = self.window
        geometry = self.settings.get(keys.GEOMETRY)
        if geometry:
            window.restoreGeometry(geometry)
        self._saved_panes = self._saved_shares()
        window.view.set_zoom(self.settings.get(keys.ZOOM))
        window.centre.page_view.rotations = {
            str(name): int(degrees) for name, degrees in self.settings.get_json(keys.PAGE_ROTATIONS).items()
            if isinstance(degrees, int) and degrees in (90, 180, 270)
        }  # fmt: skip
        window.centre.page_view.rotation_changed.connect(self._on_page_view_rotation_changed)
        window.splitter.splitterMoved.connect(self._on_splitter_moved)
        window.splitter.installEventFilter(self)
        if self.settings.get(keys.READING_MODE):
            self.set_reading_mode(True)
        window.centre.page_view.set_zoom_percent(self.settings.get(keys.PAGE_ZOOM))
        last = self.settings.get(keys.LAST_SELECTION)
        if not (last and window.select(str(last))):
            window.select_first_item()

    def _saved_shares(self) -> list[int] | None:
        """The panes' shares in thousandths (from the shares key, else an older release's splitter state)."""
        text = str(self.settings.get(keys.SPLITTER_SHARES) or "")
        try:
            shares = [float(part) for part in text.split()] if text else []
        except ValueError:
            shares = []
        if len(shares) == 3 and all(0 < share < 1 for share in shares):
            return [round(share * 1000) for share in shares]
        old = self.settings.get(keys.SPLITTER)  # before shares: pixels, read without a live splitter
        probe = QSplitter()
        for _ in range(3):
            probe.addWidget(QWidget())
        sizes = probe.sizes() if old and probe.restoreState(old) else []
        probe.deleteLater()
        return sizes if len(sizes) == 3 and all(size > 0 for size in sizes) else None

    def fit_panes(self) -> None:
        """Share the splitter's width when the window is shown: saved shares clamped, the reading pane wins."""
        if not self.reading_mode:
            window_layout.fit(self.window.splitter, self._saved_panes)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window.splitter and event.type() == QEvent.Type.Resize and self.window.isVisible():
            self._refit.start()  # the window changed size: the panes keep their shares, not their pixels
        return super().eventFilter(watched, event)

    def _on_splitter_moved(self, _position: int, _index: int) -> None:
        """The member dragged a handle: these shares are the ones to keep."""
        if not self.reading_mode:
            self._saved_panes = self.window.splitter.sizes()

    def shares(self) -> list[float]:
        """The panes' current shares of the width (tree, reading pane, notes panel)."""
        sizes = self._saved_panes if self.reading_mode and self._saved_panes else self.window.splitter.sizes()
        total = max(1, sum(sizes))
        return [size / total for size in sizes]

    @property
    def reading_mode(self) -> bool:
        return self.window.tabs.isHidden() and self.window.panel.isHidden()

    def set_reading_mode(self, on: bool) -> None:
        """Hide the tree and the notes panel to read a page at a readable size (F11), or bring them back."""
        window = self.window
        if on == self.reading_mode:
            return
        if on:
            self._saved_panes = window.splitter.sizes()
        window.tabs.setVisible(not on)
        window.panel.setVisible(not on)
        window.main_actions.reading_mode_action.setChecked(on)
        if not on and window.isVisible():
            self.fit_panes()

    def _on_page_view_rotation_changed(self, _path: str, _rotation: int) -> None:
        self.save_rotations()

    def save_rotations(self) -> None:
        turned = {name: degrees for name, degrees in self.window.centre.page_view.rotations.items() if degrees}
        self.settings.set_json(keys.PAGE_ROTATIONS, dict(list(turned.items())[-MAX_ROTATIONS:]))

    def save(self) -> None:
        if not self.persist:
            return
        window = self.window
        self.settings.set(keys.GEOMETRY, window.saveGeometry())
        # Spaces, not commas: QSettings reads a comma-separated value back as a list.
        self.settings.set(keys.SPLITTER_SHARES, " ".join(f"{share:.4f}" for share in self.shares()))
        self.settings.set(keys.READING_MODE, self.reading_mode)
        self.settings.set(keys.ZOOM, window.view.zoom)
        self.settings.set(keys.PAGE_ZOOM, window.centre.page_view.zoom_percent())
        self.settings.set(keys.LAST_SELECTION, window.current_id)
        self.settings.sync()
