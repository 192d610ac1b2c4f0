"""Search use cases: keep the index in step with the library and the notes, and query it.

The index is rebuilt in the worker process at start and after imports; the window never
waits for it. Notes are re-indexed on the GUI thread as they change (one
small row each). Queries run in their own worker process (:data:`app.services.workers.tasks.QUERY_WORKER`),
never on the GUI thread and never queued behind an import; only the newest query counts.
A damaged index is rebuilt, and says so, rather than answering "no hits".

Signals: ``index_updated(int)`` — meetings (re)indexed by a background sync;
``hits_found(str, object)`` — a query and its hits; ``index_damaged()`` — the index was
found damaged and is being rebuilt.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.model.annotation import Annotation, FollowUpStatus
from app.search.bilag_index import sync_bilag
from app.search.index import IndexDamaged, SearchFilters, SearchHit, SearchIndex
from app.search.query import find as find_terms
from app.search.query import parse as parse_query
from app.services.library.settle import note_text, stored_page_texts
from app.services.notes.annotations import AnnotationService
from app.services.workers.progress import Progress
from app.services.workers.tasks import QUERY_WORKER, Poller, Task
from app.storage.annotations import AnnotationStore
from app.storage.bilag import BilagStore
from app.storage.identity import number_json
from app.storage.library import Library

log = logging.getLogger(__name__)

__all__ = ["MemberFilters", "SearchFilters", "SearchHit", "SearchService", "find_hits", "items_matching",
           "note_text", "search_rows"]


def items_matching(library: Library, annotations: Iterable[Annotation], *, tag: str | None = None,
                   has_notes: bool = False, open_follow_up: bool = False) -> set[str]:  # fmt: skip
    """Item ids whose annotations pass the member's own filters (the window's and the CLI's one rule)."""
    anchors = set()
    for a in annotations:
        if a.orphaned:
            continue
        if tag and tag not in a.tags:
            continue
        if has_notes and not a.note.strip():
            continue
        if open_follow_up and a.follow_up.status is not FollowUpStatus.OPEN:
            continue
        anchors.add(a.anchor)
    return {i.item_id for r in library.meetings() for i in r.items if i.anchor in anchors}


@dataclass
class MemberFilters:
    """The filters on the member's own annotations (tag, notes, open follow-up); none set means none."""

    tag: str | None = None
    has_notes: bool = False
    open_follow_up: bool = False

    def any(self) -> bool:
        return bool(self.tag or self.has_notes or self.open_follow_up)


def search_rows(profile: Path, query: str, limit: int = 50, notices: list[str] | None = None,
                store: AnnotationStore | None = None, filters: SearchFilters | None = None,
                member: MemberFilters | None = None) -> list[dict[str, object]]:  # fmt: skip
    """Ranked hits as ``search --json`` prints them; the index (a cache) is brought up to date first.

    A reader: the annotation store is opened read-only (a damaged shard is reported by the
    caller, never moved; nothing is backed up). Only the index, a cache, is written. A bilag
    whose text a limit stopped adds one line to ``notices``. An empty ``query`` with filters
    lists every item passing them, newest first (as in the window).
    """
    filters = filters or SearchFilters()
    own = store is None
    store = store or AnnotationStore(profile, take_backup=False, read_only=True)
    try:
        if member is not None and member.any():
            filters.only_items = items_matching(Library(profile), store.all(), tag=member.tag,
                                                has_notes=member.has_notes,
                                                open_follow_up=member.open_follow_up)  # fmt: skip
        index_job(None, None, str(profile), [(a.anchor, note_text(a)) for a in store.all()], notices=notices)
    except sqlite3.Error:
        pass  # the window is updating the index right now: search what it holds
    finally:
        if own:
            store.close()
    index = SearchIndex(profile / "search.sqlite")
    try:
        hits = index.search(query, filters, limit=limit, snippets=limit)
    finally:
        index.close()
    return [{"item_id": h.item_id, "meeting": h.meeting, "number": number_json(h.number) if h.number else None,
             "title": h.title, "date": h.date, "snippet": h.marked_snippet(),
             **({"bilag": {"name": h.document_name, "sha256": h.document, "page": h.page}} if h.document else {})}
            for h in hits]  # fmt: skip


def index_job(progress: Progress | None, cancel: Any, profile: str, notes: list[tuple[str, str]],
              rebuild: bool = False, notices: list[str] | None = None) -> int:  # fmt: skip
    """Bring the whole search index up to date (at start; ``rebuild``: from scratch — it was found damaged).

    After an import or a sync only what changed is indexed (:func:`app.services.library.settle.update_index`).
    """
    path = Path(profile)
    index = SearchIndex(path / "search.sqlite")
    try:
        if rebuild:
            index.rebuild()
        count = index.sync(Library(path), progress, cancel)
        index.set_notes(notes, replace_all=True)
        store = BilagStore(path)  # bilag pages: read by the sandboxed children, never here
        return count + sync_bilag(index.db, store, stored_page_texts(store, notices), progress, cancel)
    finally:
        index.close()


_QUERY_INDEXES: dict[str, Any] = {}  # the query worker keeps its connection between queries


