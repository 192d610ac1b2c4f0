"""What changed between two versions of a meeting: items matched by identity, and the difference.

A meeting is published again and again — a revised agenda with an item withdrawn and the rest
renumbered, a supplementary agenda, the minutes after the agenda, one item's own PDF. This
module answers, without Qt and without the disk:

* :func:`match_items` — which item of the new version *is* which item of the old one. Never by
  number alone: a case number first, then a similar title, then similar section text, each
  pass only among the items the earlier passes left, so two items never share an identity.
* :func:`compare` — per item: ``new``, ``withdrawn``, ``renumbered`` (from → to), ``changed``
  (which sections) or ``decided`` (a decision appeared).
* :func:`section_diffs` / :func:`word_diff` — the word-level difference of changed sections,
  for the item view (insertions and deletions) and the briefing.
* :func:`document_verdict` — is a document a complete version of a meeting (it replaces it)
  or an extract (it adds or updates its items)? Decided by the document's own evidence.

Document text is untrusted: comparisons work on bounded word lists, so a hostile item costs
bounded time.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from app.model.folding import words
from app.model.meeting import AgendaItem, Meeting, Section, SectionKind

ChangeKind = Literal["new", "withdrawn", "renumbered", "changed", "decided"]
CHANGE_KINDS: tuple[ChangeKind, ...] = ("new", "withdrawn", "renumbered", "changed", "decided")

MAX_COMPARED_WORDS = 4_000  # per text: similarity and diffs of longer texts look at this much only
MIN_TEXT_WORDS = 25  # texts shorter than this say nothing about identity
TITLE_MATCH = 0.8  # titles at least this similar name the same item (after folding)
TEXT_MATCH = 0.6  # section texts at least this similar name the same item (title reworded)
CASE_TITLE = 0.5  # the same case number identifies an item whose title (or text) is at least this alike
SHARED_CASE_TITLE = 0.6  # … and where several items share the case number, at least this alike
TITLE_LABEL = "Titel"  # the name of the title in ``ItemChange.sections``


# --- identity -----------------------------------------------------------------------------------


def _word_list(text: str) -> list[str]:
    return words(text[: MAX_COMPARED_WORDS * 40]).split()[:MAX_COMPARED_WORDS]


def _folded(text: str) -> str:
    return " ".join(_word_list(text))


def title_similarity(a: str, b: str) -> float:
    """0..1: how alike two titles are once folded ("Sønderborg" = "Soenderborg")."""
    fa, fb = _folded(a), _folded(b)
    if fa == fb:
        return 1.0
    return difflib.SequenceMatcher(None, fa, fb, autojunk=False).ratio()


def text_similarity(a: AgendaItem, b: AgendaItem) -> float:
    """0..1: how alike two items' section texts are, word by word (bounded). Texts too short to
    tell items apart ("Godkendt.") count as unlike."""
    wa, wb = _word_list(a.full_text), _word_list(b.full_text)
    if min(len(wa), len(wb)) < MIN_TEXT_WORDS:
        return 0.0
    return difflib.SequenceMatcher(None, wa, wb).ratio()


def _case(item: AgendaItem) -> str:
    return "".join((item.case_number or "").split()).lower()


def match_items(old: Sequence[AgendaItem], new: Sequence[AgendaItem]) -> dict[int, int]:
    """Which new item is which old one: ``{old index: new index}``, one to one.

    In this order, each among what the previous passes left: the same case number (with a
    title or text at least half alike: standing items share case numbers), a similar title
    (not when both carry different case numbers), similar section text. The number is never
    evidence on its own; it only breaks ties between equally good candidates.
    """
    pairs: dict[int, int] = {}
    taken: set[int] = set()

    def free() -> tuple[list[int], list[int]]:
        return [i for i in range(len(old)) if i not in pairs], [j for j in range(len(new)) if j not in taken]

    def take(candidates: list[tuple[float, int, int]], threshold: float) -> None:
        # Best score first; equal scores: the closer position, then the same number.
        candidates.sort(key=lambda c: (-c[0], abs(c[1] - c[2]), old[c[1]].number != new[c[2]].number))
        for score, i, j in candidates:
            if score >= threshold and i not in pairs and j not in taken:
                pairs[i] = j
                taken.add(j)

    # 1. Case number.
    olds, news = free()
    by_case: dict[str, tuple[list[int], list[int]]] = {}
    for i in olds:
        if _case(old[i]):
            by_case.setdefault(_case(old[i]), ([], []))[0].append(i)
    for j in news:
        if _case(new[j]) in by_case:
            by_case[_case(new[j])][1].append(j)
    for old_side, new_side in by_case.values():
        # A case number is strong evidence, but standing items ("Godkendelse af dagsorden",
        # "Eventuelt") share one: the title or the text must agree as well.
        threshold = CASE_TITLE if len(old_side) == 1 and len(new_side) == 1 else SHARED_CASE_TITLE
        take([(max(title_similarity(old[i].title, new[j].title),
                   text_similarity(old[i], new[j]) if len(old_side) * len(new_side) <= 16 else 0.0), i, j)
              for i in old_side for j in new_side], threshold)  # fmt: skip

    def other_cases(i: int, j: int) -> bool:
        return bool(_case(old[i]) and _case(new[j]) and _case(old[i]) != _case(new[j]))

    # 2. Title similarity.
    olds, news = free()
    candidates = []
    for i in olds:
        for j in news:
            score = title_similarity(old[i].title, new[j].title)
            if other_cases(i, j) and score < 1.0:
                continue
            candidates.append((score, i, j))
    take(candidates, TITLE_MATCH)
    # 3. Section text (a reworded title).
    olds, news = free()
    if olds and news and len(olds) * len(news) <= 400:  # bounded: a hostile document costs little
        take([(text_similarity(old[i], new[j]), i, j) for i in olds for j in news if not other_cases(i, j)],
             TEXT_MATCH)  # fmt: skip
    return pairs


# --- the difference ------------------------------------------------------------------------------


@dataclass
class ItemChange:
    """How one item changed from one version to the next.

    ``change`` is the one word lists show (``decided`` before ``renumbered`` before
    ``changed``); ``kinds`` holds every one that applies; ``sections`` names the changed
    sections by their printed heading ("Indstilling", "Beslutning …", "Titel").
    """

    number: str
    title: str
    change: ChangeKind
    from_number: str | None = None
    sections: list[str] = field(default_factory=list)
    kinds: list[ChangeKind] = field(default_factory=list)
    section_kinds: list[str] = field(default_factory=list)  # SectionKind values of ``sections``

    def to_json(self) -> dict[str, object]:
        return {
            "number": int(self.number) if self.number.isdigit() else self.number,
            "title": self.title,
            "change": self.change,
            "from_number": (int(self.from_number) if self.from_number.isdigit() else self.from_number)
            if self.from_number is not None
            else None,
            "sections": list(self.sections),
            "kinds": list(self.kinds),
        }


def _section_key(section: Section) -> str:
    """Sections are paired by meaning; "other" sections by their heading."""
    if section.kind is SectionKind.OTHER:
        return "other:" + _folded(section.heading)
    return str(section.kind.value)


def paired_sections(old: AgendaItem, new: AgendaItem) -> list[tuple[Section | None, Section | None]]:
    """The two items' sections side by side (the n-th of a kind with the n-th), in the new order."""

    def keyed(item: AgendaItem) -> dict[tuple[str, int], Section]:
        seen: dict[str, int] = {}
        out = {}
        for s in item.sections:
            key = _section_key(s)
            seen[key] = seen.get(key, 0) + 1
            out[(key, seen[key])] = s
        return out

    before, after = keyed(old), keyed(new)
    pairs: list[tuple[Section | None, Section | None]] = [(before.get(k), s) for k, s in after.items()]
    pairs += [(s, None) for k, s in before.items() if k not in after]
    return pairs


