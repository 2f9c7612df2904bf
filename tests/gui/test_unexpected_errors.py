"""An error nobody expected, in a job, a slot or a thread: the traceback goes to the log file,
and the coordinator reads one Danish sentence naming that file, never Python's own text."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from frikommune_desktop.gui import unexpected
from frikommune_desktop.gui.jobs import Job, Progress

PYTHON_TEXT = ("TypeError", "Traceback", "NoneType", "subscriptable", 'File "')


def _log_file(user_data: Path) -> Path:
    """Return where README says the log is: logs/frikommune.log in the user data folder."""
    return user_data / "logs" / "frikommune.log"


def _sum_participations(_progress: Progress | None = None) -> int:
    """A job with a fault in it: it subscripts None."""
    counts = None
    return counts["Roskilde"]  # type: ignore[index]


def _assert_told_without_python_text(message: str, log: Path) -> None:
    """The message is one Danish sentence that names the log file and holds no Python text."""
    assert message.startswith("Der opstod en uventet fejl")
    assert str(log) in message
    assert "\n" not in message
    for text in PYTHON_TEXT:
        assert text not in message


@pytest.fixture
def hooks(qapp, monkeypatch: pytest.MonkeyPatch) -> Iterator[unexpected.UnexpectedErrors]:
    """The window's hooks, installed as the program does at start; Python's put back after."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    errors = unexpected.install()
    yield errors
    if errors.box is not None:
        errors.box.close()
    errors.deleteLater()


def _shown_box(qtbot, errors: unexpected.UnexpectedErrors) -> QMessageBox:
    """Wait for the error's message box and return it."""
    qtbot.waitUntil(lambda: errors.box is not None and errors.box.isVisible(), timeout=5000)
    assert errors.box is not None
    return errors.box


def test_failing_job_logs_its_traceback_and_says_one_sentence(qtbot, isolated_user_data) -> None:
    """A job raising TypeError: the log has the traceback, the failure message no Python text."""
    job = Job(_sum_participations)
    with qtbot.waitSignal(job.signals.failed, timeout=5000) as blocker:
        job.start()
    log = _log_file(isolated_user_data)
    _assert_told_without_python_text(blocker.args[0], log)
    written = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in written
    assert "TypeError: 'NoneType' object is not subscriptable" in written
    assert "_sum_participations" in written


def test_error_in_a_slot_is_logged_and_told_in_a_box(qtbot, hooks, isolated_user_data) -> None:
    """A button whose slot raises: PySide6 hands it to sys.excepthook, which logs it and shows
    one message box with the Danish sentence."""

    def on_click() -> None:
        _sum_participations()

    button = QPushButton("Tæl")
    qtbot.addWidget(button)
    button.clicked.connect(on_click)
    button.click()
    box = _shown_box(qtbot, hooks)
    log = _log_file(isolated_user_data)
    _assert_told_without_python_text(box.text(), log)
    written = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in written
    assert "in on_click" in written
    assert "TypeError" in written


def test_error_ending_a_thread_is_logged_and_told_on_the_gui_thread(
    qtbot, hooks, isolated_user_data
) -> None:
    """A thread that dies of an error: logged with its traceback, and the box shows in the
    window's thread."""
    thread = threading.Thread(target=_sum_participations, name="optælling")
    thread.start()
    thread.join(10)
    box = _shown_box(qtbot, hooks)
    assert box.thread() == QApplication.instance().thread()
    log = _log_file(isolated_user_data)
    _assert_told_without_python_text(box.text(), log)
    written = log.read_text(encoding="utf-8")
    assert "optælling" in written
    assert "Traceback (most recent call last)" in written
    assert "_sum_participations" in written


def test_errors_while_a_box_is_open_are_logged_without_more_boxes(
    qtbot, hooks, isolated_user_data
) -> None:
    """A slot failing again and again (as a timer's would) gives one box; every failure is in
    the log."""
    button = QPushButton("Tæl")
    qtbot.addWidget(button)
    button.clicked.connect(lambda: _sum_participations())
    button.click()
    first = _shown_box(qtbot, hooks)
    button.click()
    button.click()
    assert hooks.box is first
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert [box for box in boxes if box.isVisible()] == [first]
    written = _log_file(isolated_user_data).read_text(encoding="utf-8")
    assert written.count("Traceback (most recent call last)") == 3
