"""The annotation store: the member's notes, tags, follow-ups, stances and highlights.

tinydb databases in ``<profile>/annotations/`` with an atomic storage: ``meta.json`` holds
the ``schema_version`` and the tag colours, and the annotations are spread over 32 shard
files by a hash of the item anchor, so saving one note rewrites ~1/32 of the data (a
single file of 5,000 annotations took ~90 ms a save; a shard takes a few). Ordered
migrations run after a backup; rolling backups are copies of the folder; a corrupt file is
moved aside — never overwritten — and only that file's notes are affected.

Annotations hang on item *anchors*
(meeting + printed number, shared by the agenda and the minutes of one meeting) and
carry a fingerprint of the item, so a re-import can find the item again; a note whose
item disappeared is kept as an orphan until the user reattaches it.
"""

from __future__ import annotations

import contextlib
import copy
import errno
import json
import logging
import os
import re
import shutil
import tempfile
import time
import uuid
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from tinydb import Query, TinyDB
from tinydb.storages import MemoryStorage
from tinydb.table import Table

from app.model.annotation import (
    Annotation,
    FollowUpStatus,
    Highlight,
    InvalidAnnotation,
    ItemFingerprint,
    Stance,
    color_problem,
    problems,
)
from app.model.folding import words
from app.storage.atomic import atomic_write_json, move_aside
from app.storage.atomic_storage import AtomicJSONStorage, CorruptStoreError
from app.storage.identity import ItemRecord
from app.storage.versions import Move

log = logging.getLogger(__name__)

SCHEMA_VERSION = 3
EXPORT_FORMAT = "moedemappe-annotations"
EXPORT_VERSION = 1
KEEP_RECENT_BACKUPS = 10
KEEP_DAILY_BACKUPS = 7
TAG_COLORS = ["#1e88e5", "#43a047", "#e53935", "#8e24aa", "#fb8c00", "#00897b", "#6d4c41", "#3949ab"]


class RejectedImport(ValueError):
    """An annotations file that was not imported; ``reasons`` lists each rejected entry and why."""

    def __init__(self, reasons: list[str]) -> None:
        super().__init__(reasons[0] if len(reasons) == 1 else f"{len(reasons)} entries rejected")
        self.reasons = reasons


@dataclass
class OpenReport:
    """What happened when the store was opened (the window and the CLI tell the member about it).

    ``moved_aside`` is the first damaged file moved aside (``moved_aside_all`` every one);
    ``newest_backup`` is the backup kept for restoring: the last one taken before the damage
    was found, set apart from the rotation until the member restores or dismisses it.
    """

    moved_aside: Path | None = None
    newest_backup: Path | None = None
    migrated_from: int | None = None
    migration_backup: Path | None = None
    moved_aside_all: list[Path] = field(default_factory=list)
    cleaned_temp_files: int = 0
    backup_failed: str = ""  # why the start-up backup could not be taken (the store opened all the same)


@dataclass
class MergeResult:
    added: int = 0
    merged: int = 0
    unchanged: int = 0
    skipped: list[str] = field(default_factory=list)


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def fallback_color(tag: str) -> str:
    """A tag's colour until one is saved: stable for the name, whatever other tags exist."""
    return TAG_COLORS[zlib.crc32(tag.casefold().encode("utf-8")) % len(TAG_COLORS)]


SHARDS = 32


def shard_of(anchor: str) -> int:
    return zlib.crc32(anchor.encode("utf-8")) % SHARDS


class ReadOnlyStoreError(PermissionError):
    """A write to a store opened read-only (a read-only profile or a full disk)."""


KEPT_PREFIX = "kept-"  # a backup set apart when damage was found: never pruned by the rotation
STALE_TEMP_SECONDS = 60.0


def _check_shape(data: object) -> None:
    """tinydb's file shape: {table: {doc_id: {…}}}; anything else is damage, not data."""
    if data is None:
        return
    if not isinstance(data, dict):
        raise CorruptStoreError("top level is not an object")
    for name, table in data.items():
        if not isinstance(table, dict) or not all(isinstance(doc, dict) for doc in table.values()):
            raise CorruptStoreError(f"table {name!r} is not a table of documents")


def _move_aside(path: Path) -> Path:
    """Rename a damaged file to a name never used before (a second damage never overwrites the first)."""
    try:
        return move_aside(path)
    except FileExistsError as err:
        raise CorruptStoreError(str(err)) from None


