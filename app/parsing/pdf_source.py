"""Text-layer PDFs via pypdf → source lines with page numbers, bold flags and paragraph gaps.

pypdf's text visitor reports every text run with its position and font. From that we
rebuild lines, mark whole-line bold (headings), insert a blank line where the vertical
gap is clearly larger than the page's normal leading (a paragraph break), insert a tab
where a line has a wide horizontal gap (table cells), and drop running headers and
footers: lines that repeat at the top or bottom of most pages, and page numbers.
"""

from __future__ import annotations

import io
import logging
import re
import statistics
from collections import Counter
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from app.parsing.errors import ImportFailure, ParseError
from app.parsing.text_source import SourceLine, normalise_text

if TYPE_CHECKING:
    from pypdf import PageObject

# pypdf logs its own repair notes ("EOF marker not found"); we report one clear error instead.
logging.getLogger("pypdf").setLevel(logging.CRITICAL)

PAGE_NUMBER_RE = re.compile(
    r"^(?:side|page|s\.)\s*\d{1,4}(?:\s*(?:af|of|/)\s*\d{1,4})?$|^\d{1,4}\s*(?:af|of)\s*\d{1,4}$"
    r"|^\d{1,3}\s*/\s*\d{1,3}$|^[-–]?\s*\d{1,3}\s*[-–]?$",
    re.I,
)
_BULLET_GLYPHS = frozenset("•▪·●◦➢✓❖\uf0b7\uf0a7\uf0d8\uf0fc\uf076\uf0a8")
BARE_NUMBER_RE = re.compile(r"^[-–]?\s*\d{1,3}\s*[-–]?$")
_BOLD_RE = re.compile(r"bold|black|heavy|semibold|demi|,b$|-b$", re.I)


@dataclass(slots=True)
class _Run:
    text: str
    x: float
    y: float
    size: float
    bold: bool
    em: float = 0.5  # average glyph width of the font, in em
    widths: _Widths | None = None  # the font's own glyph widths, measured on demand

    @property
    def end(self) -> float:
        """Where the run ends, estimated from the font's average glyph width (cheap)."""
        return self.x + len(self.text) * self.size * self.em

    def exact_end(self) -> float:
        """Where the run ends, from the font's own glyph widths (used for a line's last run)."""
        width = self.widths.measure(self.text.rstrip()) if self.widths is not None else None
        return self.end if width is None else self.x + width * self.size / 1000.0


class _Widths:
    """A font's glyph widths (1/1000 em) via pypdf's font model, read only when first needed."""

    __slots__ = ("_default", "_font", "_table")

    def __init__(self, font: object) -> None:
        self._font: object = font
        self._table: dict[str, float] | None = None
        self._default = 500.0

    def measure(self, text: str) -> float | None:
        if self._font is not None:
            self._table, self._font = _glyph_widths(self._font), None
            if self._table is not None:
                self._default = float(self._table.get("default", 500.0))
        table = self._table
        if table is None:
            return None
        try:
            return sum(map(table.__getitem__, text))
        except KeyError:  # characters the font does not list: the default width, from now on too
            table.update((c, self._default) for c in set(text) if c not in table)
            return sum(map(table.__getitem__, text))


