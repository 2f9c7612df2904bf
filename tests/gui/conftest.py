"""GUI tests run offscreen with a real QApplication (pytest-qt's qapp)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
