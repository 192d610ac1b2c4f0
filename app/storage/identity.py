"""Stable identities for meetings and agenda items (never list positions).

* ``meeting_id`` — one library entry: municipality, committee, date and document type.
  A revised referat of the same meeting gets the same id and replaces the old one.
* ``meeting_key`` — the meeting itself, shared by its dagsorden and its referat.
* ``item_id`` — ``<meeting_id>:<number>``, as printed by ``list --json`` and used by ``--select``.
* ``item anchor`` — ``<meeting_key>:<number>``: what annotations hang on, so a note made on
  the agenda shows on the same item of the minutes.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from app.model import Meeting

_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "ae", "Ø": "oe", "Å": "aa"})


def slug(text: str | None, limit: int = 40) -> str:
    """ASCII slug: "Sønderborg" → "soenderborg"."""
    text = (text or "").translate(_FOLD)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:limit].strip("-") or "x"


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
