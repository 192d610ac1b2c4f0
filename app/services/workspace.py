"""Opening a profile, the one way: lock, library, annotation store, settings, annotation service.

The window (``app.ui.launch``) and every command-line command that writes open their profile
here, so each of them takes the profile's writer lock first: while the window is open, a
writing command says so in one line and changes nothing (and the other way round). Commands
that only read (``list``, ``search``, ``export-briefing``) open it without the lock.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from app.services.damage import StoreDamage, bilag_damage
from app.storage.annotations import AnnotationStore, OpenReport
from app.storage.identity import ItemRecord, number_json
from app.storage.library import DamagedMeetingFile, Library, MeetingRecord
from app.storage.profile_lock import ProfileLock, ProfileLockedError

if TYPE_CHECKING:
    from app.services.notes.annotations import AnnotationService
    from app.services.settings import Settings

# The window names the library's types through this door, never through storage itself.
__all__ = ["DamagedMeetingFile", "ItemRecord", "Library", "MeetingRecord", "ProfileLockedError", "Workspace", "listing"]


def listing(library: Library) -> list[dict[str, object]]:
    """The library as ``list --json`` prints it: meetings with ids, items with ids, numbers and titles."""
    return [
        {
            "id": r.meeting_id,
            "committee": r.committee,
            "municipality": r.municipality,
            "date": r.date,
            "document_type": r.document_type,
            "items": [{"id": i.item_id, "number": number_json(i.number), "title": i.title} for i in r.items],
        }
        for r in library.meetings()
    ]


def clean_leftovers(profile: Path) -> int:
    """What killed processes left in the profile: import scratch folders of dead imports, and the
    half-written temp files of interrupted atomic writes (``.index.json.*.tmp``,
    ``.portal.json.*.tmp`` …, older than a minute). Only the writer cleans; returns how many."""
    from app.services.library.bilag import clean_scratch
    from app.storage.annotations import remove_stale_temp_files

    removed = clean_scratch(profile)
    for folder in (profile, profile / "library", profile / "library" / "meetings", profile / "bilag",
                   profile / "bilag" / "files"):  # fmt: skip
        removed += remove_stale_temp_files(folder)
    return removed


class Workspace:
    """One open profile. Use as a context manager, or call :meth:`close`."""

    def __init__(self, profile: Path, *, writer: bool = True, backup: bool | None = None,
                 stand_in: frozenset[str] = frozenset()) -> None:  # fmt: skip
        """Open ``profile``; a writer takes the lock first.

        ``stand_in`` names stores ("library", "annotations") that could not be opened: each is
        replaced by an empty one that never reads the profile (see :mod:`app.services.startup`).

        Raises:
            ProfileLockedError: another Mødemappe (window or command) is writing this profile.
        """
        self.profile = Path(profile)
        self.profile.mkdir(parents=True, exist_ok=True)
        self.writer = writer
        self.lock: ProfileLock | None = None
        if writer:
            self.lock = ProfileLock(self.profile)
            self.lock.acquire()
        try:
            self.stand_in = stand_in
            if writer:
                clean_leftovers(self.profile)
            self.library = Library(self.profile, read_index="library" not in stand_in)
            if writer and self.library.needs_migration:
                self.library.migrate()  # a library of an older release: each meeting gets its first version
            self._store: AnnotationStore | None = None
            self._backup = writer if backup is None else backup
            self._annotations: AnnotationService | None = None
            self._settings: Settings | None = None
            self.store_report: OpenReport | None = None
            # A damaged bilag index: a writer keeps it aside (and puts its backup back), a reader
            # only reads; either way it is said, never "no bilag" in silence.
            self.damage: list[StoreDamage] = []
            self.note_damage(bilag_damage(self.profile, writer=writer))
        except BaseException:
            self.close()
            raise

    def note_damage(self, damage: StoreDamage | None) -> None:
        """Remember a damaged store this command or window came across (reported once, at the end or at start)."""
        if damage is not None and damage not in self.damage:
            self.damage.append(damage)

    @property
    def store(self) -> AnnotationStore:
        """The annotation store, opened on first use (a rolling backup is taken when writing)."""
        if self._store is None:
            # A reader writes nothing, not even to move a damaged file aside (the writer does that).
            self._store = AnnotationStore(self.profile, take_backup=self._backup, read_only=not self.writer,
                                          open_files="annotations" not in self.stand_in)  # fmt: skip
            self.store_report = self._store.report  # outlives close(): the CLI reports damage afterwards
        return self._store

    @property
    def annotations(self) -> AnnotationService:
        """The undoable annotation service the window uses (Qt)."""
        if self._annotations is None:
            from app.services.notes.annotations import AnnotationService

            self._annotations = AnnotationService(self.store, self.library)
        return self._annotations

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            from app.services.settings import Settings

            self._settings = Settings(self.profile)
        return self._settings

    def close(self) -> None:
        store: AnnotationStore | None = getattr(self, "_store", None)  # None also when __init__ failed early
        if store is not None:
            store.close()
            self._store = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        self.close()
