"""Which item each bilag of an import belongs to: a pure rule on what the files' one reading gave.

No I/O and no Qt: the importer hands over the batch's meetings (what the library now holds for
them) and the :class:`~app.parsing.reading.Reading` of every other file, and gets back where each
file goes. A bilag is linked to an item by, strongest first:

1. the item's document number for the bilag ("Dok.nr.: 2012-204021") in its file name or text;
2. the bilag's name as listed under the item ("Bilag 3: Notat om …") standing in its text;
3. the words of its file name against the listed names ("bygningsliste-prioritering.pdf" ~
   "Bygningsliste og prioriteringssystem"), words every file of the batch shares left out;
4. the same against the item titles, for a bilag the item does not list.

A link is decided when the best match is clearly better than the next; otherwise the bilag goes
to the meeting, not yet linked, and the window asks the member. A meeting with a single item is
the exception: every bilag of that meeting is that item's (Acadre minutes of one item list their
bilag under it, but their names need not resemble anything in it).

eDoc's per-item PDFs (merged into their meeting's text by the import) are kept as documents of
their item too: :func:`place_item_pdfs`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import PurePath

from app.model import AgendaItem, Meeting
from app.model.folding import words
from app.parsing.reading import Reading

TEXT_PAGES = 3  # pages of a bilag read for matching
DECIDED = 45.0  # a score at least this high …
MARGIN = 15.0  # … and this much above the best other item decides a link
STOP = frozenset(
    ("og", "i", "for", "til", "af", "paa", "pa", "om", "med", "det", "den", "de", "en", "et", "ved", "vedr",
     "vedroerende", "bilag", "pdf", "scanned", "scan", "final", "ny", "kopi", "endelig", "udkast", "version")
)  # fmt: skip


@dataclass(frozen=True)
class Placement:
    """Where one file of the batch goes: a meeting, an item (``""``: not decided), why, under what name."""

    file_name: str
    sha256: str
    meeting_id: str
    item_number: str
    reason: str  # "document-number", "name-in-text", "file-name", "item-title", "only-item", "item-pdf", ""
    name: str  # the name it is stored under (the listed attachment's name when it is one)
    pages: int
    choices: list[tuple[str, float]] = field(default_factory=list)  # (item number, score), best first

    @property
    def item_pdf(self) -> bool:
        return self.reason == "item-pdf"


# --- eDoc's per-item PDFs --------------------------------------------------------------------


def place_item_pdfs(meetings: list[tuple[str, Meeting]], parts: list[Reading]) -> list[Placement]:
    """Each per-item document of the batch as a document of its item(s).

    ``parts`` are the batch's meeting documents that joined (or are) a meeting of ``meetings``.
    A meeting's own document counts only when it is a single punkt of a meeting with more
    (imported before its referat, it became the entry's document).
    """
    placements: list[Placement] = []
    for part in parts:
        if part.meeting is None or not part.is_pdf:
            continue
        own = next((m for _mid, m in meetings if m.source is not None and m.source.sha256 == part.sha256), None)
        if own is not None and not (len(own.items) > 1 and len(part.meeting.items) == 1):
            continue
        for item in part.meeting.items:
            home = next((mid for mid, m in meetings if any(i.number == item.number for i in m.items)), None)
            if home is not None:
                placements.append(Placement(part.name, part.sha256, home, item.number, "item-pdf", part.name,
                                            part.pages))  # fmt: skip
    return placements


# --- bilag -------------------------------------------------------------------------------------


def place_bilag(meetings: list[tuple[str, Meeting]], bilag: list[Reading], batch_names: list[str]) -> list[Placement]:
    """Link each bilag to an item of the batch's meetings (newest first); undecided ones to the first meeting."""
    meetings = [(mid, m) for mid, m in meetings if m.items]
    if not meetings:
        return []
    common = _common_tokens(batch_names)
    keyed = [(meeting_id, item) for meeting_id, meeting in meetings for item in meeting.items]
    items = [_renumbered(item, str(k)) for k, (_mid, item) in enumerate(keyed)]
    placements: list[Placement] = []
    for reading in bilag:
        stem = re.sub(r"^bilag\s*\d+\s*[:._-]\s*", "", PurePath(reading.name).stem, flags=re.I)
        file_tokens = [t for t in _tokens(stem) if t not in common]
        text = reading.text(TEXT_PAGES)
        key, reason, ranked = decide(link_scores(file_tokens, reading.name, text, items))
        meeting_id, item = keyed[int(key)] if key else (meetings[0][0], None)
        if item is None:
            only = next(m for mid, m in meetings if mid == meeting_id).items
            if len(only) == 1:  # the meeting's only item: its bilag are that item's
                item, reason = only[0], "only-item"
        choices = [(keyed[int(k)][1].number, score) for k, score in ranked if keyed[int(k)][0] == meeting_id]
        placements.append(Placement(reading.name, reading.sha256, meeting_id, item.number if item else "", reason,
                                    _display_name(item, file_tokens, reading.name, text), reading.pages,
                                    choices))  # fmt: skip
    return placements


def _tokens(text: str) -> list[str]:
    spaced = re.sub(r"(?<=[a-zæøå])(?=\d)|(?<=\d)(?=[a-zæøå])", " ", text.lower().replace("_", " "))
    return [t for t in words(spaced).split() if t not in STOP and (len(t) > 1 or t.isdigit())]


def _token_match(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= 5 and long.startswith(short)


def _dice(left: list[str], right: list[str]) -> float:
    if not left or not right:
        return 0.0
    matched_left = sum(1 for t in left if any(_token_match(t, u) for u in right))
    matched_right = sum(1 for u in right if any(_token_match(t, u) for t in left))
    return (matched_left + matched_right) / (len(left) + len(right))


def _has_number(number: str, name: str, text: str) -> bool:
    compact = re.sub(r"\s+", "", number)
    if len(re.sub(r"\D", "", compact)) < 5:
        return False
    squeezed = re.sub(r"\s+", "", text)
    return compact in squeezed or compact in re.sub(r"\s+", "", name)


def link_scores(file_tokens: list[str], name: str, text: str, items: list[AgendaItem]) -> dict[str, tuple[float, str]]:
    """Each item's best score for one bilag file and why: {item number: (score, reason)}."""
    folded_text = " " + words(text) + " " if text else ""
    text_tokens = _tokens(text[:20000]) if text else []
    scores: dict[str, tuple[float, str]] = {}
    for item in items:
        best = (0.0, "")
        for attachment in item.attachments:
            if attachment.document_number and _has_number(attachment.document_number, name, text):
                best = max(best, (100.0, "document-number"))
            listed = words(attachment.name)
            if folded_text and len(listed) >= 12 and f" {listed} " in folded_text:
                best = max(best, (80.0, "name-in-text"))
            best = max(best, (70.0 * _dice(file_tokens, _tokens(attachment.name)), "file-name"))
            if text_tokens:
                listed_tokens = _tokens(attachment.name)
                found = sum(1 for t in listed_tokens if t in text_tokens) / max(1, len(listed_tokens))
                best = max(best, (45.0 * found if len(listed_tokens) >= 3 else 0.0, "name-in-text"))
        best = max(best, (60.0 * _dice(file_tokens, _tokens(item.title)), "item-title"))
        scores[item.number] = best
    return scores


def _common_tokens(names: list[str]) -> set[str]:
    """Words most file names of the batch share (municipality, committee, date): no clue to an item."""
    counts = Counter(t for n in names for t in set(_tokens(PurePath(n).stem)))
    need = max(2, round(0.6 * len(names)))
    return {t for t, n in counts.items() if n >= need}


def decide(scores: dict[str, tuple[float, str]]) -> tuple[str, str, list[tuple[str, float]]]:
    """(item number or "", reason, choices best first) from the items' scores."""
    ranked = sorted(((s, r, n) for n, (s, r) in scores.items()), key=lambda t: -t[0])
    choices = [(n, round(s, 1)) for s, _r, n in ranked if s > 0]
    if not ranked or ranked[0][0] < DECIDED:
        return "", "", choices
    second = ranked[1][0] if len(ranked) > 1 else 0.0
    if ranked[0][0] - second < MARGIN:
        return "", "", choices
    return ranked[0][2], ranked[0][1], choices


def _renumbered(item: AgendaItem, key: str) -> AgendaItem:
    return AgendaItem(number=key, title=item.title, attachments=item.attachments)


def _display_name(item: AgendaItem | None, file_tokens: list[str], file_name: str, text: str) -> str:
    """The listed name of the attachment the file is (so the item view pairs them), else the file's."""
    if item is not None and item.attachments:
        pseudo = [AgendaItem(number=str(k), title="", attachments=[a]) for k, a in enumerate(item.attachments)]
        scores = link_scores(file_tokens, file_name, text, pseudo)
        k, (score, _reason) = max(scores.items(), key=lambda pair: pair[1][0])
        if score >= DECIDED:
            return item.attachments[int(k)].name
    return re.sub(r"[_]+", " ", PurePath(file_name).stem).strip()
