"""Following committees on a FirstAgenda portal: the one home of "add portal", "follow" and "sync".

The window (Fil → Følg udvalg …) and the CLI (``portal add/follow/sync``) both come here.

State lives in the profile as ``portal.json`` (written atomically): the portals the member
added, their committees (with a *followed* flag) and, per portal meeting, what the last sync
saw — ETag, Last-Modified, the SHA-256 of the JSON, the library entry it became and the bilag
already stored. That is what makes a sync cheap and resumable:

* an unchanged meeting is not downloaded again (a conditional GET answered 304), or, where the
  portal serves no validators, is downloaded but not re-imported (same content hash);
* a meeting goes into the library only after its JSON parsed and all its bilag PDFs are
  stored, through the same path as a file import (:func:`app.parsing.parse_bytes` →
  :meth:`Library.add_meeting`). A failure or a cancel before that leaves the library as it
  was; the bilag already fetched are remembered, so the next sync resumes where it stopped;
* when the agenda became minutes (or was revised), the new version replaces the old entry.
  Notes hang on ``<meeting key>:<item number>`` and are re-homed afterwards in the process that
  owns the annotation store, exactly as after an import (:func:`app.services.library.settle.settle`;
  the window through its annotation service), so a note follows its item and one whose item is
  gone becomes an orphan.

:func:`sync_job` is the background job (worker process, see :mod:`app.services.workers.tasks`).
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from app.parsing import ParseError
from app.parsing.errors import Refusal, failure_message
from app.parsing.firstagenda import decode_portal_json, municipality_from_host, portal_bilag
from app.services.library.change import LibraryChange
from app.services.library.importer import store_document
from app.services.portal.client import FailureKind, NetworkPolicy, PortalClient, PortalError, normalise_portal_url
from app.services.workers.isolation import parse_data, read_blobs
from app.services.workers.progress import Progress
from app.services.workers.writer import as_writer
from app.storage import identity
from app.storage.atomic import atomic_write_json, move_aside
from app.storage.bilag import BilagStore
from app.storage.library import ImportOutcome, Library

log = logging.getLogger(__name__)

STATE_FILE = "portal.json"
STATE_VERSION = 1
MAX_COMMITTEES = 1_000  # a hostile committee list cannot make the sync loop forever
MAX_MEETINGS_PER_COMMITTEE = 1_000  # ~50 years of monthly meetings
MAX_MEETING_REFS = 20_000  # meetings remembered per portal: keeps portal.json small (≈ 1 MB)
SAVE_INTERVAL = 2.0  # seconds between two writes of portal.json during a sync (and once at its end)
SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$")


def _iso_day(text: str) -> str:
    """ "2025-10-20T16:30:00+02:00" → "2025-10-20"; anything else → "" (never sorted as a date)."""
    return text[:10] if re.match(r"^\d{4}-\d{2}-\d{2}", text) else ""


# --- the stored state ------------------------------------------------------------------------------


@dataclass
class MeetingRef:
    meeting_id: str
    date: str  # YYYY-MM-DD as listed, or ""


@dataclass
class Committee:
    committee_id: str
    name: str
    group: str = ""
    followed: bool = False
    meetings: list[MeetingRef] = field(default_factory=list)


@dataclass
class Portal:
    url: str
    municipality: str | None = None
    committees: list[Committee] = field(default_factory=list)
    notice: str = ""  # what the last committee list lost to the limits (not stored)

    @property
    def host(self) -> str:
        return self.url.split("://", 1)[-1].rstrip("/")

    def followed(self) -> list[Committee]:
        return [c for c in self.committees if c.followed]


@dataclass
class MeetingSync:
    """What the last sync of one portal meeting saw and did."""

    etag: str | None = None
    last_modified: str | None = None
    sha256: str = ""
    library_id: str = ""
    document_type: str = ""
    bilag: dict[str, str] = field(default_factory=dict)  # portal bilag id → sha256 stored
    skipped: dict[str, str] = field(default_factory=dict)  # portal bilag id → why it is not available
    complete: bool = False


@dataclass
class PortalState:
    portals: list[Portal] = field(default_factory=list)
    meetings: dict[str, MeetingSync] = field(default_factory=dict)  # "<portal url>|<meeting id>"
    # Library entries (agendas) replaced by their minutes, removed when the sync ends: the window
    # keeps showing the old entry until it reloads, so its file must not vanish mid-sync.
    replaced: list[str] = field(default_factory=list)
    damage: str = ""  # read from a damaged portal.json (why); not stored: the file is set aside on writing

    def portal(self, url: str) -> Portal | None:
        return next((p for p in self.portals if p.url == url), None)

    def followed(self) -> list[tuple[Portal, Committee]]:
        return [(p, c) for p in self.portals for c in p.followed()]


def _state_path(profile: Path) -> Path:
    return Path(profile) / STATE_FILE


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("a text value is not text")
    return value


def _parse_state(raw: bytes) -> PortalState:
    """The state in a ``portal.json``'s bytes; raises (ValueError, TypeError …) for anything else."""
    data = json.loads(raw.decode("utf-8"))
    portals = [
        Portal(
            url=_text(p["url"]),
            municipality=None if p.get("municipality") is None else _text(p["municipality"]),
            committees=[
                Committee(
                    _text(c["committee_id"]),
                    _text(c["name"]),
                    _text(c.get("group", "")),
                    bool(c.get("followed")),
                    [MeetingRef(_text(m["meeting_id"]), _text(m.get("date", ""))) for m in c.get("meetings", [])],
                )
                for c in p.get("committees", [])
            ],
        )
        for p in data.get("portals", [])
    ]
    meetings = {_text(k): MeetingSync(**v) for k, v in data.get("meetings", {}).items()}
    return PortalState(portals, meetings, [str(r) for r in data.get("replaced", [])])


