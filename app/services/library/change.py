"""One value that says what a change to the library did, whichever path made it.

A window import, a command-line import and a portal sync (in the window or the CLI) each end
with a :class:`LibraryChange`; :func:`app.services.library.settle.settle` then re-homes the
notes and updates the search index from it, once, and the window announces it with one
``changed(LibraryChange)`` signal — as Anki's operations return one ``OpChanges`` that every
view listens to. Plain data: it crosses the worker's process boundary.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class LibraryChange:
    """What happened to the library (meeting ids unless said otherwise)."""

    added: list[str] = field(default_factory=list)  # new entries
    replaced: list[str] = field(default_factory=list)  # entries a revised document (or minutes) replaced
    merged: list[str] = field(default_factory=list)  # entries per-item documents were merged into
    superseded: dict[str, list[str]] = field(default_factory=dict)  # meeting key → keys of entries it took over
    removed: list[str] = field(default_factory=list)  # entries gone: taken over, or an agenda whose minutes came
    bilag: list[str] = field(default_factory=list)  # sha256 of bilag documents stored by this change
    # sha256 → each page's text, from the file's one reading; indexed by settle, then dropped
    bilag_pages: dict[str, list[str]] = field(default_factory=dict)
    # Per meeting id, what its new version changed, in lines for the member (the meeting-versions
    # work fills it: "version added", items added/removed/renamed); empty when nobody knows.
    versions: dict[str, list[str]] = field(default_factory=dict)
    # Filled by settle:
    orphaned: list[str] = field(default_factory=list)  # anchors of notes whose item vanished
    rehomed: list[str] = field(default_factory=list)  # anchors whose notes moved (old and new)
    settled: bool = False

    @property
    def meeting_ids(self) -> list[str]:
        """Entries added, replaced or merged into, each once, in the order they changed."""
        return list(dict.fromkeys([*self.added, *self.replaced, *self.merged]))

    @property
    def changed(self) -> bool:
        return bool(self.added or self.replaced or self.merged or self.removed or self.bilag)

    def note(self, outcome: str, meeting_id: str, superseded_keys: list[str] | None = None, key: str = "") -> None:
        """Record one stored document's outcome ("added", "replaced", "merged", "unchanged")."""
        target = {"added": self.added, "replaced": self.replaced, "merged": self.merged}.get(outcome)
        if target is not None and meeting_id not in target:
            target.append(meeting_id)
        if superseded_keys and key:
            known = self.superseded.setdefault(key, [])
            known += [k for k in superseded_keys if k not in known]

    def absorb(self, other: LibraryChange) -> None:
        """Add another change's facts to this one (a sync of many meetings is one change)."""
        for name in ("added", "replaced", "merged", "removed", "bilag", "orphaned", "rehomed"):
            mine = getattr(self, name)
            mine += [x for x in getattr(other, name) if x not in mine]
        for key, keys in other.superseded.items():
            self.note("", "", keys, key)
        self.bilag_pages.update(other.bilag_pages)
        for meeting_id, lines in other.versions.items():
            self.versions.setdefault(meeting_id, []).extend(lines)
