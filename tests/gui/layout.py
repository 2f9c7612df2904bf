"""Doing a widget's pending layout work at once, before a picture is taken of it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def lay_out_now(widget: QWidget) -> None:
    """Redo every layout in a widget that waits to be redone, innermost first, as the event
    loop would next: a picture then shows the settled layout without sleeping for it."""
    for child in reversed([widget, *widget.findChildren(QWidget)]):
        layout = child.layout()
        if layout is not None:
            layout.activate()