DAMAGE = (OSError, ValueError, TypeError, KeyError, AttributeError, RecursionError)


def load_state(profile: Path) -> PortalState:
    """The stored state; a damaged file gives a fresh state with ``damage`` set, and stays where it is.

    Reading never moves anything: the damaged file is set aside by the first write
    (:func:`save_state`) or by a writer's check (:func:`set_aside_damaged_state`).
    """
    path = _state_path(profile)
    try:
        return _parse_state(path.read_bytes())
    except FileNotFoundError:
        return PortalState()
    except DAMAGE as err:
        log.info("%s cannot be read", path, exc_info=err)
        return PortalState(damage=_cause(err))


def _cause(err: BaseException) -> str:
    text = " ".join(str(err).split())[:120]
    return f"{type(err).__name__}: {text}" if text else type(err).__name__


def set_aside_damaged_state(profile: Path) -> tuple[str, Path] | None:
    """A writer's check: a damaged ``portal.json`` is renamed ``portal.corrupt-<time>.json`` (never
    overwritten, never deleted). Returns (cause, new path), or None when the state is whole or absent.

    Raises:
        OSError: it could not be renamed (then nothing may write over it).
    """
    state = load_state(profile)
    if not state.damage:
        return None
    aside = move_aside(_state_path(profile))
    log.info("%s was damaged (%s); kept as %s", _state_path(profile), state.damage, aside.name)
    return state.damage, aside


def save_state(profile: Path, state: PortalState) -> None:
    """Write the state atomically; a damaged file read as ``state`` is first set aside, never written over."""
    if state.damage:
        set_aside_damaged_state(profile)
        state.damage = ""
    atomic_write_json(
        _state_path(profile),
        {
            "version": STATE_VERSION,
            "portals": [{k: v for k, v in asdict(p).items() if k != "notice"} for p in state.portals],
            "meetings": {k: asdict(v) for k, v in state.meetings.items()},
            "replaced": list(state.replaced),
        },
    )


# --- the committee list ------------------------------------------------------------------------------