def search_job(progress: Progress, cancel: Any, profile: str, text: str, filters: Any, limit: int = 200) -> Any:
    """One search query, off the GUI thread: ``(hits with their snippets, damaged?)``."""
    path = str(Path(profile) / "search.sqlite")
    index = _QUERY_INDEXES.get(path)
    if index is None:
        index = _QUERY_INDEXES[path] = SearchIndex(Path(path))
    index.close()  # a fresh connection: the index may have been rebuilt since the last query
    try:
        return index.search(text, filters, limit=limit, snippets=limit), False
    except IndexDamaged:
        return [], True


def find_hits(text: str, query: str) -> list[tuple[int, int]]:
    """Where a search query's terms occur in ``text`` (start, end), to mark them in the item view."""
    return find_terms(text, parse_query(query)) if query.strip() else []


class SearchService(QObject):
    """Signals: ``index_updated(int)``, ``hits_found(str, object)``, ``index_damaged()``."""

    index_updated = Signal(int)
    hits_found = Signal(str, object)
    index_damaged = Signal()

    def __init__(self, library: Library, annotations: AnnotationService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.annotations = annotations
        try:
            self.index = SearchIndex(library.profile / "search.sqlite")
        except Exception as err:  # never the window: search what an empty index holds (startup.py says why)
            log.warning("the search index cannot be opened (%s: %s); searching an empty one", type(err).__name__, err)
            self.index = SearchIndex.in_memory(library.profile / "search.sqlite")
        self._poller = Poller(self)
        self._task: Task | None = None
        self._again = False
        self._rebuild = False
        self.damaged = False  # found damaged; a rebuild is on its way
        self._query_task: Task | None = None
        self._query: tuple[str, SearchFilters | None] | None = None  # the query the member wants answered
        self.annotations.changed.connect(self._on_annotations_changed)

    def refresh(self, *, rebuild: bool = False) -> None:
        """Bring the index up to date in the background (coalesces repeated requests)."""
        self._rebuild = self._rebuild or rebuild
        if self._task is not None:
            self._again = True
            return
        notes = [(a.anchor, note_text(a)) for a in self.annotations.store.all()]
        rebuild, self._rebuild = self._rebuild, False
        self._task = self._poller.start(
            index_job, (str(self.library.profile), notes, rebuild), self._on_task_finished,
            on_failed=self._on_task_failed,
        )  # fmt: skip

    @property
    def searching(self) -> bool:
        return self._query_task is not None or self._query is not None

    def query(self, text: str, filters: SearchFilters | None = None) -> None:
        """Search in the query worker; ``hits_found`` follows. A newer query replaces one not yet started."""
        self._query = (text, filters)
        if self._query_task is None:
            self._start_query()

    def _start_query(self) -> None:
        if self._query is None:
            return
        text, filters = self._query
        self._query = None
        self._query_task = self._poller.start(
            search_job, (str(self.library.profile), text, filters), self._on_query_finished,
            on_failed=self._on_query_failed, worker=QUERY_WORKER,
        )  # fmt: skip
        self._query_text = text

    def _on_query_finished(self, result: tuple[list[SearchHit], bool]) -> None:
        hits, damaged = result
        self._query_task = None
        if damaged:
            self._on_damage()
        if self._query is None:  # the newest query: the member sees its answer
            self.hits_found.emit(self._query_text, hits)
        self._start_query()

    def _on_query_failed(self, _message: str) -> None:
        self._query_task = None
        if self._query is None:
            self.hits_found.emit(self._query_text, [])
        self._start_query()

    def _on_damage(self) -> None:
        if not self.damaged:
            self.damaged = True
            self.index.close()
            self.index_damaged.emit()
            self.refresh(rebuild=True)

    @property
    def busy(self) -> bool:
        return self._task is not None

    def stop(self) -> None:
        """Cancel a running rebuild and wait for its worker (the window is closing)."""
        self._again = False
        if self._task is not None:
            self._task.cancel()
            self._task.wait()

    def _on_task_finished(self, count: int) -> None:
        self.damaged = False
        self.index.close()  # reconnect: the worker may have rebuilt the file under this connection
        self._task_done()
        self.index_updated.emit(count)

    def index_changed(self) -> None:
        """Another job (a settled library change) updated the index: reconnect, and say so."""
        self.index.close()  # reconnect: the worker may have rebuilt the file under this connection
        self.index_updated.emit(1)

    def _on_task_failed(self, _message: str) -> None:
        self._task_done()

    def _task_done(self) -> None:
        self._task = None
        if self._again:
            self._again = False
            self.refresh()

    def _on_annotations_changed(self, anchor: str) -> None:
        if not anchor:
            notes = [(a.anchor, note_text(a)) for a in self.annotations.store.all()]
            self.index.set_notes(notes, replace_all=True)
            return
        annotation = self.annotations.store.get(anchor)
        self.index.set_notes([(anchor, note_text(annotation) if annotation else "")])

    # --- queries -----------------------------------------------------------------------------

    def items_matching(
        self, *, tag: str | None = None, has_notes: bool = False, open_follow_up: bool = False
    ) -> set[str]:
        """Item ids whose annotations pass the member's own filters (see :func:`items_matching`)."""
        return items_matching(self.library, self.annotations.store.all(), tag=tag, has_notes=has_notes,
                              open_follow_up=open_follow_up)  # fmt: skip

    def search(self, text: str, filters: SearchFilters | None = None) -> list[SearchHit]:
        """A query on the calling thread (tests, small lookups); the panel uses :meth:`query`."""
        try:
            return self.index.search(text, filters)
        except IndexDamaged:
            self._on_damage()
            return []
