"""A provision typed whole into the § field reaches the ministry's bundle with its §."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from frikommune_desktop.exports.round_export import BUNDLE, export_round
from frikommune_desktop.model import LegalBasis
from frikommune_desktop.provision_parser import parse_typed_provision
from frikommune_desktop.store import Store
from frikommune_desktop.submission import find_round, round_experiments

ROUND = "2016-12-01"


def test_typed_provision_is_shown_with_its_paragraph_sign_in_the_bundle(
    demo_store: Store, tmp_path: Path
) -> None:
    """'§ 83, stk. 2' as typed is stored split and printed as '§ 83, stk. 2', never '83, stk. 2'."""
    typed = parse_typed_provision("§ 83, stk. 2")
    experiment_id = round_experiments(demo_store, find_round(demo_store, ROUND))[0].id
    demo_store.records.add(
        LegalBasis(
            experiment_id=experiment_id,
            law_id=demo_store.records.law("sundhedsloven").id,
            paragraph=typed.paragraph,
            stk=typed.stk,
            justification="Typet i dialogen",
        )
    )
    export_round(demo_store, ROUND, tmp_path)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(tmp_path / BUNDLE).pages)
    assert "§ 83, stk. 2" in text
    assert text.count("83, stk. 2") == text.count("§ 83, stk. 2")
