"""The window's side of settling a library change: one place, one signal.

Window import and window portal sync both hand their :class:`LibraryChange` to
:meth:`LibrarySettler.settle`: the notes are re-homed on the window's annotation store (the
store has one owner), then the search index is updated once, incrementally, in the worker
process (:func:`app.services.library.settle.settle_job`), and ``changed(LibraryChange)`` tells
every view — as Anki's operations announce their ``OpChanges``.

Signals: ``changed(object)`` — a settled :class:`LibraryChange` (its ``orphaned`` filled).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.services.library.change import LibraryChange
from app.services.library.settle import note_rows, rehome_notes, settle_job
from app.services.notes.annotations import AnnotationService
from app.services.workers.tasks import Poller


class LibrarySettler(QObject):
    """Signals: ``changed(object)``."""

    changed = Signal(object)

    def __init__(self, annotations: AnnotationService, on_indexed: Callable[[], None] | None = None,
                 parent: QObject | None = None) -> None:  # fmt: skip
        """``on_indexed``: called when the worker has indexed a settled change (search reconnects)."""
        super().__init__(parent)
        self.annotations = annotations
        self._on_indexed = on_indexed
        self.library = annotations.library
        self._poller = Poller(self)
        self.settled = 0  # how many changes went through here (tests: one settle per import)

    def settle(self, change: LibraryChange) -> LibraryChange:
        """Re-home the notes now, index in the worker, announce the change once."""
        self.library.reload()  # the worker process wrote the library
        annotations = self.annotations
        annotations.change_requested.emit()
        rehome_notes(change, self.library, annotations.store)
        if change.meeting_ids or change.removed:
            annotations.undo_stack.clear()  # anchors may have moved under earlier commands
        rows = note_rows(change, annotations.store)
        pages, change.bilag_pages = change.bilag_pages, {}
        indexed = LibraryChange(bilag_pages=pages, removed=list(change.removed))
        if change.changed or rows:
            self._poller.start(settle_job, (str(self.library.profile), indexed, rows), self._on_job_finished,
                               on_failed=self._on_job_failed)  # fmt: skip
        change.settled = True
        self.settled += 1
        self.changed.emit(change)
        return change

    def _on_job_finished(self, _change: LibraryChange) -> None:
        if self._on_indexed is not None:
            self._on_indexed()

    def _on_job_failed(self, _message: str) -> None:
        self._on_job_finished(LibraryChange())  # the next start-up sync catches up
