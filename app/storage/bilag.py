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

A damaged index (cut off, wrong types, garbage) is never read as "no bilag" and never written
over: every write first keeps the index as it was as ``index.previous.json`` (a hard link, no
copy), a reader finding the index damaged shows the links of that backup and says so
(:attr:`BilagStore.damage`), and only a writer moves the damaged file aside
(``index.corrupt-<time>.json``) and puts the backup back in its place.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import threading
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from app.storage.atomic import atomic_write_bytes, atomic_write_json, move_aside

log = logging.getLogger(__name__)

INDEX_VERSION = 1
MAX_BILAG_BYTES = 200 * 1024 * 1024  # a single document larger than this is refused

ITEM_PDF = "import:item-pdf"  # the origin of a punkt's own PDF (eDoc), kept as its item's document
BACKUP_NAME = "index.previous.json"  # the index as it was before its last change
SHA256 = re.compile(r"^[0-9a-f]{64}$")  # a record's hash names a file: nothing else may get in there


class DamagedIndex(ValueError):
    """The index is not what this store writes (cut off, not JSON, wrong types)."""


@dataclass(frozen=True)
class IndexDamage:
    """The bilag index could not be read: why, and what was done about it.

    ``aside`` is where a writer moved the damaged file (None: a reader left it where it is);
    ``backup`` the backup whose links are shown instead (put back in place by a writer), or
    None when there was none that could be read — then no links are shown until the meetings
    are imported again, and the damaged file is still there for a look or a bug report.
    """

    path: Path
    cause: str
    aside: Path | None = None
    backup: Path | None = None


def parse_index(raw: bytes) -> list[BilagRecord]:
    """The records of an index file's bytes; anything this store would not have written raises.

    Raises:
        DamagedIndex: not UTF-8 JSON of the index's shape (the cause in its message).
    """
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as err:
        raise DamagedIndex(f"not JSON ({type(err).__name__})") from None
    if not isinstance(data, dict):
        raise DamagedIndex("not a JSON object")
    # "records" and bilag/<sha>.pdf: the portal's first, interim store (same records)
    entries = data.get("bilag", data.get("records", []))
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise DamagedIndex("the bilag list is not a list of records")
    return [BilagRecord.from_dict(e) for e in entries]


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
        """A stored record; raises :class:`DamagedIndex` for a missing or wrongly typed value.

        One flat check per record (``type(x) is int`` also refuses ``true``): an index of 20,000
        links is read about as fast as ``json.loads`` reads it.
        """
        get = data.get
        sha256, meeting_id, number = get("sha256"), get("meeting_id"), get("item_number", "")
        name, pages, size, origin = get("name", ""), get("pages", 0), get("size", 0), get("origin", "")
        if type(number) is int:
            number = str(number)
        if not (type(sha256) is str and len(sha256) == 64 and SHA256.match(sha256) and type(meeting_id) is str
                and type(number) is str and type(name) is str and type(origin) is str
                and type(pages) is int and type(size) is int and pages >= 0 and size >= 0):  # fmt: skip
            raise DamagedIndex("a record has a missing or wrongly typed value")
        return cls(sha256, meeting_id, number, name, pages, size, origin)


