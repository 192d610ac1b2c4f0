"""Builds plain Word-made minutes of a small council as PDFs from a portal's agenda JSON, with the truth.

Small councils and boards (an Ældreråd, a Landdistriktsråd, a small island municipality's
committees) write their papers in Word and print them to PDF. No publishing system, so none of
its marks:

* a title line "Referat af møde i <udvalg>" (or "Dagsorden til møde i …"), then "Dato:",
  "Tid:", "Sted:", "Deltagere:" and "Afbud:" as label lines, and the municipality's name on
  a line of its own;
* "Dagsorden:" with the items as a plain numbered list (no page numbers, no dotted leaders);
* items as bold numbered headings ("3. Title"), starting anywhere on a page;
* no case numbers, most of the time; sub-headings in bold ("Sagsfremstilling", "Indstilling"),
  "Beslutning:" with the decision on the same line or under it, and "Bilag:" with the names as
  dashes;
* a centred "Side N" footer and no running header at all.

``variant`` changes fonts, sizes and whether the decision stands on the label's line.
:func:`build_plain_pdf` returns the truth the rendering was made from. Test and bench only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from tests.helpers.acadre_pdf import _Doc, _paginate, _Row
from tests.helpers.firstagenda_pdf import MONTHS, _clean, _fonts, _item_from_json


@dataclass(frozen=True)
class PlainStyle:
    """One rendering; :func:`plain_style` picks one per variant number."""

    regular: str = "Times-Roman"
    bold: str = "Times-Bold"
    page: tuple[float, float] = A4
    margins: tuple[float, float, float, float] = (72.0, 72.0, 72.0, 72.0)
    body: float = 12.0
    title: float = 16.0
    heading: float = 12.0
    para_gap: float = 10.0
    decision_inline: bool = True  # "Beslutning: Godkendt." on one line
    stamp: str = "Side {n}"
    title_text: str = "Referat af møde i {committee}"


PLAIN_STYLES: tuple[PlainStyle, ...] = (
    PlainStyle(),
    PlainStyle(regular="sans", bold="sans", body=11.0, heading=11.0, title=15.0, decision_inline=False,
               title_text="Referat fra mødet i {committee}", margins=(85, 70, 70, 70)),
    PlainStyle(regular="Helvetica", bold="Helvetica-Bold", body=10.5, heading=11.0, title=14.0, para_gap=6.0,
               stamp="- {n} -"),
)  # fmt: skip


def plain_style(variant: int) -> PlainStyle:
    return PLAIN_STYLES[variant % len(PLAIN_STYLES)]


@dataclass
class BuiltPlain:
    pages: int
    truth: dict[str, Any]


def _date(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def build_plain_pdf(
    data: dict[str, Any], path: Path, *, minutes: bool, variant: int = 0, municipality: str = "Læsø"
) -> BuiltPlain:
    """Write a plain Word-made rendition of the portal meeting ``data`` to ``path``."""
    style = plain_style(variant)
    if style.regular in ("sans", "serif", "condensed"):
        regular, bold = _fonts(style.regular)
    else:
        regular, bold = style.regular, style.bold
    doc = _Doc(style, regular, bold, style.page[0] - style.margins[0] - style.margins[1])  # type: ignore[arg-type]
    moede = data.get("Moede") or {}
    committee = _clean((data.get("Udvalg") or {}).get("Navn", ""))
    when = str(moede.get("Dato") or "")
    iso, clock = when[:10], when[11:16]
    place = _clean(moede.get("Sted") or "Rådhuset")
    members = moede.get("Moededeltagere") or []
    present = [_clean(m["Name"]) for m in members if not (m.get("Absent") or m.get("ParticipationCancelled"))]
    absent = [_clean(m["Name"]) for m in members if m.get("Absent") or m.get("ParticipationCancelled")]
    items = [i for i in (_item_from_json(raw) for raw in data.get("Dagsordenpunkter") or []) if not i.closed]
    b = style.body
    title = style.title_text.format(committee=committee)
    if not minutes:
        title = title.replace("Referat af", "Dagsorden til").replace("Referat fra", "Dagsorden til")
    doc.text(f"{municipality} Kommune", size=b)
    doc.text(title, bold=True, size=style.title, gap=16)
    doc.text(f"Dato: {_date(iso)}", gap=14)
    doc.text(f"Tid: Kl. {clock.replace(':', '.')}")
    doc.text(f"Sted: {place}")
    doc.text("Deltagere: " + ", ".join(present))
    if absent:
        doc.text("Afbud: " + ", ".join(absent))
    doc.text("Dagsorden:", bold=True, gap=14)
    for number, item in enumerate(items, start=1):
        doc.text(item.title, indent=18, hanging=f"{number}.", gap=2)
    truth_items: list[dict[str, Any]] = []
    for number, item in enumerate(items, start=1):
        doc.text(f"{number}. {item.title}", bold=True, size=style.heading + 1, gap=20, keep_next=True)
        paragraphs: list[str] = []
        for heading, blocks in item.sections:
            if heading:
                doc.text(heading, bold=True, size=style.heading, gap=style.para_gap, keep_next=True)
            for block in blocks:
                if block.kind == "item":
                    doc.text(block.text, indent=18, hanging="-", gap=2)
                else:
                    doc.text(block.text, gap=style.para_gap)
                    paragraphs.append(block.text)
        decision_text = None
        if minutes and item.decision:
            texts = [bl.text for bl in item.decision if not re.match(r"^(?:fraværende|afbud)\b", bl.text, re.I)]
            decision_text = " ".join(texts) or None
            if style.decision_inline and texts:
                doc.text(f"Beslutning: {texts[0]}", gap=style.para_gap)
                rest = texts[1:]
            else:
                doc.text("Beslutning:", bold=True, size=style.heading, gap=style.para_gap, keep_next=True)
                rest = texts
            for text in rest:
                doc.text(text, gap=style.para_gap)
        if item.bilag:
            doc.text("Bilag:", bold=True, size=style.heading, gap=style.para_gap, keep_next=True)
            for name in item.bilag:
                doc.text(name, indent=18, hanging="-", gap=2)
        truth_items.append({"number": str(number), "title": item.title, "closed": False,
                            "decision": decision_text, "attachments": list(item.bilag),
                            "paragraphs": paragraphs})  # fmt: skip
    pages = _paginate(doc)  # type: ignore[arg-type]
    _draw(pages, path, doc, style)
    truth = {
        "committee": committee,
        "municipality": municipality,
        "document_type": "referat" if minutes else "dagsorden",
        "date": iso,
        "start_time": clock,
        "location": place,
        "participants": present,
        "absent": absent,
        "items": truth_items,
    }
    return BuiltPlain(len(pages), truth)


def _draw(pages: list[list[tuple[_Row, float]]], path: Path, doc: _Doc, style: PlainStyle) -> None:
    width, _height = style.page
    left = style.margins[0]
    c = canvas.Canvas(str(path), pagesize=style.page)
    for number, page in enumerate(pages, start=1):
        c.setFont(doc.regular, 9)
        c.drawCentredString(width / 2, 36, style.stamp.format(n=number))
        for row, y in page:
            c.setFont(row.font, row.size)
            for x, text in row.cells:
                if text:
                    c.drawString(left + x, y, text)
        c.showPage()
    c.save()
