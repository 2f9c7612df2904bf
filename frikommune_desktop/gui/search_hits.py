"""Showing a search hit where it is, and taking the search's marks away again.

A hit shows its record: an experiment's hit selects the experiment, marks every search word
in its texts and selects the hit's sentence (the match the result list shows, in its
sentence) in the field it is in; a contact's hit selects the contact. The marks go when the
search panel closes (`HitMarks.clear`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6

if TYPE_CHECKING:
    from ..queries.search import SearchHit
    from .views.base import View
    from .views.experiment_editor import ExperimentEditor


class HitMarks:
    """Shows hits through `show_view` (a view's key: the view, brought to the front) and
    remembers the editor it marked, so that the marks can be taken away."""

    def __init__(self, show_view: Callable[[str], View]) -> None:
        self.show_view = show_view
        self._marked: ExperimentEditor | None = None

    def show(self, hit: SearchHit, terms: list[str]) -> None:
        """Select the hit's record in its view; in the editor, mark the words and select the
        hit's sentence."""
        from .views.experiments_view import ExperimentsView
        from .views.record_views import ContactsView

        if hit.experiment_id:
            experiments = self.show_view("experiments")
            if not isinstance(experiments, ExperimentsView):
                return
            if not experiments.select(hit.experiment_id):
                return
            editor = experiments.editor
            self.clear()
            editor.highlight(terms)
            if hit.kind == "experiment" and hit.span != (0, 0):
                editor.select_sentence(hit.field, hit.span)
            self._marked = editor
        elif hit.kind == "contact":
            contacts = self.show_view("contacts")
            if isinstance(contacts, ContactsView):
                contacts.select(hit.record_id)

    def clear(self) -> None:
        """Take the search's marks and the selected sentence away (the panel closed)."""
        editor, self._marked = self._marked, None
        if editor is not None and shiboken6.isValid(editor):
            editor.clear_highlights()
