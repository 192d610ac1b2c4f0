"""One writer per profile: an OS-level lock on ``<profile>/.lock``.

The lock is released by the operating system when the process ends, even on a crash or
SIGKILL, so a stale lock never blocks the next start.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO


class ProfileLockedError(Exception):
    """Another running Mødemappe holds this profile."""


class ProfileLock:
    """Hold it for the lifetime of the process that writes the profile."""

    def __init__(self, profile: Path) -> None:
        self.path = Path(profile) / ".lock"
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = self.path.open("a+", encoding="utf-8")
        try:
            if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
                import msvcrt

                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise ProfileLockedError(str(self.path.parent)) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle

    @staticmethod
    def holder(profile: Path) -> int | None:
        """The process id of the writer holding ``profile`` now, or None when nobody does.

        A worker process that writes on the window's behalf checks this against the window's
        id, so it never writes a profile its window no longer holds.
        """
        path = Path(profile) / ".lock"
        try:
            handle = path.open("r", encoding="utf-8")
        except OSError:
            return None
        with handle:
            if os.name != "nt":
                import fcntl

                try:  # free: nobody holds it (a pid left in the file is stale)
                    fcntl.flock(handle.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
                    fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
                    return None
                except OSError:
                    pass
            text = handle.read().strip()
        return int(text) if text.isdigit() else None

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def __enter__(self) -> ProfileLock:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()
