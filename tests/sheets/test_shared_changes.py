"""A municipality's spreadsheet and the network's shared rows: changes listed apart, chosen."""

from __future__ import annotations

from pathlib import Path

from frikommune_desktop.model import Contact, Law, LegalBasis, Participation, RequestKind
from frikommune_desktop.sheets.importer import Action, import_spreadsheets, plan_import
from frikommune_desktop.store import Store

from .conftest import KOMMUNE_HEADER, TITLES, experiment_id

#: Randers' new texts for almenboligloven § 105 in experiment 3 (longer than any cut-off).
NEW_PURPOSE = (
    "Randers' formål: borgere i boliger efter § 105 skal kunne få en midlertidig lejekontrakt, "
    "så længe de er i et forløb hos kommunen.\nAnden linje af formålet."
)
NEW_JUSTIFICATION = (
    "Randers' begrundelse: uden fritagelsen må kommunen opsige lejemålet, når forløbet slutter, "
    "og borgeren står uden bolig; det vil vi undgå for alle målgrupper i forsøget."
)


def shared_basis(store: Store) -> LegalBasis:
    """Return the demo's almenboligloven § 105 row of experiment 3 (shared by the network)."""
    law = store.records.law("almenboligloven").id
    (basis,) = [
        b
        for b in store.records.all(LegalBasis, experiment_id=experiment_id(store, 3), law_id=law)
        if b.paragraph == "105"
    ]
    return basis


def randers_sheet(sheet_file, store: Store, name: str = "randers.xlsx") -> Path:
    """Write Randers' sheet: a new participation, and new texts for a provision it shares."""
    return sheet_file(
        name,
        kommune=[KOMMUNE_HEADER, [730, "Randers"]],
        participation=[[TITLES[2], "Ja", "Med forbehold for byrådets godkendelse"]],
        legal=[
            [TITLES[3], "almenboligloven", "§ 105", NEW_PURPOSE, NEW_JUSTIFICATION, "Ny hjemmel"]
        ],
    )


def _stored(path: Path) -> tuple[LegalBasis, Participation | None]:
    """Read the shared row and Randers' new participation back from the file on disk."""
    with Store.open(path, readonly=True) as store:
        joined = store.records.all(
            Participation, experiment_id=experiment_id(store, 2), municipality="730"
        )
        return shared_basis(store), (joined[0] if joined else None)


def test_changes_to_a_shared_provision_are_listed_apart_with_old_and_new(
    demo_store, sheet_file
) -> None:
    """Purpose, justification and type of a provision the network has are shared changes, each
    with its field and the old and new text in full; the row is marked as shared."""
    before = shared_basis(demo_store)
    plan = plan_import(demo_store, [randers_sheet(sheet_file, demo_store)])
    found = {(c.field, c.old_text, c.new_text) for c in plan.shared}
    assert found == {
        ("purpose", before.purpose, NEW_PURPOSE),
        ("justification", before.justification, NEW_JUSTIFICATION),
        ("request", RequestKind.AMENDED_BASIS.label, RequestKind.NEW_AUTHORITY.label),
    }
    assert {(c.file, c.sheet, c.row, c.record_id) for c in plan.shared} == {
        ("randers.xlsx", "Lovgrundlag", 2, before.id)
    }
    (row,) = [c for c in plan.changes if c.sheet == "Lovgrundlag"]
    assert row.action is Action.SHARED and row.details == "formål, begrundelse, type"
    assert "3 ændringer af netværkets fælles tekst" in plan.summary()


def test_by_default_the_network_text_wins_and_the_rest_is_imported(
    demo_path, demo_store, sheet_file
) -> None:
    """Imported with no change accepted, the provision keeps the network's text; the sheet's own
    participation row is stored as before."""
    before = shared_basis(demo_store)
    plan = import_spreadsheets(demo_store, [randers_sheet(sheet_file, demo_store)])
    assert len(plan.shared) == 3
    demo_store.close()
    basis, joined = _stored(demo_path)
    assert (basis.purpose, basis.justification, basis.request) == (
        before.purpose,
        before.justification,
        before.request,
    )
    assert joined is not None and joined.reservation.startswith("Med forbehold")


def test_accepting_one_change_writes_only_that_one(demo_path, demo_store, sheet_file) -> None:
    """With only the purpose accepted, the file holds Randers' purpose and the network's
    justification and type, in the same transaction as the participation; undo takes it back."""
    before = shared_basis(demo_store)
    plan = plan_import(demo_store, [randers_sheet(sheet_file, demo_store)])
    (purpose,) = [c for c in plan.shared if c.field == "purpose"]
    edit = plan.edit_with([purpose])
    edit.apply(demo_store)
    basis, joined = _stored(demo_path)
    assert basis.purpose == NEW_PURPOSE
    assert (basis.justification, basis.request) == (before.justification, before.request)
    assert joined is not None
    edit.revert(demo_store)
    basis, joined = _stored(demo_path)
    assert basis.purpose == before.purpose and joined is None


def test_accepting_every_change_writes_the_sheet_text(demo_path, demo_store, sheet_file) -> None:
    """With every shared change accepted, the provision holds the sheet's three values."""
    import_spreadsheets(demo_store, [randers_sheet(sheet_file, demo_store)], accept_shared=True)
    basis, _ = _stored(demo_path)
    assert (basis.purpose, basis.justification, basis.request) == (
        NEW_PURPOSE,
        NEW_JUSTIFICATION,
        RequestKind.NEW_AUTHORITY,
    )


def test_another_municipalitys_contact_is_shared(demo_path, demo_store, sheet_file) -> None:
    """A contact of Aarhus, named in Randers' sheet by e-mail with another phone number, is a
    shared change (not Randers' to change); the contact is left as it was."""
    aarhus = next(c for c in demo_store.records.all(Contact, municipality="751") if c.email)
    path = sheet_file(
        "randers.xlsx",
        kommune=[KOMMUNE_HEADER, [730, "Randers"]],
        contacts=[[aarhus.name, "", "", "89 15 15 15", aarhus.email]],
    )
    plan = import_spreadsheets(demo_store, [path])
    assert [(c.field, c.old, c.new) for c in plan.shared] == [
        ("phone", aarhus.phone, "89 15 15 15")
    ]
    assert demo_store.records.get(Contact, aarhus.id).phone == aarhus.phone


def test_a_provision_new_to_the_network_is_added_as_before(demo_store, sheet_file) -> None:
    """A provision the network does not have is added (not a shared change), with its texts."""
    path = sheet_file(
        kommune=[KOMMUNE_HEADER, [730, "Randers"]],
        legal=[[TITLES[3], "almenboligloven", "§ 106", "Formål", "Begrundelse", "Fritagelse"]],
    )
    plan = import_spreadsheets(demo_store, [path])
    assert plan.shared == [] and plan.count(Action.ADD) == 1
    law = demo_store.records.get(Law, demo_store.records.law("almenboligloven").id)
    assert any(b.paragraph == "106" for b in demo_store.records.all(LegalBasis, law_id=law.id))
