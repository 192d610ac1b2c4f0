"""Annotation use cases for the UI: one owner of the annotation store, with undo/redo.

Every change is a :class:`QUndoCommand` on one :class:`QUndoStack` holding the item's
annotation before and after, so undo and redo restore whole states (orange-canvas-core).

Signals: ``changed(str)`` — the anchor whose annotation changed; ``tags_changed()``.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.model.annotation import (
    Annotation,
    FollowUp,
    FollowUpStatus,
    Highlight,
    ItemFingerprint,
    ReadingState,
    Stance,
    TextQuote,
)
from app.storage.annotations import AnnotationStore, ItemRef
from app.storage.library import Library, MeetingRecord

NOTE_COMMAND_ID = 4711
READING_COMMAND_ID = 4712
READ_AFTER_MS = 8000  # staying this long on an item marks it read (an unread item only)


class _Change(QUndoCommand):
    def __init__(self, service: AnnotationService, anchor: str, before: Annotation | None,
                 after: Annotation | None, text: str, merge_id: int = -1) -> None:  # fmt: skip
        super().__init__(text)
        self._service = service
        self.anchor = anchor
        self.before = before
        self.after = after
        self._merge_id = merge_id

    def id(self) -> int:
        return self._merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _Change) or other.anchor != self.anchor or other.id() != self.id():
            return False
        self.after = other.after  # consecutive note edits on one item undo as one step
        return True

    def redo(self) -> None:
        self._service._restore(self.anchor, self.after, keep_reading=self._merge_id != READING_COMMAND_ID)

    def undo(self) -> None:
        self._service._restore(self.anchor, self.before, keep_reading=self._merge_id != READING_COMMAND_ID)


class AnnotationService(QObject):
    """Signals: ``changed(str)`` (an anchor), ``tags_changed()``."""

    changed = Signal(str)
    tags_changed = Signal()

    def __init__(self, store: AnnotationStore, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.library = library
        self.undo_stack = QUndoStack(self)

    # --- lookups -----------------------------------------------------------------------------

    def ref(self, item_id: str) -> ItemRef | None:
        found = self.library.find_item(item_id)
        if found is None:
            return None
        record, item = found
        return ItemRef(item.anchor, record.meeting_key, item.number, item.title, item.case_number)

    def get(self, item_id: str) -> Annotation | None:
        ref = self.ref(item_id)
        return self.store.get(ref.anchor) if ref else None

    def item_ids_for(self, anchor: str) -> list[str]:
        """The library items an anchor belongs to (the agenda's and the minutes' item)."""
        return [i.item_id for r in self.library.meetings() for i in r.items if i.anchor == anchor]

    def reading_states(self) -> dict[str, ReadingState]:
        """Reading progress per library item id (items not in the result are unread)."""
        by_anchor = {a.anchor: a.reading for a in self.store.all() if a.reading is not ReadingState.UNREAD}
        return {
            item.item_id: by_anchor[item.anchor]
            for record in self.library.meetings()
            for item in record.items
            if item.anchor in by_anchor
        }

    def set_reading(self, item_id: str, state: ReadingState) -> None:
        """The member sets the item's progress by hand (undoable)."""
        self._apply(item_id, lambda a: setattr(a, "reading", state), self.tr("Skift læsestatus"), READING_COMMAND_ID)

    def mark_read_after_dwell(self, item_id: str) -> bool:
        """The member stayed on an unread item: it is read now. Not an undo step (nothing was
        edited); an item already read or prepared keeps its state. True if it changed."""
        ref = self.ref(item_id)
        current = self.store.get(ref.anchor) if ref else None
        if ref is None or (current is not None and current.reading is not ReadingState.UNREAD):
            return False
        self.store.set_reading(ref, ReadingState.READ)
        self.changed.emit(ref.anchor)
        return True

    def badges(self) -> dict[str, str]:
        """Short markers for the tree: ✎ note, # tags, ⚑ open follow-up, ● highlights."""
        by_anchor: dict[str, str] = {}
        for a in self.store.all():
            if a.orphaned:
                continue
            marks = []
            if a.note.strip():
                marks.append("✎")
            if a.tags:
                marks.append("#" + ",".join(a.tags[:2]) + ("…" if len(a.tags) > 2 else ""))
            if a.follow_up.status is FollowUpStatus.OPEN:
                marks.append("⚑")
            if a.highlights:
                marks.append("●")
            if a.stance is not Stance.NONE:
                marks.append({Stance.FOR: "+", Stance.AGAINST: "−", Stance.UNDECIDED: "?"}[a.stance])
            by_anchor[a.anchor] = " ".join(marks)
        badges: dict[str, str] = {}
        for record in self.library.meetings():
            for item in record.items:
                if item.anchor in by_anchor:
                    badges[item.item_id] = by_anchor[item.anchor]
        return badges

    # --- changes (all undoable) ----------------------------------------------------------------

    def _apply(self, item_id: str, change: Callable[[Annotation], None], text: str, merge_id: int = -1) -> None:
        ref = self.ref(item_id)
        if ref is None:
            return
        before = self.store.get(ref.anchor)
        after = (
            copy.deepcopy(before)
            if before
            else Annotation(ref.anchor, ref.meeting_key, ItemFingerprint(ref.number, ref.title, ref.case_number))
        )
        after.fingerprint = ItemFingerprint(ref.number, ref.title, ref.case_number)
        change(after)
        if before is not None and after.to_dict() == before.to_dict():
            return
        self.undo_stack.push(_Change(self, ref.anchor, before, after, text, merge_id))

    def _restore(self, anchor: str, state: Annotation | None, *, keep_reading: bool = False) -> None:
        """Put back a whole state; ``keep_reading``: undoing a note must not undo "read" since."""
        current = self.store.get(anchor) if keep_reading else None
        if current is not None and current.reading is not ReadingState.UNREAD:
            state = copy.deepcopy(state) if state is not None else Annotation(
                anchor, current.meeting_key, copy.deepcopy(current.fingerprint)
            )
            state.reading = current.reading
        if state is None or (state.is_empty and not state.orphaned):
            self.store.restore(None, anchor)
        else:
            self.store.save(copy.deepcopy(state))
        self.changed.emit(anchor)

    def set_note(self, item_id: str, text: str) -> None:
        self._apply(item_id, lambda a: setattr(a, "note", text), self.tr("Ret note"), NOTE_COMMAND_ID)

    def set_stance(self, item_id: str, stance: Stance) -> None:
        self._apply(item_id, lambda a: setattr(a, "stance", stance), self.tr("Skift holdning"))

    def set_follow_up(self, item_id: str, follow_up: FollowUp) -> None:
        self._apply(item_id, lambda a: setattr(a, "follow_up", follow_up), self.tr("Ret opfølgning"))

    def add_tag(self, item_id: str, tag: str) -> None:
        tag = " ".join(tag.split())

        def change(a: Annotation) -> None:
            if tag and tag.casefold() not in (t.casefold() for t in a.tags):
                a.tags.append(tag)

        self._apply(item_id, change, self.tr("Tilføj tag"))
        if tag and tag not in self.store.tags():
            self.store.set_tag_color(tag, self._next_color())
        self.tags_changed.emit()

    def _next_color(self) -> str:
        from app.storage.annotations import TAG_COLORS

        return TAG_COLORS[len(self.store.tags()) % len(TAG_COLORS)]

    def remove_tag(self, item_id: str, tag: str) -> None:
        self._apply(item_id, lambda a: setattr(a, "tags", [t for t in a.tags if t != tag]), self.tr("Fjern tag"))
        self.tags_changed.emit()

    def rename_tag(self, old: str, new: str) -> int:
        changed = self.store.rename_tag(old, new)
        self.undo_stack.clear()  # a rename touches many items; it is not undone piecemeal
        self.tags_changed.emit()
        self.changed.emit("")
        return changed

    def set_tag_color(self, tag: str, color: str) -> None:
        self.store.set_tag_color(tag, color)
        self.tags_changed.emit()

    def add_highlight(self, item_id: str, quote: TextQuote, color: str, comment: str = "") -> None:
        highlight = Highlight(
            uuid.uuid4().hex[:12], quote, color, comment, datetime.now().isoformat(timespec="seconds")
        )
        self._apply(item_id, lambda a: a.highlights.append(highlight), self.tr("Markér tekst"))

    def remove_highlight(self, item_id: str, highlight_id: str) -> None:
        def change(a: Annotation) -> None:
            a.highlights = [h for h in a.highlights if h.highlight_id != highlight_id]

        self._apply(item_id, change, self.tr("Slet markering"))

    def reattach(self, anchor: str, item_id: str) -> None:
        ref = self.ref(item_id)
        if ref is not None:
            self.store.reattach(anchor, ref)
            self.undo_stack.clear()
            self.changed.emit(ref.anchor)

    def reconcile(self, record: MeetingRecord) -> list[str]:
        """After an import: re-home the meeting's annotations; returns anchors left orphaned.

        The items of every document of the meeting count (its agenda and its minutes).
        """
        refs: dict[str, ItemRef] = {}
        for other in self.library.meetings():
            if other.meeting_key == record.meeting_key:
                for i in other.items:
                    refs.setdefault(i.anchor, ItemRef(i.anchor, other.meeting_key, i.number, i.title, i.case_number))
        orphaned = self.store.reconcile(record.meeting_key, list(refs.values()))
        self.changed.emit("")
        return orphaned
