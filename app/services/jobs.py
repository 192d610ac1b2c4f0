"""Background jobs that run in a separate process (Qt-free; see :mod:`app.services.workers.tasks`).

Each takes ``progress`` and ``cancel`` first, then plain, picklable arguments, and returns
plain data. They open the profile's files themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

Progress = Callable[[int, int, str], None]
T = TypeVar("T")


def as_writer(profile: str, writer_pid: int, run: Callable[[], T]) -> T:
    """Run ``run`` as the profile's writer: on behalf of ``writer_pid`` when that process holds the
    profile lock (the window), else holding the lock itself; raises ProfileLockedError when
    another process (a command, another window) has the profile."""
    from app.storage.profile_lock import ProfileLock, ProfileLockedError

    holder = ProfileLock.holder(Path(profile))
    if holder == writer_pid:
        return run()
    if holder is not None:
        raise ProfileLockedError(profile)
    with ProfileLock(Path(profile)):
        return run()


def import_job(progress: Progress, cancel: Any, profile: str, paths: list[str], writer_pid: int,
               subsets: str = "ask") -> Any:  # fmt: skip
    """The library half of an import, on behalf of the process ``writer_pid`` that holds the profile lock."""
    from app.services.library.importer import ImportSummary, import_files
    from app.storage.library import Library
    from app.storage.profile_lock import ProfileLockedError

    def run() -> ImportSummary:
        return import_files(Library(Path(profile)), [Path(p) for p in paths], cancel, progress, subsets)  # type: ignore[arg-type]

    try:
        return as_writer(profile, writer_pid, run)
    except ProfileLockedError:  # another writer (a command, another window) has the profile
        return ImportSummary(failed=[(Path(p).name, None) for p in paths], blocked=True)


def index_job(progress: Progress, cancel: Any, profile: str, notes: list[tuple[str, str]],
              rebuild: bool = False) -> int:  # fmt: skip
    """Bring the search index up to date (``rebuild``: from scratch — it was found damaged)."""
    from app.search.bilag_index import sync_bilag
    from app.search.index import SearchIndex
    from app.storage.bilag import BilagStore
    from app.storage.library import Library

    path = Path(profile)
    index = SearchIndex(path / "search.sqlite")
    try:
        if rebuild:
            index.rebuild()
        count = index.sync(Library(path), progress, cancel)
        index.set_notes(notes, replace_all=True)
        count += sync_bilag(index.db, BilagStore(path), progress, cancel)  # bilag pages, extracted here
        return count
    finally:
        index.close()


_QUERY_INDEXES: dict[str, Any] = {}  # the query worker keeps its connection between queries


def search_job(progress: Progress, cancel: Any, profile: str, text: str, filters: Any, limit: int = 200) -> Any:
    """One search query, off the GUI thread: ``(hits with their snippets, damaged?)``."""
    from app.search.index import IndexDamaged, SearchIndex

    path = str(Path(profile) / "search.sqlite")
    index = _QUERY_INDEXES.get(path)
    if index is None:
        index = _QUERY_INDEXES[path] = SearchIndex(Path(path))
    index.close()  # a fresh connection: the index may have been rebuilt since the last query
    try:
        return index.search(text, filters, limit=limit, snippets=limit), False
    except IndexDamaged:
        return [], True


def briefing_job(progress: Progress, cancel: Any, profile: str, selection: dict[str, Any], options: dict[str, Any],
                 out: str) -> tuple[str, int]:  # fmt: skip
    """Render a briefing PDF (in the worker process, with an offscreen Qt for text layout)."""
    from app.export.briefing import BriefingOptions, ensure_gui_application, render
    from app.export.selection import select
    from app.services.language import use_language
    from app.storage.annotations import AnnotationStore
    from app.storage.library import Library

    path = Path(profile)
    store = AnnotationStore(path, take_backup=False)
    try:
        entries = select(Library(path), store, **selection)
    finally:
        store.close()
    progress(0, 1, out)
    from app.services.library.bilag import briefing_documents

    chosen = BriefingOptions(**options)
    ensure_gui_application()
    use_language(chosen.language)  # the window's language: the same translators as the window's
    result = render(entries, chosen, Path(out), briefing_documents(path))
    return str(result.path), result.pages
