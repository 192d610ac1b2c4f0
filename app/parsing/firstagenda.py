"""FirstAgenda portal papers → :class:`Meeting`: the meeting JSON and the saved web page.

A FirstAgenda portal (``dagsordener.<kommune>.dk``) serves every meeting as structured JSON
(``GET <portal>/api/agenda/dagsorden/<id>``) and as a web page. Both carry what the PDF parser
has to guess: exact item numbers, titles, case numbers, the decision box of the minutes and the
bilag list. This module reads either into the same model the PDF parser yields, so the rest of
the app (library, notes, search, briefing) does not know where a meeting came from.

Observed shape of the JSON (coded defensively — every field may be missing or of a wrong type):
``Udvalg.Navn``; ``Moede.{Dato, Sted, Afsluttet, Moededeltagere[{Name, Absent,
ParticipationCancelled}]}``; ``Dagsordenpunkter[{Number, Caption, CaseNumber, Felter[{Html,
Link}], Bilag[{Id, Navn, HarPdfVersion}], ExternalAgendaItemAttendees[{Name, Reason}]}]``.
``IsOpen`` is unreliable; a closed item's caption starts "Lukket:". ``Afsluttet`` says the
minutes are out (the document is a referat, else a dagsorden).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from app.model import AgendaItem, Attachment, Decision, Meeting, SectionKind, SourceInfo
from app.parsing import vocabulary as voc
from app.parsing.dates import find_date, find_time
from app.parsing.errors import ImportFailure, ParseError
from app.parsing.firstagenda_html import clean, html_sections

MAX_JSON_BYTES = 32 * 1024 * 1024
MAX_PAGE_BYTES = 32 * 1024 * 1024
MAX_ITEMS = 2_000
MAX_BILAG_PER_ITEM = 500

_CLOSED_RE = re.compile(r"^\s*lukket\s*[:\-–]\s*", re.IGNORECASE)
_ISO_DT_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2}))?")


@dataclass(frozen=True)
class PortalBilag:
    """A bilag as the portal lists it: its document id (for ``/Vis/Pdf/bilag/<id>``) and name."""

    item_number: str
    bilag_id: str
    name: str
    has_pdf: bool


# --- sniffing ------------------------------------------------------------------------------------


def looks_like_json(data: bytes) -> bool:
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head[:1] in (b"{", b"[")


def looks_like_portal_page(data: bytes) -> bool:
    head = data[:200_000].lower()
    return b"dagsordendetaljer" in head or b"punktrow" in head


def looks_like_html(data: bytes) -> bool:
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<body"))


def is_portal_meeting(payload: Any) -> bool:
    """True for the object the portal's ``dagsorden/<id>`` endpoint returns."""
    return (
        isinstance(payload, dict)
        and isinstance(payload.get("Dagsordenpunkter"), list)
        and isinstance(payload.get("Moede"), dict)
    )


# --- small readers of untrusted values ------------------------------------------------------------


