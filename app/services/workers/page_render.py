"""The page renderer's child process: PDFium (pypdfium2) behind a pipe, Qt-free.

The window never renders a PDF page itself: rendering an A4 page at screen resolution takes
20–80 ms, more than a frame, and Python threads beside the Qt event loop are not an option
(see :mod:`app.services.workers.tasks`). So one long-lived child process owns PDFium and answers
requests over a :func:`multiprocessing.Pipe`; :class:`app.services.pages.PageRenderer` on the
GUI side hears the answers through a ``QSocketNotifier`` on the pipe, without polling delay.

Protocol (every message a tuple; image bytes follow their header as a separate raw message):

* ``("open", req, path)`` → ``("opened", req, path, [(width_pt, height_pt), ...])``
* ``("render", req, path, index, width_px[, rotation])`` → ``("page", req, path, index, width, height, stride)``
  followed by the pixels (BGR, 3 bytes a pixel, rows ``stride`` bytes apart); ``rotation`` (0, 90, 180,
  270 degrees clockwise) is the member's view rotation on top of the page's own ``/Rotate``; a further
  element (the GUI side's queue: pages or thumbnails) is not read here
* ``("find", req, path, index, [texts], tag)`` → ``("found", req, path, index, [(x0, top, x1, bottom), ...], tag)``
  in points from the page's top-left; the line boxes of the first of ``texts`` that occurs
* ``("select", req, path, index, (x0, top, x1, bottom))`` → ``("selected", req, path, index, exact, prefix,
  suffix, boxes)``: the text a member dragged over, in reading order from the first character inside the
  rectangle to the last (PDFium's own text, spaces and punctuation included), a little context either
  side, and the line boxes of that text (what is painted, and the highlight's quad points)
* ``("find_all", req, path, text, tag)`` → ``("found_all", req, path, text, [(index, [boxes]), ...], tag)``:
  every occurrence in the document (find in the open PDF), one entry an occurrence
* ``("outline", req, path)`` → ``("outline", req, path, [(level, title, index), ...])``: the PDF's bookmarks
* anything that fails → ``("error", req, path, message)``

PDFs are untrusted: the child runs under :data:`app.services.workers.isolation.RENDER_LIMITS` — an
address-space limit, a CPU budget for each render (a page whose shading needs 200k operations a
pixel is ended by SIGXCPU), and the GUI side's watchdog counted from when each render was sent.
It dies with its parent (``PR_SET_PDEATHSIG`` on Linux; elsewhere the closed pipe or a changed
parent pid while idle), so killing the window never leaves it rendering.
"""

from __future__ import annotations

import contextlib
import itertools
import re
import sys
from collections import OrderedDict
from collections.abc import Iterator
from functools import partial
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


def render_page(pdf: Any, index: int, width_px: int, rotation: int = 0) -> tuple[int, int, int, bytes]:
    """Render one page to BGR pixels about ``width_px`` wide (after ``rotation``): (width, height, stride, data)."""
    page = pdf[index]
    try:
        width_pt, height_pt = page.get_size()
        rotation = rotation if rotation in (90, 180, 270) else 0
        across = height_pt if rotation in (90, 270) else width_pt
        scale = max(0.05, width_px / max(across, 1.0))
        if width_pt * height_pt * scale * scale > MAX_PIXELS:
            scale = (MAX_PIXELS / max(width_pt * height_pt, 1.0)) ** 0.5
        bitmap = page.render(scale=scale, rotation=rotation, may_draw_forms=True)
        try:
            data = bytes(bitmap.buffer)
            return bitmap.width, bitmap.height, bitmap.stride, data
        finally:
            bitmap.close()
    finally:
        page.close()


Box = tuple[float, float, float, float]
MAX_FIND_HITS = 1000  # occurrences reported by find in the open PDF
MAX_OUTLINE = 2000  # bookmarks read from a PDF's outline
CONTEXT = 32  # characters of context kept either side of a quote (W3C TextQuoteSelector)


