"""The member's own annotations on an agenda item: note, tags, follow-up, stance, highlights.

Two ways in, on purpose:

* :meth:`Annotation.from_dict` reads what the store holds and never fails on a value it
  cannot interpret (a bad date, an unknown stance, a tag that is not a string): that value
  is shown as missing and a line goes to the log, so one odd value never stops the start;
* :func:`problems` / :meth:`Annotation.validate` are the schema (types and sizes) that every
  write and every imported file must pass, so such values never get in from our side.
"""

from __future__ import annotations

import logging
import re
from dataclasses import asdict, dataclass, field
from datetime import date
from enum import Enum
from typing import Any, TypeVar

log = logging.getLogger(__name__)
E = TypeVar("E", bound=Enum)

MAX_NOTE_BYTES = 1_000_000  # a note (and any other free text) is at most 1 MB of UTF-8
MAX_TAG_CHARS = 100
MAX_TAGS = 200
MAX_HIGHLIGHTS = 2_000
MAX_QUOTE_CHARS = 10_000
MAX_ID_CHARS = 300
_COLOR = re.compile(r"#[0-9a-fA-F]{6}")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class Stance(str, Enum):
    """My position on the item."""

    NONE = "none"
    FOR = "for"
    AGAINST = "against"
    UNDECIDED = "undecided"


class FollowUpStatus(str, Enum):
    NONE = "none"
    OPEN = "open"
    DONE = "done"


class ReadingState(str, Enum):
    """How far the member has got with an item: unread → read → prepared ("forberedt")."""

    UNREAD = "unread"
    READ = "read"
    PREPARED = "prepared"

    @property
    def rank(self) -> int:
        """Progress only goes forward when two copies are merged: the further state wins."""
        return (ReadingState.UNREAD, ReadingState.READ, ReadingState.PREPARED).index(self)


# Shown to the member (Danish source text; the window translates it in context "Stance",
# the briefing and the Markdown export print it as it is). Defined once, here.
STANCE_LABELS = {Stance.NONE: "Ikke taget stilling", Stance.FOR: "For", Stance.AGAINST: "Imod",
                 Stance.UNDECIDED: "I tvivl"}  # fmt: skip
STANCE_MARKS = {Stance.NONE: "", Stance.FOR: "+", Stance.AGAINST: "−", Stance.UNDECIDED: "?"}
FOLLOW_UP_LABELS = {FollowUpStatus.NONE: "Ingen opfølgning", FollowUpStatus.OPEN: "Åben",
                    FollowUpStatus.DONE: "Færdig"}  # fmt: skip
READING_LABELS = {ReadingState.UNREAD: "Ulæst", ReadingState.READ: "Læst", ReadingState.PREPARED: "Forberedt"}


class InvalidAnnotation(ValueError):
    """A value that does not fit the annotation schema; ``str()`` is one line naming what and why."""


def parse_due(text: str | None) -> str | None:
    """A due date as stored (``YYYY-MM-DD``), or None for none; raises :class:`InvalidAnnotation`."""
    if text is None or not str(text).strip():
        return None
    text = str(text).strip()
    if not _ISO_DATE.fullmatch(text):
        raise InvalidAnnotation(f"due date {_quoted(text)} is not a date (YYYY-MM-DD)")
    try:
        date.fromisoformat(text)
    except ValueError:
        raise InvalidAnnotation(f"due date {_quoted(text)} does not exist") from None
    return text


def _quoted(value: object, limit: int = 40) -> str:
    """A value the member or a file gave, for a one-line message: repr'd (controls escaped) and cut."""
    text = repr(value[: limit * 4]) if isinstance(value, str) else str(value)[: limit * 4]
    return text if len(text) <= limit else text[: limit - 1] + "…"


