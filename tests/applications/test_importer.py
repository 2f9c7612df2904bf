"""Importing Word applications into a network file: one transaction, nothing made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from frikommune_desktop.applications.importer import import_application, plan_application_import
from frikommune_desktop.model import Contact, Experiment, Law, LegalBasis, Participation
from frikommune_desktop.store import Store
from tests.applications.docx_fixtures import source_applications, write_application_docx
from tests.cli.test_cli import run_cli
from tests.conftest import REFERENCE_DIR
from tests.sharing.test_recovery import digest, held_by_another_process

SOURCES = {app.number: app for app in source_applications(REFERENCE_DIR)}


@pytest.fixture
def application_16(tmp_path: Path) -> Path:
    """The Nordsjælland network's 'Én handleplan' as a filled-in Word template."""
    return write_application_docx([SOURCES[16]], tmp_path / "en_handleplan.docx")


def _law_keys(store: Store) -> dict[str, str]:
    """Return the store's law ids by catalog abbreviation."""
    return {law.id: law.abbreviation for law in store.records.all(Law)}


def test_an_application_becomes_an_experiment_with_everything_it_names(
    empty_store: Store, application_16: Path
) -> None:
    """Title, date, sections, nine participants, the coordinator and seven legal rows."""
    plan = import_application(empty_store, application_16)
    [experiment] = empty_store.records.all(Experiment)
    assert experiment.title == "Én handleplan" and experiment.application_date == "2016-12-01"
    assert experiment.description and experiment.evaluation
    assert len(empty_store.records.all(Participation, experiment_id=experiment.id)) == 9
    assert len(empty_store.records.members()) == 9
    coordinator = empty_store.records.get(Contact, experiment.coordinator_id)
    assert coordinator.name == "Janne Koefoed" and coordinator.phone == "44 77 24 76"
    assert experiment.subject_contact_id is None  # the template's '[Navn]' was left in
    laws = _law_keys(empty_store)
    rows = sorted(
        empty_store.records.all(LegalBasis, experiment_id=experiment.id),
        key=lambda row: row.position,
    )
    assert [(laws[r.law_id], r.provision) for r in rows] == [
        ("SEL", "§ 140"),
        ("SEL", "§ 141"),
        ("LAB", "§ 27"),
        ("LAB", "§ 27, stk. 2"),
        ("LAB", "§ 28"),
        ("LAB", "§ 30 a"),
        ("BAB", "§ 52"),
    ]
    assert "Faglig kontaktperson" in " ".join(plan.problems)


def test_importing_again_changes_nothing(empty_store: Store, application_16: Path) -> None:
    """A second import of the same document finds every record already there."""
    import_application(empty_store, application_16)
    again = plan_application_import(empty_store, application_16)
    assert not again.changes_anything, again.lines


def test_a_dry_run_and_an_undo_leave_the_file_as_it_was(
    empty_store: Store, application_16: Path
) -> None:
    """--dry-run writes nothing; reverting the applied edit removes every record it added (each
    leaving a tombstone for merges) and takes the new members out again."""
    before = empty_store.counts()
    import_application(empty_store, application_16, dry_run=True)
    assert empty_store.counts() == before
    plan = import_application(empty_store, application_16)
    assert empty_store.counts() != before
    plan.edit.revert(empty_store)
    after = empty_store.counts()
    assert before.pop("tombstones") == 0
    assert after.pop("tombstones") == len(plan.edit.adds)
    assert after == before and empty_store.records.members() == []


def test_contacts_are_matched_by_email_then_name(empty_store: Store, tmp_path: Path) -> None:
    """A person already in the file (same e-mail) is reused and only empty fields are filled."""
    known = empty_store.records.add(
        Contact(name="Louise T. Jensen", email="LOUJE@esbjergkommune.dk")
    )
    path = write_application_docx([SOURCES[1]], tmp_path / "a1.docx")
    import_application(empty_store, path)
    [experiment] = empty_store.records.all(Experiment)
    assert experiment.coordinator_id == known.id
    assert empty_store.records.get(Contact, known.id).phone == "40 33 40 76"
    assert len(empty_store.records.all(Contact)) == 2  # the subject contact is new


