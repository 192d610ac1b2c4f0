"""The member's notes as Markdown, grouped by meeting (``annotations export --markdown``).

Qt-free; the headings come from the library (meeting, item) with the annotation's own
fingerprint as a fallback for notes whose item is gone.

Nothing is written raw that a viewer or a terminal would obey: control characters and bidi
overrides are shown by name (⟨ESC⟩, ⟨RLO⟩ …), in tags and headings line breaks too (⟨LF⟩), so
a tag stored by an older release (before tags were validated) cannot forge a heading or
clear the terminal of whoever ``cat``s the file. Notes keep their lines.
"""

from __future__ import annotations

from app.model.annotation import READING_LABELS, STANCE_LABELS, Annotation, FollowUpStatus, ReadingState, Stance
from app.model.visible_text import visible_controls, visible_label
from app.storage.annotations import AnnotationStore
from app.storage.library import Library


def _headings(library: Library, annotation: Annotation) -> tuple[str, str]:
    record = next((r for r in library.meetings() if r.meeting_key == annotation.meeting_key), None)
    meeting = f"{record.committee} — {record.date}" if record else annotation.meeting_key
    fp = annotation.fingerprint
    item = f"Punkt {fp.number}: {fp.title}" + (" (uden punkt)" if annotation.orphaned else "")
    return visible_label(meeting), visible_label(item)


def notes_markdown(library: Library, store: AnnotationStore) -> str:
    """Every annotation as Markdown: meeting headings, item headings, then position, tags, follow-up, note."""
    lines = ["# Mødemappe — mine noter", ""]
    groups: dict[str, list[tuple[str, Annotation]]] = {}
    for annotation in sorted(store.all(), key=lambda a: a.anchor):
        meeting, item = _headings(library, annotation)
        groups.setdefault(meeting, []).append((item, annotation))
    for meeting, entries in groups.items():
        lines += [f"## {meeting}", ""]
        for item, a in entries:
            lines += [f"### {item}", ""]
            if a.reading is not ReadingState.UNREAD:
                lines.append(f"- Læsestatus: {READING_LABELS[a.reading].lower()}")
            if a.stance is not Stance.NONE:
                lines.append(f"- Holdning: {STANCE_LABELS[a.stance].lower()}")
            if a.tags:
                lines.append("- Tags: " + ", ".join(visible_label(t) for t in a.tags))
            if a.follow_up.status is not FollowUpStatus.NONE:
                due = f" (frist {a.follow_up.due})" if a.follow_up.due else ""
                state = "åben" if a.follow_up.status is FollowUpStatus.OPEN else "færdig"
                lines.append(f"- Opfølgning: {state}{visible_label(due)} {visible_label(a.follow_up.text)}".rstrip())
            if a.note.strip():
                lines += ["", visible_controls(a.note.strip())]
            for h in a.highlights:
                comment = f" — {visible_label(h.comment)}" if h.comment else ""
                quote = " ".join(visible_controls(h.quote.exact).split())  # the document's line breaks: spaces
                lines.append(f"> {quote}{comment}")
            lines.append("")
    return "\n".join(lines)
