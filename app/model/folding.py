"""Danish-aware folding, the one place that knows how æ/ø/å compare (search, tree filter, ids).

Two foldings:

* ``fold``  — case-folded, æ→ae, ø→oe, å→aa (the conventional ASCII transliteration), so
  "Sønderborg", "SØNDERBORG" and "Soenderborg" are the same word, and "Åbenrå" is "aabenraa";
* ``strip`` — case-folded, æ→ae, ø→o, å→a, for people who simply drop the marks ("Sonderborg").

A query with æ/ø/å is matched against ``fold`` only (so "sø" does not find "so"); an ASCII
query against both. It lives in the model layer because storage (identities), search and
the window all need the same answer, and the lowest layer is the only one all may import.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_STRIP = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ä": "a", "ö": "o", "ü": "u", "ß": "ss"})
DANISH = frozenset("æøåÆØÅ")


@lru_cache(maxsize=1)
def _marks() -> re.Pattern[str]:
    """Every combining mark of the Basic Multilingual Plane, as one character class (built once)."""
    marks = "".join(chr(c) for c in range(0x300, 0x10000) if unicodedata.combining(chr(c)))
    return re.compile(f"[{re.escape(marks)}]+")


def _fold_with(text: str, table: dict[int, str]) -> str:
    low = text.casefold().translate(table)
    if low.isascii():
        return low
    # Other accented letters lose their accents ("é" → "e"); letters without a base stay.
    decomposed = unicodedata.normalize("NFKD", low)
    if decomposed.isascii():
        return decomposed
    if max(decomposed) > "\uffff":  # a mark beyond the BMP: character by character (rare)
        return "".join(c for c in decomposed if not unicodedata.combining(c))
    return _marks().sub("", decomposed)


def fold(text: str) -> str:
    return _fold_with(text, _FOLD)


def strip(text: str) -> str:
    return _fold_with(text, _STRIP)


def has_danish_letters(text: str) -> bool:
    return any(c in DANISH for c in text)


def words(text: str) -> str:
    """Folded words separated by single spaces ("Tema - Økonomi!" → "tema oekonomi"), for comparing titles."""
    return re.sub(r"\W+", " ", fold(text)).strip()


@lru_cache(maxsize=16384)
def _haystack(text: str) -> str:
    return f"{text.casefold()} {fold(text)} {strip(text)}"


def matches_all(words_typed: list[str], texts: list[str]) -> bool:
    """True when every typed word occurs in one of ``texts`` — as typed, or in either ASCII folding.

    As in search, a word with æ/ø/å must match those letters or their conventional spelling
    ("sø" finds "Sønderborg" and "Soenderborg", never "Sommer"); an ASCII word also matches
    text whose marks were dropped ("Sonderborg").
    """
    haystack = " ".join(_haystack(t) for t in texts)
    return all(w.casefold() in haystack or fold(w) in haystack for w in words_typed)