def committees_from_listing(payload: Any, dropped: list[int] | None = None) -> list[Committee]:
    """``{"Udvalg": {group: [{Navn, Id, Moeder: [{Id, Dato}]}]}}`` → committees (defensive).

    At most :data:`MAX_COMMITTEES` committees, :data:`MAX_MEETINGS_PER_COMMITTEE` meetings each
    (the newest kept) and :data:`MAX_MEETING_REFS` meetings in all; ``dropped`` (if given) gets
    ``[committees left out, meetings left out]`` so the caller can say so in one line.
    """
    groups = payload.get("Udvalg") if isinstance(payload, dict) else None
    if not isinstance(groups, dict):
        raise PortalError(FailureKind.INVALID, "the portal's committee list has an unexpected shape")
    found: dict[str, Committee] = {}
    lost_committees = lost_meetings = refs_total = 0
    for group, entries in groups.items():
        for entry in entries if isinstance(entries, list) else []:
            if not isinstance(entry, dict):
                continue
            cid, name = str(entry.get("Id") or "").strip(), " ".join(str(entry.get("Navn") or "").split())
            if not SAFE_ID.match(cid) or not name or cid in found:
                continue
            if len(found) >= MAX_COMMITTEES:
                lost_committees += 1
                continue
            listed = entry.get("Moeder") or []
            listed = listed if isinstance(listed, list) else []
            refs = []
            for m in listed:
                mid = str(m.get("Id") or "").strip() if isinstance(m, dict) else ""
                if SAFE_ID.match(mid):  # ids go into URL paths: GUID-like only, nothing else
                    refs.append(MeetingRef(mid, _iso_day(str(m.get("Dato") or ""))))
            room = max(0, min(MAX_MEETINGS_PER_COMMITTEE, MAX_MEETING_REFS - refs_total))
            if len(refs) > room:
                refs.sort(key=lambda r: r.date, reverse=True)  # the newest meetings are the ones that matter
                lost_meetings += len(refs) - room
                refs = refs[:room]
            refs_total += len(refs)
            found[cid] = Committee(cid, name, str(group)[:200], False, refs)
    if dropped is not None:
        dropped[:] = [lost_committees, lost_meetings]
    return list(found.values())


def _limit_notice(dropped: list[int]) -> str:
    committees, meetings = dropped or (0, 0)
    parts = []
    if committees:
        parts.append(f"{committees} committees beyond the first {MAX_COMMITTEES}")
    if meetings:
        parts.append(f"{meetings} older meetings (at most {MAX_MEETINGS_PER_COMMITTEE} a committee, "
                     f"{MAX_MEETING_REFS} in all)")  # fmt: skip
    return ("the portal's list is larger than Mødemappe keeps; left out: " + ", ".join(parts)) if parts else ""


def add_portal(profile: Path, url: str, policy: NetworkPolicy | None = None) -> Portal:
    """Check the portal (fetch its committee list) and remember it; raises :class:`PortalError`."""
    base = normalise_portal_url(url)
    dropped: list[int] = []
    with PortalClient(base, policy or NetworkPolicy()) as client:
        committees = committees_from_listing(client.committees_json(), dropped)
    state = load_state(profile)
    portal = state.portal(base)
    if portal is None:
        portal = Portal(base, municipality_from_host(base))
        state.portals.append(portal)
    _merge_committees(portal, committees)
    save_state(profile, state)
    portal.notice = _limit_notice(dropped)
    return portal


def _merge_committees(portal: Portal, fresh: list[Committee]) -> None:
    """Take a fresh committee list, keeping the member's follow flags (and followed ones that vanished)."""
    followed = {c.committee_id for c in portal.committees if c.followed}
    old = {c.committee_id: c for c in portal.committees}
    merged = []
    for committee in fresh:
        committee.followed = committee.committee_id in followed
        merged.append(committee)
    seen = {c.committee_id for c in fresh}
    merged += [c for cid, c in old.items() if c.followed and cid not in seen]
    portal.committees = merged


