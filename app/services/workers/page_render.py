"""The page renderer's child process: PDFium (pypdfium2) behind a pipe, Qt-free.

The window never renders a PDF page itself: rendering an A4 page at screen resolution takes
20–80 ms, more than a frame, and Python threads beside the Qt event loop are not an option
(see :mod:`app.services.workers.tasks`). So one long-lived child process owns PDFium and answers
requests over a :func:`multiprocessing.Pipe`; :class:`app.services.pages.PageRenderer` on the
GUI side hears the answers through a ``QSocketNotifier`` on the pipe, without polling delay.

Protocol (every message a tuple; image bytes follow their header as a separate raw message):

* ``("open", req, path)`` → ``("opened", req, path, [(width_pt, height_pt), ...])``
* ``("render", req, path, index, width_px)`` → ``("page", req, path, index, width, height, stride)``
  followed by the pixels (BGR, 3 bytes a pixel, rows ``stride`` bytes apart)
* ``("find", req, path, index, [texts], tag)`` → ``("found", req, path, index, [(x0, top, x1, bottom), ...], tag)``
  in points from the page's top-left; the boxes of the first of ``texts`` that occurs
* ``("select", req, path, index, (x0, top, x1, bottom))`` → ``("selected", req, path, index, exact, prefix,
  suffix)``: the text inside a rectangle the member dragged, with a little context either side
* anything that fails → ``("error", req, path, message)``

PDFs are untrusted: the child runs under :data:`app.services.workers.isolation.RENDER_LIMITS` — an
address-space limit, a CPU budget for each render (a page whose shading needs 200k operations a
pixel is ended by SIGXCPU), and the GUI side's watchdog counted from when each render was sent.
It dies with its parent (``PR_SET_PDEATHSIG`` on Linux; elsewhere the closed pipe or a changed
parent pid while idle), so killing the window never leaves it rendering.
"""

from __future__ import annotations

import contextlib
import sys
from collections import OrderedDict
from typing import Any

from app.services.workers.isolation import (
    RENDER_LIMITS,
    die_with_parent,
    next_message,
    set_cpu_budget,
    set_memory_limit,
)

OPEN_DOCUMENTS = 6  # documents kept open in the child
MAX_PIXELS = 6000 * 6000  # a page is never rendered larger than this


class _Documents:
    """A few open PDFium documents, least recently used closed first."""

    def __init__(self) -> None:
        self._open: OrderedDict[str, Any] = OrderedDict()

    def get(self, path: str) -> Any:
        import pypdfium2 as pdfium

        pdf = self._open.get(path)
        if pdf is None:
            pdf = pdfium.PdfDocument(path)
            self._open[path] = pdf
            while len(self._open) > OPEN_DOCUMENTS:
                _, old = self._open.popitem(last=False)
                old.close()
        self._open.move_to_end(path)
        return pdf


def _sizes(pdf: Any) -> list[tuple[float, float]]:
    return [tuple(pdf.get_page_size(i)) for i in range(len(pdf))]


def render_page(pdf: Any, index: int, width_px: int) -> tuple[int, int, int, bytes]:
    """Render one page to BGR pixels about ``width_px`` wide: (width, height, stride, data)."""
    page = pdf[index]
    try:
        width_pt, height_pt = page.get_size()
        scale = max(0.05, width_px / max(width_pt, 1.0))
        if width_pt * height_pt * scale * scale > MAX_PIXELS:
            scale = (MAX_PIXELS / max(width_pt * height_pt, 1.0)) ** 0.5
        bitmap = page.render(scale=scale, may_draw_forms=True)
        try:
            data = bytes(bitmap.buffer)
            return bitmap.width, bitmap.height, bitmap.stride, data
        finally:
            bitmap.close()
    finally:
        page.close()


def find_boxes(pdf: Any, index: int, texts: list[str]) -> list[tuple[float, float, float, float]]:
    """Boxes (points, from the top-left) of the first of ``texts`` found on the page."""
    page = pdf[index]
    textpage = page.get_textpage()
    try:
        height = page.get_height()
        for text in texts:
            text = " ".join(text.split())
            if not text:
                continue
            searcher = textpage.search(text, match_case=False)
            try:
                found = searcher.get_next()
            finally:
                searcher.close()
            if not found:
                continue
            start, count = found
            boxes = []
            for i in range(textpage.count_rects(start, count)):
                left, bottom, right, top = textpage.get_rect(i)
                boxes.append((left, height - top, right, height - bottom))
            return boxes
        return []
    finally:
        textpage.close()
        page.close()


CONTEXT = 32  # characters of context kept either side of a quote (W3C TextQuoteSelector)


def select_text(pdf: Any, index: int, rect: tuple[float, float, float, float]) -> tuple[str, str, str]:
    """The text inside ``rect`` (points from the top-left) and the context around its first occurrence."""
    page = pdf[index]
    textpage = page.get_textpage()
    try:
        height = page.get_height()
        x0, top, x1, bottom = rect
        exact = " ".join(textpage.get_text_bounded(left=x0, bottom=height - bottom, right=x1, top=height - top).split())
        whole = " ".join(textpage.get_text_range().split())
        at = whole.find(exact) if exact else -1
        if at < 0:
            return exact, "", ""
        return exact, whole[max(0, at - CONTEXT) : at], whole[at + len(exact) : at + len(exact) + CONTEXT]
    finally:
        textpage.close()
        page.close()


def serve(conn: Any, parent_pid: int | None = None) -> None:
    """The child's loop: answer requests until the pipe closes, the parent goes or ``("stop",)`` arrives."""
    import os
    import signal

    parent_pid = parent_pid or os.getppid()
    die_with_parent(parent_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in a terminal is the window's to handle
    set_memory_limit(RENDER_LIMITS.memory_bytes)
    documents = _Documents()
    while True:
        message = next_message(conn, parent_pid)  # None: the pipe closed or the parent is gone
        if message is None:
            return
        kind = message[0]
        if kind == "stop":
            return
        req, path = message[1], message[2]
        set_cpu_budget(RENDER_LIMITS.cpu_seconds)  # each request gets its own CPU budget
        try:
            pdf = documents.get(path)
            if kind == "open":
                conn.send(("opened", req, path, _sizes(pdf)))
            elif kind == "render":
                index, width_px = message[3], message[4]
                width, height, stride, data = render_page(pdf, index, width_px)
                conn.send(("page", req, path, index, width, height, stride))
                conn.send_bytes(data)
            elif kind == "find":
                conn.send(("found", req, path, message[3], find_boxes(pdf, message[3], message[4]), message[5]))
            elif kind == "select":
                conn.send(("selected", req, path, message[3], *select_text(pdf, message[3], message[4])))
        except (BrokenPipeError, EOFError):
            return
        except Exception as err:  # a damaged or hostile PDF: one line back, the child lives on
            with contextlib.suppress(OSError):
                conn.send(("error", req, path, f"{type(err).__name__}: {err}"[:300]))


if __name__ == "__main__":  # pragma: no cover - started through multiprocessing
    sys.exit("start through app.services.pages.PageRenderer")
