"""Terminal output through one escaping function (#22.5): no raw control character reaches the terminal.

A referat whose titles carry a window-title escape, a screen wipe, a C1 CSI and a right-to-left
override is imported, then listed, parsed and searched through the real command line.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = "Budget \x1b]0;ejet\x07 \x1b[2J \x9b31m fdp.\u202eexe"
RAW = ("\x1b", "\x07", "\x9b", "\u202e")


def _main(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], capture_output=True, text=True,
                          timeout=120, cwd=ROOT)  # fmt: skip


def _referat(path: Path) -> Path:
    path.write_text(f"REFERAT Økonomiudvalget d. 05-05-2024\n\nPunkt 1: {HOSTILE}\n\n24/1\n\nGodkendt budget.\n\n"
                    "Punkt 2: Andet\n\n24/2\n\nGodkendt.\n", encoding="utf-8")  # fmt: skip
    return path


def test_list_parse_and_search_print_no_raw_control_characters(tmp_path: Path) -> None:
    source = _referat(tmp_path / "ref\u202etxt.txt")
    profile = tmp_path / "profile"
    imported = _main("import", source, "--profile", profile)
    assert imported.returncode == 0, imported.stderr
    runs = [imported, _main("list", "--profile", profile), _main("parse", source), _main("search", "budget",
            "--profile", profile), _main("list", "--json", "--profile", profile)]  # fmt: skip
    for result in runs:
        assert result.returncode == 0, result.stderr
        for raw in RAW:
            assert raw not in result.stdout + result.stderr, (result.args, raw)
    # The parser drops C0 controls from a document's text; what it keeps is shown, not obeyed.
    assert "Budget ]0;ejet [2J ⟨CSI⟩31m fdp.⟨RLO⟩exe" in runs[2].stdout
    assert "⟨CSI⟩31m fdp.⟨RLO⟩exe" in runs[3].stdout and "ref⟨RLO⟩txt.txt: imported" in runs[0].stdout
    # JSON keeps the exact text (escaped as \\uXXXX, which any JSON reader turns back).
    titles = [i["title"] for m in json.loads(runs[4].stdout) for i in m["items"]]
    assert "Budget ]0;ejet [2J \x9b31m fdp.\u202eexe" in titles


def test_a_bad_date_message_does_not_echo_100_kb(tmp_path: Path) -> None:
    result = _main("note", "x:1", "--due", "\x1b" + "9" * 100_000, "--profile", tmp_path / "p")
    assert result.returncode == 2
    assert len(result.stderr) < 300 and "\x1b" not in result.stderr
    sync = _main("portal", "sync", "--since", "y" * 100_000, "--profile", tmp_path / "p")
    assert sync.returncode == 2 and len(sync.stderr) < 1000
