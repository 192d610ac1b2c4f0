"""Rendering original pages for the window: one PDFium child process, answers on a socket notifier.

Why a child process (see :mod:`app.services.workers.page_render` for the child's side): a plain page
renders in 5–10 ms, but a scanned or vector-heavy one can take hundreds, and a hostile PDF
can crash PDFium. In the GUI process either would freeze or kill the window; Python threads
beside the Qt event loop are ruled out (:mod:`app.services.workers.tasks`). The child is long-lived,
so a request costs a pipe round trip, not a process start, and a ``QSocketNotifier`` on the
pipe delivers each answer as soon as it is written (no polling timer adding latency).

The renderer keeps at most :data:`IN_FLIGHT` requests in the child and two queues of wanted
pages that their callers replace as they scroll: the pages being read (``want``) and, behind
them, the sidebar's thumbnails (``want_thumbnails``). Pages scrolled past before their turn
are never rendered; a thumbnail never holds up the page being read. A child that dies or
stops answering is restarted on the next request.
The watchdog is counted per request from when it was sent (a member moving between items
sends new requests all the time; that never postpones it): when the oldest request has waited
:data:`WATCHDOG_MS`, the child is killed, the page it was rendering is reported by
``page_failed`` (the view writes the reason on that page) and the other pages it owed are
asked again of a fresh child.

Signals:
    document_opened(str, object): path, list of (width, height) page sizes in points.
    page_rendered(str, int, int, int, int, bytes): path, page index, width, height, stride,
        BGR pixels.
    page_ready(object): the same page as a :class:`RenderedPage`, with the view rotation it was
        rendered at and the queue it was asked from (what the page view and thumbnails listen to).
    boxes_found(str, int, object, str): path, page index, list of (x0, top, x1, bottom) boxes in
        points from the page's top-left, and the tag the request carried.
    text_selected(str, int, str, str, str, object): path, page index, the text dragged over
        (PDFium's, with spaces and punctuation), its context before and after, and its line boxes.
    all_found(str, str, object, str): path, the text looked for, every occurrence as
        (page index, line boxes) — find in the open PDF — and the tag the request carried.
    outline_read(str, object): path and the PDF's own bookmarks as (level, title, page index).
    failed(str, str): path and a one-line reason (the document cannot be shown).
    page_failed(str, int, str): path, page index and why that page cannot be shown
        ("too_slow" or "failed").
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing as mp
import os
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from app.services.workers.isolation import RENDER_LIMITS
from app.services.workers.page_render import serve

IN_FLIGHT = 2  # render requests the child holds at once: one rendering, one ready to go
WATCHDOG_MS = int(RENDER_LIMITS.wall_seconds * 1000)  # a request unanswered this long: the child hangs
PAGE_TOO_SLOW = "too_slow"
PAGE_FAILED = "failed"
PAGES = "pages"  # the queue of the pages being read
THUMBNAILS = "thumbnails"  # the queue of the sidebar's thumbnails, served when the pages have none waiting
_CONTEXT = mp.get_context("spawn")


@dataclass(frozen=True)
class RenderedPage:
    """One rendered page: BGR pixels, rows ``stride`` bytes apart, turned ``rotation`` degrees clockwise.

    ``lane`` is the queue that asked for it (:data:`PAGES` or :data:`THUMBNAILS`).
    """

    path: str
    index: int
    rotation: int
    width: int
    height: int
    stride: int
    data: bytes
    lane: str = PAGES


class PageRenderer(QObject):
    """The GUI side of the page renderer; see the module docstring for the signals."""

    document_opened = Signal(str, object)
    page_rendered = Signal(str, int, int, int, int, bytes)
    page_ready = Signal(object)
    boxes_found = Signal(str, int, object, str)
    text_selected = Signal(str, int, str, str, str, object)
    all_found = Signal(str, str, object, str)
    outline_read = Signal(str, object)
    failed = Signal(str, str)
    page_failed = Signal(str, int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._process: Any = None
        self._conn: Any = None
        self._notifier: QSocketNotifier | None = None
        self._ids = itertools.count(1)
        self._sent: dict[int, tuple[Any, ...]] = {}  # request id → message, awaiting an answer
        self._sent_at: dict[int, float] = {}  # request id → when it was sent (the watchdog counts from here)
        self.watchdog_ms = WATCHDOG_MS
        self._restarting = False
        # (path, index, width, rotation), most wanted first, per queue; the pages' queue is served first.
        self._wanted: dict[str, list[tuple[str, int, int, int]]] = {PAGES: [], THUMBNAILS: []}
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.setInterval(WATCHDOG_MS)
        self._watchdog.timeout.connect(self._on_watchdog_timeout)
        self._poll_timer: QTimer | None = None  # only where sockets notifiers cannot watch pipes

    # --- requests ---------------------------------------------------------------------------

    def start(self) -> None:
        """Start the child ahead of the first request (the window does so when it opens)."""
        if self._process is not None and self._process.is_alive():
            return
        self._shutdown_child()
        parent_conn, child_conn = _CONTEXT.Pipe(duplex=True)
        process = _CONTEXT.Process(target=serve, args=(child_conn, os.getpid()), name="moedemappe-pages", daemon=True)
        process.start()
        child_conn.close()
        self._process, self._conn = process, parent_conn
        if os.name == "posix":
            self._notifier = QSocketNotifier(parent_conn.fileno(), QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self._on_notifier_activated)
        else:  # Windows pipes are not sockets: check often instead
            self._poll_timer = QTimer(self)
            self._poll_timer.setInterval(5)
            self._poll_timer.timeout.connect(self._on_notifier_activated)
            self._poll_timer.start()

    def open(self, path: str) -> None:
        """Ask for the document's page sizes; answered by ``document_opened`` or ``failed``."""
        self._send(("open", next(self._ids), path))

    def find(self, path: str, index: int, texts: Iterable[str], tag: str = "") -> None:
        """Locate the first of ``texts`` on a page; answered by ``boxes_found`` (with ``tag``)."""
        self._send(("find", next(self._ids), path, index, [t for t in texts if t.strip()], tag))

    def select(self, path: str, index: int, rect: tuple[float, float, float, float]) -> None:
        """The text inside a rectangle of a page (points, top-left origin); answered by ``text_selected``."""
        self._send(("select", next(self._ids), path, index, rect))

    def find_all(self, path: str, text: str, tag: str = "") -> None:
        """Every occurrence of ``text`` in the document; answered by ``all_found`` (with ``tag``)."""
        self._send(("find_all", next(self._ids), path, text, tag))

    def read_outline(self, path: str) -> None:
        """The PDF's own bookmarks; answered by ``outline_read``."""
        self._send(("outline", next(self._ids), path))

    def want(self, path: str, pages: Iterable[int], width_px: int | Iterable[int], rotation: int = 0) -> None:
        """Replace the queue of wanted pages (most wanted first) at a pixel width and view rotation.

        ``width_px`` is one width for all, or one a page (a landscape page among portrait ones is wider).
        """
        self._want(PAGES, path, pages, width_px, rotation)

    def want_thumbnails(self, path: str, pages: Iterable[int], width_px: int | Iterable[int],
                        rotation: int = 0) -> None:  # fmt: skip
        """Replace the thumbnails' queue (an empty list cancels it); served after the pages being read."""
        self._want(THUMBNAILS, path, pages, width_px, rotation)

    def _want(self, lane: str, path: str, pages: Iterable[int], width_px: int | Iterable[int], rotation: int) -> None:
        pages = list(pages)
        widths = [width_px] * len(pages) if isinstance(width_px, int) else list(width_px)
        in_child = {(m[2], m[3], m[4], m[5]) for m in self._sent.values() if m[0] == "render"}
        wanted = [(path, i, w, rotation) for i, w in zip(pages, widths, strict=True)]
        self._wanted[lane] = [key for key in wanted if key not in in_child]
        self._pump()

    def pending(self) -> int:
        """Requests not answered yet (tests and the benchmark wait for zero)."""
        return len(self._sent) + sum(len(queue) for queue in self._wanted.values())

    def stop(self) -> None:
        """End the child (the window does so when it closes)."""
        for queue in self._wanted.values():
            queue.clear()
        self._sent_at.clear()
        if self._conn is not None:
            with contextlib.suppress(OSError, ValueError):
                self._conn.send(("stop",))
        self._shutdown_child(wait=True)

    # --- plumbing ---------------------------------------------------------------------------

    def _send(self, message: tuple[Any, ...]) -> None:
        self.start()
        try:
            self._conn.send(message)
        except (OSError, ValueError):
            self._sent[message[1]] = message  # reported with the others the child owed
            self._restart_after_failure(PAGE_FAILED)
            return
        self._sent[message[1]] = message
        self._sent_at[message[1]] = time.monotonic()
        self._arm_watchdog()

    def _arm_watchdog(self) -> None:
        """Fire when the oldest unanswered request reaches the limit (never pushed back by newer ones)."""
        if not self._sent_at:
            self._watchdog.stop()
            return
        due = min(self._sent_at.values()) + self.watchdog_ms / 1000 - time.monotonic()
        self._watchdog.start(max(0, int(due * 1000) + 1))

    def _pump(self) -> None:
        renders = sum(1 for m in self._sent.values() if m[0] == "render")
        for lane in (PAGES, THUMBNAILS):
            queue = self._wanted[lane]
            while queue and renders < IN_FLIGHT:
                path, index, width, rotation = queue.pop(0)
                self._send(("render", next(self._ids), path, index, width, rotation, lane))
                renders += 1

    def _on_notifier_activated(self, *_args: object) -> None:
        conn = self._conn
        try:
            while conn is not None and conn.poll():
                message = conn.recv()
                data = conn.recv_bytes() if message[0] == "page" else b""
                self._deliver(message, data)
        except (EOFError, OSError, ValueError):
            self._restart_after_failure(PAGE_FAILED)
            return
        self._arm_watchdog()
        self._pump()

    def _deliver(self, message: tuple[Any, ...], data: bytes) -> None:
        kind, req, path = message[0], message[1], message[2]
        asked = self._sent.pop(req, None)
        self._sent_at.pop(req, None)
        rotation, lane = (asked[5], asked[6]) if asked is not None and asked[0] == "render" else (0, PAGES)
        if kind == "opened":
            self.document_opened.emit(path, message[3])
        elif kind == "page":
            _, _, _, index, width, height, stride = message[:7]
            self.page_rendered.emit(path, index, width, height, stride, data)
            self.page_ready.emit(RenderedPage(path, index, rotation, width, height, stride, data, lane))
        elif kind == "found":
            self.boxes_found.emit(path, message[3], message[4], message[5])
        elif kind == "selected":
            self.text_selected.emit(path, message[3], message[4], message[5], message[6], message[7])
        elif kind == "found_all":
            self.all_found.emit(path, message[3], message[4], message[5])
        elif kind == "outline":
            self.outline_read.emit(path, message[3])
        elif kind == "error":
            if asked is not None and asked[0] == "render":
                self._forget(path, asked[3])
                self.page_failed.emit(path, asked[3], PAGE_FAILED)
            else:
                self.failed.emit(path, message[3])

    def _forget(self, path: str, index: int) -> None:
        """A page that stopped the renderer is dropped from every queue: at another width it would too."""
        for lane, queue in self._wanted.items():
            self._wanted[lane] = [w for w in queue if (w[0], w[1]) != (path, index)]

    def _on_watchdog_timeout(self) -> None:
        if not self._sent_at:
            return
        if time.monotonic() - min(self._sent_at.values()) >= self.watchdog_ms / 1000 - 0.01:
            self._restart_after_failure(PAGE_TOO_SLOW)
        else:
            self._arm_watchdog()

    def _restart_after_failure(self, reason: str = PAGE_FAILED) -> None:
        """The child died or hangs: the request it was on failed; the others go to a fresh child."""
        owed = sorted(self._sent.items())  # request ids grow: the first is the one the child was on
        self._sent.clear()
        self._sent_at.clear()
        self._shutdown_child()
        if not owed:
            return
        (_req, culprit), rest = owed[0], owed[1:]
        page = (culprit[2], culprit[3]) if culprit[0] == "render" else None
        if page is not None:
            self._forget(*page)
            self.page_failed.emit(page[0], page[1], reason)
        else:
            self.failed.emit(culprit[2], "renderer stopped")
        if self._restarting:  # the fresh child failed at once too: no loop of restarts
            for _r, message in rest:
                self.failed.emit(message[2], "renderer stopped")
            return
        for lane, queue in self._wanted.items():
            again = [(m[2], m[3], m[4], m[5]) for _r, m in rest
                     if m[0] == "render" and m[6] == lane and (m[2], m[3]) != page]  # fmt: skip
            self._wanted[lane] = again + [w for w in queue if w not in again]
        self._restarting = True
        try:
            for _r, message in rest:
                if message[0] == "open":
                    self._send(message)
            self._pump()
        finally:
            self._restarting = False

    def _shutdown_child(self, wait: bool = False) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._poll_timer is not None:
            self._poll_timer.stop()
            self._poll_timer.deleteLater()
            self._poll_timer = None
        if self._conn is not None:
            with contextlib.suppress(OSError):
                self._conn.close()
            self._conn = None
        process, self._process = self._process, None
        if process is not None:
            if wait:
                process.join(1.0)
            if process.is_alive():
                process.kill()
                process.join(1.0)
        self._watchdog.stop()


