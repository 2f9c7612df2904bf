"""GUI tests run offscreen with a real QApplication (pytest-qt's qapp)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


import pytest


@pytest.fixture
def make_window(qtbot):
    """Return a function that opens a network file in a main window, offscreen, no dialogs."""
    from frikommune_desktop.gui.main_window import MainWindow
    from frikommune_desktop.gui.settings import Settings

    def make(path):
        window = MainWindow(Settings(), interactive=False)
        qtbot.addWidget(window)
        window.resize(1300, 850)
        window.show()
        assert window.open_file(path)
        return window

    return make


@pytest.fixture
def window(make_window, demo_path):
    """The main window on the demo network."""
    return make_window(demo_path)
