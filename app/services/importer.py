"""Importing files into the library off the GUI thread, with progress and cancel.

One bad file never stops the others: each file's outcome is collected and the summary
lists failures with the one-line reason. ``import_files`` is plain Python (the CLI uses
it directly); the window runs it in the worker process via :func:`app.services.jobs.import_job`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.parsing import ParseError
from app.parsing.errors import ImportFailure
from app.storage.library import ImportOutcome, Library


@dataclass
class ImportSummary:
    """What a batch import did, file by file."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, ImportFailure | None]] = field(default_factory=list)
    cancelled: bool = False
    last_meeting_id: str | None = None
    meeting_ids: list[str] = field(default_factory=list)  # added or replaced


def import_files(
    library: Library,
    paths: list[Path],
    cancel: threading.Event | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> ImportSummary:
    """Plain-data core of the import (also used headless by the CLI)."""
    summary = ImportSummary()
    total = len(paths)
    for done, path in enumerate(paths):
        if cancel is not None and cancel.is_set():
            summary.cancelled = True
            break
        if progress is not None:
            progress(done, total, path.name)
        try:
            result = library.import_file(path)
        except ParseError as err:
            summary.failed.append((path.name, err.reason))
            continue
        except OSError:
            summary.failed.append((path.name, ImportFailure.UNREADABLE))
            continue
        summary.last_meeting_id = result.meeting_id
        if result.outcome is not ImportOutcome.UNCHANGED:
            summary.meeting_ids.append(result.meeting_id)
        {
            ImportOutcome.ADDED: summary.added,
            ImportOutcome.REPLACED: summary.replaced,
            ImportOutcome.UNCHANGED: summary.unchanged,
        }[result.outcome].append(path.name)
    if progress is not None:
        progress(total if not summary.cancelled else done, total, "")
    return summary
