"""What the member can do to a whole meeting: correct its details, remove it, open its original.

Signals: ``library_changed(str)`` — the library changed; the id to select afterwards ("" for
the first item); ``reported(str)`` — one status-bar line.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.library.bilag import remove_meeting
from app.services.workspace import DamagedMeetingFile, Library
from app.ui.edit_meeting_dialog import EditMeetingDialog
from app.ui.messages import no_viewer_message
from app.ui.selection_view import damaged_text


class MeetingCommands(QObject):
    """Signals: ``library_changed(str)``, ``reported(str)``."""

    library_changed = Signal(str)
    reported = Signal(str)

    def __init__(self, library: Library, window: QWidget) -> None:
        super().__init__(window)
        self.library = library
        self._window = window

    def edit(self, meeting_id: str | None, reselect: str) -> None:
        """Let the member correct municipality, committee and date (kept across re-imports)."""
        record = self.library.record(meeting_id or "")
        if record is None:
            return
        dialog = EditMeetingDialog(record, self._window)
        if dialog.exec() and dialog.changes():
            try:
                self.library.edit(record.meeting_id, **dialog.changes())
            except DamagedMeetingFile as err:  # one line in the status bar; the file is left as it is
                self.reported.emit(damaged_text(Library.label(record), err.path.name))
                return
            self.library_changed.emit(reselect)

    def remove(self, meeting_id: str | None) -> None:
        """Remove the meeting and its copied source, after asking."""
        record = self.library.record(meeting_id or "")
        if record is None:
            return
        answer = QMessageBox.question(
            self._window, self.tr("Fjern møde"),
            self.tr("Fjern %1 fra biblioteket? Kildefilen slettes fra Mødemappe, ikke fra din computer.")
            .replace("%1", f"{record.committee or ''} {record.date or ''}".strip()),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            remove_meeting(self.library, record.meeting_id)  # and the bilag nothing else uses
            self.library_changed.emit("")

    def open_original(self, meeting_id: str | None, item_id: str | None) -> None:
        """Open the source file in the system viewer, at the item's page where the viewer understands it."""
        path = self.library.source_path(meeting_id) if meeting_id else None
        if meeting_id is None or path is None:
            self.reported.emit(self.tr("Kildefilen findes ikke længere."))
            return
        url = QUrl.fromLocalFile(str(path))
        if item_id and path.suffix.lower() == ".pdf":
            number = item_id[len(meeting_id) + 1 :]
            try:
                item = next((i for i in self.library.meeting(meeting_id).items if i.number == number), None)
            except DamagedMeetingFile:  # the original is whole: it opens, at its first page
                item = None
            if item and item.source_page:
                url.setFragment(f"page={item.source_page}")
        if not QDesktopServices.openUrl(url):
            self.reported.emit(no_viewer_message())
