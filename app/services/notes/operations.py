"""The annotation rules, once, without Qt: what a note, tag, follow-up, stance or highlight edit does.

The window and the command line make the same edits through these functions: the window's
:class:`app.services.notes.annotations.AnnotationService` wraps each in an undo command (it
:func:`plan`\\s the change and :func:`commit`\\s it on redo), the CLI :func:`apply`\\s it
directly. Every value is validated here or by the store, so nothing the app cannot read
back gets written — whoever asks.

A *rule* is a function that changes an :class:`Annotation` in place; :func:`plan` runs it on
a copy of the item's current annotation and says what would change.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.model.annotation import (
    MAX_TAG_CHARS,
    STANCE_MARKS,
    Annotation,
    FollowUp,
    FollowUpStatus,
    Highlight,
    InvalidAnnotation,
    ReadingState,
    Stance,
    TextQuote,
    color_problem,
    parse_due,
)
from app.model.visible_text import visible_label
from app.storage.annotations import TAG_COLORS, AnnotationStore, MergeResult, RejectedImport
from app.storage.atomic import atomic_write_bytes
from app.storage.identity import ItemRecord
from app.storage.library import Library

__all__ = ["Change", "InvalidAnnotation", "RejectedImport", "Rule", "apply", "commit", "export_markdown",
           "import_annotations", "plan"]  # fmt: skip

Rule = Callable[[Annotation], None]
HIGHLIGHT_COLOR = "#fff176"


@dataclass
class Change:
    """One item's annotation before and after an edit (``None``: no annotation)."""

    anchor: str
    before: Annotation | None
    after: Annotation | None


# --- rules ---------------------------------------------------------------------------------------


def clean_tag(tag: str) -> str:
    """A tag as stored: inner whitespace collapsed; raises :class:`InvalidAnnotation` if empty or too long."""
    tag = " ".join(str(tag).split())
    if not tag:
        raise InvalidAnnotation("a tag cannot be empty")
    if len(tag) > MAX_TAG_CHARS:
        raise InvalidAnnotation(f"tag {tag[:40]!r}…: longer than {MAX_TAG_CHARS} characters")
    return tag


def note(text: str) -> Rule:
    def rule(a: Annotation) -> None:
        a.note = text

    return rule


def stance(value: Stance) -> Rule:
    def rule(a: Annotation) -> None:
        a.stance = Stance(value)

    return rule


def follow_up(value: FollowUp) -> Rule:
    """Set the follow-up; the due date must be a real ``YYYY-MM-DD`` date (or none)."""
    checked = FollowUp(FollowUpStatus(value.status), parse_due(value.due), value.text)

    def rule(a: Annotation) -> None:
        a.follow_up = copy.copy(checked)

    return rule


def follow_up_fields(status: str | None = None, due: str | None = None, text: str | None = None) -> Rule:
    """Change some fields of the follow-up; a due date or text alone opens it (the CLI's ``note`` options)."""
    due = parse_due(due) if due is not None else None
    wanted = FollowUpStatus(status) if status else None

    def rule(a: Annotation) -> None:
        old = a.follow_up
        new_status = wanted or (old.status if old.status is not FollowUpStatus.NONE else FollowUpStatus.OPEN)
        a.follow_up = FollowUp(new_status, due or old.due, text if text is not None else old.text)

    return rule


def reading(state: ReadingState) -> Rule:
    """Set the reading progress by hand (any state: a member may also mark an item unread again)."""
    checked = ReadingState(state)

    def rule(a: Annotation) -> None:
        a.reading = checked

    return rule


def read_after_dwell() -> Rule:
    """The member stayed on the item: an unread item becomes read; read or prepared stays."""

    def rule(a: Annotation) -> None:
        if a.reading is ReadingState.UNREAD:
            a.reading = ReadingState.READ

    return rule


def keeping_progress(state: Annotation | None, current: Annotation | None) -> Annotation | None:
    """``state`` with the reading progress of ``current``: undoing a note or a tag puts back
    the text, not the "read" the member has reached since."""
    if current is None or current.reading is ReadingState.UNREAD:
        return state
    kept = copy.deepcopy(state) if state is not None else Annotation(current.anchor, current.meeting_key,
                                                                     copy.deepcopy(current.fingerprint))  # fmt: skip
    kept.reading = current.reading
    return kept


