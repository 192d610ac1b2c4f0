"""Shared test setup: offscreen Qt, fixture paths, and real files in ``tmp_path``.

The published papers live outside the repository; ``tests/real_docs.py`` is the pytest plugin
(loaded from ``addopts``) that provides ``--real-docs DIR`` and the ``real_docs`` marker.
"""

from __future__ import annotations

import os
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
