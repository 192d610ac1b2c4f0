"""Entry points of the parsing layer: a file, a text or PDF bytes → :class:`Meeting`."""

from __future__ import annotations

import gc
import hashlib
import threading
from pathlib import Path

from app.model import Meeting, SourceInfo
from app.parsing import firstagenda
from app.parsing.classify import refusal
from app.parsing.errors import ImportFailure, ParseError
from app.parsing.minutes import parse_paragraphs
from app.parsing.paragraphs import build_paragraphs
from app.parsing.reading import BILAG_FAILURES, DocumentKind, Reading
from app.parsing.text_source import SourceLine, decode_text, normalise_text, text_lines


def parse_lines(lines: list[SourceLine]) -> Meeting:
    """Parse already-extracted lines (text rendition or PDF); refuse what is not a meeting."""
    paras = build_paragraphs(lines)
    meeting = parse_paragraphs(paras)
    reason = refusal(paras, meeting)
    if reason is not None:
        raise ParseError(ImportFailure.NOT_MINUTES, detail=reason)
    return meeting


def parse_text(text: str) -> Meeting:
    """Parse a text rendition given as a string."""
    return parse_lines(text_lines(normalise_text(text)))


def parse_bytes(data: bytes, name: str = "") -> Meeting:
    """Parse file content; PDF is recognised by its magic bytes, anything else must be text."""
    return _paused_gc(data, name, None, "")


def read_document(data: bytes, name: str = "", sha256: str = "") -> Reading:
    """Everything one reading of a file gives: hash, pages, page texts, what it is, the meeting or why not.

    Never raises for bad content: a file that is no meeting is a :class:`Reading` with its
    ``failure``. ``sha256`` is the hash the caller already took (the file is hashed once).
    """
    digest = sha256 or hashlib.sha256(data).hexdigest()
    texts: list[str] = []
    try:
        meeting = _paused_gc(data, name, texts, digest)
    except ParseError as err:
        pdf = data.lstrip()[:5] == b"%PDF-"
        kind = DocumentKind.BILAG if pdf and err.reason.value in BILAG_FAILURES else DocumentKind.NOT_A_MEETING
        return Reading(name, digest, len(data), kind, len(texts), texts, None, err.reason, err.detail or "")
    single = meeting.source is not None and meeting.source.kind == "pdf" and len(meeting.items) == 1
    kind = DocumentKind.ITEM_PDF if single else DocumentKind.MEETING
    return Reading(name, digest, len(data), kind, len(texts), texts, meeting)


def _paused_gc(data: bytes, name: str, page_texts: list[str] | None, sha256: str) -> Meeting:
    if not data:
        raise ParseError(ImportFailure.EMPTY, name or None)
    # Parsing allocates many short-lived objects and no reference cycles: pausing the cyclic
    # collector meanwhile saves a tenth of the time (see bench/parse.py). The collector is
    # process-wide, so only the main thread (CLI, benchmarks) may pause it, never a worker.
    collecting = gc.isenabled() and threading.current_thread() is threading.main_thread()
    if collecting:
        gc.disable()
    try:
        return _parse_bytes(data, name, page_texts, sha256)
    finally:
        if collecting:
            gc.enable()


def _parse_bytes(data: bytes, name: str, page_texts: list[str] | None, sha256: str) -> Meeting:
    try:
        if data.lstrip()[:5] == b"%PDF-":
            from app.parsing.pdf_source import pdf_lines

            lines, pages = pdf_lines(data, page_texts)
            meeting = parse_lines(lines)
            kind = "pdf"
        elif firstagenda.looks_like_json(data):
            return firstagenda.parse_portal_json(data, name)
        elif firstagenda.looks_like_html(data) or firstagenda.looks_like_portal_page(data):
            if not firstagenda.looks_like_portal_page(data):
                raise ParseError(ImportFailure.UNSUPPORTED)
            return firstagenda.parse_portal_page(data, name)
        else:
            if _looks_binary(data):
                raise ParseError(ImportFailure.NOT_A_PDF)
            meeting = parse_text(decode_text(data))
            kind, pages = "text", None
    except ParseError as err:
        err.path = name or err.path
        raise
    digest = sha256 or hashlib.sha256(data).hexdigest()
    meeting.source = SourceInfo(path=name, sha256=digest, kind=kind, page_count=pages)
    return meeting


def parse_file(path: str | Path) -> Meeting:
    """Parse a PDF or text file on disk."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise ParseError(ImportFailure.NOT_FOUND, str(p)) from None
    except (IsADirectoryError, PermissionError, OSError):
        raise ParseError(ImportFailure.UNREADABLE, str(p)) from None
    return parse_bytes(data, str(p))


def _looks_binary(data: bytes) -> bool:
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > len(head) * 0.05