class _Line:
    """A visual line: its runs, and the geometry computed once when the line is complete."""

    __slots__ = ("_exact", "bold", "cells", "end", "runs", "size", "text_value", "y")

    def __init__(self) -> None:
        self.runs: list[_Run] = []
        self.y = self.size = self.end = 0.0
        self._exact: float | None = None
        self.bold = False
        self.text_value = ""
        self.cells: tuple[float, ...] = ()  # where each tab-separated cell starts (x)

    def finish(self) -> _Line:
        runs = self.runs
        if len(runs) == 1:  # the common case: one text run per line
            run = runs[0]
            shown = bool(run.text.strip())
            self.y, self.size, self.bold = run.y, run.size, shown and run.bold
            self.end = run.end if shown else 0.0
            self.text_value = run.text
            self.cells = (run.x,)
            return self
        visible = [r for r in runs if r.text.strip()]
        self.y = self.runs[0].y
        self.size = max(r.size for r in self.runs)
        self.bold = bool(visible) and all(r.bold for r in visible)
        self.end = max((r.end for r in visible), default=0.0)
        self.text_value = self._build_text()
        return self

    def text(self) -> str:
        return self.text_value

    def exact_end(self) -> float:
        """The line's end from glyph widths (its rightmost run), computed once on demand."""
        if self._exact is None:
            visible = [r for r in self.runs if r.text.strip()]
            self._exact = max(visible, key=lambda r: r.x).exact_end() if visible else self.end
        return self._exact

    def _build_text(self) -> str:
        parts: list[str] = []  # joined once at the end: linear in the line's length
        prev: _Run | None = None
        runs = sorted(self.runs, key=lambda r: r.x) if all(r.x > 0 for r in self.runs) else self.runs
        cells = [runs[0].x]
        for run in runs:
            if prev is not None:
                size = max(prev.size, 1.0)
                gap = run.x - prev.end
                apart = prev.text.strip() and run.text.strip()
                if apart and -0.15 * len(prev.text) * size - size < gap <= 2.0 * size and not prev.text[-1:].isspace():
                    gap = run.x - prev.exact_end()  # the estimate is near the line: measure
                if gap > 2.0 * size and apart:
                    if parts:
                        parts[-1] = parts[-1].rstrip()
                    parts.append("\t")
                    cells.append(run.x)
                elif len(prev.text) <= 3 and prev.text.strip() in _BULLET_GLYPHS and run.text[:1].isalnum():
                    parts.append(" ")  # a bullet set in a font of its own, e.g. Symbol
                elif apart and gap > 0.2 * size and not prev.text[-1:].isspace() and not run.text[:1].isspace():
                    parts.append(" ")  # two runs set apart by a space's width: two words, not one
            parts.append(run.text)
            prev = run
        self.cells = tuple(cells)
        return "".join(parts)


def _is_bold(font: object) -> bool:
    if not isinstance(font, dict):
        return False
    name = str(font.get("/BaseFont", ""))
    desc = font.get("/FontDescriptor")
    try:
        flags = int(desc.get_object().get("/Flags", 0)) if desc is not None else 0
        weight = float(desc.get_object().get("/FontWeight", 0)) if desc is not None else 0.0
    except Exception:
        flags, weight = 0, 0.0
    return bool(_BOLD_RE.search(name)) or bool(flags & (1 << 18)) or weight >= 600


def _average_em(font: object) -> float:
    """Mean glyph width of a simple font from its /Widths, in em; 0.5 when unknown."""
    try:
        widths = font.get("/Widths") if isinstance(font, dict) else None
        if widths is not None:
            values = [float(w) for w in widths.get_object() if float(w) > 0]
            if values:
                return max(0.3, min(0.8, statistics.fmean(values) / 1000.0 * 0.92))
    except Exception:
        pass
    return 0.58


def _glyph_widths(font: object) -> dict[str, float] | None:
    """Per-character widths of a font, via pypdf's font model; None when it cannot tell."""
    if not isinstance(font, dict):
        return None
    try:
        from pypdf.generic._font import Font

        widths = Font.from_font_resource(font).character_widths  # type: ignore[arg-type]  # pypdf's visitor gives its DictionaryObject (a dict)
    except Exception:  # a font pypdf cannot model: fall back to the average width
        return None
    # A table that misses the common letters (pypdf keys some Type0/Identity-H fonts by code, so
    # only a space and a hyphen are found) would make every word look short and split words at run
    # boundaries ("Forebyggelsesudvalget s"); the average width is the better guess then.
    known = sum(1 for c in "aeinorstAEINORST" if c in widths)
    return widths if len(widths) > 1 and known >= 4 else None


_FontInfo = tuple[bool, float, _Widths]  # bold, average em, glyph widths


