"""Parsing untrusted files in disposable child processes with hard limits.

A PDF or text someone sent you can be a decompression bomb, a page tree ten thousand levels
deep, a 60k-page monster or a FIFO that never ends. Whatever it does, it may cost one line in
the import summary and nothing more. So:

* **before reading** (in the calling process): the path must be a regular file (a FIFO, a
  device such as a symlink to /dev/zero, a directory are refused without blocking: the file
  is opened ``O_NONBLOCK`` and checked with ``fstat``) no larger than ``max_file_bytes``;
* **parsing** runs in a child process (spawned, so it shares nothing with the window) with
  ``RLIMIT_AS`` (address space) and a per-file ``RLIMIT_CPU`` budget, and the parent kills it
  when the wall clock runs out. A child that dies (killed, out of memory, a crash in C) is
  replaced; the file it held becomes one failure line and the batch goes on;
* children **die with their parent**: ``PR_SET_PDEATHSIG`` on Linux, and elsewhere a
  parent-pid check while idle (the pipe to the parent closing ends them too);
* there are as many children as cores, so a batch parses in parallel, and results come back
  in the order of the paths (a revised agenda later in the batch still replaces the earlier).

:func:`parse_files` is the one call the importer uses; :func:`shutdown` ends the children.
Everything here is Qt-free and thread-free: waiting uses ``multiprocessing.connection.wait``.
"""

from __future__ import annotations

import atexit
import contextlib
import errno
import logging
import multiprocessing as mp
import os
import signal
import stat
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import Enum
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from app.model import Meeting
from app.parsing.errors import ImportFailure, ParseError

MB = 1024 * 1024
log = logging.getLogger(__name__)


class Refusal(str, Enum):
    """Why a file was not imported, beside the parser's own :class:`ImportFailure` reasons."""

    NOT_A_FILE = "not_a_file"  # a FIFO, a device (/dev/zero), a directory, a socket
    TOO_LARGE = "too_large"  # over the size cap, or the parse ran out of its memory limit
    TOO_SLOW = "too_slow"  # the CPU or wall-clock limit ran out
    FAILED = "failed"  # the reader stopped with an unexpected error or crashed
    NAME_TOO_LONG = "name_too_long"  # the OS refuses the path itself
    PERMISSION = "permission"  # no permission to read the file
    DISK_FULL = "disk_full"  # storing it failed: no space left
    READ_ONLY = "read_only"  # storing it failed: the profile is read-only
    INTERRUPTED = "interrupted"  # the background worker stopped before this file was done
    PROFILE_IN_USE = "profile_in_use"  # another Mødemappe holds the profile: nothing was stored


Failure = ImportFailure | Refusal

MESSAGES: dict[Refusal, str] = {
    Refusal.NOT_A_FILE: "not a regular file (a pipe, a device or a folder) — not read",
    Refusal.TOO_LARGE: "the file is too large to import safely",
    Refusal.TOO_SLOW: "reading the file took too long; it was stopped",
    Refusal.FAILED: "the file is damaged or in a form Mødemappe cannot read",
    Refusal.NAME_TOO_LONG: "the file name is too long for the system",
    Refusal.PERMISSION: "no permission to read the file",
    Refusal.DISK_FULL: "the disk is full; the file was not stored",
    Refusal.READ_ONLY: "the profile folder is read-only; the file was not stored",
    Refusal.INTERRUPTED: "the import was interrupted; import the file again",
    Refusal.PROFILE_IN_USE: "the profile is in use by another Mødemappe; nothing was stored",
}


def storage_failure(err: OSError) -> Failure:
    """The real cause of a failed write, for the one-line message."""
    if err.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return Refusal.DISK_FULL
    if err.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return Refusal.READ_ONLY
    if err.errno == errno.ENAMETOOLONG:
        return Refusal.NAME_TOO_LONG
    return ImportFailure.UNREADABLE


