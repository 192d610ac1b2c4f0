"""Paragraphs → :class:`Meeting`: header, table of contents, agenda items, sections.

Two ways of marking items are recognised, chosen per document:

* keyword headings — "Punkt 7: Titel" (FirstAgenda/Prepare/Acadre renditions);
* numbered headings — "7. Titel" (eDoc) or "1.2   Titel" (SBSYS), accepted only in
  sequence and when confirmed by the table of contents, a case-number label right after
  it, or a wide gap after the number, so numbered lists inside items are not taken for items.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from app.model import (
    AgendaItem,
    Attachment,
    Block,
    BlockKind,
    Decision,
    Meeting,
    Section,
    SectionKind,
    Span,
    Treatment,
)
from app.parsing import vocabulary as voc
from app.parsing.dates import find_date, find_time
from app.parsing.paragraphs import ITEM_HEADING_RE, TOC_HEADING_RE, TOC_LINE_RE, Para

TOC_COLUMNS_RE = re.compile(r"^(?:(?:sag|sags|pkt|punkt|nr|side|titel|emne|sagsnr|overskrift)[.:]?\s*)+$", re.I)
TOC_PAGE_RE = re.compile(r"^(?P<title>\S.*?)\s+(?P<page>\d{1,3})$")

NUMBERED_ITEM_RE = re.compile(
    r"^(?P<number>\d{1,4}(?:\.\d{1,2})?)(?P<sep>\.\s+|\s{2,}|\t|\s+(?=[A-ZÆØÅ]))(?P<title>\S.*)$"
)
KIND_MARKER_RE = re.compile(r"\s*\((?P<marker>[BODIGU])\)\s*$")
CLOSED_PREFIX_RE = re.compile(r"^(?:lukket(?:\s+punkt)?\s*[:\-–]\s*)", re.I)
CLOSED_SUFFIX_RE = re.compile(r"\s*\((?:lukket(?:\s+punkt)?)\)\s*$", re.I)
PREFIX_RE = re.compile(r"^(?P<prefix>[A-ZÆØÅ]{1,5})\s+[-–]\s+(?=\S)")
# "Supplerende dagsorden", "Rettet dagsorden", "Revideret referat": the same kind of paper, republished.
DOCTYPE_RE = re.compile(
    r"\b(?:(?:supplerende|rettet|revideret|tillægs|ændret)\s+)?(referat|dagsorden|beslutningsprotokol|protokol)\b", re.I
)
COMMITTEE_WORD_RE = re.compile(
    r"(udvalg|byråd|kommunalbestyrelse|borgerrepræsentation|regionsråd|bestyrelse|råd\b|gruppe|forum|"
    r"komité|komite|nævn)",
    re.I,
)
WEEKDAY_RE = re.compile(r"^(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\b", re.I)
SECTION_MARK_RE = re.compile(r"^(?:åben|åbent|lukket)\s+(?:referat|dagsorden|punkter?)$", re.I)


@dataclass
class _TocEntry:
    number: str | None
    title: str
    closed: bool


@dataclass
class _ItemStart:
    index: int
    number: str
    title: str
    page: int | None
    title_prefix: str | None = None  # a committee code taken off the title ("JA - ")


def parse_paragraphs(paras: list[Para]) -> Meeting:
    """Build the meeting from a document's paragraphs."""
    running = [p for p in paras if p.kind == "running"]
    if running:
        paras = [p for p in paras if p.kind != "running"]
    toc_range, toc = _find_toc(paras)
    starts = _keyword_items(paras, toc_range)
    if not starts:
        starts = _numbered_items(paras, toc_range, toc)
    header_end = min([s.index for s in starts] + ([toc_range[0]] if toc_range else []) + [len(paras)])
    meeting = Meeting(has_contents=bool(toc))
    _parse_header(paras[:header_end], paras, meeting)
    _strip_committee_prefixes(starts)
    signatures = _signature_page(paras, starts[-1].index if starts else len(paras))
    # Does the document mark its headings (bold, "##")? Then a plain line is no heading.
    styled = any(p.bold or p.level for p in paras[:400])
    unminuted: set[int] = set()  # items whose decision box was printed empty
    for position, start in enumerate(starts):
        end = starts[position + 1].index if position + 1 < len(starts) else signatures
        if toc_range and start.index < toc_range[0] < end:
            end = toc_range[0]
        meeting.items.append(_parse_item(start, paras[start.index + 1 : end], meeting, toc, styled, unminuted))
    _apply_toc_closed_flags(meeting, toc)
    _titles_from_toc(meeting, toc)
    _fill_from_decisions(meeting)
    if running and not (meeting.committee and meeting.date):
        _fill_from_running_header(meeting, running, paras)
    meeting.committee = committee_name(meeting.committee)
    meeting.warnings.extend(_warnings(meeting, unminuted))
    if not meeting.date:
        meeting.warnings.append("no meeting date")
    if not meeting.committee:
        meeting.warnings.append("no committee")
    return meeting


_DATE_TAIL_RE = re.compile(
    r"(?:[\s,–-]+(?:d\.|den|dato|kl\.?|mødedato|"
    r"(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)(?:\s+den)?))+\s*$",
    re.IGNORECASE,
)


def committee_name(name: str | None) -> str | None:
    """The committee without the words of a date line it was printed on ("Klima-, Teknik- og
    Miljøudvalget d." with the date on the next line; "… mandag den")."""
    if not name:
        return name
    cleaned = _DATE_TAIL_RE.sub("", name).strip(" ,–-")
    return cleaned or name


def _titles_from_toc(meeting: Meeting, toc: list[_TocEntry]) -> None:
    """Cross-check titles with the contents: when a wrapped title lost its tail and the contents
    list has it whole, take the longer title (and drop the tail where it became body text)."""
    by_number = {e.number: e for e in toc if e.number}
    by_position = not by_number and len(toc) == len(meeting.items)
    taken = False
    for position, item in enumerate(meeting.items):
        entry = toc[position] if by_position else by_number.get(item.number)
        if entry is None:
            continue
        title = KIND_MARKER_RE.sub("", CLOSED_SUFFIX_RE.sub("", entry.title)).strip()
        if item.title_prefix and title.startswith(item.title_prefix + " "):
            title = PREFIX_RE.sub("", title, count=1)
        short, full = _fold(item.title), _fold(title)
        if not short or len(full) <= len(short) or not full.startswith(short + " "):
            continue
        tail = full[len(short) :].strip()
        item.title = title
        taken = True
        first = item.sections[0].blocks if item.sections else []
        if first and first[0].kind in (BlockKind.SUBHEADING, BlockKind.PARAGRAPH) and _fold(first[0].text) == tail:
            first.pop(0)
    if taken:
        meeting.warnings.append("title taken from contents")


