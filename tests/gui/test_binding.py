"""The Qt binding in use does not corrupt Python's reference counts (PySide6 6.12.0 did)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(bool)


def test_qt_calls_and_signals_keep_none_and_true_alive(qapp) -> None:
    """Thousands of void calls and emits leave the refcounts of None and True unchanged."""
    obj = _Emitter()
    received = []
    obj.fired.connect(received.append)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):
        obj.setObjectName("x")
        obj.fired.emit(True)
    received.clear()
    assert abs(sys.getrefcount(None) - none_before) < 50
    assert abs(sys.getrefcount(True) - true_before) < 50
