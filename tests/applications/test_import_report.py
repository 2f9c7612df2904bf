"""The import report names every field and section it could not read, in Danish (issue 20)."""

from __future__ import annotations

from pathlib import Path

import docx

from frikommune_desktop.applications.importer import import_application
from frikommune_desktop.applications.parser import ApplicationParser
from frikommune_desktop.model import LegalBasis
from frikommune_desktop.store import Store
from tests.cli.test_cli import run_cli


def write_incomplete(path: Path) -> Path:
    """Write an application without date, coordinator, a contact's phone and section 3's heading,
    with an empty section 4 and a participant that is no municipality."""
    document = docx.Document()
    table = document.add_table(rows=0, cols=2)
    for label, value in (
        ("Titel på forsøg", "Færre skemaer i jobcentret"),
        ("Deltagerkommuner", "Lejre og Østerby"),
        ("Faglig kontaktperson", "Rikke Holm, Lejre Kommune"),
        ("Dato for ansøgning", ""),
    ):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    for heading, body in (
        ("1. Beskrivelse af forsøget", "Jobcentret vil droppe tre skemaer."),
        ("2. Mål og forventede resultater", "Sagsbehandlerne sparer tid."),
        (None, "Der søges fritagelse fra LAB § 21."),
        ("4. Hvordan realiseres de forventede resultater", None),
        ("5. Evaluering", "Tiden måles før og efter."),
    ):
        if heading:
            document.add_heading(heading, 1)
        if body:
            document.add_paragraph(body)
    document.save(str(path))
    return path


EXPECTED = [
    "Deltagerkommuner: 'Østerby' er ikke en kendt kommune",
    "Faglig kontaktperson: intet telefonnummer udfyldt",
    "Netværkskoordinator: feltet findes ikke i ansøgningen",
    "Dato for ansøgning: ikke udfyldt",
    "Afsnittet '3. Konkrete behov for forsøgshjemler, undtagelser fra gældende lovgivning mv.' "
    "blev ikke fundet (overskriften mangler eller kan ikke genkendes); dets tekst står under "
    "'2. Mål og forventede resultater'",
    "Afsnittet '4. Hvordan realiseres de forventede resultater' er tomt",
]


def test_every_field_and_section_not_read_is_named(tmp_path: Path) -> None:
    """Unknown municipality, missing phone, coordinator, date and section, empty section: each
    is one Danish problem line."""
    [app] = ApplicationParser().parse_file(write_incomplete(tmp_path / "skemaer.docx"))
    assert app.problems == EXPECTED


def test_the_cli_report_names_the_document_and_what_it_could_not_read(
    demo_path: Path, tmp_path: Path
) -> None:
    """`import-application --dry-run` prints the problems under the document's name."""
    document = write_incomplete(tmp_path / "skemaer.docx")
    result = run_cli("import-application", str(demo_path), str(document), "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "Kunne ikke læses i skemaer.docx:" in result.stdout
    for problem in EXPECTED:
        assert f"  Ansøgning 1: {problem}" in result.stdout


def test_a_range_in_a_provision_table_is_one_legal_basis_row(
    demo_path: Path, tmp_path: Path
) -> None:
    """A § cell 'LAB §§ 12-14' gives one row '§§ 12-14', never § 12, § 13, § 14 or letters."""
    document = docx.Document()
    header = document.add_table(rows=0, cols=2)
    for label, value in (("Titel på forsøg", "Interval i tabel"), ("Deltagerkommuner", "Lejre")):
        cells = header.add_row().cells
        cells[0].text, cells[1].text = label, value
    document.add_heading("3. Konkrete behov for forsøgshjemler", 1)
    table = document.add_table(rows=0, cols=4)
    for row in (
        ("Lov", "§", "Paragraffens formål", "Begrundelse for fritagelse"),
        ("LAB", "§§ 12-14", "Tilbud i en periode", "Fritagelse i en periode"),
    ):
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    document.save(str(tmp_path / "interval.docx"))
    with Store.open(demo_path) as store:
        plan = import_application(store, tmp_path / "interval.docx")
        rows = [b for b in store.records.all(LegalBasis) if b.experiment_id in plan.experiment_ids]
    assert [(row.paragraph, row.letter, row.provision) for row in rows] == [
        ("12-14", "", "§§ 12-14")
    ]