def _page_lines(page: PageObject, fonts: dict[str, _FontInfo] | None = None) -> list[_Line]:
    """The page's visible lines; ``fonts`` caches bold/width per font across the document."""
    runs: list[_Run] = []
    fonts = {} if fonts is None else fonts

    by_object: dict[int, _FontInfo] = {}  # font objects live with the page
    append = runs.append

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if not text or text == "\n":
            return
        info = by_object.get(id(font))
        if info is None:
            key = f"{font.get('/BaseFont', '')}|{len(font)}" if isinstance(font, dict) else ""
            info = fonts.get(key)
            if info is None:
                info = fonts[key] = (_is_bold(font), _average_em(font), _Widths(font))
            by_object[id(font)] = info
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scaled = size * (abs(cm[3] * tm[3]) or abs(tm[3]) or 1.0)
        if scaled <= 2:
            scaled = size
        if "\n" not in text:
            append(_Run(text, x, y, scaled, info[0], info[1], info[2]))
            return
        for part in text.split("\n"):
            if part:
                append(_Run(part, x, y, scaled, info[0], info[1], info[2]))

    page.extract_text(visitor_text=visit)
    lines: list[_Line] = []
    current = _Line()
    ref: _Run | None = None  # the last visible run of the current line
    for run in runs:
        visible = bool(run.text.strip())
        if not visible and not current.runs:
            continue
        if visible:
            if ref is not None and abs(run.y - ref.y) >= 0.45 * max(ref.size, run.size, 1.0):
                lines.append(current)
                current = _Line()
            ref = run
        current.runs.append(run)
    if current.runs:
        lines.append(current)
    return [done for ln in lines if (done := ln.finish()).text_value.strip()]


def _key(line: _Line) -> str:
    """Running headers repeat the same words at the same height on every page."""
    text = re.sub(r"\d+", "#", re.sub(r"\s+", " ", line.text().strip().lower()))
    return f"{round(line.y / 3)}|{text}"


def _running_keys(pages: list[list[_Line]]) -> set[str]:
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        band = set(_key(t) for t in lines[:6]) | set(_key(t) for t in lines[-4:])
        counts.update(band)
    need = max(2, int(len(pages) * 0.5 + 0.5))
    return {k for k, n in counts.items() if n >= need}


def _page_number(lines: list[_Line], texts: list[str], index: int, step: int) -> bool:
    """A page number line; a bare number only when set apart (not the last word of a wrapped line)."""
    text = texts[index]
    if not PAGE_NUMBER_RE.match(text):
        return False
    if not BARE_NUMBER_RE.match(text):
        return True
    other = index + step
    if not 0 <= other < len(lines):
        return True
    return abs(lines[index].y - lines[other].y) > 2.2 * max(lines[index].size, lines[other].size, 1.0)


def _strip_running(lines: list[_Line], keys: set[str]) -> list[_Line]:
    texts = [ln.text().strip() for ln in lines]
    drop: set[int] = set()
    seen: set[str] = set()
    for index in range(min(6, len(lines))):
        k = _key(lines[index])
        if (k in keys and k not in seen) or _page_number(lines, texts, index, 1):
            drop.add(index)
            seen.add(k)
        elif index >= 1:
            break
    seen.clear()
    for index in range(len(lines) - 1, max(-1, len(lines) - 5), -1):
        k = _key(lines[index])
        if (k in keys and k not in seen) or _page_number(lines, texts, index, -1):
            drop.add(index)
            seen.add(k)
        else:
            break
    return [ln for i, ln in enumerate(lines) if i not in drop]


