"""Danish dates and times as printed in committee papers → ISO strings."""

from __future__ import annotations

import re
from datetime import date

from app.parsing.vocabulary import MONTHS

_NUMERIC_RE = re.compile(r"\b(\d{1,2})[-./](\d{1,2})[-./](\d{4}|\d{2})\b")
_ISO_RE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_WORDS_RE = re.compile(
    r"\b(\d{1,2})\.?\s*(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+(\d{4})\b", re.I
)
_TIME_RE = re.compile(r"\bkl\.?\s*(\d{1,2})(?:[:.](\d{2}))?\b|\b(\d{1,2})[:.](\d{2})\b", re.I)


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def find_date(text: str) -> str | None:
    """The first date in ``text`` as YYYY-MM-DD ("2. september 2019", "04.12.2012", "15-09-2022")."""
    candidates: list[tuple[int, str]] = []
    for m in _WORDS_RE.finditer(text):
        iso = _iso(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
        if iso:
            candidates.append((m.start(), iso))
    for m in _ISO_RE.finditer(text):
        iso = _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if iso:
            candidates.append((m.start(), iso))
    for m in _NUMERIC_RE.finditer(text):
        year = int(m.group(3))
        year = year + 2000 if year < 100 else year
        iso = _iso(year, int(m.group(2)), int(m.group(1)))
        if iso:
            candidates.append((m.start(), iso))
    return min(candidates)[1] if candidates else None


def find_time(text: str) -> str | None:
    """The first clock time as HH:MM ("kl. 15:30", "kl. 13.00", "13:00 - 15:00")."""
    for m in _TIME_RE.finditer(text):
        if m.group(1) is not None:
            hour, minute = int(m.group(1)), int(m.group(2) or 0)
        else:
            hour, minute = int(m.group(3)), int(m.group(4))
            # "04.12.2012" is a date, not 04:12.
            tail = text[m.end() : m.end() + 1]
            if tail in (".", "-", "/") and text[m.end() + 1 : m.end() + 2].isdigit():
                continue
        if 0 <= hour <= 23 and 0 <= minute <= 59:
            return f"{hour:02d}:{minute:02d}"
    return None
