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

from PySide6.QtCore import QByteArray, QEvent, QObject, QTimer
from PySide6.QtWidgets import QSplitter, QWidget

from app.services import settings as keys
from app.ui import window_layout

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


MAX_SHARES_TEXT = 100  # "0.2559 0.5296 0.2145" is 20 characters
MIN_SHARE = 0.01  # a pane's share below this is not a layout anyone chose


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
        if isinstance(geometry, QByteArray | bytes) and geometry:  # anything else: Qt's default place
            window.restoreGeometry(geometry)
        self._saved_panes = self._saved_shares()
        window.view.set_zoom(self.settings.get(keys.ZOOM))
        window.centre.page_view.rotations = self.settings.page_rotations()
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
        """The panes' shares in thousandths (from the shares key, else an older release's splitter state).

        The older release's pixels are read only while no shares are saved: converted once, at
        the first close. The old key is left as it was, so going back to that release keeps its layout.
        """
        shares = shares_from_text(self.settings.get(keys.SPLITTER_SHARES))
        if shares is not None:
            return [round(share * 1000) for share in shares]
        return sizes_from_splitter_state(self.settings.get(keys.SPLITTER))

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
        self.settings.set_json(keys.PAGE_ROTATIONS, dict(list(turned.items())[-keys.MAX_ROTATIONS:]))

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


def shares_from_text(value: object) -> list[float] | None:
    """Three shares of the width from the stored text ("0.2559 0.5296 0.2145"); None if it is not that.

    The settings file may hold anything (edited by hand, written by another version, damaged):
    a list, a number, NaN, a negative or a megabyte of text all give None, never an exception.
    """
    if not isinstance(value, str) or not value or len(value) > MAX_SHARES_TEXT:
        return None
    try:
        shares = [float(part) for part in value.split()]
    except ValueError:
        return None
    if len(shares) != 3 or not all(MIN_SHARE <= share < 1 for share in shares):  # NaN fails every comparison
        return None
    return shares


def sizes_from_splitter_state(state: object) -> list[int] | None:
    """The three pane widths an older release saved as Qt's splitter state, in proportion; None if unreadable.

    (Read back by a splitter without a width, the pixels come scaled to it: the shares are what counts.)
    """
    if not isinstance(state, QByteArray | bytes) or not state:
        return None
    probe = QSplitter()  # read without the live splitter, which has no width before it is shown
    for _ in range(3):
        probe.addWidget(QWidget())
    sizes = probe.sizes() if probe.restoreState(QByteArray(state)) else []
    probe.deleteLater()
    return sizes if len(sizes) == 3 and all(0 < size < 100_000 for size in sizes) else None
