"""Marks an item read once the member has stayed on it a while (like a mail reader does).

Only an unread item changes; moving on before the time is up leaves it unread. The
window tells the tracker which item is shown; the rule itself lives in the annotation
service, shared with everything else that changes annotations.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from app.services.annotations import READ_AFTER_MS, AnnotationService


class ReadingTracker(QObject):
    """Starts the clock when an item is shown; stops it when another (or none) is."""

    def __init__(
        self, service: AnnotationService, parent: QObject | None = None, delay_ms: int = READ_AFTER_MS
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.item_id: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._on_timer_timeout)

    def item_shown(self, item_id: str | None) -> None:
        self.item_id = item_id
        self._timer.stop()
        if item_id is not None:
            self._timer.start()

    def set_delay(self, delay_ms: int) -> None:
        self._timer.setInterval(delay_ms)

    def _on_timer_timeout(self) -> None:
        if self.item_id is not None:
            self.service.mark_read_after_dwell(self.item_id)
