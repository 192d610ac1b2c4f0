"""A new version of a meeting: understood, stored beside the earlier ones, and explained.

The one home of three use cases, for the window and the command line alike:

* :func:`store_version` — a document of a meeting already in the library arrives (by file or
  from the portal). Is it a complete version (it replaces the meeting) or an extract (it adds
  or updates its items)? The document decides (:func:`app.model.changes.document_verdict`);
  ``--replace`` / ``--merge`` (and the window's question, asked only when the evidence is
  mixed) force it. Items are matched by identity, the new version is kept with its source
  and import time, and the renumbered and withdrawn items are recorded so the member's notes
  follow (:func:`app.services.library.settle.rehome_notes`).
* :func:`changes` — what changed since the previous version (or since version N, or since
  the member last read an item): per item new, withdrawn, renumbered, changed, decided.
* :func:`history` / :func:`version_meeting` — the versions, and an earlier one to read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from app.model import Meeting
from app.model.changes import (
    ItemChange,
    SectionDiff,
    Verdict,
    compare,
    document_verdict,
    match_items,
    section_diffs,
)
from app.model.folding import words
from app.parsing.json_view import meeting_json
from app.storage import identity
from app.storage.library import ImportOutcome, ImportResult, Library, MeetingRecord
from app.storage.versions import Move, Version, label_for

# What to do with a document of a meeting already in the library.
#   auto    the document decides; mixed evidence → its items are added (nothing is lost)
#   ask     the document decides; mixed evidence → the member is asked (the window)
#   merge   always an extract;  replace   always a complete version
SubsetPolicy = Literal["auto", "ask", "merge", "replace"]
__all__ = ["meeting_json"]  # an earlier version prints as ``parse --json`` prints a document


@dataclass
class Preview:
    """What each choice would do to the meeting (the window's question shows it)."""

    merge_added: int = 0
    merge_updated: int = 0
    replace_withdrawn: int = 0
    replace_renumbered: int = 0
    replace_notes_orphaned: int = 0  # filled in by the process that owns the notes


class DecisionNeeded(Exception):
    """The evidence is mixed: merge into the meeting or replace it? (The member decides.)"""

    def __init__(self, record: MeetingRecord, preview: Preview | None = None) -> None:
        super().__init__(record.meeting_id)
        self.record = record
        self.preview = preview or Preview()


def _same_meeting(record: MeetingRecord, meeting: Meeting) -> bool:
    """The same committee's same meeting, whatever the document (a municipality missing on one side is no veto)."""
    if not (record.date and record.date == meeting.date and record.committee and meeting.committee):
        return False
    if words(record.committee) != words(meeting.committee):
        return False
    return not (record.municipality and meeting.municipality) or words(record.municipality) == words(
        meeting.municipality
    )


def current_entry(library: Library, meeting: Meeting) -> MeetingRecord | None:
    """The library entry that holds this document's meeting now: the same id first, then the same
    meeting's minutes, then any of its entries. An agenda never takes the place of its minutes
    (an older paper arriving late): then there is no current entry for it."""
    mid = identity.meeting_id(meeting)
    same = [r for r in library.meetings() if _same_meeting(r, meeting)]
    same.sort(key=lambda r: (r.meeting_id != mid, r.meeting_key != identity.meeting_key(meeting),
                             r.document_type != "referat", r.meeting_id))  # fmt: skip
    if not same:
        return None
    if same[0].meeting_id != mid and meeting.document_type == "dagsorden" and same[0].document_type == "referat":
        return None
    return same[0]


def moves_between(old: Meeting, new: Meeting) -> list[Move]:
    """The items of ``old`` that have another number in ``new``, or none (withdrawn)."""
    pairs = match_items(old.items, new.items)
    moves = []
    for i, item in enumerate(old.items):
        to = new.items[pairs[i]].number if i in pairs else None
        if to != item.number:
            moves.append(Move(item.number, item.title, to))
    return moves


def verdict_for(library: Library, record: MeetingRecord, meeting: Meeting) -> Verdict:
    return document_verdict(meeting, library.meeting(record.meeting_id)).verdict


def preview(library: Library, record: MeetingRecord, meeting: Meeting) -> Preview:
    """What merging and what replacing would do, counted (for the member's choice)."""
    current = library.meeting(record.meeting_id)
    pairs = match_items(current.items, meeting.items)
    matched_new = set(pairs.values())
    numbers = {i.number for i in current.items}
    added = sum(1 for j, item in enumerate(meeting.items) if j not in matched_new and item.number not in numbers)
    moves = moves_between(current, meeting)
    return Preview(
        merge_added=added, merge_updated=len(meeting.items) - added,
        replace_withdrawn=sum(1 for m in moves if m.to is None),
        replace_renumbered=sum(1 for m in moves if m.to is not None),
    )  # fmt: skip


def store_version(
    library: Library,
    meeting: Meeting,
    data: bytes,
    name: str,
    subsets: SubsetPolicy = "auto",
    *,
    remove_replaced: bool = True,
) -> ImportResult | None:
    """Store a document of a meeting already in the library as its next version.

    Returns None when the library holds no entry of the meeting (the caller adds it as new).
    The entry a complete version takes the place of under another id (the agenda, when the
    minutes arrive) is removed, its bilag moved along — unless ``remove_replaced`` is False and
    it is the same meeting's other document: then it is in ``deferred_ids`` (the portal sync
    removes it when the sync ends, so the window never loses a file it still shows).

    Raises:
        DecisionNeeded: ``subsets="ask"`` and the document's evidence is mixed.
    """
    record = current_entry(library, meeting)
    if record is None:
        return None
    if subsets in ("merge", "replace"):
        kind = "extract" if subsets == "merge" else "complete"
    else:
        verdict = verdict_for(library, record, meeting)
        if verdict == "mixed" and subsets == "ask":
            raise DecisionNeeded(record, preview(library, record, meeting))
        kind = "complete" if verdict == "complete" else "extract"
    library.seed_versions(record.meeting_key)  # a meeting from an older release: its first version
    before = library.meeting(record.meeting_id)
    earlier = library.versions.versions(record.meeting_key)
    previous = earlier[-1] if earlier else None
    if kind == "extract":
        result = library.add_items(record.meeting_id, meeting, data, name)
        after = library.meeting(result.meeting_id)
        key = record.meeting_key
    else:
        result = library.add_meeting(meeting, data, name)
        if result.meeting_id != record.meeting_id:  # minutes after the agenda, a better-named meeting
            key = identity.meeting_key(meeting)
            library.versions.rename(record.meeting_key, key)
            if remove_replaced or record.meeting_key != key:
                from app.services.library.bilag import move_bilag

                library.remove(record.meeting_id, keep_versions=True)
                move_bilag(library.profile, record.meeting_id, result.meeting_id)
                result.removed_ids.append(record.meeting_id)
            else:  # the agenda the minutes replace: the portal sync removes it when it ends
                result.deferred_ids.append(record.meeting_id)
            if result.outcome is ImportOutcome.ADDED:
                result.outcome = ImportOutcome.REPLACED
            if record.meeting_key != key:
                result.superseded_keys.append(record.meeting_key)
        else:
            key = record.meeting_key
        after = library.meeting(result.meeting_id)
    if result.outcome is not ImportOutcome.UNCHANGED:
        result.item_changes = change_codes(compare(before, after))
        library.versions.add(
            key, after, meeting_id=result.meeting_id, kind=kind, source_name=name,
            label=label_for(meeting, previous, kind, adds=len(after.items) > len(before.items)),
            data=data, moves=moves_between(before, after), changes=result.item_changes,
        )  # fmt: skip
    return result


def change_codes(found: list[ItemChange]) -> list[str]:
    """A version's changes as plain lines ("decided:3", "withdrawn:7", "recommendation:2" …) for
    :attr:`LibraryChange.versions` (they cross the worker's process boundary)."""
    codes = []
    for change in found:
        codes += [f"{kind}:{change.number}" for kind in change.kinds]
        if "recommendation" in change.section_kinds:
            codes.append(f"recommendation:{change.number}")
    return codes


def counts_of(codes: dict[str, list[str]] | list[str]) -> dict[str, int]:
    """How many items got a decision, were withdrawn, are new, renumbered, got a changed
    recommendation or changed otherwise (each item of each meeting counted once per kind)."""
    per_meeting = codes if isinstance(codes, dict) else {"": list(codes)}
    seen: dict[str, set[tuple[str, str]]] = {k: set() for k in ("decided", "withdrawn", "new", "renumbered",
                                                                 "recommendation", "changed")}  # fmt: skip
    for meeting_id, lines in per_meeting.items():
        for line in lines:
            kind, _sep, number = line.partition(":")
            if kind in seen:
                seen[kind].add((meeting_id, number))
    seen["changed"] -= seen["recommendation"] | seen["decided"]
    return {kind: len(items) for kind, items in seen.items()}


# --- reading the versions --------------------------------------------------------------------------


def history(library: Library, meeting_id: str) -> list[Version]:
    """The versions of the meeting an entry belongs to, oldest first (a meeting from an older
    release that was never revised: its entries, as they stand)."""
    record = library.record(meeting_id)
    if record is None:
        return []
    return library.versions.versions(record.meeting_key) or _unseeded(library, record)


def _unseeded(library: Library, record: MeetingRecord) -> list[Version]:
    source = library.source_path(record.meeting_id)
    label = "agenda" if record.document_type == "dagsorden" else "minutes"
    name = source.name if source else ""
    return [Version(1, record.meeting_id, record.document_type, label, "complete", name, "", record.sha256,
                    library.entry_time(record.meeting_id))]  # fmt: skip


def version_meeting(library: Library, meeting_id: str, number: int) -> Meeting | None:
    """The meeting as version ``number`` left it (read-only), or None if there is no such version."""
    record = library.record(meeting_id)
    if record is None:
        return None
    if not library.versions.has(record.meeting_key):
        return library.meeting(meeting_id) if number == 1 else None
    return library.versions.meeting(record.meeting_key, number)


@dataclass
class Changes:
    """What changed between two versions of a meeting (``since`` → ``current``)."""

    since: int | None  # the version compared with (None: there is no earlier one)
    current: int
    items: list[ItemChange] = field(default_factory=list)


def changes(library: Library, meeting_id: str, since_version: int | None = None) -> Changes:
    """Per item: new, withdrawn, renumbered, changed, decided — since the previous version, or
    since version ``since_version``.

    Raises:
        KeyError: no such meeting, or no such version.
    """
    record = library.record(meeting_id)
    if record is None:
        raise KeyError(meeting_id)
    versions = history(library, meeting_id)
    current = versions[-1].number
    since = since_version if since_version is not None else (versions[-2].number if len(versions) > 1 else None)
    if since is None:
        return Changes(None, current)
    old = version_meeting(library, meeting_id, since)
    if old is None:
        raise KeyError(f"version {since}")
    return Changes(since, current, compare(old, library.meeting(meeting_id)))


def _when(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment.astimezone() if moment.tzinfo is None else moment


def version_at(versions: list[Version], moment: str) -> Version | None:
    """The version that was the newest at ``moment`` (an ISO time), if any."""
    when = _when(moment) if moment else None
    if when is None:
        return None
    shown = None
    for version in versions:
        arrived = _when(version.imported_at)
        if arrived is not None and arrived <= when:
            shown = version
    return shown


@dataclass
class ItemNews:
    """One item's change, for the tree and the item view."""

    change: ItemChange
    diffs: list[SectionDiff]
    since_read: bool = False  # the change came after the member last looked at the item
    after_preparation: bool = False  # … and the member had prepared it: "ændret efter forberedelse"


def meeting_news(library: Library, meeting_id: str) -> dict[str, ItemChange]:
    """Item number → its change since the previous version (the tree marks them). Cheap when the
    meeting has one version."""
    record = library.record(meeting_id)
    if record is None or len(library.versions.versions(record.meeting_key)) < 2:
        return {}
    try:
        found = changes(library, meeting_id)
    except KeyError:
        return {}
    return {c.number: c for c in found.items if c.change != "withdrawn"}


def meeting_marks(library: Library, meeting_id: str) -> dict[str, list[str]]:
    """Item number → the kinds of change the meeting's newest version made (the tree's Δ): read
    from what the version recorded when it was stored, never computed again (the window asks
    for every meeting at each reload)."""
    record = library.record(meeting_id)
    if record is None:
        return {}
    found = library.versions.versions(record.meeting_key)
    if len(found) < 2:
        return {}
    marks: dict[str, list[str]] = {}
    for code in found[-1].changes:
        kind, _sep, number = code.partition(":")
        if kind in ("new", "renumbered", "changed", "decided"):
            marks.setdefault(number, []).append(kind)
    return marks


def item_news(
    library: Library, meeting_id: str, number: str, touched: str = "", prepared: bool = False
) -> ItemNews | None:
    """The change of one item since the previous version, with its word-level difference.

    ``touched`` is when the member last changed anything on the item (its annotation's time):
    a change in a version that arrived later is "since I last read it", and, on a prepared
    item, "ændret efter forberedelse". Then the difference is shown from the version the
    member last saw, not only the previous one.
    """
    record = library.record(meeting_id)
    if record is None:
        return None
    versions = library.versions.versions(record.meeting_key)
    if len(versions) < 2:
        return None
    seen = version_at(versions, touched) if touched else None
    since = seen.number if seen is not None and seen.number < versions[-1].number else versions[-2].number
    old = library.versions.meeting(record.meeting_key, since)
    if old is None:
        return None
    current = library.meeting(meeting_id)
    item = next((i for i in current.items if i.number == number), None)
    if item is None:
        return None
    pairs = {j: i for i, j in match_items(old.items, current.items).items()}
    position = current.items.index(item)
    if position not in pairs:
        change = ItemChange(item.number, item.title, "new", kinds=["new"])
        return ItemNews(change, [], since_read=seen is not None, after_preparation=prepared and seen is not None)
    from app.model.changes import item_change

    before = old.items[pairs[position]]
    change = item_change(before, item)  # type: ignore[assignment]
    if change is None:
        return None
    late = seen is not None and seen.number < versions[-1].number
    return ItemNews(change, section_diffs(before, item), since_read=late, after_preparation=late and prepared)


# --- a summary in words -----------------------------------------------------------------------------


def summary_line(found: list[ItemChange] | dict[str, int]) -> str:
    """ "3 nye beslutninger, 1 punkt udgået, 2 ændrede indstillinger" (Danish, for the CLI and the
    briefing; the window builds the same words through its translator)."""
    counts = found if isinstance(found, dict) else counts_of(change_codes(found))
    words_ = {
        "decided": ("ny beslutning", "nye beslutninger"),
        "withdrawn": ("punkt udgået", "punkter udgået"),
        "new": ("nyt punkt", "nye punkter"),
        "renumbered": ("punkt med nyt nummer", "punkter med nyt nummer"),
        "recommendation": ("ændret indstilling", "ændrede indstillinger"),
        "changed": ("andet punkt ændret", "andre punkter ændret"),
    }
    return ", ".join(f"{n} {words_[k][n != 1]}" for k, n in counts.items() if n)