def _fold(text: str) -> str:
    return " ".join(text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa").split())


def follow(profile: Path, names_or_ids: list[str], *, followed: bool = True) -> tuple[list[Committee], list[str]]:
    """Mark committees (by id, exact name or unique part of a name) as followed; returns (changed, unknown)."""
    state = load_state(profile)
    every = [c for p in state.portals for c in p.committees]
    changed: list[Committee] = []
    unknown: list[str] = []
    for wanted in names_or_ids:
        key = _fold(wanted)
        hits = [c for c in every if c.committee_id.lower() == wanted.strip().lower() or _fold(c.name) == key]
        if not hits:
            partial = [c for c in every if key and key in _fold(c.name)]
            hits = partial if len({c.committee_id for c in partial}) == 1 else []
        if not hits:
            unknown.append(wanted)
        for committee in hits:
            committee.followed = followed
            changed.append(committee)
    if changed:
        save_state(profile, state)
    return changed, unknown


def set_followed(profile: Path, url: str, committee_ids: set[str]) -> None:
    """Exactly these committees of the portal are followed (the dialog's checkboxes)."""
    state = load_state(profile)
    portal = state.portal(normalise_portal_url(url))
    if portal is None:
        return
    for committee in portal.committees:
        committee.followed = committee.committee_id in committee_ids
    save_state(profile, state)


# --- sync --------------------------------------------------------------------------------------------


class _Saver:
    """Writes ``portal.json`` at most every :data:`SAVE_INTERVAL` seconds during a sync, and at its end.

    Rewriting the whole state after every meeting made a sync quadratic in the committee list;
    what a crash between two writes loses is at most a few seconds of downloads, fetched again.
    """

    def __init__(self, profile: Path, state: PortalState) -> None:
        self.profile, self.state = profile, state
        self._last = time.monotonic()
        self._dirty = False
        self.writes = 0

    def save(self) -> None:
        self._dirty = True
        if time.monotonic() - self._last >= SAVE_INTERVAL:
            self.flush()

    def flush(self) -> None:
        if self._dirty:
            save_state(self.profile, self.state)
            self.writes += 1
            self._dirty = False
        self._last = time.monotonic()


@dataclass
class MeetingOutcome:
    """One line of the sync report."""

    label: str  # "Kultur- og Fritidsudvalget 2025-10-22"
    status: str  # "added", "updated", "unchanged", "failed"
    message: str = ""
    library_id: str = ""
    bilag: int = 0  # bilag PDFs downloaded for it

    def line(self) -> str:
        text = {
            "added": "added", "updated": "updated", "unchanged": "unchanged", "failed": "failed",
        }[self.status]  # fmt: skip
        extra = f", {self.bilag} bilag" if self.bilag else ""
        return f"{self.label}: {text}{extra}" + (f" — {self.message}" if self.message else "")


@dataclass
class SyncReport:
    """What a sync did; plain data (it crosses the process boundary)."""

    outcomes: list[MeetingOutcome] = field(default_factory=list)
    unreachable: str = ""  # set when a portal could not be reached at all
    cancelled: bool = False
    change: LibraryChange = field(default_factory=LibraryChange)  # what the library now holds differently

    @property
    def changed_ids(self) -> list[str]:
        """Library entries added, replaced or merged into."""
        return self.change.meeting_ids

    @property
    def summary(self) -> str:
        """What the new versions changed, in one Danish line ("3 nye beslutninger, 1 punkt udgået, …")."""
        from app.services.library.versions import counts_of, summary_line

        return summary_line(counts_of(self.change.versions))

    @property
    def removed_ids(self) -> list[str]:
        """Entries removed (agendas replaced by their minutes, entries a document took over)."""
        return self.change.removed
    notices: list[str] = field(default_factory=list)  # limits that left something out, one line each

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)


def sync(
    profile: Path,
    *,
    since: str | None = None,
    cancel: Any = None,
    progress: Progress | None = None,
    on_outcome: Callable[[MeetingOutcome], None] | None = None,
    policy: NetworkPolicy | None = None,
) -> SyncReport:
    """Bring the followed committees' meetings (and their bilag) into the library."""
    profile = Path(profile)
    state = load_state(profile)
    report = SyncReport()
    library = Library(profile)
    store = BilagStore(profile)
    saver = _Saver(profile, state)
    damaged = state.damage  # set aside by the first save below
    try:
        _sync_portals(saver, state, report, library, store, since, cancel, progress, on_outcome, policy)
    finally:
        saver.flush()
        _remove_replaced(profile, state, report, library, store)
        _note_damage(report, damaged, store)
    return report


