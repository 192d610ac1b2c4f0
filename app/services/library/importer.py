"""Importing papers, in one place for the window and the command line.

An import is: read each file once in a sandboxed child (its one :class:`Reading`), put the
meetings in the library (add, replace a revised version, or merge a per-item document into
its meeting), place the bilag, and report what happened — file by file, one bad file never
stopping the others — with one :class:`LibraryChange` that :mod:`app.services.library.settle`
settles (notes re-homed, search updated once).

:func:`import_files` touches only the library; it runs in the worker process for the window
(:func:`import_job`) or directly for the CLI. :func:`run_import` is the whole thing for the
command line; the window settles the change through its one
:class:`~app.services.library.settler.LibrarySettler`.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.model import Meeting
from app.model.folding import words
from app.parsing import ParseError
from app.parsing.bilag_match import Placement, place_bilag, place_item_pdfs
from app.parsing.errors import Failure, ImportFailure, Refusal, failure_message
from app.parsing.json_view import meeting_json
from app.parsing.reading import DocumentKind, Reading
from app.services.library import versions
from app.services.library.bilag import BilagLink, clean_scratch, expand_inputs, move_bilag, scratch_folder
from app.services.library.change import LibraryChange
from app.services.library.settle import settle
from app.services.library.versions import DecisionNeeded, Preview, SubsetPolicy
from app.services.workers.isolation import (
    Limits,
    parse_files,
    parse_one,
    reading_of,
    refused_or_meeting,
    storage_failure,
)
from app.services.workers.progress import Progress
from app.services.workers.writer import ProfileLockedError, as_writer
from app.storage.annotations import AnnotationStore
from app.storage.bilag import ITEM_PDF, MAX_BILAG_BYTES, BilagStore
from app.storage.identity import meeting_id, meeting_key
from app.storage.library import ImportOutcome, ImportResult, Library, MeetingRecord

__all__ = ["ImportFailure", "ImportSummary", "LibraryChange", "ParseError", "SubsetPolicy", "Undecided",
           "failure_message", "import_files", "parse_json", "run_import"]  # fmt: skip

# ``--replace`` / ``--merge``: the member's word goes, also for a file imported before.
FORCED = ("merge", "replace")


@dataclass(frozen=True)
class Undecided:
    """A file not imported yet: it holds only some of the ``items`` items of a meeting (committee, date)."""

    path: str
    committee: str
    date: str | None
    items: int
    preview: Preview = field(default_factory=Preview)  # what merging and what replacing would do

    @property
    def name(self) -> str:
        return Path(self.path).name


@dataclass
class ImportSummary:
    """What a batch import did, file by file (the report for the window and the CLI)."""

    added: list[str] = field(default_factory=list)  # file names, as the report lists them
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)  # per-item documents added to their meeting
    failed: list[tuple[str, Failure | None]] = field(default_factory=list)
    cancelled: bool = False
    last_meeting_id: str | None = None
    undecided: list[Undecided] = field(default_factory=list)  # parts of meetings, waiting for the member
    blocked: bool = False  # another writer held the profile: nothing was imported
    bilag: list[BilagLink] = field(default_factory=list)  # bilag files of the batch and where they went
    change: LibraryChange = field(default_factory=LibraryChange)  # what the library now holds differently

    @property
    def changed(self) -> bool:
        return bool(self.added or self.replaced or self.merged)

    @property
    def meeting_ids(self) -> list[str]:
        """Entries added, replaced or merged into."""
        return self.change.meeting_ids

    @property
    def orphaned(self) -> list[str]:
        """Anchors of notes whose item vanished (known once the change is settled)."""
        return self.change.orphaned


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


# --- the steps -----------------------------------------------------------------------------------


def _same_meeting(record: MeetingRecord, meeting: Meeting) -> bool:
    """The same committee's same meeting and document type (a municipality missing on one side is no veto)."""
    if not (record.date and record.date == meeting.date and record.committee and meeting.committee):
        return False
    if words(record.committee) != words(meeting.committee) or record.document_type != meeting.document_type:
        return False
    return not (record.municipality and meeting.municipality) or words(record.municipality) == words(
        meeting.municipality
    )


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


def store_document(
    library: Library, meeting: Meeting, data: bytes, name: str, subsets: SubsetPolicy = "auto",
    *, remove_replaced: bool = True,
) -> ImportResult:
    """Put a parsed document into the library: a new version of a meeting it holds (complete →
    replaces it, extract → adds or updates its items; :mod:`app.services.library.versions`), or
    a new meeting (taking over the entries of its parts imported before it).

    ``remove_replaced=False`` leaves the entry a complete version took the place of (the
    agenda, when the minutes came) for the caller to remove (the portal sync, at its end).

    Raises:
        DecisionNeeded: ``subsets="ask"`` and the document's evidence is mixed.
    """
    # --- versions (#19): a meeting in the library gets its next version ---
    stored = versions.store_version(library, meeting, data, name, subsets, remove_replaced=remove_replaced)
    if stored is not None:
        return stored
    # --- a new meeting ---
    earlier = superseded_by(library, meeting)
    result = library.add_meeting(meeting, data, name)
    for record in earlier:
        library.remove(record.meeting_id)
        move_bilag(library.profile, record.meeting_id, result.meeting_id)
        result.removed_ids.append(record.meeting_id)
        result.outcome = ImportOutcome.REPLACED
        if record.meeting_key != meeting_key(meeting):
            result.superseded_keys.append(record.meeting_key)
    return result