def _warnings(meeting: Meeting, unminuted: set[int] | frozenset[int] = frozenset()) -> list[str]:
    """Where the structure may be wrong, said plainly (``parse --json``, the window's notice).

    An item whose decision box was found but printed empty was read right: it is no doubt."""
    found: list[str] = []
    open_items = [i for i in meeting.items if not i.closed]
    if (
        meeting.document_type == "referat"
        and len(open_items) >= 2
        and sum(1 for i in open_items if not i.decisions and id(i) not in unminuted) > len(open_items) // 2
    ):
        found.append("referat without decisions")
    numbered = [i.number for i in meeting.items if re.fullmatch(r"\d+(?:\.\d+)?", i.number)]
    keys = [tuple(int(p) for p in number.split(".")) for number in numbered]
    if any(b <= a for a, b in zip(keys, keys[1:])):
        found.append("items out of sequence")
    return found


SIGNATURE_RE = re.compile(
    r"^(?:underskriftsside|underskrifter|underskriftsblad|underskriftsark|signaturside|underskrift)\b.{0,40}$", re.I
)


def _signature_page(paras: list[Para], after: int) -> int:
    """Where the signature page after the last item begins (its names are neither the item's
    text nor its bilag), or the end of the document."""
    for index in range(after + 1, len(paras)):
        para = paras[index]
        if para.kind == "text" and len(para.text) < 60 and SIGNATURE_RE.match(para.text):
            return index
    return len(paras)


def _fill_from_running_header(meeting: Meeting, running: list[Para], paras: list[Para]) -> None:
    """No cover (a per-item PDF): the running header often names committee and date."""
    found = Meeting()
    _parse_header(running, running + paras, found)
    committee = found.committee if found.committee and not find_date(found.committee) else None
    if not committee:
        # "Teknisk Udvalg - 1. oktober 2025": the part that names a committee.
        for para in running:
            for part in re.split(r"\s+[-–|]\s+|\s{2,}|\t", para.text):
                if COMMITTEE_WORD_RE.search(part) and not find_date(part) and len(part) < 80:
                    committee = part.strip()
                    break
            if committee:
                break
    meeting.committee = meeting.committee or committee
    meeting.date = meeting.date or found.date
    meeting.start_time = meeting.start_time or found.start_time
    meeting.municipality = meeting.municipality or found.municipality


def _fill_from_decisions(meeting: Meeting) -> None:
    """A single item's PDF has no meeting header: its decision still names body and date."""
    decisions = [d for item in meeting.items for d in item.decisions]
    if not meeting.committee:
        bodies = Counter(d.body for d in decisions if d.body)
        meeting.committee = bodies.most_common(1)[0][0] if bodies else None
    if not meeting.date:
        dates = Counter(d.date for d in decisions if d.date)
        meeting.date = dates.most_common(1)[0][0] if dates else None


# --- table of contents -------------------------------------------------------------------


def _toc_text(para: Para) -> str:
    return f"{para.marker} {para.text}" if para.kind in ("numbered", "bullet") else para.text


def _toc_line(para: Para, headed: bool) -> re.Match[str] | None:
    """A contents line: dotted leaders or a tab before the page number (or, under a heading, a
    plain trailing page number)."""
    text = _toc_text(para)
    if len(text) > 400:
        return None
    m = TOC_LINE_RE.match(text)
    if m is None and (headed or para.kind == "toc"):
        m = TOC_PAGE_RE.match(text)
    return m


def _find_toc(paras: list[Para]) -> tuple[tuple[int, int] | None, list[_TocEntry]]:
    """The contents list: under a heading ("Indholdsfortegnelse"), or a run of dotted-leader lines.

    An entry may wrap: the lines before the one with the page number belong to it. The list is
    never an item and never a body.
    """
    for index, para in enumerate(paras):
        headed = bool(TOC_HEADING_RE.match(para.text.rstrip(":"))) and para.kind == "text"
        if not headed:
            if para.kind != "toc" or sum(1 for p in paras[index : index + 6] if p.kind == "toc") < 2:
                continue
        entries: list[_TocEntry] = []
        closed = False
        pending: list[str] = []
        end = index + 1 if headed else index
        while end < len(paras):
            p = paras[end]
            if p.kind == "table" and not pending:
                rows = _toc_rows(p.rows, closed)
                if rows is not None:
                    entries.extend(rows)
                    end += 1
                    continue
            text = _toc_text(p)
            if SECTION_MARK_RE.match(text):
                closed = text.lower().startswith("lukket")
                pending = []
                end += 1
                continue
            m = _toc_line(p, headed and not pending)
            if m is not None:
                title = " ".join([*pending, m.group("title").strip()]).rstrip(". ").strip()
                pending = []
                entries.append(_toc_entry(title, p.kind, closed))
                end += 1
                continue
            if not pending and TOC_COLUMNS_RE.match(text):
                end += 1  # "Sag nr.   Side" / "Punkt  Titel  Side": the list's column heads
                continue
            if (
                len(pending) < 3
                and p.kind != "table"
                and len(text) < 250
                and any(_toc_line(q, False) for q in paras[end + 1 : end + 4 - len(pending)])
            ):
                pending.append(text)
                end += 1
                continue
            break
        end -= len(pending)
        if entries:
            return (index, end), entries
    return None, []


def _toc_rows(rows: list[list[str]], closed: bool) -> list[_TocEntry] | None:
    """A contents list set as a table ("412 | Title | 3" under "Punkt nr. | Side"): a row whose
    last cell is a page number ends an entry; a row without one is a title wrapping on."""
    entries: list[_TocEntry] = []
    pending: list[str] = []
    paged = 0
    for row in rows:
        cells = [c.strip() for c in row if c.strip()]
        if not cells or (not entries and not pending and TOC_COLUMNS_RE.match(" ".join(cells))):
            continue
        page = cells[-1].isdigit() and len(cells[-1]) <= 4
        if page:
            paged += 1
            cells = cells[:-1]
        pending.extend(cells)
        if page and pending:
            entries.append(_toc_entry(" ".join(pending).rstrip(". "), "table", closed))
            pending = []
    if not entries or paged * 2 < len(rows):
        return None
    return entries


def _toc_entry(title: str, kind: str, closed: bool) -> _TocEntry:
    number = None
    nm = re.match(r"^(\d{1,5}(?:\.\d{1,2})?)\.?\s+(.*)$", title)
    if (nm and kind != "toc") or (nm and re.match(r"^\d{1,5}\.\s", title)):
        number, title = nm.group(1), nm.group(2)
    pm = ITEM_HEADING_RE.match(title)
    if pm:
        number, title = pm.group("number"), pm.group("title")
    is_closed = closed or bool(CLOSED_PREFIX_RE.match(title))
    return _TocEntry(number, CLOSED_PREFIX_RE.sub("", title).strip(), is_closed)


# --- item headings ---------------------------------------------------------------------


