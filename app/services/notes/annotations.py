"""Annotation use cases for the window: the rules of :mod:`app.services.notes.operations`, undoable.

Every change is a :class:`QUndoCommand` on one :class:`QUndoStack` holding the item's
annotation before and after, so undo and redo restore whole states (orange-canvas-core).
The rules themselves — what a note, tag, follow-up, stance or highlight edit does, and
which values are valid — live in :mod:`app.services.notes.operations`, shared with the CLI.

Signals: ``change_requested()`` — an edit (or undo/redo) is about to be applied: a widget holding
typed, not yet saved text saves it first, so the edit cannot overwrite it;
``changed(str)`` — the anchor whose annotation changed ("" when many did);
``tags_changed()``; ``edit_rejected(str)`` — one line on why an edit was not saved.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.model.annotation import Annotation, FollowUp, InvalidAnnotation, ReadingState, Stance, TextQuote
from app.services.notes import operations
from app.storage.annotations import AnnotationStore
from app.storage.identity import ItemRecord
from app.storage.library import Library

NOTE_COMMAND_ID = 4711
READING_COMMAND_ID = 4712
READ_AFTER_MS = 8000  # staying this long on an unread item marks it read


class _Change(QUndoCommand):
    def __init__(self, service: AnnotationService, change: operations.Change, text: str, merge_id: int = -1) -> None:
        super().__init__(text)
        self._service = service
        self.anchor = change.anchor
        self.before = change.before
        self.after = change.after
        self._merge_id = merge_id

    def id(self) -> int:
        return self._merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _Change) or other.anchor != self.anchor or other.id() != self.id():
            return False
        self.after = other.after  # consecutive note edits on one item undo as one step
        return True

    def redo(self) -> None:
        self._service._restore(self.anchor, self.after, keep_progress=self._merge_id != READING_COMMAND_ID)

    def undo(self) -> None:
        self._service._restore(self.anchor, self.before, keep_progress=self._merge_id != READING_COMMAND_ID)


class AnnotationService(QObject):
    """Signals: ``change_requested()``, ``changed(str)`` (an anchor), ``tags_changed()``, ``edit_rejected(str)``."""

    change_requested = Signal()
    changed = Signal(str)
    tags_changed = Signal()
    edit_rejected = Signal(str)

    def __init__(self, store: AnnotationStore, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.library = library
        self.undo_stack = QUndoStack(self)

    # --- lookups -----------------------------------------------------------------------------

    def ref(self, item_id: str) -> ItemRecord | None:
        """The library's item for an item id (None when it is not in the library)."""
        found = self.library.find_item(item_id)
        return found[1] if found else None

    def get(self, item_id: str) -> Annotation | None:
        item = self.ref(item_id)
        return self.store.get(item.anchor) if item else None

    def by_anchor(self, anchor: str) -> Annotation | None:
        return self.store.get(anchor)

    def badges(self) -> dict[str, str]:
        """Every item's short marker for the tree (read once at start and after many changes)."""
        by_anchor = {a.anchor: operations.badge(a) for a in self.store.all()}
        return {
            item.item_id: by_anchor[item.anchor]
            for record in self.library.meetings()
            for item in record.items
            if by_anchor.get(item.anchor)
        }

    def reading_states(self) -> dict[str, ReadingState]:
        """Reading progress per library item id (items not in the result are unread)."""
        by_anchor = {a.anchor: a.reading for a in self.store.all() if a.reading is not ReadingState.UNREAD}
        return {
            item.item_id: by_anchor[item.anchor]
            for record in self.library.meetings()
            for item in record.items
            if item.anchor in by_anchor
        }

    def tag_colors(self) -> dict[str, str]:
        """Every tag in use or with a saved colour, by name, with its colour."""
        return self.store.tags()

    def orphans(self) -> list[Annotation]:
        """Notes whose item vanished in a revised document, waiting to be reattached."""
        return self.store.orphans()

    # --- changes (all undoable) ----------------------------------------------------------------

    def undo(self) -> None:
        """Undo the last edit, after pending typed text is saved (so it is undone, not lost)."""
        self.change_requested.emit()
        self.undo_stack.undo()

    def redo(self) -> None:
        self.change_requested.emit()
        self.undo_stack.redo()

    def _apply(self, item_id: str, rule_factory: Callable[[], operations.Rule], text: str, merge_id: int = -1) -> bool:
        self.change_requested.emit()
        item = self.ref(item_id)
        if item is None:
            return False
        try:
            change = operations.plan(self.store, item, rule_factory())
        except InvalidAnnotation as err:
            self.edit_rejected.emit(str(err))
            return False
        if change is not None:
            self.undo_stack.push(_Change(self, change, text, merge_id))
        return change is not None

    def _restore(self, anchor: str, state: Annotation | None, *, keep_progress: bool = False) -> None:
        if keep_progress:
            state = operations.keeping_progress(state, self.store.get(anchor))
        operations.commit(self.store, anchor, state)
        self.changed.emit(anchor)

    def set_note(self, item_id: str, text: str) -> None:
        self._apply(item_id, lambda: operations.note(text), self.tr("Ret note"), NOTE_COMMAND_ID)

    def set_stance(self, item_id: str, stance: Stance) -> None:
        self._apply(item_id, lambda: operations.stance(stance), self.tr("Skift holdning"))

    def set_follow_up(self, item_id: str, follow_up: FollowUp) -> None:
        self._apply(item_id, lambda: operations.follow_up(follow_up), self.tr("Ret opfølgning"))

    def set_reading(self, item_id: str, state: ReadingState) -> None:
        """The member sets the item's progress by hand (undoable)."""
        self._apply(item_id, lambda: operations.reading(state), self.tr("Skift læsestatus"), READING_COMMAND_ID)

    def mark_read_after_dwell(self, item_id: str) -> bool:
        """The member stayed on an unread item. Not an undo step: nothing was edited. True if it changed."""
        self.change_requested.emit()
        item = self.ref(item_id)
        if item is None:
            return False
        change = operations.plan(self.store, item, operations.read_after_dwell())
        if change is None:
            return False
        operations.commit(self.store, change.anchor, change.after)
        self.changed.emit(change.anchor)
        return True

    def add_tag(self, item_id: str, tag: str) -> None:
        if self._apply(item_id, lambda: operations.add_tag(tag), self.tr("Tilføj tag")):
            self.tags_changed.emit()

    def remove_tag(self, item_id: str, tag: str) -> None:
        if self._apply(item_id, lambda: operations.remove_tag(tag), self.tr("Fjern tag")):
            self.tags_changed.emit()

    def add_highlight(self, item_id: str, quote: TextQuote, color: str, comment: str = "", document: str = "",
                      page: int = 0) -> None:  # fmt: skip
        """Highlight a quote in the item, or on page ``page`` of the bilag ``document`` (sha256).

        A passage that is highlighted already is not stored again; ``edit_rejected`` says so."""
        if self.is_highlighted(item_id, quote, document, page):
            self.edit_rejected.emit(self.tr("Teksten er allerede markeret."))
            return
        rule = lambda: operations.add_highlight(quote, color, comment, document, page)  # noqa: E731
        self._apply(item_id, rule, self.tr("Markér tekst"))

    def is_highlighted(self, item_id: str, quote: TextQuote, document: str = "", page: int = 0) -> bool:
        """True if the passage is highlighted on the item already (see :func:`operations.highlighted`)."""
        return operations.highlighted(self.get(item_id), quote, document, page)

    def remove_highlight(self, item_id: str, highlight_id: str) -> None:
        self._apply(item_id, lambda: operations.remove_highlight(highlight_id), self.tr("Slet markering"))

    # --- changes across items (not undone piecemeal) ---------------------------------------------

    def rename_tag(self, old: str, new: str) -> int:
        self.change_requested.emit()
        try:
            changed = operations.rename_tag(self.store, old, new)
        except InvalidAnnotation as err:
            self.edit_rejected.emit(str(err))
            return 0
        self.undo_stack.clear()  # a rename touches many items; it is not undone piecemeal
        self.tags_changed.emit()
        self.changed.emit("")
        return changed

    def set_tag_color(self, tag: str, color: str) -> None:
        operations.set_tag_color(self.store, tag, color)
        self.tags_changed.emit()

    def reattach(self, anchor: str, item_id: str) -> None:
        self.change_requested.emit()
        item = self.ref(item_id)
        if item is not None:
            self.store.reattach(anchor, item)
            self.undo_stack.clear()
            self.changed.emit("")
