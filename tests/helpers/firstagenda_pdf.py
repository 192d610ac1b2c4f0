"""Builds FirstAgenda-layout PDFs ("Hent som PDF") from a portal's agenda JSON, with the truth.

The portal JSON (``GET <portal>/api/agenda/dagsorden/<id>``) holds the meeting (committee,
date, place, participants) and per item the number, title, case number, the HTML of the
fields (decision, Resume, Indstilling, Sagens forløb …) and the bilag. From it this module
lays out the publication the portal serves, in the order described in
``../shared/real/firstagenda/SOURCES.md``:

* a cover page (municipality, document type, committee, Mødedato, Mødested,
  Mødedeltagere, Fraværende);
* a contents list with dotted leaders and page numbers (long titles wrap);
* per item "Punkt N: <title>" (wrapping onto a second line; closed items
  "Punkt N: Lukket: <title>"), the case number, "Beslutninger" FIRST (minutes only), then the
  body headings — the recommendation as "Beslutningspunkter / Det indstilles: At 1) …",
  "Sagsforløb" as "Udvalg: / Dato: / Punktnummer:" blocks — and last the "Bilag" list
  (names as the portal gives them: "Indstilling", "Bilag 1: Høringssvar", "Notat MTM …");
* running header and an "N af M" footer, items crossing pages.

``variant`` changes fonts, sizes, margins, header/footer wording and list styles, so a parser
tuned to one rendering fails on the next. :func:`build_firstagenda_pdf` returns the truth the
rendering was made from (taken from the JSON's own fields), for ``bench/fidelity.py`` and tests.
Test and bench only: it uses reportlab.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
_FAMILIES = {
    "sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "condensed": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
}
_registered: set[str] = set()

WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni", "juli",
    "august", "september", "oktober", "november", "december",
)  # fmt: skip


def _fonts(family: str) -> tuple[str, str]:
    regular, bold = f"FA-{family}", f"FA-{family}-Bold"
    if family not in _registered:
        pdfmetrics.registerFont(TTFont(regular, str(FONT_DIR / _FAMILIES[family][0])))
        pdfmetrics.registerFont(TTFont(bold, str(FONT_DIR / _FAMILIES[family][1])))
        _registered.add(family)
    return regular, bold


@dataclass(frozen=True)
class Style:
    """One rendering of the layout; :func:`style_for` picks one per variant number."""

    family: str = "sans"
    page: tuple[float, float] = A4
    margins: tuple[float, float, float, float] = (60.0, 60.0, 72.0, 60.0)  # left, right, top, bottom
    body_size: float = 10.0
    title_size: float = 14.0
    heading_size: float = 11.0
    header: str = "{committee} - {doctype} - {date}"
    footer: str = "Side {n} af {m}"
    footer_right: bool = True
    participants_one_per_line: bool = False
    recommendation_as_points: bool = True  # "Beslutningspunkter / Det indstilles: At 1) …"
    symbol_bullets: bool = False  # bullets as U+F0B7, the way Word's Symbol font extracts
    toc_with_keyword: bool = True  # "Punkt 3: Titel ....... 7" or "3. Titel ....... 7"
    time_in_date_line: bool = True


STYLES: tuple[Style, ...] = (
    Style(),
    Style(
        family="serif", margins=(72, 72, 80, 70), body_size=10.5, title_size=13, header="{municipality} Kommune",
        footer="{n} af {m}", footer_right=False, participants_one_per_line=True, recommendation_as_points=False,
        symbol_bullets=True, toc_with_keyword=False, time_in_date_line=False,
    ),
    Style(
        family="condensed", page=letter, margins=(50, 50, 60, 55), body_size=9.5, title_size=15,
        header="{doctype} {committee} {date}", footer="Side {n}/{m}", participants_one_per_line=False,
    ),
    Style(
        family="sans", margins=(85, 85, 90, 75), body_size=11, title_size=12.5, heading_size=11,
        header="{committee}", footer="{n} af {m}", participants_one_per_line=True, symbol_bullets=True,
        toc_with_keyword=False,
    ),
)  # fmt: skip


def style_for(variant: int) -> Style:
    return STYLES[variant % len(STYLES)]


# --- the portal JSON → blocks ------------------------------------------------------------


@dataclass
class _Block:
    kind: str  # heading | para | item (list item) | top (h3)
    text: str
    ordered: bool = False


class _HtmlBlocks(HTMLParser):
    """Portal HTML → headings, paragraphs and list items; markup and inline styles dropped."""

    _BREAKS = frozenset({"p", "div", "br", "li", "ol", "ul", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "u"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[_Block] = []
        self._buf: list[str] = []
        self._stack: list[str] = []
        self._lists: list[bool] = []

    def _flush(self) -> None:
        text = " ".join("".join(self._buf).split())
        self._buf = []
        if not text:
            return
        tag = next((t for t in reversed(self._stack) if t in ("h3", "h4", "h5", "li", "u")), "")
        if tag == "h3":
            self.blocks.append(_Block("top", text))
        elif tag in ("h4", "h5") and len(text) < 70 and not text.endswith((".", ",")):
            self.blocks.append(_Block("heading", text))
        elif tag == "li":
            self.blocks.append(_Block("item", text, ordered=bool(self._lists and self._lists[-1])))
        elif tag == "u":
            self.blocks.append(_Block("underlined", text))
        else:
            self.blocks.append(_Block("para", text))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._BREAKS:
            self._flush()
        if tag in ("ol", "ul"):
            self._lists.append(tag == "ol")
        if tag not in ("br",):
            self._stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._BREAKS:
            self._flush()
        if tag in ("ol", "ul") and self._lists:
            self._lists.pop()
        if tag in self._stack:
            while self._stack and self._stack.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        self._buf.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


@dataclass
class _Item:
    number: str
    title: str
    closed: bool
    case_number: str
    decision: list[_Block] = field(default_factory=list)
    sections: list[tuple[str, list[_Block]]] = field(default_factory=list)
    history: list[tuple[str, str, str]] = field(default_factory=list)  # date, body, text
    bilag: list[str] = field(default_factory=list)


def _clean(text: str) -> str:
    return " ".join(html.unescape(text or "").split())


def _item_from_json(raw: dict[str, Any]) -> _Item:
    name = _clean(raw.get("Navn") or raw.get("Caption") or "")
    closed = name.lower().startswith("lukket:")
    title = name.split(":", 1)[1].strip() if closed else name
    item = _Item(str(raw.get("Punktnummer") or raw.get("Number")), title, closed, _clean(raw.get("SagsNummer") or ""))
    parser = _HtmlBlocks()
    for felt in raw.get("Felter") or []:
        parser.feed(felt.get("Html") or "")
    parser.close()
    top = ""
    current: list[_Block] | None = None
    for block in parser.blocks:
        if block.kind == "top":
            top = block.text.lower()
            current = None
            if not top.startswith(("beslutning", "fremstilling", "sagens forløb", "sagsforløb")):
                # Another field printed as a top heading ("Sagsprocedure"): a body heading.
                top = "fremstilling"
                current = []
                item.sections.append((block.text, current))
            continue
        if top.startswith("beslutning"):
            item.decision.append(block)
        elif top.startswith("sagens forløb") or top.startswith("sagsforløb"):
            if block.kind == "underlined":
                m = re.match(r"^(\d{2}-\d{2}-\d{4})\s+(.*)$", block.text)
                item.history.append((m.group(1), m.group(2), "") if m else ("", block.text, ""))
            elif item.history:
                d, body, text = item.history[-1]
                item.history[-1] = (d, body, f"{text} {block.text}".strip())
        elif block.kind == "heading":
            current = []
            item.sections.append((block.text, current))
        else:
            if current is None:
                current = []
                item.sections.append(("", current))
            current.append(block)
    item.bilag = [_clean(b.get("Navn", "")) for b in raw.get("Bilag") or [] if _clean(b.get("Navn", ""))]
    return item


# --- layout --------------------------------------------------------------------------------


@dataclass
class _Line:
    text: str
    font: str
    size: float
    gap: float = 0.0  # extra space before the line
    indent: float = 0.0
    keep_next: bool = False  # a heading: never the last line of a page
    right: str | None = None  # contents: the page number, right-aligned after dotted leaders
    page_of: str | None = None  # contents: item number whose page goes into ``right``


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    cur = ""
    for word in text.split():
        trial = f"{cur} {word}" if cur else word
        if pdfmetrics.stringWidth(trial, font, size) <= width or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines


def _long_date(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{WEEKDAYS[d.weekday()]} den {d.day}. {MONTHS[d.month - 1]} {d.year}"


class _Layout:
    def __init__(self, style: Style) -> None:
        self.style = style
        self.regular, self.bold = _fonts(style.family)
        self.width = style.page[0] - style.margins[0] - style.margins[1]
        self.lines: list[_Line] = []

    def para(self, text: str, *, bold: bool = False, size: float | None = None, gap: float = 6.0,
             indent: float = 0.0, hanging: str = "", keep_next: bool = False) -> None:  # fmt: skip
        font = self.bold if bold else self.regular
        size = size or self.style.body_size
        hang = pdfmetrics.stringWidth(hanging + " ", font, size) if hanging else 0.0
        wrapped = _wrap(text, font, size, self.width - indent - hang)
        for index, part in enumerate(wrapped):
            first = index == 0
            self.lines.append(
                _Line(
                    (f"{hanging} {part}" if hanging and first else part),
                    font,
                    size,
                    gap if first else 0.0,
                    indent + (0.0 if first or not hanging else hang),
                    keep_next=keep_next,
                )
            )

    def heading(self, text: str, size: float | None = None, gap: float = 10.0) -> None:
        self.para(text, bold=True, size=size or self.style.heading_size, gap=gap, keep_next=True)

    def toc_entry(self, text: str, number: str) -> None:
        size = self.style.body_size
        reserve = pdfmetrics.stringWidth(" ........ 999", self.regular, size)
        wrapped = _wrap(text, self.regular, size, self.width - reserve)
        for index, part in enumerate(wrapped):
            last = index == len(wrapped) - 1
            gap = 3.0 if index == 0 else 0.0
            right, page_of = ("", number) if last else (None, None)
            self.lines.append(_Line(part, self.regular, size, gap, 0.0, right=right, page_of=page_of))


def _paginate(lines: list[_Line], style: Style) -> list[list[tuple[_Line, float]]]:
    top = style.page[1] - style.margins[2]
    bottom = style.margins[3]
    pages: list[list[tuple[_Line, float]]] = [[]]
    y = top
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.text == "\f":
            pages.append([])
            y = top
            index += 1
            continue
        leading = line.size * 1.35
        y_next = y - (line.gap if pages[-1] else 0.0) - leading
        keep = line.keep_next and index + 1 < len(lines) and y_next - lines[index + 1].size * 1.35 * 2 < bottom
        if (y_next < bottom or keep) and pages[-1]:
            pages.append([])
            y = top
            continue
        pages[-1].append((line, y_next))
        y = y_next
        index += 1
    return pages


@dataclass
class BuiltDocument:
    """What :func:`build_firstagenda_pdf` wrote: the page count and the truth, from the JSON."""

    pages: int
    truth: dict[str, Any]


def build_firstagenda_pdf(
    data: dict[str, Any], path: Path, *, minutes: bool, variant: int = 0, municipality: str = "Greve",
    proposals: bool = False,
) -> BuiltDocument:  # fmt: skip
    """Write the portal's "Hent som PDF" rendition of ``data`` to ``path``.

    ``proposals``: as in a city council's minutes (Aarhus Byråd), every third item's decision is
    followed by a party's proposal ("BESLUTNINGSFORSLAG FRA …", its paragraphs set without gaps,
    its signatories) and "INDSTILLING FRA MAGISTRATSAFDELINGEN …" before the body headings."""
    style = style_for(variant)
    moede = data.get("Moede") or {}
    committee = _clean((data.get("Udvalg") or {}).get("Navn", ""))
    when = str(moede.get("Dato") or moede.get("MeetingBeginUtc") or "")
    iso, clock = when[:10], when[11:16]
    place = _clean(moede.get("Sted") or "")
    members = moede.get("Moededeltagere") or []
    present = [_clean(m["Name"]) for m in members if not (m.get("Absent") or m.get("ParticipationCancelled"))]
    absent = [_clean(m["Name"]) for m in members if m.get("Absent") or m.get("ParticipationCancelled")]
    items = [_item_from_json(raw) for raw in data.get("Dagsordenpunkter") or []]
    doctype = "Referat" if minutes else "Dagsorden"
    layout = _Layout(style)
    regular_size = style.body_size
    # Cover.
    layout.para(f"{municipality} Kommune", size=regular_size + 2, gap=0)
    layout.heading(doctype, size=style.title_size + 8, gap=60)
    layout.heading(committee, size=style.title_size + 2, gap=12)
    date_text = _long_date(iso)
    if style.time_in_date_line:
        layout.para(f"Mødedato: {date_text} kl. {clock}", gap=30)
    else:
        layout.para(f"Mødedato: {date_text}", gap=30)
        layout.para(f"Mødetidspunkt: {clock}", gap=4)
    layout.para(f"Mødested: {place}", gap=4)
    if style.participants_one_per_line:
        layout.para("Mødedeltagere:", gap=8)
        for name in present:
            layout.para(name, gap=0)
        if absent:
            layout.para("Fraværende:", gap=8)
            for name in absent:
                layout.para(name, gap=0)
    else:
        layout.para("Mødedeltagere: " + ", ".join(present), gap=4)
        if absent:
            layout.para("Fraværende: " + ", ".join(absent), gap=4)
    layout.lines.append(_Line("\f", layout.regular, regular_size))
    # Contents.
    layout.heading("Indholdsfortegnelse", size=style.heading_size + 2, gap=0)
    for item in items:
        shown = f"Lukket: {item.title}" if item.closed else item.title
        label = f"Punkt {item.number}: {shown}" if style.toc_with_keyword else f"{item.number}. {shown}"
        layout.toc_entry(label, item.number)
    layout.lines.append(_Line("\f", layout.regular, regular_size))
    starts: dict[str, int] = {}
    for item in items:
        layout.lines.append(_Line("\f", layout.regular, regular_size)) if item is not items[0] and variant % 2 else None
        marker = _Line("", layout.regular, 1, 0.0)
        marker.page_of = "start:" + item.number
        layout.lines.append(marker)
        shown = f"Lukket: {item.title}" if item.closed else item.title
        layout.heading(f"Punkt {item.number}: {shown}", size=style.title_size, gap=22)
        if item.case_number:
            layout.para(item.case_number, gap=4)
        if minutes and item.decision:
            layout.heading("Beslutninger")
            _blocks(layout, item.decision, style)
            if proposals and int(item.number) % 3 == 2:
                _proposal(layout, variant + int(item.number))
        for heading, blocks in item.sections:
            if heading.lower().startswith("indstilling") and style.recommendation_as_points:
                layout.heading("Beslutningspunkter")
                intro = [b for b in blocks if b.kind != "item"]
                points = [b for b in blocks if b.kind == "item"]
                if points:
                    layout.para("Det indstilles:", gap=6)
                    for number, point in enumerate(points, start=1):
                        text = re.sub(r"^at\s+", "", point.text, flags=re.I)
                        layout.para(text, gap=3, hanging=f"At {number})")
                else:
                    _blocks(layout, intro, style)
                continue
            if heading:
                layout.heading(heading)
            _blocks(layout, blocks, style)
        if item.history:
            layout.heading("Sagsforløb")
            for when_text, body, text in item.history:
                layout.para(f"Udvalg: {body}", gap=6)
                layout.para(f"Dato: {when_text}", gap=0)
                layout.para(f"Punktnummer: {item.number}", gap=0)
                if text:
                    layout.para(text, gap=2)
        if item.bilag:
            layout.heading("Bilag")
            for name in item.bilag:
                # As the portal names them: "Indstilling", "Bilag 1: Høringssvar", "Notat MTM …".
                layout.para(name, gap=2)
    pages = _paginate(layout.lines, style)
    for number, page in enumerate(pages, start=1):
        for line, _y in page:
            if line.page_of and line.page_of.startswith("start:"):
                starts.setdefault(line.page_of[6:], number)
    _draw(pages, path, style, layout, starts, {"committee": committee, "doctype": doctype, "date": iso,
                                                 "municipality": municipality})  # fmt: skip
    truth = {
        "committee": committee,
        "municipality": municipality,
        "document_type": doctype.lower(),
        "date": iso,
        "start_time": clock,
        "location": place,
        "participants": present,
        "absent": absent,
        "items": [
            {
                "number": item.number,
                "title": item.title,
                "closed": item.closed,
                "case_number": item.case_number or None,
                "decision": _decision_text(item) if minutes else None,
                "attachments": list(item.bilag),
                "history": [(d, b) for d, b, _t in item.history],
                "points": sum(
                    1 for h, bl in item.sections if h.lower().startswith("indstilling") for b in bl if b.kind == "item"
                ),
            }
            for item in items
        ],
    }
    return BuiltDocument(len(pages), truth)


PROPOSAL_PARAGRAPHS = (
    "Kommunen har forpligtet sig til ambitiøse klimamål gennem sin klimaplan, herunder en markant reduktion af "
    "udledningen og en styrkelse af den lokale produktion af vedvarende energi i hele kommunen.",
    "Udnyttes de ledige arealer optimalt, vil anlægget kunne levere energi svarende til forbruget i op mod "
    "27.000 husstande.",
    "Med beslutningsforslaget pålægger byrådet magistratsafdelingen at indlede en dialog med havnen og at "
    "udarbejde en økonomisk vurdering af projektet inden udgangen af næste år.",
)
PROPOSERS = ("Metin Lindved Aydin, Radikale Venstre (B)", "Liv Gro Jensen, Socialistisk Folkeparti (F)")


def _proposal(layout: _Layout, seed: int) -> None:
    """A party's proposal printed after the decision, then the administration's heading."""
    caps = seed % 2 == 0
    head = "BESLUTNINGSFORSLAG FRA S, SF, RV OG M" if caps else "Beslutningsforslag fra V og KF"
    layout.para(head, bold=not caps, gap=12)
    for text in PROPOSAL_PARAGRAPHS:
        layout.para(text, gap=0)  # paragraphs set without a gap: a short last line ends each
    for name in PROPOSERS:
        layout.para(name, gap=0)
    after = "INDSTILLING FRA MAGISTRATSAFDELINGEN FOR TEKNIK OG MILJØ." if caps else (
        "Indstilling fra Magistratsafdelingen for Teknik og Miljø")  # fmt: skip
    layout.para(after, bold=not caps, gap=12)


def _decision_text(item: _Item) -> str | None:
    """The decision as a reader sees it: absentees ("Fraværende: …") are not its text."""
    absent = re.compile(r"^(?:fraværende|afbud|ikke til stede)\b", re.I)
    text = " ".join(b.text for b in item.decision if not absent.match(b.text))
    return text or None


def _blocks(layout: _Layout, blocks: list[_Block], style: Style) -> None:
    counter = 0
    for block in blocks:
        if block.kind == "item":
            counter += 1
            bullet = "\uf0b7" if style.symbol_bullets else "•"
            marker = f"{counter}." if block.ordered else bullet
            layout.para(block.text, gap=2, hanging=marker, indent=10)
        else:
            counter = 0
            layout.para(block.text, gap=6)


def _draw(pages: list[list[tuple[_Line, float]]], path: Path, style: Style, layout: _Layout,
          starts: dict[str, int], names: dict[str, str]) -> None:  # fmt: skip
    width, height = style.page
    left, right = style.margins[0], style.margins[1]
    c = canvas.Canvas(str(path), pagesize=style.page)
    c.setTitle(f"{names['doctype']} {names['committee']}")
    total = len(pages)
    header = style.header.format(**names)
    for number, page in enumerate(pages, start=1):
        if number > 1:
            c.setFont(layout.regular, 8)
            c.drawString(left, height - style.margins[2] + 28, header)
        c.setFont(layout.regular, 8)
        footer = style.footer.format(n=number, m=total)
        if style.footer_right:
            c.drawRightString(width - right, style.margins[3] - 30, footer)
        else:
            c.drawCentredString(width / 2, style.margins[3] - 30, footer)
        for line, y in page:
            if not line.text:
                continue
            c.setFont(line.font, line.size)
            x = left + line.indent
            if line.text.startswith("\uf0b7"):
                # Word prints bullets in the Symbol font, a font of its own beside the text's.
                c.setFont("Symbol", line.size)
                c.drawString(x, y, "•")
                c.setFont(line.font, line.size)
                c.drawString(x + pdfmetrics.stringWidth("\uf0b7 ", line.font, line.size), y, line.text[2:])
                continue
            c.drawString(x, y, line.text)
            if line.right is not None and line.page_of:
                page_text = str(starts.get(line.page_of, 0))
                used = pdfmetrics.stringWidth(line.text + " ", line.font, line.size)
                dots_width = width - right - x - used - pdfmetrics.stringWidth(" " + page_text, line.font, line.size)
                dot = pdfmetrics.stringWidth(".", line.font, line.size)
                c.drawString(x + used, y, "." * max(3, int(dots_width / dot)))
                c.drawRightString(width - right, y, page_text)
        c.showPage()
    c.save()
