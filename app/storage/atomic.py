"""Atomic file writes: temp file in the same folder, flush, fsync, ``os.replace``.

A crash at any moment leaves either the old file or the new one, never a half-written mix.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically (and durably, via fsync)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(path.parent)


def atomic_write_json(path: Path, data: Any) -> None:
    atomic_write_bytes(path, json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def move_aside(path: Path) -> Path:
    """Rename a damaged file to ``<stem>.corrupt-<time>.json`` beside it, a name never used before.

    A second damage never overwrites the first: the new name is taken with a hard link, which
    fails if it exists (or, without hard links, checked and renamed). Returns the new path.

    Raises:
        FileExistsError: no free name in a thousand tries (never seen).
        OSError: the file could not be renamed (then it is still where it was).
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    for n in range(1000):
        aside = path.with_name(f"{path.stem}.corrupt-{stamp}{f'-{n}' if n else ''}.json")
        try:
            os.link(path, aside)  # fails if the name exists: nothing is overwritten
        except FileExistsError:
            continue
        except OSError:  # no hard links here (some network or FAT drives)
            if aside.exists():
                continue
            path.rename(aside)
            return aside
        path.unlink()
        return aside
    raise FileExistsError(f"{path.name}: no free name to move it aside")
