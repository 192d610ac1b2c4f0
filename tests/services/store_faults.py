"""Injecting an exception into each store's open, for the start-up tests (issue #18).

Each store's "open" is the one method that reads its file: ``Library._load_index``,
``AnnotationStore._open``, ``BilagStore._refresh``, ``SearchIndex._ensure_schema``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.search.index import SearchIndex
from app.storage.annotations import AnnotationStore
from app.storage.bilag import BilagStore
from app.storage.library import Library
from tests.services.old_profiles import OLD_PROFILES

OPENS = {
    "library": (Library, "_load_index", "library/index.json"),
    "annotations": (AnnotationStore, "_open", "annotations"),
    "bilag": (BilagStore, "_refresh", "bilag/index.json"),
    "search": (SearchIndex, "_ensure_schema", "search.sqlite"),
}
ERRORS = [RuntimeError("uventet fejl i lageret"), OSError(5, "Input/output error"), ValueError("bad value 'x'"),
          KeyError("meetings")]  # fmt: skip


def inject(monkeypatch: pytest.MonkeyPatch, store: str, error: BaseException) -> None:
    cls, method, _file = OPENS[store]

    def fail(*_args: object, **_kwargs: object) -> None:
        raise error

    monkeypatch.setattr(cls, method, fail)


def profile_with_everything(tmp: Path) -> Path:
    """The profile release 7393db4 wrote (library, notes, search index), opened once so it has a backup."""
    from app.services.workspace import Workspace

    profile = next(p for p in OLD_PROFILES if p.release == "7393db4").copy_to(tmp)
    with Workspace(profile) as workspace:
        workspace.store.all()
        workspace.store.backup()
    return profile
