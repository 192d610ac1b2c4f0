"""The briefing under limits (#22.1, #22.7): caps said in one line, a damaged meeting file one line, no temp left."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from tests.hostile.corpus import good_minutes, many_items_text

ROOT = Path(__file__).resolve().parents[2]


def _main(*args: object, timeout: float = 240) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT)  # fmt: skip


def _ids(profile: Path) -> dict[int, str]:
    import json

    rows = json.loads(_main("list", "--json", "--profile", profile).stdout)
    return {len(r["items"]): r["id"] for r in rows}


def test_a_50000_item_meeting_is_refused_in_one_line_and_leaves_nothing(tmp_path: Path) -> None:
    big, small = tmp_path / "stor.txt", tmp_path / "lille.txt"
    big.write_text(many_items_text(50_000), encoding="utf-8")
    small.write_text(good_minutes(3), encoding="utf-8")
    profile, out = tmp_path / "profile", tmp_path / "ud"
    out.mkdir()
    assert _main("import", big, small, "--profile", profile).returncode == 0
    ids = _ids(profile)
    stale = out / ".moedemappe-briefing-dræbt.pdf.tmp"  # what a killed export left
    stale.write_bytes(b"%PDF-")
    os.utime(stale, (time.time() - 3600, time.time() - 3600))
    started = time.monotonic()
    result = _main("export-briefing", "--meeting", ids[50_000], "--out", out / "b.pdf", "--profile", profile)
    assert time.monotonic() - started < 120  # the probe stopped it after 900 s
    assert result.returncode == 2
    why = "50000 items; a briefing takes at most 1000 (choose fewer items)"
    assert result.stderr.splitlines() == [f"{out / 'b.pdf'}: the briefing was not written: {why}"]
    written = _main("export-briefing", "--meeting", ids[2], "--out", out / "a.pdf", "--profile", profile)
    assert written.returncode == 0, written.stderr
    assert sorted(p.name for p in out.iterdir()) == ["a.pdf"]  # no temp file, the stale one cleaned


def test_a_damaged_meeting_file_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    source = tmp_path / "ref.txt"
    source.write_text(good_minutes(4), encoding="utf-8")
    profile = tmp_path / "profile"
    assert _main("import", source, "--profile", profile).returncode == 0
    meeting_id = _ids(profile)[2]
    (profile / "library" / "meetings" / f"{meeting_id}.json").write_text('{"broken', encoding="utf-8")
    result = _main("export-briefing", "--meeting", meeting_id, "--out", tmp_path / "b.pdf", "--profile", profile)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [f"{tmp_path / 'b.pdf'}: the briefing was not written: the stored meeting "
                                          f"{meeting_id} ({meeting_id}.json) is damaged; import the meeting again"]
    assert (profile / "library" / "meetings" / f"{meeting_id}.json").exists()  # a reader moves nothing
