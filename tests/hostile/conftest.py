"""Shared set-up for the hostile suite: the corpus and limits scaled down for a shared machine."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.services.workers.isolation import MB, Limits
from tests.hostile.corpus import Corpus, build

# Small enough to prove every limit in seconds; the app's defaults are 30 s CPU, 1 GB, 60 s, 256 MB.
TEST_LIMITS = Limits(cpu_seconds=1, memory_bytes=768 * MB, wall_seconds=8.0, max_file_bytes=32 * MB)
TEST_ENV = {
    "MOEDEMAPPE_PARSE_CPU_SECONDS": str(TEST_LIMITS.cpu_seconds),
    "MOEDEMAPPE_PARSE_MEMORY_MB": str(TEST_LIMITS.memory_bytes // MB),
    "MOEDEMAPPE_PARSE_WALL_SECONDS": str(TEST_LIMITS.wall_seconds),
    "MOEDEMAPPE_MAX_FILE_MB": str(TEST_LIMITS.max_file_bytes // MB),
}


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return build(tmp_path_factory.mktemp("hostile") / "corpus")


@pytest.fixture
def test_limits_env(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The scaled-down limits in this process's environment (workers spawned from now on see them)."""
    for key, value in TEST_ENV.items():
        monkeypatch.setenv(key, value)
    return {**os.environ, **TEST_ENV}


def all_files(corpus: Corpus) -> list[Path]:
    return [*corpus.hostile.values(), *corpus.good]