def import_file(library: Library, path: Path, subsets: SubsetPolicy = "auto") -> ImportResult:
    """Import one file (the very same file again is a no-op); read once, in an isolated child.

    Raises:
        ParseError: the file cannot be imported.
        DecisionNeeded: ``subsets="ask"`` and the file holds only some of a meeting's items.
    """
    forced = subsets in FORCED
    parsed = next(parse_files([Path(path)], known=None if forced else lambda sha: library.find_source(sha) is not None))
    known = library.find_source(parsed.sha256) if parsed.known else None
    if known is not None:
        return ImportResult(ImportOutcome.UNCHANGED, known.meeting_id, library.label(known))
    meeting = refused_or_meeting(parsed)
    return store_document(library, meeting, parsed.data or b"", Path(path).name, subsets)


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
    subsets: SubsetPolicy = "auto",
    limits: Limits | None = None,
) -> ImportSummary:
    """The library half of an import (the worker process runs it for the window).

    Every file is read once, by an isolated child with hard limits, which gives back its one
    :class:`~app.parsing.reading.Reading` (:func:`app.services.workers.isolation.parse_files`):
    hash, pages, page texts, what it is, the meeting or why not. Nothing after that opens a
    file's bytes with a PDF reader. Storing runs here, each meeting's whole document before its
    parts (:func:`storing_order`), bilag last (placed by :mod:`app.parsing.bilag_match`), so the
    result does not depend on the order the files were chosen or listed in. The report keeps
    the order given; the library change is in ``summary.change``.
    """
    summary = ImportSummary()
    clean_scratch(library.profile)  # what killed imports left behind
    scratch = scratch_folder(library.profile)
    dropped: list[tuple[str, Failure | None]] = []  # what a limit or damage left out of a zip or folder
    try:
        _import(library, expand_inputs(paths, scratch, dropped), summary, cancel, progress, subsets, limits)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)  # success, failure or cancel: never left behind
    summary.failed = dropped + summary.failed
    return summary


def _import(library: Library, paths: list[Path], summary: ImportSummary, cancel: threading.Event | None,
            progress: Progress | None, subsets: SubsetPolicy, limits: Limits | None) -> None:  # fmt: skip
    total, done = len(paths), 0
    readings: list[tuple[int, Path, Reading]] = []
    data_of: dict[str, bytes] = {}
    known: list[tuple[int, Path, str]] = []
    failed: list[tuple[int, str, Failure | None]] = []
    forced = subsets in FORCED  # the member's word goes, also for a file imported before
    for parsed in parse_files(paths, limits=limits, cancel=cancel, progress=progress,
                              known=None if forced else lambda sha: library.find_source(sha) is not None):  # fmt: skip
        done += 1
        if parsed.known:
            known.append((done, parsed.path, parsed.sha256))
            continue
        reading = reading_of(parsed)
        if parsed.data is not None and reading.sha256:
            data_of[reading.sha256] = parsed.data
        readings.append((done, parsed.path, reading))
    # An itemless "meeting" (a notat that looked like minutes) beside real meetings is a bilag.
    with_items = bool(known) or any(r.meeting is not None and r.meeting.items for _n, _p, r in readings)
    documents = [(n, p, r) for n, p, r in readings if r.meeting is not None and (r.meeting.items or not with_items)]
    candidates = [(n, r) for n, _p, r in readings if r.kind is DocumentKind.BILAG
                  or (r.meeting is not None and not r.meeting.items and with_items and r.is_pdf)]  # fmt: skip
    taken = {id(r) for _n, r in candidates} | {id(r) for _n, _p, r in documents}
    failed += [(n, r.name, r.failure) for n, _p, r in readings if id(r) not in taken]
    results: list[tuple[int, Path, ImportResult]] = []
    outcome_of: dict[str, ImportOutcome] = {}
    for k in storing_order([r.meeting for _n, _p, r in documents if r.meeting is not None]):
        n, path, reading = documents[k]
        assert reading.meeting is not None
        try:
            result = store_document(library, reading.meeting, data_of[reading.sha256], path.name, subsets)
        except DecisionNeeded as question:
            record = question.record
            summary.undecided.append(Undecided(str(path), record.committee or "", record.date, len(record.items),
                                               question.preview))  # fmt: skip
            continue
        except OSError as err:  # the disk is full, the profile read-only …: say which
            failed.append((n, path.name, storage_failure(err)))
            continue
        results.append((n, path, result))
        outcome_of[reading.sha256] = result.outcome
        summary.change.removed += [m for m in result.removed_ids if m not in summary.change.removed]
        if result.item_changes:  # what the new version of a meeting changed (#19)
            summary.change.versions.setdefault(result.meeting_id, []).extend(result.item_changes)
    for n, path, sha in known:
        stored = library.find_source(sha)
        if stored is not None:
            results.append((n, path, ImportResult(ImportOutcome.UNCHANGED, stored.meeting_id, "")))
    for _n, path, result in sorted(results, key=lambda r: r[0]):
        _record(library, summary, path, result)
    # The bilag: item PDFs as their items' documents, the other PDFs placed on the batch's items.
    targets = _batch_meetings(library, summary, [sha for _n, _p, sha in known])
    parts = [r for _n, _p, r in documents if outcome_of.get(r.sha256) in _PART_OUTCOMES]
    bilag = [r for _n, r in candidates if r.size <= MAX_BILAG_BYTES]
    placed = place_item_pdfs(targets, parts) + place_bilag(targets, bilag, [p.name for p in paths])
    if any(not p.item_pdf for p in placed) and summary.last_meeting_id not in {mid for mid, _m in targets}:
        summary.last_meeting_id = targets[0][0]
    _store_bilag(library, summary, placed, {r.sha256: r for _n, _p, r in readings}, data_of)
    placed_names = {p.file_name for p in placed if not p.item_pdf}
    failed += [(n, r.name, r.failure if r.size <= MAX_BILAG_BYTES else Refusal.TOO_LARGE)
               for n, r in candidates if r.name not in placed_names]  # fmt: skip
    summary.failed = [(name, reason) for _n, name, reason in sorted(failed, key=lambda f: f[0])]
    summary.cancelled = done < total and cancel is not None and cancel.is_set()
    if progress is not None:
        progress(done, total, "")


