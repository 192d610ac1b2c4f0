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
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from app.model import Meeting
from app.model.folding import words
from app.parsing import ParseError
from app.parsing.errors import ImportFailure
from app.parsing.json_view import meeting_json
from app.services.library.bilag import BilagLink, attach_companions, expand_inputs, move_bilag, scratch_folder
from app.services.workers import isolation
from app.services.workers.isolation import Failure, Limits, parse_files, parse_one, storage_failure
from app.storage.annotations import AnnotationStore
from app.storage.identity import meeting_id, meeting_key
from app.storage.library import ImportOutcome, ImportResult, Library, MeetingRecord

Progress = Callable[[int, int, str], None]
__all__ = ["ImportFailure", "ImportSummary", "ParseError", "SubsetPolicy", "Undecided", "failure_message",
           "import_file", "import_files", "parse_json", "reattach_notes", "run_import"]  # fmt: skip


# What to do with a document holding several but not all of a meeting's items.
SubsetPolicy = Literal["merge", "replace", "ask"]


@dataclass(frozen=True)
class Undecided:
    """A file not imported yet: it holds only some of the ``items`` items of a meeting (committee, date)."""

    path: str
    committee: str
    date: str | None
    items: int

    @property
    def name(self) -> str:
        return Path(self.path).name


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
    earlier_keys: dict[str, list[str]] = field(default_factory=dict)  # meeting key → keys it took over
    orphaned: list[str] = field(default_factory=list)  # anchors of notes whose item vanished
    undecided: list[Undecided] = field(default_factory=list)  # parts of meetings, waiting for the member
    blocked: bool = False  # another writer held the profile: nothing was imported
    bilag: list[BilagLink] = field(default_factory=list)  # bilag files of the batch and where they went

    @property
    def changed(self) -> bool:
        return bool(self.added or self.replaced or self.merged)


def parse_json(path: str | Path) -> dict[str, object]:
    """The documented structure of one file (``parse --json``), without importing it. Raises ParseError.

    Parsed in an isolated child with hard limits, like every untrusted file.
    """
    meeting, _data = parse_one(Path(path))
    return meeting_json(meeting)


def parse_json_files(paths: list[Path]) -> Iterator[tuple[Path, dict[str, object] | None, Failure | None, str]]:
    """``parse --json`` for many files: parsed in parallel isolated children, yielded in order as
    (path, structure or None, failure, the parser's detail)."""
    for parsed in parse_files(paths):
        data = meeting_json(parsed.meeting) if parsed.meeting is not None else None
        yield parsed.path, data, parsed.failure, parsed.detail


def failure_message(reason: Failure | None) -> str:
    """Why a file could not be imported, in one English line (the window has its own, translated)."""
    return isolation.failure_message(reason)


# --- the steps -----------------------------------------------------------------------------------


def read_source(path: Path) -> bytes:
    """The file's bytes: a regular file under the size cap only, never blocking on a FIFO.

    Raises:
        ParseError: not found, unreadable, not a regular file, too large (the reason says which).
    """
    return isolation.read_source(Path(path), Limits.from_environment().max_file_bytes)


def parse_source(data: bytes, name: str) -> Meeting:
    """Parse one file's bytes: the single step that interprets untrusted content.

    It runs in an isolated child process with hard limits (:mod:`app.services.workers.isolation`).

    Raises:
        ParseError: not a meeting document, damaged, too large, too slow (the reason says which).
    """
    return isolation.parse_data(data, name)


def _same_meeting(record: MeetingRecord, meeting: Meeting) -> bool:
    """The same committee's same meeting and document type (a municipality missing on one side is no veto)."""
    if not (record.date and record.date == meeting.date and record.committee and meeting.committee):
        return False
    if words(record.committee) != words(meeting.committee) or record.document_type != meeting.document_type:
        return False
    return not (record.municipality and meeting.municipality) or words(record.municipality) == words(
        meeting.municipality
    )


def meeting_of_part(library: Library, meeting: Meeting) -> MeetingRecord | None:
    """The meeting in the library that ``meeting`` is a part of, if it is one.

    A part is a document of the same meeting with a single item (eDoc publishes one PDF per
    punkt; it adds or updates that item) or whose items are a strict subset of the meeting's
    (an excerpt). Such a document never replaces its meeting.
    """
    numbers = {i.number for i in meeting.items}
    if not numbers:
        return None
    mid = meeting_id(meeting)
    candidates = sorted((r for r in library.meetings() if _same_meeting(r, meeting)), key=lambda r: r.meeting_id != mid)
    for record in candidates:
        known = {i.number for i in record.items}
        if numbers < known or (len(numbers) == 1 and known):
            return record
    return None


