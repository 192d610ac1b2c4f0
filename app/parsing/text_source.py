"""Reading text renditions: decoding, Unicode clean-up and splitting into source lines."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from app.parsing.errors import ImportFailure, ParseError


@dataclass
class SourceLine:
    """One line of the document as it came from the source; ``page`` is 1-based or None."""

    text: str
    page: int | None = None
    bold: bool = False
    short: bool = False  # PDFs: the line ends well before the right margin (not a wrapped line)


_SYMBOL_BULLETS = {"\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "➢", "\uf0fc": "✓", "\uf076": "❖", "\uf0a8": "▪"}
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


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
    """NFC, unified line ends, NBSP → space, soft hyphens and zero-width marks removed."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2007", " ")
    for invisible in ("\u00ad", "\u200b", "\u200c", "\u200d", "\ufeff", "\u2060"):
        text = text.replace(invisible, "")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    # Word's Symbol/Wingdings bullets arrive as private-use characters.
    for private, bullet in _SYMBOL_BULLETS.items():
        if private in text:
            text = text.replace(private, bullet)
    return _CONTROL_RE.sub("", text)


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
