"""`search` on the command line takes the window's filters; an empty query lists what they let through."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tests.test_cli import _ok, _run


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    """Lejre (its meeting moved to Kaløvig) and Haderslev minutes, imported through the command line."""
    lejre = tmp_path / "lejre.txt"
    text = SEEDS["lejre_2020"].read_text(encoding="utf-8")
    lejre.write_text(text.replace("Mødelokale 1, Lejrevej 15, 4320, Allerslev", "Kaløvig Bådelaug, Strandvejen 2"),
                     encoding="utf-8")  # fmt: skip
    _ok("import", lejre, SEEDS["haderslev_2022"], "--profile", tmp_path / "p")
    return tmp_path / "p"


def test_an_empty_query_with_a_tag_lists_the_tagged_items(profile: Path) -> None:
    meetings = json.loads(_ok("list", "--json", "--profile", profile))
    lejre = next(m for m in meetings if m["municipality"] == "Lejre")
    haderslev = next(m for m in meetings if m["municipality"] == "Haderslev")
    tagged = [lejre["items"][3]["id"], haderslev["items"][1]["id"]]
    for item in tagged:
        _ok("note", item, "--tag", "budget", "--profile", profile)
    _ok("note", lejre["items"][0]["id"], "--text", "kun en note", "--profile", profile)
    rows = json.loads(_ok("search", "", "--tag", "budget", "--json", "--profile", profile))
    # Every tagged item, newest meeting first; nothing else.
    newest, oldest = sorted([lejre, haderslev], key=lambda m: m["date"], reverse=True)
    expected = [i for m in (newest, oldest) for i in tagged if i.startswith(m["id"])]
    assert [r["item_id"] for r in rows] == expected
    # The other filters combine with it.
    only = json.loads(_ok("search", "", "--tag", "budget", "--committee", haderslev["committee"], "--json",
                          "--profile", profile))  # fmt: skip
    assert [r["item_id"] for r in only] == [tagged[1]]
    notes = json.loads(_ok("search", "", "--has-notes", "--json", "--profile", profile))
    assert [r["item_id"] for r in notes] == [lejre["items"][0]["id"]]
    # Words and filters together: only tagged items holding the words.
    words = json.loads(_ok("search", lejre["items"][3]["title"].split()[0], "--tag", "budget", "--json",
                           "--profile", profile))  # fmt: skip
    assert {r["item_id"] for r in words} <= set(tagged) and words
    # No filters and no words: nothing, and no error.
    assert json.loads(_ok("search", "", "--json", "--profile", profile)) == []
    dated = json.loads(_ok("search", "", "--from", newest["date"], "--type", "referat", "--json", "--profile",
                           profile))  # fmt: skip
    assert dated and {r["item_id"].rsplit(":", 1)[0] for r in dated} == {newest["id"]}


def test_the_meeting_place_is_searchable(profile: Path) -> None:
    lejre = next(m for m in json.loads(_ok("list", "--json", "--profile", profile)) if m["municipality"] == "Lejre")
    rows = json.loads(_ok("search", "Kaløvig", "--json", "--profile", profile))
    assert len(rows) == 1  # the meeting, once — not each of its items
    assert rows[0]["item_id"] == lejre["id"] and rows[0]["number"] is None
    assert "«Kaløvig»" in rows[0]["snippet"]
    assert json.loads(_ok("search", "kaloevig", "--json", "--profile", profile))[0]["item_id"] == rows[0]["item_id"]
    text = _ok("search", "Kaløvig", "--profile", profile)
    assert "the meeting" in text and "«Kaløvig» Bådelaug" in text


def test_a_bad_date_filter_is_one_line(profile: Path) -> None:
    result = _run("search", "", "--from", "2026-13-45", "--profile", profile)
    assert result.returncode == 2
    assert result.stderr.strip() == "--from 2026-13-45: not a date (YYYY-MM-DD)"