class BilagStore:
    """The profile's bilag: links from items to content-addressed copies of their documents."""

    def __init__(self, profile: Path) -> None:
        self.profile = Path(profile)
        self.root = self.profile / "bilag"
        self._lock = threading.RLock()
        self._records: list[BilagRecord] = []
        self._stamp: tuple[int, int] | None = None
        self.damage: IndexDamage | None = None  # the index was found damaged (see the module's docstring)

    # --- reading ------------------------------------------------------------------------------

    def _index(self) -> Path:
        return self.root / "index.json"

    def backup_path(self) -> Path:
        return self.root / BACKUP_NAME

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
            records = parse_index(path.read_bytes())
        except (OSError, DamagedIndex) as err:
            # Never "no bilag" in silence: the backup's links are shown and the damage is reported.
            cause = f"{type(err).__name__}: {err}" if isinstance(err, OSError) else str(err)
            backup = self._readable_backup()
            log.info("%s cannot be read (%s); %s", path, cause, f"showing {backup[0]}" if backup else "no backup")
            self.damage = IndexDamage(path, cause, backup=backup[0] if backup else None)
            records = backup[1] if backup else []
        else:
            if self.damage is not None and self.damage.aside is None:
                self.damage = None  # mended meanwhile (another process put the backup back)
        self._records, self._stamp = records, stamp

    def _readable_backup(self) -> tuple[Path, list[BilagRecord]] | None:
        path = self.backup_path()
        try:
            return path, parse_index(path.read_bytes())
        except (OSError, DamagedIndex):
            return None

    def load(self) -> None:
        """Read the index now and raise whatever reading it raised (the start-up check)."""
        with self._lock:
            self._refresh()

    def check(self) -> IndexDamage | None:
        """Read the index now: None if it is whole, else what is wrong (nothing is moved: a reader's check)."""
        with self._lock:
            self._refresh()
            return self.damage

    def set_aside_damage(self) -> IndexDamage | None:
        """A writer's check: a damaged index is moved aside and its backup (if any) put in its place.

        Returns what was found and done, or None when the index is whole.

        Raises:
            OSError: the damaged file could not be moved; nothing was written then.
        """
        with self._lock:
            self._refresh()
            damage = self.damage
            if damage is None or damage.aside is not None or not damage.path.exists():
                return damage
            aside = move_aside(damage.path)
            log.info("%s was damaged (%s); kept as %s", damage.path, damage.cause, aside.name)
            backup = self._readable_backup()
            if backup is not None:
                atomic_write_bytes(self._index(), backup[0].read_bytes())
            self.damage = replace(damage, aside=aside, backup=backup[0] if backup else None)
            self._records = backup[1] if backup else []
            self._stamp = None
            return self.damage

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
            self._refresh_for_writing()
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
            self._refresh_for_writing()
            moved = replace(record, item_number=str(item_number))
            self._records = [r for r in self._records if r != record and r != moved] + [moved]
            self._save()
            return moved

    def unlink(self, record: BilagRecord) -> None:
        """Drop one link; the file goes when nothing else links to it."""
        with self._lock:
            self._refresh_for_writing()
            self._records = [r for r in self._records if r != record]
            self._save()
            self._collect({record.sha256})

    def remove_meeting(self, meeting_id: str) -> None:
        """Drop the meeting's links and the files that nothing else uses."""
        with self._lock:
            self._refresh_for_writing()
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

    def _refresh_for_writing(self) -> None:
        """Re-read the index; a damaged one is set aside first, so a write never lands on it."""
        self._refresh()
        if self.damage is not None and self.damage.aside is None and self.damage.path.exists():
            self.set_aside_damage()

    def _save(self) -> None:
        self._keep_previous()
        atomic_write_json(self._index(), {"version": INDEX_VERSION, "bilag": [r.to_dict() for r in self._records]})
        stat = self._index().stat()
        self._stamp = (stat.st_mtime_ns, stat.st_size)

    def _keep_previous(self) -> None:
        """Keep the index as it is now as the backup, before the atomic write replaces it.

        A hard link to the file about to be replaced: no bytes are copied, and the backup is a
        file this store never writes in place (a tool truncating ``index.json`` cannot reach it).
        Only a whole index becomes the backup.
        """
        index, backup = self._index(), self.backup_path()
        if (self.damage is not None and self.damage.aside is None) or not index.exists():  # only a whole index
            return
        partial = backup.with_name(f".{BACKUP_NAME}.{os.getpid()}.tmp")
        try:
            with contextlib.suppress(FileNotFoundError):
                partial.unlink()
            os.link(index, partial)
            os.replace(partial, backup)
        except OSError as err:  # no hard links on this drive: no backup, the write goes on
            log.info("no backup of %s (%s)", index, err)
            with contextlib.suppress(OSError):
                partial.unlink()
