"""Danish-aware folding for search: æ/ø/å are letters of their own, yet ASCII spellings match.

Two foldings of the same text are indexed:

* ``fold``  — case-folded, æ→ae, ø→oe, å→aa (the conventional ASCII transliteration), so
  "Sønderborg", "SØNDERBORG" and "Soenderborg" are the same word, and "Åbenrå" is "aabenraa";
* ``strip`` — case-folded, æ→ae, ø→o, å→a, for people who simply drop the marks ("Sonderborg").

A query with æ/ø/å is matched against ``fold`` only (so "sø" does not find "so"); an ASCII
query against both.
"""

from __future__ import annotations

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


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """``fold(text)`` and, for every folded character, the index of its original character."""
    out: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        mapped = _map_char(ch, _FOLD)
        out.append(mapped)
        origin.extend([index] * len(mapped))
    return "".join(out), origin


def has_danish_letters(text: str) -> bool:
    return any(c in DANISH for c in text)
