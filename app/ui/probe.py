"""Measurement hook for bench/startup.py: time of first paint, then item-switching times.

Active only when the environment variable ``MOEDEMAPPE_PROBE`` is set; prints one JSON line.
"""

from __future__ import annotations

import json
import statistics
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from app.ui.main_window import MainWindow


class StartupProbe(QObject):
    """Records the wall-clock time of the window's first paint, then switches through items."""

    def __init__(self, window: MainWindow, app: QApplication) -> None:
        super().__init__(window)
        self._window = window
        self._app = app
        self._first_paint: float | None = None
        window.view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._first_paint is None:
            self._first_paint = time.time()
            QTimer.singleShot(0, self._switch_items)
        return False

    def _switch_items(self) -> None:
        ids = self._window.model.item_ids_in_order()[:400:8]
        times = []
        for item_id in ids:
            start = time.perf_counter()
            self._window.select(item_id)
            self._window.view.viewport().repaint()
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        print(
            json.dumps(
                {
                    "first_paint": self._first_paint,
                    "meetings": len(self._window.library.meetings()),
                    "switches": len(times),
                    "switch_ms_median": statistics.median(times) if times else None,
                    "switch_ms_p95": times[int(len(times) * 0.95) - 1] if times else None,
                    "switch_ms_max": times[-1] if times else None,
                }
            ),
            flush=True,
        )
        self._app.quit()
