"""What the command line says about odd cases: one line, the right words, nothing done behind the back."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tests import real_docs
from tests.conftest import SEEDS
from tests.test_cli import _ok, _run


@pytest.mark.real_docs
def test_list_names_an_unknown_municipality_as_unknown(tmp_path: Path) -> None:
    # eDoc's per-item PDF does not name its municipality
    _ok("import", real_docs.path("ballerup_sfu_2012-12-04_punkt01_meddelelser.pdf"), "--profile", tmp_path)
    (line,) = _ok("list", "--profile", tmp_path).splitlines()
    assert "Sundheds- og Forebyggelsesudvalget (unknown municipality), 1 items" in line and "None" not in line


def test_parse_of_a_folder_says_it_is_a_folder(tmp_path: Path) -> None:
    result = _run("parse", tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == f"{tmp_path}: is a folder; parse reads files (import takes folders)\n"


def test_export_briefing_refuses_a_missing_folder_and_writes_with_the_umask(tmp_path: Path) -> None:
    profile = tmp_path / "profil"
    _ok("import", SEEDS["lejre_2020"], "--profile", profile)
    meeting = _ok("list", "--profile", profile).split()[0]
    missing = tmp_path / "findes-ikke" / "mappe" / "x.pdf"
    result = _run("export-briefing", "--out", missing, "--meeting", meeting, "--profile", profile)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "no such folder" in result.stderr and str(missing.parent) in result.stderr
    assert not (tmp_path / "findes-ikke").exists()  # no folders made behind the member's back
    out = tmp_path / "briefing.pdf"
    before = os.umask(0o022)
    try:
        _ok("export-briefing", "--out", out, "--meeting", meeting, "--profile", profile)
    finally:
        os.umask(before)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644  # readable like any file the member writes, not 0600
    assert out.read_bytes().startswith(b"%PDF")
