"""Benchmark: the page view on a 100-page PDF — first page shown, then paging.

Targets (issue #13): opening a 100-page document shows its first page within 300 ms;
paging stays under 50 ms per page. "Shown" means the rendered page is in the view's cache at
the view's width and has been painted (a synchronous repaint is part of the time).

The renderer child is measured warm (the window starts it when the Original tab first opens)
and, once, cold (process start included). Paging steps through pages 1→40 one page at a time
(Page Down), then jumps at random, each step waiting until the new page is painted.
Usage: python bench/pages.py [--pages 100] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from app.ui.page_view import PageView  # noqa: E402

WORDS = [
    "Udvalget",
    "godkender",
    "indstillingen",
    "om",
    "budget",
    "anlægsbevilling",
    "kvalitetsstandard",
    "borgere",
    "kommunen",
    "forvaltningen",
    "sagsfremstilling",
    "beslutning",
    "økonomi",
    "bilag",
    "høring",
    "tilsyn",
    "plan",
    "vedligeholdelse",
]


def build(path: Path, pages: int) -> None:
    """A text-heavy A4 document: a heading and ~50 lines of body text a page."""
    rng = random.Random(7)
    c = canvas.Canvas(str(path), pagesize=A4)
    for number in range(1, pages + 1):
        c.setFont("Helvetica-Bold", 14)
        c.drawString(60, 780, f"Bilag side {number}")
        c.setFont("Helvetica", 10)
        y = 750
        while y > 70:
            c.drawString(60, y, " ".join(rng.choice(WORDS) for _ in range(11)))
            y -= 13
        c.drawRightString(535, 40, f"Side {number} af {pages}")
        c.showPage()
    c.save()


def wait_shown(app: QApplication, view: PageView, path: Path, page: int, timeout: float = 10.0) -> None:
    canvas = view.canvas
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        app.processEvents()
        if canvas.path == str(path) and canvas.current_page() == page:
            index = page - 1
            if canvas.cache.get((canvas.path, index, canvas.render_width(index))) is not None:
                canvas.viewport().repaint()
                return
        time.sleep(0.0005)
    raise TimeoutError(
        f"page {page} not shown: at {canvas.current_page()}, cached {list(canvas.cache._images)[-6:]}, "
        f"width {canvas.render_width(page - 1)}, pending {view.renderer._sent} {view.renderer._wanted}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        docs = []
        for run in range(args.runs + 1):
            path = Path(tmp) / f"bilag{run}.pdf"
            build(path, args.pages)
            docs.append(path)
        view = PageView()
        view.resize(760, 980)
        view.show()
        app.processEvents()
        t0 = time.perf_counter()
        path = docs[0]
        view.show_document(path, 1)
        wait_shown(app, view, path, 1)
        cold = (time.perf_counter() - t0) * 1000
        opens = []
        for path in docs[1:]:  # a new document each time: nothing of it cached
            t0 = time.perf_counter()
            view.show_document(path, 1)
            wait_shown(app, view, path, 1)
            opens.append((time.perf_counter() - t0) * 1000)
        steps = []
        for page in range(2, 41):
            t0 = time.perf_counter()
            view.canvas.go_to(page)
            wait_shown(app, view, path, page)
            steps.append((time.perf_counter() - t0) * 1000)
        jumps = []
        rng = random.Random(3)
        for _ in range(30):
            page = rng.randint(1, args.pages)
            t0 = time.perf_counter()
            view.canvas.go_to(page)
            wait_shown(app, view, path, page)
            jumps.append((time.perf_counter() - t0) * 1000)
        view.renderer.stop()

    def p95(values: list[float]) -> float:
        return sorted(values)[max(0, int(len(values) * 0.95) - 1)]

    print(f"{args.pages}-page PDF, view 760×980")
    print(f"first page, cold renderer (process start included): {cold:.0f} ms")
    print(f"first page, warm renderer: median {statistics.median(opens):.0f} ms, max {max(opens):.0f} ms")
    print(f"Page Down: median {statistics.median(steps):.1f} ms, p95 {p95(steps):.1f} ms, max {max(steps):.1f} ms")
    print(f"random jump: median {statistics.median(jumps):.1f} ms, p95 {p95(jumps):.1f} ms, max {max(jumps):.1f} ms")


if __name__ == "__main__":
    main()
