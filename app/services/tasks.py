"""One helper for background work: run a plain function on QThreadPool, deliver on the GUI thread.

Workers take and return plain data and never touch widgets; results and errors come back
through the :class:`TaskSignals` of the task, queued onto the receiver's thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class TaskSignals(QObject):
    """Signals: ``finished(result)``, ``failed(message)``."""

    finished = Signal(object)
    failed = Signal(str)


class _Task(QRunnable):
    def __init__(self, func: Callable[[], Any], signals: TaskSignals) -> None:
        super().__init__()
        self._func = func
        self.signals = signals

    def run(self) -> None:
        try:
            result = self._func()
        except Exception as err:
            self.signals.failed.emit(str(err))
        else:
            self.signals.finished.emit(result)


def run_task(func: Callable[[], Any], parent: QObject) -> TaskSignals:
    """Run ``func()`` in the global thread pool; connect to the returned signals."""
    signals = TaskSignals(parent)
    QThreadPool.globalInstance().start(_Task(func, signals))
    return signals
