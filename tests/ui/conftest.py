"""GUI test guard: no test may leave background work running (napari's leak checks)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool


@pytest.fixture(autouse=True)
def no_background_work_left(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    pool = QThreadPool.globalInstance()
    assert pool.waitForDone(10000), "a test left background work running"
    assert pool.activeThreadCount() == 0
