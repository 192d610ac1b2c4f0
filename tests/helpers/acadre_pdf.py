"""Builds Acadre/Adlib-layout minutes and agendas as PDFs from a portal's agenda JSON, with the truth.

Acadre (and Adlib before it) lays a meeting out quite unlike FirstAgenda:

* a cover: the document type and the committee, then label/value lines — "Mødedato",
  "Mødetidspunkt" and "Mødested", the place as a name with its address lines under it
  ("Kaløvig Kursuscenter / Præstekravevej 46 / 8410 Rønde"); "Medlemmer" in two columns with
  party letters, and "Fraværende" the same way;
* a running header "Referat For <udvalg> Side N" with the date line under it, and an
  "N of M" stamp at the foot of every page;
* "Indholdsfortegnelse" with the column heads "Punkt nr." / "Side";
* items numbered on from earlier meetings ("412. Title", bold, larger), with "Sagsnr.:" and
  "Sagen afgøres i:", the "Bilag" table (number, Åben/Lukket, name, document number), and the
  sections Resumé / Sagsfremstilling / Økonomi … / Indstilling, then every treatment as
  "Beslutning i <udvalg> den <dato>" — the earlier ones (the case's Sagsforløb) first, this
  meeting's last; an agenda has none of this meeting's;
* closed items last, title only ("412. Lukket punkt: …"), one per page, often several in a row;
* an "Underskriftsside" with the members' names.

``variant`` changes fonts (TrueType and the standard Type 1 fonts), sizes, page size, margins,
whether paragraphs are set apart by a blank line at all, the cover's shape (a label column or
"Label: value"), the contents list (a table or dotted leaders) and where the bilag table stands,
so a parser tuned to one rendering fails on the next. :func:`build_acadre_pdf` returns the
truth the rendering was made from. Test and bench only: it uses reportlab.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

from tests.helpers.firstagenda_pdf import _Block, _clean, _fonts, _item_from_json, _wrap

_PARTIES = ("A", "V", "C", "F", "O", "Ø", "B", "I", "Å", "D")
_ADDRESSES = (
    ("Præstekravevej 46", "Følle Strand", "8410 Rønde"),
    ("Rådhusholmen 10", "2670 Greve"),
    ("Lundskovsvej 2", "Ryomgård", "8550 Ryomgård"),
    ("Torvet 1",),
)
_CLOSED_EXTRA = ("Salg af areal ved erhvervsområdet", "Personalesag", "Køb af ejendom til daginstitution",
                 "Udbud af rengøring - tildeling")  # fmt: skip
_HEADING_NAMES = {"resume": "Resumé", "sagsbeskrivelse": "Sagsfremstilling", "indstilling": "Indstilling"}


@dataclass(frozen=True)
class AcadreStyle:
    """One rendering of the layout; :func:`acadre_style` picks one per variant number."""

    regular: str = "Helvetica"
    bold: str = "Helvetica-Bold"
    page: tuple[float, float] = A4
    margins: tuple[float, float, float, float] = (70.0, 60.0, 95.0, 70.0)  # left, right, top, bottom
    body: float = 10.0
    title: float = 13.0
    heading: float = 10.5
    para_gap: float = 8.0  # 0: paragraphs follow each other with no gap at all
    cover_columns: bool = True  # "Mødested    Kaløvig Kursuscenter" as a label column
    toc_table: bool = True  # "412   Title   3" under "Punkt nr." / "Side"; else dotted leaders
    labels_one_row: bool = True  # "Sagsnr.: …      Sagen afgøres i: …" on one row
    bilag_first: bool = True  # the bilag table right under the labels; else after the last section
    stamp: str = "{n} of {m}"


ACADRE_STYLES: tuple[AcadreStyle, ...] = (
    AcadreStyle(),
    AcadreStyle(
        regular="serif", bold="serif", body=11.0, title=14.0, heading=11.0, para_gap=0.0, cover_columns=False,
        toc_table=False, labels_one_row=False, bilag_first=False, margins=(80, 70, 100, 75),
    ),
    AcadreStyle(
        regular="condensed", bold="condensed", page=letter, body=9.5, title=12.5, heading=10.0, para_gap=3.0,
        margins=(55, 55, 90, 65), toc_table=False, stamp="{n} of {m}",
    ),
    AcadreStyle(
        regular="Times-Roman", bold="Times-Bold", body=11.0, title=15.0, heading=11.5, para_gap=0.0,
        cover_columns=True, labels_one_row=False, bilag_first=True, margins=(72, 72, 100, 72),
    ),
)  # fmt: skip


def acadre_style(variant: int) -> AcadreStyle:
    return ACADRE_STYLES[variant % len(ACADRE_STYLES)]


@dataclass
class _Row:
    """One printed line: cells at x offsets from the left margin, in one font and size."""

    cells: list[tuple[float, str]]
    font: str
    size: float
    gap: float = 0.0
    keep_next: bool = False
    break_before: bool = False
    right: str | None = None  # right-aligned text (a contents line's page, a bilag's document number)
    page_of: str | None = None  # the item whose page number goes into ``right``
    leaders: bool = False
    start_of: str | None = None  # an item heading: remember its page


@dataclass
class _Doc:
    style: AcadreStyle
    regular: str
    bold: str
    width: float
    rows: list[_Row] = field(default_factory=list)

    def text(self, text: str, *, bold: bool = False, size: float | None = None, gap: float = 0.0,
             indent: float = 0.0, hanging: str = "", keep_next: bool = False) -> None:  # fmt: skip
        font = self.bold if bold else self.regular
        size = size or self.style.body
        hang = pdfmetrics.stringWidth(hanging + "  ", font, size) if hanging else 0.0
        for index, part in enumerate(_wrap(text, font, size, self.width - indent - hang)):
            cells = [(indent, hanging), (indent + hang, part)] if index == 0 and hanging else [(indent + hang, part)]
            self.rows.append(_Row(cells, font, size, gap if index == 0 else 0.0, keep_next))

    def row(self, cells: list[tuple[float, str]], *, bold: bool = False, gap: float = 0.0, size: float | None = None,
            right: str | None = None) -> None:  # fmt: skip
        self.rows.append(_Row(cells, self.bold if bold else self.regular, size or self.style.body, gap, right=right))


def _font_names(style: AcadreStyle) -> tuple[str, str]:
    if style.regular in ("sans", "serif", "condensed"):
        return _fonts(style.regular)
    return style.regular, style.bold


def _dotted(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def _long(iso: str) -> str:
    from tests.helpers.firstagenda_pdf import _long_date

    return _long_date(iso)


def _case_number(raw: str, seed: int) -> str:
    """Acadre's own case numbers ("12/23456"), made from the portal's."""
    digits = re.sub(r"\D", "", raw)
    if not digits:
        return f"{12 + seed % 9}/{10000 + seed * 37 % 89999}"
    return f"{digits[:2]}/{int(digits[-5:] or '0') + 1000}"


def _docno(seed: int) -> str:
    return f"{100000 + seed * 7919 % 899999}/{12 + seed % 9}"


def _party(index: int) -> str:
    return _PARTIES[index * 7 % len(_PARTIES)]


@dataclass
class BuiltAcadre:
    """What :func:`build_acadre_pdf` wrote: the page count and the truth."""

    pages: int
    truth: dict[str, Any]


def build_acadre_pdf(
    data: dict[str, Any], path: Path, *, minutes: bool, variant: int = 0, municipality: str = "Syddjurs",
    first_number: int = 412,
) -> BuiltAcadre:  # fmt: skip
    """Write an Acadre-layout rendition of the portal meeting ``data`` to ``path``."""
    style = acadre_style(variant)
    regular, bold = _font_names(style)
    doc = _Doc(style, regular, bold, style.page[0] - style.margins[0] - style.margins[1])
    moede = data.get("Moede") or {}
    committee = _clean((data.get("Udvalg") or {}).get("Navn", ""))
    when = str(moede.get("Dato") or "")
    iso, clock = when[:10], when[11:16]
    place_lines = [p.strip() for p in _clean(moede.get("Sted") or "Rådhuset").split(",") if p.strip()]
    if len(place_lines) == 1:
        place_lines += list(_ADDRESSES[variant % len(_ADDRESSES)])
    members = moede.get("Moededeltagere") or []
    present: list[str] = []
    absent: list[str] = []
    for index, m in enumerate(members):
        name = f"{_clean(m['Name'])} ({_party(index)})"
        (absent if m.get("Absent") or m.get("ParticipationCancelled") else present).append(name)
    if len(absent) < 2 and len(present) > 4 and variant % 2 == 1:
        absent.append(present.pop())  # two absentees: the list takes both columns
    raw_items = [_item_from_json(raw) for raw in data.get("Dagsordenpunkter") or []]
    open_items = [i for i in raw_items if not i.closed]
    closed_titles = [i.title for i in raw_items if i.closed]
    closed_titles += list(_CLOSED_EXTRA[: 1 + variant % 3])
    doctype = "Referat" if minutes else "Dagsorden"
    b, h, t = style.body, style.heading, style.title

    # --- cover ---
    doc.text(f"{municipality} Kommune", size=b + 1)
    doc.text(doctype, bold=True, size=t + 9, gap=50)
    doc.text(committee, bold=True, size=t + 3, gap=10)
    column = 110.0
    labels = [("Mødedato", _long(iso) if variant % 2 else _dotted(iso).replace("-", ".")),
              ("Mødetidspunkt", f"kl. {clock}" if variant % 2 else clock)]  # fmt: skip
    if style.cover_columns:
        for index, (label, value) in enumerate(labels):
            doc.row([(0, label), (column, value)], gap=30 if index == 0 else 2)
        doc.row([(0, "Mødested"), (column, place_lines[0])], gap=2)
        for line in place_lines[1:]:
            doc.row([(column, line)])
    else:
        for index, (label, value) in enumerate(labels):
            doc.text(f"{label}: {value}", gap=30 if index == 0 else 2)
        doc.text(f"Mødested: {place_lines[0]}", gap=2)
        indent = pdfmetrics.stringWidth("Mødested: ", regular, b)
        for line in place_lines[1:]:
            doc.row([(indent, line)])
    half = doc.width / 2
    doc.text("Medlemmer", bold=True, size=h, gap=18)
    for left, right in _pairs(present):
        doc.row([(0, left)] + ([(half, right)] if right else []))
    if absent:
        doc.text("Fraværende", bold=True, size=h, gap=10)
        for left, right in _pairs(absent):
            doc.row([(0, left)] + ([(half, right)] if right else []))
    # --- contents ---
    numbers: list[str] = []
    entries: list[tuple[str, str]] = []
    number = first_number
    for item in open_items:
        numbers.append(str(number))
        entries.append((str(number), item.title))
        number += 1
    for title in closed_titles:
        entries.append((str(number), f"Lukket punkt: {title}"))
        number += 1
    doc.rows.append(_Row([(0, "Indholdsfortegnelse")], bold, h + 2, 0.0, break_before=True))
    if style.toc_table:
        doc.row([(0, "Punkt nr."), (55, "")], bold=True, gap=10, right="Side")
    reserve = pdfmetrics.stringWidth(" ........ 999", regular, b)
    for no, title in entries:
        if style.toc_table:
            lines = _wrap(title, regular, b, doc.width - 55 - reserve)
            for index, part in enumerate(lines):
                cells = [(0, no), (55, part)] if index == 0 else [(55, part)]
                last = index == len(lines) - 1
                doc.rows.append(_Row(cells, regular, b, 4.0 if index == 0 else 0.0, right="" if last else None,
                                     page_of=no if last else None))  # fmt: skip
        else:
            lines = _wrap(f"{no}. {title}", regular, b, doc.width - reserve)
            for index, part in enumerate(lines):
                last = index == len(lines) - 1
                doc.rows.append(_Row([(0, part)], regular, b, 4.0 if index == 0 else 0.0, right="" if last else None,
                                     page_of=no if last else None, leaders=last))  # fmt: skip
    # --- items ---
    truth_items: list[dict[str, Any]] = []
    seed = variant * 101
    for no, item in zip(numbers, open_items):
        seed += 1
        case = _case_number(item.case_number, seed)
        heading_rows = len(doc.rows)
        doc.text(f"{no}. {item.title}", bold=True, size=t, gap=24, keep_next=True)
        doc.rows[heading_rows].start_of = no
        if no != numbers[0] and variant % 2 == 0:
            doc.rows[heading_rows].break_before = True
        decides = committee if seed % 3 else "Byrådet"
        if style.labels_one_row:
            doc.row([(0, f"Sagsnr.: {case}"), (doc.width * 0.45, f"Sagen afgøres i: {decides}")], gap=8)
        else:
            doc.text(f"Sagsnr.: {case}", gap=8)
            doc.text(f"Sagen afgøres i: {decides}")
        bilag = [(n, "Lukket" if (seed + n) % 5 == 0 else "Åben", name, _docno(seed * 13 + n))
                 for n, name in enumerate(item.bilag, start=1)]  # fmt: skip
        if bilag and style.bilag_first:
            _bilag_table(doc, bilag)
        paragraphs: list[str] = []
        for heading, blocks in item.sections:
            shown = _HEADING_NAMES.get(heading.lower(), heading) if heading else ("Sagsfremstilling")
            doc.text(shown, bold=True, size=h, gap=12, keep_next=True)
            _body(doc, blocks, paragraphs)
        decision_text: str | None = None
        # Earlier treatments first (the Sagsforløb), then this meeting's decision.
        for when_text, body, text in item.history:
            on = when_text or _dotted(iso)
            if on.split("-")[::-1] >= iso.split("-"):
                continue
            doc.text(f"Beslutning i {body} den {on}", bold=True, size=h, gap=12, keep_next=True)
            doc.text(text or "Drøftet.", gap=4)
        if minutes and item.decision:
            doc.text(f"Beslutning i {committee} den {_dotted(iso)}", bold=True, size=h, gap=12, keep_next=True)
            decision_blocks = [bl for bl in item.decision if not re.match(r"^(?:fraværende|afbud)\b", bl.text, re.I)]
            _body(doc, decision_blocks, None)
            decision_text = " ".join(bl.text for bl in decision_blocks) or None
        if bilag and not style.bilag_first:
            _bilag_table(doc, bilag)
        truth_items.append(
            {
                "number": no,
                "title": item.title,
                "closed": False,
                "case_number": case,
                "decision": decision_text,
                "attachments": [name for _n, _o, name, _d in bilag],
                "paragraphs": paragraphs,
            }
        )
    for index, title in enumerate(closed_titles):
        no = str(first_number + len(open_items) + index)
        row = len(doc.rows)
        doc.text(f"{no}. Lukket punkt: {title}", bold=True, size=t, gap=24)
        doc.rows[row].start_of = no
        doc.rows[row].break_before = True  # one per page
        truth_items.append({"number": no, "title": title, "closed": True, "decision": None, "attachments": []})
    # --- signature page ---
    doc.rows.append(_Row([(0, "Underskriftsside")], bold, t, 0.0, break_before=True))
    for name in present:
        doc.text("", gap=14)
        doc.text(re.sub(r"\s*\(.*\)$", "", name), gap=20)
    pages = _paginate(doc)
    _draw(pages, path, doc, committee, doctype, iso)
    truth = {
        "committee": committee,
        "municipality": municipality,
        "document_type": doctype.lower(),
        "date": iso,
        "start_time": clock,
        "location": ", ".join(place_lines),
        "participants": present,
        "absent": absent,
        "items": truth_items,
    }
    return BuiltAcadre(len(pages), truth)


def _pairs(names: list[str]) -> list[tuple[str, str | None]]:
    """Two columns, filled row by row."""
    return [(names[i], names[i + 1] if i + 1 < len(names) else None) for i in range(0, len(names), 2)]


def _bilag_table(doc: _Doc, bilag: list[tuple[int, str, str, str]]) -> None:
    style = doc.style
    doc.text("Bilag", bold=True, size=style.heading, gap=12, keep_next=True)
    reserve = pdfmetrics.stringWidth("  9999999/99", doc.regular, style.body) + 10
    for number, openness, name, docno in bilag:
        column = 2.5 * style.body + pdfmetrics.stringWidth("Lukket", doc.regular, style.body) + 18
        lines = _wrap(name, doc.regular, style.body, doc.width - column - reserve)
        for index, part in enumerate(lines):
            cells = [(0, str(number)), (18, openness), (column, part)] if index == 0 else [(column, part)]
            doc.row(cells, gap=2 if index == 0 else 0, right=docno if index == 0 else None)


def _body(doc: _Doc, blocks: list[_Block], paragraphs: list[str] | None) -> None:
    counter = 0
    gap = doc.style.para_gap
    for block in blocks:
        if block.kind == "item":
            counter += 1
            marker = f"{counter}." if block.ordered else ("•" if doc.regular.startswith("FA-") else "–")
            doc.text(block.text, gap=max(gap / 2, 0.0), indent=14, hanging=marker)
        else:
            counter = 0
            doc.text(block.text, gap=gap)
            if paragraphs is not None:
                paragraphs.append(block.text)


def _paginate(doc: _Doc) -> list[list[tuple[_Row, float]]]:
    style = doc.style
    top = style.page[1] - style.margins[2]
    bottom = style.margins[3]
    pages: list[list[tuple[_Row, float]]] = [[]]
    y = top
    rows = doc.rows
    index = 0
    while index < len(rows):
        row = rows[index]
        if row.break_before and pages[-1]:
            pages.append([])
            y = top
        lead = row.size * 1.25
        y_next = y - (row.gap if pages[-1] else 0.0) - lead
        keep = row.keep_next and index + 1 < len(rows) and y_next - rows[index + 1].size * 1.25 * 2 < bottom
        if (y_next < bottom or keep) and pages[-1]:
            pages.append([])
            y = top
            continue
        pages[-1].append((row, y_next))
        y = y_next
        index += 1
    return pages


def _draw(pages: list[list[tuple[_Row, float]]], path: Path, doc: _Doc, committee: str, doctype: str,
          iso: str) -> None:  # fmt: skip
    style = doc.style
    width, height = style.page
    left, right = style.margins[0], style.margins[1]
    starts: dict[str, int] = {}
    for number, page in enumerate(pages, start=1):
        for row, _y in page:
            if row.start_of:
                starts.setdefault(row.start_of, number)
    c = canvas.Canvas(str(path), pagesize=style.page)
    total = len(pages)
    for number, page in enumerate(pages, start=1):
        if number > 1:
            c.setFont(doc.regular, 9)
            c.drawString(left, height - 45, f"{doctype} For {committee}")
            c.drawRightString(width - right, height - 45, f"Side {number}")
            c.drawString(left, height - 57, f"Mødedato {_long(iso)}")
        c.setFont(doc.regular, 7)
        c.drawRightString(width - right, 28, style.stamp.format(n=number, m=total))
        for row, y in page:
            c.setFont(row.font, row.size)
            for x, text in row.cells:
                if text:
                    c.drawString(left + x, y, text)
            if row.right is not None:
                shown = str(starts.get(row.page_of, 0)) if row.page_of else row.right
                if row.leaders:
                    used = pdfmetrics.stringWidth(row.cells[-1][1] + " ", row.font, row.size)
                    room = width - right - left - used - pdfmetrics.stringWidth(" " + shown, row.font, row.size)
                    dot = pdfmetrics.stringWidth(".", row.font, row.size)
                    c.drawString(left + row.cells[-1][0] + used, y, "." * max(3, int(room / dot)))
                c.drawRightString(width - right, y, shown)
        c.showPage()
    c.save()
