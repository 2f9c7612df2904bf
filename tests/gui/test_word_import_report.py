"""Filer → Indlæs ansøgning (Word): the problem list names every field and section not read."""

from __future__ import annotations

from pathlib import Path

from frikommune_desktop.model import Network
from frikommune_desktop.store import Store
from tests.applications.test_import_report import EXPECTED, write_incomplete


def test_the_dialog_lists_every_field_and_section_it_could_not_read(
    make_window, qtbot, tmp_path: Path
) -> None:
    """An application lacking date, coordinator, a phone and section 3 shows each in the list."""
    path = tmp_path / "net.fkdb"
    Store.create(path, Network(name="Testnetværk")).close()
    window = make_window(path)
    dialog = window.file_actions.import_application(write_incomplete(tmp_path / "skemaer.docx"))
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)
    tree = dialog.ui.reportTree
    problems = tree.topLevelItem(0)
    shown = [problems.child(i).text(0) for i in range(problems.childCount())]
    assert shown == [f"Ansøgning 1: {problem}" for problem in EXPECTED]
