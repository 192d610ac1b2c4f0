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

import json
import re
import shutil
import tempfile
import uuid
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from tinydb import Query, TinyDB

from app.model.annotation import (
    Annotation,
    FollowUp,
    FollowUpStatus,
    Highlight,
    ItemFingerprint,
    ReadingState,
    Stance,
    TextQuote,
)
from app.storage.atomic import atomic_write_json
from app.storage.atomic_storage import AtomicJSONStorage, CorruptStoreError

SCHEMA_VERSION = 3
EXPORT_FORMAT = "moedemappe-annotations"
EXPORT_VERSION = 1
KEEP_RECENT_BACKUPS = 10
KEEP_DAILY_BACKUPS = 7
TAG_COLORS = ["#1e88e5", "#43a047", "#e53935", "#8e24aa", "#fb8c00", "#00897b", "#6d4c41", "#3949ab"]


@dataclass
class ItemRef:
    """An item as the library knows it now (used to re-anchor annotations after an import)."""

    anchor: str
    meeting_key: str
    number: str
    title: str
    case_number: str | None = None


@dataclass
class OpenReport:
    """What happened when the store was opened (the UI tells the user about it)."""

    moved_aside: Path | None = None
    newest_backup: Path | None = None
    migrated_from: int | None = None


@dataclass
class MergeResult:
    added: int = 0
    merged: int = 0
    unchanged: int = 0
    skipped: list[str] = field(default_factory=list)


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def _fold(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()


SHARDS = 32


def shard_of(anchor: str) -> int:
    return zlib.crc32(anchor.encode("utf-8")) % SHARDS


class AnnotationStore:
    """All annotations of one profile. Not thread-safe: one owner (the annotation service)."""

    def __init__(self, profile: Path, *, take_backup: bool = True) -> None:
        self.profile = Path(profile)
        self.folder = self.profile / "annotations"
        self.backup_dir = self.profile / "backups"
        self.report = OpenReport()
        self._meta: TinyDB
        self._shards: list[TinyDB] = []
        self._open()
        if take_backup:
            self.backup()

    # --- opening, migrations, backups --------------------------------------------------------

    def _open_db(self, path: Path) -> TinyDB:
        db = TinyDB(path, storage=AtomicJSONStorage)
        try:
            db.tables()  # reads (and validates) the file
        except CorruptStoreError:
            db.close()
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            aside = path.with_name(f"{path.stem}.corrupt-{stamp}.json")
            path.replace(aside)
            self.report.moved_aside = aside
            self.report.newest_backup = self.newest_backup()
            db = TinyDB(path, storage=AtomicJSONStorage)
        return db

    def _open(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        self._meta = self._open_db(self.folder / "meta.json")
        self._shards = [self._open_db(self.folder / f"shard-{n:02d}.json") for n in range(SHARDS)]
        legacy = self.profile / "annotations.json"  # version 1 kept everything in one file
        version = self._version()
        if legacy.exists():
            self.report.migrated_from = 1
            self._migrate_legacy(legacy)
        elif version == 0:
            self._set_version(SCHEMA_VERSION)
        elif version < SCHEMA_VERSION:
            self.report.migrated_from = version
            for step in range(version, SCHEMA_VERSION):
                self._backup_as(f"before-v{step + 1}")
                MIGRATIONS[step](self)
                self._set_version(step + 1)

    def _version(self) -> int:
        meta = self._meta.table("_meta").all()
        return int(meta[0].get("schema_version", 0)) if meta else 0

    def _set_version(self, version: int) -> None:
        table = self._meta.table("_meta")
        table.truncate()
        table.insert({"schema_version": version})

    def _migrate_legacy(self, legacy: Path) -> None:
        """Version 1 → 2: one tinydb file with a ``notes`` table → sharded annotations."""
        self.backup_dir.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        shutil.copy2(legacy, self.backup_dir / f"annotations-before-v2-{stamp}.json")
        old = TinyDB(legacy, storage=AtomicJSONStorage)
        try:
            notes = old.table("notes").all()
        except CorruptStoreError:
            notes = []
        finally:
            old.close()
        for annotation in _v1_notes(notes):
            self._table_for(annotation.anchor).insert(annotation.to_dict())
        self._set_version(SCHEMA_VERSION)
        legacy.replace(legacy.with_name("annotations.v1-migrated.json"))

    def _backup_as(self, label: str) -> Path:
        self.backup_dir.mkdir(parents=True, exist_ok=True)
        target = self.backup_dir / f"annotations-{label}-{datetime.now().strftime('%Y%m%d-%H%M%S-%f')}"
        shutil.copytree(self.folder, target)
        return target

    def backup(self) -> Path | None:
        """A rolling backup — a copy of the folder (each file is always whole, being replaced
        atomically): the last 10, plus the newest of each day for a week."""
        if not any(p.stat().st_size > 2 for p in self.folder.glob("shard-*.json")):
            return None
        self.backup_dir.mkdir(parents=True, exist_ok=True)
        target = self.backup_dir / f"annotations-{datetime.now().strftime('%Y%m%d-%H%M%S-%f')}"
        shutil.copytree(self.folder, target, ignore=shutil.ignore_patterns("*.corrupt-*", ".*.tmp"))
        self._prune_backups()
        return target

    def _rolling(self) -> list[Path]:
        return sorted(p for p in self.backup_dir.glob("annotations-2*") if p.is_dir())

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
        """The newest backup whose files can all be read back."""
        for path in reversed(self._rolling()):
            try:
                for file in path.glob("*.json"):
                    data = json.loads(file.read_text(encoding="utf-8") or "{}")
                    if not isinstance(data, dict):
                        raise ValueError(file.name)
            except (OSError, ValueError):
                continue
            return path
        return None

    def restore_backup(self, backup: Path) -> MergeResult:
        """Merge a backup back in: notes written since are kept, lost ones come back."""
        with tempfile.TemporaryDirectory() as tmp:
            shutil.copytree(backup, Path(tmp) / "annotations")
            old = AnnotationStore(Path(tmp), take_backup=False)
            data = old.export_data()
            old.close()
        return self.import_data(data)

    def close(self) -> None:
        for db in [self._meta, *self._shards]:
            db.close()

    # --- reading -----------------------------------------------------------------------------

    def _table_for(self, anchor: str):  # type: ignore[no-untyped-def]
        return self._shards[shard_of(anchor)].table("annotations")

    def _all_docs(self) -> list[dict[str, Any]]:
        return [doc for db in self._shards for doc in db.table("annotations").all()]

    def get(self, anchor: str) -> Annotation | None:
        docs = self._table_for(anchor).search(Query().anchor == anchor)
        return Annotation.from_dict(docs[0]) if docs else None

    def all(self) -> list[Annotation]:
        return [Annotation.from_dict(d) for d in self._all_docs()]

    def orphans(self) -> list[Annotation]:
        return [a for a in self.all() if a.orphaned]

    def tags(self) -> dict[str, str]:
        """Every tag in use or with a colour, with its colour."""
        colors = {d["name"]: d["color"] for d in self._meta.table("tags").all()}
        for annotation in self.all():
            for tag in annotation.tags:
                colors.setdefault(tag, TAG_COLORS[len(colors) % len(TAG_COLORS)])
        return dict(sorted(colors.items(), key=lambda kv: kv[0].casefold()))

    # --- writing -----------------------------------------------------------------------------

    def save(self, annotation: Annotation) -> None:
        """Insert or replace the item's annotation; an empty one is removed."""
        annotation.updated = _now()
        q = Query().anchor == annotation.anchor
        table = self._table_for(annotation.anchor)
        if annotation.is_empty and not annotation.orphaned:
            table.remove(q)
        else:
            table.upsert(annotation.to_dict(), q)

    def edit(self, ref: ItemRef, change: Callable[[Annotation], None]) -> Annotation:
        """Load (or start) the item's annotation, apply ``change``, save it. Returns the result."""
        annotation = self.get(ref.anchor) or Annotation(
            anchor=ref.anchor,
            meeting_key=ref.meeting_key,
            fingerprint=ItemFingerprint(ref.number, ref.title, ref.case_number),
        )
        annotation.fingerprint = ItemFingerprint(ref.number, ref.title, ref.case_number)
        change(annotation)
        self.save(annotation)
        return annotation

    def set_note(self, ref: ItemRef, text: str) -> Annotation:
        return self.edit(ref, lambda a: setattr(a, "note", text))

    def set_stance(self, ref: ItemRef, stance: Stance) -> Annotation:
        return self.edit(ref, lambda a: setattr(a, "stance", stance))

    def set_follow_up(self, ref: ItemRef, follow_up: FollowUp) -> Annotation:
        return self.edit(ref, lambda a: setattr(a, "follow_up", follow_up))

    def set_reading(self, ref: ItemRef, state: ReadingState) -> Annotation:
        return self.edit(ref, lambda a: setattr(a, "reading", state))

    def add_tag(self, ref: ItemRef, tag: str) -> Annotation:
        tag = " ".join(tag.split())

        def change(a: Annotation) -> None:
            if tag and tag.casefold() not in (t.casefold() for t in a.tags):
                a.tags.append(tag)

        result = self.edit(ref, change)
        self._ensure_tag_color(tag)
        return result

    def remove_tag(self, ref: ItemRef, tag: str) -> Annotation:
        return self.edit(ref, lambda a: setattr(a, "tags", [t for t in a.tags if t != tag]))

    def _ensure_tag_color(self, tag: str) -> None:
        table = self._meta.table("tags")
        if tag and not table.search(Query().name == tag):
            table.insert({"name": tag, "color": TAG_COLORS[len(table) % len(TAG_COLORS)]})

    def set_tag_color(self, tag: str, color: str) -> None:
        self._meta.table("tags").upsert({"name": tag, "color": color}, Query().name == tag)

    def rename_tag(self, old: str, new: str) -> int:
        """Rename a tag on every item (merging with ``new`` where both are present)."""
        new = " ".join(new.split())
        changed = 0
        for doc in [d for d in self._all_docs() if old in d.get("tags", [])]:
            annotation = Annotation.from_dict(doc)
            tags = [new if t == old else t for t in annotation.tags]
            annotation.tags = list(dict.fromkeys(tags))
            self.save(annotation)
            changed += 1
        tags = self._meta.table("tags")
        color = next((d["color"] for d in tags.search(Query().name == old)), None)
        tags.remove(Query().name == old)
        if color and not tags.search(Query().name == new):
            tags.insert({"name": new, "color": color})
        return changed

    def add_highlight(self, ref: ItemRef, quote: TextQuote, color: str = "#fff176", comment: str = "") -> Highlight:
        highlight = Highlight(uuid.uuid4().hex[:12], quote, color, comment, _now())
        self.edit(ref, lambda a: a.highlights.append(highlight))
        return highlight

    def remove_highlight(self, ref: ItemRef, highlight_id: str) -> Annotation:
        def change(a: Annotation) -> None:
            a.highlights = [h for h in a.highlights if h.highlight_id != highlight_id]

        return self.edit(ref, change)

    def restore(self, annotation: Annotation | None, anchor: str) -> None:
        """Put back an earlier state of one item's annotation (undo)."""
        if annotation is None:
            self._table_for(anchor).remove(Query().anchor == anchor)
        else:
            self._table_for(anchor).upsert(annotation.to_dict(), Query().anchor == anchor)

    # --- re-import: finding the items again ---------------------------------------------------

    def reconcile(self, meeting_key: str, items: list[ItemRef]) -> list[str]:
        """After (re)importing a meeting, move annotations to their items; returns orphaned anchors.

        All matches are decided first and applied after, so a renumbering that moves notes
        onto each other's old numbers never mixes them up. An annotation whose item is gone
        gets an anchor of its own (``…#orphan-…``) and waits in the orphan list.
        """
        by_anchor = {i.anchor: i for i in items}
        current = [Annotation.from_dict(d) for d in self._all_docs() if d.get("meeting_key") == meeting_key]
        plan = [(a, self._match(a, items, by_anchor)) for a in current]
        if all(target is not None and target.anchor == a.anchor and not a.orphaned for a, target in plan):
            return []
        for annotation, _target in plan:
            self._table_for(annotation.anchor).remove(Query().anchor == annotation.anchor)
        placed: dict[str, Annotation] = {}
        orphaned: list[str] = []
        for annotation, target in plan:
            if target is None:
                if not annotation.orphaned:
                    base = annotation.anchor.split("#", 1)[0]
                    annotation.anchor = f"{base}#orphan-{uuid.uuid4().hex[:8]}"
                    annotation.orphaned = True
                orphaned.append(annotation.anchor)
                self._table_for(annotation.anchor).insert(annotation.to_dict())
                continue
            annotation.anchor, annotation.meeting_key = target.anchor, target.meeting_key
            annotation.fingerprint = ItemFingerprint(target.number, target.title, target.case_number)
            annotation.orphaned = False
            earlier = placed.get(target.anchor)
            placed[target.anchor] = _merge(earlier, annotation) if earlier else annotation
        for annotation in placed.values():
            self.save(annotation)
        return orphaned

    @staticmethod
    def _match(annotation: Annotation, items: list[ItemRef], by_anchor: dict[str, ItemRef]) -> ItemRef | None:
        fp = annotation.fingerprint
        same = by_anchor.get(annotation.anchor.split("#", 1)[0])
        if same is not None and (_fold(same.title) == _fold(fp.title) or not fp.title):
            return same
        # Renumbered: the same title (or case number with a similar title) elsewhere.
        for item in items:
            if _fold(item.title) == _fold(fp.title):
                return item
        if same is not None and fp.case_number and same.case_number == fp.case_number:
            return same
        if same is not None and _similar(same.title, fp.title):
            return same
        return None

    def reattach(self, anchor: str, target: ItemRef) -> None:
        """Give an orphaned note a home on another item (merging with what is there)."""
        annotation = self.get(anchor)
        if annotation is None:
            return
        existing = self.get(target.anchor) if target.anchor != anchor else None
        self._table_for(anchor).remove(Query().anchor == anchor)
        annotation.anchor, annotation.meeting_key = target.anchor, target.meeting_key
        annotation.fingerprint = ItemFingerprint(target.number, target.title, target.case_number)
        annotation.orphaned = False
        self.save(_merge(existing, annotation) if existing is not None else annotation)

    # --- export / import ---------------------------------------------------------------------

    def export_data(self) -> dict[str, Any]:
        """The documented, versioned exchange format (see README: Annotations file)."""
        return {
            "format": EXPORT_FORMAT,
            "version": EXPORT_VERSION,
            "exported": _now(),
            "tags": [{"name": n, "color": c} for n, c in self.tags().items()],
            "annotations": [a.to_dict() for a in self.all()],
        }

    def export_file(self, path: Path) -> int:
        data = self.export_data()
        atomic_write_json(path, data)
        return len(data["annotations"])

    def import_data(self, data: dict[str, Any]) -> MergeResult:
        """Merge an export into the store: nothing duplicated, nothing lost."""
        if data.get("format") != EXPORT_FORMAT or int(data.get("version", 0)) > EXPORT_VERSION:
            raise ValueError("not a Mødemappe annotations file (or from a newer version)")
        result = MergeResult()
        for tag in data.get("tags", []):
            if not self._meta.table("tags").search(Query().name == tag["name"]):
                self.set_tag_color(tag["name"], tag["color"])
        for raw in data.get("annotations", []):
            try:
                incoming = Annotation.from_dict(raw)
            except (KeyError, TypeError, ValueError):
                result.skipped.append(str(raw.get("anchor", "?")) if isinstance(raw, dict) else "?")
                continue
            existing = self.get(incoming.anchor)
            if existing is None:
                self._table_for(incoming.anchor).insert(incoming.to_dict())
                result.added += 1
                continue
            merged = _merge(existing, incoming)
            if merged.to_dict() == existing.to_dict():
                result.unchanged += 1
            else:
                self._table_for(incoming.anchor).upsert(merged.to_dict(), Query().anchor == incoming.anchor)
                result.merged += 1
        return result

    def export_markdown(self, describe: Callable[[Annotation], tuple[str, str]]) -> str:
        """Notes as Markdown, grouped by meeting; ``describe`` gives (meeting heading, item heading)."""
        lines = ["# Mødemappe — mine noter", ""]
        groups: dict[str, list[tuple[str, Annotation]]] = {}
        for annotation in sorted(self.all(), key=lambda a: a.anchor):
            meeting, item = describe(annotation)
            groups.setdefault(meeting, []).append((item, annotation))
        for meeting, entries in groups.items():
            lines += [f"## {meeting}", ""]
            for item, a in entries:
                lines += [f"### {item}", ""]
                if a.stance is not Stance.NONE:
                    lines.append(f"- Holdning: {STANCE_DA[a.stance]}")
                if a.tags:
                    lines.append("- Tags: " + ", ".join(a.tags))
                if a.follow_up.status is not FollowUpStatus.NONE:
                    due = f" (frist {a.follow_up.due})" if a.follow_up.due else ""
                    state = "åben" if a.follow_up.status is FollowUpStatus.OPEN else "færdig"
                    lines.append(f"- Opfølgning: {state}{due} {a.follow_up.text}".rstrip())
                if a.note.strip():
                    lines += ["", a.note.strip()]
                for h in a.highlights:
                    comment = f" — {h.comment}" if h.comment else ""
                    lines.append(f"> {h.quote.exact}{comment}")
                lines.append("")
        return "\n".join(lines)


STANCE_DA = {Stance.FOR: "for", Stance.AGAINST: "imod", Stance.UNDECIDED: "i tvivl", Stance.NONE: "ingen"}


def _similar(a: str, b: str) -> bool:
    wa, wb = set(_fold(a).split()), set(_fold(b).split())
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
    known = {(h.quote.exact, h.quote.prefix, h.quote.suffix) for h in merged.highlights}
    merged.highlights += [h for h in other.highlights if (h.quote.exact, h.quote.prefix, h.quote.suffix) not in known]
    if other.reading.rank > merged.reading.rank:
        merged.reading = other.reading
    merged.orphaned = base.orphaned and other.orphaned
    return merged


# --- migrations ---------------------------------------------------------------------------------


def _v1_notes(notes: list[dict[str, Any]]) -> list[Annotation]:
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


def _v2_to_v3(store: AnnotationStore) -> None:
    """Version 3 adds the reading state (unread/read/prepared); a version 2 record has none,
    which reads as unread, so no record needs rewriting."""


# MIGRATIONS[n] turns schema version n into n + 1 on an opened store (3 is current; the move
# from version 1, a single file, is done by ``_migrate_legacy``).
MIGRATIONS: list[Callable[[AnnotationStore], None]] = [lambda store: None, lambda store: None, _v2_to_v3]


def quote_for(text: str, start: int, end: int, context: int = 32) -> TextQuote:
    """The TextQuoteSelector for ``text[start:end]``."""
    return TextQuote(text[start:end], text[max(0, start - context) : start], text[end : end + context])


def locate(text: str, quote: TextQuote) -> tuple[int, int] | None:
    """Where a quote is in ``text`` now: the occurrence whose context matches best, or None."""
    if not quote.exact:
        return None
    best: tuple[int, int] | None = None
    position = text.find(quote.exact)
    while position != -1:
        before = text[max(0, position - len(quote.prefix)) : position]
        after = text[position + len(quote.exact) : position + len(quote.exact) + len(quote.suffix)]
        score = _common_suffix(before, quote.prefix) + _common_prefix(after, quote.suffix)
        if best is None or score > best[1]:
            best = (position, score)
        position = text.find(quote.exact, position + 1)
    if best is None:
        return None
    return best[0], best[0] + len(quote.exact)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])
