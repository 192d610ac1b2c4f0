"""One helper for background work: run a job in a worker *process*, hear about it on the GUI thread.

Jobs (:mod:`app.services.jobs`) are plain functions with picklable arguments and results.
They run in one spawned worker process; progress comes back over a multiprocessing queue,
and a long-lived :class:`Poller` per owner checks the queue and the futures on a QTimer
and calls the owner's callbacks on the GUI thread.

Why a process and not a thread: with PySide6 (6.9–6.12 tried), Python worker threads
running next to the Qt event loop led to rare memory corruption that crashed the app in
unrelated places; the same work in the GUI thread or in another process never did. A
process also keeps the window fully responsive while parsing PDFs, which holds the GIL.
"""

from __future__ import annotations

import itertools
import multiprocessing as mp
import queue as queue_module
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, QTimer

Progress = Callable[[int, int, str], None]

POLL_MS = 50
_CONTEXT = mp.get_context("spawn")
_LOCK = threading.Lock()
_EXECUTOR: ProcessPoolExecutor | None = None
_QUEUE: Any = None
_CANCEL: Any = None
_RUNNING: set[Future[Any]] = set()
_IDS = itertools.count(1)

# --- the worker process side ---------------------------------------------------------------

_child_queue: Any = None
_child_cancel: Any = None


def _child_init(progress_queue: Any, cancel_event: Any) -> None:
    global _child_queue, _child_cancel
    _child_queue, _child_cancel = progress_queue, cancel_event


def _child_run(task_id: int, func: Callable[..., Any], args: tuple[Any, ...]) -> Any:
    def progress(done: int, total: int, name: str) -> None:
        _child_queue.put((task_id, done, total, name))

    return func(progress, _child_cancel, *args)


# --- the GUI side --------------------------------------------------------------------------


def _executor() -> ProcessPoolExecutor:
    global _EXECUTOR, _QUEUE, _CANCEL
    with _LOCK:
        if _EXECUTOR is None:
            _QUEUE = _CONTEXT.Queue()
            _CANCEL = _CONTEXT.Event()
            _EXECUTOR = ProcessPoolExecutor(
                max_workers=1, mp_context=_CONTEXT, initializer=_child_init, initargs=(_QUEUE, _CANCEL)
            )
        return _EXECUTOR


class Task:
    """A job submitted to the worker process."""

    def __init__(
        self,
        func: Callable[..., Any],
        args: tuple[Any, ...],
        on_finished: Callable[[Any], None],
        on_progress: Callable[[int, int, str], None] | None,
        on_failed: Callable[[str], None] | None,
    ) -> None:
        self.task_id = next(_IDS)
        self.on_finished, self.on_progress, self.on_failed = on_finished, on_progress, on_failed
        executor = _executor()
        if _CANCEL is not None:
            _CANCEL.clear()
        self.future: Future[Any] = executor.submit(_child_run, self.task_id, func, args)
        with _LOCK:
            _RUNNING.add(self.future)
        self.future.add_done_callback(_forget)

    def cancel(self) -> None:
        if _CANCEL is not None:
            _CANCEL.set()

    def wait(self, timeout: float = 30.0) -> bool:
        try:
            self.future.result(timeout=timeout)
        except Exception:
            return self.future.done()
        return True


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
        on_progress: Callable[[int, int, str], None] | None = None,
        on_failed: Callable[[str], None] | None = None,
    ) -> Task:
        task = Task(func, args, on_finished, on_progress, on_failed)
        self._tasks.append(task)
        self._timer.start()
        return task

    def _on_timer_timeout(self) -> None:
        latest: dict[int, tuple[int, int, str]] = {}
        while _QUEUE is not None:
            try:
                task_id, done, total, name = _QUEUE.get_nowait()
            except (queue_module.Empty, OSError, ValueError):
                break
            latest[task_id] = (done, total, name)
        for task in list(self._tasks):
            if task.task_id in latest and task.on_progress is not None:
                task.on_progress(*latest[task.task_id])
            if task.future.done():
                self._tasks.remove(task)
                try:
                    result = task.future.result()
                except Exception as err:
                    if task.on_failed is not None:
                        task.on_failed(str(err))
                else:
                    task.on_finished(result)
        if not self._tasks:
            self._timer.stop()


def _forget(future: Future[Any]) -> None:
    with _LOCK:
        _RUNNING.discard(future)


def running_jobs() -> int:
    """How many background jobs are still working (tests assert none is left behind)."""
    with _LOCK:
        return len(_RUNNING)
