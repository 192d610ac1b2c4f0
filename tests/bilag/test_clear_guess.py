"""The placement dialog's suggestion: an item only when it leads the next clearly (no Qt needed)."""

from __future__ import annotations

from app.parsing.bilag_match import MARGIN
from app.services.library.bilag import clear_guess


def test_a_close_call_is_no_guess_and_a_clear_lead_is() -> None:
    # The member's case: a citizen's e-mail about Havnens Perle (item 3) that also names Kongeruten (item 2).
    assert clear_guess([("2", 22.5), ("3", 16.9)]) == ""
    assert clear_guess([("2", 40.0)]) == "2"  # one item resembles it, no other at all
    assert clear_guess([("2", 40.0), ("5", 40.0 - MARGIN)]) == "2"
    assert clear_guess([("2", 40.0), ("5", 40.0 - MARGIN + 0.1)]) == ""
    assert clear_guess([]) == "" and clear_guess([("4", 0.0)]) == ""