# C0/C1 controls and the bidi embeddings, overrides and isolates: never in a tag (a tag is a
# label printed in the tree, the briefing and the Markdown export, on one line).
_TAG_FORBIDDEN = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def tag_problem(tag: object) -> str | None:
    """Why ``tag`` cannot be a tag (not text, empty, too long, a control character), or None."""
    if not isinstance(tag, str) or not tag.strip():
        return f"tag {_quoted(tag)}: must be non-empty text"
    if len(tag) > MAX_TAG_CHARS:
        return f"tag {_quoted(tag)}: longer than {MAX_TAG_CHARS} characters"
    if _TAG_FORBIDDEN.search(tag):
        return f"tag {_quoted(tag)}: control characters are not allowed in a tag"
    return None


def _choice(value: object, allowed: type[Enum]) -> bool:
    return isinstance(value, str) and value in {m.value for m in allowed}


@dataclass
class FollowUp:
    status: FollowUpStatus = FollowUpStatus.NONE
    due: str | None = None  # YYYY-MM-DD
    text: str = ""

    def is_overdue(self, today: str) -> bool:
        """Open with a due date before ``today`` (YYYY-MM-DD)."""
        return self.status is FollowUpStatus.OPEN and bool(self.due) and str(self.due) < today


@dataclass
class TextQuote:
    """A W3C Web Annotation TextQuoteSelector: the quote and a little context either side."""

    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass
class Highlight:
    """A marked quote with an optional comment; on a bilag page when ``document`` is set.

    A highlight in a bilag is anchored by the document's sha256, the 1-based ``page`` and the
    quote; an empty quote there is a note on the page as a whole (its text is the comment).
    """

    highlight_id: str
    quote: TextQuote
    color: str = "#fff176"
    comment: str = ""
    created: str = ""
    document: str = ""  # sha256 of the bilag; "" for the item's own text
    page: int = 0  # 1-based page in the bilag

    def to_key(self) -> tuple[str, ...]:
        """Everything that decides how the highlight is drawn."""
        return (self.highlight_id, self.quote.exact, self.quote.prefix, self.quote.suffix, self.color)


@dataclass
class ItemFingerprint:
    """What identified the item when it was annotated (to find it again after a re-import)."""

    number: str
    title: str
    case_number: str | None = None