def failure_message(reason: Failure | None) -> str:
    """The English one-line reason (CLI and logs); the window has Danish ones in ``app.ui.messages``."""
    from app.parsing.errors import MESSAGES as PARSE_MESSAGES

    if isinstance(reason, Refusal):
        return MESSAGES[reason]
    if isinstance(reason, ImportFailure):
        return PARSE_MESSAGES[reason]
    return "could not be imported"


def _env_number(name: str, default: float) -> float:
    try:
        return float(os.environ.get(name, "") or default)
    except ValueError:
        return default


@dataclass(frozen=True)
class Limits:
    """Hard limits for one untrusted file. The ``MOEDEMAPPE_PARSE_*`` variables override them."""

    cpu_seconds: int = 30
    memory_bytes: int = 1024 * MB
    wall_seconds: float = 60.0
    max_file_bytes: int = 256 * MB
    workers: int = field(default_factory=lambda: max(1, os.cpu_count() or 1))

    @classmethod
    def from_environment(cls) -> Limits:
        base = cls()
        return cls(
            cpu_seconds=int(_env_number("MOEDEMAPPE_PARSE_CPU_SECONDS", base.cpu_seconds)),
            memory_bytes=int(_env_number("MOEDEMAPPE_PARSE_MEMORY_MB", base.memory_bytes / MB) * MB),
            wall_seconds=_env_number("MOEDEMAPPE_PARSE_WALL_SECONDS", base.wall_seconds),
            max_file_bytes=int(_env_number("MOEDEMAPPE_MAX_FILE_MB", base.max_file_bytes / MB) * MB),
            workers=max(1, int(_env_number("MOEDEMAPPE_PARSE_WORKERS", base.workers))),
        )


# --- reading a source safely (calling process) -----------------------------------------------


class SourceRefused(ParseError):
    """A file refused by the isolation (not read, or its parse was stopped); ``reason`` says why.

    A :class:`ParseError`, so every ``except ParseError`` that reports ``err.reason`` in one
    line handles it too; ``reason`` may be a :class:`Refusal` as well as an :class:`ImportFailure`.
    """

    def __init__(self, reason: Failure, path: str | None = None) -> None:
        Exception.__init__(self, failure_message(reason))
        self.reason = reason  # type: ignore[assignment]
        self.path = path
        self.detail = None

    def one_line(self) -> str:
        return (f"{self.path}: " if self.path else "") + failure_message(self.reason)


def regular_file(path: Path) -> bool:
    """A regular file (symlinks followed): never a FIFO, a device, a socket or a folder. Does not open it."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def read_source(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file no larger than ``max_bytes``; never blocks on a FIFO or device.

    Raises :class:`SourceRefused` with the real cause (missing, permission, name too long, not a
    regular file, too large, unreadable).
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise SourceRefused(ImportFailure.NOT_FOUND) from None
    except PermissionError:
        raise SourceRefused(Refusal.PERMISSION) from None
    except IsADirectoryError:
        raise SourceRefused(Refusal.NOT_A_FILE) from None
    except OSError as err:
        if err.errno == errno.ENAMETOOLONG:
            raise SourceRefused(Refusal.NAME_TOO_LONG) from None
        if err.errno in (errno.ENXIO, errno.EISDIR):  # a socket or a FIFO without writer
            raise SourceRefused(Refusal.NOT_A_FILE) from None
        raise SourceRefused(ImportFailure.UNREADABLE) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise SourceRefused(Refusal.NOT_A_FILE)
        if info.st_size > max_bytes:
            raise SourceRefused(Refusal.TOO_LARGE)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        chunks: list[bytes] = []
        size = 0
        while True:  # the file may grow while we read: never past the cap
            chunk = os.read(fd, min(4 * MB, max_bytes + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > max_bytes:
                raise SourceRefused(Refusal.TOO_LARGE)
        return b"".join(chunks)
    except OSError:
        raise SourceRefused(ImportFailure.UNREADABLE) from None
    finally:
        os.close(fd)


# --- the child process ----------------------------------------------------------------------


def _die_with_parent(parent_pid: int) -> None:
    """Ask Linux to SIGKILL us when the parent goes; elsewhere the idle loop checks the parent pid."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            pr_set_pdeathsig = 1
            libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(0)


def next_message(conn: Connection, parent_pid: int) -> Any:
    """A child's next order from its parent; None when it is told to stop, or the parent is gone
    (the pipe closed, or — checked every second while idle — another process became its parent)."""
    while True:
        try:
            if conn.poll(1.0):
                return conn.recv()
        except (EOFError, OSError):
            return None
        if os.getppid() != parent_pid:
            return None


def _cpu_used() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _set_cpu_budget(seconds: int) -> None:
    """RLIMIT_CPU counts the whole life of the process: each file gets ``seconds`` more than used."""
    import resource

    _soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
    soft = int(_cpu_used()) + seconds + 1
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


def _set_memory_limit(limit: int) -> None:
    import resource

    with contextlib.suppress(ValueError, OSError):  # not all systems allow RLIMIT_AS
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def child_main(conn: Connection, parent_pid: int, limits: Limits) -> None:
    """The child's loop: receive ``(job_id, data, name)``, send back a meeting or a failure."""
    _die_with_parent(parent_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in a terminal is the parent's to handle
    has_resource = True
    try:
        import resource  # noqa: F401  (POSIX only)
    except ImportError:
        has_resource = False
    if has_resource:
        _set_memory_limit(limits.memory_bytes)
    from app.parsing.api import parse_bytes  # warm: pypdf and the parser are loaded once

    while (message := next_message(conn, parent_pid)) is not None:
        job_id, data, name = message
        if has_resource:
            _set_cpu_budget(limits.cpu_seconds)
        fatal = False
        try:
            reply: tuple[Any, ...] = ("ok", job_id, parse_bytes(data, name))
        except ParseError as err:
            reply = ("failed", job_id, err.reason, getattr(err, "detail", None) or "")
        except MemoryError:
            reply, fatal = ("failed", job_id, Refusal.TOO_LARGE), True
        except RecursionError:
            reply = ("failed", job_id, ImportFailure.DAMAGED_PDF if data[:5] == b"%PDF-" else Refusal.FAILED)
        except Exception as err:  # whatever the reader raised: one line, and on to the next file
            reason = ImportFailure.DAMAGED_PDF if data.lstrip()[:5] == b"%PDF-" else Refusal.FAILED
            reply = ("failed", job_id, reason, "")  # the reader's own words are no help to the member
            log.info("%s: %s: %s", name, type(err).__name__, str(err)[:300])
        del data
        try:
            conn.send(reply)
        except MemoryError:
            conn.send(("failed", job_id, Refusal.TOO_LARGE))
            fatal = True
        except (OSError, ValueError):
            return
        if fatal:  # after a MemoryError the heap is not to be trusted: a fresh child takes over
            return


# --- the parent side ------------------------------------------------------------------------

_CONTEXT = mp.get_context("spawn")


class _Child:
    """One child process and the job it holds."""

    def __init__(self, limits: Limits) -> None:
        self.conn, child_conn = _CONTEXT.Pipe(duplex=True)
        self.process = _CONTEXT.Process(
            target=child_main, args=(child_conn, os.getpid(), limits), name="moedemappe-parser", daemon=True
        )
        self.process.start()
        child_conn.close()
        self.job: int | None = None
        self.deadline = 0.0

    def give(self, job: int, data: bytes, name: str, wall_seconds: float) -> bool:
        try:
            self.conn.send((job, data, name))
        except (OSError, ValueError):
            return False
        self.job = job
        self.deadline = time.monotonic() + wall_seconds
        return True

    def kill(self) -> None:
        if self.process.is_alive():
            with contextlib.suppress(OSError, AttributeError):
                self.process.kill()
        self.process.join(2)
        with contextlib.suppress(OSError):
            self.conn.close()
        with contextlib.suppress(ValueError, OSError, AttributeError):
            self.process.close()

    def stop(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.conn.send(None)
        self.process.join(1)
        self.kill()


class ParserPool:
    """Up to ``limits.workers`` children, started on demand and replaced when they die."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.children: list[_Child] = []

    def idle_child(self) -> _Child | None:
        self.children = [c for c in self.children if c.job is not None or c.process.is_alive()]
        for child in self.children:
            if child.job is None:
                return child
        if len(self.children) < self.limits.workers:
            child = _Child(self.limits)
            self.children.append(child)
            return child
        return None

    def busy(self) -> list[_Child]:
        return [c for c in self.children if c.job is not None]

    def discard(self, child: _Child) -> None:
        child.kill()
        if child in self.children:
            self.children.remove(child)

    def shutdown(self) -> None:
        for child in self.children:
            child.stop()
        self.children = []

    def pids(self) -> list[int]:
        return [c.process.pid for c in self.children if c.process.pid is not None and c.process.is_alive()]


_POOLS: dict[Limits, ParserPool] = {}


def _pool(limits: Limits) -> ParserPool:
    pool = _POOLS.get(limits)
    if pool is None:
        pool = _POOLS[limits] = ParserPool(limits)
    return pool


def shutdown() -> None:
    """End every parser child of this process (the app and the CLI call it on exit)."""
    for pool in list(_POOLS.values()):
        pool.shutdown()
    _POOLS.clear()


atexit.register(shutdown)


def child_pids() -> list[int]:
    """Process ids of the live parser children (for tests and diagnostics)."""
    return [pid for pool in _POOLS.values() for pid in pool.pids()]


@dataclass
class Parsed:
    """One path's outcome: a meeting (with the bytes it came from), a failure, or known bytes."""

    index: int
    path: Path
    data: bytes | None = None
    meeting: Meeting | None = None
    failure: Failure | None = None
    detail: str = ""  # the parser's own precision, e.g. what the document is instead ("a memo …")
    known: bool = False  # the bytes are already in the library; not parsed


def _death_reason(child: _Child, timed_out: bool) -> tuple[Failure, bool]:
    """Why a child died under a file, and whether the file deserves one more try on a fresh child."""
    if timed_out:
        return Refusal.TOO_SLOW, False  # we killed it: the wall clock ran out
    code = child.process.exitcode
    signum = -code if code is not None and code < 0 else 0
    if signum == getattr(signal, "SIGXCPU", -1):
        return Refusal.TOO_SLOW, False  # its CPU budget ran out
    if signum == signal.SIGKILL:
        return Refusal.TOO_LARGE, True  # killed from outside: usually the kernel's OOM killer
    if signum in (signal.SIGSEGV, signal.SIGABRT, getattr(signal, "SIGBUS", -1)):
        return Refusal.TOO_LARGE, False  # typically an allocation that failed below Python
    return Refusal.FAILED, True


def parse_files(
    paths: Iterable[Path],
    *,
    limits: Limits | None = None,
    cancel: Any = None,
    progress: Callable[[int, int, str], None] | None = None,
    known: Callable[[bytes], bool] | None = None,
    reader: Callable[[Path, int], bytes] | None = None,
) -> Iterator[Parsed]:
    """Parse ``paths`` in isolated children; yield one :class:`Parsed` per path, in order.

    ``cancel`` (anything with ``is_set()``) kills the busy children and ends the batch: the
    paths not yet yielded are left out. ``progress(done, total, name)`` names the file the
    batch waits for next. ``known(data)`` lets the caller skip bytes it already has;
    ``reader(path, cap)`` replaces :func:`read_source` (bytes the caller already holds).
    """
    limits = limits or Limits.from_environment()
    pool = _pool(limits)
    ordered = [Path(p) for p in paths]
    path_of = dict(enumerate(ordered))
    tries: dict[int, int] = {}
    queue = deque(enumerate(ordered))
    total = len(ordered)
    if progress is not None and total:
        progress(0, total, ordered[0].name)
    finished: dict[int, Parsed] = {}
    running: dict[int, Parsed] = {}
    next_out = 0
    try:
        while queue or running or next_out in finished:
            if cancel is not None and cancel.is_set():
                for child in pool.busy():
                    pool.discard(child)
                return
            while queue:
                child = pool.idle_child()
                if child is None:
                    break
                index, path = queue.popleft()
                parsed = Parsed(index, path)
                try:
                    parsed.data = (reader or read_source)(path, limits.max_file_bytes)
                except SourceRefused as err:
                    parsed.failure = err.reason
                if parsed.failure is None and not parsed.data:
                    parsed.failure = ImportFailure.EMPTY
                if parsed.failure is None and known is not None and known(parsed.data or b""):
                    parsed.known = True
                if parsed.failure is not None or parsed.known:
                    finished[index] = parsed
                    continue
                if not child.give(index, parsed.data or b"", path.name, limits.wall_seconds):
                    pool.discard(child)
                    queue.appendleft((index, path))
                    continue
                running[index] = parsed
            while next_out in finished:
                parsed = finished.pop(next_out)
                next_out += 1
                yield parsed
                if progress is not None and next_out < total:  # the file the batch now waits for
                    progress(next_out, total, ordered[next_out].name)
            busy = pool.busy()
            if not busy:
                continue
            timeout = max(0.0, min(0.1, min(c.deadline for c in busy) - time.monotonic()))
            wait([c.conn for c in busy] + [c.process.sentinel for c in busy], timeout)
            now = time.monotonic()
            for child in busy:
                index = child.job
                assert index is not None
                reply: tuple[Any, ...] | None = None
                try:
                    if child.conn.poll():
                        reply = child.conn.recv()
                except (EOFError, OSError, MemoryError, ValueError, ImportError, AttributeError):
                    reply = None
                parsed = running[index]
                if reply is not None and reply[1] == index:
                    child.job = None
                    if reply[0] == "ok":
                        parsed.meeting = reply[2]
                    else:
                        parsed.failure = reply[2]
                        parsed.detail = reply[3] if len(reply) > 3 else ""
                    if parsed.failure is Refusal.TOO_LARGE:
                        pool.discard(child)  # it retires after a MemoryError; never hand it another file
                elif not child.process.is_alive() or now > child.deadline:
                    timed_out = child.process.is_alive()
                    if timed_out:
                        child.process.kill()
                    child.process.join(2)
                    reason, retry = _death_reason(child, timed_out)
                    pool.discard(child)  # a fresh child takes the next file
                    tries[index] = tries.get(index, 0) + 1
                    if retry and tries[index] < 2:  # one more try on a fresh child
                        del running[index]
                        queue.appendleft((index, path_of[index]))
                        continue
                    parsed.failure = reason
                else:
                    continue
                del running[index]
                finished[index] = parsed
    finally:
        if running:  # abandoned (cancel, or the caller stopped iterating): children still busy are killed
            for child in pool.busy():
                pool.discard(child)


def parse_one(path: Path, limits: Limits | None = None) -> tuple[Meeting, bytes]:
    """Parse a single untrusted file in isolation; raises :class:`ParseError` (or :class:`SourceRefused`)."""
    parsed = next(parse_files([path], limits=limits))
    if parsed.meeting is None or parsed.data is None:
        reason = parsed.failure or Refusal.FAILED
        if isinstance(reason, ImportFailure):
            raise ParseError(reason, str(path), parsed.detail or None)
        raise SourceRefused(reason, str(path))
    return parsed.meeting, parsed.data


def parse_data(data: bytes, name: str, limits: Limits | None = None) -> Meeting:
    """Parse bytes already read (under the size cap) in an isolated child; raises :class:`ParseError`."""
    limits = limits or Limits.from_environment()
    if len(data) > limits.max_file_bytes:
        raise SourceRefused(Refusal.TOO_LARGE, name)

    def given(_path: Path, _cap: int) -> bytes:
        return data

    parsed = next(parse_files([Path(name)], limits=limits, reader=given))
    if parsed.meeting is None:
        reason = parsed.failure or Refusal.FAILED
        if isinstance(reason, ImportFailure):
            raise ParseError(reason, name, parsed.detail or None)
        raise SourceRefused(reason, name)
    return parsed.meeting
