"""GUI test guard: no test may leave background work running (napari's leak checks)."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from app.services.workers.tasks import running_jobs


@pytest.fixture(autouse=True)
def no_background_work_left(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    deadline = time.monotonic() + 10
    while running_jobs() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert running_jobs() == 0, "a test left background work running"
