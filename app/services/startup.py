"""Opening a profile so that no store problem ends the app: the read-only fallback.

Whatever opening the library, the annotation store, the bilag store or the search index
raises — a damaged file, a value the code never expected, a bug — the window still starts:
read-only, with the banner naming the file and the cause in one sentence and the newest
backup of the notes. The command line says the same in one line and exits with
:data:`EXIT_STORE_UNREADABLE` (docs/upgrading.md lists every exit code).

A store that failed is replaced by an empty stand-in that never reads the profile again, and
nothing is written: the member's files stay exactly as they were for the next version, the
restore, or a bug report.
"""

from __future__ import annotations

import logging
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from app.search.index import SearchIndex
from app.services.library.bilag import bilag_store
from app.services.workspace import Workspace
from app.storage.annotations import AnnotationStore
from app.storage.profile_lock import ProfileLock, ProfileLockedError

log = logging.getLogger(__name__)

EXIT_STORE_UNREADABLE = 5


class StoreKind(str, Enum):
    """The stores a profile holds, each with the file (or folder) the member can look at."""

    LIBRARY = "library"
    ANNOTATIONS = "annotations"
    BILAG = "bilag"
    SEARCH = "search"

    @property
    def relative_path(self) -> str:
        return {"library": "library/index.json", "annotations": "annotations", "bilag": "bilag/index.json",
                "search": "search.sqlite"}[self.value]  # fmt: skip

    @property
    def label(self) -> str:
        """English, for the command line (the window has its own translated labels)."""
        return {"library": "library", "annotations": "notes", "bilag": "bilag index",
                "search": "search index"}[self.value]  # fmt: skip


@dataclass(frozen=True)
class StoreProblem:
    """One store that could not be opened: which, its file, the cause, and the newest backup of the notes."""

    kind: StoreKind
    path: Path
    cause: str
    backup: Path | None

    def sentence(self) -> str:
        """The command line's one line."""
        line = f"{self.path}: the {self.kind.label} could not be opened ({self.cause})"
        if self.backup is not None:
            line += f"; the newest backup of your notes is {self.backup}"
            if self.kind is StoreKind.ANNOTATIONS:
                line += " (`main.py annotations restore` puts it back)"
        return line


class StoreUnreadableError(Exception):
    """A command found a store it cannot open; ``problem`` says which and why."""

    def __init__(self, problem: StoreProblem) -> None:
        super().__init__(problem.sentence())
        self.problem = problem


def cause_of(err: BaseException) -> str:
    """The exception as one short line: its kind and its message (never a traceback)."""
    text = " ".join(str(err).split())
    text = text if len(text) <= 160 else text[:159] + "…"
    return f"{type(err).__name__}: {text}" if text else type(err).__name__


def newest_backup(profile: Path) -> Path | None:
    """The newest readable backup of the notes (a kept one first), without opening the store."""
    try:
        return AnnotationStore(profile, open_files=False).newest_backup()
    except Exception:  # the backups folder itself cannot be read: there is none to offer
        return None


def _problem(kind: StoreKind, profile: Path, err: BaseException) -> StoreProblem:
    log.info("opening %s failed", kind.value, exc_info=err)  # for a bug report; the member sees one line
    return StoreProblem(kind, profile / kind.relative_path, cause_of(err), newest_backup(profile))


def _open_bilag(workspace: Workspace) -> None:
    bilag_store(workspace.profile).load()


def _open_search(workspace: Workspace) -> None:
    path = workspace.profile / "search.sqlite"
    if path.exists():  # none yet: the window builds it; a reading command writes nothing
        SearchIndex(path).close()


def _open_annotations(workspace: Workspace) -> None:
    workspace.store.all()


def open_workspace(profile: Path, *, writer: bool = True) -> tuple[Workspace, StoreProblem | None]:
    """Open ``profile`` and every store in it; a store that raises gives a read-only workspace and its problem.

    Raises:
        ProfileLockedError: another Mødemappe is writing this profile (not a store problem).
    """
    profile = Path(profile)
    try:
        workspace = Workspace(profile, writer=writer)
    except ProfileLockedError:
        raise
    except Exception as err:
        problem = _problem(StoreKind.LIBRARY, profile, err)
        return _read_only(profile, problem), problem
    checks: list[tuple[StoreKind, Callable[[Workspace], None]]] = [
        (StoreKind.ANNOTATIONS, _open_annotations), (StoreKind.BILAG, _open_bilag), (StoreKind.SEARCH, _open_search),
    ]  # fmt: skip
    for kind, check in checks:
        try:
            check(workspace)
        except Exception as err:
            problem = _problem(kind, profile, err)
            workspace.close()
            return _read_only(profile, problem), problem
    return workspace, None


def _read_only(profile: Path, problem: StoreProblem) -> Workspace:
    """The profile for reading only, the failed store (library or notes) replaced by an empty stand-in."""
    stand_in = frozenset({problem.kind.value}) & {StoreKind.LIBRARY.value, StoreKind.ANNOTATIONS.value}
    workspace = Workspace(profile, writer=False, stand_in=stand_in)
    try:
        workspace.store.all()
    except Exception as err:  # the notes fail too (read-only this time): show none rather than nothing at all
        log.info("opening annotations read-only failed", exc_info=err)
        workspace.close()
        workspace = Workspace(profile, writer=False, stand_in=stand_in | {StoreKind.ANNOTATIONS.value})
    return workspace


def put_back_notes(profile: Path) -> Path:
    """Put the newest backup of the notes back in place of notes that cannot be opened at all.

    The unreadable ``annotations/`` folder is never deleted: it is renamed
    ``annotations.unreadable-<time>`` beside it, for a later look or a bug report. The backup
    is copied under a temporary name first and only then renamed into place, and the result is
    opened before this returns; if it does not open, the unreadable folder goes back as it was.

    Returns:
        The backup that was put back.

    Raises:
        ProfileLockedError: another Mødemappe is writing this profile.
        FileNotFoundError: there is no readable backup of the notes.
        OSError: the folders could not be copied or renamed (nothing was changed then).
    """
    profile = Path(profile)
    backup = newest_backup(profile)
    if backup is None:
        raise FileNotFoundError("no readable backup of the notes")
    with ProfileLock(profile):
        current = profile / "annotations"
        incoming = profile / f"annotations.restoring-{int(time.time())}"
        shutil.rmtree(incoming, ignore_errors=True)
        shutil.copytree(backup, incoming, ignore=shutil.ignore_patterns("*.corrupt-*", "*.tmp"))
        aside = profile / time.strftime("annotations.unreadable-%Y%m%d-%H%M%S")
        if current.exists():
            current.rename(aside)
        incoming.rename(current)
        try:
            store = AnnotationStore(profile, take_backup=False)
            store.all()
            store.close()
        except Exception:
            shutil.rmtree(current, ignore_errors=True)
            if aside.exists():
                aside.rename(current)
            raise
    log.info("notes put back from %s; the unreadable ones kept as %s", backup, aside.name)
    return backup
