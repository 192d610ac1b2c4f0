"""One helper for background work: run a job in a worker *process*, hear about it on the GUI thread.

Jobs (``import_job``, ``settle_job``, ``index_job``, ``sync_job``, ``briefing_job``) are plain functions
with picklable arguments and results.
They run one after the other in one spawned worker process; progress and outcome come back
over a pipe, and a long-lived :class:`Poller` per owner checks the pipe on a QTimer and
calls the owner's callbacks on the GUI thread.

Why a process and not a thread: with PySide6 (6.9–6.12 tried), Python worker threads
running next to the Qt event loop led to rare memory corruption that crashed the app in
unrelated places. So the GUI process starts **no Python thread at all** — not even the
management thread a ``ProcessPoolExecutor`` or the feeder thread a ``multiprocessing.Queue``
would start: the worker is a plain ``multiprocessing.Process`` with a ``Pipe``, and the GUI
side only ever polls it.

The worker is disposable. If it dies (killed, crashed, out of memory) the job it held fails
with one line and the next job starts a fresh worker — no "broken pool" until restart. A
cancelled job that does not stop within :data:`CANCEL_GRACE_S` is killed. :func:`shutdown`
(called when the app quits) ends it, and it ends itself when the app dies (Linux
``PR_SET_PDEATHSIG``; elsewhere it notices its parent is gone while idle). Untrusted parsing
inside a job runs one level further down, in :mod:`app.services.workers.isolation`'s children.
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import multiprocessing as mp
import os
import signal
import time
from collections import deque
from collections.abc import Callable
from enum import Enum
from typing import Any

from PySide6.QtCore import QObject, QTimer

from app.services.workers.isolation import _die_with_parent, next_message
from app.services.workers.isolation import shutdown as shutdown_children
from app.services.workers.progress import Progress
from app.storage.profile_lock import ProfileLockedError

POLL_MS = 50
CANCEL_GRACE_S = 3.0


class JobError(str, Enum):
    """Why a job ended without a result (the ``on_failed`` message; anything else is the error's own line)."""

    WORKER_GONE = "worker_gone"  # the worker process died under the job
    CANCELLED = "cancelled"  # a cancelled job had to be killed
    PROFILE_IN_USE = "profile_in_use"  # another process (a command, another window) holds the profile


WORKER_GONE = JobError.WORKER_GONE
CANCELLED = JobError.CANCELLED
_CONTEXT = mp.get_context("spawn")
_IDS = itertools.count(1)


# --- the worker process side ---------------------------------------------------------------


def _worker_main(conn: Any, cancel: Any, parent_pid: int) -> None:
    """Run jobs sent over ``conn`` until told to stop or the parent is gone."""
    _die_with_parent(parent_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        while (message := next_message(conn, parent_pid)) is not None:
            task_id, func, args = message

            def progress(done: int, total: int, name: str, task_id: int = task_id) -> None:
                conn.send(("progress", task_id, (done, total, name)))

            try:
                result = func(progress, cancel, *args)
            except ProfileLockedError:
                reply: tuple[str, int, Any] = ("failed", task_id, JobError.PROFILE_IN_USE.value)
            except BaseException as err:
                reply = ("failed", task_id, f"{type(err).__name__}: {err}"[:500])
            else:
                reply = ("finished", task_id, result)
            try:
                conn.send(reply)
            except (OSError, ValueError):
                return
            except Exception as err:  # a result that does not pickle
                conn.send(("failed", task_id, f"{type(err).__name__}: {err}"[:500]))
    finally:
        shutdown_children()  # the parser children of this worker


# --- the GUI side --------------------------------------------------------------------------


class Task:
    """A job for the worker process; ``done``/``result``/``error`` once it has ended."""

    def __init__(
        self,
        func: Callable[..., Any],
        args: tuple[Any, ...],
        on_finished: Callable[[Any], None],
        on_progress: Progress | None,
        on_failed: Callable[[str], None] | None,
        worker: _Worker | None = None,
    ) -> None:
        self.task_id = next(_IDS)
        self.func, self.args = func, args
        self.on_finished, self.on_progress, self.on_failed = on_finished, on_progress, on_failed
        self.done = False
        self.result: Any = None
        self.error: str | None = None
        self.progress: tuple[int, int, str] | None = None
        self.cancelled_at: float | None = None
        self.worker = worker or _WORKER
        self.worker.submit(self)

    @property
    def cancelled(self) -> bool:
        return self.cancelled_at is not None

    def cancel(self) -> None:
        """Ask the job to stop; a job that does not stop within the grace time is killed."""
        if self.done or self.cancelled_at is not None:
            return
        self.cancelled_at = time.monotonic()
        self.worker.cancel(self)

    def wait(self, timeout: float = 30.0) -> bool:
        """Block until the job has ended (used when closing); True if it has."""
        deadline = time.monotonic() + timeout
        while not self.done and time.monotonic() < deadline:
            self.worker.pump(min(0.05, max(0.0, deadline - time.monotonic())))
        return self.done


class _Worker:
    """The one worker process of this app, restarted on demand; jobs run in submission order."""

    def __init__(self) -> None:
        self.process: Any = None
        self.conn: Any = None
        self.cancel_event: Any = None
        self.pending: deque[Task] = deque()
        self.current: Task | None = None

    # starting and stopping

    def _start(self) -> None:
        self.conn, child = _CONTEXT.Pipe(duplex=True)
        self.cancel_event = _CONTEXT.Event()
        self.process = _CONTEXT.Process(
            target=_worker_main, args=(child, self.cancel_event, os.getpid()), name="moedemappe-worker"
        )
        self.process.start()
        child.close()

    def alive(self) -> bool:
        return self.process is not None and self.process.is_alive()

    def kill(self) -> None:
        if self.process is not None:
            with contextlib.suppress(OSError, ValueError, AttributeError):
                self.process.kill()
            self.process.join(5)
            with contextlib.suppress(OSError, ValueError, AttributeError):
                self.conn.close()
        self.process = self.conn = None

    def shutdown(self) -> None:
        """Stop the worker now; any job still running or waiting fails as cancelled."""
        if self.process is not None and self.current is None:
            with contextlib.suppress(OSError, ValueError):
                self.conn.send(None)
            self.process.join(1)
        self.kill()
        for task in [*([self.current] if self.current else []), *self.pending]:
            self._end(task, error=CANCELLED)
        self.current = None
        self.pending.clear()

    # jobs

    def submit(self, task: Task) -> None:
        self.pending.append(task)
        self._next()

    def cancel(self, task: Task) -> None:
        if task is self.current:
            if self.cancel_event is not None:
                self.cancel_event.set()
        elif task in self.pending:
            self.pending.remove(task)
            self._end(task, error=CANCELLED)

    def running(self) -> int:
        return len(self.pending) + (1 if self.current is not None else 0)

    def _next(self) -> None:
        while self.current is None and self.pending:
            task = self.pending.popleft()
            if not self.alive():
                self.kill()
                self._start()
            self.cancel_event.clear()
            try:
                self.conn.send((task.task_id, task.func, task.args))
            except (OSError, ValueError):
                self.kill()
                self._end(task, error=WORKER_GONE)
                continue
            except Exception as err:  # arguments that do not pickle: the job's own fault
                self._end(task, error=f"{type(err).__name__}: {err}")
                continue
            self.current = task

    def _end(self, task: Task, result: Any = None, error: str | None = None) -> None:
        task.done, task.result, task.error = True, result, error
        if task is self.current:
            self.current = None

    def pump(self, timeout: float = 0.0) -> None:
        """Read what the worker said (waiting up to ``timeout``), notice its death, start the next job."""
        task = self.current
        if task is not None:
            try:
                ready = self.conn.poll(timeout)
                while ready:
                    kind, task_id, payload = self.conn.recv()
                    if task_id == task.task_id:
                        if kind == "progress":
                            task.progress = payload
                        elif kind == "finished":
                            self._end(task, result=payload)
                        else:
                            self._end(task, error=str(payload))
                    ready = self.current is task and self.conn.poll(0)
            except (EOFError, OSError, ValueError):
                pass
            if self.current is task and not self.alive():
                self.kill()
                self._end(task, error=CANCELLED if task.cancelled else WORKER_GONE)
            elif self.current is task and task.cancelled_at is not None:
                if time.monotonic() - task.cancelled_at > CANCEL_GRACE_S:
                    self.kill()
                    self._end(task, error=CANCELLED)
        self._next()


_WORKER = _Worker()  # imports, index builds, briefings: one after the other
QUERY_WORKER = _Worker()  # search queries: never queued behind an import
_WORKERS = (_WORKER, QUERY_WORKER)


class Poller(QObject):
    """Starts jobs and delivers their progress and outcome on the GUI thread."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._tasks: list[Task] = []
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    def start(
        self,
        func: Callable[..., Any],
        args: tuple[Any, ...],
        on_finished: Callable[[Any], None],
        on_progress: Progress | None = None,
        on_failed: Callable[[str], None] | None = None,
        worker: _Worker | None = None,
    ) -> Task:
        task = Task(func, args, on_finished, on_progress, on_failed, worker)
        self._tasks.append(task)
        self._timer.start()
        return task

    def _on_timer_timeout(self) -> None:
        for worker in {task.worker for task in self._tasks}:
            worker.pump(0)
        for task in list(self._tasks):
            if task.progress is not None and task.on_progress is not None:
                progress, task.progress = task.progress, None
                task.on_progress(*progress)
            if task.done:
                self._tasks.remove(task)
                if task.error is None:
                    task.on_finished(task.result)
                elif task.on_failed is not None:
                    task.on_failed(task.error)
        if not self._tasks:
            self._timer.stop()


def running_jobs() -> int:
    """How many background jobs are still waiting or working (tests assert none is left behind)."""
    for worker in _WORKERS:
        worker.pump(0)
    return sum(worker.running() for worker in _WORKERS)


def worker_pid() -> int | None:
    """The worker process's id while it lives (tests kill it with SIGKILL)."""
    return _WORKER.process.pid if _WORKER.alive() else None


def shutdown() -> None:
    """End the workers (and with them the parser children); the app calls this when it quits."""
    for worker in _WORKERS:
        worker.shutdown()


atexit.register(shutdown)  # before multiprocessing's own exit handler joins (and would wait for) the worker
