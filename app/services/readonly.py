"""Read-only viewing mode: finding out, before anything is written, whether a profile can be written.

A profile on a read-only medium, without write permission, or on a full disk used to stop
the window from starting at all ("cannot be read"). Now the window opens it to read, with a
banner that names the real cause; nothing is written (no backup, no lock file, no moved-aside
file). :func:`write_problem` finds the cause by writing — and removing — a small probe file.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from app.services.workers.isolation import Refusal

PROBE_BYTES = 256 * 1024  # room for a note save and a backup's first files; less is "full"


def cause_of(err: OSError) -> Refusal:
    """The real cause of a failed write: disk full, read-only (or no permission), a name too long."""
    if err.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return Refusal.DISK_FULL
    if err.errno == errno.ENAMETOOLONG:
        return Refusal.NAME_TOO_LONG
    return Refusal.READ_ONLY


def write_problem(profile: Path) -> Refusal | None:
    """None if ``profile`` can be written; otherwise why not (:data:`Refusal.READ_ONLY`, ``DISK_FULL`` …)."""
    profile = Path(profile)
    probe = profile / f".moedemappe-write-probe-{os.getpid()}.tmp"
    try:
        profile.mkdir(parents=True, exist_ok=True)
        with open(probe, "wb") as fh:
            fh.write(b"\0" * PROBE_BYTES)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as err:
        return cause_of(err)
    finally:
        with contextlib.suppress(OSError):
            probe.unlink()
    return None
