"""Filling the filter combo boxes the views share."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def fill_filter(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
    """Fill a filter combo ('all' first), keeping the current choice if it still exists."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for data, text in items:
        combo.addItem(text, data)
    index = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)