def _str(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return ""


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _truthy(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes", "ja")
    return bool(value) if isinstance(value, (bool, int)) else False


def _date_time(value: str) -> tuple[str | None, str | None]:
    m = _ISO_DT_RE.match(value.strip())
    if not m:
        return find_date(value), find_time(value)
    time = f"{m.group(2)}:{m.group(3)}" if m.group(2) else None
    return m.group(1), time


def municipality_from_host(url: str) -> str | None:
    """The municipality a portal host names: "dagsordener.greve.dk" → "Greve"."""
    host = (urlsplit(url).hostname or "").lower()
    labels = set(host.split("."))
    for name in voc.MUNICIPALITIES:
        folded = _ascii_fold(name)
        if folded in labels or folded.replace("-", "") in labels:
            return name
    return None


def municipality_in_text(text: str) -> str | None:
    for name in voc.MUNICIPALITIES:
        if re.search(rf"\b{re.escape(name)}\b", text):
            return name
    for alias, name in voc.MUNICIPALITY_ALIASES.items():
        if re.search(rf"\b{re.escape(alias)}\b", text):
            return name
    return None


def _ascii_fold(text: str) -> str:
    return text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")


def split_title(caption: str) -> tuple[str, bool]:
    """The title without a "Lukket:" prefix, and whether the item is closed."""
    text = clean(caption)
    m = _CLOSED_RE.match(text)
    if m:
        return text[m.end() :].strip(), True
    return text, False


_NOT_RELEASED_RE = re.compile(r"^(?:beslutning(?:en)?\s+)?(?:er\s+)?ikke\s+frigivet\b", re.IGNORECASE)
_DECISION_LABEL = "Beslutning"  # the portal's own label of the decision box


def _closed_decision(item: AgendaItem, meeting: Meeting) -> None:
    """A closed item of published minutes carries only its decision, printed without the portal's
    "Beslutning" heading ("Økonomiudvalget anbefaler overfor Byrådet, …"): that text is the
    decision. Not in an agenda (nothing is decided yet), not when anything in the body has a
    heading, and not the portal's "Beslutning ikke frigivet" (a decision withheld is none)."""
    if not item.closed or meeting.document_type != "referat" or len(item.sections) != 1:
        return
    body = item.sections[0]
    if body.heading or not body.text.strip() or _NOT_RELEASED_RE.match(body.text.strip()):
        return
    body.heading, body.kind = _DECISION_LABEL, SectionKind.DECISION


def _decisions(item: AgendaItem, meeting: Meeting, absent: list[str]) -> None:
    for section in item.sections_of(SectionKind.DECISION):
        if not section.text.strip():
            continue
        item.decisions.append(Decision(meeting.date, meeting.committee or "", section.text, list(absent)))


# --- the JSON ------------------------------------------------------------------------------------


def portal_bilag(payload: dict[str, Any]) -> list[PortalBilag]:
    """Every bilag of a portal meeting, item by item, as listed."""
    found: list[PortalBilag] = []
    for raw in _list(payload.get("Dagsordenpunkter"))[:MAX_ITEMS]:
        point = _dict(raw)
        number = clean(_str(point.get("Number")) or _str(point.get("Punktnummer")))
        for bilag in _list(point.get("Bilag"))[:MAX_BILAG_PER_ITEM]:
            b = _dict(bilag)
            bilag_id, name = clean(_str(b.get("Id"))), clean(_str(b.get("Navn")))
            if bilag_id and name:
                found.append(PortalBilag(number, bilag_id, name, _truthy(b.get("HarPdfVersion", True))))
    return found


def meeting_from_portal(payload: dict[str, Any], municipality: str | None = None) -> Meeting:
    """A decoded portal meeting object → :class:`Meeting` (raises :class:`ParseError` if it is not one)."""
    if not is_portal_meeting(payload):
        raise ParseError(ImportFailure.NOT_PORTAL_JSON)
    moede, udvalg = _dict(payload.get("Moede")), _dict(payload.get("Udvalg"))
    # The portal lists every item of the meeting: a complete version, like a printed contents list.
    meeting = Meeting(committee=clean(_str(udvalg.get("Navn"))) or None, has_contents=True)
    meeting.document_type = "referat" if _truthy(moede.get("Afsluttet")) else "dagsorden"
    meeting.date, meeting.start_time = _date_time(_str(moede.get("Dato")) or _str(moede.get("MeetingBeginUtc")))
    meeting.location = clean(_str(moede.get("Sted"))) or None
    for raw in _list(moede.get("Moededeltagere")):
        person = _dict(raw)
        name = clean(_str(person.get("Name")))
        if not name:
            continue
        away = _truthy(person.get("Absent")) or _truthy(person.get("ParticipationCancelled"))
        (meeting.absent if away else meeting.participants).append(name)
    points = _list(payload.get("Dagsordenpunkter"))
    if len(points) > MAX_ITEMS:
        meeting.warnings.append("too_many_items")
    links: list[str] = []
    for position, raw in enumerate(points[:MAX_ITEMS], start=1):
        point = _dict(raw)
        caption = _str(point.get("Caption")) or _str(point.get("Navn"))
        title, closed = split_title(caption)
        number = clean(_str(point.get("Number")) or _str(point.get("Punktnummer"))) or str(position)
        item = AgendaItem(number=number, title=title, closed=closed)
        item.case_number = clean(_str(point.get("CaseNumber")) or _str(point.get("SagsNummer"))) or None
        for felt in _list(point.get("Felter")):
            field = _dict(felt)
            item.sections.extend(html_sections(_str(field.get("Html"))))
            if _str(field.get("Link")):
                links.append(_str(field.get("Link")))
        for bilag in _list(point.get("Bilag"))[:MAX_BILAG_PER_ITEM]:
            name = clean(_str(_dict(bilag).get("Navn")))
            if name:
                item.attachments.append(Attachment(name))
        absent = [
            clean(_str(_dict(a).get("Name")))
            for a in _list(point.get("ExternalAgendaItemAttendees"))
            if clean(_str(_dict(a).get("Name")))
        ]
        _closed_decision(item, meeting)
        _decisions(item, meeting, absent)
        meeting.items.append(item)
    meeting.municipality = municipality or next(
        (m for m in (municipality_from_host(link) for link in links) if m), None
    ) or (municipality_in_text(meeting.committee or ""))  # fmt: skip
    if not meeting.items:
        meeting.warnings.append("no_items")
    return meeting


def decode_portal_json(data: bytes) -> dict[str, Any]:
    """Bytes → the portal meeting object, or :class:`ParseError` with a one-line reason."""
    if len(data) > MAX_JSON_BYTES:
        raise ParseError(ImportFailure.NOT_PORTAL_JSON)
    try:
        payload = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ParseError(ImportFailure.NOT_PORTAL_JSON) from None
    if not isinstance(payload, dict) or not is_portal_meeting(payload):
        raise ParseError(ImportFailure.NOT_PORTAL_JSON)
    return payload


def parse_portal_json(data: bytes, name: str = "", municipality: str | None = None) -> Meeting:
    """A portal meeting JSON file (bytes) → :class:`Meeting`."""
    meeting = meeting_from_portal(decode_portal_json(data), municipality)
    meeting.source = SourceInfo(path=name, sha256=hashlib.sha256(data).hexdigest(), kind="json")
    return meeting


# --- the saved web page ----------------------------------------------------------------------------

_ROW_RE = re.compile(r"<tr\b[^>]*\bclass=\"[^\"]*\bpunktrow\b[^\"]*\"[^>]*>", re.IGNORECASE)
_TAG_TEXT_RE = {
    "number": re.compile(r"<span\b[^>]*class=\"[^\"]*\blabel\b[^\"]*\"[^>]*>(.*?)</span>", re.I | re.S),
    "title": re.compile(r"<h2\b[^>]*class=\"[^\"]*\boverskrift\b[^\"]*\"[^>]*>(.*?)</h2>", re.I | re.S),
    "case": re.compile(r"<span\b[^>]*class=\"[^\"]*\bsagsnummer\b[^\"]*\"[^>]*>(.*?)</span>", re.I | re.S),
}
_PUNKT_RE = re.compile(r"<div\b[^>]*class=\"punkt\"[^>]*>", re.I)
_BILAG_HEAD_RE = re.compile(r"<h3>\s*Bilag\s*</h3>", re.I)
_BILAG_LINK_RE = re.compile(r"<a\b[^>]*class=\"[^\"]*\bbilag-link\b[^\"]*\"[^>]*>(.*?)</a>", re.I | re.S)
_TAGS_RE = re.compile(r"<[^>]*>")
_H1_RE = re.compile(r"<h1\b[^>]*class=\"[^\"]*\bdato\b[^\"]*\"[^>]*>(.*?)</h1>", re.I | re.S)
_SPAN_CLASS_RE = '<span\\b[^>]*class="{cls}"[^>]*>(.*?)</span>'
_TITLE_RE = re.compile(r"<title>(.*?)</title>", re.I | re.S)
_PARTICIPANTS_RE = re.compile(r"<td\b[^>]*class=\"deltagere\"[^>]*>(.*?)</td>", re.I | re.S)


def _text(fragment: str) -> str:
    import html

    return clean(html.unescape(_TAGS_RE.sub(" ", fragment)))


def _first(pattern: re.Pattern[str], text: str) -> str:
    m = pattern.search(text)
    return _text(m.group(1)) if m else ""


def parse_portal_page(data: bytes, name: str = "") -> Meeting:
    """A saved FirstAgenda meeting web page (``dagsordener.<kommune>.dk``) → :class:`Meeting`."""
    if len(data) > MAX_PAGE_BYTES:
        raise ParseError(ImportFailure.UNSUPPORTED, name or None)
    page = data.decode("utf-8", errors="replace")
    heading = _first(_H1_RE, page)  # "Referat 1. oktober 2025 kl. 15.45"
    meeting = Meeting(
        document_type="referat" if heading.lower().startswith("referat") else "dagsorden", has_contents=True
    )  # the whole meeting page
    meeting.committee = _first(re.compile(_SPAN_CLASS_RE.format(cls="udvalg"), re.I | re.S), page) or None
    meeting.location = _first(re.compile(_SPAN_CLASS_RE.format(cls="sted"), re.I | re.S), page) or None
    meeting.date, meeting.start_time = find_date(heading), find_time(heading)
    participants = _PARTICIPANTS_RE.search(page)
    if participants:
        names = re.split(r"<br\s*/?>|</li>|</div>|,", participants.group(1))
        meeting.participants = [n for n in (_text(x) for x in names) if n]
    meeting.municipality = municipality_in_text(
        " ".join([meeting.committee or "", _first(_TITLE_RE, page), " ".join(re.findall(r"/img/([a-z]+)_logo", page))])
    ) or municipality_in_text(page[:20_000].replace("aarhus_logo", "Aarhus"))  # fmt: skip
    starts = [m.start() for m in _ROW_RE.finditer(page)][:MAX_ITEMS]
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(page)
        row = page[start:end]
        title, closed = split_title(_first(_TAG_TEXT_RE["title"], row))
        number = _first(_TAG_TEXT_RE["number"], row) or str(index + 1)
        item = AgendaItem(number=number, title=title, closed=closed)
        item.case_number = _first(_TAG_TEXT_RE["case"], row) or None
        body = _PUNKT_RE.search(row)
        if body:
            bilag = _BILAG_HEAD_RE.search(row, body.end())
            fragment = row[body.end() : bilag.start() if bilag else len(row)]
            item.sections = html_sections(fragment)
            if bilag:
                item.attachments = [
                    Attachment(n) for n in (_text(m.group(1)) for m in _BILAG_LINK_RE.finditer(row, bilag.end())) if n
                ][:MAX_BILAG_PER_ITEM]
        _decisions(item, meeting, [])
        meeting.items.append(item)
    if not meeting.items and not meeting.committee:
        raise ParseError(ImportFailure.NOT_MINUTES, name or None)
    if not meeting.items:
        meeting.warnings.append("no_items")
    meeting.source = SourceInfo(path=name, sha256=hashlib.sha256(data).hexdigest(), kind="html")
    return meeting