class _PageText:
    """One page's text as PDFium reads it, with each character's box, and a whitespace-folded copy.

    PDFium puts generated spaces and line breaks between words and lines; they have no box.
    The folded copy collapses every run of whitespace to one space, so a quote stored as
    "budget 2013, vil" is found again whether the PDF breaks the line after the comma or not.
    """

    def __init__(self, pdf: Any, index: int) -> None:
        page = pdf[index]
        textpage = page.get_textpage()
        try:
            self.height = page.get_height()
            count = textpage.count_chars()
            self.text = textpage.get_text_range(0, count) if count > 0 else ""
            self.boxes: list[Box | None] = []
            for i in range(min(count, len(self.text))):
                left, bottom, right, top = textpage.get_charbox(i)
                empty = right - left <= 0 or top - bottom <= 0 or self.text[i].isspace()
                self.boxes.append(None if empty else (left, self.height - top, right, self.height - bottom))
        finally:
            textpage.close()
            page.close()
        folded: list[str] = []
        where: list[int] = []
        for i, char in enumerate(self.text):
            if char.isspace() or char == "\x00":
                if folded and folded[-1] != " ":
                    folded.append(" ")
                    where.append(i)
                continue
            folded.append(char)
            where.append(i)
        self.folded, self.where = "".join(folded), where

    def inside(self, rect: Box) -> tuple[int, int] | None:
        """The first and last character whose centre lies in ``rect`` (points from the top-left).

        Widened to whole words, as a reader's selection snaps: a rectangle cutting "vedtagelsen"
        in half still quotes the word.
        """
        x0, top, x1, bottom = rect
        hits = [i for i, b in enumerate(self.boxes)
                if b is not None and x0 <= (b[0] + b[2]) / 2 <= x1 and top <= (b[1] + b[3]) / 2 <= bottom]  # fmt: skip
        if not hits:
            return None
        start, end = hits[0], hits[-1]
        while start > 0 and self.boxes[start - 1] is not None and not self.text[start - 1].isspace():
            start -= 1
        while end + 1 < len(self.boxes) and self.boxes[end + 1] is not None and not self.text[end + 1].isspace():
            end += 1
        return start, end

    def quote(self, start: int, end: int) -> tuple[str, str, str]:
        """Characters ``start``..``end`` (inclusive) as one line of text, with context either side."""
        exact = " ".join(self.text[start : end + 1].split())
        before = re.sub(r"\s+", " ", self.text[max(0, start - 4 * CONTEXT) : start]).lstrip()
        after = re.sub(r"\s+", " ", self.text[end + 1 : end + 1 + 4 * CONTEXT]).rstrip()
        return exact, before[-CONTEXT:], after[:CONTEXT]

    def find(self, text: str) -> tuple[int, int] | None:
        """The first occurrence of ``text`` (any case, any whitespace) as character indices, inclusive."""
        return next(self.find_every(text), None)

    def find_every(self, text: str) -> Iterator[tuple[int, int]]:
        """Every occurrence of ``text`` (any case, any whitespace) as character indices, inclusive."""
        wanted = " ".join(text.split()).casefold()
        folded = self.folded.casefold()
        at = folded.find(wanted) if wanted and len(folded) == len(self.folded) else -1
        while at >= 0:
            yield self.where[at], self.where[at + len(wanted) - 1]
            at = folded.find(wanted, at + len(wanted))

    def line_boxes(self, start: int, end: int) -> list[Box]:
        """The boxes of characters ``start``..``end`` joined into one box a line (the highlight's quads)."""
        lines: list[list[float]] = []
        for box in self.boxes[start : end + 1]:
            if box is None:
                continue
            line = lines[-1] if lines else None
            middle = (box[1] + box[3]) / 2
            if line is not None and line[1] <= middle <= line[3] and box[0] >= line[0] - 2:
                line[0], line[1] = min(line[0], box[0]), min(line[1], box[1])
                line[2], line[3] = max(line[2], box[2]), max(line[3], box[3])
            else:
                lines.append(list(box))
        return [(a, b, c, d) for a, b, c, d in lines]


def find_boxes(pdf: Any, index: int, texts: list[str]) -> list[Box]:
    """Line boxes (points, from the top-left) of the first of ``texts`` found on the page."""
    page = _PageText(pdf, index)
    for text in texts:
        found = page.find(text)
        if found is not None:
            return page.line_boxes(*found)
    return []