def superseded_by(library: Library, meeting: Meeting) -> list[MeetingRecord]:
    """Entries of the same meeting under another id that the new document takes over.

    Those whose items it all holds and more (a punkt imported before its full referat), and
    those with the same items that did not know the municipality the document names: eDoc's
    per-item PDFs do not name it, so a meeting assembled from all its punkter before the
    referat arrived is the referat's meeting under a lesser id.
    """
    numbers = {i.number for i in meeting.items}
    mid = meeting_id(meeting)

    def taken_over(record: MeetingRecord) -> bool:
        known = {i.number for i in record.items}
        return known < numbers or (known == numbers and bool(meeting.municipality) and not record.municipality)

    return [r for r in library.meetings() if r.meeting_id != mid and _same_meeting(r, meeting) and taken_over(r)]


class DecisionNeeded(Exception):
    """A document holds only some of a meeting's items: merge into it or replace it? (The member decides.)"""

    def __init__(self, record: MeetingRecord) -> None:
        super().__init__(record.meeting_id)
        self.record = record


def store_document(
    library: Library, meeting: Meeting, data: bytes, name: str, subsets: SubsetPolicy = "merge"
) -> ImportResult:
    """Put a parsed document into the library: merge a part into its meeting, add a new meeting,
    or replace a revised version (and an entry the document supersedes).

    A single item always joins its meeting. A document with several but not all of a
    meeting's items (an excerpt — or a revision that dropped items) is never silently taken
    for the meeting: ``subsets`` says whether to merge its items in, replace the meeting, or
    ask (:class:`DecisionNeeded`).
    """
    whole = meeting_of_part(library, meeting)
    earlier = superseded_by(library, meeting)
    if whole is not None:
        if len(meeting.items) == 1 or subsets == "merge":
            return library.add_items(whole.meeting_id, meeting, data, name)
        if subsets == "ask":
            raise DecisionNeeded(whole)
        if whole.meeting_id != meeting_id(meeting):
            earlier.append(whole)
    result = library.add_meeting(meeting, data, name)
    for record in earlier:
        library.remove(record.meeting_id)
        move_bilag(library.profile, record.meeting_id, result.meeting_id)
        result.outcome = ImportOutcome.REPLACED
        if record.meeting_key != meeting_key(meeting):
            result.superseded_keys.append(record.meeting_key)
    return result


def import_file(library: Library, path: Path, subsets: SubsetPolicy = "merge") -> ImportResult:
    """Import one file (the very same file again is a no-op).

    Raises:
        ParseError: the file cannot be imported.
        DecisionNeeded: ``subsets="ask"`` and the file holds only some of a meeting's items.
    """
    path = Path(path)
    data = read_source(path)
    known = library.find_source(hashlib.sha256(data).hexdigest())
    if known is not None:
        return ImportResult(ImportOutcome.UNCHANGED, known.meeting_id, library.label(known))
    return store_document(library, parse_source(data, path.name), data, path.name, subsets)


def storing_order(meetings: list[Meeting]) -> list[int]:
    """Positions of a batch's documents in the order to store them: each meeting's whole document
    before its parts, so eDoc's per-item PDFs join their referat whichever order they came in.

    A part is a document of the same meeting as another in the batch (committee, date, type)
    whose items the other holds and more, and that is a single punkt or lacks what names the
    other (its municipality). Everything else keeps the order given, so a revised version
    later in the batch still replaces the earlier one.
    """

    def numbers(m: Meeting) -> set[str]:
        return {i.number for i in m.items}

    def part_of(m: Meeting, whole: Meeting) -> bool:
        same = (m.date and m.date == whole.date and m.committee and whole.committee and m.document_type
                == whole.document_type and words(m.committee) == words(whole.committee))  # fmt: skip
        return bool(same) and numbers(m) < numbers(whole) and (len(m.items) == 1 or meeting_id(m) != meeting_id(whole))

    def key(k: int) -> tuple[bool, int]:
        part = any(part_of(meetings[k], other) for j, other in enumerate(meetings) if j != k)
        return part, -len(meetings[k].items) if part else 0

    return sorted(range(len(meetings)), key=key)