def add_tag(tag: str) -> Rule:
    tag = clean_tag(tag)

    def rule(a: Annotation) -> None:
        if tag.casefold() not in (t.casefold() for t in a.tags):
            a.tags.append(tag)

    return rule


def remove_tag(tag: str) -> Rule:
    def rule(a: Annotation) -> None:
        a.tags = [t for t in a.tags if t != tag]

    return rule


def add_highlight(quote: TextQuote, color: str = HIGHLIGHT_COLOR, comment: str = "", document: str = "",
                  page: int = 0) -> Rule:  # fmt: skip
    """A highlight in the item's text, or (``document``, ``page``) on a bilag page — there an empty
    quote with a comment is a note on the page."""
    if not quote.exact and not (document and comment.strip()):
        raise InvalidAnnotation("a highlight needs some selected text")
    highlight = Highlight(uuid.uuid4().hex[:12], quote, color, comment.strip(), _now(), document, page)

    def rule(a: Annotation) -> None:
        if not highlighted(a, quote, document, page):  # the same passage twice is stored once
            a.highlights.append(copy.deepcopy(highlight))

    return rule


def highlighted(annotation: Annotation | None, quote: TextQuote, document: str = "", page: int = 0) -> bool:
    """True if this passage (quote with its context, in this document and page) is highlighted already.

    A note on a bilag page (an empty quote) is never a duplicate: a page may carry several."""
    if annotation is None or not quote.exact:
        return False
    return any(h.quote == quote and h.document == document and h.page == page for h in annotation.highlights)


def remove_highlight(highlight_id: str) -> Rule:
    def rule(a: Annotation) -> None:
        a.highlights = [h for h in a.highlights if h.highlight_id != highlight_id]

    return rule


# --- applying rules ---------------------------------------------------------------------------------


def plan(store: AnnotationStore, item: ItemRecord, *rules: Rule) -> Change | None:
    """What the rules would do to the item's annotation; None when nothing changes.

    Raises:
        InvalidAnnotation: the result would not fit the schema (nothing is written).
    """
    before = store.get(item.anchor)
    after = copy.deepcopy(before) if before else Annotation(item.anchor, item.meeting_key, item.fingerprint())
    after.fingerprint = item.fingerprint()
    for rule in rules:
        rule(after)
    after.validate(before)
    if before is not None and after.to_dict() == before.to_dict():
        return None
    if before is None and after.is_empty:
        return None
    return Change(item.anchor, before, after)


def commit(store: AnnotationStore, anchor: str, state: Annotation | None) -> Annotation | None:
    """Make ``state`` the item's annotation (None or an empty one removes it); new tags get a colour.

    Returns what was saved (with its time stamp), or None when the annotation was removed.
    """
    if state is None or (state.is_empty and not state.orphaned):
        store.restore(None, anchor)
        return None
    saved = copy.deepcopy(state)
    store.save(saved)
    if saved.tags:
        ensure_tag_colors(store, saved.tags)
    return saved


def apply(store: AnnotationStore, item: ItemRecord, *rules: Rule) -> Annotation | None:
    """Plan and commit in one go (the command line); returns the item's annotation afterwards."""
    change = plan(store, item, *rules)
    if change is None:
        return store.get(item.anchor)
    return commit(store, change.anchor, change.after)


# --- annotation files ----------------------------------------------------------------------------


def export_markdown(library: Library, store: AnnotationStore, out: Path) -> None:
    """Write every note as Markdown, grouped by meeting (atomically)."""
    from app.export.markdown import notes_markdown

    atomic_write_bytes(out, notes_markdown(library, store).encode("utf-8"))


def import_annotations(store: AnnotationStore, data: object) -> MergeResult:
    """Merge an exported annotations file: every entry is checked first; all or nothing (RejectedImport)."""
    return store.import_data(data)


MAX_IMPORT_ENTRIES = 100_000  # annotations in one imported file


