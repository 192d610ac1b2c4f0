"""Every version of a meeting, kept: agenda, revised agenda, supplementary agenda, minutes, extracts.

The library holds one current entry per meeting; this store keeps what each document made of
the meeting when it arrived, so a member can open an earlier version read-only and see what
changed (:mod:`app.model.changes`). Layout inside the profile folder::

    library/versions/<meeting key>/index.json     the versions, oldest first (small)
    library/versions/<meeting key>/<n>.json       the meeting as it stood after version n arrived
    library/versions/<meeting key>/<n>.<ext>      a copy of the document version n came from

A version records where it came from (file name or portal meeting), when it was imported,
whether it was a complete version or an extract, which items it renumbered or withdrew
(``moves``, so notes follow their item). Its import time, against the time the member last
touched an item, answers "changed since I last read it" and "ændret efter forberedelse"
without any change to the annotation store. Every write is atomic; a damaged index reads as no
versions and the library itself is untouched.

Profiles written before versions existed (library index version 1) have no such folder: opening
one for writing marks the index version 2 (:meth:`app.storage.library.Library.migrate`, old index
kept as ``index.json.v1``), and each meeting's first version is seeded from the entry it holds
just before its next version is stored (:meth:`app.storage.library.Library.seed_versions`) —
nothing is copied at start, so a large library opens as fast as before.
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import asdict, dataclass, field
from dataclasses import fields as dataclass_fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.model import Meeting
from app.storage.atomic import atomic_write_bytes, atomic_write_json

VERSIONS_FORMAT = 1
MAX_VERSIONS = 200  # a meeting republished more often than this keeps its first and newest versions
_SAFE_KEY = re.compile(r"^[A-Za-z0-9._-]{1,120}$")

# What a version was, as stored (the window and the CLI name it in their language).
LABELS = ("agenda", "revised-agenda", "supplement", "minutes", "revised-minutes", "extract", "item")


@dataclass
class Move:
    """An item of the previous version that now has another number, or none (withdrawn)."""

    number: str
    title: str
    to: str | None


@dataclass
class Version:
    """One version of a meeting."""

    number: int  # 1, 2, 3 … in the order they arrived
    meeting_id: str  # the library entry it became or updated
    document_type: str  # dagsorden | referat
    label: str  # one of LABELS
    kind: str  # "complete" (replaced the meeting) or "extract" (added or updated items)
    source_name: str  # the file's name, or the portal meeting it came from
    source_file: str  # the copy in this version's folder ("" when none was kept)
    sha256: str
    imported_at: str  # ISO 8601, UTC
    moves: list[Move] = field(default_factory=list)
    settled: bool = True  # its moves were applied to the member's notes (False until they are)
    changes: list[str] = field(default_factory=list)  # what it changed: "decided:3", "withdrawn:7" … (the tree's Δ)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Version:
        known = {f.name for f in dataclass_fields(cls)} - {"moves"}
        moves = [Move(str(m["number"]), str(m.get("title", "")), m.get("to")) for m in data.get("moves", [])]
        return cls(moves=moves, **{k: v for k, v in data.items() if k in known})


def now() -> str:
    """Microseconds: an annotation's time has whole seconds, so a version that arrived in the same
    second as the member's last touch counts as arrived after it (its change is shown)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