def _note_damage(report: SyncReport, state_damage: str, store: BilagStore) -> None:
    """A damaged portal.json or bilag index the sync came across (and set aside): one line each."""
    if state_damage:
        report.notices.append(f"{STATE_FILE} was damaged ({state_damage}); it is kept aside as portal.corrupt-…json "
                              "and the sync started from a fresh state")  # fmt: skip
    if store.damage is not None and store.damage.aside is not None:
        kept = "its backup put back" if store.damage.backup else "no backup: import the meetings again"
        report.notices.append(f"bilag/index.json was damaged ({store.damage.cause}); kept aside as "
                              f"{store.damage.aside.name}, {kept}")  # fmt: skip


def _remove_replaced(
    profile: Path, state: PortalState, report: SyncReport, library: Library, store: BilagStore
) -> None:
    """Remove the agendas whose minutes arrived (also those a crashed sync left behind)."""
    if not state.replaced:
        return
    current = {m.library_id for m in state.meetings.values()}
    for old_id in list(state.replaced):
        if old_id not in current and library.record(old_id) is not None:
            library.remove(old_id)
            store.remove_meeting(old_id)
            report.change.removed.append(old_id)
        state.replaced.remove(old_id)
    save_state(profile, state)


def _sync_portals(
    saver: _Saver,
    state: PortalState,
    report: SyncReport,
    library: Library,
    store: BilagStore,
    since: str | None,
    cancel: Any,
    progress: Progress | None,
    on_outcome: Callable[[MeetingOutcome], None] | None,
    policy: NetworkPolicy | None,
) -> None:
    for portal in [p for p in state.portals if p.followed()]:
        with PortalClient(portal.url, policy or NetworkPolicy(), cancel) as client:
            dropped: list[int] = []
            try:
                _merge_committees(portal, committees_from_listing(client.committees_json(), dropped))
            except PortalError as err:
                if err.kind == FailureKind.CANCELLED:
                    report.cancelled = True
                    break
                report.unreachable = f"{portal.host}: {err}"
                continue
            if notice := _limit_notice(dropped):
                report.notices.append(f"{portal.host}: {notice}")
            saver.save()
            plan = [
                (committee, ref)
                for committee in portal.followed()
                for ref in committee.meetings
                if not since or (ref.date and ref.date >= since)
            ]
            plan.sort(key=lambda pair: (pair[1].date, pair[0].name))
            for done, (committee, ref) in enumerate(plan):
                label = f"{committee.name} {ref.date}".strip()
                if cancel is not None and cancel.is_set():
                    report.cancelled = True
                    break
                if progress is not None:
                    progress(done, len(plan), label)
                try:
                    outcome = _sync_meeting(saver, client, library, store, state, portal, ref, label, report)
                except PortalError as err:
                    if err.kind == FailureKind.CANCELLED:
                        report.cancelled = True
                        break
                    if err.kind == FailureKind.UNREACHABLE:
                        report.unreachable = f"{portal.host}: {err}"
                        break
                    outcome = MeetingOutcome(label, "failed", str(err))
                except ParseError as err:
                    outcome = MeetingOutcome(label, "failed", str(err))
                report.outcomes.append(outcome)
                if on_outcome is not None:
                    on_outcome(outcome)
            if progress is not None and not report.cancelled:
                progress(len(plan), len(plan), "")
        if report.cancelled:
            break


