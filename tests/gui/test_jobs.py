"""Long jobs run off the GUI thread and report progress, success, failure or cancellation."""

from __future__ import annotations

import threading

from frikommune_desktop.errors import InvalidValueError
from frikommune_desktop.gui.jobs import Progress, start_job


def test_job_reports_progress_and_result_from_another_thread(qtbot) -> None:
    """Progress arrives as signals and the result comes back; the work ran off the GUI thread."""
    seen: list[tuple[int, int, str]] = []
    threads: list[bool] = []

    def work(progress: Progress) -> int:
        threads.append(threading.current_thread() is threading.main_thread())
        for i in range(3):
            progress.report(i + 1, 3, f"fil {i + 1}")
        return 42

    job = start_job(work)
    job.signals.progress.connect(lambda d, t, s: seen.append((d, t, s)))
    with qtbot.waitSignal(job.signals.succeeded, timeout=5000) as blocker:
        pass
    assert blocker.args == [42]
    qtbot.waitUntil(lambda: len(seen) == 3 or seen[-1:] == [(3, 3, "fil 3")], timeout=2000)
    assert threads == [False]


def test_job_failure_is_one_clear_message(qtbot) -> None:
    """A core error in a job arrives as its message, not as a traceback."""
    def work(progress: Progress) -> None:
        raise InvalidValueError("Ark 'Deltagelse', række 7: ukendt kommune 'Århus Ø'")

    job = start_job(work)
    with qtbot.waitSignal(job.signals.failed, timeout=5000) as blocker:
        pass
    assert blocker.args == ["Ark 'Deltagelse', række 7: ukendt kommune 'Århus Ø'"]


def test_cancelled_job_stops_at_its_next_report(qtbot) -> None:
    """Cancelling makes the job stop at its next progress report and say so."""
    started = threading.Event()
    release = threading.Event()

    def work(progress: Progress) -> str:
        started.set()
        release.wait(5)
        progress.report(1, 2)
        return "should not finish"

    job = start_job(work)
    started.wait(5)
    job.progress.cancel()
    with qtbot.waitSignal(job.signals.cancelled, timeout=5000):
        release.set()