_PART_OUTCOMES = (ImportOutcome.ADDED, ImportOutcome.MERGED, ImportOutcome.UNCHANGED)


def _batch_meetings(library: Library, summary: ImportSummary, known: list[str]) -> list[tuple[str, Meeting]]:
    """The meetings the batch's documents went into (imported now or before)."""
    ids = list(summary.change.meeting_ids)
    for sha in known:
        record = library.find_source(sha)
        if record is not None and record.meeting_id not in ids:
            ids.append(record.meeting_id)
    return [(mid, library.meeting(mid)) for mid in ids if library.record(mid) is not None]


def _store_bilag(library: Library, summary: ImportSummary, placed: list[Placement], readings: dict[str, Reading],
                 data_of: dict[str, bytes]) -> None:  # fmt: skip
    """Store each placed document with the page count its reading gave; its page texts go to the index."""
    store = BilagStore(library.profile)
    for placement in placed:
        origin = ITEM_PDF if placement.item_pdf else "import"
        try:
            record = store.add(placement.meeting_id, placement.item_number, placement.name,
                               data_of[placement.sha256], origin, placement.pages, placement.sha256)  # fmt: skip
        except (OSError, ValueError, KeyError):
            continue
        summary.bilag.append(BilagLink(placement.file_name, placement.meeting_id, record.item_number,
                                       placement.reason, record.sha256, placement.choices))  # fmt: skip
        if record.sha256 not in summary.change.bilag:
            summary.change.bilag.append(record.sha256)
        summary.change.bilag_pages[record.sha256] = readings[placement.sha256].page_texts


def _record(library: Library, summary: ImportSummary, path: Path, result: ImportResult) -> None:
    """Note one file's outcome in the summary and the library change."""
    summary.last_meeting_id = result.meeting_id
    record = library.record(result.meeting_id)
    summary.change.note(result.outcome.value, result.meeting_id, result.superseded_keys,
                        record.meeting_key if record is not None else "")  # fmt: skip
    {
        ImportOutcome.ADDED: summary.added,
        ImportOutcome.REPLACED: summary.replaced,
        ImportOutcome.UNCHANGED: summary.unchanged,
        ImportOutcome.MERGED: summary.merged,
    }[result.outcome].append(path.name)


def run_import(
    library: Library, store: AnnotationStore, paths: list[Path], subsets: SubsetPolicy = "auto"
) -> ImportSummary:
    """The whole import for the command line: the library, then one :func:`settle` (notes, search)."""
    library.reload()
    summary = import_files(library, paths, subsets=subsets)
    settle(summary.change, library, store)
    return summary


def import_job(progress: Progress, cancel: Any, profile: str, paths: list[str], writer_pid: int,
               subsets: SubsetPolicy = "ask") -> ImportSummary:  # fmt: skip
    """The library half of an import in the worker process, on behalf of ``writer_pid`` (the window
    holding the profile lock); the window settles ``summary.change`` when it comes back."""

    def run() -> ImportSummary:
        return import_files(Library(Path(profile)), [Path(p) for p in paths], cancel, progress, subsets)

    try:
        return as_writer(profile, writer_pid, run)
    except ProfileLockedError:  # another writer (a command, another window) has the profile
        return ImportSummary(failed=[(Path(p).name, Refusal.PROFILE_IN_USE) for p in paths], blocked=True)