def _same_text(a: str, b: str) -> bool:
    return a == b or words(a) == words(b)


def _decision_texts(item: AgendaItem) -> list[str]:
    texts = [_folded(d.text) for d in item.decisions if d.text.strip()]
    texts += [_folded(s.text) for s in item.sections_of(SectionKind.DECISION) if s.text.strip()]
    return texts


def item_change(old: AgendaItem, new: AgendaItem) -> ItemChange | None:
    """The change from ``old`` to ``new`` (the same item), or None when nothing a reader sees changed."""
    kinds: list[ChangeKind] = []
    sections: list[str] = []
    section_kinds: list[str] = []
    if not _same_text(old.title, new.title):
        sections.append(TITLE_LABEL)
        section_kinds.append("title")
    for before, after in paired_sections(old, new):
        if before is not None and after is not None and _same_text(before.text, after.text):
            continue
        shown = after or before
        assert shown is not None
        sections.append(shown.heading or shown.kind.value)
        section_kinds.append(shown.kind.value)
    old_decisions = set(_decision_texts(old))
    if any(text not in old_decisions for text in _decision_texts(new)):
        kinds.append("decided")
    if old.number != new.number:
        kinds.append("renumbered")
    if sections and (set(section_kinds) - {SectionKind.DECISION.value} or "decided" not in kinds):
        kinds.append("changed")
    if not kinds:
        return None
    return ItemChange(new.number, new.title, kinds[0], old.number if old.number != new.number else None,
                      sections, kinds, section_kinds)  # fmt: skip