class VersionStore:
    """The versions of every meeting in one profile's library."""

    def __init__(self, library_root: Path) -> None:
        self.root = Path(library_root) / "versions"

    def folder(self, meeting_key: str) -> Path:
        if not _SAFE_KEY.match(meeting_key):
            raise ValueError(f"not a meeting key: {meeting_key[:40]!r}")
        return self.root / meeting_key

    def has(self, meeting_key: str) -> bool:
        return (self.folder(meeting_key) / "index.json").exists()

    def versions(self, meeting_key: str) -> list[Version]:
        """The meeting's versions, oldest first ([] when none are stored or the index is damaged)."""
        try:
            data = json.loads((self.folder(meeting_key) / "index.json").read_text(encoding="utf-8"))
            return [Version.from_dict(v) for v in data.get("versions", [])]
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return []

    def meeting(self, meeting_key: str, number: int) -> Meeting | None:
        """The meeting as it stood after version ``number`` arrived (None if not kept)."""
        try:
            data = json.loads((self.folder(meeting_key) / f"{int(number)}.json").read_text(encoding="utf-8"))
            return Meeting.from_dict(data["meeting"])
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None

    def source_path(self, meeting_key: str, version: Version) -> Path | None:
        path = self.folder(meeting_key) / version.source_file if version.source_file else None
        return path if path is not None and path.is_file() else None

    def add(
        self,
        meeting_key: str,
        meeting: Meeting,
        *,
        meeting_id: str,
        label: str,
        kind: str,
        source_name: str,
        data: bytes | None = None,
        moves: list[Move] | None = None,
        imported_at: str | None = None,
        changes: list[str] | None = None,
    ) -> Version:
        """Store a new version: the meeting as it now stands, and a copy of the document."""
        folder = self.folder(meeting_key)
        versions = self.versions(meeting_key)
        number = (versions[-1].number + 1) if versions else 1
        suffix = Path(source_name).suffix.lower()
        suffix = suffix if re.fullmatch(r"\.[a-z0-9]{1,8}", suffix) else ".bin"
        source_file = f"{number}{suffix}" if data is not None else ""
        if data is not None:
            atomic_write_bytes(folder / source_file, data)
        atomic_write_json(folder / f"{number}.json", {"format": VERSIONS_FORMAT, "meeting": meeting.to_dict()})
        version = Version(
            number=number, meeting_id=meeting_id, document_type=meeting.document_type, label=label, kind=kind,
            source_name=Path(source_name).name, source_file=source_file,
            sha256=meeting.source.sha256 if meeting.source else "", imported_at=imported_at or now(),
            moves=list(moves or []), settled=not moves, changes=list(changes or []),
        )  # fmt: skip
        versions.append(version)
        self._prune(meeting_key, versions)
        self._save(meeting_key, versions)
        return version

    def unsettled(self, meeting_key: str) -> list[Version]:
        """Versions whose renumbering and withdrawals the notes have not followed yet, oldest first."""
        return [v for v in self.versions(meeting_key) if not v.settled]

    def mark_settled(self, meeting_key: str) -> None:
        versions = self.versions(meeting_key)
        if any(not v.settled for v in versions):
            for version in versions:
                version.settled = True
            self._save(meeting_key, versions)

    def remove(self, meeting_key: str) -> None:
        """Forget every version of a meeting (the member removed it from the library)."""
        shutil.rmtree(self.folder(meeting_key), ignore_errors=True)

    def rename(self, old_key: str, new_key: str) -> None:
        """A meeting got a better key (its municipality became known): its versions go with it."""
        if old_key == new_key or not self.folder(old_key).exists():
            return
        if not self.folder(new_key).exists():
            self.folder(new_key).parent.mkdir(parents=True, exist_ok=True)
            self.folder(old_key).rename(self.folder(new_key))

    def _prune(self, meeting_key: str, versions: list[Version]) -> None:
        while len(versions) > MAX_VERSIONS:
            gone = versions.pop(1)
            folder = self.folder(meeting_key)
            (folder / f"{gone.number}.json").unlink(missing_ok=True)
            if gone.source_file:
                (folder / gone.source_file).unlink(missing_ok=True)

    def _save(self, meeting_key: str, versions: list[Version]) -> None:
        atomic_write_json(
            self.folder(meeting_key) / "index.json",
            {"format": VERSIONS_FORMAT, "versions": [v.to_dict() for v in versions]},
        )


def label_for(meeting: Meeting, previous: Version | None, kind: str, adds: bool = False) -> str:
    """What a new version is called: agenda, revised agenda, supplement (an extract that brings new
    items to an agenda), minutes, extract, one item."""
    if kind == "extract":
        if adds and meeting.document_type == "dagsorden":
            return "supplement"
        return "item" if len(meeting.items) == 1 else "extract"
    if meeting.document_type == "referat":
        return "revised-minutes" if previous is not None and previous.document_type == "referat" else "minutes"
    return "revised-agenda" if previous is not None else "agenda"


def imported_time(path: Path) -> str:
    """When an entry written by an older release was imported, as well as the disk can tell."""
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC).isoformat(timespec="seconds")
    except OSError:
        return now()
