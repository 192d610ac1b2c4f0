"""Why a file could not be imported: the one failure table, and the one error type parsing raises.

:class:`ImportFailure` is what the parser says about a file's content; :class:`Refusal` is what
the import says beside it (not read, too large, too slow, the disk is full, the profile is in
use). Both have their English line in :data:`MESSAGES` (the CLI, logs); the window has the
translated ones (``app.ui.messages``), keyed by the same values.
"""

from __future__ import annotations

from enum import Enum


class ImportFailure(str, Enum):
    """Why a file could not be turned into a meeting."""

    EMPTY = "empty"
    NOT_FOUND = "not_found"
    UNREADABLE = "unreadable"
    NOT_A_PDF = "not_a_pdf"
    DAMAGED_PDF = "damaged_pdf"
    ENCRYPTED = "encrypted"
    NO_TEXT_LAYER = "no_text_layer"
    NOT_MINUTES = "not_minutes"
    UNSUPPORTED = "unsupported"
    NOT_PORTAL_JSON = "not_portal_json"


class Refusal(str, Enum):
    """Why a file was not imported, beside the parser's own :class:`ImportFailure` reasons."""

    NOT_A_FILE = "not_a_file"  # a FIFO, a device (/dev/zero), a directory, a socket
    TOO_LARGE = "too_large"  # over the size cap, or the parse ran out of its memory limit
    TOO_SLOW = "too_slow"  # the CPU or wall-clock limit ran out
    FAILED = "failed"  # the reader stopped with an unexpected error or crashed
    NAME_TOO_LONG = "name_too_long"  # the OS refuses the path itself
    PERMISSION = "permission"  # no permission to read the file
    DISK_FULL = "disk_full"  # storing it failed: no space left
    READ_ONLY = "read_only"  # storing it failed: the profile is read-only
    INTERRUPTED = "interrupted"  # the background worker stopped before this file was done
    PROFILE_IN_USE = "profile_in_use"  # another Mødemappe holds the profile: nothing was stored
    TOO_MANY_FILES = "too_many_files"  # a zip or folder with more files than an import takes
    NESTED_ARCHIVE = "nested_archive"  # a zip inside a zip: not opened


Failure = ImportFailure | Refusal

MESSAGES: dict[ImportFailure | Refusal, str] = {
    ImportFailure.EMPTY: "the file is empty",
    ImportFailure.NOT_FOUND: "the file does not exist",
    ImportFailure.UNREADABLE: "the file cannot be read",
    ImportFailure.NOT_A_PDF: "the file is not a PDF or a text document",
    ImportFailure.DAMAGED_PDF: "the PDF is damaged or truncated",
    ImportFailure.ENCRYPTED: "the PDF is protected by a password",
    ImportFailure.NO_TEXT_LAYER: "the PDF has no text layer (a scan) — run OCR first",
    ImportFailure.NOT_MINUTES: "not an agenda or minutes",
    ImportFailure.UNSUPPORTED: "this kind of file is not supported",
    ImportFailure.NOT_PORTAL_JSON: "the JSON is not a meeting from a FirstAgenda portal",
    Refusal.NOT_A_FILE: "not a regular file (a pipe, a device or a folder) — not read",
    Refusal.TOO_LARGE: "the file is too large to import safely",
    Refusal.TOO_SLOW: "reading the file took too long; it was stopped",
    Refusal.FAILED: "the file is damaged or in a form Mødemappe cannot read",
    Refusal.NAME_TOO_LONG: "the file name is too long for the system",
    Refusal.PERMISSION: "no permission to read the file",
    Refusal.DISK_FULL: "the disk is full; the file was not stored",
    Refusal.READ_ONLY: "the profile folder is read-only; the file was not stored",
    Refusal.INTERRUPTED: "the import was interrupted; import the file again",
    Refusal.PROFILE_IN_USE: "the profile is in use by another Mødemappe; nothing was stored",
    Refusal.TOO_MANY_FILES: "more files than one import takes; those were not read",
    Refusal.NESTED_ARCHIVE: "a zip inside a zip is not opened",
}


def failure_message(reason: Failure | None) -> str:
    """The English one-line reason (CLI and logs); the window has translated ones in ``app.ui.messages``."""
    return MESSAGES.get(reason, "could not be imported") if reason is not None else "could not be imported"


class ParseError(Exception):
    """A file could not be imported; ``reason`` says why in a stable form."""

    def __init__(self, reason: ImportFailure, path: str | None = None, detail: str | None = None) -> None:
        self.reason = reason
        self.path = path
        self.detail = detail  # e.g. what the document looks like instead ("a printed e-mail …")
        super().__init__(MESSAGES[reason] + (f": {detail}" if detail else ""))

    def one_line(self) -> str:
        """``name: reason[: detail]`` for the CLI and logs, on one line."""
        prefix = f"{self.path}: " if self.path else ""
        detail = f": {self.detail}" if self.detail else ""
        return " ".join((prefix + MESSAGES[self.reason] + detail).split())
