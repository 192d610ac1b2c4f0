"""Writing the profile from the worker process: only for the process that holds its lock."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from app.storage.profile_lock import ProfileLock, ProfileLockedError

T = TypeVar("T")
__all__ = ["ProfileLockedError", "as_writer"]


def as_writer(profile: str, writer_pid: int, run: Callable[[], T]) -> T:
    """Run ``run`` as the profile's writer: on behalf of ``writer_pid`` when that process holds the
    profile lock (the window), else holding the lock itself; raises ProfileLockedError when
    another process (a command, another window) has the profile."""
    holder = ProfileLock.holder(Path(profile))
    if holder == writer_pid:
        return run()
    if holder is not None:
        raise ProfileLockedError(profile)
    with ProfileLock(Path(profile)):
        return run()
