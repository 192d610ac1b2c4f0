"""The Qt binding must not corrupt the interpreter: PySide6 6.12.0 did, on every signal emit."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(object)


def test_emitting_signals_keeps_reference_counts_intact() -> None:
    emitter = _Emitter()
    received: list[int] = []
    emitter.fired.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for n in range(500):
        emitter.fired.emit(n)
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert received == list(range(500))
    assert after[0] >= before[0] - 5 and after[1] >= before[1] - 5  # a leak would be ~500
