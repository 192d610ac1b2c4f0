"""Background jobs that run in a separate process (Qt-free; see :mod:`app.services.tasks`).

Each takes ``progress`` and ``cancel`` first, then plain, picklable arguments, and returns
plain data. They open the profile's files themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

Progress = Callable[[int, int, str], None]


def import_job(progress: Progress, cancel: Any, profile: str, paths: list[str]) -> Any:
    from app.services.importer import import_files
    from app.storage.library import Library

    return import_files(Library(Path(profile)), [Path(p) for p in paths], cancel, progress)


def index_job(progress: Progress, cancel: Any, profile: str, notes: list[tuple[str, str]]) -> int:
    from app.search.index import SearchIndex
    from app.storage.library import Library

    path = Path(profile)
    index = SearchIndex(path / "search.sqlite")
    try:
        count = index.sync(Library(path), progress, cancel)
        index.set_notes(notes, replace_all=True)
        return count
    finally:
        index.close()
