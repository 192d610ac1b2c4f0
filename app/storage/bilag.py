"""Bilag (attachments) of agenda items, stored in the profile and deduplicated by content.

Layout inside the profile folder::

    bilag/index.json           one record per (meeting, item, document) link
    bilag/files/<sha256>.pdf   each distinct document once, however many items link to it

A bilag arrives with a meeting's import (files next to the minutes, a folder, a zip, eDoc's
per-item PDFs) or from the portal, always through :meth:`BilagStore.add`. The same bytes
linked to two items (a standing appendix, the same notat in agenda and minutes) are stored
once. Deleting a meeting removes its links and every file no other link uses.

The import worker and the window are separate processes: every read re-reads the index
when the file changed on disk, every write re-reads it first and writes it atomically.
An ``item_number`` of ``""`` means "of the meeting, item not decided yet".
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from app.storage.atomic import atomic_write_bytes, atomic_write_json

log = logging.getLogger(__name__)

INDEX_VERSION = 1
MAX_BILAG_BYTES = 200 * 1024 * 1024  # a single document larger than this is refused

ITEM_PDF = "import:item-pdf"  # the origin of a punkt's own PDF (eDoc), kept as its item's document


@dataclass(frozen=True)
class BilagRecord:
    """One document linked to one agenda item (or, with ``item_number == ""``, to its meeting)."""

    sha256: str
    meeting_id: str
    item_number: str
    name: str
    pages: int
    size: int
    origin: str  # "import", "import:item-pdf", "portal", …

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BilagRecord:
        return cls(
            sha256=str(data["sha256"]),
            meeting_id=str(data["meeting_id"]),
            item_number=str(data.get("item_number", "")),
            name=str(data.get("name", "")),
            pages=int(data.get("pages", 0)),
            size=int(data.get("size", 0)),
            origin=str(data.get("origin", "")),
        )


class BilagStore:
    """The profile's bilag: links from items to content-addressed copies of their documents."""

    def __init__(self, profile: Path) -> None:
        self.profile = Path(profile)
        self.root = self.profile / "bilag"
        self._lock = threading.RLock()
        self._records: list[BilagRecord] = []
        self._stamp: tuple[int, int] | None = None

    # --- reading ------------------------------------------------------------------------------

    def _index(self) -> Path:
        return self.root / "index.json"

    def _refresh(self) -> None:
        path = self._index()
        try:
            stat = path.stat()
        except FileNotFoundError:
            self._records, self._stamp = [], None
            return
        stamp = (stat.st_mtime_ns, stat.st_size)
        if stamp == self._stamp:
            return
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            # "records" and bilag/<sha>.pdf: the portal's first, interim store (same records)
            records = [BilagRecord.from_dict(r) for r in data.get("bilag", data.get("records", []))]
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            records = []  # a damaged index loses the links, never the app; files stay on disk
        self._records, self._stamp = records, stamp

    def load(self) -> None:
        """Read the index now and raise whatever reading it raised (the start-up check)."""
        with self._lock:
            self._refresh()

    def all(self) -> list[BilagRecord]:
        with self._lock:
            try:
                self._refresh()
            except Exception as err:  # never the app: an index that cannot be read shows no bilag
                log.info("%s cannot be read (%s: %s); no bilag shown", self._index(), type(err).__name__, err)
                self._records, self._stamp = [], None
            return list(self._records)

    def for_item(self, meeting_id: str, item_number: str) -> list[BilagRecord]:
        """The item's bilag in the order they were added."""
        return [r for r in self.all() if r.meeting_id == meeting_id and r.item_number == item_number]

    def for_meeting(self, meeting_id: str) -> list[BilagRecord]:
        return [r for r in self.all() if r.meeting_id == meeting_id]

    def by_hash(self, sha256: str) -> list[BilagRecord]:
        return [r for r in self.all() if r.sha256 == sha256]

    def path(self, record: BilagRecord) -> Path:
        """Where the document's bytes are (it may be missing if someone deleted it by hand)."""
        path = self.root / "files" / f"{record.sha256}.pdf"
        interim = self.root / f"{record.sha256}.pdf"  # written by the portal's interim store
        return interim if not path.exists() and interim.exists() else path

    def disk_use(self, meeting_id: str) -> tuple[int, int]:
        """(bytes of the meeting's bilag, bytes only this meeting uses — freed by deleting it)."""
        records = self.all()
        mine = {r.sha256: r.size for r in records if r.meeting_id == meeting_id}
        shared = {r.sha256 for r in records if r.meeting_id != meeting_id}
        return sum(mine.values()), sum(size for sha, size in mine.items() if sha not in shared)

    # --- writing ------------------------------------------------------------------------------

    def add(self, meeting_id: str, item_number: str, name: str, data: bytes, origin: str, pages: int = 0,
            sha256: str = "") -> BilagRecord:  # fmt: skip
        """Store ``data`` (once per content) and link it to the item; the same link twice is one.

        ``pages`` and ``sha256`` come from the document's one reading in the sandboxed child
        (:mod:`app.services.workers.isolation`): the store never opens a document's bytes.

        Raises:
            ValueError: the document is empty or larger than :data:`MAX_BILAG_BYTES`.
        """
        if not data:
            raise ValueError("empty document")
        if len(data) > MAX_BILAG_BYTES:
            raise ValueError("document too large")
        digest = sha256 or hashlib.sha256(data).hexdigest()
        with self._lock:
            self._refresh()
            existing = next((r for r in self._records if r.sha256 == digest), None)
            pages = pages or (existing.pages if existing else 0)
            record = BilagRecord(digest, meeting_id, str(item_number), name.strip() or digest[:12], pages,
                                 len(data), origin)  # fmt: skip
            target = self.root / "files" / f"{digest}.pdf"
            if not target.exists():
                atomic_write_bytes(target, data)
            links = [r for r in self._records if (r.sha256, r.meeting_id) == (digest, meeting_id)]
            exact = next((r for r in links if r.item_number == record.item_number), None)
            if exact is not None:
                return exact
            if not record.item_number and links:
                return links[0]  # already linked to an item: an undecided second link adds nothing
            self._records = [r for r in self._records if r not in links or r.item_number]  # now decided
            self._records.append(record)
            self._save()
            return record

    def relink(self, record: BilagRecord, item_number: str) -> BilagRecord:
        """Move a link to another item of the same meeting (the dialog that fixes undecided links)."""
        with self._lock:
            self._refresh()
            moved = replace(record, item_number=str(item_number))
            self._records = [r for r in self._records if r != record and r != moved] + [moved]
            self._save()
            return moved

    def unlink(self, record: BilagRecord) -> None:
        """Drop one link; the file goes when nothing else links to it."""
        with self._lock:
            self._refresh()
            self._records = [r for r in self._records if r != record]
            self._save()
            self._collect({record.sha256})

    def remove_meeting(self, meeting_id: str) -> None:
        """Drop the meeting's links and the files that nothing else uses."""
        with self._lock:
            self._refresh()
            gone = {r.sha256 for r in self._records if r.meeting_id == meeting_id}
            if not gone:
                return
            self._records = [r for r in self._records if r.meeting_id != meeting_id]
            self._save()
            self._collect(gone)

    def _collect(self, hashes: set[str]) -> None:
        used = {r.sha256 for r in self._records}
        for digest in hashes - used:
            (self.root / "files" / f"{digest}.pdf").unlink(missing_ok=True)
            (self.root / f"{digest}.pdf").unlink(missing_ok=True)

    def _save(self) -> None:
        atomic_write_json(self._index(), {"version": INDEX_VERSION, "bilag": [r.to_dict() for r in self._records]})
        stat = self._index().stat()
        self._stamp = (stat.st_mtime_ns, stat.st_size)
