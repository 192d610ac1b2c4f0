"""Reading progress in the window: the tree's icons and counts, "read" after a while, Ctrl+D.

An unread item becomes read once the member has stayed on it for a while (like a mail
reader); moving on before that leaves it unread. The rules live in the annotation service
(:mod:`app.services.notes.operations`); this keeps the tree in step with them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from app.model.annotation import ReadingState
from app.services.notes.annotations import READ_AFTER_MS, AnnotationService
from app.ui.meeting_tree_model import MeetingTreeModel, progress_text


class ReadingTracker(QObject):
    """Starts the clock when an item is shown; stops it when another (or none) is."""

    def __init__(self, service: AnnotationService, model: MeetingTreeModel, parent: QObject | None = None,
                 delay_ms: int = READ_AFTER_MS) -> None:  # fmt: skip
        super().__init__(parent)
        self.service = service
        self.model = model
        self.item_id: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        service.changed.connect(self._on_service_changed)

    def refresh(self) -> None:
        """Every item's state from the store (at start, after an import)."""
        self.model.set_reading_states(self.service.reading_states())

    def item_shown(self, item_id: str | None) -> None:
        self.item_id = item_id
        self._timer.stop()
        if item_id is not None:
            self._timer.start()

    def set_delay(self, delay_ms: int) -> None:
        self._timer.setInterval(delay_ms)

    def with_progress(self, page: str, meeting_id: str) -> str:
        """A meeting page with "7 af 12 forberedt" under its heading."""
        progress = f'<p class="meta">{progress_text(*self.model.progress(meeting_id))}</p>'
        return page.replace("</h1>", "</h1>" + progress, 1)

    def toggle_prepared(self) -> None:
        """Ctrl+D: the shown item between prepared and read."""
        if self.item_id is None:
            return
        prepared = self.model.reading_state(self.item_id) is ReadingState.PREPARED
        self.service.set_reading(self.item_id, ReadingState.READ if prepared else ReadingState.PREPARED)

    def _on_timer_timeout(self) -> None:
        if self.item_id is not None:
            self.service.mark_read_after_dwell(self.item_id)

    def _on_service_changed(self, anchor: str) -> None:
        if not anchor:
            self.refresh()
            return
        annotation = self.service.by_anchor(anchor)
        state = annotation.reading if annotation is not None else ReadingState.UNREAD
        for item_id in self.service.library.item_ids_of_anchor(anchor):
            self.model.set_reading_state(item_id, state)