def _keyword_items(paras: list[Para], toc_range: tuple[int, int] | None) -> list[_ItemStart]:
    starts: list[_ItemStart] = []
    for index, para in enumerate(paras):
        if toc_range and toc_range[0] <= index < toc_range[1]:
            continue
        if para.kind not in ("text",):
            continue
        m = ITEM_HEADING_RE.match(para.text)
        if m and (para.level or para.bold or len(para.lines) <= 3):
            starts.append(_ItemStart(index, m.group("number"), m.group("title").strip(), para.page))
    return starts


def _successors(number: str | None) -> set[str]:
    if number is None:
        return {"1", "0", "1.1"}
    parts = number.split(".")
    major = int(parts[0])
    if len(parts) == 1:
        return {str(major + 1), f"{major}.1"}
    minor = int(parts[1])
    return {f"{major}.{minor + 1}", str(major + 1)}


def _similar(a: str, b: str) -> bool:
    a, b = _fold(CLOSED_PREFIX_RE.sub("", a)), _fold(CLOSED_PREFIX_RE.sub("", b))
    if not a or not b:
        return False
    return a == b or a.startswith(b) or b.startswith(a)


def _fold(text: str) -> str:
    return re.sub(r"[^\wæøå]+", " ", text.lower()).strip()


def _numbered_items(paras: list[Para], toc_range: tuple[int, int] | None, toc: list[_TocEntry]) -> list[_ItemStart]:
    toc_by_number = {e.number: e for e in toc if e.number}
    starts: list[_ItemStart] = []
    last: str | None = None
    for index, para in enumerate(paras):
        if toc_range and toc_range[0] <= index < toc_range[1]:
            continue
        if para.kind == "table" or len(para.text) > 250:
            continue
        text = para.raw_first.strip().replace("**", "").lstrip("# ").strip() if para.kind != "text" else para.text
        full = para.text if para.kind == "text" else f"{para.marker} {para.text}"
        m = NUMBERED_ITEM_RE.match(text) or NUMBERED_ITEM_RE.match(full)
        if not m:
            continue
        number, title = m.group("number"), m.group("title").strip()
        if para.kind != "text":
            title = para.text
        if not (title[:1].isupper() or title[:1].isdigit()):
            continue
        if (
            last is None
            and number not in ("0", "1", "1.1")
            and number not in toc_by_number
            and not _followed_by_case_label(paras, index)
        ):
            continue
        if last is not None and number not in _successors(last):
            continue
        entry = toc_by_number.get(number)
        wide = m.group("sep") not in (". ",) and not m.group("sep").startswith(".")
        confirmed = (entry is not None and _similar(title, entry.title)) or _followed_by_case_label(paras, index)
        if toc_by_number and entry is not None and not _similar(title, entry.title):
            confirmed = _followed_by_case_label(paras, index)
        if not toc_by_number and wide and (para.level or para.bold or len(title) < 120):
            confirmed = True
        if (
            not confirmed
            and not toc_by_number
            and (para.level or para.bold)
            and para.kind == "text"
            and len(title) < 200
            and voc.section_kind(title) is None
            and (starts or number in ("1", "0"))
        ):
            # Bold numbered headings in sequence, no contents list: "5. Eventuelt" has no case number.
            confirmed = True
        if confirmed:
            starts.append(_ItemStart(index, number, title, para.page))
            last = number
    return starts


def _followed_by_case_label(paras: list[Para], index: int) -> bool:
    return any(voc.match_label(p.text) or voc.CASE_NUMBER_RE.match(p.text) for p in paras[index + 1 : index + 4])


