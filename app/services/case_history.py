"""Case history: the other items of the library with the same case number (sagsnummer).

The index is built from the library's small records (no meeting file is read to build it),
newest meeting first. The last decisions shown with each entry are read once per meeting and
kept: an item switch never reads a meeting file again for its history, and a library change
drops only the decisions of the meetings it replaced or changed. Qt-free, so it can also serve
the CLI and the briefing.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.parsing.vocabulary import is_standing_item
from app.storage.identity import ItemRecord
from app.storage.library import Library, MeetingRecord

CASE_HISTORY_LIMIT = 8  # the newest other items of the case


@dataclass(frozen=True)
class CaseEntry:
    """One earlier (or later) treatment of the same case."""

    item_id: str
    date: str | None
    committee: str | None
    document_type: str
    number: str
    title: str
    decision: str


class CaseHistory:
    """Finds the items that share a case number; call :meth:`rebuild` after the library changed."""

    def __init__(self, library: Library, limit: int = CASE_HISTORY_LIMIT) -> None:
        self.library = library
        self.limit = limit
        self._by_case: dict[str, list[tuple[MeetingRecord, ItemRecord]]] = {}
        self._meeting_of: dict[str, str] = {}  # item id → its meeting key
        # meeting id → (its content's identity, item number → last decision), kept across rebuilds
        self._decisions: dict[str, tuple[tuple[str, ...], dict[str, str]]] = {}
        self._standing: set[str] = set()  # standing items (agenda, Eventuelt …): never a history
        self.rebuild()

    def rebuild(self) -> None:
        by_case: dict[str, list[tuple[MeetingRecord, ItemRecord]]] = {}
        meeting_of: dict[str, str] = {}
        signatures: dict[str, tuple[str, ...]] = {}
        standing: set[str] = set()
        for record in self.library.meetings():  # newest first
            signatures[record.meeting_id] = _signature(record)
            for item in record.items:
                meeting_of[item.item_id] = record.meeting_key
                if is_standing_item(item.title):  # "Godkendelse af dagsorden": a shared number is no case
                    standing.add(item.item_id)
                elif item.case_number:
                    by_case.setdefault(item.case_number, []).append((record, item))
        self._by_case = by_case
        self._standing = standing
        self._meeting_of = meeting_of
        self._decisions = {mid: entry for mid, entry in self._decisions.items() if signatures.get(mid) == entry[0]}

    def _last_decisions(self, record: MeetingRecord) -> dict[str, str]:
        known = self._decisions.get(record.meeting_id)
        signature = _signature(record)
        if known is None or known[0] != signature:
            known = self._decisions[record.meeting_id] = (signature, self.library.last_decisions(record.meeting_id))
        return known[1]

    def for_item(self, item_id: str, case_number: str | None) -> list[CaseEntry]:
        """The newest other items with ``case_number``, each with its last decision."""
        if not case_number or item_id in self._standing:
            return []
        entries = []
        # Other meetings only: standing items of one meeting (approval of the agenda, "Eventuelt",
        # the signature page) often share a case number, and the same meeting's agenda and
        # minutes are one treatment, not a history.
        own = self._meeting_of.get(item_id)
        others = [
            (r, i) for r, i in self._by_case.get(case_number, []) if i.item_id != item_id and r.meeting_key != own
        ]
        for record, other in others[: self.limit]:
            decision = self._last_decisions(record).get(other.number, "")
            entries.append(CaseEntry(other.item_id, record.date, record.committee, record.document_type,
                                     other.number, other.title, decision))  # fmt: skip
        return entries


def _signature(record: MeetingRecord) -> tuple[str, ...]:
    """What changes when a meeting's stored content does: its source, its merged parts, its corrections."""
    return (record.sha256, *record.parts, repr(sorted(record.overrides.items())))
