"""A range of paragraphs is one legal-basis row and reaches the bundle as written: '§§ 12-14'."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from frikommune_desktop.exports.round_export import BUNDLE, export_round
from frikommune_desktop.model import LegalBasis
from frikommune_desktop.provision_parser import parse_typed_provision
from frikommune_desktop.store import Store
from frikommune_desktop.submission import find_round, round_experiments

ROUND = "2016-12-01"


def test_a_typed_range_is_stored_whole_and_printed_with_both_ends(
    demo_store: Store, tmp_path: Path
) -> None:
    """'§§ 12-14' typed in the § field is one row, read back and printed as '§§ 12-14'."""
    typed = parse_typed_provision("§§ 12-14")
    experiment_id = round_experiments(demo_store, find_round(demo_store, ROUND))[0].id
    row = demo_store.records.add(
        LegalBasis(
            experiment_id=experiment_id,
            law_id=demo_store.records.law("sundhedsloven").id,
            paragraph=typed.paragraph,
            justification="Et interval",
        )
    )
    assert demo_store.records.get(LegalBasis, row.id).provision == "§§ 12-14"
    export_round(demo_store, ROUND, tmp_path)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(tmp_path / BUNDLE).pages)
    assert "§§ 12-14" in text
