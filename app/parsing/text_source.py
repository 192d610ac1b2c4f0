"""Reading text renditions: decoding, Unicode clean-up and splitting into source lines."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from app.parsing.errors import ImportFailure, ParseError


@dataclass
class SourceLine:
    """One line of the document as it came from the source; ``page`` is 1-based or None."""

    text: str
    page: int | None = None
    bold: bool = False
    short: bool = False  # PDFs: the line was ended by its author, not wrapped
    room: Callable[[], bool] | None = None  # PDFs: measures that on demand (glyph widths cost)
    running: bool = False  # PDFs: a running header line, kept aside as a fallback for the header

    def ended(self) -> bool:
        """Did the author end this line (rather than the layout wrapping it)?"""
        if not self.short and self.room is not None:
            self.short, self.room = self.room(), None
        return self.short


_SYMBOL_BULLETS = {"\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "➢", "\uf0fc": "✓", "\uf076": "❖", "\uf0a8": "▪"}
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_NORMALISE: dict[int, str | None] = {
    **{c: None for c in (*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F)},
    **{ord(c): " " for c in "\u00a0\u202f\u2007"},
    **{ord(c): None for c in "\u00ad\u200b\u200c\u200d\ufeff\u2060"},
    **{ord(c): "\n" for c in "\r\u2028\u2029"},
    **{ord(k): v for k, v in _SYMBOL_BULLETS.items()},
}


def decode_text(data: bytes) -> str:
    """Decode a text rendition: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if not data.strip():
        raise ParseError(ImportFailure.EMPTY)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data[:4096]:
        raise ParseError(ImportFailure.NOT_A_PDF)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # One damaged byte must not turn a UTF-8 file into mojibake ("Ã˜konomiudvalget"): UTF-8
    # when its multi-byte letters outnumber the invalid bytes, else Windows-1252 (which never fails).
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd")
    letters = len(text.encode("utf-8", errors="surrogatepass")) - len(text) - 2 * invalid
    if letters > invalid:
        return text
    return data.decode("cp1252", errors="replace")


def normalise_text(text: str) -> str:
    """NFC, unified line ends, NBSP → space, soft hyphens, zero-width marks and control
    characters removed, Word's private-use Symbol bullets → "•" — in one pass (``translate``),
    since it runs once per PDF line."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    if len(text) < 4096:
        return text.translate(_NORMALISE)
    # A whole text rendition: replace() scans at memory speed where translate() goes char by char.
    for char, replacement in _NORMALISE.items():
        if char > 0x7F and chr(char) in text:
            text = text.replace(chr(char), replacement or "")
    return _CONTROL_RE.sub("", text.replace("\r", "\n"))


def text_lines(text: str) -> list[SourceLine]:
    """Split a normalised text into lines; form feeds (pdftotext) count as page breaks."""
    lines: list[SourceLine] = []
    pages = text.split("\f")
    paged = len(pages) > 1
    for number, page in enumerate(pages, start=1):
        for raw in page.split("\n"):
            lines.append(SourceLine(raw.rstrip("\n"), number if paged else None))
        if paged:
            lines.append(SourceLine("", number))
    return lines
