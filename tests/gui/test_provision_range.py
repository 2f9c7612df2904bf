"""Ny bestemmelse: a range typed in the § field is one row holding both ends, '§§ 12-14'."""

from __future__ import annotations

from frikommune_desktop.model import LegalBasis
from tests.gui.test_provision_field import _type_into_new_provision


def test_a_typed_range_is_shown_and_stored_as_one_provision(window, qtbot) -> None:
    """'§§ 12-14' is accepted, shown '§§ 12-14' while typed, and stored as one row."""
    seen, open_after_ok = _type_into_new_provision(window, qtbot, "§§ 12-14")
    assert seen[0] == "§§ 12-14"
    assert open_after_ok == [False]
    added = [
        r
        for r in window.session.store.records.all(LegalBasis)
        if r.justification == "Typet i feltet"
    ]
    assert [(r.paragraph, r.letter, r.provision) for r in added] == [("12-14", "", "§§ 12-14")]
