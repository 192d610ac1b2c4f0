"""Settling a library change: notes follow their items, the search index learns what changed — once.

Every path that changes the library (window import, CLI import, portal sync in the window and
in the CLI) ends with a :class:`~app.services.library.change.LibraryChange` and comes here:

1. :func:`rehome_notes` — each changed meeting's notes move to their items (those of entries it
   took over too); a note whose item is gone becomes an orphan. This needs the annotation
   store, so it runs in the process that owns it (the window, or the command).
2. :func:`update_index` — the search index drops what was removed and indexes only the changed
   meetings, the bilag pages the change carries (their text came from the one reading in the
   sandboxed child) and the note rows that moved. Incremental, never "every row again". The
   window runs it in the worker process (:func:`settle_job`), the command line in-process.

:func:`settle` is both steps in order, for the command line; the window's
:class:`app.services.library.settler.LibrarySettler` runs step 1 on its store and step 2 as a job.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from app.model.annotation import Annotation
from app.parsing.errors import Refusal, failure_message
from app.search.bilag_index import PageTexts, sync_bilag
from app.search.index import SearchIndex
from app.services.library.change import LibraryChange
from app.services.workers.isolation import read_blobs
from app.services.workers.progress import Progress
from app.storage.annotations import AnnotationStore
from app.storage.bilag import BilagRecord, BilagStore
from app.storage.library import Library

READ_CHUNK = 16  # stored bilag read per round trip to the children (a rebuild of a large profile)


def note_text(annotation: Annotation) -> str:
    """Everything the member wrote on an item: note, follow-up text, highlight comments."""
    parts = [annotation.note, annotation.follow_up.text, *(h.comment for h in annotation.highlights)]
    return "\n".join(p for p in parts if p and p.strip())


def rehome_notes(change: LibraryChange, library: Library, store: AnnotationStore) -> LibraryChange:
    """Move each changed meeting's notes to their items; fills ``orphaned`` and ``rehomed``.

    The items of every document of the meeting count (its agenda's and its minutes'); notes on
    an entry the meeting took over (``change.superseded``) move to it. The versions that arrived
    say which items were renumbered and which withdrawn (matched by identity when they were
    stored, :mod:`app.services.library.versions`): a note follows its item to its new number, a
    withdrawn item's note becomes an orphan; each version's moves are followed once.
    """
    keys = [r.meeting_key for r in map(library.record, change.meeting_ids) if r is not None]
    for key in dict.fromkeys(keys):
        earlier = change.superseded.get(key, [])
        before = {a.anchor for a in store.all() if a.meeting_key in {key, *earlier}}
        pending = [v.moves for v in library.versions.unsettled(key)]
        change.orphaned += store.reconcile(key, library.items_of_meeting(key), earlier, pending)
        if pending:
            library.versions.mark_settled(key)
        after = {a.anchor for a in store.all() if a.meeting_key == key}
        change.rehomed += sorted(before ^ after)
    return change


def note_rows(change: LibraryChange, store: AnnotationStore) -> list[tuple[str, str]]:
    """The note index rows the change touched: (anchor, text), text "" for an anchor now empty."""
    rows = []
    for anchor in dict.fromkeys(change.rehomed):
        annotation = store.get(anchor)
        rows.append((anchor, note_text(annotation) if annotation is not None else ""))
    return rows


def stored_page_texts(store: BilagStore, notices: list[str] | None = None) -> PageTexts:
    """Page texts of stored bilag, read by the sandboxed children (a rebuild; a document never opened here).

    A bilag whose reading a limit stopped is indexed without text (so it is not read again on
    every search) and one line goes to ``notices``.
    """

    def read(records: list[BilagRecord]) -> Iterator[tuple[BilagRecord, list[str]]]:
        for start in range(0, len(records), READ_CHUNK):
            chunk = records[start : start + READ_CHUNK]
            blobs = []
            for record in chunk:
                try:
                    blobs.append((record.name, store.path(record).read_bytes()))
                except OSError:
                    blobs.append((record.name, b""))
            for record, reading in zip(chunk, read_blobs(blobs)):
                if isinstance(reading.failure, Refusal) and notices is not None:
                    notices.append(f"{record.name}: its text could not be read for search — "
                                   f"{failure_message(reading.failure)}")  # fmt: skip
                yield record, reading.page_texts

    return read


def update_index(profile: Path, change: LibraryChange | None, notes: Iterable[tuple[str, str]] = (),
                 progress: Progress | None = None, cancel: Any = None) -> int:  # fmt: skip
    """Bring the search index up to date after ``change``; returns meetings and documents indexed.

    Only what changed is touched: meetings whose document changed (the index compares each
    entry's stamp, so unchanged ones cost a dictionary lookup), removed ones, the change's
    bilag pages as given, and the note rows ``notes``.
    """
    library = Library(Path(profile))
    index = SearchIndex(Path(profile) / "search.sqlite")
    try:
        count = index.sync(library, progress, cancel)
        index.set_notes(notes)
        pages = change.bilag_pages if change is not None else {}
        count += sync_bilag(index.db, BilagStore(Path(profile)), stored_page_texts(BilagStore(Path(profile))),
                            progress, cancel, pages)  # fmt: skip
        return count
    finally:
        index.close()


def settle(change: LibraryChange, library: Library, store: AnnotationStore) -> LibraryChange:
    """Both steps in one process (the command line): notes re-homed, then the index updated once."""
    library.reload()  # the change may have been written through another handle (a sync, the worker)
    rehome_notes(change, library, store)
    if change.changed or change.rehomed:  # nothing changed: the index has nothing to learn
        update_index(library.profile, change, note_rows(change, store))
    change.bilag_pages = {}  # indexed: no need to carry the texts further
    change.settled = True
    return change


def settle_job(progress: Progress, cancel: Any, profile: str, change: LibraryChange,
               notes: list[tuple[str, str]]) -> LibraryChange:  # fmt: skip
    """Step 2 in the worker process for the window (step 1 ran on the window's annotation store)."""
    update_index(Path(profile), change, notes, progress, cancel)
    change.bilag_pages = {}
    change.settled = True
    return change
