"""A session whose lock was taken over keeps the refused change instead of losing it."""

from __future__ import annotations

import json
from pathlib import Path

from frikommune_desktop.edits import UpdateRecord
from frikommune_desktop.gui.session import Session
from frikommune_desktop.model import Experiment
from frikommune_desktop.sharing.lockfile import lock_path
from frikommune_desktop.sharing.pending import pending_changes
from frikommune_desktop.store import Store


def test_refused_change_goes_to_the_recovery_folder(qtbot, demo_path: Path) -> None:
    """The edit is not stored, the user is told where it is kept, and it can be read back."""
    session = Session(Store.open(demo_path))
    try:
        messages: list[str] = []
        session.error.connect(messages.append)
        experiment = session.store.records.all(Experiment)[0]
        lock_path(demo_path).write_text(
            json.dumps(
                {
                    "user": "Sanne",
                    "host": "ANDEN-PC",
                    "pid": 1,
                    "since": "2016-11-30T10:00:00+00:00",
                    "token": "deres",
                }
            ),
            encoding="utf-8",
        )
        edit = UpdateRecord(Experiment, experiment.id, {"goals": "Nye mål"}, "Ret mål")
        assert session.do(edit) is False
        assert session.store.records.get(Experiment, experiment.id).goals == experiment.goals
        assert session.undo_stack.count() == 0
        [kept] = pending_changes(demo_path)
        assert kept["change"] == "Ret mål" and kept["data"]["changes"] == {"goals": "Nye mål"}
        assert "Sanne" in kept["reason"]
        assert messages and kept["path"] in messages[-1]
        for _ in range(3):  # the renewal runs off the GUI thread: each poll waits for it
            session.poll()
            qtbot.waitUntil(lambda: not session.renewing)
        assert sum("taken over the file's lock" in m for m in messages) == 1  # not every poll
    finally:
        session.close()


def test_a_change_saved_elsewhere_is_shown_before_an_edit_applies_on_top(
    qtbot, demo_path: Path
) -> None:
    """Another process's saved change reaches the views first; the edit then keeps both."""
    import sqlite3

    session = Session(Store.open(demo_path))
    try:
        experiment = session.store.records.all(Experiment)[0]
        seen: list[tuple[str, str]] = []
        session.changed.connect(
            lambda: seen.append(
                (
                    session.store.records.get(Experiment, experiment.id).goals,
                    session.store.records.get(Experiment, experiment.id).title,
                )
            )
        )
        other = sqlite3.connect(demo_path)  # a writer that ignored the lock (an old version)
        with other:
            other.execute(
                "UPDATE experiments SET goals = 'Skrevet andetsteds' WHERE id = ?", [experiment.id]
            )
        other.close()
        edit = UpdateRecord(Experiment, experiment.id, {"title": "Ny titel her"}, "Ret titel")
        assert session.do(edit) is True
        assert seen[0] == ("Skrevet andetsteds", experiment.title)  # the reload came first
        assert seen[-1] == ("Skrevet andetsteds", "Ny titel her")
    finally:
        session.close()