def _sync_meeting(
    saver: _Saver,
    client: PortalClient,
    library: Library,
    store: BilagStore,
    state: PortalState,
    portal: Portal,
    ref: MeetingRef,
    label: str,
    report: SyncReport,
) -> MeetingOutcome:
    key = f"{portal.url}|{ref.meeting_id}"
    seen = state.meetings.get(key) or MeetingSync()
    in_library = bool(seen.library_id) and library.record(seen.library_id) is not None
    fresh = seen.complete and in_library
    fetched = client.meeting(ref.meeting_id, seen.etag if fresh else None, seen.last_modified if fresh else None)
    if fetched.not_modified:
        return MeetingOutcome(label, "unchanged", library_id=seen.library_id)
    data = fetched.data
    digest = hashlib.sha256(data).hexdigest()
    if fresh and digest == seen.sha256:
        seen.etag, seen.last_modified = fetched.etag, fetched.last_modified
        state.meetings[key] = seen
        saver.save()
        return MeetingOutcome(label, "unchanged", library_id=seen.library_id)
    try:
        payload = decode_portal_json(data)
    except ParseError:
        raise PortalError(FailureKind.INVALID, "the portal's answer is not a meeting (invalid JSON)") from None
    meeting = parse_data(data, f"firstagenda-{ref.meeting_id}.json")  # network data: isolated, with limits
    meeting.municipality = meeting.municipality or portal.municipality
    new_id = identity.meeting_id(meeting)
    if seen.sha256 != digest:
        seen.complete = False
        seen.skipped = {}  # a changed meeting gets another try at its unavailable bilag
    seen.sha256 = digest
    # 1. The bilag, each remembered as soon as it is stored (a cancel here loses nothing).
    downloaded, skipped = _fetch_bilag(saver, client, store, state, key, seen, payload, new_id, report)
    # 2. The meeting, through the one import path: all or nothing. The portal serves the whole
    #    meeting, so a revision that dropped an item replaces it (its notes become orphans)
    #    instead of being merged in like an excerpt.
    result = store_document(library, meeting, data, f"{ref.meeting_id}.json", subsets="replace",
                            remove_replaced=False)
    record = library.record(result.meeting_id)
    # Entries it took over keep their notes: settle moves them to this meeting (superseded keys).
    report.change.note(result.outcome.value, result.meeting_id, result.superseded_keys,
                       record.meeting_key if record is not None else "")  # fmt: skip
    report.change.removed += [m for m in result.removed_ids if m not in report.change.removed]
    if result.item_changes:  # what the new version of the meeting changed (#19)
        report.change.versions.setdefault(result.meeting_id, []).extend(result.item_changes)
    old_id = seen.library_id
    for replaced in [old_id, *result.deferred_ids]:
        if replaced and replaced != result.meeting_id and replaced not in state.replaced:
            state.replaced.append(replaced)  # the agenda, now replaced by its minutes: removed at the end
    seen.library_id, seen.document_type = result.meeting_id, meeting.document_type
    seen.etag, seen.last_modified, seen.complete = fetched.etag, fetched.last_modified, True
    state.meetings[key] = seen
    saver.save()
    note = f"{len(skipped)} bilag not available ({skipped[0]})" if skipped else ""
    if result.outcome is ImportOutcome.UNCHANGED:
        return MeetingOutcome(label, "unchanged", note, result.meeting_id, downloaded)
    status = "added" if result.outcome is ImportOutcome.ADDED and not old_id else "updated"  # or MERGED
    what = "minutes" if meeting.document_type == "referat" else "agenda"
    return MeetingOutcome(label, status, "; ".join(filter(None, [what, note])), result.meeting_id, downloaded)


# A bilag the portal refuses for good (gone, too large, not a PDF, kept on another host) must not
# keep its meeting out of the library; it is noted and skipped until the meeting changes.
_PERMANENT = (FailureKind.TOO_LARGE, FailureKind.INVALID, FailureKind.REDIRECT)


