"""Builds published-looking PDFs from text renditions, for the PDF ≡ text tests.

A4 pages with a running header (committee and date) and footer ("Side N af M"),
headings in bold, paragraphs wrapped at the page width with long words hyphenated at
line ends, tables laid out in columns, and paragraph gaps — the shape of a real
FirstAgenda/eDoc referat. Test-only: it uses reportlab.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
REGULAR, BOLD = "DejaVuSans", "DejaVuSans-Bold"
_registered = False


def _register() -> None:
    global _registered
    if not _registered:
        pdfmetrics.registerFont(TTFont(REGULAR, str(FONT_DIR / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))
        _registered = True


@dataclass
class _VLine:
    text: str
    bold: bool
    size: float
    gap_before: float
    cells: list[str] | None = None
    soft_end: bool = False  # inside a paragraph: page break must not fall after a sentence end here
    col_widths: list[float] | None = None


KEEP = {"ikke", "non", "ex", "eks", "anti", "pro", "co", "vice", "semi"}


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    words = text.split(" ")
    lines: list[str] = []
    cur = ""
    for word in words:
        trial = f"{cur} {word}" if cur else word
        if pdfmetrics.stringWidth(trial, font, size) <= width:
            cur = trial
            continue
        # Hyphenate a long plain word at the line end, as layout engines do.
        if re.fullmatch(r"[a-zæøåA-ZÆØÅ]{12,}", word):
            for cut in range(len(word) - 5, 5, -1):
                left = word[:cut]
                head = f"{cur} {left}-" if cur else f"{left}-"
                if pdfmetrics.stringWidth(head, font, size) <= width and left.lower() not in KEEP:
                    lines.append(head)
                    cur = word[cut:]
                    break
            else:
                lines.append(cur) if cur else None
                cur = word
            continue
        # Break after a real hyphen only where the parser keeps it (digits, capitals, one letter).
        m = re.match(r"^(\d+|[A-ZÆØÅ]+|[a-zæøå])-(.+)$", word)
        if m and pdfmetrics.stringWidth(f"{cur} {m.group(1)}-", font, size) <= width:
            lines.append(f"{cur} {m.group(1)}-".strip())
            cur = m.group(2)
            continue
        if cur:
            lines.append(cur)
        cur = word
    if cur:
        lines.append(cur)
    return lines


def _layout(text: str, width: float, scale: float = 1.0) -> list[_VLine]:
    out: list[_VLine] = []
    gap = 0.0
    for raw in text.replace("\r\n", "\n").split("\n"):
        line = raw.rstrip()
        if not line.strip():
            gap = 9.0
            continue
        md = re.match(r"^\s*(#{1,6})\s+(.*)$", line)
        body = md.group(2) if md else line
        bold = bool(md) or bool(re.fullmatch(r"\*\*[^*]+\*\*:?", body.strip()))
        plain = body.replace("**", "").strip() if "**" in body else body.strip("\n")
        if "\t" in plain:
            toc = re.match(r"^(.*?)(\.{3,})?\t(\d+)$", plain)
            if toc and (toc.group(2) or plain.count("\t") == 1):
                out.append(_VLine("", False, 10, gap, [toc.group(1) + (toc.group(2) or ""), toc.group(3)]))
            else:
                out.append(_VLine("", False, 10, gap, plain.split("\t")))
            gap = 0.0
            continue
        plain = plain.strip()
        size = (12.0 if md else 10.0) * scale
        font = BOLD if bold else REGULAR
        wrapped = _wrap(plain, font, size, width)
        for index, part in enumerate(wrapped):
            soft = index < len(wrapped) - 1
            out.append(_VLine(part, bold, size, gap if index == 0 else 0.0, soft_end=soft))
        gap = 0.0
    _fit_tables(out, width)
    return out


def _fit_tables(lines: list[_VLine], width: float) -> None:
    """Lay each run of table rows out in columns as wide as their widest cell."""
    index = 0
    while index < len(lines):
        if lines[index].cells is None or (
            len(lines[index].cells or []) == 2 and (lines[index].cells or ["", ""])[1].isdigit()
        ):
            index += 1
            continue
        end = index
        while end < len(lines) and lines[end].cells is not None:
            end += 1
        rows = lines[index:end]
        ncols = max(len(r.cells or []) for r in rows)
        size = 10.0
        while True:
            widths = [0.0] * ncols
            for r in rows:
                for col, cell in enumerate(r.cells or []):
                    w = pdfmetrics.stringWidth(cell, REGULAR, size)
                    widths[col] = max(widths[col], w * 1.2 + 5 * size)
            if sum(widths) <= width or size <= 4:
                break
            size -= 0.5
        for r in rows:
            r.size, r.col_widths = size, widths
        index = end


def build_pdf(text: str, path: Path, header: str, *, margin: float = 60.0, scale: float = 1.0) -> int:
    """Write ``text`` as a paginated PDF to ``path``; returns the page count.

    ``margin`` (left and right, points) and ``scale`` (font sizes) vary the rendering, so the
    same text wraps its titles and paragraphs at other words (bench/fidelity.py).
    """
    _register()
    width, height = A4
    left, right, top, bottom = margin, margin, 70.0, 60.0
    lines = _layout(text, width - left - right, scale)
    pages: list[list[tuple[_VLine, float]]] = [[]]
    y = height - top
    index = 0
    while index < len(lines):
        line = lines[index]
        leading = line.size * 1.3
        y_next = y - line.gap_before - leading
        # Keep a sentence end that sits inside a paragraph off the last line of a page.
        nxt = lines[index + 1] if index + 1 < len(lines) else None
        last_fits = nxt is None or y_next - nxt.gap_before - nxt.size * 1.3 >= bottom
        risky = line.soft_end and line.text.rstrip().endswith((".", ":", "!", "?")) and not last_fits
        if y_next < bottom or (risky and pages[-1]):
            pages.append([])
            y = height - top
            y_next = y - leading
        pages[-1].append((line, y_next))
        y = y_next
        index += 1
    total = len(pages)
    c = canvas.Canvas(str(path), pagesize=A4)
    for number, page in enumerate(pages, start=1):
        c.setFont(REGULAR, 8)
        c.drawString(left, height - 40, header)
        c.drawRightString(width - right, 30, f"Side {number} af {total}")
        for line, y in page:
            if line.cells is not None:
                c.setFont(REGULAR, 10)
                if len(line.cells) == 2 and line.cells[1].isdigit():
                    c.drawString(left, y, line.cells[0])
                    c.drawRightString(width - right, y, line.cells[1])
                else:
                    x = left
                    for col, cell in enumerate(line.cells):
                        if cell:
                            c.setFont(REGULAR, line.size)
                            c.drawString(x, y, cell)
                        x += line.col_widths[col] if line.col_widths else 100
                continue
            c.setFont(BOLD if line.bold else REGULAR, line.size)
            c.drawString(left, y, line.text)
        c.showPage()
    c.save()
    return total
