"""Benchmark: the page view's thumbnails on a 108-page bilag (the size of the longest real one).

Measures, with the sidebar open beside the pages:

* how long until every thumbnail in the list's view is drawn after the sidebar opens;
* how many thumbnails are rendered when the member flings the list from top to bottom
  (20 scroll steps, 40 ms apart) — the rows where the list comes to rest, not all 108 — and
  when they scroll slowly (20 steps, 300 ms apart: each resting place's rows);
* whether the thumbnails slow down reading: Page Down through pages 1→30 with the sidebar
  open and closed (each step waits until the new page is painted);
* the GUI thread's longest stall meanwhile: a 5 ms timer's largest gap between ticks (the
  thumbnails arrive as pixels from the child; the window only copies them into images).

Usage: python bench/thumbnails.py [--pages 108]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.services.pages import THUMBNAILS, RenderedPage  # noqa: E402
from app.ui.page_view import PageView  # noqa: E402
from bench.pages import build, wait_shown  # noqa: E402


class StallProbe:
    """A 5 ms timer; the largest gap between its ticks is the GUI thread's longest stall."""

    def __init__(self) -> None:
        self.last = time.perf_counter()
        self.worst = 0.0
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now


def spin(app: QApplication, until: object, timeout: float = 20.0) -> None:
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        app.processEvents()
        if until():  # type: ignore[operator]
            return
        time.sleep(0.0005)
    raise TimeoutError("not done in time")


def page_down(app: QApplication, view: PageView, path: Path) -> list[float]:
    steps = []
    for page in range(2, 31):
        t0 = time.perf_counter()
        view.canvas.go_to(page)
        wait_shown(app, view, path, page)
        steps.append((time.perf_counter() - t0) * 1000)
    return steps


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=108)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        paths = [Path(tmp) / f"bilag{n}.pdf" for n in range(3)]
        for path in paths:
            build(path, args.pages)
        view = PageView()
        view.resize(1000, 860)
        view.show()
        rendered: list[RenderedPage] = []
        view.renderer.page_ready.connect(lambda page: rendered.append(page) if page.lane == THUMBNAILS else None)
        view.show_document(paths[0], 1)
        wait_shown(app, view, paths[0], 1)
        probe_closed = StallProbe()
        closed = page_down(app, view, paths[0])  # the sidebar closed: the pages alone
        stall_closed = probe_closed.worst * 1000
        probe_closed.timer.stop()

        view.show_document(paths[1], 1)
        wait_shown(app, view, paths[1], 1)
        probe = StallProbe()
        thumbnails = view.sidebar.thumbnails
        t0 = time.perf_counter()
        view.sidebar_button.setChecked(True)
        spin(app, lambda: bool(thumbnails.rows_in_view())
             and all(r in thumbnails.model_.images for r in thumbnails.rows_in_view()))  # fmt: skip
        first = (time.perf_counter() - t0) * 1000
        in_view = len(thumbnails.rows_in_view())
        bar = thumbnails.verticalScrollBar()
        counts = []
        for pause, path in ((0.04, paths[1]), (0.3, paths[2])):
            if path != paths[1]:
                view.show_document(path, 1)
                wait_shown(app, view, path, 1)
                bar.setValue(0)
                spin(app, lambda: view.renderer.pending() == 0)
            rendered.clear()
            for step in range(1, 21):  # top to bottom
                bar.setValue(bar.maximum() * step // 20)
                end = time.perf_counter() + pause
                while time.perf_counter() < end:
                    app.processEvents()
                    time.sleep(0.001)
            rest = time.perf_counter() + 0.2  # the list at rest: its rows are asked for after SETTLE_MS
            spin(app, lambda rest=rest: time.perf_counter() > rest and view.renderer.pending() == 0)
            counts.append(len({p.index for p in rendered if p.path == str(path)}))
        opened = page_down(app, view, paths[2])  # the sidebar open, its thumbnails following along
        spin(app, lambda: view.renderer.pending() == 0)
        stall = probe.worst * 1000
        view.renderer.stop()

    def p95(values: list[float]) -> float:
        return sorted(values)[max(0, int(len(values) * 0.95) - 1)]

    print(f"{args.pages}-page PDF, page view 1000×860, sidebar open")
    print(f"thumbnails in view ({in_view}) drawn {first:.0f} ms after the sidebar opened")
    print(f"fling top → bottom, 20 steps 40 ms apart: {counts[0]} of {args.pages} thumbnails rendered")
    print(f"slow scroll top → bottom, 20 steps 300 ms apart: {counts[1]} of {args.pages} rendered")
    print(f"Page Down, sidebar closed: median {statistics.median(closed):.1f} ms, p95 {p95(closed):.1f} ms")
    print(f"Page Down, sidebar open:   median {statistics.median(opened):.1f} ms, p95 {p95(opened):.1f} ms")
    print(f"longest GUI stall: sidebar closed {stall_closed:.1f} ms, open {stall:.1f} ms")


if __name__ == "__main__":
    main()
