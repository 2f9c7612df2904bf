"""Suggested legal-basis rows from an experiment's own text ("Foreslå lovgrundlag")."""

from __future__ import annotations

from frikommune_desktop.legal.suggestions import accept_suggestions, suggest_legal_bases
from frikommune_desktop.model import Experiment, LegalBasis
from frikommune_desktop.store import Store


def _experiment(store: Store) -> Experiment:
    """Add an experiment whose sections name provisions, one of them already in its matrix."""
    experiment = store.records.add(
        Experiment(
            title="Én plan",
            description="Borgere visiteret efter servicelovens § 83 og § 85 skal have én plan.",
            legal_needs="Der søges fritagelse fra § 21 f i lov om en aktiv beskæftigelsesindsats. "
            "Desuden skal § 50 fraviges.\n\nKommunalfuldmagten rækker ikke.",
        )
    )
    store.records.add(
        LegalBasis(
            experiment_id=experiment.id, law_id=store.records.law("serviceloven").id, paragraph="85"
        )
    )
    return experiment


def test_suggestions_are_the_provisions_the_text_names_and_the_matrix_lacks(
    empty_store: Store,
) -> None:
    """§ 83 and § 21 f are suggested with law, section and sentence; § 85 is there already."""
    experiment = _experiment(empty_store)
    found = suggest_legal_bases(empty_store, experiment.id)
    assert [(s.law_key, s.provision) for s in found] == [
        ("serviceloven", "§ 83"),
        ("lab", "§ 21 f"),
        ("lab", "§ 50"),
    ]
    first = found[0]
    assert first.section.startswith("1. Beskrivelse")
    assert first.sentence == experiment.description
    assert first.law_name == "serviceloven"


def test_a_provision_without_a_law_is_suggested_without_one(empty_store: Store) -> None:
    """A § the text does not tie to a law is offered with no law, for the user to choose."""
    experiment = empty_store.records.add(Experiment(title="X", goals="Målet er at fravige § 12."))
    [suggestion] = suggest_legal_bases(empty_store, experiment.id)
    assert suggestion.law_key is None and suggestion.provision == "§ 12"


def test_accepting_adds_the_chosen_rows_as_one_undoable_edit(empty_store: Store) -> None:
    """The accepted suggestions become rows after the existing ones; revert removes them."""
    experiment = _experiment(empty_store)
    found = suggest_legal_bases(empty_store, experiment.id)
    edit = accept_suggestions(
        empty_store, experiment.id, [(found[0], "serviceloven"), (found[2], "lab")]
    )
    edit.apply(empty_store)
    rows = sorted(
        empty_store.records.all(LegalBasis, experiment_id=experiment.id),
        key=lambda row: row.position,
    )
    assert [(row.paragraph, row.position) for row in rows] == [("85", 0), ("83", 1), ("50", 2)]
    assert [(s.provision) for s in suggest_legal_bases(empty_store, experiment.id)] == ["§ 21 f"]
    edit.revert(empty_store)
    assert len(empty_store.records.all(LegalBasis, experiment_id=experiment.id)) == 1