def find_all(pdf: Any, text: str) -> list[tuple[int, list[Box]]]:
    """Every occurrence of ``text`` in the document: (page index, line boxes), in reading order."""
    found: list[tuple[int, list[Box]]] = []
    if not " ".join(text.split()):
        return found
    for index in range(len(pdf)):
        page = _PageText(pdf, index)
        for span in page.find_every(text):
            found.append((index, page.line_boxes(*span)))
            if len(found) >= MAX_FIND_HITS:
                return found
    return found


def select_text(pdf: Any, index: int, rect: Box) -> tuple[str, str, str, list[Box]]:
    """The text dragged over (from the first character in ``rect`` to the last), its context and line boxes."""
    page = _PageText(pdf, index)
    span = page.inside(rect)
    if span is None:
        return "", "", "", []
    return (*page.quote(*span), page.line_boxes(*span))


def quote_boxes(pdf: Any, index: int, quotes: list[tuple[str, str, str]]) -> list[list[Box]]:
    """Where each stored quote ``(exact, prefix, suffix)`` stands on the page: its line boxes in the
    PDF's own user space — ``(x0, y0, x1, y1)``, y upwards, before the page's ``/Rotate`` and CropBox,
    which is what a ``/Highlight`` annotation's ``/QuadPoints`` are given in. ``[]`` where not found.

    The quote is found by the same rule as on screen (any case, any whitespace); where it occurs more
    than once, the occurrence whose surrounding text matches the stored context is taken.
    """
    page = _PageText(pdf, index)  # read once for all the page's quotes
    found: list[list[Box]] = []
    for exact, prefix, suffix in quotes:
        spans = list(itertools.islice(page.find_every(exact), MAX_FIND_HITS))
        if not spans:
            found.append([])
            continue

        best = max(spans, key=partial(_context_fit, page, prefix, suffix)) if len(spans) > 1 else spans[0]
        # _PageText keeps boxes from the top-left with y = height - y; turned back here.
        lines = page.line_boxes(*best)
        found.append([(x0, page.height - bottom, x1, page.height - top) for x0, top, x1, bottom in lines])
    return found


def _context_fit(page: _PageText, prefix: str, suffix: str, span: tuple[int, int]) -> int:
    """How many characters of the stored context agree with the text around ``span``."""
    _exact, before, after = page.quote(*span)
    return _common(before[::-1].casefold(), prefix[::-1].casefold()) + _common(after.casefold(), suffix.casefold())


def _common(a: str, b: str) -> int:
    """How many leading characters ``a`` and ``b`` share."""
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def outline(pdf: Any) -> list[tuple[int, str, int]]:
    """The PDF's own bookmarks: (level, title, page index); entries without a page are left out."""
    entries: list[tuple[int, str, int]] = []
    for bookmark in pdf.get_toc(max_depth=8):
        index = bookmark.get_dest().get_index() if bookmark.get_dest() is not None else None
        title = " ".join((bookmark.get_title() or "").split())[:200]
        if index is not None and title:
            entries.append((bookmark.level, title, index))
        if len(entries) >= MAX_OUTLINE:
            break
    return entries


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
                rotation = message[5] if len(message) > 5 else 0
                width, height, stride, data = render_page(pdf, index, width_px, rotation)
                conn.send(("page", req, path, index, width, height, stride))
                conn.send_bytes(data)
            elif kind == "find":
                conn.send(("found", req, path, message[3], find_boxes(pdf, message[3], message[4]), message[5]))
            elif kind == "select":
                conn.send(("selected", req, path, message[3], *select_text(pdf, message[3], message[4])))
            elif kind == "find_all":
                conn.send(("found_all", req, path, message[3], find_all(pdf, message[3]), message[4]))
            elif kind == "outline":
                conn.send(("outline", req, path, outline(pdf)))
        except (BrokenPipeError, EOFError):
            return
        except Exception as err:  # a damaged or hostile PDF: one line back, the child lives on
            with contextlib.suppress(OSError):
                conn.send(("error", req, path, f"{type(err).__name__}: {err}"[:300]))


if __name__ == "__main__":  # pragma: no cover - started through multiprocessing
    sys.exit("start through app.services.pages.PageRenderer")
