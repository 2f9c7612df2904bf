"""A spreadsheet's cells are imported without invisible and direction-changing characters."""

from __future__ import annotations

from frikommune_desktop.model import Contact, LegalBasis
from frikommune_desktop.sheets.importer import import_spreadsheets

from .conftest import TITLES, experiment_id

RLO, ISOLATE, ZERO_WIDTH = "\u202e", "\u2066", "\u200b"


def test_email_name_and_text_cells_lose_them(demo_store, sheet_file) -> None:
    """U+202E in an e-mail, U+2066 in a name, U+200B in a text: all stripped (issue 17)."""
    path = sheet_file(
        contacts=[[f"Eva{ISOLATE} Ny", "", "", "", f"{RLO}eva@kommune.dk"]],
        legal=[
            [
                TITLES[2],
                "Serviceloven",
                "§ 83",
                f"Hjælp{ZERO_WIDTH} i hjemmet{RLO}",
                f"Begrundelse{ISOLATE}",
                "Fritagelse",
            ]
        ],
    )
    import_spreadsheets(demo_store, [path])
    [eva] = [c for c in demo_store.records.all(Contact) if c.name.startswith("Eva")]
    assert (eva.name, eva.email) == ("Eva Ny", "eva@kommune.dk")
    rows = demo_store.records.all(LegalBasis, experiment_id=experiment_id(demo_store, 2))
    assert ("Hjælp i hjemmet", "Begrundelse") in [(r.purpose, r.justification) for r in rows]