def compare(old: Meeting, new: Meeting) -> list[ItemChange]:
    """Every item that is new, withdrawn, renumbered, changed or decided, in the new version's order
    (a withdrawn item where it stood)."""
    pairs = match_items(old.items, new.items)
    inverse = {j: i for i, j in pairs.items()}
    ordered: list[tuple[float, ItemChange]] = []
    last_new = -1.0
    for i, item in enumerate(old.items):
        if i in pairs:
            last_new = float(pairs[i])
        else:
            ordered.append((last_new + 0.5, ItemChange(item.number, item.title, "withdrawn", kinds=["withdrawn"])))
    for j, item in enumerate(new.items):
        if j not in inverse:
            change: ItemChange | None = ItemChange(item.number, item.title, "new", kinds=["new"])
        else:
            change = item_change(old.items[inverse[j]], item)
        if change is not None:
            ordered.append((float(j), change))
    ordered.sort(key=lambda pair: pair[0])
    return [change for _position, change in ordered]


# --- word-level difference -------------------------------------------------------------------------

DiffOp = Literal["equal", "insert", "delete"]
# A word (or a run of punctuation) with the space around it: whitespace is never a unit, and a
# full stop after a word is its own token, so "udfordringsret." → "udfordringsret med …" keeps the word.
_TOKEN = re.compile(r"\s*(?:\w+|[^\w\s]+)\s*|\s+")


def word_diff(old: str, new: str) -> list[tuple[DiffOp, str]]:
    """The difference of two texts word by word: runs of ("equal" | "insert" | "delete", text).

    Whitespace travels with its word, so joining the "equal" and "insert" runs gives ``new``
    and the "equal" and "delete" runs give ``old``'s words (spaced as in ``new``); a different
    line break is no change to a reader. Texts longer than the bound are compared in their
    first part and the rest is shown as replaced, and long texts ignore their most frequent
    words as anchors (``autojunk``): never a long stall on a hostile text.
    """
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    tail_a, tail_b = a[MAX_COMPARED_WORDS:], b[MAX_COMPARED_WORDS:]
    a, b = a[:MAX_COMPARED_WORDS], b[:MAX_COMPARED_WORDS]
    ops: list[tuple[DiffOp, str]] = []

    def add(op: DiffOp, text: str) -> None:
        if not text:
            return
        if ops and ops[-1][0] == op:
            ops[-1] = (op, ops[-1][1] + text)
        else:
            ops.append((op, text))

    matcher = difflib.SequenceMatcher(None, [t.strip() for t in a], [t.strip() for t in b],
                                      autojunk=len(a) + len(b) > 1_000)  # fmt: skip
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            add("equal", "".join(b[j1:j2]))  # the new text's spacing
        else:
            add("delete", "".join(a[i1:i2]))
            add("insert", "".join(b[j1:j2]))
    if tail_a != tail_b:
        add("delete", "".join(tail_a))
        add("insert", "".join(tail_b))
    else:
        add("equal", "".join(tail_b))
    return ops