def test_prose_references_are_suggestions_not_rows(empty_store: Store, tmp_path: Path) -> None:
    """References in the sections are reported as suggestions and add no legal-basis rows."""
    path = write_application_docx([SOURCES[1]], tmp_path / "a1.docx")
    plan = import_application(empty_store, path)
    assert not empty_store.records.all(LegalBasis)
    assert any("SEL § 83" in line for line in plan.suggestions)


def test_the_command_imports_and_reports(demo_path: Path, application_16: Path) -> None:
    """`import-application` prints what it adds and stores it; --dry-run stores nothing."""
    before = digest(demo_path)
    dry = run_cli("import-application", str(demo_path), str(application_16), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "tilføjes: Forsøg 'Én handleplan'" in dry.stdout and "Intet er gemt" in dry.stdout
    assert digest(demo_path) == before
    done = run_cli("import-application", str(demo_path), str(application_16))
    assert done.returncode == 0 and "Gemt i én transaktion" in done.stdout
    with Store.open(demo_path, readonly=True) as store:
        assert [e.title for e in store.records.all(Experiment) if e.title == "Én handleplan"]


def test_the_command_refuses_a_bad_file_and_a_held_network_file(
    demo_path: Path, application_16: Path, tmp_path: Path
) -> None:
    """A non-Word file exits 2 with one clear line; a file held by another process exits 3."""
    text = tmp_path / "ansoegning.docx"
    text.write_text("ikke et dokument", encoding="utf-8")
    bad = run_cli("import-application", str(demo_path), str(text))
    assert bad.returncode == 2 and "ikke et Word-dokument" in bad.stderr
    before = digest(demo_path)
    with held_by_another_process(demo_path, user="Christine"):
        held = run_cli("import-application", str(demo_path), str(application_16))
    assert held.returncode == 3 and "Christine" in held.stderr
    assert digest(demo_path) == before


def test_refs_prints_each_reference_as_json() -> None:
    """`refs TEXT` and `refs -` print the references with law, provision, parts, span, whether
    prose or quoted statute text, and the citation of an act or order the catalog lacks."""
    import json

    result = run_cli("refs", "servicelovens § 140 a, stk. 2")
    assert result.returncode == 0, result.stderr
    [ref] = json.loads(result.stdout)
    assert ref == {
        "law": "SEL",
        "provision": "§ 140 a, stk. 2",
        "law_id": "serviceloven",
        "paragraph": "140",
        "letter": "a",
        "stk": "2",
        "nr": "",
        "litra": "",
        "start": 14,
        "end": 29,
        "where": "prose",
        "citation": "",
    }
    piped = run_cli("refs", "-", input_text="LAS § 65-67 og § 2 uden lov")
    assert [(r["law"], r["provision"]) for r in json.loads(piped.stdout)] == [
        ("LAS", "§§ 65-67"),
        ("LAS", "§ 2"),
    ]


def test_redo_after_undo_brings_the_whole_import_back(
    empty_store: Store, application_16: Path
) -> None:
    """Reverting and applying the edit again restores parents before children (no FK error)."""
    plan = import_application(empty_store, application_16)
    after = {k: v for k, v in empty_store.counts().items() if k != "tombstones"}
    plan.edit.revert(empty_store)
    plan.edit.apply(empty_store)
    assert {k: v for k, v in empty_store.counts().items() if k != "tombstones"} == after


def test_an_application_import_announces_its_experiment_and_rows(
    empty_store: Store, application_16: Path
) -> None:
    """A Word import is one change naming the experiment it made and the rows under it."""
    empty_store.take_changes()
    import_application(empty_store, application_16)
    changes = empty_store.take_changes()
    assert changes is not None and changes.by == empty_store.user
    [experiment] = empty_store.records.all(Experiment)
    assert changes.ids("experiments") == {experiment.id}
    legal = {b.id for b in empty_store.records.all(LegalBasis)}
    assert legal and changes.ids("legal_bases") == legal
    participations = {p.id for p in empty_store.records.all(Participation)}
    assert changes.ids("participations") == participations