def pdf_lines(data: bytes, page_texts: list[str] | None = None) -> tuple[list[SourceLine], int]:
    """Extract the lines of a PDF; raises :class:`ParseError` for unusable files.

    ``page_texts``, when given, receives each page's text as soon as the pages are read, also
    when the PDF then turns out to be no meeting (a bilag) or a scan: the one reading of the
    file gives the importer its page count and the text it matches bilag by and indexes.
    """
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError, PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise ParseError(ImportFailure.ENCRYPTED)
            except (FileNotDecryptedError, NotImplementedError):
                raise ParseError(ImportFailure.ENCRYPTED) from None
        pages = list(reader.pages)
        fonts: dict[str, _FontInfo] = {}
        raw_pages = [_page_lines(p, fonts) for p in pages]
        if page_texts is not None:
            page_texts[:] = ["\n".join(normalise_text(ln.text()) for ln in lines) for lines in raw_pages]
    except ParseError:
        raise
    except FileNotDecryptedError:
        raise ParseError(ImportFailure.ENCRYPTED) from None
    except (
        PyPdfError,  # includes LimitReachedError: decompression bombs, runaway page trees
        PdfReadError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        IndexError,
        OSError,
        RecursionError,
        ZeroDivisionError,
        AssertionError,
    ):
        raise ParseError(ImportFailure.DAMAGED_PDF) from None
    if not pages:
        raise ParseError(ImportFailure.DAMAGED_PDF)
    if sum(len(p) for p in raw_pages) == 0:
        raise ParseError(ImportFailure.NO_TEXT_LAYER)
    keys = _running_keys(raw_pages)
    out: list[SourceLine] = []
    leading = _typical_leading(raw_pages)
    ends = sorted(ln.end for p in raw_pages for ln in p)
    right_edge = ends[int(len(ends) * 0.9)] if ends else 0.0
    starts = sorted(ln.runs[0].x for p in raw_pages for ln in p if ln.runs)
    left_edge = starts[int(len(starts) * 0.1)] if starts else 0.0
    edge = _Edge(raw_pages, leading, right_edge)
    gapped = _gapped(raw_pages, leading)
    last_line: _Line | None = None
    last_end = right_edge
    running: list[SourceLine] = []
    for number, page_lines in enumerate(raw_pages, start=1):
        body = _strip_running(page_lines, keys)
        if not running and len(body) < len(page_lines):
            # The running header (committee, date) of the first page that has one: a fallback for
            # a per-item PDF that has no cover of its own.
            kept = {id(ln) for ln in body}
            texts = (normalise_text(ln.text()).strip() for ln in page_lines if id(ln) not in kept)
            running = [SourceLine(t, number, running=True) for t in texts if t and not PAGE_NUMBER_RE.match(t)]
        prev: _Line | None = None
        for line in body:
            text = normalise_text(line.text()).rstrip()
            marker = re.match(r"^(\s*(?:[-•–▪·●➢✓❖]|\d{1,2}[.)]|[a-zA-Z][.)]))\t\s*", text)
            if marker:
                text = marker.group(1) + " " + text[marker.end() :]  # an indented list item, not a table
            if "\t" in text and line.runs[0].x > left_edge + 3 * line.size:
                text = "\t" + text  # a table row whose first cell is empty
            elif (
                (above := prev if prev is not None else last_line) is not None
                and len(above.cells) > 1
                and "\t" not in text
                and (prev is None or prev.y - line.y < leading * max(prev.size, line.size, 1.0) * 1.45)
            ):
                # A line under a table row (or atop the next page) that starts at one of its cells
                # (an address under the place, a bilag name wrapping in its column): that cell's
                # continuation.
                column = next((i for i, x in enumerate(above.cells) if abs(x - line.cells[0]) < 2.0), 0)
                if column:
                    text = "\t" * column + text
                    line.cells = above.cells
            if prev is not None:
                gap = prev.y - line.y
                size_change = abs(prev.size - line.size) > 0.6
                normal = leading * max(prev.size, line.size, 1.0)
                if gap > normal * 1.45 or gap < -normal * 0.5 or size_change:
                    out.append(SourceLine("", number))
            elif (
                out
                and (_ends_paragraph(out) or last_end < 0.7 * right_edge)
                and not (last_line is not None and last_line.bold and line.bold and text[:1].islower())
                and (gapped or not _runs_on(out, last_line, line, text, edge))
            ):  # (a bold title going on in lower case atop the next page is still the title)
                # Page break: a finished sentence or a short last line ends the paragraph; a
                # sentence ending on a full last line (no room for the next word) may run on.
                out.append(SourceLine("", number))
            if out and out[-1].text and last_line is not None and _may_start_anew(text):
                # Was the previous line (on this page or the last) ended by its author rather than
                # wrapped? A little more space than the leading says so at once; whether it had room
                # for this line's first word is measured only if a bilag list asks (it costs).
                spaced = (
                    prev is not None
                    and abs(prev.size - line.size) <= 0.6
                    and prev.y - line.y > leading * line.size * 1.06 + 0.5
                )
                if spaced:
                    out[-1].short = True
                    if not (prev is not None and prev.bold and line.bold) and (
                        _finished(out) or (_may_end(out) and _had_room(prev, line, text, edge))  # type: ignore[arg-type]
                    ):
                        out.append(SourceLine("", number))  # a little paragraph spacing after a sentence
                elif (
                    prev is not None
                    and not (prev.bold and line.bold)
                    and abs(prev.size - line.size) <= 0.6
                    and "\t" not in text
                    and "\t" not in out[-1].text
                    and (_finished(out) or _may_end(out))
                    and _had_room(prev, line, text, edge)
                ):
                    # The line before ended a sentence well short of the column's edge, with room
                    # for this line's first word: its author ended the paragraph there, gap or no gap.
                    out[-1].short = True
                    out.append(SourceLine("", number))
                else:
                    out[-1].room = partial(_had_room, last_line, line, text, edge)
            out.append(SourceLine(text, number, line.bold))
            prev = last_line = line
            last_end = line.end
    return running + out, len(pages)


