"""Blocks of document text as escaped HTML: one renderer for the item view and the briefing.

Qt-free: it only writes HTML that Qt's rich-text engine (QTextDocument) understands, for the
window and for the PDF alike. Every piece of document or member text is escaped here, so no
caller can forget it. A new kind of block (a Sagsforløb timeline, nested lists) is one more
branch in :func:`block_html`, and both the item view and the briefing show it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from html import escape

from app.model import Block, BlockKind, Treatment


def block_html(block: Block) -> str:
    """One block: a paragraph (bold runs kept), a sub-heading, a list or a table."""
    if block.kind is BlockKind.PARAGRAPH:
        spans = "".join(f"<b>{escape(s.text)}</b>" if s.bold else escape(s.text) for s in block.spans)
        return f"<p>{spans}</p>"
    if block.kind is BlockKind.SUBHEADING:
        return f"<p><b>{escape(block.text)}</b></p>"
    if block.kind is BlockKind.BULLET_LIST:
        return "<ul>" + "".join(f"<li>{_item(i)}</li>" for i in block.items) + "</ul>"
    if block.kind is BlockKind.NUMBERED_LIST:
        markers = block.markers or [f"{n}." for n in range(1, len(block.items) + 1)]
        rows = "".join(f"<tr><td valign='top'>{escape(m)}</td><td>{_item(i)}</td></tr>"
                       for m, i in zip(markers, block.items))  # fmt: skip
        return f"<table cellspacing='2'>{rows}</table>"
    rows = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in block.rows)
    return f"<table class='grid' cellpadding='3'>{rows}</table>"


def _item(text: str) -> str:
    """A list item; its own lines (a sub-point's "Bilag" and bilag names) stay lines."""
    return "<br>".join(escape(line) for line in text.split("\n"))


def blocks_html(blocks: Iterable[Block]) -> str:
    return "".join(block_html(b) for b in blocks)


def treatments_html(treatments: Iterable[Treatment], date_text: Callable[[str], str], point: str = "punkt") -> str:
    """A Sagsforløb as a short timeline: "date · committee · punkt N" and what was decided."""
    rows = []
    for t in treatments:
        head = " · ".join(
            part
            for part in (
                f"<span class='when'>{escape(date_text(t.date))}</span>" if t.date else "",
                escape(t.body),
                f"{escape(point)} {escape(t.item_number)}" if t.item_number else "",
            )
            if part
        )
        rows.append(f"<li>{head}" + (f"<br><span class='att'>{escape(t.text)}</span>" if t.text else "") + "</li>")
    return "<ul>" + "".join(rows) + "</ul>"


def paragraphs_html(text: str, css: str = "") -> str:
    """Plain text (a member's note) as paragraphs, one per non-empty line."""
    cls = f" class='{css}'" if css else ""
    return "".join(f"<p{cls}>{escape(line)}</p>" for line in text.split("\n") if line.strip())
