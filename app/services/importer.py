"""Importing papers, in one place for the window and the command line.

An import is: read the file, parse it, put it in the library (add, replace a revised
version, or merge a per-item document into its meeting), re-home the member's notes on the
meeting's items, bring search up to date, and report what happened — file by file, one bad
file never stopping the others.

The steps that only touch the library (:func:`import_files`) are plain Python and run in
the worker process for the window (:func:`app.services.jobs.import_job`) or directly for the
CLI; the steps that touch the annotation store (:func:`reattach_notes`) run in the process
that owns the store. :func:`run_import` is the whole thing for the command line; the window
does the same in two halves (:class:`app.ui.import_controller.ImportController`).
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.model import Meeting
from app.parsing.errors import ImportFailure
from app.services.isolation import Failure, Limits, parse_files, parse_one, read_source, storage_failure
from app.storage.annotations import AnnotationStore
from app.storage.library import ImportOutcome, ImportResult, Library

Progress = Callable[[int, int, str], None]
__all__ = ["ImportFailure", "ImportSummary", "import_file", "import_files", "reattach_notes", "run_import"]


@dataclass
class ImportSummary:
    """What a batch import did, file by file (the report for the window and the CLI)."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)  # per-item documents added to their meeting
    failed: list[tuple[str, Failure | None]] = field(default_factory=list)
    cancelled: bool = False
    last_meeting_id: str | None = None
    meeting_ids: list[str] = field(default_factory=list)  # added, replaced or merged into
    orphaned: list[str] = field(default_factory=list)  # anchors of notes whose item vanished

    @property
    def changed(self) -> bool:
        return bool(self.added or self.replaced or self.merged)


# --- the steps -----------------------------------------------------------------------------------


def read_document(path: Path) -> tuple[bytes, Meeting]:
    """Read and parse one file: the single step that touches untrusted content.

    The parse runs in an isolated child process with hard limits (:mod:`app.services.isolation`).

    Raises:
        ParseError: the file is missing, unreadable or not a meeting document.
        SourceRefused: the file is not a regular file, too large, too slow, or broke the reader.
    """
    meeting, data = parse_one(Path(path))
    return data, meeting


def store_document(library: Library, meeting: Meeting, data: bytes, name: str) -> ImportResult:
    """Put a parsed document into the library: add it, or replace a revised version of it."""
    return library.add_meeting(meeting, data, name)


def import_file(library: Library, path: Path) -> ImportResult:
    """Import one file (the very same file again is a no-op). Raises :class:`ParseError`."""
    path = Path(path)
    data = read_source(path, Limits.from_environment().max_file_bytes)  # never blocks on a FIFO
    known = library.find_source(hashlib.sha256(data).hexdigest())
    if known is not None:
        return ImportResult(ImportOutcome.UNCHANGED, known.meeting_id, library.label(known))
    data, meeting = read_document(path)
    return store_document(library, meeting, data, path.name)


def import_files(
    library: Library,
    paths: list[Path],
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
    limits: Limits | None = None,
) -> ImportSummary:
    """The library half of an import (the worker process runs it for the window).

    Parsing, the untrusted step, runs in isolated child processes, as many as there are
    cores (:func:`app.services.isolation.parse_files`); storing runs here, in path order,
    so a revised version later in the batch still replaces the earlier one.
    """
    summary = ImportSummary()
    total = len(paths)
    done = 0
    for parsed in parse_files(
        paths, limits=limits, cancel=cancel, progress=progress,
        known=lambda data: library.find_source(hashlib.sha256(data).hexdigest()) is not None,
    ):  # fmt: skip
        done += 1
        name = parsed.path.name
        if parsed.known and parsed.data is not None:
            record = library.find_source(hashlib.sha256(parsed.data).hexdigest())
            summary.unchanged.append(name)
            summary.last_meeting_id = record.meeting_id if record else summary.last_meeting_id
            continue
        if parsed.meeting is None or parsed.data is None:
            summary.failed.append((name, parsed.failure))
            continue
        try:
            result = store_document(library, parsed.meeting, parsed.data, name)
        except OSError as err:
            summary.failed.append((name, storage_failure(err)))
            continue
        summary.last_meeting_id = result.meeting_id
        if result.outcome is not ImportOutcome.UNCHANGED and result.meeting_id not in summary.meeting_ids:
            summary.meeting_ids.append(result.meeting_id)
        {
            ImportOutcome.ADDED: summary.added,
            ImportOutcome.REPLACED: summary.replaced,
            ImportOutcome.UNCHANGED: summary.unchanged,
            ImportOutcome.MERGED: summary.merged,
        }[result.outcome].append(name)
    summary.cancelled = done < total and cancel is not None and cancel.is_set()
    if progress is not None:
        progress(done, total, "")
    return summary


def reattach_notes(library: Library, store: AnnotationStore, meeting_ids: list[str]) -> list[str]:
    """After an import: move each meeting's notes to their items; returns the anchors left orphaned.

    The items of every document of the meeting count (its agenda's and its minutes').
    """
    orphaned: list[str] = []
    for key in dict.fromkeys(r.meeting_key for r in map(library.record, meeting_ids) if r is not None):
        orphaned += store.reconcile(key, library.items_of_meeting(key))
    return orphaned


def refresh_search(library: Library, store: AnnotationStore) -> int:
    """Bring the search index (a cache next to the library) up to date; returns meetings indexed."""
    from app.search.index import SearchIndex
    from app.services.search import note_text

    index = SearchIndex(library.profile / "search.sqlite")
    try:
        count = index.sync(library)
        index.set_notes([(a.anchor, note_text(a)) for a in store.all()], replace_all=True)
        return count
    finally:
        index.close()


def run_import(library: Library, store: AnnotationStore, paths: list[Path]) -> ImportSummary:
    """The whole import for the command line: library, notes, search, in this order."""
    library.reload()
    summary = import_files(library, paths)
    summary.orphaned = reattach_notes(library, store, summary.meeting_ids)
    if summary.changed:
        refresh_search(library, store)
    return summary
