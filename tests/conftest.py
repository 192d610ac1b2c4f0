"""Shared test setup: offscreen Qt, fixture paths, and real files in ``tmp_path``.

The published papers live outside the repository; ``tests/real_docs.py`` is the pytest plugin
(loaded from ``addopts``) that provides ``--real-docs DIR`` and the ``real_docs`` marker.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = {
    "soenderborg_2019": FIXTURES / "000_09f92bc0f5106a3d.txt",
    "soenderborg_2021": FIXTURES / "001_8e2f5fc67fba2295.txt",
    "haderslev_2022": FIXTURES / "002_e09871bba2ab946a.txt",
    "slagelse_2019": FIXTURES / "003_f3e5010f827f344e.txt",
    "lejre_2020": FIXTURES / "004_8b5ecebcde6ea601.txt",
}


@pytest.fixture(scope="session")
def seed_paths() -> dict[str, Path]:
    return SEEDS


@pytest.fixture(autouse=True)
def danish_user_interface(request: pytest.FixtureRequest) -> Iterator[None]:
    """Every test that uses Qt sees the window as members do: Danish, with its counted texts
    ("1 møde", "2 møder") and Qt's own Danish; and leaves it so, whatever it switched to.

    The language is process-wide state (installed translators, QLocale's default). It used to be
    installed by a session fixture of tests/ui only, so a test elsewhere saw "1 møder" or "1 møde"
    depending on whether a window test had run before it in the same worker.
    """
    if "qapp" in request.fixturenames:
        request.getfixturevalue("qapp")
        from app.services.language import restore_language

        restore_language("da")
    yield
    language = sys.modules.get("app.services.language")  # the core's tests never load Qt for this
    if language is not None:
        language.restore_language("da")  # only if an application exists
