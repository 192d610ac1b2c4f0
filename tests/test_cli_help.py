"""Discoverability on the command line: --help lists every command; --window-size; note --reading."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from app.cli import COMMANDS
from tests.conftest import SEEDS

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=120)  # fmt: skip


def test_help_lists_every_command_with_a_line() -> None:
    result = _run("--help")
    assert result.returncode == 0
    assert len(COMMANDS) >= 7
    for cmd in COMMANDS.values():
        assert f"  {cmd.name}" in result.stdout and cmd.help in result.stdout
    assert "--window-size" in result.stdout and "--screenshot" in result.stdout


def test_a_bad_window_size_is_one_clear_line() -> None:
    result = _run("--window-size", "big", "--screenshot", "x.png")
    assert result.returncode == 2
    assert "expected WIDTHxHEIGHT" in result.stderr and "Traceback" not in result.stderr


def test_note_sets_the_reading_state(tmp_path: Path) -> None:
    assert _run("import", str(SEEDS["lejre_2020"]), "--profile", str(tmp_path)).returncode == 0
    listing = json.loads(_run("list", "--json", "--profile", str(tmp_path)).stdout)
    item_id = listing[0]["items"][1]["id"]
    result = _run("note", item_id, "--reading", "prepared", "--profile", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["reading"] == "prepared"


def test_import_help_names_the_kinds_the_window_offers() -> None:
    from app.services.library.bilag import CHOOSABLE

    result = _run("import", "--help")
    assert result.returncode == 0
    text = " ".join(result.stdout.split())
    assert all(suffix in text for suffix in CHOOSABLE)  # the same list as the window's file dialog
    assert "folders" in text
