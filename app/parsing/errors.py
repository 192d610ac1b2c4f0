"""The one error type the parsing layer raises, with a machine-readable reason.

The UI turns ``reason`` into a translated one-line message; the CLI prints ``str(err)``.
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


MESSAGES: dict[ImportFailure, str] = {
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
}


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
