"""The bundled demo library: the five seed minutes shipped in ``resources/demo``."""

from __future__ import annotations

from pathlib import Path

from app.model import Meeting
from app.parsing import ParseError, parse_file

DEMO_DIR = Path(__file__).resolve().parent.parent.parent / "resources" / "demo"


def load_demo_meetings() -> list[Meeting]:
    """Parse every demo file; a damaged one is skipped, never fatal."""
    meetings: list[Meeting] = []
    for path in sorted(DEMO_DIR.glob("*.txt")):
        try:
            meetings.append(parse_file(path))
        except ParseError:
            continue
    return meetings