def _had_room(previous: _Line, line: _Line, text: str, edge: _Edge) -> bool:
    """Had ``previous`` room for the first word of ``line``? Then it was not a wrapped line."""
    first = next((r for r in line.runs if r.text.strip()), line.runs[0])
    word = _Run(text.lstrip().split(" ", 1)[0], 0.0, 0.0, first.size, False, first.em, first.widths)
    needed = word.exact_end() + 0.3 * line.size + 1.0
    return edge.value() - previous.exact_end() > needed


class _Edge:
    """The column's wrap edge, measured once and only when first asked for."""

    def __init__(self, pages: list[list[_Line]], leading: float, fallback: float) -> None:
        self._args: tuple[list[list[_Line]], float, float] | None = (pages, leading, fallback)
        self._value = fallback

    def value(self) -> float:
        if self._args is not None:
            self._value, self._args = _wrap_edge(*self._args), None
        return self._value


def _wrap_edge(pages: list[list[_Line]], leading: float, fallback: float) -> float:
    """Where the text column wraps: the median end of lines that certainly wrapped (the next
    line goes on in lower case). Narrower than the page's widest lines in many layouts."""
    ends: list[float] = []
    for lines in pages:
        for a, b in zip(lines, lines[1:]):
            gap = a.y - b.y
            if 0 < gap <= leading * max(a.size, b.size, 1.0) * 1.45 and b.text_value[:1].islower():
                ends.append(a.exact_end())
                if len(ends) >= 101:  # a sample is enough, and measuring costs
                    return _edge_of(ends)
    return _edge_of(ends) if len(ends) >= 5 else fallback


def _edge_of(ends: list[float]) -> float:
    """No wrapped line ends beyond the column's edge, and a justified or well-filled one ends at
    it: the edge is where the fullest wrapped lines end (a high percentile, not the median —
    the median sits a word's width inside the column, and every line ending short of it by less
    than a word would count as full)."""
    ends = sorted(ends)
    return ends[int(len(ends) * 0.9)]


def _gapped(pages: list[list[_Line]], leading: float) -> bool:
    """Does the document set its paragraphs apart by space? Then, at a page break, a sentence
    ending on the last line ends the paragraph (no gap can show it there)."""
    spaced = tight = 0
    for lines in pages:
        for a, b in zip(lines, lines[1:]):
            if a.bold or b.bold or abs(a.size - b.size) > 0.6 or not b.text_value[:1].isupper():
                continue
            if a.text_value.rstrip().endswith("."):
                if a.y - b.y > leading * max(a.size, b.size, 1.0) * 1.45:
                    spaced += 1
                else:
                    tight += 1
    return spaced > tight


