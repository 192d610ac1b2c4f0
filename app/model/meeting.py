"""The meeting structure: meeting → agenda items → sections → blocks.

Everything here is plain data with a lossless ``to_dict``/``from_dict`` round trip, so
the same objects feed the GUI, the CLI's JSON and the library on disk.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class SectionKind(str, Enum):
    """Normalised meaning of a section heading, whatever the municipality calls it."""

    SUMMARY = "summary"
    RECOMMENDATION = "recommendation"
    PRESENTATION = "presentation"
    DECISION = "decision"
    ATTACHMENTS = "attachments"
    ECONOMY = "economy"
    HEALTH = "health"
    LEGAL = "legal"
    OPTIONS = "options"
    ASSESSMENT = "assessment"
    PROCEDURE = "procedure"
    HISTORY = "history"  # Sagsforløb: the case's earlier treatments
    OTHER = "other"


class BlockKind(str, Enum):
    """What a block of body text is."""

    PARAGRAPH = "paragraph"
    BULLET_LIST = "bullet_list"
    NUMBERED_LIST = "numbered_list"
    TABLE = "table"
    SUBHEADING = "subheading"


_SECTION_KINDS: dict[str, SectionKind] = {k.value: k for k in SectionKind}
_BLOCK_KINDS: dict[str, BlockKind] = {k.value: k for k in BlockKind}


@dataclass
class Span:
    """A run of text inside a paragraph; ``bold`` as printed."""

    text: str
    bold: bool = False


@dataclass
class Block:
    """One block of body text.

    Paragraphs and sub-headings use ``spans``; lists use ``items`` (with the printed
    ``markers`` for numbered lists); tables use ``rows`` of cells. A list item may hold more
    than one line: what is printed under the point before the next one (eDoc's sub-points
    "b. Konference …" / "Bilag" / "2012-208960 - …") stays with it, so the list stays one list.
    """

    kind: BlockKind
    spans: list[Span] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    markers: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The block as plain text, the way a reader would copy it."""
        if self.kind in (BlockKind.PARAGRAPH, BlockKind.SUBHEADING):
            return "".join(s.text for s in self.spans)
        if self.kind is BlockKind.BULLET_LIST:
            return "\n".join(f"- {item}" for item in self.items)
        if self.kind is BlockKind.NUMBERED_LIST:
            markers = self.markers or [f"{n}." for n in range(1, len(self.items) + 1)]
            return "\n".join(f"{m} {item}" for m, item in zip(markers, self.items))
        return "\n".join("\t".join(row) for row in self.rows)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind.value}
        if self.spans:
            data["spans"] = [[s.text, s.bold] for s in self.spans]
        if self.items:
            data["items"] = list(self.items)
        if self.markers:
            data["markers"] = list(self.markers)
        if self.rows:
            data["rows"] = [list(r) for r in self.rows]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Block:
        # A meeting holds thousands of blocks and is read on every item switch to another
        # meeting: look the kind up in a dict (an Enum call costs several times more).
        return cls(
            _BLOCK_KINDS[data["kind"]],
            [Span(t, bool(b)) for t, b in data["spans"]] if "spans" in data else [],
            list(data["items"]) if "items" in data else [],
            list(data["markers"]) if "markers" in data else [],
            [list(r) for r in data["rows"]] if "rows" in data else [],
        )


@dataclass
class Section:
    """A headed part of an agenda item (Sagsresumé, Indstilling, Beslutning …)."""

    heading: str
    kind: SectionKind
    blocks: list[Block] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(b.text for b in self.blocks)

    def to_dict(self) -> dict[str, Any]:
        return {
            "heading": self.heading,
            "kind": self.kind.value,
            "blocks": [b.to_dict() for b in self.blocks],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Section:
        return cls(
            heading=data["heading"],
            kind=_SECTION_KINDS[data["kind"]],
            blocks=[Block.from_dict(b) for b in data.get("blocks", [])],
        )


@dataclass
class Decision:
    """One decision on an item: a referat may record several (postponed, resumed)."""

    date: str | None
    body: str
    text: str
    absent: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.date, "body": self.body, "text": self.text, "absent": list(self.absent)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Decision:
        return cls(data.get("date"), data.get("body", ""), data.get("text", ""), list(data.get("absent", [])))


@dataclass
class Treatment:
    """An earlier treatment of the item's case, from a "Sagsforløb" block.

    FirstAgenda prints them as "Udvalg: … / Dato: … / Punktnummer: …" and the text decided.
    """

    body: str
    date: str | None = None  # ISO YYYY-MM-DD
    item_number: str | None = None
    text: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"body": self.body, "date": self.date, "item_number": self.item_number, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Treatment:
        return cls(str(data.get("body", "")), data.get("date"), data.get("item_number"), str(data.get("text", "")))


@dataclass
class Attachment:
    """A bilag: its name and, where printed, its document number."""

    name: str
    document_number: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "document_number": self.document_number}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Attachment:
        return cls(data["name"], data.get("document_number"))


