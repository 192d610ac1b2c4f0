"""A portal bilag of 2,000 pages sharing one heavy text stream (#22.1): search and sync go on within limits.

Before, its page texts were read in the syncing process itself: hours of pypdf, and ``search``
hung. Now every bilag is read once by the sandboxed parser children; the limits here are
scaled down through the environment (``MOEDEMAPPE_PARSE_*``) so the case takes seconds, as the
app's 30 s would.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests import real_docs
from tests.helpers.portal_server import FakePortal, serve
from tests.hostile.corpus import heavy_text_pdf

pytestmark = pytest.mark.real_docs
ROOT = Path(__file__).resolve().parents[2]
COMMITTEE = "Social- og Handicapudvalget"
LIMITS = {"MOEDEMAPPE_PARSE_WALL_SECONDS": "8", "MOEDEMAPPE_PARSE_CPU_SECONDS": "3"}


def _main(*args: object, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT, env={**os.environ, **LIMITS})  # fmt: skip


def test_the_heavy_text_bilag_costs_search_and_sync_one_line_each(tmp_path: Path) -> None:
    portal = FakePortal.from_files(real_docs.glob("firstagenda/greve_*.json"))
    ours = [mid for mid, m in portal.meetings.items() if m["Udvalg"]["Navn"] == COMMITTEE]
    meeting = next(mid for mid in ours if portal.bilag_ids(mid))
    heavy = heavy_text_pdf(pages=2_000, operators=20_000)  # ~1 s of pypdf a page: ~35 min for the whole
    assert len(heavy) < 500_000
    portal._pdfs[portal.bilag_ids(meeting)[0]] = heavy
    profile = tmp_path / "profile"
    with serve(portal) as url:
        assert _main("portal", "add", url, "--profile", profile).returncode == 0
        assert _main("portal", "follow", COMMITTEE, "--profile", profile).returncode == 0
        started = time.monotonic()
        synced = _main("portal", "sync", "--retries", "0", "--pause", "0", "--profile", profile)
        elapsed = time.monotonic() - started
    assert "Traceback" not in synced.stderr
    assert synced.returncode == 0, synced.stderr
    heavy_lines = [line for line in synced.stderr.splitlines() if "could not be read for search" in line]
    assert len(heavy_lines) == 1, synced.stderr
    assert "took too long" in heavy_lines[0]
    assert " added" in synced.stdout
    assert elapsed < 120
    # The same bilag met by `search` (an index built afresh): one line, and the search answers.
    (profile / "search.sqlite").unlink()
    started = time.monotonic()
    searched = _main("search", "Handicap", "--profile", profile)
    assert time.monotonic() - started < 60
    assert searched.returncode == 0 and "Traceback" not in searched.stderr
    assert len([line for line in searched.stderr.splitlines() if "could not be read for search" in line]) == 1
    assert searched.stdout.strip()  # the other hits are there
    # Indexed once (without its text): the next search does not try again.
    again = _main("search", "Handicap", "--profile", profile)
    assert again.stderr == ""