def import_files(
    library: Library,
    paths: list[Path],
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
    subsets: SubsetPolicy = "merge",
    limits: Limits | None = None,
) -> ImportSummary:
    """The library half of an import (the worker process runs it for the window).

    Parsing, the untrusted step, runs in isolated child processes, as many as there are
    cores (:func:`app.services.workers.isolation.parse_files`). Every file is parsed before any is
    stored; storing runs here, each meeting's whole document before its parts
    (:func:`storing_order`), bilag last, so the result does not depend on the order the files
    were chosen or listed in. The report keeps the order given.
    """
    summary = ImportSummary()
    paths = expand_inputs(paths, scratch_folder(library.profile))  # folders and zips → files
    total = len(paths)
    done = 0
    results: list[tuple[int, Path, ImportResult]] = []
    documents: list[tuple[int, Path, Meeting, bytes]] = []
    for parsed in parse_files(
        paths, limits=limits, cancel=cancel, progress=progress,
        known=lambda data: library.find_source(hashlib.sha256(data).hexdigest()) is not None,
    ):  # fmt: skip
        done += 1
        path, name = parsed.path, parsed.path.name
        if parsed.known and parsed.data is not None:
            known = library.find_source(hashlib.sha256(parsed.data).hexdigest())
            if known is not None:
                results.append((done, path, ImportResult(ImportOutcome.UNCHANGED, known.meeting_id, "")))
            else:
                summary.unchanged.append(name)
            continue
        if parsed.meeting is None or parsed.data is None:
            summary.failed.append((name, parsed.failure))
            continue
        documents.append((done, path, parsed.meeting, parsed.data))
    for k in storing_order([meeting for _n, _path, meeting, _data in documents]):
        n, path, meeting, data = documents[k]
        try:
            results.append((n, path, store_document(library, meeting, data, path.name, subsets)))
        except DecisionNeeded as question:
            record = question.record
            summary.undecided.append(Undecided(str(path), record.committee or "", record.date, len(record.items)))
        except OSError as err:  # the disk is full, the profile read-only …: say which
            summary.failed.append((path.name, storage_failure(err)))
    for _n, path, result in sorted(results, key=lambda r: r[0]):
        _record(library, summary, path, result)
    summary.cancelled = done < total and cancel is not None and cancel.is_set()
    if progress is not None:
        progress(done, total, "")
    # The PDFs that are no minutes: bilag of the batch's items. Only regular files: it reads them
    # in this process, and a FIFO or /dev/zero among the paths would block it for ever.
    attach_companions(library, [p for p in paths if isolation.regular_file(p)], summary)
    return summary


def _record(library: Library, summary: ImportSummary, path: Path, result: ImportResult) -> None:
    """Note one file's outcome in the summary."""
    summary.last_meeting_id = result.meeting_id
    record = library.record(result.meeting_id)
    if result.superseded_keys and record is not None:
        summary.earlier_keys.setdefault(record.meeting_key, []).extend(result.superseded_keys)
    if result.outcome is not ImportOutcome.UNCHANGED and result.meeting_id not in summary.meeting_ids:
        summary.meeting_ids.append(result.meeting_id)
    {
        ImportOutcome.ADDED: summary.added,
        ImportOutcome.REPLACED: summary.replaced,
        ImportOutcome.UNCHANGED: summary.unchanged,
        ImportOutcome.MERGED: summary.merged,
    }[result.outcome].append(path.name)


def reattach_notes(
    library: Library, store: AnnotationStore, meeting_ids: list[str], earlier_keys: dict[str, list[str]] | None = None
) -> list[str]:
    """After an import: move each meeting's notes to their items; returns the anchors left orphaned.

    The items of every document of the meeting count (its agenda's and its minutes'); notes
    on an entry the meeting took over (``earlier_keys``) move to it.
    """
    orphaned: list[str] = []
    for key in dict.fromkeys(r.meeting_key for r in map(library.record, meeting_ids) if r is not None):
        orphaned += store.reconcile(key, library.items_of_meeting(key), (earlier_keys or {}).get(key, []))
    return orphaned


def refresh_search(library: Library, store: AnnotationStore) -> int:
    """Bring the search index (a cache next to the library) up to date; returns meetings indexed."""
    from app.search.bilag_index import sync_bilag
    from app.search.index import SearchIndex
    from app.services.search import note_text
    from app.storage.bilag import BilagStore

    index = SearchIndex(library.profile / "search.sqlite")
    try:
        count = index.sync(library)
        index.set_notes([(a.anchor, note_text(a)) for a in store.all()], replace_all=True)
        return count + sync_bilag(index.db, BilagStore(library.profile))
    finally:
        index.close()


def run_import(
    library: Library, store: AnnotationStore, paths: list[Path], subsets: SubsetPolicy = "merge"
) -> ImportSummary:
    """The whole import for the command line: library, notes, search, in this order."""
    library.reload()
    summary = import_files(library, paths, subsets=subsets)
    summary.orphaned = reattach_notes(library, store, summary.meeting_ids, summary.earlier_keys)
    if summary.changed:
        refresh_search(library, store)
    return summary