PARTIAL_SUFFIX = ".partial"  # a backup being copied; renamed to its name once whole


def _copy_folder_whole(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` so that ``target`` either exists whole or not at all.

    The copy is made under ``<target>.partial`` and renamed when complete: a backup cut off
    by a crash is never taken for a good one (it is cleaned up on the next open).
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    shutil.rmtree(partial, ignore_errors=True)
    shutil.copytree(source, partial, ignore=shutil.ignore_patterns("*.corrupt-*", ".*.tmp"))
    partial.rename(target)
    return target


def _disk_full(err: BaseException) -> bool:
    if isinstance(err, OSError) and err.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return True
    return "No space left" in str(err) or "[Errno 28]" in str(err)  # shutil.Error lists each file's error


def _remove_stale(paths: Iterable[Path], older_than: float, *, files_only: bool = False) -> int:
    """Delete what a crash left behind among ``paths``: only entries older than ``older_than``
    seconds, so a copy or a write in progress is never touched. Returns how many went."""
    removed = 0
    now = time.time()
    for path in paths:
        try:
            if files_only and not path.is_file():
                continue
            if now - path.stat().st_mtime > older_than:
                if path.is_dir():
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    path.unlink()
                removed += 1
        except OSError:
            continue
    return removed


def remove_partial_backups(backup_dir: Path, older_than: float = STALE_TEMP_SECONDS) -> int:
    """Delete backups a crash cut off while they were being copied; returns how many."""
    if not backup_dir.is_dir():
        return 0
    return _remove_stale(backup_dir.glob(f"*{PARTIAL_SUFFIX}"), older_than)


def _readable_backup(path: Path) -> bool:
    try:
        for file in path.glob("*.json"):
            raw = file.read_bytes()
            if not raw.strip():
                return False
            _check_shape(json.loads(raw.decode("utf-8")))
    except (OSError, ValueError, CorruptStoreError):
        return False
    return True


def remove_stale_temp_files(folder: Path, older_than: float = STALE_TEMP_SECONDS) -> int:
    """Delete the ``.name.XXXX.tmp`` files an interrupted atomic write left behind; returns how many."""
    if not folder.is_dir():
        return 0
    return _remove_stale(folder.glob(".*.tmp"), older_than, files_only=True)


class AnnotationStore:
    """All annotations of one profile. Not thread-safe: one owner (the annotation service)."""

    def __init__(self, profile: Path, *, take_backup: bool = True, read_only: bool = False,
                 open_files: bool = True) -> None:  # fmt: skip
        """Open the profile's store; ``read_only`` writes nothing (a read-only profile, a full disk).

        ``open_files=False`` gives an empty, read-only store that never touches the profile: the
        stand-in when opening the store failed, so the window still starts (read-only).
        """
        self.profile = Path(profile)
        self.read_only = read_only or not open_files
        self.folder = self.profile / "annotations"
        self.backup_dir = self.profile / "backups"
        self.report = OpenReport()
        self._meta: TinyDB
        self._shards: list[TinyDB] = []
        self._cache: dict[str, Annotation] | None = None
        if not open_files:
            self._meta = TinyDB(storage=MemoryStorage)
            self._shards = [TinyDB(storage=MemoryStorage) for _ in range(SHARDS)]
            return
        self._open()
        if take_backup and not read_only:
            self._backup_without_blocking()

    def _backup_without_blocking(self) -> None:
        """The start-up backup, if there is room: a full disk (or any copy error) is said, never fatal.

        The notes are already safe on disk; the backup is a convenience, so a nearly full disk
        must not stop the member from writing (the probe saw a raw ``shutil.Error`` here).
        """
        try:
            self.backup()
        except (OSError, shutil.Error) as err:
            for partial in self.backup_dir.glob(f"*{PARTIAL_SUFFIX}"):
                shutil.rmtree(partial, ignore_errors=True)
            reason = "no room on the disk" if _disk_full(err) else "it could not be written"
            self.report.backup_failed = f"no backup of the notes was taken ({reason}); they are stored as before"
            log.warning("%s: %s", self.report.backup_failed, err)

    # --- opening, migrations, backups --------------------------------------------------------

    def _open_db(self, path: Path) -> TinyDB:
        db = TinyDB(path, storage=AtomicJSONStorage)
        try:
            if path.exists() and not path.read_bytes().strip():
                raise CorruptStoreError("empty file")  # we never write one: a truncated file, not "no notes"
            _check_shape(db.storage.read())
            db.tables()  # reads (and validates) the file
        except (CorruptStoreError, OSError) as err:
            db.close()
            if self.read_only:  # nothing can be moved: show the rest, say what could not be read
                log.info("%s cannot be read: %s", path, err)
                self.report.moved_aside_all.append(path)
                self.report.moved_aside = self.report.moved_aside or path
                self.report.newest_backup = self.report.newest_backup or self.newest_backup()
                return TinyDB(storage=MemoryStorage)
            if not self.report.moved_aside_all:  # before anything else is written: keep the last good copy
                self.report.newest_backup = self._keep_backup_before_damage()
            aside = _move_aside(path)
            log.info("%s could not be read (%s); moved aside as %s", path, err, aside.name)
            self.report.moved_aside_all.append(aside)
            self.report.moved_aside = self.report.moved_aside or aside
            db = TinyDB(path, storage=AtomicJSONStorage)
        return db

    def _open(self) -> None:
        if not self.read_only:
            self.folder.mkdir(parents=True, exist_ok=True)
            _finish_commit(self.folder)  # an import killed after its commit point: finish it
            self.report.cleaned_temp_files = remove_stale_temp_files(self.folder)
            remove_partial_backups(self.backup_dir)
        if self.report.newest_backup is None:
            kept = self.kept_backups()
            self.report.newest_backup = kept[-1] if kept else None
        self._meta = self._open_db(self.folder / "meta.json")
        self._shards = [self._open_db(self.folder / f"shard-{n:02d}.json") for n in range(SHARDS)]
        legacy = self.profile / "annotations.json"  # version 1 kept everything in one file
        version = self._version()
        if legacy.exists() and not self.read_only:
            self.report.migrated_from = 1
            self._migrate_legacy(legacy)
        elif version == 0 and not self.read_only:
            self._set_version(SCHEMA_VERSION)
        elif version == 2 and not self.read_only:
            # Version 3 adds each item's reading state (unread/read/prepared). A version 2
            # record has none, which reads as unread, so no record is rewritten; the copy is
            # for a member who goes back to an older Mødemappe. Killed before the version is
            # written, the next start takes the copy again and finishes the step.
            self.report.migrated_from = 2
            self.report.migration_backup = self._backup_as("before-v3")
            self._set_version(3)
        # Version 3 is current; a future version 4 adds its step here, after ``_backup_as``.

    def _version(self) -> int:
        meta = self._meta.table("_meta").all()
        return int(meta[0].get("schema_version", 0)) if meta else 0

    def _set_version(self, version: int) -> None:
        """One write: a crash leaves the old version or the new one, never none (which reads as 0)."""
        table = self._meta.table("_meta")
        if table.all():
            table.update({"schema_version": version})
        else:
            table.insert({"schema_version": version})

    def _migrate_legacy(self, legacy: Path) -> None:
        """Version 1 → 2: one tinydb file with a ``notes`` table → sharded annotations.

        Safe to be cut off anywhere: the old file stays until the last step, and running the
        step again writes the same annotations (one per anchor) instead of adding copies.
        """
        self.backup_dir.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        backup = self.backup_dir / f"annotations-before-v2-{stamp}.json"
        partial = backup.with_name(backup.name + PARTIAL_SUFFIX)
        shutil.copy2(legacy, partial)
        partial.rename(backup)
        self.report.migration_backup = backup
        old = TinyDB(legacy, storage=AtomicJSONStorage)
        try:
            notes = old.table("notes").all()
        except CorruptStoreError:
            notes = []
        finally:
            old.close()
        merged: dict[str, Annotation] = {}
        for annotation in _v1_notes(notes):  # the agenda's and the minutes' notes share an anchor
            earlier = merged.get(annotation.anchor)
            merged[annotation.anchor] = _merge(earlier, annotation) if earlier else annotation
        for anchor, annotation in merged.items():
            self._table_for(anchor).upsert(annotation.to_dict(), Query().anchor == anchor)
        self._set_version(SCHEMA_VERSION)
        legacy.replace(legacy.with_name("annotations.v1-migrated.json"))

    def _backup_as(self, label: str) -> Path:
        """A copy of the folder taken before a migration step, kept out of the rolling rotation."""
        target = self.backup_dir / f"annotations-{label}-{datetime.now().strftime('%Y%m%d-%H%M%S-%f')}"
        return _copy_folder_whole(self.folder, target)

    def backup(self) -> Path | None:
        """A rolling backup — a copy of the folder (each file is always whole, being replaced
        atomically): the last 10, plus the newest of each day for a week."""
        if not any(p.stat().st_size > 2 for p in self.folder.glob("shard-*.json")):
            return None
        target = self.backup_dir / f"annotations-{datetime.now().strftime('%Y%m%d-%H%M%S-%f')}"
        _copy_folder_whole(self.folder, target)
        self._prune_backups()
        return target

    def _rolling(self) -> list[Path]:
        folders = self.backup_dir.glob("annotations-2*")
        return sorted(p for p in folders if p.is_dir() and not p.name.endswith(PARTIAL_SUFFIX))

    def _prune_backups(self) -> None:
        backups = self._rolling()
        keep = set(backups[-KEEP_RECENT_BACKUPS:])
        cutoff = (datetime.now() - timedelta(days=KEEP_DAILY_BACKUPS)).strftime("%Y%m%d")
        newest_per_day: dict[str, Path] = {}
        for path in backups:
            day = path.name.split("-")[1]
            if day >= cutoff:
                newest_per_day[day] = path
        keep.update(newest_per_day.values())
        for path in backups:
            if path not in keep:
                shutil.rmtree(path, ignore_errors=True)

    def newest_backup(self) -> Path | None:
        """The backup to restore from: the one kept before a damage, else the newest readable one."""
        kept = self.kept_backups()
        if kept:
            return kept[-1]
        for path in reversed(self._rolling()):
            if _readable_backup(path):
                return path
        return None

    def kept_backups(self) -> list[Path]:
        """Backups set apart when a damaged file was found, oldest first; kept until dismissed."""
        if not self.backup_dir.is_dir():
            return []
        folders = self.backup_dir.glob(f"{KEPT_PREFIX}*")
        return sorted(p for p in folders if p.is_dir() and not p.name.endswith(PARTIAL_SUFFIX))

    def _keep_backup_before_damage(self) -> Path | None:
        """Set the newest readable rolling backup apart, out of the rotation's reach."""
        kept = self.kept_backups()
        for path in reversed(self._rolling()):
            if not _readable_backup(path):
                continue
            target = path.with_name(KEPT_PREFIX + path.name)
            try:
                path.rename(target)
            except OSError:
                return kept[-1] if kept else path
            log.info("kept backup %s until the member restores or dismisses it", target.name)
            return target
        return kept[-1] if kept else None

    def dismiss_kept_backup(self, backup: Path) -> None:
        """The member is done with a kept backup: it goes back into the rotation (never deleted here)."""
        backup = Path(backup)
        if backup.parent == self.backup_dir and backup.name.startswith(KEPT_PREFIX) and backup.is_dir():
            back = backup.with_name(backup.name[len(KEPT_PREFIX) :])
            if back.exists():
                back = backup.with_name(f"{back.name}-{uuid.uuid4().hex[:6]}")
            backup.rename(back)
            self._prune_backups()
        if self.report.newest_backup == backup:
            kept = self.kept_backups()
            self.report.newest_backup = kept[-1] if kept else None

    def restore_backup(self, backup: Path) -> MergeResult:
        """Merge a backup back in: notes written since are kept, lost ones come back."""
        with tempfile.TemporaryDirectory() as tmp:
            shutil.copytree(backup, Path(tmp) / "annotations", ignore=shutil.ignore_patterns("*.corrupt-*"))
            old = AnnotationStore(Path(tmp), take_backup=False)
            data = old.export_data()
            old.close()
        return self.import_data(data)

    def restore_kept_backup(self) -> MergeResult | None:
        """Restore from the backup kept before a damage (or the newest one), then dismiss it."""
        backup = self.newest_backup()
        if backup is None:
            return None
        result = self.restore_backup(backup)
        self.dismiss_kept_backup(backup)
        return result

    def close(self) -> None:
        for db in [self._meta, *self._shards]:
            db.close()

    # --- reading -----------------------------------------------------------------------------

    def _table_for(self, anchor: str) -> Table:
        return self._shards[shard_of(anchor)].table("annotations")

    def _all_docs(self) -> list[dict[str, Any]]:
        return [doc for db in self._shards for doc in db.table("annotations").all()]

    def _annotations(self) -> dict[str, Annotation]:
        """Every annotation, read from the shards once and then kept in step with each write."""
        if self._cache is None:
            cache: dict[str, Annotation] = {}
            for doc in self._all_docs():
                try:
                    annotation = Annotation.from_dict(doc)
                except (KeyError, TypeError, AttributeError):
                    log.warning("an annotation without an anchor cannot be read; left in its shard")
                    continue
                cache[annotation.anchor] = annotation
            self._cache = cache
        return self._cache

    def get(self, anchor: str) -> Annotation | None:
        """A copy of the item's annotation (the caller may change it and :meth:`save` it)."""
        found = self._annotations().get(anchor)
        return copy.deepcopy(found) if found is not None else None

    def all(self) -> list[Annotation]:
        """Every annotation, as stored; read-only (change a copy from :meth:`get`)."""
        return list(self._annotations().values())

    def orphans(self) -> list[Annotation]:
        return [a for a in self.all() if a.orphaned]

    def tag_colors(self) -> dict[str, str]:
        """The colours saved for tags (every tag gets one when it is first used)."""
        colors = {}
        for doc in self._meta.table("tags").all():
            if color_problem(doc.get("name"), doc.get("color")) is None:
                colors[doc["name"]] = doc["color"]
        return colors

    def tags(self) -> dict[str, str]:
        """Every tag in use or with a colour, with its colour, sorted by name."""
        colors = self.tag_colors()
        for annotation in self.all():
            for tag in annotation.tags:
                colors.setdefault(tag, fallback_color(tag))
        return dict(sorted(colors.items(), key=lambda kv: kv[0].casefold()))

    # --- writing -----------------------------------------------------------------------------

    def save(self, annotation: Annotation, *, touched: bool = True) -> None:
        """Insert or replace the item's annotation; an empty one is removed. ``touched=False``
        (re-homing after an import) keeps the time the member last changed it.

        Raises:
            InvalidAnnotation: a value does not fit the schema; nothing is written.
        """
        annotation.validate(self._annotations().get(annotation.anchor))
        if touched or not annotation.updated:
            annotation.updated = _now()
        self._put(annotation.anchor, None if annotation.is_empty and not annotation.orphaned else annotation)

    def restore(self, annotation: Annotation | None, anchor: str) -> None:
        """Put back an earlier state of one item's annotation exactly as it was (undo)."""
        if annotation is not None:
            annotation.validate(self._annotations().get(anchor))
        self._put(anchor, annotation)

    def _writable(self) -> None:
        if self.read_only:
            raise ReadOnlyStoreError(errno.EROFS, "the profile is open read-only")

    def _put(self, anchor: str, annotation: Annotation | None) -> None:
        self._writable()
        q = Query().anchor == anchor
        cache = self._annotations()
        if annotation is None:
            self._table_for(anchor).remove(q)
            cache.pop(anchor, None)
        else:
            self._table_for(anchor).upsert(annotation.to_dict(), q)
            cache[anchor] = copy.deepcopy(annotation)

    def set_tag_color(self, tag: str, color: str) -> None:
        problem = color_problem(tag, color)
        if problem:
            raise InvalidAnnotation(problem)
        self._writable()
        self._meta.table("tags").upsert({"name": tag, "color": color}, Query().name == tag)

    def remove_tag_color(self, tag: str) -> None:
        self._writable()
        self._meta.table("tags").remove(Query().name == tag)

    # --- re-import: finding the items again ---------------------------------------------------

    def reconcile(
        self,
        meeting_key: str,
        items: list[ItemRecord],
        earlier_keys: Iterable[str] = (),
        moves: Sequence[Sequence[Move]] = (),
    ) -> list[str]:
        """After (re)importing a meeting, move annotations to their items; returns the newly orphaned anchors.

        All matches are decided first and applied after, so a renumbering that moves notes
        onto each other's old numbers never mixes them up. Notes of an entry this meeting
        took over (``earlier_keys``) are matched as if they were the meeting's own. An
        annotation whose item is gone gets an anchor of its own (``…#orphan-…``) and waits in
        the orphan list.

        ``moves`` are the renumberings and withdrawals of the versions that arrived, oldest
        first, each found by identity (:mod:`app.model.changes`): they are followed before any
        guess from number and title, and a re-homed note keeps the time the member last touched
        it (that time says what changed since the member read the item).
        """
        by_anchor = {i.anchor: i for i in items}
        keys = {meeting_key, *earlier_keys}
        stored = [a for a in self.all() if a.meeting_key in keys]
        current = []
        for original in stored:
            annotation = copy.deepcopy(original)
            if annotation.meeting_key != meeting_key:  # same item numbers, under this meeting's key
                annotation.meeting_key = meeting_key
                annotation.anchor = f"{meeting_key}:{annotation.anchor.partition(':')[2]}"
            current.append(annotation)
        plan = [(a, self._match(a, items, by_anchor, moves)) for a in current]
        unmoved = all(o.anchor == a.anchor for o, a in zip(stored, current))
        if unmoved and all(t is not None and t.anchor == a.anchor and not a.orphaned for a, t in plan):
            return []
        for original in stored:
            self._put(original.anchor, None)
        placed: dict[str, Annotation] = {}
        orphaned: list[str] = []
        for annotation, target in plan:
            if target is None:
                if not annotation.orphaned:
                    base = annotation.anchor.split("#", 1)[0]
                    annotation.anchor = f"{base}#orphan-{uuid.uuid4().hex[:8]}"
                    annotation.orphaned = True
                    orphaned.append(annotation.anchor)
                self._put(annotation.anchor, annotation)
                continue
            annotation.anchor, annotation.meeting_key = target.anchor, target.meeting_key
            annotation.fingerprint = target.fingerprint()
            annotation.orphaned = False
            earlier = placed.get(target.anchor)
            placed[target.anchor] = _merge(earlier, annotation) if earlier else annotation
        for annotation in placed.values():
            self.save(annotation, touched=False)
        return orphaned

    @staticmethod
    def _match(
        annotation: Annotation,
        items: list[ItemRecord],
        by_anchor: dict[str, ItemRecord],
        moves: Sequence[Sequence[Move]] = (),
    ) -> ItemRecord | None:
        fp = annotation.fingerprint
        base = annotation.anchor.split("#", 1)[0]
        if not annotation.orphaned and moves:
            followed = _follow(base.partition(":")[2], fp, moves)
            if followed is not _UNMOVED:
                return by_anchor.get(f"{annotation.meeting_key}:{followed}") if followed is not None else None
        same = by_anchor.get(base)
        if same is not None and (words(same.title) == words(fp.title) or not fp.title):
            return same
        # Renumbered: the same title (or case number with a similar title) elsewhere.
        for item in items:
            if words(item.title) == words(fp.title):
                return item
        if same is not None and fp.case_number and same.case_number == fp.case_number:
            return same
        if same is not None and _similar(same.title, fp.title):
            return same
        return None

    def reattach(self, anchor: str, target: ItemRecord) -> None:
        """Give an orphaned note a home on another item (merging with what is there)."""
        annotation = self.get(anchor)
        if annotation is None:
            return
        existing = self.get(target.anchor) if target.anchor != anchor else None
        self._put(anchor, None)
        annotation.anchor, annotation.meeting_key = target.anchor, target.meeting_key
        annotation.fingerprint = target.fingerprint()
        annotation.orphaned = False
        self.save(_merge(existing, annotation) if existing is not None else annotation)

    # --- export / import ---------------------------------------------------------------------

    def export_data(self) -> dict[str, Any]:
        """The documented, versioned exchange format (see docs/user-guide.md: Annotations file)."""
        return {
            "format": EXPORT_FORMAT,
            "version": EXPORT_VERSION,
            "exported": _now(),
            "tags": [{"name": n, "color": c} for n, c in self.tags().items()],
            "annotations": [a.to_json() for a in self.all()],
        }

    def export_file(self, path: Path) -> int:
        data = self.export_data()
        atomic_write_json(path, data)
        return len(data["annotations"])

    def import_data(self, data: object) -> MergeResult:
        """Merge an export into the store: nothing duplicated, nothing lost — and all or nothing.

        Every entry is checked against the schema first (types and sizes, see
        :func:`app.model.annotation.problems`); if any fails, nothing is written and
        :class:`RejectedImport` lists exactly which entries and why.
        """
        self._writable()
        if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
            raise RejectedImport(["not a Mødemappe annotations file"])
        version = data.get("version", 0)
        if not isinstance(version, int) or version > EXPORT_VERSION:
            raise RejectedImport([f"version {str(version)[:20]}: from a newer Mødemappe"])
        rejected: list[str] = []
        tags = data.get("tags", [])
        annotations = data.get("annotations", [])
        if not isinstance(tags, list):
            rejected.append("tags: must be a list")
            tags = []
        if not isinstance(annotations, list):
            rejected.append("annotations: must be a list")
            annotations = []
        for n, tag in enumerate(tags):
            problem = color_problem(tag.get("name"), tag.get("color")) if isinstance(tag, dict) else "must be an object"
            if problem:
                rejected.append(f"tags[{n}]: {problem}")
        for n, raw in enumerate(annotations):
            found = problems(raw)
            if found:
                anchor = raw.get("anchor") if isinstance(raw, dict) and isinstance(raw.get("anchor"), str) else ""
                rejected.append(f"annotations[{n}]{' ' + anchor[:80] if anchor else ''}: {'; '.join(found)}")
        if rejected:
            raise RejectedImport(rejected)
        result = MergeResult()
        saved = self.tag_colors()
        new_colors = {t["name"]: t["color"] for t in tags if t["name"] not in saved}
        changed: dict[str, Annotation] = {}
        for raw in annotations:
            incoming = Annotation.from_dict(raw)
            existing = changed.get(incoming.anchor) or self.get(incoming.anchor)
            if existing is None:
                changed[incoming.anchor] = incoming
                result.added += 1
                continue
            merged = _merge(existing, incoming)
            if merged.to_dict() == existing.to_dict():
                result.unchanged += 1
            else:
                changed[incoming.anchor] = merged
                result.merged += 1
        self._write_batch(changed, new_colors)
        return result

    # --- one import, one commit ---------------------------------------------------------------

    def _write_batch(self, changed: dict[str, Annotation], new_colors: dict[str, str]) -> None:
        """Write many annotations at once: each touched shard once, all of them or none.

        Every new shard (and ``meta.json`` for new tag colours) is first written whole to a
        temp file and fsynced; a full disk or a kill up to here leaves the store as it was
        (the temp files are removed, or cleaned at the next start). Then a journal naming
        the renames is written atomically — the commit point — and the renames follow. A kill
        during the renames is finished at the next open (:func:`_finish_commit`), so the
        import is either wholly in or wholly out.
        """
        self._writable()
        if not changed and not new_colors:
            return
        by_shard: dict[int, list[Annotation]] = {}
        for anchor, annotation in changed.items():
            by_shard.setdefault(shard_of(anchor), []).append(annotation)
        contents: dict[Path, dict[str, Any]] = {}
        for n, group in by_shard.items():
            contents[self.folder / f"shard-{n:02d}.json"] = _with_docs(
                self._shards[n].storage.read(), "annotations", "anchor", {a.anchor: a.to_dict() for a in group}
            )
        if new_colors:
            contents[self.folder / "meta.json"] = _with_docs(
                self._meta.storage.read(), "tags", "name", {k: {"name": k, "color": v} for k, v in new_colors.items()}
            )
        staged: list[tuple[str, str]] = []
        try:
            for target, data in contents.items():
                fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.import-", suffix=".tmp", dir=self.folder)
                staged.append((tmp, str(target)))
                with os.fdopen(fd, "wb") as fh:
                    fh.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
                    fh.flush()
                    os.fsync(fh.fileno())
            atomic_write_json(self.folder / COMMIT_JOURNAL, {"renames": staged})  # the commit point
        except BaseException:
            for tmp, _target in staged:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
            raise
        _finish_commit(self.folder)
        self._reopen()

    def _reopen(self) -> None:
        """Read the shards again after a batch replaced their files (tinydb keeps its data in memory)."""
        for db in [self._meta, *self._shards]:
            db.close()
        self._meta = TinyDB(self.folder / "meta.json", storage=AtomicJSONStorage)
        self._shards = [TinyDB(self.folder / f"shard-{n:02d}.json", storage=AtomicJSONStorage) for n in range(SHARDS)]
        self._cache = None


COMMIT_JOURNAL = ".import-commit.json"


def _with_docs(data: dict[str, Any] | None, table: str, key: str, docs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """A copy of a tinydb file's data with ``docs`` upserted into ``table`` by their ``key`` field."""
    out = {name: dict(rows) for name, rows in (data or {}).items()}
    rows = out.setdefault(table, {})
    ids = {str(doc.get(key)): doc_id for doc_id, doc in rows.items() if isinstance(doc, dict)}
    next_id = max((int(i) for i in rows if str(i).isdigit()), default=0) + 1
    for value, doc in docs.items():
        doc_id = ids.get(value)
        if doc_id is None:
            doc_id, next_id = str(next_id), next_id + 1
        rows[doc_id] = doc
    return out


def _finish_commit(folder: Path) -> bool:
    """Finish the renames of a committed batch (after a kill, at the next open); True if there was one."""
    journal = folder / COMMIT_JOURNAL
    try:
        renames = json.loads(journal.read_text(encoding="utf-8"))["renames"]
    except FileNotFoundError:
        return False
    except (OSError, ValueError, KeyError, TypeError):
        journal.unlink(missing_ok=True)  # a journal that is not whole was never committed
        return False
    for tmp, target in renames:
        tmp_path, target_path = Path(tmp), Path(target)
        if tmp_path.parent != folder or target_path.parent != folder:
            continue  # never follow a journal outside the store
        with contextlib.suppress(FileNotFoundError):
            os.replace(tmp_path, target_path)
    _fsync_folder(folder)
    journal.unlink(missing_ok=True)
    return True


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


_UNMOVED = object()


def _follow(number: str, fp: ItemFingerprint, moves: Sequence[Sequence[Move]]) -> object:
    """Where the versions' moves take the item numbered ``number`` (its new number, None when it
    was withdrawn), or ``_UNMOVED``. The first move applies only to the item the note was made on
    (a similar title or the same case number), so a note placed after the versions arrived stays."""
    current: str | None = number
    first = True
    for step in moves:
        move = next((m for m in step if m.number == current), None)
        if move is None:
            continue
        if first and fp.title and not _similar(move.title, fp.title) and words(move.title) != words(fp.title):
            return _UNMOVED
        first = False
        current = move.to
        if current is None:
            return None
    return _UNMOVED if current == number else current


def _similar(a: str, b: str) -> bool:
    wa, wb = set(words(a).split()), set(words(b).split())
    return bool(wa and wb) and len(wa & wb) / max(len(wa), len(wb)) >= 0.6


def _merge(base: Annotation, other: Annotation) -> Annotation:
    """Union of two annotations of the same item: no note text and no highlight is dropped."""
    merged = Annotation.from_dict(base.to_dict())
    if other.note.strip() and other.note.strip() not in merged.note:
        merged.note = f"{merged.note.rstrip()}\n\n{other.note.strip()}".strip() if merged.note.strip() else other.note
    merged.tags = list(dict.fromkeys([*merged.tags, *other.tags]))
    if merged.follow_up.status is FollowUpStatus.NONE:
        merged.follow_up = other.follow_up
    if merged.stance is Stance.NONE:
        merged.stance = other.stance
    if other.reading.rank > merged.reading.rank:  # reading progress only goes forward
        merged.reading = other.reading
    known = {_highlight_key(h) for h in merged.highlights}
    merged.highlights += [h for h in other.highlights if _highlight_key(h) not in known]
    merged.orphaned = base.orphaned and other.orphaned
    return merged


# --- migrations ---------------------------------------------------------------------------------


def _v1_notes(notes: Iterable[Mapping[str, Any]]) -> list[Annotation]:
    """Version 1 kept plain notes ({"item_id", "text", "title", "tags"}) keyed by library item id."""
    result = []
    for doc in notes:
        item_id = str(doc.get("item_id", ""))
        if ":" not in item_id:
            continue
        meeting_id, number = item_id.rsplit(":", 1)
        meeting_key = re.sub(r"-(ref|dag)$", "", meeting_id)
        result.append(
            Annotation(
                anchor=f"{meeting_key}:{number}",
                meeting_key=meeting_key,
                fingerprint=ItemFingerprint(number, str(doc.get("title", ""))),
                note=str(doc.get("text", "")),
                tags=[str(t) for t in doc.get("tags", [])],
                updated=_now(),
            )
        )
    return result


def _highlight_key(h: Highlight) -> tuple[str | int, ...]:
    """When two highlights are the same one: the quote and where (a bilag page note: its text)."""
    return (h.quote.exact, h.quote.prefix, h.quote.suffix, h.document, h.page, "" if h.quote.exact else h.comment)
