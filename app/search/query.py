"""Parsing a search box query and matching its terms in original (unfolded) text.

Several words must all match (AND); every word matches as a prefix ("tilfreds" finds
"tilfredshedsundersøgelse"); "quoted phrases" match as written, word for word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.model.folding import fold, has_danish_letters

_TOKEN_RE = re.compile(r'"([^"]*)"|(\S+)')
_WORD_RE = re.compile(r"[\wæøåÆØÅ]+")


@dataclass(frozen=True)
class Term:
    """A word (prefix match) or a phrase (exact words in order)."""

    words: tuple[str, ...]
    phrase: bool = False

    @property
    def danish(self) -> bool:
        return any(has_danish_letters(w) for w in self.words)

    def fts(self) -> str:
        """The FTS5 expression for this term, on folded text."""
        folded = [fold(w) for w in self.words]
        if self.phrase:
            return '"' + " ".join(folded) + '"'
        return '"' + folded[0] + '"*'

    def regex(self) -> re.Pattern[str]:
        """Finds the term in original text, accepting æ/ø/å for their ASCII spellings."""
        parts = [_word_pattern(w) for w in self.words]
        body = r"\W+".join(parts)
        tail = "" if not self.phrase else r"(?![\wæøå])"
        return re.compile(r"(?<![\wæøå])" + body + tail, re.IGNORECASE)


MAX_QUERY_CHARS = 500  # a pasted page is not a query: 3000 words once took 80 s
MAX_TERMS = 12
MAX_PHRASE_WORDS = 12


def parse(query: str) -> list[Term]:
    """The terms of a query, capped: at most :data:`MAX_TERMS` terms from its first :data:`MAX_QUERY_CHARS`."""
    terms: list[Term] = []
    for match in _TOKEN_RE.finditer(query[:MAX_QUERY_CHARS]):
        if len(terms) >= MAX_TERMS:
            break
        if match.group(1) is not None:
            words = tuple(_WORD_RE.findall(match.group(1)))[:MAX_PHRASE_WORDS]
            if words:
                terms.append(Term(words, phrase=True))
        else:
            for word in _WORD_RE.findall(match.group(2)):
                terms.append(Term((word,)))
    return terms[:MAX_TERMS]


_ALTERNATIVES = {"oe": "(?:oe|ø)", "ae": "(?:ae|æ)", "aa": "(?:aa|å)"}
_SINGLE = {"o": "[oø]", "a": "[aå]", "ø": "(?:ø|oe)", "æ": "(?:æ|ae)", "å": "(?:å|aa)"}


def _word_pattern(word: str) -> str:
    word = word.lower()
    out: list[str] = []
    i = 0
    while i < len(word):
        pair = word[i : i + 2]
        if pair in _ALTERNATIVES:
            out.append(_ALTERNATIVES[pair])
            i += 2
            continue
        out.append(_SINGLE.get(word[i], re.escape(word[i])))
        i += 1
    return "".join(out)


def find(text: str, terms: list[Term]) -> list[tuple[int, int]]:
    """Every place a term occurs in ``text``, sorted, non-overlapping."""
    spans: list[tuple[int, int]] = []
    for term in terms:
        spans.extend(m.span() for m in term.regex().finditer(text) if m.end() > m.start())
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