def read_annotations_file(path: Path) -> object:
    """An annotations file someone gave the member, read under limits; raises :class:`RejectedImport`.

    A regular file only (a FIFO or /dev/zero is refused without blocking), at most
    :data:`app.services.workers.isolation.MAX_ANNOTATIONS_FILE_BYTES` (checked before and while
    reading), JSON nested at most :data:`app.services.workers.isolation.MAX_JSON_DEPTH` deep, at most
    :data:`MAX_IMPORT_ENTRIES` entries. Nothing is written here.
    """
    from app.services.workers.isolation import MAX_ANNOTATIONS_FILE_BYTES, Refusal, SourceRefused, read_json_file

    try:
        data = read_json_file(Path(path), MAX_ANNOTATIONS_FILE_BYTES)
    except SourceRefused as err:
        if err.reason is Refusal.TOO_LARGE:
            raise RejectedImport([f"larger than {MAX_ANNOTATIONS_FILE_BYTES // (1024 * 1024)} MB"]) from None
        raise RejectedImport([str(err)]) from None
    except ValueError as err:
        raise RejectedImport([str(err)]) from None
    entries = data.get("annotations") if isinstance(data, dict) else None
    if isinstance(entries, list) and len(entries) > MAX_IMPORT_ENTRIES:
        raise RejectedImport([f"{len(entries)} annotations (at most {MAX_IMPORT_ENTRIES} in one file)"])
    return data


# --- tags across items ------------------------------------------------------------------------------


def ensure_tag_colors(store: AnnotationStore, tags: list[str]) -> None:
    """Save a colour for every tag that has none yet, so it keeps it across restarts and new tags."""
    saved = store.tag_colors()
    for tag in tags:
        if tag not in saved and color_problem(tag, TAG_COLORS[0]) is None:  # a legacy odd tag keeps its fallback
            color = next((c for c in TAG_COLORS if c not in saved.values()), TAG_COLORS[len(saved) % len(TAG_COLORS)])
            store.set_tag_color(tag, color)
            saved[tag] = color


def set_tag_color(store: AnnotationStore, tag: str, color: str) -> None:
    store.set_tag_color(clean_tag(tag), color)


def rename_tag(store: AnnotationStore, old: str, new: str) -> int:
    """Rename a tag on every item (merging with ``new`` where both are present); returns items changed."""
    new = clean_tag(new)
    changed = 0
    for annotation in [a for a in store.all() if old in a.tags]:
        renamed = copy.deepcopy(annotation)
        renamed.tags = list(dict.fromkeys(new if t == old else t for t in renamed.tags))
        store.save(renamed)
        changed += 1
    color = store.tag_colors().get(old)
    store.remove_tag_color(old)
    if new not in store.tag_colors():
        if color:
            store.set_tag_color(new, color)
        else:
            ensure_tag_colors(store, [new])
    return changed


# --- highlights in text -----------------------------------------------------------------------------


def quote_for(text: str, start: int, end: int, context: int = 32) -> TextQuote:
    """The TextQuoteSelector for ``text[start:end]``."""
    return TextQuote(text[start:end], text[max(0, start - context) : start], text[end : end + context])


def locate(text: str, quote: TextQuote) -> tuple[int, int] | None:
    """Where a quote is in ``text`` now: the occurrence whose context matches best, or None."""
    if not quote.exact:
        return None
    best: tuple[int, int] | None = None
    position = text.find(quote.exact)
    while position != -1:
        before = text[max(0, position - len(quote.prefix)) : position]
        after = text[position + len(quote.exact) : position + len(quote.exact) + len(quote.suffix)]
        score = _common_suffix(before, quote.prefix) + _common_prefix(after, quote.suffix)
        if best is None or score > best[1]:
            best = (position, score)
        position = text.find(quote.exact, position + 1)
    if best is None:
        return None
    return best[0], best[0] + len(quote.exact)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


# --- what the member sees of an annotation ----------------------------------------------------------


def badge(annotation: Annotation | None) -> str:
    """The tree's short marker for an item: ✎ note, # tags, ⚑ open follow-up, ● highlights, ± stance."""
    if annotation is None or annotation.orphaned:
        return ""
    marks = []
    if annotation.note.strip():
        marks.append("✎")
    if annotation.tags:
        shown = [visible_label(t) for t in annotation.tags[:2]]  # an old release's tag may hold ESC or a newline
        marks.append("#" + ",".join(shown) + ("…" if len(annotation.tags) > 2 else ""))
    if annotation.follow_up.status is FollowUpStatus.OPEN:
        marks.append("⚑")
    if annotation.highlights:
        marks.append("●")
    if annotation.stance is not Stance.NONE:
        marks.append(STANCE_MARKS[annotation.stance])
    return " ".join(marks)
