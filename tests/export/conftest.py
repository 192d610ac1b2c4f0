"""Export tests lay out text with Qt: the session's QApplication must exist before they run,
or a bare QGuiApplication made by the exporter would stand in the way of later widget tests."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _qt_application(qapp) -> None:  # type: ignore[no-untyped-def]
    return None
