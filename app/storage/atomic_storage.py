"""A tinydb storage that never leaves a half-written file.

tinydb's own ``JSONStorage`` rewrites the file in place, so a crash mid-write can corrupt
it. This storage writes a complete new file next to it and renames it over the old one
(:func:`atomic_write_bytes`). It keeps the parsed data in memory — we are the only writer,
guarded by the profile lock — so a save costs one serialisation and one write.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from app.storage.atomic import atomic_write_bytes


class CorruptStoreError(Exception):
    """The store file exists but is not a readable tinydb JSON document."""


class AtomicJSONStorage(Storage):
    """JSON on disk, replaced atomically on every write."""

    def __init__(self, path: str | Path, **_kwargs: Any) -> None:
        super().__init__()
        self.path = Path(path)
        self._data: dict[str, dict[str, Any]] | None = None

    def read(self) -> dict[str, dict[str, Any]] | None:
        if self._data is None:
            if not self.path.exists():
                return None
            try:
                raw = self.path.read_bytes()
                data = json.loads(raw.decode("utf-8")) if raw.strip() else None
            except (OSError, UnicodeDecodeError, ValueError) as err:
                raise CorruptStoreError(str(err)) from err
            if data is not None and not isinstance(data, dict):
                raise CorruptStoreError("top level is not an object")
            self._data = data
        return self._data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        try:
            atomic_write_bytes(self.path, json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
        except BaseException:
            self._data = None  # re-read from disk next time: memory must not run ahead of the file
            raise
        self._data = data

    def close(self) -> None:
        self._data = None
