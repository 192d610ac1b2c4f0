"""The library on disk: imported meetings, their source files and the user's corrections.

Layout inside the profile folder::

    library/index.json              one small record per meeting (what the tree needs)
    library/meetings/<id>.json      the parsed structure, loaded when a meeting is opened
    library/sources/<sha256>.<ext>  a copy of the imported file, available offline

Opening the library reads ``index.json`` only; no PDF is parsed again. Every write is atomic.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from dataclasses import fields as dataclass_fields
from enum import Enum
from pathlib import Path
from typing import Any

from app.model import Meeting
from app.storage import identity
from app.storage.atomic import atomic_write_bytes, atomic_write_json
from app.storage.identity import ItemRecord

INDEX_VERSION = 1


class ImportOutcome(str, Enum):
    """What an import did."""

    ADDED = "added"
    UNCHANGED = "unchanged"  # the very same file was imported before
    REPLACED = "replaced"  # a revised version of a meeting already in the library
    MERGED = "merged"  # one item's own document, added to (or updating) its meeting


@dataclass
class MeetingRecord:
    """A meeting as listed in the library (parsed values with the user's corrections applied)."""

    meeting_id: str
    meeting_key: str
    committee: str | None
    municipality: str | None
    date: str | None
    document_type: str
    start_time: str | None = None
    source_file: str = ""
    sha256: str = ""
    page_count: int | None = None
    items: list[ItemRecord] = field(default_factory=list)
    overrides: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> MeetingRecord:
        known = {f.name for f in dataclass_fields(cls)} - {"items"}
        items = [ItemRecord(**i) for i in data.get("items", [])]
        return cls(items=items, **{k: v for k, v in data.items() if k in known})

    def item(self, item_id: str) -> ItemRecord | None:
        return next((i for i in self.items if i.item_id == item_id), None)


@dataclass
class ImportResult:
    outcome: ImportOutcome
    meeting_id: str
    title: str


EDITABLE = ("municipality", "committee", "date")


class Library:
    """The user's library of meetings in one profile folder. Thread-safe."""

    def __init__(self, profile: Path, cache_size: int = 24) -> None:
        self.profile = Path(profile)
        self.root = self.profile / "library"
        self._lock = threading.RLock()
        self._records: dict[str, MeetingRecord] = {}
        self._cache: OrderedDict[str, Meeting] = OrderedDict()
        self._cache_size = cache_size
        self._deferred = 0
        self._load_index()

    # --- reading -----------------------------------------------------------------------------

    def _load_index(self) -> None:
        path = self.root / "index.json"
        records: list[MeetingRecord] = []
        if path.exists():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                records = [MeetingRecord.from_dict(r) for r in data.get("meetings", [])]
            except (OSError, ValueError, TypeError, KeyError):
                records = []  # damaged: rebuilt below from the meeting files, which hold everything
        self._records = {r.meeting_id: r for r in records}
        # Meeting files the index does not know (a crash between the two writes) are taken in.
        folder = self.root / "meetings"
        stored = {p.stem for p in folder.glob("*.json")} if folder.exists() else set()
        missing = stored - set(self._records)
        if missing:
            for record in self._rebuild_records(missing):
                self._records[record.meeting_id] = record
            self._save_index()

    def reload(self) -> None:
        """Re-read the index after another process (the import worker) changed the library."""
        with self._lock:
            self._cache.clear()
            self._load_index()

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Write the index once at the end of many imports instead of after each."""
        with self._lock:
            self._deferred += 1
            try:
                yield
            finally:
                self._deferred -= 1
                if self._deferred == 0:
                    self._save_index()

    def _rebuild_records(self, ids: set[str]) -> list[MeetingRecord]:
        records = []
        for path in sorted(self.root / "meetings" / f"{mid}.json" for mid in ids):
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                meeting = Meeting.from_dict(data["meeting"])
                records.append(self._record_for(meeting, data.get("source_file", ""), data.get("overrides", {})))
            except (OSError, ValueError, KeyError, TypeError):
                continue
        return records

    def meetings(self) -> list[MeetingRecord]:
        """All records, newest meeting first."""
        with self._lock:
            return sorted(self._records.values(), key=lambda r: (r.date or "", r.meeting_id), reverse=True)

    def record(self, meeting_id: str) -> MeetingRecord | None:
        with self._lock:
            return self._records.get(meeting_id)

    def items_of_meeting(self, meeting_key: str) -> list[ItemRecord]:
        """The items of every document of a meeting (its agenda's and its minutes'), one per anchor."""
        items: dict[str, ItemRecord] = {}
        for record in self.meetings():
            if record.meeting_key == meeting_key:
                for item in record.items:
                    items.setdefault(item.anchor, item)
        return list(items.values())

    def item_ids_by_anchor(self) -> dict[str, list[str]]:
        """Anchor → the library items it belongs to (an agenda's and a minutes' item share one)."""
        found: dict[str, list[str]] = {}
        for record in self.meetings():
            for item in record.items:
                found.setdefault(item.anchor, []).append(item.item_id)
        return found

    def find_item(self, item_id: str) -> tuple[MeetingRecord, ItemRecord] | None:
        meeting_id = item_id.rsplit(":", 1)[0]
        record = self.record(meeting_id)
        item = record.item(item_id) if record else None
        return (record, item) if record and item else None

    def meeting(self, meeting_id: str) -> Meeting:
        """The full parsed meeting (corrections applied); cached."""
        with self._lock:
            cached = self._cache.get(meeting_id)
            if cached is not None:
                self._cache.move_to_end(meeting_id)
                return cached
            data = json.loads((self.root / "meetings" / f"{meeting_id}.json").read_text(encoding="utf-8"))
            meeting = Meeting.from_dict(data["meeting"])
            for key, value in self._records[meeting_id].overrides.items():
                setattr(meeting, key, value)
            self._cache[meeting_id] = meeting
            if len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
            return meeting

    def source_path(self, meeting_id: str) -> Path | None:
        record = self.record(meeting_id)
        if record is None or not record.source_file:
            return None
        path = self.root / "sources" / record.source_file
        return path if path.exists() else None

    # --- writing -----------------------------------------------------------------------------

    def find_source(self, sha256: str) -> MeetingRecord | None:
        """The meeting imported from exactly this file, if any."""
        with self._lock:
            return next((r for r in self._records.values() if r.sha256 == sha256), None)

    def add_meeting(self, meeting: Meeting, data: bytes, name: str) -> ImportResult:
        """Store a parsed meeting and its source; a revised version replaces the old one."""
        mid = identity.meeting_id(meeting)
        suffix = Path(name).suffix.lower() or (".pdf" if meeting.source and meeting.source.kind == "pdf" else ".txt")
        digest = meeting.source.sha256 if meeting.source else ""
        source_file = f"{digest}{suffix}"
        with self._lock:
            old = self._records.get(mid)
            if old is not None and old.sha256 == digest:
                return ImportResult(ImportOutcome.UNCHANGED, mid, self.label(old))
            overrides = dict(old.overrides) if old else {}
            atomic_write_bytes(self.root / "sources" / source_file, data)
            atomic_write_json(
                self.root / "meetings" / f"{mid}.json",
                {
                    "version": INDEX_VERSION,
                    "meeting": meeting.to_dict(),
                    "source_file": source_file,
                    "overrides": overrides,
                },
            )
            record = self._record_for(meeting, source_file, overrides)
            self._records[mid] = record
            self._cache.pop(mid, None)
            self._save_index()
            if old is not None and old.source_file != source_file:
                (self.root / "sources" / old.source_file).unlink(missing_ok=True)
            outcome = ImportOutcome.REPLACED if old is not None else ImportOutcome.ADDED
            return ImportResult(outcome, mid, self.label(record))

    def remove(self, meeting_id: str) -> None:
        with self._lock:
            record = self._records.pop(meeting_id, None)
            if record is None:
                return
            self._save_index()
            self._cache.pop(meeting_id, None)
            (self.root / "meetings" / f"{meeting_id}.json").unlink(missing_ok=True)
            if record.source_file:
                (self.root / "sources" / record.source_file).unlink(missing_ok=True)

    def edit(self, meeting_id: str, **changes: str) -> MeetingRecord:
        """Correct municipality, committee or date; kept across re-imports of the meeting."""
        unknown = set(changes) - set(EDITABLE)
        if unknown:
            raise ValueError(f"not editable: {', '.join(sorted(unknown))}")
        with self._lock:
            record = self._records[meeting_id]
            record.overrides.update({k: v for k, v in changes.items() if v})
            for key, value in record.overrides.items():
                setattr(record, key, value)
            path = self.root / "meetings" / f"{meeting_id}.json"
            data = json.loads(path.read_text(encoding="utf-8"))
            data["overrides"] = record.overrides
            atomic_write_json(path, data)
            self._cache.pop(meeting_id, None)
            self._save_index()
            return record

    def _save_index(self) -> None:
        if self._deferred:
            return
        atomic_write_json(
            self.root / "index.json",
            {"version": INDEX_VERSION, "meetings": [r.to_dict() for r in self._records.values()]},
        )

    def _record_for(self, meeting: Meeting, source_file: str, overrides: dict[str, str]) -> MeetingRecord:
        mid, key = identity.meeting_id(meeting), identity.meeting_key(meeting)
        record = MeetingRecord(
            meeting_id=mid,
            meeting_key=key,
            committee=meeting.committee,
            municipality=meeting.municipality,
            date=meeting.date,
            document_type=meeting.document_type,
            start_time=meeting.start_time,
            source_file=source_file,
            sha256=meeting.source.sha256 if meeting.source else "",
            page_count=meeting.source.page_count if meeting.source else None,
            items=[ItemRecord.of(mid, key, item) for item in meeting.items],
            overrides=dict(overrides),
        )
        for name, value in overrides.items():
            setattr(record, name, value)
        return record

    @staticmethod
    def label(record: MeetingRecord) -> str:
        return f"{record.committee or '?'} {record.date or ''}".strip()