def heading_probe(title: str, words: int = 6) -> str:
    """The first words of an item's title: what the page view searches for on the item's page.

    A long title wraps in the PDF, and a search across the line break is unreliable; the
    first words stand on the heading's first line.
    """
    return " ".join(title.split()[:words])


def original_of_item(library: Any, item_id: str) -> tuple[Path | None, int, list[str]]:
    """The item's meeting's source PDF, the 1-based page of its heading and texts to find there.

    ``(None, 1, [])`` when the meeting was imported from text or its source is gone.
    """
    found = library.find_item(item_id) if ":" in item_id else None
    meeting_id = found[0].meeting_id if found else item_id
    path = library.source_path(meeting_id) if library.record(meeting_id) else None
    if path is None or path.suffix.lower() != ".pdf":
        return None, 1, []
    if found is None:
        return path, 1, []
    number = item_id.rsplit(":", 1)[1]
    item = next((i for i in library.meeting(meeting_id).items if i.number == number), None)
    if item is None:
        return path, 1, []
    return path, item.source_page or 1, [heading_probe(item.title)]


def query_words(query: str) -> list[str]:
    """What to look for on a bilag page opened from a search hit: each term of the query.

    The page view marks the first that occurs (words match as prefixes there too, because
    PDFium's search finds them inside longer words).
    """
    from app.search.query import parse

    return [" ".join(term.words) for term in parse(query)]