@dataclass
class Annotation:
    """All annotations on one agenda item, keyed by its anchor (see ``storage.identity``)."""

    anchor: str
    meeting_key: str
    fingerprint: ItemFingerprint
    note: str = ""
    tags: list[str] = field(default_factory=list)
    follow_up: FollowUp = field(default_factory=FollowUp)
    stance: Stance = Stance.NONE
    highlights: list[Highlight] = field(default_factory=list)
    orphaned: bool = False
    updated: str = ""
    reading: ReadingState = ReadingState.UNREAD  # added in store schema 3; absent in older data = unread

    @property
    def is_empty(self) -> bool:
        return (
            not self.note.strip()
            and not self.tags
            and self.follow_up.status is FollowUpStatus.NONE
            and not self.follow_up.text
            and self.stance is Stance.NONE
            and not self.highlights
            and self.reading is ReadingState.UNREAD
        )

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["follow_up"]["status"] = self.follow_up.status.value
        data["stance"] = self.stance.value
        data["reading"] = self.reading.value
        return data

    def to_json(self) -> dict[str, Any]:
        """As exported and printed (``annotations export``, ``note``): the item's number as in every
        JSON output — an int where it is one, a string for sub-items such as "1.2"."""
        data = self.to_dict()
        number = data["fingerprint"]["number"]
        data["fingerprint"]["number"] = int(number) if number.isdigit() else number
        return data

    def validate(self, earlier: Annotation | None = None) -> None:
        """Raise :class:`InvalidAnnotation` (problems joined by "; ") unless the schema holds.

        Problems ``earlier`` (the stored state) already had are let through: a value stored
        before a limit existed must not stop the member from editing the rest of the item.
        """
        known = set(problems(earlier.to_dict())) if earlier is not None else set()
        found = [p for p in problems(self.to_dict()) if p not in known]
        if found:
            raise InvalidAnnotation("; ".join(found))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Annotation:
        """Read a stored annotation; a value that cannot be interpreted is left out and logged."""
        anchor = str(data["anchor"])

        def odd(what: str, value: object) -> None:
            log.warning("annotation %s: %s %r cannot be read; shown as missing", anchor[:80], what, str(value)[:80])

        def choice(kind: type[E], value: object, default: E, what: str) -> E:
            try:
                return kind(value)
            except (ValueError, TypeError):
                odd(what, value)
                return default

        follow: dict[str, Any] = data["follow_up"] if isinstance(data.get("follow_up"), dict) else {}
        status = choice(FollowUpStatus, follow.get("status", "none"), FollowUpStatus.NONE, "follow-up status")
        try:
            due = parse_due(follow.get("due") if isinstance(follow.get("due"), str | None) else repr(follow.get("due")))
        except InvalidAnnotation:
            odd("due date", follow.get("due"))
            due = None
        stance = choice(Stance, data.get("stance", "none"), Stance.NONE, "stance")
        reading = choice(ReadingState, data.get("reading") or "unread", ReadingState.UNREAD, "reading state")
        raw_tags: list[Any] = data["tags"] if isinstance(data.get("tags"), list) else []
        tags = [t for t in raw_tags if isinstance(t, str) and t.strip()]
        if len(tags) != len(raw_tags):
            odd("tag", next(t for t in raw_tags if t not in tags))
        fp: dict[str, Any] = data["fingerprint"] if isinstance(data.get("fingerprint"), dict) else {}
        highlights = []
        for h in data.get("highlights") or []:
            try:
                quote = TextQuote(**h["quote"])
                page = h.get("page", 0)
                page = page if isinstance(page, int) else 0
                highlights.append(Highlight(str(h["highlight_id"]), quote, str(h.get("color", "#fff176")),
                                            _text(h.get("comment")), _text(h.get("created")),
                                            _text(h.get("document")), page))  # fmt: skip
            except (KeyError, TypeError):
                odd("highlight", h)
        return cls(
            anchor=anchor,
            meeting_key=str(data.get("meeting_key") or anchor.split(":", 1)[0]),
            fingerprint=ItemFingerprint(_text(fp.get("number")), _text(fp.get("title")),
                                        fp.get("case_number") if isinstance(fp.get("case_number"), str) else None),
            note=_text(data.get("note")),
            tags=tags,
            follow_up=FollowUp(status, due, _text(follow.get("text"))),
            stance=stance,
            highlights=highlights,
            orphaned=bool(data.get("orphaned", False)),
            updated=_text(data.get("updated")),
            reading=reading,
        )  # fmt: skip


def _text(value: object) -> str:
    return value if isinstance(value, str) else ("" if value is None else str(value))


def _check_text(found: list[str], where: str, value: object, *, limit_bytes: int = MAX_NOTE_BYTES,
                required: bool = False) -> None:  # fmt: skip
    if value is None and not required:
        return
    if not isinstance(value, str):
        found.append(f"{where}: must be text, not {type(value).__name__}")
    elif len(value.encode("utf-8", "surrogatepass")) > limit_bytes:
        found.append(f"{where}: longer than {limit_bytes:,} bytes".replace(",", "."))


def _list(found: list[str], where: str, value: object, limit: int) -> list[Any]:
    """The entries of a list field to check further (none if it is not a list; at most ``limit``)."""
    if not isinstance(value, list):
        found.append(f"{where}: must be a list")
        return []
    if len(value) > limit:
        found.append(f"{where}: more than {limit}")
    return value[:limit]


