"""A `--screenshot` run renders the window and leaves the member's saved layout alone."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent.parent


def _main(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True, text=True, timeout=120, cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip


def test_a_screenshot_at_a_small_size_does_not_become_the_saved_layout(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    assert (
        _main("import", "--profile", str(profile), str(ROOT / "resources/demo/lejre-ja-2020-03-04.txt")).returncode == 0
    )
    settings = profile / "settings.ini"
    before = settings.read_bytes() if settings.exists() else b""
    out = tmp_path / "small.png"
    result = _main("--profile", str(profile), "--screenshot", str(out), "--window-size", "1024x700")
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 700)
    after = settings.read_bytes() if settings.exists() else b""
    assert b"geometry" not in after and b"splitter" not in after and after == before
