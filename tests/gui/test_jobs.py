"""Long jobs run off the GUI thread and report progress, success, failure or cancellation."""

from __future__ import annotations

import threading

from frikommune_desktop.errors import InvalidValueError
from frikommune_desktop.gui.jobs import Job, Progress, start_job


def test_job_reports_progress_and_result_from_another_thread(qtbot) -> None:
    """Progress arrives as signals and the result comes back; the work ran off the GUI thread."""
    seen: list[tuple[int, int, str]] = []
    threads: list[bool] = []

    def work(progress: Progress) -> int:
        threads.append(threading.current_thread() is threading.main_thread())
        for i in range(3):
            progress.report(i + 1, 3, f"fil {i + 1}")
        return 42

    results: list[int] = []
    start_job(work, progress=lambda d, t, s: seen.append((d, t, s)), succeeded=results.append)
    qtbot.waitUntil(lambda: results == [42], timeout=5000)
    assert seen == [(1, 3, "fil 1"), (2, 3, "fil 2"), (3, 3, "fil 3")]
    assert threads == [False]


def test_job_failure_is_one_clear_message(qtbot) -> None:
    """A core error in a job arrives as its message, not as a traceback."""

    def work(progress: Progress) -> None:
        raise InvalidValueError("Ark 'Deltagelse', række 7: ukendt kommune 'Århus Ø'")

    job = Job(work)
    with qtbot.waitSignal(job.signals.failed, timeout=5000) as blocker:
        job.start()
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

    job = start_job(work)  # the cancelled signal cannot come before release.set() below
    started.wait(5)
    job.progress.cancel()
    with qtbot.waitSignal(job.signals.cancelled, timeout=5000):
        release.set()


def test_finished_comes_after_the_outcome_whatever_it_is(qtbot) -> None:
    """The finished callback runs once, after the success or failure callback."""
    heard: list[str] = []

    def fails(progress: Progress) -> None:
        raise InvalidValueError("forkert")

    start_job(
        lambda progress: 1,
        succeeded=lambda result: heard.append(f"succeeded {result}"),
        finished=lambda: heard.append("finished"),
    )
    qtbot.waitUntil(lambda: "finished" in heard, timeout=5000)
    start_job(
        fails, failed=lambda text: heard.append(text), finished=lambda: heard.append("finished")
    )
    qtbot.waitUntil(lambda: heard.count("finished") == 2, timeout=5000)
    assert heard == ["succeeded 1", "finished", "forkert", "finished"]
