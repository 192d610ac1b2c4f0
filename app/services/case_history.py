"""Case history: the other items of the library with the same case number (sagsnummer).

The index is built from the library's small records (no meeting file is read to build it),
newest meeting first; only the few entries shown read their meeting for the last decision.
Qt-free, so it can also serve the CLI and the briefing.
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
        self._standing: set[str] = set()  # standing items (agenda, Eventuelt …): never a history
        self.rebuild()

    def rebuild(self) -> None:
        by_case: dict[str, list[tuple[MeetingRecord, ItemRecord]]] = {}
        meeting_of: dict[str, str] = {}
        standing: set[str] = set()
        for record in self.library.meetings():  # newest first
            for item in record.items:
                meeting_of[item.item_id] = record.meeting_key
                if is_standing_item(item.title):  # "Godkendelse af dagsorden": a shared number is no case
                    standing.add(item.item_id)
                elif item.case_number:
                    by_case.setdefault(item.case_number, []).append((record, item))
        self._by_case = by_case
        self._standing = standing
        self._meeting_of = meeting_of

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
            meeting = self.library.meeting(record.meeting_id)
            full = next((i for i in meeting.items if i.number == other.number), None)
            decision = full.last_decision.text if full and full.last_decision else ""
            entries.append(CaseEntry(other.item_id, record.date, record.committee, record.document_type,
                                     other.number, other.title, decision))  # fmt: skip
        return entries