def problems(data: object) -> list[str]:
    """Everything wrong with one annotation as plain data (an export entry or a stored one)."""
    if not isinstance(data, dict):
        return [f"not an annotation object but {type(data).__name__}"]
    found: list[str] = []
    for key in ("anchor", "meeting_key"):
        _check_text(found, key, data.get(key), limit_bytes=MAX_ID_CHARS, required=key == "anchor")
    if isinstance(data.get("anchor"), str) and ":" not in data["anchor"]:
        found.append("anchor: must be <meeting key>:<item number>")
    fp = data.get("fingerprint")
    if fp is not None and not isinstance(fp, dict):
        found.append("fingerprint: must be an object")
    elif isinstance(fp, dict):
        number = fp.get("number")  # exported as in every JSON output: an int where it is one
        _check_text(found, "fingerprint.number", str(number) if isinstance(number, int) else number,
                    limit_bytes=MAX_ID_CHARS)  # fmt: skip
        _check_text(found, "fingerprint.title", fp.get("title"), limit_bytes=MAX_QUOTE_CHARS)
        _check_text(found, "fingerprint.case_number", fp.get("case_number"), limit_bytes=MAX_ID_CHARS)
    _check_text(found, "note", data.get("note"))
    _check_text(found, "updated", data.get("updated"), limit_bytes=64)
    for tag in _list(found, "tags", data.get("tags", []), MAX_TAGS):
        if (problem := tag_problem(tag)) is not None:
            found.append(problem)
    follow = data.get("follow_up", {})
    if not isinstance(follow, dict):
        found.append("follow_up: must be an object")
    else:
        if not _choice(follow.get("status", "none"), FollowUpStatus):
            found.append(f"follow_up.status {_quoted(follow.get('status'))}: must be none, open or done")
        if not isinstance(follow.get("due"), str | None):
            found.append("follow_up.due: must be a date (YYYY-MM-DD)")
        else:
            try:
                parse_due(follow.get("due"))
            except InvalidAnnotation as err:
                found.append(f"follow_up.{err}")
        _check_text(found, "follow_up.text", follow.get("text"))
    if not _choice(data.get("stance", "none"), Stance):
        found.append(f"stance {_quoted(data.get('stance'))}: must be none, for, against or undecided")
    if not _choice(data.get("reading", "unread"), ReadingState):
        found.append(f"reading {_quoted(data.get('reading'))}: must be unread, read or prepared")
    if not isinstance(data.get("orphaned", False), bool):
        found.append("orphaned: must be true or false")
    for n, h in enumerate(_list(found, "highlights", data.get("highlights", []), MAX_HIGHLIGHTS)):
        where = f"highlights[{n}]"
        if not isinstance(h, dict) or not isinstance(h.get("quote"), dict):
            found.append(f"{where}: must be an object with a quote")
            continue
        _check_text(found, f"{where}.highlight_id", h.get("highlight_id"), limit_bytes=MAX_ID_CHARS, required=True)
        for part in ("exact", "prefix", "suffix"):
            _check_text(found, f"{where}.quote.{part}", h["quote"].get(part), limit_bytes=MAX_QUOTE_CHARS,
                        required=part == "exact")  # fmt: skip
        if set(map(str, h["quote"])) - {"exact", "prefix", "suffix"}:
            found.append(f"{where}.quote: unknown fields")
        if not isinstance(h.get("color", "#fff176"), str) or not _COLOR.fullmatch(h.get("color", "#fff176")):
            found.append(f"{where}.color: must be #rrggbb")
        _check_text(found, f"{where}.comment", h.get("comment"))
        _check_text(found, f"{where}.document", h.get("document"), limit_bytes=64)
        page = h.get("page", 0)
        if not isinstance(page, int) or isinstance(page, bool) or page < 0:
            found.append(f"{where}.page: must be a page number")
        _check_text(found, f"{where}.created", h.get("created"), limit_bytes=64)
    return found


def color_problem(name: object, color: object) -> str | None:
    """Why a tag colour entry is not acceptable, or None."""
    if (problem := tag_problem(name)) is not None:
        return problem
    if not isinstance(color, str) or not _COLOR.fullmatch(color):
        return f"tag {_quoted(name)}: colour must be #rrggbb"
    return None