def _fetch_bilag(
    saver: _Saver,
    client: PortalClient,
    store: BilagStore,
    state: PortalState,
    key: str,
    seen: MeetingSync,
    payload: dict[str, Any],
    meeting_id: str,
    report: SyncReport,
) -> tuple[int, list[str]]:
    """Store the meeting's bilag PDFs; returns (how many were downloaded, why some were skipped).

    A bilag whose reading a limit stopped (its text, for search) is stored all the same, and
    one line goes to ``report.notices``.

    Each download is read once by a sandboxed child, like an imported file: its page count goes
    into the store and its page texts into the change, for the search index.
    """
    change = report.change
    downloaded = 0
    skipped: list[str] = []
    for bilag in portal_bilag(payload):
        if not bilag.has_pdf:
            continue
        if not SAFE_ID.match(bilag.bilag_id):
            skipped.append("not a bilag id")
            continue
        if bilag.bilag_id in seen.skipped:
            skipped.append(seen.skipped[bilag.bilag_id])
            continue
        known = seen.bilag.get(bilag.bilag_id)
        if known and _has_bilag(store, meeting_id, bilag.item_number, known):
            continue
        blob = _stored_blob(store, seen.library_id, bilag.item_number, known) if known else None
        if blob is None:
            try:
                blob = client.bilag_pdf(bilag.bilag_id)
            except PortalError as err:
                permanent = err.kind in _PERMANENT or (err.kind == FailureKind.HTTP and (err.status or 0) < 500)
                if not permanent:
                    raise
                seen.skipped[bilag.bilag_id] = str(err)
                skipped.append(str(err))
                continue
            downloaded += 1
            fetched = True
        else:
            fetched = False  # kept from the previous version (the agenda): re-filed, not fetched
        origin = client.url_for(f"Vis/Pdf/bilag/{bilag.bilag_id}")
        reading = read_blobs([(f"{bilag.bilag_id}.pdf", blob)])[0]  # untrusted: read in a child, with limits
        record = store.add(meeting_id, bilag.item_number, bilag.name, blob, origin, reading.pages, reading.sha256)
        if record.sha256 not in change.bilag:
            change.bilag.append(record.sha256)
        change.bilag_pages[record.sha256] = reading.page_texts
        if isinstance(reading.failure, Refusal):  # stopped by a limit: stored, but without its text
            report.notices.append(f"{bilag.name}: its text could not be read for search — "
                                  f"{failure_message(reading.failure)}")  # fmt: skip
        seen.bilag[bilag.bilag_id] = record.sha256
        state.meetings[key] = seen
        if fetched:  # remembered soon (every few seconds), so a cancel or a crash costs little
            saver.save()
    return downloaded, skipped


def _has_bilag(store: BilagStore, meeting_id: str, item_number: str, sha256: str) -> bool:
    return any(r.sha256 == sha256 for r in store.for_item(meeting_id, item_number))


def _stored_blob(store: BilagStore, meeting_id: str, item_number: str, sha256: str) -> bytes | None:
    """The bytes of a bilag stored for the previous version of the meeting (its agenda), if still there."""
    for record in store.for_item(meeting_id, item_number) if meeting_id else []:
        path = store.path(record)
        if record.sha256 == sha256 and path.exists():
            return path.read_bytes()
    return None


# --- the background job ------------------------------------------------------------------------------


def add_portal_job(
    progress: Progress, cancel: Any, profile: str, url: str, policy: dict[str, Any] | None = None
) -> Portal | str:
    """Check a portal and remember it (worker process): the portal, or the :class:`FailureKind`."""
    del progress, cancel
    try:
        return add_portal(Path(profile), url, NetworkPolicy(**policy) if policy else None)
    except PortalError as err:
        return err.kind


def sync_job(progress: Progress, cancel: Any, profile: str, writer_pid: int, since: str | None = None,
             policy: dict[str, Any] | None = None) -> SyncReport:  # fmt: skip
    """Run :func:`sync` in the worker process on behalf of ``writer_pid`` (the window holding the profile).

    The report's :class:`LibraryChange` is settled by the window's
    :class:`~app.services.library.settler.LibrarySettler`.

    Like :func:`app.services.library.importer.import_job`: it writes only while that process holds the
    profile's lock, or takes the lock itself when nobody holds it.
    """
    def run() -> SyncReport:
        return sync(
            Path(profile), since=since, cancel=cancel, progress=progress,
            policy=NetworkPolicy(**policy) if policy else None,
        )  # fmt: skip

    return as_writer(profile, writer_pid, run)