def _strip_committee_prefixes(starts: list[_ItemStart]) -> None:
    """Lejre-style "JA - " prefixes are a committee code, not part of the title."""
    prefixes = Counter(m.group("prefix") for s in starts if (m := PREFIX_RE.match(s.title)))
    if not prefixes:
        return
    prefix, count = prefixes.most_common(1)[0]
    if count >= max(2, len(starts) // 2):
        for s in starts:
            if s.title.startswith(prefix + " "):
                s.title = PREFIX_RE.sub("", s.title, count=1)
                s.title_prefix = prefix


# --- the meeting header --------------------------------------------------------------------


def _parse_header(head: list[Para], everything: list[Para], meeting: Meeting) -> None:
    texts = _header_lines(head)
    title_index = next((i for i, t in enumerate(texts) if DOCTYPE_RE.search(t) and len(t) < 200), None)
    doc_text = " ".join(texts[: (title_index or 0) + 3]).lower()
    if "dagsorden" in doc_text and "referat" not in doc_text:
        meeting.document_type = "dagsorden"
    else:
        meeting.document_type = "referat"
    fields: dict[str, list[str]] = {}
    pending_labels: list[str] = []
    sticky: str | None = None
    last_label: str | None = None
    for index, text in enumerate(texts):
        if text.startswith("\t"):
            # A value's continuation printed under it: the place's address lines, a second row of names.
            text = text.strip()
            if last_label == "place" and not pending_labels:
                fields.setdefault("place", []).append(text)
                continue
        elif last_label == "place" and not pending_labels and _address_line(texts, index):
            fields.setdefault("place", []).append(text)
            continue
        label, value = _split_label(text)
        if label is None and sticky and (text.endswith(":") or re.match(r"^\d{1,3}[.)]\s", text)):
            sticky = None  # "Dagsorden:" and its numbered list end the names above them
        if label is None:
            if pending_labels:
                fields.setdefault(pending_labels.pop(0), []).append(text)
            elif sticky:
                fields.setdefault(sticky, []).append(text)
            continue
        sticky = None
        last_label = label
        if not value and label in ("participants", "absent", "secretary") and not pending_labels:
            sticky = label
            continue
        if not value:
            # SBSYS prints a column of labels, then a column of values.
            pending_labels.append(label)
            continue
        if label in ("participants", "absent"):
            sticky = label
        pending_labels = []
        fields.setdefault(label, []).append(value)
    if title_index is not None:
        _parse_title(texts, title_index, meeting)
    if fields.get("committee") and (not meeting.committee or find_date(meeting.committee)):
        meeting.committee = fields["committee"][0].strip()
    joined_dates = " ".join(fields.get("date", []))
    meeting.date = find_date(joined_dates) or meeting.date or _first(find_date(t) for t in texts)
    meeting.start_time = (
        find_time(" ".join(fields.get("time", [])))
        or find_time(joined_dates)
        or _first(find_time(t) for t in texts if find_date(t) or "kl" in t.lower())
    )
    place = ", ".join(p.strip(" ,") for p in fields.get("place", []) if p.strip(" ,"))
    if not place:
        place = next((t[2:].strip() for t in texts if t.startswith("i ") and len(t) < 150), "")
    meeting.location = place or None
    people = _names(fields.get("participants", []))
    absent = _names(fields.get("absent", []))
    for name in list(people):
        if re.search(r"\((?:fravær|afbud|fraværende)\)", name, re.I):
            people.remove(name)
            absent.append(re.sub(r"\s*\((?:fravær|afbud|fraværende)\)", "", name, flags=re.I).strip())
    meeting.participants = people
    meeting.absent = list(dict.fromkeys(a for a in absent if a))
    meeting.municipality = infer_municipality(head, everything)


def _header_lines(head: list[Para]) -> list[str]:
    """Header paragraphs as lines: a PDF often prints committee, date and place without gaps."""
    texts: list[str] = []
    for para in head:
        if para.kind == "table":
            texts.extend(_header_rows(para.rows))
            continue
        labelled = _split_label(para.lines[0])[0] is not None if para.lines else False
        if labelled and len(para.lines) > 1 and para.break_candidates and not any("," in x for x in para.lines[1:]):
            pieces = para.pieces()
            if len(pieces) > 1:  # "Mødested: Kaløvig Kursuscenter" / "Præstekravevej 46" / "8410 Rønde"
                texts.append(pieces[0])
                texts.extend("\t" + piece for piece in pieces[1:])
                continue
        continued = any(
            line[:1].islower() and not line.startswith("i ") and not WEEKDAY_RE.match(line) for line in para.lines[1:]
        )
        one_per_line = (
            labelled
            and _split_label(para.lines[0])[0] in ("participants", "absent")
            and not any("," in line for line in para.lines)
        )
        if len(para.lines) > 1 and (one_per_line or (not labelled and not continued)):
            own: list[str] = []
            for line in (line.strip() for line in para.lines):
                if own and _HANGING_END_RE.search(own[-1]) and line and not one_per_line:
                    own[-1] = f"{own[-1]} {line}"  # "… Beskæftigelses- og" / "Erhvervsudvalget"
                elif line:
                    own.append(line)
            texts.extend(own)
        else:
            texts.append(f"{para.marker} {para.text}" if para.kind == "numbered" else para.text)
    return texts


_POSTCODE_RE = re.compile(r"^\d{4}\s+[A-ZÆØÅ]")
_STREET_RE = re.compile(r"^[A-ZÆØÅ][\w.'-]+(?:\s+[\w.'-]+){0,4}\s+\d{1,4}[A-Za-z]?(?:,.*)?$")


def _address_line(texts: list[str], index: int) -> bool:
    """An address line under the place ("Præstekravevej 46", "Følle Strand", "8410 Rønde"):
    a street and number, a postcode and town, or any short line the postcode line follows."""
    text = texts[index].strip()
    if not text or len(text) > 60 or ":" in text or _split_label(text)[0] is not None:
        return False
    if _POSTCODE_RE.match(text) or _STREET_RE.match(text):
        return True
    following = texts[index + 1 : index + 3]
    return any(_POSTCODE_RE.match(t.strip()) for t in following) and not find_date(text)


# A line that cannot end: it stops on a conjunction, a preposition or an open compound.
_HANGING_END_RE = re.compile(r"(?:[-,]|\s(?:og|eller|i|for|af|til|fra|med))$")


def _header_rows(rows: list[list[str]]) -> list[str]:
    """A cover set as a table: "Mødested | Kaløvig Kursuscenter" rows (a label column), rows
    continuing the value above (first cell empty), and names in two columns (each a line)."""
    texts: list[str] = []
    for row in rows:
        cells = [c.strip() for c in row]
        filled = [c for c in cells if c]
        if not filled:
            continue
        if not cells[0]:
            texts.append("\t" + " ".join(filled))
        elif len(filled) > 1 and _split_label(cells[0].rstrip(":") + ":")[0] is not None:
            texts.append(f"{cells[0].rstrip(':')}: {' '.join(filled[1:])}")
        else:
            texts.extend(filled)
    return texts


def _first(values: Iterable[object]) -> str | None:
    for value in values:
        if value:
            return str(value)
    return None


def _split_label(text: str) -> tuple[str | None, str]:
    m = re.match(r"^([A-Za-zÆØÅæøå /]+?)\s*:\s*(.*)$", text)
    if m and m.group(1).strip().lower() in voc.MEETING_LABELS:
        return voc.MEETING_LABELS[m.group(1).strip().lower()], m.group(2).strip()
    first, _, rest = text.partition(" ")
    key = first.lower().rstrip(":")
    if key in ("mødedato", "mødested", "mødedeltagere", "tilstede", "afbud/fraværende", "mødetidspunkt"):
        return voc.MEETING_LABELS.get(key, "time"), rest.strip()
    if text.strip().lower().rstrip(":") in (
        "til stede",
        "tilstede",
        "afbud/fraværende",
        "fraværende",
        "afbud",
        "deltagere",
        "medlemmer",
        "sekretær",
        "referent",
    ):
        return voc.MEETING_LABELS[text.strip().lower().rstrip(":")], ""
    return None, ""


def _names(values: list[str]) -> list[str]:
    names: list[str] = []
    for value in values:
        for part in re.split(r",\s*|\s+og\s+|;\s*", value):
            part = re.sub(r"\s+[-–]\s+(?:formand|næstformand|medlem|sekretær)\b.*$", "", part.strip(), flags=re.I)
            if part and not part.lower().startswith(("ingen", "-")):
                names.append(part.strip(" ."))
    return [n for n in names if n]


_MEETING_OF_RE = re.compile(
    r"^(?:af|fra|til|for)\s+(?:det\s+)?(?:ordinære\s+|ekstraordinære\s+)?møde[t]?\s+i\s+", re.IGNORECASE
)


def _parse_title(texts: list[str], index: int, meeting: Meeting) -> None:
    title = texts[index]
    rest = DOCTYPE_RE.sub("", title, count=1).strip(" :-–")
    rest = re.sub(r"^\d{4}\s*[-–]\s*\d{2,4}\s*:\s*", "", rest)  # "2018-21: "
    rest = re.sub(r"^(?:åben|åbent|offentlig)\s+", "", rest, flags=re.I)
    rest = _MEETING_OF_RE.sub("", rest)  # "Referat af møde i Ældrerådet", "Dagsorden til mødet i …"
    date_text = rest
    rest = re.sub(r"\s+(?:d\.|den)\s+\d.*$", "", rest)
    rest = re.sub(r"\s*\(\d{4}\s*[-–]\s*\d{2,4}\)\s*$", "", rest).strip(" :-–,")
    if not rest:
        for candidate in texts[index + 1 : index + 4]:
            if COMMITTEE_WORD_RE.search(candidate) or (candidate and not find_date(candidate) and ":" not in candidate):
                rest = re.sub(r"\s*\(\d{4}\s*[-–]\s*\d{2,4}\)\s*$", "", candidate).strip()
                break
    meeting.committee = rest or None
    meeting.date = find_date(date_text) or _first(find_date(t) for t in texts[index : index + 3])


_MUNICIPALITY_NAMES = voc.MUNICIPALITIES + tuple(voc.MUNICIPALITY_ALIASES)
_MUNICIPALITY_BY_LOWER = {n.lower(): n for n in _MUNICIPALITY_NAMES}
# Find "Kommune/Rådhus/Byråd" first (cheap), then look the word before it up by name.
# Each word's first letter leads and the look-behind follows it: the engine then skips ahead to
# the letters K, R, B instead of trying a look-behind at every position of a long document.
_MUNICIPALITY_RE = re.compile(
    r"(?:[Kk](?<=\s[Kk])(?:ommunes?|ommunalbestyrelse)|[Rr](?<=\s[Rr])ådhus|[Bb](?<=\s[Bb])yråd)\b"
)


def infer_municipality(head: list[Para], everything: list[Para]) -> str | None:
    """The municipality named most often as "X Kommune", "X Rådhus" or "X Byråd"."""
    counts: Counter[str] = Counter()
    for weight, paras in ((5, head), (1, everything)):
        text = "\n".join(p.text for p in paras)
        for m in _MUNICIPALITY_RE.finditer(text):
            before = text[max(0, m.start() - 40) : m.start()].split()
            if not before:
                continue
            word = before[-1].lower()
            name = _MUNICIPALITY_BY_LOWER.get(word)
            if name is None and word.endswith("s"):
                name = _MUNICIPALITY_BY_LOWER.get(word[:-1])
            if name is not None:
                counts[voc.MUNICIPALITY_ALIASES.get(name, name)] += weight
    return counts.most_common(1)[0][0] if counts else None


# --- one agenda item ----------------------------------------------------------------------


def _parse_item(
    start: _ItemStart,
    body: list[Para],
    meeting: Meeting,
    toc: list[_TocEntry],
    styled: bool = False,
    unminuted: set[int] | None = None,
) -> AgendaItem:
    title = start.title
    closed = False
    if CLOSED_PREFIX_RE.match(title):
        closed, title = True, CLOSED_PREFIX_RE.sub("", title).strip()
    if CLOSED_SUFFIX_RE.search(title):
        closed, title = True, CLOSED_SUFFIX_RE.sub("", title).strip()
    kind_marker = None
    km = KIND_MARKER_RE.search(title)
    if km:
        kind_marker, title = km.group("marker"), KIND_MARKER_RE.sub("", title).strip()
    item = AgendaItem(
        number=start.number,
        title=title,
        closed=closed,
        kind_marker=kind_marker,
        title_prefix=start.title_prefix,
        source_page=start.page,
    )
    sections: list[Section] = []
    current: Section | None = None
    absent_mode = False
    absent_by_section: dict[int, list[str]] = {}
    item_absent: list[str] = []

    def absent_for(section: Section | None) -> list[str]:
        if section is not None and section.kind is SectionKind.DECISION:
            return absent_by_section.setdefault(id(section), [])
        return item_absent

    pending_list: Block | None = None
    list_home: tuple[Section, Block] | None = None  # the last numbered list outside a bilag list
    folded: set[int] = set()  # bilag sections now printed under the sub-point they follow
    bilag_home: Section | None = None  # the section whose sub-points carry their own bilag lists
    for position, para in enumerate(body):
        text = para.text
        if not text:
            continue
        # Metadata near the top: repeated title line, case and document numbers, open/closed.
        full = f"{para.marker} {text}" if para.kind == "numbered" else text
        if position < 12 and _is_repeated_title(full, start, title):
            continue
        label = voc.match_label(text)
        if label and position < 14:
            _take_labels(text, item)
            continue
        if position < 14 and not sections and para.kind in ("text", "table") and _item_labels(para):
            _take_labels(text, item)
            continue
        if position < 4 and voc.CASE_NUMBER_RE.match(text) and item.case_number is None:
            item.case_number = text
            continue
        if position < 14 and text.lower() in ("åbent", "åben", "åbent punkt"):
            continue
        if position < 14 and text.lower() in ("lukket", "lukket punkt"):
            item.closed = True
            continue
        absent = voc.ABSENT_LABEL_RE.match(text)
        if absent and (":" in text[:50] or text.lower().startswith("fraværende")) and para.kind == "text":
            names = _names([absent.group("names")]) if absent.group("names") else []
            names = [n for n in names if n.lower() not in ("ingen", "ingen fravær")]
            absent_for(current).extend(names)
            absent_mode = not names
            continue
        if absent_mode:
            if _looks_like_name(text) and para.kind == "text" and _heading_kind(para) is None:
                absent_for(current).append(text.strip(" ."))
                continue
            absent_mode = False
        kind = _heading_kind(para)
        if (
            kind is not None
            and styled
            and current is not None
            and current.kind is SectionKind.ATTACHMENTS
            and not (para.bold or para.level)
        ):
            kind = None  # a bilag called "Indstilling" in a list whose headings are bold: a name
        inline = _inline_heading(para) if kind is None else None
        if inline is not None:
            current = Section(heading=inline[0], kind=inline[1])
            sections.append(current)
            current.blocks.append(Block(BlockKind.PARAGRAPH, spans=[Span(inline[2])]))
            pending_list = None
            continue
        if kind is None and current is not None and current.kind is SectionKind.DECISION and current.blocks:
            kind = _heading_after_decision(para)  # the decision's printed block ends here
        if kind is not None:
            current = Section(heading=text.rstrip(":") if kind is not SectionKind.DECISION else text, kind=kind)
            sections.append(current)
            pending_list = None
            continue
        if current is None:
            current = Section(heading="", kind=SectionKind.PRESENTATION)
            sections.append(current)
        if (
            current.kind is SectionKind.ATTACHMENTS
            and list_home is not None
            and para.kind == "numbered"
            and para.marker == _next_marker(list_home[1].markers[-1] if list_home[1].markers else "")
        ):
            # eDoc's "Meddelelser": a) … Bilag … b) … — the sub-points go on after each bilag list,
            # and each bilag list belongs to the sub-point above it: keep them together, in order.
            home, points = list_home
            between = _sections_after(sections, home, folded)
            if all(s.kind is SectionKind.ATTACHMENTS for s in between):
                # One list a)–e): each bilag list goes into the sub-point it follows.
                _fold_bilag(home, points, between, folded)
                current, pending_list, bilag_home = home, points, home
            else:
                current, pending_list = list_home
        if (
            current.kind is SectionKind.ATTACHMENTS
            and para.break_candidates
            and para.kind in ("text", "numbered", "bullet")
            and para.hard_breaks()
        ):
            # A bilag list printed one name per line: each line that starts anew is a name.
            pieces = _entries(para.pieces())
            current.blocks.extend(Block(BlockKind.PARAGRAPH, spans=[Span(piece)]) for piece in pieces)
            pending_list = None
            continue
        pending_list = _add_block(current, para, pending_list)
        if pending_list is not None and pending_list.kind is BlockKind.NUMBERED_LIST:
            if current.kind is not SectionKind.ATTACHMENTS:
                list_home = (current, pending_list)
    if bilag_home is not None and list_home is not None and list_home[0] is bilag_home:
        # The last sub-point's bilag list: once the sub-points carry their own, it is one of them.
        after = _sections_after(sections, bilag_home, folded)
        trailing = list(itertools.takewhile(lambda s: s.kind is SectionKind.ATTACHMENTS, after))
        _fold_bilag(bilag_home, list_home[1], trailing, folded)
    # Drop sections that only held metadata (Slagelse's "Sagsfremstilling" before the labels), and
    # decision headings with nothing under them: SBSYS prints an empty "Referat" box under every
    # point nobody minuted, and a bare "Beslutning" may stand right above the dated one. An empty
    # decision box is no decision; it stays only where it records who was absent.
    item.sections = [
        s
        for s in sections
        if id(s) not in folded and (s.blocks or (s.kind is SectionKind.DECISION and absent_by_section.get(id(s))))
    ]
    kept = {id(s) for s in item.sections} | folded
    listed = [s for s in sections if id(s) in kept]  # every bilag list, folded or not, in document order
    if unminuted is not None and any(s.kind is SectionKind.DECISION and not s.blocks for s in sections):
        unminuted.add(id(item))
    _collect_decisions(item, meeting, absent_by_section, item_absent)
    item.attachments = _collect_attachments(listed)
    _reference_lines_to_history(item, meeting)
    item.treatments = [t for s in item.sections_of(SectionKind.HISTORY) for t in _history_treatments(s)]
    if item.case_number is None and item.document_number is None:
        for section in item.sections[:1]:
            for block in section.blocks[:2]:
                if voc.CASE_NUMBER_RE.match(block.text.strip()):
                    item.case_number = block.text.strip()
                    section.blocks.remove(block)
                    break
    return item


def _entries(pieces: list[str]) -> list[str]:
    """A list's entries share their start: where they begin with a number ("2012-204248 - …",
    "3 …"), a line that does not is the tail of the name above it, wrapped short of the edge."""
    if len(pieces) < 2 or not pieces[0][:1].isdigit():
        return pieces
    entries = [pieces[0]]
    for piece in pieces[1:]:
        if piece[:1].isdigit():
            entries.append(piece)
        else:
            entries[-1] = f"{entries[-1]} {piece}"
    return entries


def _item_labels(para: Para) -> bool:
    """Is the paragraph only the item's metadata ("Sagsnr.: …", "Sagen afgøres i: …"), a line
    or a table row each?"""
    cells = [c.strip() for row in para.rows for c in row if c.strip()] if para.kind == "table" else para.lines
    return bool(cells) and all(voc.ITEM_LABEL_RE.match(c) or voc.match_label(c) for c in cells)


def _sections_after(sections: list[Section], home: Section, folded: set[int]) -> list[Section]:
    """The sections that follow ``home`` (by identity: equal-looking bilag lists are distinct)."""
    index = next(i for i, s in enumerate(sections) if s is home)
    return [s for s in sections[index + 1 :] if id(s) not in folded]


def _fold_bilag(home: Section, points: Block, bilag: list[Section], folded: set[int]) -> None:
    """Keep bilag lists where they stood: inside the sub-point above them.

    When the sub-points' list is the last thing in ``home``, each bilag list becomes lines of the
    sub-point it follows ("b. Konference …" / "Bilag" / "2012-208960 - …"), so the sub-points
    stay ONE list a)–e) and every reader of a list item (item view, briefing, search, the plain
    text) keeps them together. Otherwise they follow under their own "Bilag" sub-heading."""
    for section in bilag:
        if section.blocks:  # a bare "Bilag" heading over nothing says nothing
            if home.blocks and home.blocks[-1] is points and points.items:
                lines = [line for b in section.blocks for line in b.text.split("\n") if line.strip()]
                points.items[-1] = "\n".join([points.items[-1], section.heading, *lines])
            else:
                home.blocks.append(Block(BlockKind.SUBHEADING, spans=[Span(section.heading, True)]))
                home.blocks.extend(section.blocks)
        folded.add(id(section))


def _next_marker(marker: str) -> str:
    """ "a." → "b.", "3)" → "4)"; "" when the marker has no successor."""
    m = re.fullmatch(r"(\(?)([a-zæøå]|\d{1,2})([.)])", marker, re.I)
    if not m:
        return ""
    value = m.group(2)
    following = str(int(value) + 1) if value.isdigit() else chr(ord(value) + 1)
    return f"{m.group(1)}{following}{m.group(3)}"


def _is_repeated_title(text: str, start: _ItemStart, title: str) -> bool:
    m = re.match(r"^(\d{1,3}(?:\.\d{1,2})?)\.?\s+(.*)$", text)
    if not m or m.group(1) != start.number:
        return False
    return _fold(m.group(2)) in (_fold(start.title), _fold(title)) or _similar(m.group(2), start.title)


def _take_labels(text: str, item: AgendaItem) -> None:
    for m in re.finditer(
        r"(?P<label>sagsnr|sags\s?nr|sagsnummer|sag nr|j\.\s?nr|journalnr|journal nr|dok\.?\s?nr|dokumentnr)\.?\s*:?\s*"
        r"(?P<value>[\w./\-–]+)",
        text,
        re.I,
    ):
        value = m.group("value").strip(" .")
        if m.group("label").lower().startswith("dok"):
            item.document_number = item.document_number or value
        else:
            item.case_number = item.case_number or value


def _looks_like_name(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= 6 or (text.endswith((".", ":", ",")) and not text.endswith(")")):
        return False
    return all(w[:1].isupper() or w.startswith("(") or w in ("og", "af", "von", "van", "de") for w in words)


def _heading_kind(para: Para) -> SectionKind | None:
    text = para.text
    if para.kind != "text" or len(text) > 200:
        return None
    kind = voc.section_kind(text)
    if kind is not None:
        return kind
    return None


def _is_upper_heading(text: str) -> bool:
    """A short line in capitals ("BESLUTNINGSFORSLAG FRA S, SF OG RV"): a heading by its shape."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and len(text) < 160 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def _heading_after_decision(para: Para) -> SectionKind | None:
    """After a decision's text, a heading in bold or in capitals starts a new section: a party's
    proposal ("BESLUTNINGSFORSLAG FRA M"), "Indstilling fra Magistratsafdelingen for …". The
    decision box never runs on into them."""
    if para.kind != "text" or len(para.lines) > 3 or len(para.text) > 160:
        return None
    if not (_is_upper_heading(para.text) or (para.bold and not para.text.endswith((",", ";")))):
        return None
    if voc.ABSENT_LABEL_RE.match(para.text):
        return None
    words = para.text.lower().split()
    if words and words[0] in ("indstilling", "indstillinger"):
        return SectionKind.RECOMMENDATION
    return voc.section_kind(words[0]) if words and voc.section_kind(words[0]) else SectionKind.OTHER


def _inline_heading(para: Para) -> tuple[str, SectionKind, str] | None:
    """ "Kompetence: Økonomiudvalget" — a known heading with its text on the same line."""
    if para.kind != "text" or ":" not in para.text[:60]:
        return None
    head, _, rest = para.text.partition(":")
    kind = voc.SECTION_HEADINGS.get(voc.normalise_heading(head))
    if kind is None or not rest.strip():
        return None
    return head.strip(), kind, rest.strip()


def _add_block(section: Section, para: Para, pending: Block | None) -> Block | None:
    """Append a paragraph to the section as a block; consecutive list items form one list."""
    if para.kind in ("bullet", "numbered"):
        kind = BlockKind.BULLET_LIST if para.kind == "bullet" else BlockKind.NUMBERED_LIST
        if pending is not None and pending.kind is kind and section.blocks and section.blocks[-1] is pending:
            pending.items.append(para.text)
            if kind is BlockKind.NUMBERED_LIST:
                pending.markers.append(para.marker)
            return pending
        block = Block(kind, items=[para.text], markers=[para.marker] if kind is BlockKind.NUMBERED_LIST else [])
        section.blocks.append(block)
        return block
    if para.kind == "table":
        section.blocks.append(Block(BlockKind.TABLE, rows=[list(r) for r in para.rows]))
        return None
    if para.kind == "toc":
        section.blocks.append(Block(BlockKind.PARAGRAPH, spans=[Span(para.text)]))
        return None
    if para.level or (para.bold and len(para.text) < 160):
        section.blocks.append(Block(BlockKind.SUBHEADING, spans=[Span(para.text, True)]))
        return None
    section.blocks.append(Block(BlockKind.PARAGRAPH, spans=list(para.spans)))
    return None


_BODY_KINDS = (SectionKind.SUMMARY, SectionKind.RECOMMENDATION, SectionKind.PRESENTATION)


def _decision_sections(item: AgendaItem, meeting: Meeting) -> list[Section]:
    """The item's decisions. A decision heading dated before the meeting ("Beslutning i
    Teknisk Udvalg den 12-09-2012" in a meeting of 2 October) is an earlier treatment, so an
    agenda that prints the case's history gains no decision. FirstAgenda prints the decision
    FIRST ("Beslutninger" before Resume): then a decision heading quoted later in the body is
    an earlier treatment, not the decision."""
    decisions = item.sections_of(SectionKind.DECISION)
    if meeting.date:
        for section in decisions:
            dated = find_date(section.heading) if len(section.heading) < 200 else None
            if dated is not None and dated < meeting.date:
                section.kind = SectionKind.HISTORY
        decisions = item.sections_of(SectionKind.DECISION)
    if len(decisions) < 2:
        return decisions
    body = next((i for i, s in enumerate(item.sections) if s.kind in _BODY_KINDS), None)
    if body is None or item.sections.index(decisions[0]) > body:
        return decisions
    current = [d for d in decisions if item.sections.index(d) < body]
    for later in decisions[len(current) :]:
        later.kind = SectionKind.HISTORY
    return current


def _collect_decisions(
    item: AgendaItem, meeting: Meeting, by_section: dict[int, list[str]], item_absent: list[str]
) -> None:
    for section in _decision_sections(item, meeting):
        m = voc.DECISION_HEADING_RE.match(section.heading.strip())
        date = find_date(section.heading) or meeting.date
        body = ""
        if voc.normalise_heading(section.heading) in ("beslutning", "beslutninger"):
            m = None
        if m:
            body = (m.group("owner") or m.group("body") or "").strip(" :")
        absent = list(dict.fromkeys(by_section.get(id(section), [])))
        item.decisions.append(Decision(date, body or (meeting.committee or ""), section.text, absent))
    if item.decisions and item_absent:
        last = item.decisions[-1]
        last.absent = list(dict.fromkeys(last.absent + item_absent))
    for section in item.sections_of(SectionKind.DECISION):
        if section.heading.endswith(":"):
            section.heading = section.heading.rstrip(":")


_TREATMENT_LABEL_RE = re.compile(r"(?:^|(?<=\s))(Udvalg|Dato|Punktnummer|Punkt nr\.?|Pkt\.)\s*:\s*")
_DATED_LINE_RE = re.compile(r"(?m)^(\d{1,2}[-./]\d{1,2}[-./]\d{4})\s+(\S.*)$")
_LEADING_DATE_RE = re.compile(r"^\s*(\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.\s*[a-zæøå]+\s+\d{4})")


def _history_treatments(section: Section) -> list[Treatment]:
    """A Sagsforløb's treatments; an earlier "Beslutning i X den D" is one treatment itself."""
    m = voc.DECISION_HEADING_RE.match(section.heading.strip()) if len(section.heading) < 200 else None
    dated = find_date(section.heading) if m else None
    if m and dated:
        body = (m.group("owner") or m.group("body") or "").strip(" :")
        return [Treatment(body=body, date=dated, text=" ".join(section.text.split()))]
    return _treatments(section.text)


def _treatments(text: str) -> list[Treatment]:
    """Earlier treatments from a Sagsforløb: "Udvalg: / Dato: / Punktnummer:" blocks with the
    text decided, timeline lines "10-01-2022 Beskæftigelsesudvalget", or eDoc's references
    "Kommunalbestyrelsen den 30. januar 2012 Punkt 5"."""
    parts = _TREATMENT_LABEL_RE.split(text)
    found: list[Treatment] = []
    current: Treatment | None = None
    for label, value in zip(parts[1::2], parts[2::2]):
        key = label.lower()
        rest = value
        if key == "udvalg" or current is None or (key == "dato" and current.date):
            current = Treatment(body="")
            found.append(current)
        if key == "udvalg":
            body, _, rest = value.partition("\n")
            current.body = body.strip()
        elif key == "dato":
            m = _LEADING_DATE_RE.match(value)
            current.date = find_date(m.group(1)) if m else None
            rest = value[m.end() :] if m else value
        else:
            m = re.match(r"\s*(\d{1,6}(?:\.\d{1,2})?)", value)
            current.item_number = m.group(1) if m else None
            rest = value[m.end() :] if m else value
        rest = " ".join(rest.split())
        if rest:
            current.text = f"{current.text} {rest}".strip()
    if found:
        return found
    for line in text.split("\n"):
        m = _DATED_LINE_RE.match(line.strip())
        if m:
            found.append(Treatment(body=m.group(2).strip(), date=find_date(m.group(1))))
        else:
            found.extend(t for _, t in _references(line) or [])
    return found


# "Kommunalbestyrelsen den 30. januar 2012 Punkt 5": where the case was treated before (eDoc
# prints these references above the item's own text, without a heading, one per line).
_REFERENCE_RE = re.compile(
    r"(?P<body>[A-ZÆØÅ][^\W\d_]*(?:[ \-–&,.']+[^\W\d_]+){0,8})\s+(?:den|d\.)\s+"
    r"(?P<date>(?i:" + voc.FULL_DATE_RE.pattern + r"))\s*,?\s*(?i:punkt|pkt\.?)\s*(?P<number>\d{1,4}(?:\.\d{1,2})?)\.?"
)


def _references(text: str) -> list[tuple[str, Treatment]] | None:
    """The references a text consists of (each as printed, and read), or None when it is anything else."""
    found: list[tuple[str, Treatment]] = []
    position = 0
    for m in _REFERENCE_RE.finditer(text):
        if text[position : m.start()].strip() or re.search(r"\bbeslutning", m.group("body"), re.IGNORECASE):
            return None
        treatment = Treatment(body=m.group("body").strip(" ,"), date=find_date(m.group("date")),
                              item_number=m.group("number"))  # fmt: skip
        found.append((" ".join(m.group(0).split()), treatment))
        position = m.end()
    return found if found and not text[position:].strip() else None


def _reference_lines_to_history(item: AgendaItem, meeting: Meeting) -> None:
    """A headingless paragraph of "<body> den <date> Punkt N" lines before the item's current
    decision lists its earlier treatments: it becomes a history section (a Sagsforløb). A line
    dated like the meeting or the current decision names this treatment, not an earlier one."""
    current = {d.date for d in item.decisions} | {meeting.date}
    decided = [n for n, s in enumerate(item.sections) if s.kind is SectionKind.DECISION]
    before = decided[0] if decided else len(item.sections)
    for section in item.sections[:before]:
        if section.heading or section.kind is SectionKind.HISTORY or not section.blocks:
            continue
        if any(b.kind not in (BlockKind.PARAGRAPH, BlockKind.SUBHEADING) for b in section.blocks):
            continue
        found = [_references(b.text) for b in section.blocks]
        if any(f is None or any(t.date in current for _, t in f) for f in found):
            continue
        section.kind = SectionKind.HISTORY  # one reference a line, as printed
        section.blocks = [Block(BlockKind.PARAGRAPH, spans=[Span(line)]) for f in found if f for line, _ in f]


def _is_prose(lines: list[str]) -> bool:
    """Paragraphs about the bilag, not a list of them: long lines, or several whole sentences."""
    lengths = [len(line) for line in lines if line.strip()]
    sentences = sum(1 for line in lines if line.rstrip().endswith(".") and len(line.split()) >= 8)
    return bool(lengths) and (max(lengths) > 250 or sum(lengths) / len(lengths) > 120 or sentences >= 2)


def _is_bilag_list(block: Block) -> bool:
    return block.kind is BlockKind.NUMBERED_LIST and all(m[:1] in "Bb" for m in block.markers)


def _collect_attachments(sections: list[Section]) -> list[Attachment]:
    found: list[Attachment] = []
    for section in sections:
        if section.kind is not SectionKind.ATTACHMENTS:
            continue
        lines: list[str] = []
        for block in section.blocks:
            if block.kind is BlockKind.NUMBERED_LIST:
                # "Bilag 1: Høringssvar", "1. Udvikling …": the number is part of the name as printed.
                lines.extend(f"{m} {i}" for m, i in zip(block.markers, block.items))
            elif block.kind is BlockKind.BULLET_LIST:
                lines.extend(block.items)
            elif block.kind is BlockKind.TABLE:
                lines.extend(_table_lines(block.rows))
            else:
                lines.extend(block.text.split("\n"))
        if _is_prose(lines):
            continue  # a "Bilag" heading over paragraphs about the bilag, not a list of them
        # eDoc prints "2012-208960 - Name": then the document number is no part of the name.
        numbered = sum(1 for line in lines if voc.DOCNO_PREFIX_RE.match(line.strip()) and " - " in line[:22])
        with_numbers = numbered * 2 >= len([line for line in lines if line.strip()])
        tail_of: Attachment | None = None  # a numbered name's second line, wrapped short of the edge
        for line in lines:
            line = line.strip()
            if not line or line.lower() in ("ingen", "ingen bilag", "-"):
                tail_of = None
                continue
            m = voc.DOCNO_PREFIX_RE.match(line)
            if m and m.group("name").strip():
                tail_of = Attachment(m.group("name").strip(), m.group("docno").replace("–", "-"))
                found.append(tail_of)
            elif with_numbers and tail_of is not None and not line[:1].isdigit() and len(line) < 120:
                tail_of.name = f"{tail_of.name} {line}"
            elif (row := _bilag_row(line)) is not None:
                found.append(row)
            elif not with_numbers and len(line) < 200:
                found.append(Attachment(line))
    unique: dict[str, Attachment] = {}
    for attachment in found:
        key = _fold(attachment.name)
        known = unique.get(key)
        if known is None:
            unique[key] = attachment
        elif known.document_number is None and attachment.document_number:
            known.document_number = attachment.document_number
    return list(unique.values())


# A bilag table's row: number, access (Åben/Lukket), name, document number ("222359/12").
_BILAG_ROW_RE = re.compile(
    r"^(?:\d{1,3}[.)]?\s+)?(?:åben|åbent|lukket)\s+(?P<name>\S.*?)(?:\s+(?P<docno>\d{2,8}/\d{2,4}|\d{4}-\d{3,8}))?$",
    re.IGNORECASE,
)


_ROW_DOCNO_RE = re.compile(r"\s+\d{2,8}/\d{2,4}$")


def _bilag_row(line: str) -> Attachment | None:
    m = _BILAG_ROW_RE.match(line)
    if m is None:
        return None
    return Attachment(m.group("name").strip(), m.group("docno"))


def _table_lines(rows: list[list[str]]) -> list[str]:
    """A table's rows as lines; a row whose first cells are empty continues the row above it
    cell by cell (a name wrapping in its column while the document number stands beside it)."""
    merged: list[list[str]] = []
    for row in rows:
        cells = [c.strip() for c in row]
        if merged and cells and not cells[0] and any(cells):
            above = merged[-1]
            above.extend([""] * (len(cells) - len(above)))
            for index, cell in enumerate(cells):
                if cell:
                    # A document number ends its row: the name's next line goes in before it.
                    head, docno = above[index], ""
                    if (m := _ROW_DOCNO_RE.search(head)) is not None and index == len(cells) - 1:
                        head, docno = head[: m.start()], m.group(0)
                    above[index] = f"{head} {cell}{docno}".strip()
            continue
        merged.append(cells)
    return [" ".join(c for c in row if c) for row in merged]


def _apply_toc_closed_flags(meeting: Meeting, toc: list[_TocEntry]) -> None:
    """Items listed under "Lukket referat" in the contents are closed even if the heading says nothing."""
    closed_titles = {_fold(e.title) for e in toc if e.closed}
    for item in meeting.items:
        if _fold(item.title) in closed_titles:
            item.closed = True
