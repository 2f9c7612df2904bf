"""GUI tests run offscreen with a real QApplication (pytest-qt's qapp)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator


@pytest.fixture(autouse=True)
def python_hooks_put_back(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever a test starts (gui.app.run installs the window's error hooks), Python's own
    sys.excepthook and threading.excepthook are back for the next test."""
    import sys
    import threading

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)


@pytest.fixture
def make_window(qtbot):
    """Return a function that opens a network file in a main window, offscreen, no dialogs."""
    from frikommune_desktop.gui.main_window import MainWindow
    from frikommune_desktop.gui.settings import Settings

    from .files import close_in, open_in

    def make(path):
        window = MainWindow(Settings(), interactive=False)
        # The file is closed (lock released, backup made) before the window goes.
        qtbot.addWidget(window, before_close_func=lambda w: close_in(qtbot, w))
        window.resize(1300, 850)
        window.show()
        assert open_in(qtbot, window, path)
        return window

    return make


@pytest.fixture
def window(make_window, demo_path):
    """The main window on the demo network."""
    return make_window(demo_path)


@pytest.fixture
def danish(qapp) -> Iterator[list[QTranslator]]:
    """The program's and Qt's Danish translators, installed for one test and removed after.

    List it before the fixtures that build models or views, so they are made in Danish.
    """
    from PySide6.QtCore import QCoreApplication, QLocale

    from frikommune_desktop.gui.app import install_translations

    locale = QLocale()
    translators = install_translations(qapp)
    yield translators
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(locale)
