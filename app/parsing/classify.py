"""Is this document an agenda or minutes at all? Bilag, memos, policies, printed e-mails,
reports and Word tables are refused with one reason instead of becoming false meetings.

A meeting paper shows itself in three independent ways, and one is never enough on its own
when the others contradict it:

* its head: the document type as the title ("Referat", "Dagsorden til mødet i …",
  "Beslutningsprotokol") and meeting labels (Mødedato, Mødested, Deltagere, Fraværende …);
* its items: keyword headings ("Punkt 7: …"), and items that carry what only agenda items
  carry — a case number, a recommendation (Indstilling), a decision, a "Lukket" flag;
* what it is not: an e-mail header (Fra/Sendt/Til/Emne), a memo head (Notat, Til/Fra).

A per-item PDF (eDoc's one PDF per punkt) has no meeting head but its item has a case number
and a decision, so it passes.
"""

from __future__ import annotations

import re

from app.model import Meeting, SectionKind
from app.parsing import vocabulary as voc
from app.parsing.paragraphs import ITEM_HEADING_RE, Para

_HEAD_PARAS = 30
_EMAIL_RE = re.compile(r"^(fra|sendt|til|emne|cc|bcc|from|sent|to|subject|vedhæftede filer)\s*:", re.I)
_DOCTYPE_TITLE_RE = re.compile(
    r"^(?:åben[t]?\s+|offentlig[t]?\s+|lukket\s+|\d{4}\s*[-–]\s*\d{2,4}\s*:\s*)?"
    r"(?:referat|dagsorden|beslutningsprotokol|mødeprotokol|protokol)\b",
    re.I,
)
_DOCTYPE_TAIL_RE = re.compile(r"[-–:]\s*(?:referat|dagsorden|beslutningsprotokol)\s*$", re.I)
_MEMO_RE = re.compile(r"^(?:notat|memo|internt notat|orienteringsnotat|beslutningsnotat)\b", re.I)
_HEAD_LABELS = ("date", "time", "place", "participants", "absent")


def refusal(paras: list[Para], meeting: Meeting) -> str | None:
    """Why the document is not an agenda or minutes, or None when it is one."""
    head = [p for p in paras[:_HEAD_PARAS] if p.kind != "toc"]
    lines = [line.strip() for p in head[:14] for line in p.lines][:20]
    email = {m.group(1).lower() for line in lines if (m := _EMAIL_RE.match(line))}
    memo_title = any(_MEMO_RE.match(line) and len(line) < 80 for line in lines[:6])
    if not memo_title and len(email) >= 3 and email & {"emne", "subject", "sendt", "sent"}:
        return "a printed e-mail (Fra/Til/Emne)"
    if not meeting.items:
        return "a memo (Notat, Til/Fra)" if memo_title else "no agenda items"
    items = meeting.items
    keyword = any(p.kind == "text" and ITEM_HEADING_RE.match(p.text) for p in paras)
    doctype = any(_is_doctype_title(line) for line in lines)
    labels = _head_labels(lines)
    carried = sum(1 for item in items if _carries_meeting_marks(item))
    share = carried / len(items)
    memo = memo_title or {"til", "fra"} <= email
    if memo and not (keyword and share >= 0.5):
        return "a memo (Notat, Til/Fra)"
    if keyword and (doctype or labels or share >= 0.3):
        return None
    if doctype and (labels or share >= 0.3):
        return None
    if share >= 0.5 and (labels or doctype or len(items) <= 3 or keyword):
        return None
    if labels >= 2 and share >= 0.3:
        return None
    return f"{len(items)} headings without the marks of agenda items (case number, Indstilling, Beslutning)"


def _is_doctype_title(line: str) -> bool:
    return len(line) < 150 and bool(_DOCTYPE_TITLE_RE.match(line) or _DOCTYPE_TAIL_RE.search(line))


def _head_labels(lines: list[str]) -> int:
    found: set[str] = set()
    for line in lines:
        head, sep, _rest = line.partition(":")
        key = head.strip().lower() if sep else line.split(" ", 1)[0].lower()
        label = voc.MEETING_LABELS.get(key)
        if label in _HEAD_LABELS and (sep or key.startswith(("møde", "tilstede", "afbud", "fravær"))):
            found.add(label)
    return len(found)


def _carries_meeting_marks(item: object) -> bool:
    return bool(
        getattr(item, "case_number", None)
        or getattr(item, "decisions", None)
        or getattr(item, "closed", False)
        or any(s.kind in (SectionKind.RECOMMENDATION, SectionKind.DECISION) for s in getattr(item, "sections", []))
    )
