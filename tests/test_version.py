"""One version, shown everywhere it is asked for, and a changelog that names every stored-format release."""

from __future__ import annotations

import re
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import app
from tests.services.old_profiles import OLD_PROFILES

ROOT = Path(__file__).resolve().parents[1]


def test_version_prints_the_one_version_without_starting_qt() -> None:
    result = subprocess.run([sys.executable, "main.py", "--version"], cwd=ROOT, capture_output=True, text=True,
                            timeout=60, env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "none-such"})  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Mødemappe {app.__version__}"
    assert "PySide6" not in result.stderr


def test_the_package_metadata_takes_its_version_from_the_app() -> None:
    assert version("moedemappe") == app.__version__
    assert re.fullmatch(r"\d+\.\d+\.\d+(\.dev\d+)?", app.__version__)


def test_the_changelog_names_every_release_a_fixture_profile_comes_from() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## Unreleased ({app.__version__})" in changelog
    for profile in OLD_PROFILES:
        assert f"tests/fixtures/profiles/{profile.release}/" in changelog, profile.release
    for release in ("0.1.0", "0.2.0", "0.3.0"):
        assert re.search(rf"^## {re.escape(release)} — \d{{4}}-\d\d-\d\d \(commit [0-9a-f]{{7}}\)$", changelog, re.M)