def _runs_on(out: list[SourceLine], last: _Line | None, line: _Line, text: str, edge: _Edge) -> bool:
    """Across a page break: did a plain paragraph fill its last line to the column's edge, with
    no room for the next page's first word, and go on in the same font and size?"""
    if last is None or last.bold or line.bold or abs(last.size - line.size) > 0.6 or "\t" in text:
        return False
    if not out or not out[-1].text or "\t" in out[-1].text or not text[:1].isalpha():
        return False
    return not _had_room(last, line, text, edge)


def _finished(out: list[SourceLine]) -> bool:
    """Could the last line end a paragraph? It ends a sentence, or it is a paragraph's only line
    so far, holds no comma (a list of names runs on) and stops on no hyphen or conjunction (a
    heading-like line: "Økonomiske konsekvenser for skolerne"); a line inside a paragraph that
    ends mid-sentence only had a line break."""
    last = out[-1].text.rstrip()
    if last.endswith((".", ":", "!", "?")):
        return True
    alone = (len(out) < 2 or not out[-2].text.strip()) and "," not in last  # (a list of names runs on)
    return alone and not last.endswith(("-", ";")) and last.rsplit(" ", 1)[-1] not in _CONTINUING


_CONTINUING = frozenset(("og", "eller", "samt", "i", "for", "af", "til", "fra", "med", "på", "om", "at", "der", "som"))


def _may_end(out: list[SourceLine]) -> bool:
    """Could the last line end a paragraph that ends in no full stop ("… (bilag 1)", "Tabel 1 -
    Anlæg 2022")? Not when it stops where a sentence cannot (a hyphen, "og", "i" …), in a run
    of names or values (commas in the line: such lists are broken anywhere), or on a label line."""
    last = out[-1].text.rstrip()
    if last.count(",") >= 2 or last.endswith((",", "-", ";", "–")) or _LABELLED_RE.match(last):
        return False  # (a "Baseline: … / Status: …" line is one of a block's label lines)
    return last.rsplit(" ", 1)[-1] not in _CONTINUING


_LABELLED_RE = re.compile(r"^\S{2,30}(?: \S{1,30}){0,2}: ")


def _may_start_anew(text: str) -> bool:
    stripped = text.lstrip()
    first = stripped[:1]
    if first in "\"”“«„'" and len(stripped) > 1:
        first = stripped[1]  # a quotation opens the paragraph: ”Der …
    return first.isupper() or first.isdigit() or first == "§"


def _ends_paragraph(out: list[SourceLine]) -> bool:
    """At a page break: a finished sentence, a heading or a blank ends the paragraph."""
    last = next((ln for ln in reversed(out) if ln.text.strip()), None)
    if last is None:
        return True
    return last.bold or last.text.rstrip().endswith((".", ":", "!", "?"))


def _typical_leading(pages: list[list[_Line]]) -> float:
    """The normal line spacing as a multiple of the font size (1.2 for most layouts).

    Measured relative to the size, so a page mixing 14 pt titles, 10 pt text and 5 pt table
    rows still tells a wrapped title line from a paragraph gap.
    """
    ratios: list[float] = []
    for lines in pages:
        for a, b in zip(lines, lines[1:]):
            gap = a.y - b.y
            size = max(a.size, b.size, 1.0)
            if 0 < gap < 3 * size and abs(a.size - b.size) <= 0.6:
                ratios.append(gap / size)
    if not ratios:
        return 1.4
    # The normal leading is the smallest spacing that recurs; paragraph gaps are larger and,
    # in papers with many short paragraphs, can outnumber it (so not the median).
    counts = Counter(round(r * 20) / 20 for r in ratios)
    floor = max(3, len(ratios) // 20)
    common = [r for r, n in counts.items() if n >= floor]
    return float(min(common)) if common else float(statistics.median(ratios))
