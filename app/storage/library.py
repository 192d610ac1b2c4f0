"""The library on disk: imported meetings, their source files and the user's corrections.

Layout inside the profile folder::

    library/index.json              one small record per meeting (what the tree needs)
    library/meetings/<id>.json      the parsed structure, loaded when a meeting is opened
    library/sources/<sha256>.<ext>  a copy of the imported file, available offline
    library/versions/<meeting key>/ every version of the meeting (:mod:`app.storage.versions`)

Opening the library reads ``index.json`` only; no PDF is parsed again. Every write is atomic.

Index version 2 (this release) added the versions; a version-1 library is migrated by
:meth:`Library.migrate` (each meeting's entry becomes its first version), after a copy of the
old index is kept as ``index.json.v1``.
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

from app.model import AgendaItem, Meeting
from app.model.changes import match_items
from app.storage import identity
from app.storage.atomic import atomic_write_bytes, atomic_write_json
from app.storage.identity import ItemRecord
from app.storage.versions import VersionStore, imported_time

INDEX_VERSION = 2


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
    parts: list[str] = field(default_factory=list)  # sha256 of per-item documents merged in

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
    superseded_keys: list[str] = field(default_factory=list)  # keys of entries this one took the place of
    removed_ids: list[str] = field(default_factory=list)  # entries it took over, now removed
    deferred_ids: list[str] = field(default_factory=list)  # entries it took the place of, for the caller to remove
    item_changes: list[str] = field(default_factory=list)  # "decided:3", "withdrawn:7" …: what the new version changed


EDITABLE = ("municipality", "committee", "date")


class DamagedMeetingFile(ValueError):
    """A meeting's stored file cannot be read (damaged by hand or a disk error); ``str()`` is one line.

    Nothing is moved or rewritten here: a reader only reports it; importing the meeting again
    writes a whole new file.
    """

    def __init__(self, meeting_id: str, path: Path) -> None:
        super().__init__(f"the stored meeting {meeting_id} ({path.name}) is damaged; import the meeting again")
        self.meeting_id = meeting_id
        self.path = path


class Library:
    """The user's library of meetings in one profile folder. Thread-safe."""

    def __init__(self, profile: Path, cache_size: int = 24, *, read_index: bool = True) -> None:
        """Open the profile's library; ``read_index=False`` gives an empty one that reads nothing
        (the stand-in when the index could not be opened: the window still starts, read-only)."""
        self.profile = Path(profile)
        self.root = self.profile / "library"
        self._lock = threading.RLock()
        self._records: dict[str, MeetingRecord] = {}
        self._cache: OrderedDict[str, Meeting] = OrderedDict()
        self._cache_size = cache_size
        self._deferred = 0
        self._by_anchor: dict[str, list[str]] | None = None  # built on first use, dropped on each change
        self.versions = VersionStore(self.root)
        self._index_version = INDEX_VERSION
        self.read_index = read_index
        if read_index:
            self._load_index()

    # --- reading -----------------------------------------------------------------------------

    def _load_index(self) -> None:
        path = self.root / "index.json"
        records: list[MeetingRecord] = []
        if path.exists():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                records = [MeetingRecord.from_dict(r) for r in data.get("meetings", [])]
                self._index_version = int(data.get("version", 1))
            except (OSError, ValueError, TypeError, KeyError):
                records = []  # damaged: rebuilt below from the meeting files, which hold everything
        self._records = {r.meeting_id: r for r in records}
        self._by_anchor = None
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
            if self.read_index:
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
                record = self._record_for(meeting, data.get("source_file", ""), data.get("overrides", {}))
                record.parts = [p["sha256"] for p in data.get("parts", [])]
                records.append(record)
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

    def item_ids_of_anchor(self, anchor: str) -> list[str]:
        """The library items an annotation anchor belongs to (an agenda's and a minutes' item share one)."""
        with self._lock:
            if self._by_anchor is None:
                found: dict[str, list[str]] = {}
                for record in self._records.values():
                    for item in record.items:
                        found.setdefault(item.anchor, []).append(item.item_id)
                self._by_anchor = found
            return list(self._by_anchor.get(anchor, []))

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
            path = self.root / "meetings" / f"{meeting_id}.json"
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                meeting = Meeting.from_dict(data["meeting"])
            except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as err:
                raise DamagedMeetingFile(meeting_id, path) from err
            for key, value in self._records[meeting_id].overrides.items():
                setattr(meeting, key, value)
            self._cache[meeting_id] = meeting
            if len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
            return meeting

    def last_decisions(self, meeting_id: str) -> dict[str, str]:
        """Each item's newest decision with words, by item number ("" for none).

        What the case history shows of other meetings: read straight from the stored file
        (about a fifth of the cost of building the meeting) unless the meeting is cached.
        """
        with self._lock:
            cached = self._cache.get(meeting_id)
            if cached is not None:
                return {i.number: (d.text if (d := i.last_decision) else "") for i in cached.items}
            path = self.root / "meetings" / f"{meeting_id}.json"
        found: dict[str, str] = {}
        try:  # a damaged file is reported when its meeting is opened; a history just leaves it out
            items = json.loads(path.read_text(encoding="utf-8"))["meeting"].get("items", [])
            for item in items:
                texts = [str(d.get("text") or "") for d in item.get("decisions", [])]
                found[str(item["number"])] = next((t for t in reversed(texts) if t.strip()), "")
        except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
            return {}
        return found

    def source_path(self, meeting_id: str) -> Path | None:
        record = self.record(meeting_id)
        if record is None or not record.source_file:
            return None
        path = self.root / "sources" / record.source_file
        return path if path.exists() else None

    # --- versions ----------------------------------------------------------------------------

    @property
    def needs_migration(self) -> bool:
        """The library was written by a release without versions (index version 1)."""
        return self._index_version < INDEX_VERSION and bool(self._records)

    def migrate(self) -> int:
        """Bring a version-1 library up to this release; keeps ``index.json.v1`` first. Safe to run again.

        Nothing is copied at start (a large library opens as fast as before): a meeting's first
        version is taken from its entry when its next version arrives (:meth:`seed_versions`);
        until then its entry *is* its one version. Returns the meetings still to be seeded.
        """
        with self._lock:
            if not self.needs_migration:
                return 0
            index = self.root / "index.json"
            backup = index.with_name("index.json.v1")
            if index.exists() and not backup.exists():
                atomic_write_bytes(backup, index.read_bytes())
            self._index_version = INDEX_VERSION
            self._save_index()
            return len({r.meeting_key for r in self._records.values()})

    def entry_time(self, meeting_id: str) -> str:
        """When an entry was last written (its import), as well as the disk can tell."""
        return imported_time(self.root / "meetings" / f"{meeting_id}.json")

    def seed_versions(self, meeting_key: str) -> bool:
        """Store the meeting's entries as its first versions when it has none yet (agenda before
        minutes); their import time is the time their file was written. True if it seeded."""
        with self._lock:
            if self.versions.has(meeting_key):
                return False
            records = [r for r in self._records.values() if r.meeting_key == meeting_key]
            records.sort(key=lambda r: (r.document_type != "dagsorden", r.meeting_id))
            for record in records:
                path = self.root / "meetings" / f"{record.meeting_id}.json"
                try:
                    meeting = self.meeting(record.meeting_id)
                except (OSError, ValueError, KeyError, TypeError):
                    continue
                source = self.source_path(record.meeting_id)
                label = "agenda" if record.document_type == "dagsorden" else "minutes"
                self.versions.add(
                    meeting_key, meeting, meeting_id=record.meeting_id, label=label, kind="complete",
                    source_name=meeting.source.path if meeting.source else record.source_file,
                    data=source.read_bytes() if source is not None else None, imported_at=imported_time(path),
                )  # fmt: skip
            return bool(records)

    # --- writing -----------------------------------------------------------------------------

    def find_source(self, sha256: str) -> MeetingRecord | None:
        """The meeting imported from exactly this file, if any."""
        with self._lock:
            return next((r for r in self._records.values() if sha256 in (r.sha256, *r.parts)), None)

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
            old_files = self._source_files(old) if old else []
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
            # The whole revised document supersedes the old one and its merged parts.
            self._delete_sources([f for f in old_files if f != source_file])
            outcome = ImportOutcome.REPLACED if old is not None else ImportOutcome.ADDED
            return ImportResult(outcome, mid, self.label(record))

    def add_items(self, meeting_id: str, part: Meeting, data: bytes, name: str) -> ImportResult:
        """Merge a document that holds part of a meeting (one punkt's own PDF) into that meeting.

        An item with the same number is updated (keeping its page in the meeting's own
        original), a new number is added in order, and every other item stays as it was —
        the meeting is never replaced by its part. The part's file is kept beside the
        meeting's, so importing it again is recognised.
        """
        digest = part.source.sha256 if part.source else ""
        suffix = Path(name).suffix.lower() or (".pdf" if part.source and part.source.kind == "pdf" else ".txt")
        part_file = f"{digest}{suffix}"
        with self._lock:
            old = self._records[meeting_id]
            path = self.root / "meetings" / f"{meeting_id}.json"
            stored = json.loads(path.read_text(encoding="utf-8"))
            meeting = Meeting.from_dict(stored["meeting"])
            before = [i.to_dict() for i in meeting.items]
            # The part's items are the meeting's by identity (case number, title, text), never by
            # number alone; a new item whose number another item holds takes the number (the
            # newer document wins it) and the other item is gone from the meeting.
            same = match_items(meeting.items, part.items)
            by_part = {j: i for i, j in same.items()}
            added = False
            for j, item in enumerate(part.items):
                i = by_part.get(j)
                if i is None:
                    i = next((k for k, known in enumerate(meeting.items) if known.number == item.number), None)
                if i is not None:
                    item.source_page = meeting.items[i].source_page if meeting.items[i].number == item.number else None
                    meeting.items[i] = item
                    added = added or meeting.items[i].number != before[i]["number"]
                else:
                    item.source_page = None  # its page is in the part's file, not in the meeting's
                    meeting.items.append(item)
                    added = True
            meeting.items = _unique_numbers(meeting.items, {id(item) for item in part.items})
            if added:
                meeting.items.sort(key=_number_order)
            atomic_write_bytes(self.root / "sources" / part_file, data)
            parts = [p for p in stored.get("parts", []) if p.get("sha256") != digest]
            parts.append({"sha256": digest, "source_file": part_file, "name": name,
                          "numbers": [i.number for i in part.items]})  # fmt: skip
            stored.update(meeting=meeting.to_dict(), parts=parts)
            atomic_write_json(path, stored)
            record = self._record_for(meeting, stored.get("source_file", ""), stored.get("overrides", {}))
            record.parts = [p["sha256"] for p in parts]
            self._records[meeting_id] = record
            self._cache.pop(meeting_id, None)
            self._save_index()
            changed = [i.to_dict() for i in meeting.items] != before
            outcome = ImportOutcome.MERGED if changed else ImportOutcome.UNCHANGED
            return ImportResult(outcome, meeting_id, self.label(old))

    def _source_files(self, record: MeetingRecord) -> list[str]:
        """The copies of a meeting's original and of its merged parts, in ``sources/``."""
        files = [record.source_file] if record.source_file else []
        path = self.root / "meetings" / f"{record.meeting_id}.json"
        if record.parts and path.exists():
            try:
                files += [p["source_file"] for p in json.loads(path.read_text(encoding="utf-8")).get("parts", [])]
            except (OSError, ValueError, KeyError, TypeError):
                pass
        return [f for f in files if f]

    def _delete_sources(self, files: list[str]) -> None:
        for name in files:
            (self.root / "sources" / name).unlink(missing_ok=True)

    def remove(self, meeting_id: str, keep_versions: bool | None = None) -> None:
        """Remove an entry; its meeting's versions go with the meeting's last entry (or as told)."""
        with self._lock:
            record = self._records.pop(meeting_id, None)
            if record is None:
                return
            self._save_index()
            self._cache.pop(meeting_id, None)
            self._delete_sources(self._source_files(record))
            (self.root / "meetings" / f"{meeting_id}.json").unlink(missing_ok=True)
            if keep_versions is False or (
                keep_versions is None and not any(r.meeting_key == record.meeting_key for r in self._records.values())
            ):
                self.versions.remove(record.meeting_key)

    def edit(self, meeting_id: str, **changes: str) -> MeetingRecord:
        """Correct municipality, committee or date; kept across re-imports of the meeting.

        Raises:
            DamagedMeetingFile: the meeting's stored file cannot be read (it is left as it is).
        """
        unknown = set(changes) - set(EDITABLE)
        if unknown:
            raise ValueError(f"not editable: {', '.join(sorted(unknown))}")
        with self._lock:
            record = self._records[meeting_id]
            record.overrides.update({k: v for k, v in changes.items() if v})
            for key, value in record.overrides.items():
                setattr(record, key, value)
            path = self.root / "meetings" / f"{meeting_id}.json"
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                data["overrides"] = record.overrides
            except (ValueError, TypeError, RecursionError) as err:  # never written over: import it again
                raise DamagedMeetingFile(meeting_id, path) from err
            atomic_write_json(path, data)
            self._cache.pop(meeting_id, None)
            self._save_index()
            return record

    def _save_index(self) -> None:
        self._by_anchor = None
        if self._deferred:
            return
        atomic_write_json(
            self.root / "index.json",
            {"version": self._index_version, "meetings": [r.to_dict() for r in self._records.values()]},
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


def _unique_numbers(items: list[AgendaItem], newer: set[int]) -> list[AgendaItem]:
    """One item per number: where two hold the same (an item renumbered onto another's number by
    a part), the part's item (``id()`` in ``newer``) wins and the other is gone."""
    by_number: dict[str, AgendaItem] = {}
    for item in items:
        if item.number not in by_number or id(item) in newer:
            by_number[item.number] = item
    return [item for item in items if by_number[item.number] is item]


def _number_order(item: AgendaItem) -> tuple[int, ...]:
    """Items in printed order: "2" < "10", "1.2" after "1"."""
    return tuple(int(p) if p.isdigit() else 0 for p in item.number.split("."))
