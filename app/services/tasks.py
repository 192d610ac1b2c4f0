"""One helper for background work: run a plain function off the GUI thread, hear about it on it.

Workers take and return plain data and never touch Qt: they run on a Python thread pool
and only put their progress and result into a locked slot — a plain Python object — which
a QTimer on the GUI thread polls and turns into signals. A worker thread never holds a
reference to a Qt object: when it dropped the last reference to a PySide wrapper (a job
object, a signal holder), the wrapper was destroyed on the wrong thread and memory was
corrupted; that showed up as rare crashes in unrelated code.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

Progress = Callable[[int, int, str], None]

_EXECUTOR = ThreadPoolExecutor(max_workers=2, thread_name_prefix="moedemappe-worker")
_RUNNING: set[Future[None]] = set()
_RUNNING_LOCK = threading.Lock()
POLL_MS = 40


class _Slot:
    """Where a worker leaves its progress and outcome (plain Python, shared under a lock)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.cancel = threading.Event()
        self.progress: tuple[int, int, str] | None = None
        self.outcome: tuple[str, Any] | None = None

    def report(self, done: int, total: int, name: str) -> None:
        with self.lock:
            self.progress = (done, total, name)


def _work(slot: _Slot, func: Callable[[Progress, threading.Event], Any]) -> None:
    try:
        result = func(slot.report, slot.cancel)
    except Exception as err:  # reported to the user through one message path
        outcome: tuple[str, Any] = ("failed", str(err))
    else:
        outcome = ("finished", result)
    with slot.lock:
        slot.outcome = outcome


class Job(QObject):
    """A background job. Signals: ``progressed(int, int, str)``, ``finished(object)``, ``failed(str)``.

    ``func(progress, cancel_event)`` must be plain Python: it runs on a worker thread.
    """

    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, func: Callable[[Progress, threading.Event], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._slot = _Slot()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()
        future = _EXECUTOR.submit(_work, self._slot, func)
        with _RUNNING_LOCK:
            _RUNNING.add(future)
        future.add_done_callback(_forget)

    def cancel(self) -> None:
        self._slot.cancel.set()

    def _on_timer_timeout(self) -> None:
        slot = self._slot
        with slot.lock:
            progress, slot.progress = slot.progress, None
            outcome = slot.outcome
        if progress is not None:
            self.progressed.emit(*progress)
        if outcome is not None:
            self._timer.stop()
            if outcome[0] == "finished":
                self.finished.emit(outcome[1])
            else:
                self.failed.emit(outcome[1])


def _forget(future: Future[None]) -> None:
    with _RUNNING_LOCK:
        _RUNNING.discard(future)


def running_jobs() -> int:
    """How many background jobs are still working (tests assert none is left behind)."""
    with _RUNNING_LOCK:
        return len(_RUNNING)
