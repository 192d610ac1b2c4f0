"""Bilag (attachment) PDFs kept in the profile for offline reading, content-addressed.

Layout inside the profile folder::

    bilag/index.json          one record per (meeting, item, bilag name)
    bilag/<sha256>.pdf        the file itself, stored once however many items refer to it

Every write is atomic (temp file, fsync, rename), so a crash leaves the old index or the new
one. The interface is shared with the ``originals`` feature (see COMMON.md); this is the
minimal implementation the portal sync needs until theirs lands.
"""

from __future__ import annotations

import hashlib
import io
import json
import threading
from dataclasses import asdict, dataclass
from pathlib import Path

from app.storage.atomic import atomic_write_bytes, atomic_write_json

INDEX_VERSION = 1


@dataclass(frozen=True)
class BilagRecord:
    """A stored bilag: which item it belongs to and where its bytes came from."""

    sha256: str
    meeting_id: str
    item_number: str
    name: str
    pages: int
    size: int
    origin: str


def _page_count(data: bytes) -> int:
    try:
        from pypdf import PdfReader

        return len(PdfReader(io.BytesIO(data)).pages)
    except Exception:  # an unreadable PDF is still kept; the reader reports it when opened
        return 0


class BilagStore:
    """The profile's bilag files. Thread-safe within one process."""

    def __init__(self, profile: Path) -> None:
        self.root = Path(profile) / "bilag"
        self._lock = threading.RLock()
        self._records: list[BilagRecord] = self._load()

    def _load(self) -> list[BilagRecord]:
        path = self.root / "index.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return [BilagRecord(**r) for r in data.get("records", [])]
        except FileNotFoundError:
            return []
        except (OSError, ValueError, TypeError, AttributeError):
            return []  # damaged: the files are still there; records come back on the next sync

    def _save(self) -> None:
        atomic_write_json(
            self.root / "index.json", {"version": INDEX_VERSION, "records": [asdict(r) for r in self._records]}
        )

    def add(self, meeting_id: str, item_number: str, name: str, data: bytes, origin: str) -> BilagRecord:
        """Store ``data`` (once per content) and record it for the item; returns the record."""
        digest = hashlib.sha256(data).hexdigest()
        with self._lock:
            for record in self._records:
                if (record.sha256, record.meeting_id, record.item_number, record.name) == (
                    digest, meeting_id, item_number, name,
                ):  # fmt: skip
                    return record
            blob = self.root / f"{digest}.pdf"
            if not blob.exists():
                atomic_write_bytes(blob, data)
            record = BilagRecord(digest, meeting_id, item_number, name, _page_count(data), len(data), origin)
            self._records.append(record)
            self._save()
            return record

    def for_item(self, meeting_id: str, item_number: str) -> list[BilagRecord]:
        with self._lock:
            return [r for r in self._records if r.meeting_id == meeting_id and r.item_number == item_number]

    def path(self, record: BilagRecord) -> Path:
        return self.root / f"{record.sha256}.pdf"

    def remove_meeting(self, meeting_id: str) -> None:
        """Forget a meeting's bilag; files no other meeting refers to are deleted."""
        with self._lock:
            gone = [r for r in self._records if r.meeting_id == meeting_id]
            if not gone:
                return
            self._records = [r for r in self._records if r.meeting_id != meeting_id]
            self._save()
            kept = {r.sha256 for r in self._records}
            for record in gone:
                if record.sha256 not in kept:
                    (self.root / f"{record.sha256}.pdf").unlink(missing_ok=True)
