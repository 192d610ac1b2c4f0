"""Stable identities for meetings and agenda items (never list positions).

* ``meeting_id`` — one library entry: municipality, committee, date and document type.
  A revised referat of the same meeting gets the same id and replaces the old one.
* ``meeting_key`` — the meeting itself, shared by its dagsorden and its referat.
* ``item_id`` — ``<meeting_id>:<number>``, as printed by ``list --json`` and used by ``--select``.
* ``item anchor`` — ``<meeting_key>:<number>``: what annotations hang on, so a note made on
  the agenda shows on the same item of the minutes.

:class:`ItemRecord` is the one type that names an item everywhere above the parser: the
library lists it, annotations are anchored and fingerprinted from it, the CLI prints it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from app.model import AgendaItem, Meeting
from app.model.annotation import ItemFingerprint
from app.model.folding import fold


def slug(text: str | None, limit: int = 40) -> str:
    """ASCII slug: "Sønderborg" → "soenderborg"."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text or "")).strip("-")[:limit].strip("-") or "x"


def meeting_key(meeting: Meeting) -> str:
    base = f"{meeting.municipality or ''}|{meeting.committee or ''}|{meeting.date or ''}"
    digest = hashlib.sha1(base.lower().encode("utf-8")).hexdigest()[:6]
    return f"{meeting.date or 'udateret'}-{slug(meeting.municipality, 12)}-{digest}"


def meeting_id(meeting: Meeting) -> str:
    return f"{meeting_key(meeting)}-{'dag' if meeting.document_type == 'dagsorden' else 'ref'}"


def item_id(meeting_id_: str, number: str) -> str:
    return f"{meeting_id_}:{number}"


def item_anchor(meeting_key_: str, number: str) -> str:
    return f"{meeting_key_}:{number}"


def number_json(number: str) -> int | str:
    """An item number as every JSON output prints it: an int, or a string for "1.2"-style sub-items."""
    return int(number) if number.isdigit() else number


@dataclass
class ItemRecord:
    """An agenda item as the library knows it now: its ids, anchor and the fields that identify it."""

    item_id: str
    anchor: str
    number: str
    title: str
    closed: bool = False
    case_number: str | None = None

    @property
    def meeting_id(self) -> str:
        return self.item_id[: -len(self.number) - 1]

    @property
    def meeting_key(self) -> str:
        # A meeting key never holds a colon; the number after it may.
        return self.anchor.split(":", 1)[0]

    def fingerprint(self) -> ItemFingerprint:
        """What an annotation remembers of the item, to find it again after a re-import."""
        return ItemFingerprint(self.number, self.title, self.case_number)

    @classmethod
    def of(cls, meeting_id_: str, meeting_key_: str, item: AgendaItem) -> ItemRecord:
        return cls(
            item_id=item_id(meeting_id_, item.number),
            anchor=item_anchor(meeting_key_, item.number),
            number=item.number,
            title=item.title,
            closed=item.closed,
            case_number=item.case_number,
        )
