"""``python main.py portal add|follow|sync`` as a member's script calls it, against a local portal."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests import real_docs
from tests.helpers.portal_server import FakePortal, serve

ROOT = Path(__file__).resolve().parent.parent
FAST = ("--timeout", "1", "--retries", "1", "--pause", "0")
pytestmark = pytest.mark.real_docs


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "portal", *args], capture_output=True, text=True, cwd=ROOT, timeout=120
    )


@pytest.fixture
def portal() -> FakePortal:
    return FakePortal.from_files(real_docs.glob("firstagenda/greve_*.json"))


def test_add_follow_sync_prints_a_line_per_meeting_and_fills_the_library(tmp_path, portal):
    profile = str(tmp_path / "p")
    with serve(portal) as url:
        added = _run("add", url, "--profile", profile, *FAST)
        assert added.returncode == 0, added.stderr
        lines = added.stdout.splitlines()
        assert lines[0] == f"{url}: 9 committees"
        assert any(line.startswith("  Social- og Handicapudvalget\t29a68a87") for line in lines[1:])

        followed = _run("follow", "social- og handicap", "Kultur- og Fritidsudvalget", "--profile", profile)
        assert followed.returncode == 0, followed.stderr
        assert [line.split(" (")[0] for line in followed.stdout.splitlines()] == [
            "following Social- og Handicapudvalget", "following Kultur- og Fritidsudvalget",
        ]  # fmt: skip

        synced = _run("sync", "--since", "2025-01-01", "--profile", profile, *FAST)
        assert synced.returncode == 0, synced.stderr
        assert synced.stdout.splitlines() == [
            "Social- og Handicapudvalget 2025-10-20: added, 8 bilag — agenda",
            "Kultur- og Fritidsudvalget 2025-10-22: added, 10 bilag — agenda",
            "2 added, 0 updated, 0 unchanged, 0 failed",
        ]
        again = _run("sync", "--since", "2025-01-01", "--profile", profile, *FAST)
        assert again.returncode == 0 and again.stdout.splitlines()[-1] == "0 added, 0 updated, 2 unchanged, 0 failed"

    listed = subprocess.run([sys.executable, str(ROOT / "main.py"), "list", "--json", "--profile", profile],
                            capture_output=True, text=True, cwd=ROOT, timeout=120)  # fmt: skip
    meetings = json.loads(listed.stdout)
    assert sorted(m["committee"] for m in meetings) == ["Kultur- og Fritidsudvalget", "Social- og Handicapudvalget"]


def test_unreachable_portal_exits_2_with_one_line(tmp_path, portal):
    profile = str(tmp_path / "p")
    with serve(portal) as url:
        assert _run("add", url, "--profile", profile, *FAST).returncode == 0
        assert _run("follow", "Byråd 2022-2025", "--profile", profile).returncode == 0
    synced = _run("sync", "--profile", profile, *FAST)
    assert synced.returncode == 2
    assert synced.stderr.strip().count("\n") == 0 and "cannot be reached" in synced.stderr
    assert "Traceback" not in synced.stderr and synced.stdout == ""
    added = _run("add", url, "--profile", str(tmp_path / "q"), *FAST)
    assert added.returncode == 2 and added.stderr.strip() == f"{url}: the portal cannot be reached"


def test_follow_an_unknown_committee_exits_2_and_names_it(tmp_path, portal):
    profile = str(tmp_path / "p")
    assert "portal add URL" in _run("follow", "Økonomiudvalget", "--profile", profile).stderr
    with serve(portal) as url:
        assert _run("add", url, "--profile", profile, *FAST).returncode == 0
    result = _run("follow", "Økonomiudvalget", "Teknisk Udvalg", "--profile", profile)
    assert result.returncode == 2
    assert result.stdout.startswith("following Økonomiudvalget")
    assert result.stderr.strip() == "Teknisk Udvalg: no such committee on the portal (see `portal add URL`)"


def test_sync_of_the_minutes_prints_what_changed_and_changes_lists_every_decision(tmp_path, portal):
    """#19: agenda → minutes from the portal; the sync says "N nye beslutninger", `changes` lists them."""
    profile = str(tmp_path / "p")
    main = [sys.executable, str(ROOT / "main.py")]
    with serve(portal) as url:
        assert _run("add", url, "--profile", profile, *FAST).returncode == 0
        assert _run("follow", "social- og handicap", "--profile", profile).returncode == 0
        assert _run("sync", "--since", "2025-01-01", "--profile", profile, *FAST).returncode == 0
        portal.mode = "minutes"
        synced = _run("sync", "--since", "2025-01-01", "--profile", profile, *FAST)
    assert synced.returncode == 0, synced.stderr
    summary = synced.stdout.splitlines()[-1]
    assert summary.startswith("changes: ") and "nye beslutninger" in summary
    listed = subprocess.run([*main, "list", "--json", "--profile", profile], capture_output=True, text=True,
                            cwd=ROOT, timeout=120)  # fmt: skip
    [meeting] = json.loads(listed.stdout)
    assert meeting["document_type"] == "referat"
    shown = subprocess.run([*main, "changes", meeting["id"], "--json", "--profile", profile], capture_output=True,
                           text=True, cwd=ROOT, timeout=120)  # fmt: skip
    changes = json.loads(shown.stdout)
    decided = [c for c in changes if c["change"] == "decided"]
    assert len(decided) >= 7 and summary.startswith(f"changes: {len(decided)} nye beslutninger")
    assert all("Beslutning" in " ".join(c["sections"]) for c in decided)
