"""The member's own annotations on an agenda item: note, tags, follow-up, stance, highlights."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Any


class Stance(str, Enum):
    """My position on the item."""

    NONE = "none"
    FOR = "for"
    AGAINST = "against"
    UNDECIDED = "undecided"


class ReadingState(str, Enum):
    """How far the member has got with an item: unread → read → prepared ("forberedt")."""

    UNREAD = "unread"
    READ = "read"
    PREPARED = "prepared"

    @property
    def rank(self) -> int:
        """Progress only goes forward when two copies are merged: the further state wins."""
        return (ReadingState.UNREAD, ReadingState.READ, ReadingState.PREPARED).index(self)


class FollowUpStatus(str, Enum):
    NONE = "none"
    OPEN = "open"
    DONE = "done"


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
    highlight_id: str
    quote: TextQuote
    color: str = "#fff176"
    comment: str = ""
    created: str = ""

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
    reading: ReadingState = ReadingState.UNREAD  # added in schema 3; absent in older data = unread

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

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Annotation:
        follow = data.get("follow_up") or {}
        return cls(
            anchor=data["anchor"],
            meeting_key=data.get("meeting_key", data["anchor"].rsplit(":", 1)[0]),
            fingerprint=ItemFingerprint(**(data.get("fingerprint") or {"number": "", "title": ""})),
            note=data.get("note", ""),
            tags=list(data.get("tags", [])),
            follow_up=FollowUp(FollowUpStatus(follow.get("status", "none")), follow.get("due"), follow.get("text", "")),
            stance=Stance(data.get("stance", "none")),
            highlights=[
                Highlight(
                    h["highlight_id"],
                    TextQuote(**h["quote"]),
                    h.get("color", "#fff176"),
                    h.get("comment", ""),
                    h.get("created", ""),
                )
                for h in data.get("highlights", [])
            ],
            orphaned=bool(data.get("orphaned", False)),
            updated=data.get("updated", ""),
            reading=ReadingState(data.get("reading") or "unread"),
        )
