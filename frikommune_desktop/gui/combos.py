"""Combo boxes the coordinator can type in: they complete on any part of a choice's label."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter


def make_searchable(combo: QComboBox) -> None:
    """Let the user type in a combo box and pick from the choices whose label holds the text
    (anywhere, any case), never adding what was typed as a new choice."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    if completer is not None:
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)


def fill_searchable(combo: QComboBox, choices: Iterable[tuple[str, object]]) -> None:
    """Replace a combo box's choices with (label, data) pairs, without signalling each one,
    and make it searchable."""
    combo.blockSignals(True)
    combo.clear()
    for label, data in choices:
        combo.addItem(label, data)
    make_searchable(combo)
    combo.blockSignals(False)
