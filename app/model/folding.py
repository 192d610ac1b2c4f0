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

_FOLD = {"æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}
_STRIP = {"æ": "ae", "ø": "o", "å": "a", "ä": "a", "ö": "o", "ü": "u", "ß": "ss"}
DANISH = frozenset("æøåÆØÅ")


def _map_char(ch: str, table: dict[str, str]) -> str:
    low = ch.casefold()
    if low in table:
        return table[low]
    if low.isascii():
        return low
    base = unicodedata.normalize("NFKD", low)
    stripped = "".join(c for c in base if not unicodedata.combining(c))
    return stripped or low


def fold(text: str) -> str:
    return "".join(_map_char(c, _FOLD) for c in text)


def strip(text: str) -> str:
    return "".join(_map_char(c, _STRIP) for c in text)


def has_danish_letters(text: str) -> bool:
    return any(c in DANISH for c in text)


def words(text: str) -> str:
    """Folded words separated by single spaces ("Tema - Økonomi!" → "tema oekonomi"), for comparing titles."""
    return re.sub(r"\W+", " ", fold(text)).strip()


def matches_all(words_typed: list[str], text: str) -> bool:
    """True when every typed word occurs in ``text``, both spelled as typed or in ASCII folding."""
    haystack = text.casefold() + " " + fold(text) + " " + strip(text)
    return all(w.casefold() in haystack or fold(w) in haystack for w in words_typed)
