"""Alt+letter for every field label of a dialog: the letters the form did not set, chosen so
that no two widgets shown together share one.

A Designer form sets its own mnemonics ("&Titel" with a <buddy>); a dialog built in code (the
record dialogs) or a form whose labels have none gets them here, after its texts are
translated: the first letter of a word not taken yet, else any free letter. Widgets on
different pages of a tab widget are never shown together, so they may share a letter.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def mnemonic(text: str) -> str:
    """Return the lower-case letter after a single '&' in a text ('' if it has none)."""
    position = 0
    while (position := text.find("&", position)) != -1:
        following = text[position + 1 : position + 2]
        if following != "&":
            return following.lower()
        position += 2
    return ""


def widget_text(widget: QWidget) -> str:
    """Return the text whose '&' letter is the widget's mnemonic ('' if it has none)."""
    if isinstance(widget, QLabel) and widget.buddy() is not None:
        return widget.text()
    if isinstance(widget, QAbstractButton):
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title()
    return ""


def _address(widget: QWidget) -> int:
    """Return the address of a widget's C++ object (Python wrappers of one may differ)."""
    return int(shiboken6.getCppPointer(widget)[0])


def pages(widget: QWidget, root: QWidget) -> dict[int, int]:
    """Return, for each stack (tab widget, wizard) the widget is on, the page it is on (as
    addresses)."""
    found: dict[int, int] = {}
    child, parent = widget, widget.parentWidget()
    while parent is not None and child is not root:
        if isinstance(parent, QStackedWidget):
            found[_address(parent)] = _address(child)
        child, parent = parent, parent.parentWidget()
    return found


def shown_together(a: QWidget, b: QWidget, root: QWidget) -> bool:
    """Return whether two widgets of a window can be on screen at the same time."""
    pages_a, pages_b = pages(a, root), pages(b, root)
    return all(pages_b[stack] == page for stack, page in pages_a.items() if stack in pages_b)


def give_mnemonics(root: QWidget) -> None:
    """Give every label with a buddy that has no Alt letter a free one (see module doc).

    The labels shown together get their letters in one go, as a matching of labels to the
    letters of their words (a word's first letter preferred), so that a letter one label
    could do without is left to a label that has no other.
    """
    widgets = [root, *root.findChildren(QWidget)]
    window = root.window()
    menu_letters = set()
    if isinstance(window, QMainWindow):
        menu_letters = {mnemonic(action.text()) for action in window.menuBar().actions()}
    groups: dict[tuple[tuple[int, int], ...], list[QLabel]] = {}
    for widget in widgets:
        if isinstance(widget, QLabel) and _wants_letter(widget):
            key = tuple(sorted(pages(widget, root).items()))
            groups.setdefault(key, []).append(widget)
    for _key, labels in sorted(groups.items(), key=lambda group: len(group[0])):
        taken = set(menu_letters)
        taken |= {
            mnemonic(widget_text(other))
            for other in widgets
            if not any(other is label for label in labels)
            and shown_together(labels[0], other, root)
        }
        choices = [_letters(label.text(), taken) for label in labels]
        for label, position in zip(labels, _match(choices), strict=True):
            if position is not None:
                text = label.text()
                label.setText(text[:position] + "&" + text[position:])


def _wants_letter(label: QLabel) -> bool:
    """Return whether a label has text and a buddy but no Alt letter yet."""
    return label.buddy() is not None and bool(label.text().strip()) and not mnemonic(label.text())


def _letters(text: str, taken: set[str]) -> list[tuple[str, int]]:
    """Return the free letters of a text with their places, a word's first letters first."""
    letters = [i for i, c in enumerate(text) if c.lower() in LETTERS]
    starts = [i for i in letters if i == 0 or not text[i - 1].isalpha()]
    found: dict[str, int] = {}
    for position in starts + [i for i in letters if i not in starts]:
        letter = text[position].lower()
        if letter not in taken and letter not in found:
            found[letter] = position
    return list(found.items())


def _match(choices: list[list[tuple[str, int]]]) -> list[int | None]:
    """Return, for each label's (letter, place) choices, the place of a letter no other
    label got (None if none is left): a maximum matching by augmenting paths."""
    owner: dict[str, int] = {}

    def place(label: int, seen: set[str]) -> bool:
        for letter, _ in choices[label]:
            if letter not in seen:
                seen.add(letter)
                if letter not in owner or place(owner[letter], seen):
                    owner[letter] = label
                    return True
        return False

    for label in range(len(choices)):
        place(label, set())
    chosen: list[int | None] = [None] * len(choices)
    for letter, label in owner.items():
        chosen[label] = dict(choices[label])[letter]
    return chosen
