"""Importing files into the library off the GUI thread, with progress and cancel.

One bad file never stops the others: each file's outcome is collected and the summary
lists failures with the one-line reason. ``import_files`` is plain Python (the CLI uses
it directly); the window runs it in the worker process via :func:`app.services.jobs.import_job`.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.services.isolation import Failure, Limits, parse_files, storage_failure
from app.storage.library import ImportOutcome, Library


@dataclass
class ImportSummary:
    """What a batch import did, file by file."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, Failure | None]] = field(default_factory=list)
    cancelled: bool = False
    last_meeting_id: str | None = None
    meeting_ids: list[str] = field(default_factory=list)  # added or replaced


def import_files(
    library: Library,
    paths: list[Path],
    cancel: threading.Event | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    limits: Limits | None = None,
) -> ImportSummary:
    """Plain-data core of the import (also used headless by the CLI).

    Parsing is the untrusted step: it runs in isolated child processes, in parallel
    (:func:`app.services.isolation.parse_files`); storing runs here, in path order.
    """
    summary = ImportSummary()
    total = len(paths)
    known = {r.sha256 for r in library.meetings()}
    done = 0
    for parsed in parse_files(
        paths, limits=limits, cancel=cancel, progress=progress,
        known=lambda data: hashlib.sha256(data).hexdigest() in known,
    ):  # fmt: skip
        done += 1
        name = parsed.path.name
        if parsed.meeting is None or parsed.data is None:
            if parsed.known:
                summary.unchanged.append(name)
            else:
                summary.failed.append((name, parsed.failure))
            continue
        try:
            result = library.add_meeting(parsed.meeting, parsed.data, name)
        except OSError as err:
            summary.failed.append((name, storage_failure(err)))
            continue
        summary.last_meeting_id = result.meeting_id
        if result.outcome is not ImportOutcome.UNCHANGED:
            summary.meeting_ids.append(result.meeting_id)
        {
            ImportOutcome.ADDED: summary.added,
            ImportOutcome.REPLACED: summary.replaced,
            ImportOutcome.UNCHANGED: summary.unchanged,
        }[result.outcome].append(name)
    summary.cancelled = done < total and cancel is not None and cancel.is_set()
    if progress is not None:
        progress(done, total, "")
    return summary