@dataclass
class SectionDiff:
    """One changed section of an item: its heading and the word-level difference."""

    heading: str
    kind: str
    ops: list[tuple[DiffOp, str]]


def section_diffs(old: AgendaItem, new: AgendaItem) -> list[SectionDiff]:
    """The changed sections of the same item (title first), each as a word-level difference."""
    diffs = []
    if not _same_text(old.title, new.title):
        diffs.append(SectionDiff(TITLE_LABEL, "title", word_diff(old.title, new.title)))
    for before, after in paired_sections(old, new):
        if before is not None and after is not None and _same_text(before.text, after.text):
            continue
        shown = after or before
        assert shown is not None
        diffs.append(SectionDiff(shown.heading or shown.kind.value, shown.kind.value,
                                 word_diff(before.text if before else "", after.text if after else "")))  # fmt: skip
    return diffs


# --- complete version or extract -------------------------------------------------------------------

Verdict = Literal["complete", "extract", "mixed"]


@dataclass(frozen=True)
class Evidence:
    """What a document says about itself, against the meeting already in the library."""

    cover: bool  # the meeting's front matter: place, time or participants
    contents: bool  # a table of contents (the portal's item list counts)
    from_first: bool  # numbering starts at the meeting's first item
    without_gaps: bool  # and runs on without gaps
    items: int
    subset: bool  # every item number is one the meeting has, and some are missing

    @property
    def verdict(self) -> Verdict:
        """``complete`` replaces the meeting, ``extract`` adds or updates its items, ``mixed`` asks."""
        if self.items <= 1 and not self.contents:
            return "extract"  # one punkt's own PDF
        if not self.from_first:
            # New numbers (a supplementary agenda) join the meeting; known ones behind a cover or
            # contents may be an excerpt or a version that lost its first items: the member says.
            return "mixed" if self.subset and (self.cover or self.contents) else "extract"
        if self.without_gaps and (self.cover or self.contents or not self.subset):
            return "complete"
        if self.cover and self.contents:
            return "complete"  # the whole front matter: a version that dropped items
        if not self.cover and not self.contents:
            return "extract"
        return "mixed"


def _number_key(number: str) -> tuple[int, ...]:
    return tuple(int(p) if p.isdigit() else 0 for p in number.split("."))


def document_verdict(document: Meeting, meeting: Meeting | Sequence[str]) -> Evidence:
    """Is ``document`` a complete version of ``meeting`` (or of the meeting whose item numbers are
    given), or an extract of it? The evidence, with its :attr:`Evidence.verdict`."""
    known = [i.number for i in meeting.items] if isinstance(meeting, Meeting) else list(meeting)
    numbers = [i.number for i in document.items]
    top = [n for n in numbers if "." not in n]  # sub-items ("1.2") do not count in the numbering
    first = min((_number_key(n) for n in known if "." not in n), default=None)
    from_first = bool(top) and first is not None and _number_key(top[0]) == first
    ints = [int(n) for n in top if n.isdigit()]
    without_gaps = bool(ints) and len(ints) == len(top) and ints == list(range(ints[0], ints[0] + len(ints)))
    cover = bool(document.location or document.participants or document.start_time)
    subset = set(numbers) < set(known)
    return Evidence(cover, document.has_contents, from_first, without_gaps, len(document.items), subset)
