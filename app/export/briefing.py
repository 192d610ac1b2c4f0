"""The personal briefing PDF: the meeting with the member's own preparation beside each item.

Laid out with Qt (QTextDocument on a QPdfWriter, one page at a time, with a running
header and "Side N af M" footer drawn in the margins); the table of contents gets its
page numbers from a first layout pass. QTextDocument knows no ``page-break-after: avoid``,
so a heading that would end a page gets a page break before it. And each page paints only
the lines that belong to it: Qt paints a paragraph that runs over a page break on both
pages, clipped (``QTextLayout::draw`` also draws the last line above its clip), so the line
before the break stood twice in the PDF's text layer. Such paragraphs are split in two
blocks at the break before painting, which leaves the layout as it was. pypdf then adds the outline (bookmarks) and the
document metadata. All document and user text is HTML-escaped.

Notes and highlights on bilag pages appear with the item ("Bilag: navn, side 3"). With
``BriefingOptions.bilag`` the bilag the member annotated — whole, or only the annotated
pages — follow their item as the original PDF pages (not pictures of them), each with a
bookmark under its item's bookmark. Every item then starts on a new page, so "after the item"
is a clean place, and the contents and the "Side N af M" footers count the bilag pages in.

The briefing speaks ``BriefingOptions.language``: its words through Qt's translator (context
"Briefing"; the caller installs it, see ``app.services.language``), its dates through the
one date formatter in that language. Danish is the source text.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from app.export.bilag_pages import BOTTOM, SIDE, Placement, add_highlight, place, placement
from app.export.dates import long_date
from app.export.html import blocks_html, paragraphs_html, treatments_html
from app.export.selection import BriefingEntry
from app.model import AgendaItem, Section, SectionKind
from app.model.annotation import STANCE_LABELS, Annotation, FollowUpStatus, ReadingState, Stance
from app.model.visible_text import visible_label

if TYPE_CHECKING:  # QtGui is imported where a document is laid out, not when the module loads
    from pypdf import PdfReader
    from pypdf.generic import IndirectObject
    from PySide6.QtGui import QImage, QPainter, QPdfWriter, QTextBlock, QTextDocument

CSS = """
body { font-family: 'DejaVu Sans'; font-size: 10pt; color: #1d2733; }
h1 { font-size: 22pt; color: #1d2733; margin: 0; }
h2 { font-size: 13pt; color: #284b7a; margin-top: 14px; margin-bottom: 2px; }
h3 { font-size: 10.5pt; color: #284b7a; margin-top: 8px; margin-bottom: 2px; }
.meta { color: #5a6675; }
.mine { background-color: #f3eefa; color: #2d1b45; margin: 0px 0px 0px 6px; }
.minehead { background-color: #e6dcf5; color: #4a2a7a; font-weight: bold; margin: 8px 0px 0px 6px; }
.mineend { background-color: #f3eefa; margin: 0px 0px 6px 6px; font-size: 4pt; }
.closed { color: #b3261e; font-weight: bold; }
.overdue { color: #b3261e; font-weight: bold; }
.toc { margin: 0; }
"""


@dataclass
class BriefingOptions:
    """How the briefing looks."""

    user_name: str = ""
    full_text: bool = False
    unannotated: str = "compact"  # "compact" | "omit"
    unprepared: str = "include"  # "include" | "omit": items not marked prepared ("forberedt")
    paper: str = "A4"  # "A4" | "Letter"
    title: str = ""
    bilag: str = "none"  # annotated bilag appended: "none" | "annotated" (whole) | "pages" (annotated pages)
    language: str = "da"  # "da" | "en": the dates; the words follow the installed translator
    # What a new version of its meeting changed, per item id: [kinds, from_number, changed sections]
    # (filled by the briefing service from the meeting's versions); changed items are marked Δ.
    changes: dict[str, list[object]] = field(default_factory=dict)
    list_changes: bool = True  # and listed on the first page
    # Appended bilag pages: the member's turn of each bilag in the page view (sha256 → clockwise degrees).
    turns: dict[str, int] = field(default_factory=dict)


@dataclass
class BriefingResult:
    path: Path
    pages: int
    outline: list[tuple[str, int]] = field(default_factory=list)


# The briefing's own caps (the limited child adds time and memory, see
# app.services.workers.isolation.BRIEFING_LIMITS). A cap hit is one clear line, nothing written.
MAX_ITEMS = 1_000  # items in one briefing: a 50,000-item "meeting" is refused at once
MAX_NOTE_CHARS = 20_000  # of one note (or comment) printed; the rest is marked as cut
MAX_PAGES = 2_000  # pages of the briefing's own text (appended bilag pages come on top)
MAX_BYTES = 512 * 1024 * 1024  # the written PDF, bilag pages included
TEMP_PREFIX = ".moedemappe-briefing-"  # the half-written PDF beside the target, renamed at the end
STALE_TEMP_SECONDS = 60.0


class BriefingTooLarge(ValueError):
    """A briefing over one of the caps above; ``str()`` is the one line for the command line (English).

    ``cap`` says which ("items", "pages", "bytes") and ``values`` the numbers in the line, so the
    window can say it in its own language (``app.services.briefing.BriefingStopped.text``).
    """

    def __init__(self, line: str, cap: str = "", *values: int) -> None:
        super().__init__(line)
        self.cap = cap
        self.values = values


def remove_stale_temp_files(folder: Path, older_than: float = STALE_TEMP_SECONDS) -> int:
    """The half-written briefings an export that was killed left in the member's folder."""
    removed = 0
    now = time.time()
    for tmp in Path(folder).glob(TEMP_PREFIX + "*.pdf.tmp"):
        with contextlib.suppress(OSError):
            if now - tmp.stat().st_mtime > older_than:
                tmp.unlink()
                removed += 1
    return removed


def _cut(text: str) -> str:
    if len(text) <= MAX_NOTE_CHARS:
        return text
    more = translate("Briefing", "(afkortet her: hele noten står i Mødemappe)")
    return text[:MAX_NOTE_CHARS] + f" … {more}"


def ensure_gui_application() -> object:
    """Text layout needs a QGuiApplication; a headless process gets an offscreen one."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
    return app


def has_preparation(annotation: Annotation | None) -> bool:
    """Whether the member wrote or marked anything on the item: a note, a position, a tag, a follow-up
    or a highlight. Being marked "Læst" or "Forberedt" alone is not preparation to print: such an item
    gets no "Min forberedelse" box (it would stand there empty) and counts as an item without notes."""
    if annotation is None:
        return False
    follow_up = annotation.follow_up
    return bool(annotation.note.strip() or annotation.tags or annotation.highlights
                or annotation.stance is not Stance.NONE or follow_up.status is not FollowUpStatus.NONE
                or follow_up.text.strip())  # fmt: skip


def entries_to_render(entries: list[BriefingEntry], options: BriefingOptions) -> list[BriefingEntry]:
    if options.unannotated == "omit":
        entries = [e for e in entries if has_preparation(e.annotation)]
    if options.unprepared == "omit":
        entries = [e for e in entries if e.annotation is not None and e.annotation.reading is ReadingState.PREPARED]
    return entries


def _date(iso: str | None, language: str) -> str:
    """A date in the briefing's language ("14. august 2019" / "14 August 2019")."""
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return long_date(iso, english if language == "en" else QLocale(QLocale.Language.Danish))


def _person_title() -> str:
    return translate("Briefing", "Personlig forberedelse")


def _section_html(section: Section) -> str:
    if section.kind is SectionKind.DECISION and not section.text.strip():
        return ""  # an empty decision box (stored before the parser dropped them) decides nothing
    return (f"<h3>{escape(section.heading)}</h3>" if section.heading else "") + blocks_html(section.blocks)


def _history_html(section: Section, item: AgendaItem, language: str) -> str:
    heading = f"<h3>{escape(section.heading)}</h3>" if section.heading else ""  # eDoc's references have none
    return heading + treatments_html(item.treatments, partial(_date, language=language))


translate = QCoreApplication.translate  # lupdate reads translate("Briefing", "…") calls
LABELS = "Labels"  # the model's labels, put into the translation by tools/translations.py
KEEP_STATE = 7341  # the block user state of a paragraph that heads what follows, like h1–h6
KEEP = f"-qt-user-state: {KEEP_STATE}"  # (a CSS property Qt's HTML import keeps on the block)
Documents = dict[str, tuple[str, str]]  # bilag sha256 → (name, path of the stored PDF)
Marks = dict[str, list[tuple[float, float, float, float]]]  # highlight id → line boxes (bilag page user space)


def _member_html(entry: BriefingEntry, documents: Documents | None = None, language: str = "da") -> str:
    a = entry.annotation
    if a is None or not has_preparation(a):
        return ""  # an item only marked "Læst" gets no empty preparation box
    mine = escape(translate("Briefing", "Min forberedelse"))
    rows = [f"<p class='minehead' style='{KEEP}'>{mine}</p>"]
    if a.stance is not Stance.NONE:
        stance = translate(LABELS, STANCE_LABELS[a.stance])
        label = escape(translate("Briefing", "Holdning:"))
        rows.append(f"<p class='mine'><b>{label}</b> {escape(stance)}</p>")
    if a.tags:
        label = escape(translate("Briefing", "Tags:"))
        shown = ", ".join(visible_label(t) for t in a.tags)  # a tag an older release stored with controls
        rows.append(f"<p class='mine'><b>{label}</b> {escape(shown)}</p>")
    if a.follow_up.status is not FollowUpStatus.NONE:
        is_open = a.follow_up.status is FollowUpStatus.OPEN
        state = translate("Briefing", "åben") if is_open else translate("Briefing", "færdig")
        due = ""
        if a.follow_up.due:
            due = translate("Briefing", ", frist %1").replace("%1", _date(a.follow_up.due, language))
        text = f" — {escape(_cut(a.follow_up.text))}" if a.follow_up.text else ""
        late = a.follow_up.is_overdue(date.today().isoformat())
        overdue_word = escape(translate("Briefing", "OVERSKREDET"))
        overdue = f" <span class='overdue'>{overdue_word}</span>" if late else ""
        label = escape(translate("Briefing", "Opfølgning:"))
        rows.append(f"<p class='mine'><b>{label}</b> {escape(state)}{escape(due)}{overdue}{text}</p>")
    if a.note.strip():
        notes = escape(translate("Briefing", "Noter:"))
        rows.append(f"<p class='mine' style='{KEEP}'><b>{notes}</b></p>" + paragraphs_html(_cut(a.note), "mine"))
    for h in a.highlights:
        comment = f" — {escape(_cut(h.comment))}" if h.comment else ""
        where = ""
        if h.document:
            name = (documents or {}).get(h.document, (translate("Briefing", "bilag"), ""))[0]
            place = translate("Briefing", "Bilag: %1, side %2").replace("%2", str(h.page)).replace("%1", name)
            where = f"<i>{escape(place)}</i>" + (": " if h.quote.exact or h.comment else "")
        quote = f"» {escape(h.quote.exact)} «" if h.quote.exact else ""
        rows.append(f"<p class='mine'>{where}{quote}{comment if quote else escape(h.comment)}</p>")
    rows.append("<p class='mineend'>&nbsp;</p>")
    return "".join(rows)


def _change_text(change: list[object], number: str) -> str:
    """ "Ny version: nyt nummer (8 → 7), ændret: Indstilling" in the briefing's language (escaped)."""
    kinds, from_number, sections = change[0], change[1], change[2]
    words = []
    for kind in kinds if isinstance(kinds, list) else []:
        if kind == "new":
            words.append(translate("Briefing", "nyt punkt"))
        elif kind == "decided":
            words.append(translate("Briefing", "beslutning tilføjet"))
        elif kind == "renumbered":
            words.append(translate("Briefing", "nyt nummer (%1 → %2)").replace("%1", str(from_number))
                         .replace("%2", number))  # fmt: skip
        elif kind == "changed":
            names = ", ".join(str(s) for s in sections) if isinstance(sections, list) else ""
            words.append(translate("Briefing", "ændret: %1").replace("%1", names))
    return escape(", ".join(words))


def build_html(entries: list[BriefingEntry], options: BriefingOptions, toc_pages: list[int] | None,
               documents: Documents | None = None) -> str:  # fmt: skip
    """The whole briefing as HTML; ``toc_pages`` are the item page numbers (None: placeholders)."""
    lang = options.language
    first = entries[0] if entries else None
    meetings = list(dict.fromkeys(e.meeting_id for e in entries))
    single = len(meetings) == 1 and first is not None
    cover = ["<p style='margin-top:60px'>&nbsp;</p>"]
    if single and first is not None:
        m = first.meeting
        kind = translate("Briefing", "Referat") if m.document_type == "referat" else translate("Briefing", "Dagsorden")
        cover += [
            f"<h1>{escape(first.record.committee or m.committee or '')}</h1>",
            f"<p class='meta' style='font-size:13pt'>{escape(first.record.municipality or '')} · "
            f"{escape(kind)}</p>",
            f"<p style='font-size:12pt'>{_date(first.record.date, lang)}"
            + (escape(translate("Briefing", " kl. %1").replace("%1", m.start_time)) if m.start_time else "")
            + "</p>",
            f"<p>{escape(m.location or '')}</p>",
        ]
        if m.participants:
            who = translate("Briefing", "Deltagere: %1").replace("%1", ", ".join(m.participants))
            cover.append(f"<p class='meta'>{escape(who)}</p>")
        if m.absent:
            who = translate("Briefing", "Fraværende: %1").replace("%1", ", ".join(m.absent))
            cover.append(f"<p class='meta'>{escape(who)}</p>")
    else:
        title = options.title or translate("Briefing", "Briefing")
        cover.append(f"<h1>{escape(title)}</h1>")
        count = translate("Briefing", "%1 punkter fra %2 møder").replace("%1", str(len(entries)))
        cover.append(f"<p class='meta'>{escape(count.replace('%2', str(len(meetings))))}</p>")
    person = f"{_person_title()} — {options.user_name}" if options.user_name else _person_title()
    made = translate("Briefing", "Dannet %1").replace("%1", _date(date.today().isoformat(), lang))
    cover += [f"<p style='margin-top:40px; font-size:13pt'><b>{escape(person)}</b></p>",
              f"<p class='meta'>{escape(made)}</p>"]  # fmt: skip
    html = [*cover]
    changed = [(e, options.changes[f"{e.meeting_id}:{e.item.number}"]) for e in entries
               if f"{e.meeting_id}:{e.item.number}" in options.changes]  # fmt: skip
    if changed and options.list_changes:  # what the newest version changed, on the first page
        heading = escape(translate("Briefing", "Ændringer siden forrige version"))
        rows = "".join(f"<li>Δ {escape(e.item.number)}. {escape(e.item.title)} — {_change_text(c, e.item.number)}</li>"
                       for e, c in changed)  # fmt: skip
        html.append(f"<h3 style='margin-top:24px'>{heading}</h3><ul>{rows}</ul>")
    contents = escape(translate("Briefing", "Indhold"))
    toc = [f"<h2 style='page-break-before:always'>{contents}</h2><table width='100%' cellspacing='0' cellpadding='2'>"]
    for n, entry in enumerate(entries):
        page = str(toc_pages[n]) if toc_pages else "00"
        where = "" if single else f"{escape(entry.record.date or '')} · {escape(entry.record.committee or '')} — "
        closed = escape(translate("Briefing", " (lukket)")) if entry.item.closed else ""
        closed += " Δ" if f"{entry.meeting_id}:{entry.item.number}" in options.changes else ""
        toc.append(f"<tr><td>{where}{escape(entry.item.number)}. {escape(entry.item.title)}{closed}</td>"
                   f"<td align='right' class='meta' width='60'>{page}</td></tr>")  # fmt: skip
    toc.append("</table>")
    html += toc
    for n, entry in enumerate(entries):
        item = entry.item
        closed_word = escape(translate("Briefing", "[Lukket]"))
        closed = f" <span class='closed'>{closed_word}</span>" if item.closed else ""
        brk = " style='page-break-before:always'" if n == 0 or options.bilag != "none" else ""
        html.append(f"<h2{brk}><a name='item-{n}'></a>{escape(item.number)}. {escape(item.title)}{closed}</h2>")
        meta = [f"{escape(entry.record.committee or '')} · {_date(entry.record.date, lang)}"]
        if item.case_number:
            meta.append(escape(translate("Briefing", "Sagsnr. %1").replace("%1", item.case_number)))
        html.append(f"<p class='meta' style='{KEEP}'>{' · '.join(meta)}</p>")
        change = options.changes.get(f"{entry.meeting_id}:{item.number}")
        if change is not None:
            label = escape(translate("Briefing", "Δ Ny version: %1")).replace("%1", _change_text(change, item.number))
            html.append(f"<p style='{KEEP}'><b>{label}</b></p>")
        annotated = has_preparation(entry.annotation)
        if options.full_text:
            sections = [s for s in item.sections if s.kind is not SectionKind.ATTACHMENTS]
        elif annotated or options.unannotated != "compact":
            wanted = {SectionKind.SUMMARY, SectionKind.RECOMMENDATION}
            if entry.meeting.document_type == "referat":
                wanted.add(SectionKind.DECISION)
            sections = [s for s in item.sections if s.kind in wanted]
            summaries = [s for s in sections if s.kind is SectionKind.SUMMARY]
            sections = summaries[:1] + [s for s in sections if s.kind is not SectionKind.SUMMARY]
        else:  # compact: what was recommended and decided, in short
            wanted = {SectionKind.RECOMMENDATION, SectionKind.DECISION}
            sections = [s for s in item.sections if s.kind in wanted]
        html += [_history_html(s, item, lang) if item.treatments and s.kind is SectionKind.HISTORY else _section_html(s)
                 for s in sections]  # fmt: skip
        html.append(_member_html(entry, documents, lang))
    return "<html><body>" + "".join(html) + "</body></html>"


def render(entries: list[BriefingEntry], options: BriefingOptions, out: Path,
           documents: Documents | None = None, marks: Marks | None = None) -> BriefingResult:  # fmt: skip
    """Write the briefing PDF to ``out`` (atomically); ``documents`` names (and holds) the stored bilag,
    ``marks`` holds where each bilag highlight stands on its page (highlight id → line boxes in the
    page's user space, found by PDFium; see ``app.services.briefing``)."""
    ensure_gui_application()

    entries = entries_to_render(entries, options)
    if len(entries) > MAX_ITEMS:
        raise BriefingTooLarge(f"{len(entries)} items; a briefing takes at most {MAX_ITEMS} (choose fewer items)",
                               "items", len(entries), MAX_ITEMS)  # fmt: skip
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temp_files(out.parent)
    fd, tmp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".pdf.tmp", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        return _render(entries, options, out, tmp, documents, marks)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _render(entries: list[BriefingEntry], options: BriefingOptions, out: Path, tmp: Path,
            documents: Documents | None, marks: Marks | None = None) -> BriefingResult:  # fmt: skip
    from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

    writer = QPdfWriter(str(tmp))
    size = QPageSize.PageSizeId.Letter if options.paper == "Letter" else QPageSize.PageSizeId.A4
    writer.setPageSize(QPageSize(size))
    writer.setResolution(144)
    writer.setPageMargins(QMarginsF(18, 24, 18, 20), QPageLayout.Unit.Millimeter)
    writer.setCreator("Mødemappe")
    writer.setTitle(_title(entries, options))
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    body = QRectF(0, 0, page.width(), page.height())

    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultStyleSheet(CSS)
    document.setDefaultFont(QFont("DejaVu Sans", 10))
    document.setPageSize(QSizeF(body.width(), body.height()))
    extras = bilag_pages(entries, options, documents or {})  # per entry: the bilag pages that follow it
    pages: list[int] = []
    toc_pages: list[int] | None = None
    for _ in range(3):  # page numbers settle in one or two passes
        document.setHtml(build_html(entries, options, toc_pages, documents))
        keep_headings_with_next(document, body.height())
        pages = _item_pages(document, len(entries), body.height())
        shown = [p + _before(extras, n) for n, p in enumerate(pages)]
        if shown == toc_pages:
            break
        toc_pages = shown

    split_blocks_at_page_breaks(document, body.height())
    total = document.pageCount()
    if total > MAX_PAGES:
        raise BriefingTooLarge(f"{total} pages; a briefing has at most {MAX_PAGES} (choose fewer items or leave out "
                               "the full text)", "pages", total, MAX_PAGES)  # fmt: skip
    ends = [(pages[n + 1] - 1 if n + 1 < len(pages) else total) for n in range(len(pages))]  # 1-based last page
    grand = total + _before(extras, len(extras))
    after = {end: n for n, end in enumerate(ends)} if any(extras) else {}  # page → the item whose bilag follow it
    header = _header(entries, options.language)
    text_layout = writer.pageLayout()
    painter = QPainter(writer)
    small = QFont("DejaVu Sans", 7)
    bands = page_bands(document, body.height(), total)
    frames: Frames = {}  # page index in the written PDF → the bilag page placed there
    for index in range(total):
        if index:
            if frames:
                writer.setPageLayout(text_layout)
            writer.newPage()
        painter.setFont(small)
        painter.setPen(Qt.GlobalColor.darkGray)
        if index:
            painter.drawText(
                QRectF(0, -40, body.width(), 30), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), header
            )
        footer = QRectF(0, body.height() + 8, body.width(), 30)
        number = index + 1 + len(frames)
        painter.drawText(
            footer, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
            translate("Briefing", "Side %1 af %2").replace("%1", str(number)).replace("%2", str(grand)),
        )
        top, bottom = bands[index]
        if bottom > top:
            painter.save()
            painter.translate(0, -index * body.height())
            document.drawContents(painter, QRectF(0, top, body.width(), bottom - top))
            painter.restore()
        n = after.get(index + 1, -1)
        for bilag in extras[n] if n >= 0 else []:  # the item's bilag pages follow its last page
            for page_index, where in bilag.pages:
                frames[index + 1 + len(frames)] = (n, bilag, page_index, where)
                _paint_frame(writer, painter, entries[n], bilag, page_index, where, index + 1 + len(frames), grand,
                             options.language)  # fmt: skip
    painter.end()
    del painter, writer

    outline = [(f"{e.item.number}. {e.item.title}", p - 1) for e, p in zip(entries, toc_pages or pages)]
    _finish_pdf(tmp, out, entries, options, outline, frames, documents or {}, marks or {})
    return BriefingResult(out, grand, outline)


def preview_image(entries: list[BriefingEntry], options: BriefingOptions, width: int = 420) -> QImage:
    """The first page (the cover) as an image for the export dialog, laid out at true size."""
    ensure_gui_application()
    from PySide6.QtCore import QRectF, QSizeF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QTextDocument

    page_mm = (215.9, 279.4) if options.paper == "Letter" else (210.0, 297.0)
    px_per_mm = 96 / 25.4
    page_w, page_h = page_mm[0] * px_per_mm, page_mm[1] * px_per_mm
    scale = width / page_w
    image = QImage(width, int(page_h * scale), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    body = QRectF(18 * px_per_mm, 24 * px_per_mm, page_w - 36 * px_per_mm, page_h - 44 * px_per_mm)
    document = QTextDocument()
    document.setDefaultStyleSheet(CSS)
    document.setDefaultFont(QFont("DejaVu Sans", 10))
    document.setPageSize(QSizeF(body.width(), body.height()))
    document.setHtml(build_html(entries_to_render(entries, options), options, None))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.scale(scale, scale)
    painter.translate(body.topLeft())
    document.drawContents(painter, QRectF(0, 0, body.width(), body.height()))
    painter.resetTransform()
    painter.setPen(Qt.GlobalColor.lightGray)
    painter.drawRect(0, 0, image.width() - 1, image.height() - 1)
    painter.end()
    return image


def _lines(document: QTextDocument) -> list[tuple[QTextBlock, float, float]]:
    """Every laid-out line as (its block, top, bottom) in document coordinates, in reading order."""
    lines: list[tuple[QTextBlock, float, float]] = []
    block = document.begin()
    while block.isValid():
        lines += [(block, top, bottom) for _start, top, bottom in _lines_of(document, block)]
        block = block.next()
    return lines


def keep_headings_with_next(document: QTextDocument, page_height: float) -> int:
    """Break the page before each heading that would otherwise be the last text on its page.

    Returns how many breaks were added. Qt's HTML import marks h1–h6 with a heading level.
    """
    from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextFormat

    moved: set[int] = set()
    for _ in range(500):  # each pass moves one heading; the layout after it changes
        lines = _lines(document)
        orphan = None
        for n, (block, top, _bottom) in enumerate(lines):
            if not _is_heading(block) or block.position() in moved:
                continue
            following = next((line for line in lines[n + 1 :] if line[0] != block), None)
            if following is None:
                break
            last_top = max(t for b, t, _ in lines[n:] if b == block)
            page = int(last_top // page_height)
            if int(following[1] // page_height) > page and top % page_height > 1:
                # A run of headings (item title, its meta line, a section heading) moves as one.
                first = n
                while first > 0 and lines[first - 1][0] != block and _is_heading(lines[first - 1][0]) \
                        and int(lines[first - 1][1] // page_height) == page:  # fmt: skip
                    block = lines[first - 1][0]
                    first = next(i for i, line in enumerate(lines) if line[0] == block)
                orphan = block
                break
        if orphan is None:
            return len(moved)
        moved.add(orphan.position())
        cursor = QTextCursor(orphan)
        fmt = QTextBlockFormat()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        cursor.mergeBlockFormat(fmt)
    return len(moved)


def split_blocks_at_page_breaks(document: QTextDocument, page_height: float) -> int:
    """Split every block whose lines stand on two pages into one block a page; returns the splits.

    The halves keep the block's format, less the margins and indent at the cut, so nothing moves;
    a list item's continuation is taken out of the list (no second bullet) at the item's indent.
    """
    from PySide6.QtGui import QTextCursor, QTextFormat

    splits = 0
    for _ in range(50):  # a split can shift a later line by a rounding step: look again
        cuts: list[tuple[QTextBlock, int]] = []
        block = document.begin()
        while block.isValid():
            lines = _lines_of(document, block)
            pages = [int(top // page_height) for _start, top, _bottom in lines]
            for i in range(1, len(pages)):
                if pages[i] != pages[i - 1]:
                    cuts.append((block, block.position() + lines[i][0]))
                    break
            block = block.next()
        if not cuts:
            return splits
        for block, at in reversed(cuts):  # from the end, so positions ahead stay valid
            cursor = QTextCursor(document)
            cursor.setPosition(at)
            cursor.beginEditBlock()
            head = block.blockFormat()
            text_list = block.textList()
            cursor.insertBlock()
            tail = cursor.block()
            fmt = tail.blockFormat()
            fmt.setTopMargin(0)
            fmt.setTextIndent(0)
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
            cursor.setBlockFormat(fmt)
            if text_list is not None and tail.textList() is not None:
                text_list.remove(tail)
                fmt = tail.blockFormat()
                fmt.setIndent(text_list.format().indent())
                cursor.setBlockFormat(fmt)
            first = QTextCursor(block)
            head.setBottomMargin(0)
            first.setBlockFormat(head)
            cursor.endEditBlock()
            splits += 1
    return splits


def _lines_of(document: QTextDocument, block: QTextBlock) -> list[tuple[int, float, float]]:
    """A block's lines as (text offset in the block, top, bottom) in document coordinates."""
    layout = document.documentLayout()
    text_layout = block.layout()
    if text_layout is None:
        return []
    origin = layout.blockBoundingRect(block).top()  # the layout's position (Qt moves the rect's top-left there)
    result = []
    for i in range(text_layout.lineCount()):
        line = text_layout.lineAt(i)
        result.append((line.textStart(), origin + line.y(), origin + line.y() + line.height()))
    return result


def _is_heading(block: QTextBlock) -> bool:
    """An h1–h6 (Qt's HTML import gives them a heading level) or a paragraph marked with :data:`KEEP`."""
    return block.blockFormat().headingLevel() > 0 or block.userState() == KEEP_STATE


def page_bands(document: QTextDocument, page_height: float, pages: int) -> list[tuple[float, float]]:
    """Per page, the stretch of the document to paint: the page, less any line that belongs elsewhere.

    A line belongs to the page its top stands on. QTextDocument paints every line that touches
    the rectangle it is given, clipped or not, so a line ending a hair below a page's foot
    would be written into the next page's text layer too; the band stops short of it.
    """
    bands = [[index * page_height, (index + 1) * page_height] for index in range(pages)]
    for _block, top, bottom in _lines(document):
        index = min(pages - 1, max(0, int(top // page_height)))
        for later in range(index + 1, pages):
            if bottom <= bands[later][0]:
                break
            bands[later][0] = bottom + 0.5  # the next pages start below this line
        if index > 0 and top < bands[index - 1][1]:
            bands[index - 1][1] = top - 0.5  # ... and the page before ends above it
    return [(top, bottom) for top, bottom in bands]


def _item_pages(document: QTextDocument, count: int, page_height: float) -> list[int]:
    """1-based page of each item heading (found by its ``item-N`` anchor)."""
    layout = document.documentLayout()
    found: dict[int, int] = {}
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            for name in it.fragment().charFormat().anchorNames():
                if name.startswith("item-"):
                    top = layout.blockBoundingRect(block).top()
                    found[int(name[5:])] = int(top // page_height) + 1
            it += 1
        block = block.next()
    return [found.get(n, 0) for n in range(count)]


def _title(entries: list[BriefingEntry], options: BriefingOptions) -> str:
    if options.title:
        return options.title
    if entries and len({e.meeting_id for e in entries}) == 1:
        r = entries[0].record
        word = translate("Briefing", "Briefing")
        return f"{word} — {r.committee or ''} {_date(r.date, options.language)}"
    return translate("Briefing", "Briefing")


def _subject_of(entries: list[BriefingEntry], language: str) -> str:
    """What the briefing prepares for: the committee and date of its one meeting, or Mødemappe."""
    if entries and len({e.meeting_id for e in entries}) == 1:
        r = entries[0].record
        return f"{r.committee or ''} · {_date(r.date, language)}"
    return "Mødemappe"


def _header(entries: list[BriefingEntry], language: str = "da") -> str:
    return f"{_subject_of(entries, language)} · {_person_title()}"


def annotated_bilag(entry: BriefingEntry) -> list[tuple[str, list[int]]]:
    """The bilag the member annotated on this item, in order: (sha256, 1-based pages with notes)."""
    pages: dict[str, list[int]] = {}
    for h in entry.annotation.highlights if entry.annotation else []:
        if h.document:
            pages.setdefault(h.document, [])
            if h.page and h.page not in pages[h.document]:
                pages[h.document].append(h.page)
    return [(sha, sorted(p)) for sha, p in pages.items()]


@dataclass
class Appended:
    """A bilag whose pages follow an item: its sha256 and name, its page count, and the pages appended."""

    sha: str
    name: str
    count: int
    pages: list[tuple[int, Placement]]  # 0-based page in the bilag, where it stands on its briefing page


Extras = list[list[Appended]]  # per entry: the bilag appended after it
Frames = dict[int, tuple[int, Appended, int, Placement]]  # page in the briefing → entry, bilag, its page, placement


def bilag_pages(entries: list[BriefingEntry], options: BriefingOptions, documents: Documents) -> Extras:
    """Which pages of which bilag follow each item (nothing unless ``options.bilag`` asks for it)."""
    extras: Extras = []
    for entry in entries:
        chosen: list[Appended] = []
        for sha, noted in annotated_bilag(entry) if options.bilag in ("annotated", "pages") else []:
            try:
                reader = _open_bilag(documents[sha][1])
                count = len(reader.pages)
                wanted = [p - 1 for p in noted if 0 < p <= count] if options.bilag == "pages" else list(range(count))
                turn = options.turns.get(sha, 0)
                placed = [(number, placement(reader.pages[number], options.paper, turn)) for number in wanted]
            except Exception:
                continue  # a bilag that cannot be read is named in the item's notes, not appended
            if placed:
                chosen.append(Appended(sha, documents[sha][0], count, placed))
        extras.append(chosen)
    return extras


def _count(chosen: list[Appended]) -> int:
    return sum(len(bilag.pages) for bilag in chosen)


def _before(extras: Extras, n: int) -> int:
    """Bilag pages that come before entry ``n`` (those of the entries ahead of it)."""
    return sum(_count(x) for x in extras[:n])


def _paint_frame(writer: QPdfWriter, painter: QPainter, entry: BriefingEntry, bilag: Appended, page_index: int,
                 where: Placement, number: int, grand: int, language: str) -> None:  # fmt: skip
    """A new page for one appended bilag page: the header naming the bilag, the meeting and the item, a
    hairline where the bilag page will stand, and "Side N af M". The bilag page itself is laid under it
    by :func:`_finish_pdf`."""
    from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
    from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPen

    width, height = where.size
    size = QPageSize(QSizeF(width, height), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch)
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                                     QPageLayout.Unit.Point))  # fmt: skip
    writer.newPage()
    px = writer.resolution() / 72  # device pixels a point

    def at(x: float, top: float, w: float, h: float) -> QRectF:
        """A rectangle given in points from the page's top-left, in the writer's device pixels."""
        return QRectF(x * px, top * px, w * px, h * px)

    x0, y0, x1, y1 = where.frame
    left, right = min(x0, SIDE), max(x1, width - SIDE)
    record, item = entry.record, entry.item
    name = translate("Briefing", "Bilag: %1").replace("%1", bilag.name or translate("Briefing", "bilag"))
    side = translate("Briefing", "side %1 af %2").replace("%1", str(page_index + 1)).replace("%2", str(bilag.count))
    where_from = f"{record.committee or ''} · {_date(record.date, language)} — {item.number}. {item.title}"
    title_font = QFont("DejaVu Sans", 8)
    title_font.setBold(True)
    meta_font = QFont("DejaVu Sans", 7)
    line_width = (right - left) * px
    painter.save()
    painter.resetTransform()
    painter.setFont(title_font)
    painter.setPen(QColor("#284b7a"))
    top = height - y1 - 34  # two header lines, ending a little above the placed page
    band = at(left, top, right - left, 14)
    side_width = painter.fontMetrics().horizontalAdvance(side) + 12 * px
    painter.drawText(band, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), side)
    title = QFontMetricsF(title_font, writer).elidedText(name, Qt.TextElideMode.ElideMiddle, line_width - side_width)
    painter.drawText(band, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
    painter.setFont(meta_font)
    painter.setPen(QColor("#5a6675"))
    meta = QFontMetricsF(meta_font, writer).elidedText(where_from, Qt.TextElideMode.ElideRight, line_width)
    painter.drawText(at(left, top + 14, right - left, 12),
                     int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), meta)  # fmt: skip
    pen = QPen(QColor("#b8c0cc"))
    pen.setWidthF(0.5 * px)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(at(x0 - 0.5, height - y1 - 0.5, x1 - x0 + 1, y1 - y0 + 1))
    painter.setFont(QFont("DejaVu Sans", 7))
    painter.setPen(Qt.GlobalColor.darkGray)
    footer = translate("Briefing", "Side %1 af %2").replace("%1", str(number)).replace("%2", str(grand))
    painter.drawText(at(left, height - BOTTOM + 8, right - left, 14),  # where it stands on every page
                     int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), footer)  # fmt: skip
    painter.restore()


def _finish_pdf(tmp: Path, out: Path, entries: list[BriefingEntry], options: BriefingOptions,
                outline: list[tuple[str, int]], frames: Frames | None = None, documents: Documents | None = None,
                marks: Marks | None = None) -> None:  # fmt: skip
    """Bilag pages laid under their frames (with the member's highlights as PDF annotations), outline
    (bookmarks) and metadata with pypdf; then the file replaces ``out`` atomically. ``outline`` holds
    final 1-based page numbers minus one."""
    from pypdf import PdfReader, PdfWriter

    main = PdfReader(tmp)
    writer = PdfWriter(clone_from=main) if not frames else PdfWriter()
    placed: list[tuple[int, Appended, int]] = []  # entry, bilag, the page index it starts at
    if frames:
        readers: dict[str, PdfReader] = {}
        for index, page in enumerate(main.pages):
            frame = frames.get(index)
            if frame is None:
                writer.add_page(page)
                continue
            n, bilag, number, where = frame
            if not placed or placed[-1][1] is not bilag:
                placed.append((n, bilag, index))
            laid = None
            try:
                if bilag.sha not in readers:
                    readers[bilag.sha] = _open_bilag((documents or {})[bilag.sha][1])
                laid = writer.add_page(readers[bilag.sha].pages[number])
                place(writer, laid, where, page)
                annotation = entries[n].annotation
                for h in annotation.highlights if annotation is not None else []:
                    if h.document == bilag.sha and h.page == number + 1 and h.quote.exact:
                        boxes = (marks or {}).get(h.highlight_id, [])
                        add_highlight(writer, laid, where, boxes, color=h.color, contents=h.comment or h.quote.exact,
                                      name=h.highlight_id, created=h.created)  # fmt: skip
            except Exception:  # a bilag page pypdf cannot take (damaged, changed since): its header stays, empty
                if laid is not None:
                    writer.remove_page(laid)
                writer.add_page(page)
    marks_by_entry: list[IndirectObject | None] = []
    for title, page_index in outline:
        inside = 0 <= page_index < len(writer.pages)
        marks_by_entry.append(writer.add_outline_item(title=title, page_number=page_index) if inside else None)
    for n, bilag, first in placed:
        name = bilag.name
        if options.bilag == "pages":
            numbers = ", ".join(str(i + 1) for i, _where in bilag.pages)
            name = translate("Briefing", "%1 (side %2)").replace("%2", numbers).replace("%1", bilag.name)
        title = translate("Briefing", "Bilag: %1").replace("%1", name)
        writer.add_outline_item(title=title, page_number=first, parent=marks_by_entry[n])
    tags = sorted({visible_label(t) for e in entries if e.annotation for t in e.annotation.tags}, key=str.casefold)
    writer.add_metadata(
        {
            "/Title": _title(entries, options),
            "/Author": options.user_name or "Mødemappe",
            "/Subject": translate("Briefing", "Personlig forberedelse til %1").replace(
                "%1", _subject_of(entries, options.language)
            ),
            "/Keywords": ", ".join(tags),
            "/Creator": "Mødemappe",
        }
    )
    with tmp.open("wb") as fh:
        writer.write(fh)
        fh.flush()
        os.fsync(fh.fileno())
    if tmp.stat().st_size > MAX_BYTES:
        megabytes = MAX_BYTES // (1024 * 1024)
        raise BriefingTooLarge(f"it would be larger than {megabytes} MB (append fewer bilag)", "bytes", megabytes)
    tmp.chmod(_file_mode())  # mkstemp makes it private; a document the member writes follows the umask
    os.replace(tmp, out)


def _open_bilag(path: str) -> PdfReader:
    """A stored bilag for its pages, opened as :func:`bilag_pages` opened it (an empty password tried)."""
    from pypdf import PdfReader

    reader = PdfReader(path)
    if reader.is_encrypted:
        reader.decrypt("")
    return reader


def _file_mode() -> int:
    """The mode a newly created file gets (0o666 less the umask), as ``open()`` would give it."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask
