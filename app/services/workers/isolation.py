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
import hashlib
import json
import logging
import multiprocessing as mp
import os
import re
import signal
import stat
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import accumulate
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from app.model import Meeting
from app.parsing.errors import Failure, ImportFailure, ParseError, Refusal, failure_message
from app.parsing.reading import DocumentKind, Reading
from app.services.workers.progress import Progress

MB = 1024 * 1024
log = logging.getLogger(__name__)


def storage_failure(err: OSError) -> Failure:
    """The real cause of a failed write, for the one-line message."""
    if err.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return Refusal.DISK_FULL
    if err.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return Refusal.READ_ONLY
    if err.errno == errno.ENAMETOOLONG:
        return Refusal.NAME_TOO_LONG
    return ImportFailure.UNREADABLE


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
        self.reason = reason  # type: ignore[assignment]  # a Refusal is a reason too (see above)
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


def die_with_parent(parent_pid: int) -> None:
    """For every child of ours: end when the parent ends (see :func:`_die_with_parent`)."""
    _die_with_parent(parent_pid)


def set_cpu_budget(seconds: int) -> None:
    """For a child: ``seconds`` more CPU than used so far, then SIGXCPU ends it (POSIX; else nothing)."""
    with contextlib.suppress(ImportError, ValueError, OSError):
        _set_cpu_budget(seconds)


def set_memory_limit(limit: int) -> None:
    """For a child: at most ``limit`` bytes of address space (POSIX; else nothing)."""
    with contextlib.suppress(ImportError):
        _set_memory_limit(limit)


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


def _enter_child(parent_pid: int, memory_bytes: int) -> bool:
    """What every limited child does first: die with its parent, leave Ctrl+C to the parent, cap
    its memory. Returns whether POSIX resource limits exist here (the CPU budget is per job)."""
    _die_with_parent(parent_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in a terminal is the parent's to handle
    try:
        import resource  # noqa: F401  (POSIX only)
    except ImportError:
        return False
    _set_memory_limit(memory_bytes)
    return True


def child_main(conn: Connection, parent_pid: int, limits: Limits) -> None:
    """The child's loop: receive ``(job_id, data, name, sha256)``, send back the file's :class:`Reading`.

    The one place an untrusted document's bytes are opened: the reading holds everything the
    import needs (page count, page texts, what the file is, the meeting or why not), so the
    parent never opens them again.
    """
    has_resource = _enter_child(parent_pid, limits.memory_bytes)
    from app.parsing.api import read_document  # warm: pypdf and the parser are loaded once

    while (message := next_message(conn, parent_pid)) is not None:
        job_id, data, name, digest = message
        if has_resource:
            _set_cpu_budget(limits.cpu_seconds)
        fatal = False
        try:
            reply: tuple[Any, ...] = ("ok", job_id, read_document(data, name, digest))
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

    def give(self, job: int, data: bytes, name: str, digest: str, wall_seconds: float) -> bool:
        try:
            self.conn.send((job, data, name, digest))
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
    """One path's outcome: its reading (a meeting or why not), a refusal before reading, or known bytes."""

    index: int
    path: Path
    data: bytes | None = None
    sha256: str = ""  # taken once, when the bytes were read
    reading: Reading | None = None  # what the child gave back
    failure: Failure | None = None
    detail: str = ""  # the parser's own precision, e.g. what the document is instead ("a memo …")
    known: bool = False  # the bytes are already in the library; not parsed

    @property
    def meeting(self) -> Meeting | None:
        return self.reading.meeting if self.reading is not None else None


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
    progress: Progress | None = None,
    known: Callable[[str], bool] | None = None,
    reader: Callable[[Path, int], bytes] | None = None,
) -> Iterator[Parsed]:
    """Parse ``paths`` in isolated children; yield one :class:`Parsed` per path, in order.

    ``cancel`` (anything with ``is_set()``) kills the busy children and ends the batch: the
    paths not yet yielded are left out. ``progress(done, total, name)`` names the file the
    batch waits for next. ``known(sha256)`` lets the caller skip bytes it already has;
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
                for running_child in pool.busy():
                    pool.discard(running_child)
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
                if parsed.failure is None:
                    parsed.sha256 = hashlib.sha256(parsed.data or b"").hexdigest()  # the file's one digest
                    parsed.known = known is not None and known(parsed.sha256)
                if parsed.failure is not None or parsed.known:
                    finished[index] = parsed
                    continue
                if not child.give(index, parsed.data or b"", path.name, parsed.sha256, limits.wall_seconds):
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
                job = child.job
                assert job is not None
                index = job
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
                        parsed.reading = reply[2]
                        parsed.failure, parsed.detail = parsed.reading.failure, parsed.reading.detail
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


def refused_or_meeting(parsed: Parsed) -> Meeting:
    """The parsed meeting, or the :class:`ParseError` (or :class:`SourceRefused`) that says why there is none."""
    if parsed.meeting is not None and parsed.data is not None:
        return parsed.meeting
    reason = parsed.failure or Refusal.FAILED
    if isinstance(reason, ImportFailure):
        raise ParseError(reason, str(parsed.path), parsed.detail or None)
    raise SourceRefused(reason, str(parsed.path))


def parse_one(path: Path, limits: Limits | None = None) -> tuple[Meeting, bytes]:
    """Parse a single untrusted file in isolation; raises :class:`ParseError` (or :class:`SourceRefused`)."""
    parsed = next(parse_files([path], limits=limits))
    return refused_or_meeting(parsed), parsed.data or b""


def parse_data(data: bytes, name: str, limits: Limits | None = None) -> Meeting:
    """Parse bytes already read (under the size cap) in an isolated child; raises :class:`ParseError`."""
    limits = limits or Limits.from_environment()
    if len(data) > limits.max_file_bytes:
        raise SourceRefused(Refusal.TOO_LARGE, name)

    def given(_path: Path, _cap: int) -> bytes:
        return data

    parsed = next(parse_files([Path(name)], limits=limits, reader=given))
    parsed.path = Path(name)
    return refused_or_meeting(parsed)


def reading_of(parsed: Parsed) -> Reading:
    """The file's reading; for one refused or lost before the child answered, a reading that says why."""
    if parsed.reading is not None:
        return parsed.reading
    return Reading(parsed.path.name, parsed.sha256, len(parsed.data or b""), DocumentKind.NOT_A_MEETING,
                   failure=parsed.failure or Refusal.FAILED, detail=parsed.detail)  # fmt: skip


def read_blobs(blobs: list[tuple[str, bytes]], limits: Limits | None = None, cancel: Any = None) -> list[Reading]:
    """Readings of documents already in hand (a portal's downloads, a stored bilag), in the children, in order."""
    limits = limits or Limits.from_environment()
    by_path = {Path(str(k)) / (Path(name).name or "document"): data for k, (name, data) in enumerate(blobs)}

    def given(path: Path, cap: int) -> bytes:
        data = by_path[path]
        if len(data) > cap:
            raise SourceRefused(Refusal.TOO_LARGE, path.name)
        return data

    return [reading_of(p) for p in parse_files(list(by_path), limits=limits, cancel=cancel, reader=given)]


# --- JSON from strangers (annotation files) ----------------------------------------------------

MAX_JSON_DEPTH = 32  # nesting of objects and lists in an annotations file (the format needs 4)
MAX_ANNOTATIONS_FILE_BYTES = 64 * MB
_JSON_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)


def load_json_limited(data: bytes, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """Parse JSON bytes whose nesting is at most ``max_depth``; raises ``ValueError`` with one line.

    The depth is measured before parsing, in one linear pass over the text with the strings
    taken out, so 200,000 nested brackets cost a scan, not a RecursionError deep in ``json``.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValueError("not UTF-8 text") from None
    brackets = re.sub(r"[^\[\]{}]+", "", _JSON_STRINGS.sub("", text))
    depth = max(accumulate(1 if c in "[{" else -1 for c in brackets), default=0)
    if depth > max_depth:
        raise ValueError(f"nested {depth} levels deep (at most {max_depth})")
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        raise ValueError("not a JSON file") from None


def read_json_file(path: Path, max_bytes: int, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """A JSON file from a stranger: a regular file (never a FIFO or /dev/zero), capped before and
    while reading, nesting limited; raises :class:`SourceRefused` or ``ValueError`` (one line each)."""
    return load_json_limited(read_source(path, max_bytes), max_depth)


# --- other untrusted work: page texts, page counts, the briefing ----------------------------------
#
# The parser's pool above reads whole files (the meeting, page count and page texts in one
# reading). Other work on untrusted bytes that is not a reading — the briefing, which lays
# out the member's notes and opens the bilag it appends — runs in long-lived task children
# under limits of its own. A task is a registered function (never an arbitrary import); it
# may send parts of its result as it goes, kept by the caller when a limit stops the task.

TASKS: dict[str, str] = {
    "briefing": "app.services.briefing:render_in_child",
}


@dataclass(frozen=True)
class TaskLimits:
    """Limits for one task; the ``MOEDEMAPPE_<NAME>_*`` variables override them (tests use short ones)."""

    cpu_seconds: int
    memory_bytes: int
    wall_seconds: float

    def from_environment(self, name: str) -> TaskLimits:
        prefix = f"MOEDEMAPPE_{name.upper()}_"
        return TaskLimits(
            cpu_seconds=int(_env_number(prefix + "CPU_SECONDS", self.cpu_seconds)),
            memory_bytes=int(_env_number(prefix + "MEMORY_MB", self.memory_bytes / MB) * MB),
            wall_seconds=_env_number(prefix + "WALL_SECONDS", self.wall_seconds),
        )


# A briefing: 30 items with maximum-size notes, or a 50,000-item meeting, stop here.
BRIEFING_LIMITS = TaskLimits(cpu_seconds=120, memory_bytes=2048 * MB, wall_seconds=180.0)
# The page renderer (PDFium, one long-lived child): per render, not per request.
RENDER_LIMITS = TaskLimits(cpu_seconds=20, memory_bytes=2048 * MB, wall_seconds=15.0)


class TaskStopped(Exception):
    """A task ended by a limit or a crash; ``reason`` (TOO_SLOW, TOO_LARGE, FAILED) and the ``parts`` it sent."""

    def __init__(self, reason: Refusal, parts: list[Any], detail: str = "") -> None:
        super().__init__(failure_message(reason))
        self.reason = reason
        self.parts = parts
        self.detail = detail


def _resolve(name: str) -> Callable[..., Any]:
    import importlib

    module, _sep, function = TASKS[name].partition(":")
    return getattr(importlib.import_module(module), function)


def task_main(conn: Connection, parent_pid: int, limits: TaskLimits) -> None:
    """A task child's loop: receive ``(job, task, args)``, send parts as they come, then the result."""
    has_resource = _enter_child(parent_pid, limits.memory_bytes)
    while (message := next_message(conn, parent_pid)) is not None:
        job, task, args = message
        if has_resource:
            _set_cpu_budget(limits.cpu_seconds)

        def part(value: Any, job: int = job) -> None:
            conn.send(("part", job, value))

        fatal = False
        try:
            reply: tuple[Any, ...] = ("ok", job, _resolve(task)(*args, part=part))
        except MemoryError:
            reply, fatal = ("failed", job, Refusal.TOO_LARGE, ""), True
        except (BrokenPipeError, EOFError):
            return
        except Exception as err:  # whatever the reader raised: one line for the caller
            reply = ("failed", job, Refusal.FAILED, type(err).__name__)
            log.info("%s: %s: %s", task, type(err).__name__, str(err)[:300])
        try:
            conn.send(reply)
        except (OSError, ValueError):
            return
        if fatal:
            return


class TaskChild:
    """One long-lived task child under ``limits``; replaced whenever a task kills it."""

    def __init__(self, limits: TaskLimits, name: str) -> None:
        self.limits = limits
        self.name = name
        self._child: tuple[Any, Connection] | None = None
        self._jobs = 0

    def _start(self) -> tuple[Any, Connection]:
        if self._child is not None and self._child[0].is_alive():
            return self._child
        self.stop()
        conn, child_conn = _CONTEXT.Pipe(duplex=True)
        process = _CONTEXT.Process(target=task_main, args=(child_conn, os.getpid(), self.limits),
                                   name=f"moedemappe-{self.name}", daemon=True)  # fmt: skip
        process.start()
        child_conn.close()
        self._child = (process, conn)
        return self._child

    def run(self, task: str, *args: Any, on_part: Callable[[Any], None] | None = None, cancel: Any = None) -> Any:
        """Run ``task(*args)`` in the child; its parts go to ``on_part`` as they arrive.

        Raises:
            TaskStopped: the wall clock, the CPU or memory limit ran out, the task failed, or
                ``cancel`` was set (reason INTERRUPTED); ``parts`` holds what arrived before.
        """
        process, conn = self._start()
        self._jobs += 1
        job = self._jobs
        parts: list[Any] = []
        try:
            conn.send((job, task, args))
        except (OSError, ValueError):
            self.stop()
            raise TaskStopped(Refusal.FAILED, parts) from None
        deadline = time.monotonic() + self.limits.wall_seconds
        while True:
            if cancel is not None and cancel.is_set():
                self.stop()
                raise TaskStopped(Refusal.INTERRUPTED, parts)
            left = deadline - time.monotonic()
            if left <= 0:
                self.stop()
                raise TaskStopped(Refusal.TOO_SLOW, parts)
            wait([conn, process.sentinel], min(left, 0.2))
            try:
                while conn.poll():
                    reply = conn.recv()
                    if reply[1] != job:
                        continue
                    if reply[0] == "part":
                        parts.append(reply[2])
                        if on_part is not None:
                            on_part(reply[2])
                        continue
                    if reply[0] == "ok":
                        return reply[2]
                    if reply[2] is Refusal.TOO_LARGE:
                        self.stop()
                    raise TaskStopped(reply[2], parts, reply[3] if len(reply) > 3 else "")
            except (EOFError, OSError):
                pass
            if not process.is_alive():
                process.join(1)
                reason, _retry = _death_reason_of(process.exitcode)
                self.stop()
                raise TaskStopped(reason, parts)

    def stop(self) -> None:
        if self._child is None:
            return
        process, conn = self._child
        self._child = None
        with contextlib.suppress(OSError, ValueError):
            conn.send(None)
        with contextlib.suppress(OSError):
            conn.close()
        process.join(0.2)
        if process.is_alive():
            with contextlib.suppress(OSError, AttributeError):
                process.kill()
            process.join(2)

    def pid(self) -> int | None:
        return self._child[0].pid if self._child is not None and self._child[0].is_alive() else None


def _death_reason_of(code: int | None) -> tuple[Refusal, bool]:
    signum = -code if code is not None and code < 0 else 0
    if signum == getattr(signal, "SIGXCPU", -1):
        return Refusal.TOO_SLOW, False
    if signum in (signal.SIGKILL, signal.SIGSEGV, signal.SIGABRT, getattr(signal, "SIGBUS", -1)):
        return Refusal.TOO_LARGE, False
    return Refusal.FAILED, False


_TASK_CHILDREN: dict[str, TaskChild] = {}


def task_child(name: str, limits: TaskLimits) -> TaskChild:
    """The task child for one kind of work (``briefing``), started on demand."""
    limits = limits.from_environment(name)
    child = _TASK_CHILDREN.get(name)
    if child is None or child.limits != limits:
        if child is not None:
            child.stop()
        child = _TASK_CHILDREN[name] = TaskChild(limits, name)
    return child


def stop_task_children() -> None:
    for child in _TASK_CHILDREN.values():
        child.stop()
    _TASK_CHILDREN.clear()


atexit.register(stop_task_children)