@dataclass
class AgendaItem:
    """One agenda item (punkt).

    ``number`` is the number as printed ("7", "88", "1.2"); ``title`` is the title
    without the "Lukket:" flag, a committee prefix such as "JA - " or the kind marker.
    """

    number: str
    title: str
    closed: bool = False
    kind_marker: str | None = None
    title_prefix: str | None = None
    case_number: str | None = None
    document_number: str | None = None
    sections: list[Section] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    source_page: int | None = None
    treatments: list[Treatment] = field(default_factory=list)

    @property
    def number_int(self) -> int | None:
        """The number as an integer where it is one (sub-items like "1.2" are not)."""
        return int(self.number) if self.number.isdigit() else None

    @property
    def last_decision(self) -> Decision | None:
        """The newest decision with words (an empty one, stored by an older parse, decides nothing)."""
        return next((d for d in reversed(self.decisions) if d.text.strip()), None)

    def sections_of(self, kind: SectionKind) -> list[Section]:
        return [s for s in self.sections if s.kind is kind]

    @property
    def full_text(self) -> str:
        """Every word of the item, for search and for text anchoring."""
        return "\n\n".join(f"{s.heading}\n\n{s.text}" if s.heading else s.text for s in self.sections)

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "title": self.title,
            "closed": self.closed,
            "kind_marker": self.kind_marker,
            "title_prefix": self.title_prefix,
            "case_number": self.case_number,
            "document_number": self.document_number,
            "sections": [s.to_dict() for s in self.sections],
            "decisions": [d.to_dict() for d in self.decisions],
            "attachments": [a.to_dict() for a in self.attachments],
            "source_page": self.source_page,
            **({"treatments": [t.to_dict() for t in self.treatments]} if self.treatments else {}),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AgendaItem:
        return cls(
            number=str(data["number"]),
            title=data["title"],
            closed=bool(data.get("closed", False)),
            kind_marker=data.get("kind_marker"),
            title_prefix=data.get("title_prefix"),
            case_number=data.get("case_number"),
            document_number=data.get("document_number"),
            sections=[Section.from_dict(s) for s in data.get("sections", [])],
            decisions=[Decision.from_dict(d) for d in data.get("decisions", [])],
            attachments=[Attachment.from_dict(a) for a in data.get("attachments", [])],
            source_page=data.get("source_page"),
            treatments=[Treatment.from_dict(t) for t in data.get("treatments", [])],
        )


@dataclass
class SourceInfo:
    """Where a meeting came from: the imported file."""

    path: str
    sha256: str
    kind: str  # "pdf" or "text"
    page_count: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "sha256": self.sha256, "kind": self.kind, "page_count": self.page_count}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SourceInfo:
        return cls(data["path"], data["sha256"], data["kind"], data.get("page_count"))


@dataclass
class Meeting:
    """A committee meeting's published paper: an agenda (dagsorden) or minutes (referat)."""

    committee: str | None = None
    municipality: str | None = None
    document_type: str = "referat"
    date: str | None = None  # ISO YYYY-MM-DD
    start_time: str | None = None  # HH:MM
    location: str | None = None
    participants: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)
    source: SourceInfo | None = None
    items: list[AgendaItem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # The document prints a table of contents (or, for the portal, lists the meeting's items):
    # evidence that it is a complete version of the meeting, not an extract.
    has_contents: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "committee": self.committee,
            "municipality": self.municipality,
            "document_type": self.document_type,
            "date": self.date,
            "start_time": self.start_time,
            "location": self.location,
            "participants": list(self.participants),
            "absent": list(self.absent),
            "source": self.source.to_dict() if self.source else None,
            "items": [i.to_dict() for i in self.items],
            "warnings": list(self.warnings),
            **({"has_contents": True} if self.has_contents else {}),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Meeting:
        src = data.get("source")
        return cls(
            committee=data.get("committee"),
            municipality=data.get("municipality"),
            document_type=data.get("document_type", "referat"),
            date=data.get("date"),
            start_time=data.get("start_time"),
            location=data.get("location"),
            participants=list(data.get("participants", [])),
            absent=list(data.get("absent", [])),
            source=SourceInfo.from_dict(src) if src else None,
            items=[AgendaItem.from_dict(i) for i in data.get("items", [])],
            warnings=list(data.get("warnings", [])),
            has_contents=bool(data.get("has_contents", False)),
        )
