"""What the centre and the notes panel show for the tree's current row — and for a meeting that cannot be read.

The window's one place that turns a selected row into a page: the item (with its bilag, case
history and change box) or the meeting, the notes panel pointed at that item, reading state
and highlights. A meeting whose stored file is damaged (by hand, a disk error) must never leave
the previous meeting's item on screen under its row, nor the notes panel on that item, where
the next keystroke would land on the wrong item: the centre shows one Danish line for *this*
meeting, the panel takes no notes, and the Original tab lets go of the previous document (a
page still rendering for it is dropped when it arrives).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex

from app.services.workspace import DamagedMeetingFile
from app.ui.formatting import escape, item_html, meeting_html
from app.ui.meeting_tree_model import NodeKind, Role
from app.ui.plain import display_name

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def damaged_text(meeting_label: str, file_name: str) -> str:
    """One line for a meeting whose stored file cannot be read (the centre, the status bar)."""
    text = QCoreApplication.translate(
        "ItemPage", "Mødet %1 kan ikke vises: den gemte fil (%2) er beskadiget. Importér mødet igen; "
                    "dine noter er ikke berørt."
    )  # fmt: skip
    return text.replace("%1", display_name(meeting_label, 120)).replace("%2", display_name(file_name, 120))


def damaged_html(meeting_label: str, file_name: str) -> str:
    """The centre's page for such a meeting: that one line, escaped."""
    return f"<p class='damaged'>{escape(damaged_text(meeting_label, file_name))}</p>"


class SelectionView:
    """Shows the tree's current row in the window's centre and notes panel (see the module's docstring)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def show(self, current: QModelIndex) -> str | None:
        """Show ``current``; returns the item or meeting id now shown ("" for a damaged meeting), or
        None for a row that shows nothing (a committee heading)."""
        w = self.window
        kind, meeting_id = current.data(Role.NODE_KIND), current.data(Role.MEETING_ID)
        if kind not in (NodeKind.ITEM, NodeKind.MEETING) or not meeting_id:
            w.panel.set_item(None)
            w.reading.item_shown(None)
            return None
        try:
            meeting = w.library.meeting(meeting_id)
        except DamagedMeetingFile as err:
            return self._show_damaged(meeting_id, err)
        if kind == NodeKind.ITEM:
            item_id = current.data(Role.ITEM_ID)
            number = item_id[len(meeting_id) + 1 :]
            item = next((i for i in meeting.items if i.number == number), None)
            if item is None:  # the index and the file disagree: a file replaced by hand
                return self._show_damaged(meeting_id, None)
            bilag = w.centre.bilag_section(meeting_id, item)
            page = item_html(meeting, item, w.case_history.for_item(item_id, item.case_number), bilag)
            w.view.show_html(w.changes.item_box(meeting_id, item) + page)
            w.panel.set_item(item_id, f"{item.number}. {item.title}")
            w.reading.item_shown(item_id)
            w.highlights.paint(item_id)
            w.hits.mark()
            return str(item_id)
        w.view.show_html(w.reading.with_progress(meeting_html(meeting, meeting_id), meeting_id))
        w.panel.set_item(None)
        w.reading.item_shown(None)
        w.highlights.paint(None)
        return str(meeting_id)

    def _show_damaged(self, meeting_id: str, err: DamagedMeetingFile | None) -> str:
        w = self.window
        record = w.library.record(meeting_id)
        label = w.library.label(record) if record is not None else meeting_id
        file_name = err.path.name if err is not None else f"{meeting_id}.json"
        w.panel.set_item(None)  # saves what was typed for the previous item, then takes no notes
        w.reading.item_shown(None)
        w.highlights.paint(None)
        w.centre.set_selection("")  # the Original tab lets go of the previous meeting's document
        w.centre.setCurrentWidget(w.centre.item_view)
        w.view.show_html(damaged_html(label, file_name))
        return ""
