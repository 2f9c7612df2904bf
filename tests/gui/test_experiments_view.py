"""The Forsøg list and its editor: the legal-basis summary, delete and undo."""

from __future__ import annotations

from frikommune_desktop.gui.views.experiment_editor import ExperimentEditor
from frikommune_desktop.model import Experiment


def _summary(qtbot, rows: list[tuple[str, str]]) -> str:
    editor = ExperimentEditor()
    qtbot.addWidget(editor)
    editor.load(
        Experiment(title="Forsøg"),
        rounds=[],
        contacts=[],
        experiments=[],
        participants=[],
        legal_basis=rows,
    )
    return editor.ui.legalBasisLabel.text()


def test_legal_basis_summary_names_each_law_once(qtbot) -> None:
    """A law used by two rows is named once, its provisions after it, laws in first-seen order."""
    assert _summary(qtbot, [("ABL", ""), ("ABL", "")]) == "ABL"
    rows = [("ABL", "§ 1"), ("SEL", "§ 83"), ("ABL", "§ 3"), ("ABL", "")]
    assert _summary(qtbot, rows) == "ABL § 1, § 3, SEL § 83"
