"""Reading filled-in application templates (.docx) into applications, and refusing bad files."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest

from frikommune_desktop.applications.parser import ApplicationParser, ParsedApplication
from frikommune_desktop.errors import InputRefusedError
from tests.applications.docx_fixtures import DocStyle, source_applications, write_application_docx
from tests.conftest import REFERENCE_DIR

SOURCES = {app.number: app for app in source_applications(REFERENCE_DIR)}


def parse(
    tmp_path: Path, numbers: list[int], style: DocStyle | None = None, name: str = "ansoegning.docx"
) -> list[ParsedApplication]:
    """Write the given reference applications into one .docx and read it back."""
    path = write_application_docx(
        [SOURCES[n] for n in numbers], tmp_path / name, style=style or DocStyle()
    )
    return ApplicationParser().parse_file(path)


def test_the_header_table_is_read_into_its_fields(tmp_path: Path) -> None:
    """Network, title, municipalities, both contacts with phone and e-mail, and the date."""
    [app] = parse(tmp_path, [1])
    assert app.network == "Mere sammenhængende indsatser på tværs af sektorområder"
    assert app.title.startswith("Styrket valgfrihed til borgeren")
    assert sorted(app.municipalities) == ["101", "461", "561", "730", "751"]
    assert app.subject_contact is not None and app.coordinator is not None
    assert (app.subject_contact.name, app.subject_contact.phone, app.subject_contact.email) == (
        "Jakob Flou Kristensen",
        "41 85 50 61",
        "kafja@aarhus.dk",
    )
    assert app.coordinator.email == "louje@esbjergkommune.dk"
    assert app.date == "2016-12-01"
    assert app.sections["description"].startswith("Kommunerne ønsker med forsøget")
    assert all(app.sections[name] for name in app.sections)


def test_a_contact_cell_with_title_and_municipality_is_split(tmp_path: Path) -> None:
    """'Navn, titel, Kommune' gives the name, the job title and the municipality."""
    [app] = parse(tmp_path, [20])
    person = app.subject_contact
    assert person is not None
    assert (person.name, person.title, person.municipality) == (
        "Tobias Kirkegaard Dalager",
        "Udviklingskonsulent",
        "756",
    )


def test_several_applications_in_one_document_are_read_in_order(tmp_path: Path) -> None:
    """A document with five applications gives five, each with its own title and sections."""
    apps = parse(tmp_path, [15, 16, 17, 18, 19])
    assert [app.title for app in apps] == [SOURCES[n].title for n in (15, 16, 17, 18, 19)]
    assert all(app.sections["evaluation"] for app in apps)
    assert not any("Ansøgning om konkrete forsøg" in app.sections["evaluation"] for app in apps)


@pytest.mark.parametrize(
    "style",
    [
        DocStyle(heading_style="bold", numbered_headings=False),
        DocStyle(heading_style="plain", numbered_headings=False),
    ],
    ids=["bold without numbers", "plain without numbers"],
)
def test_headings_without_numbers_or_styles_still_split_the_sections(
    tmp_path: Path, style: DocStyle
) -> None:
    """The five sections are found by their words, however the headings are formatted."""
    [plain] = parse(tmp_path, [7], style, name="styled.docx")
    [template] = parse(tmp_path, [7])
    assert plain.sections == template.sections


def test_a_table_split_across_pages_gives_the_same_rows_as_one_table(tmp_path: Path) -> None:
    """A repeated header and a row cut in two ('§27 stk.' … '2') are joined again."""
    [split] = parse(tmp_path, [16])
    [whole] = parse(tmp_path, [16], DocStyle(split_tables=False), name="whole.docx")
    rows = [(row.law.abbreviation, row.reference.provision) for row in split.legal_rows]
    assert rows == [(row.law.abbreviation, row.reference.provision) for row in whole.legal_rows]
    assert ("LAB", "§ 27, stk. 2") in rows and ("SEL", "§ 141") in rows
    purpose = next(r.purpose for r in split.legal_rows if r.reference.provision == "§ 27, stk. 2")
    assert "personens beskæftigelsesmål" in purpose


def test_placeholders_and_odd_dates_are_reported_not_invented(tmp_path: Path) -> None:
    """'[Navn]' gives no contact, and a date without a year is left empty with a note."""
    [app] = parse(tmp_path, [4], DocStyle(placeholders=True))
    assert app.date == ""
    assert any("Dato for ansøgning" in problem for problem in app.problems)
    [named] = parse(tmp_path, [15], name="navn.docx")
    assert named.subject_contact is None
    assert any("Faglig kontaktperson" in problem for problem in named.problems)


@pytest.mark.parametrize(
    "text", ["1. december 2016", "01.12.2016", "1. dec. 2016", "1.december 2016", "01.12.2016."]
)
def test_danish_date_forms_are_read(tmp_path: Path, text: str) -> None:
    """The date forms real applications use all give 2016-12-01."""
    [app] = parse(tmp_path, [2], DocStyle(date_text=text))
    assert app.date == "2016-12-01"


def test_reservations_in_the_participants_cell_are_kept(tmp_path: Path) -> None:
    """'(Med forbehold for … godkendelse …)' after the list applies to every municipality."""
    [app] = parse(tmp_path, [9])
    assert len(app.municipalities) == 6
    assert set(app.reservations) == set(app.municipalities)
    assert all("forbehold" in note.casefold() for note in app.reservations.values())


def _docx_without_header(path: Path) -> Path:
    """Write a Word file that is not an application (no header table)."""
    document = docx.Document()
    document.add_paragraph("Referat af mødet")
    document.save(str(path))
    return path


def test_a_document_without_the_template_gives_no_applications(tmp_path: Path) -> None:
    """A Word file without the header table holds no application; nothing is made up."""
    assert ApplicationParser().parse_file(_docx_without_header(tmp_path / "referat.docx")) == []


def _write(path: Path, content: bytes) -> Path:
    """Write bytes to a file and return its path."""
    path.write_bytes(content)
    return path


def _workbook(path: Path) -> Path:
    """Write an Excel workbook (a zip, but not a Word document)."""
    openpyxl.Workbook().save(path)
    return path


def _broken_zip(path: Path) -> Path:
    """Write a zip that claims to be a Word document but has no readable document part."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document")
    return path


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda p: _write(p, b""), "tom"),
        (
            lambda p: _write(p, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600),
            "Gammelt Word-format",
        ),
        (lambda p: _write(p, "Titel på forsøg\tX\n".encode()), "ikke et Word-dokument"),
        (_workbook, "regneark"),
        (_broken_zip, "beskadiget"),
    ],
    ids=["empty", "doc", "text", "xlsx", "broken"],
)
def test_a_file_that_is_not_a_readable_docx_is_refused_clearly(
    tmp_path: Path, make: object, expected: str
) -> None:
    """Each kind of wrong file gets one Danish sentence naming the file and what to do."""
    path = make(tmp_path / "ansoegning.docx")  # type: ignore[operator]
    with pytest.raises(InputRefusedError, match=expected) as caught:
        ApplicationParser().parse_file(path)
    assert "ansoegning.docx" in str(caught.value)


def test_a_header_written_as_paragraphs_is_read_like_the_table(tmp_path: Path) -> None:
    """'Titel på forsøg: …' lines (no table) give the same fields, phone and e-mail included."""
    document = docx.Document()
    document.add_heading("Ansøgning om konkrete forsøg i Frikommuneforsøg II", 1)
    for line in (
        "Frikommunenetværk: Børn som vores vigtigste ressource",
        "Titel på forsøg: Hjemgivelse ved tvangsanbringelse",
        "Deltagerkommuner: Guldborgsund, Gladsaxe og Ikast-Brande",
        "Faglig kontaktperson: Linda Spence, Guldborgsund Kommune",
        "Telefon: 2518 0199",
        "E-mail: lins@guldborgsund.dk",
        "Dato for ansøgning: 1. dec. 2016",
        "1. Beskrivelse af forsøget",
        "Forsøget vedrører servicelovens § 68, stk. 9.",
        "5. Evaluering",
        "KORA.",
    ):
        document.add_paragraph(line)
    document.save(str(tmp_path / "afsnit.docx"))
    [app] = ApplicationParser().parse_file(tmp_path / "afsnit.docx")
    assert (app.title, app.date, sorted(app.municipalities)) == (
        "Hjemgivelse ved tvangsanbringelse",
        "2016-12-01",
        ["159", "376", "756"],
    )
    person = app.subject_contact
    assert person is not None
    assert (person.name, person.municipality, person.phone, person.email) == (
        "Linda Spence",
        "376",
        "25 18 01 99",
        "lins@guldborgsund.dk",
    )
    assert [(r.law, r.provision) for r in app.references] == [("SEL", "§ 68, stk. 9")]
    assert app.sections["evaluation"] == "KORA."


def test_contact_details_written_in_the_name_cell_are_found() -> None:
    """'Navn, navn@x.dk, tlf. 41 85 50 61' in one cell gives name, e-mail and phone."""
    from frikommune_desktop.applications.header_fields import MunicipalityFinder, read_person

    person = read_person(
        MunicipalityFinder(),
        "Jakob Flou Kristensen, kafja@aarhus.dk, tlf. 41 85 50 61",
        [("Telefon: 41 85 50 61",)],
        "Faglig kontaktperson",
    )
    assert (person.name, person.email, person.phone, person.problems) == (
        "Jakob Flou Kristensen",
        "kafja@aarhus.dk",
        "41 85 50 61",
        [],
    )


def test_a_header_table_with_label_and_value_in_one_cell_is_read(tmp_path: Path) -> None:
    """A one-column header table ('Titel på forsøg: …' per cell) gives the same fields."""
    document = docx.Document()
    table = document.add_table(rows=0, cols=1)
    for text in (
        "Frikommunenetværk: Nye samarbejder på det somatiske akutområde",
        "Titel på forsøg: Tværkommunale akutfunktioner",
        "Deltagerkommuner: Gladsaxe, Gentofte, Lyngby-Taarbæk og Rudersdal Kommune",
        "Netværkskoordinator: Andreas Nøhr Vestergaard, tlf. 46 11 11 14",
        "Dato for ansøgning: 01-12-2016",
    ):
        table.add_row().cells[0].text = text
    document.add_paragraph("5. Evaluering")
    document.add_paragraph("Evalueres med KORA.")
    document.save(str(tmp_path / "en_kolonne.docx"))
    [app] = ApplicationParser().parse_file(tmp_path / "en_kolonne.docx")
    assert app.title == "Tværkommunale akutfunktioner" and app.date == "2016-12-01"
    assert sorted(app.municipalities) == ["157", "159", "173", "230"]
    assert app.coordinator is not None and app.coordinator.phone == "46 11 11 14"


def _with_provision_table(path: Path, rows: list[tuple[str, str, str, str]]) -> Path:
    """Write a small application whose section 3 holds a provision table with these rows."""
    document = docx.Document()
    header = document.add_table(rows=0, cols=2)
    for label, value in (
        ("Frikommunenetværk", "Flere billige boliger"),
        ("Titel på forsøg", "Boliger til unge"),
        ("Deltagerkommuner", "Roskilde"),
    ):
        cells = header.add_row().cells
        cells[0].text, cells[1].text = label, value
    document.add_paragraph("3. Konkrete behov for forsøgshjemler")
    table = document.add_table(rows=0, cols=4)
    for row in [("Lov", "§", "Paragraffens formål", "Begrundelse for fritagelse"), *rows]:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    document.save(str(path))
    return path


def test_a_row_under_an_unknown_law_has_its_provision_checked_and_says_why(
    tmp_path: Path,
) -> None:
    """An unknown law does not hide a § cell naming no provision, and the row below it that
    continues the law says it is the unknown law, not that no law was given."""
    path = _with_provision_table(
        tmp_path / "ukendt_lov.docx",
        [
            ("Ukendtloven", "første afsnit", "Formål", "Begrundelse"),
            ("", "§ 12", "Formål", "Begrundelse"),
            ("Serviceloven", "§ 107", "Formål", "Begrundelse"),
        ],
    )
    [app] = ApplicationParser().parse_file(path)
    first, second = (p for p in app.problems if "tabelrække" in p)
    assert "tabelrække 1" in first and "'Ukendtloven' findes ikke" in first
    assert "§-cellen (første afsnit) nævner ingen bestemmelse" in first
    assert "tabelrække 2" in second and "'Ukendtloven'" in second
    assert "ingen lov angivet" not in second
    assert [(row.law.key, row.reference.provision) for row in app.legal_rows] == [
        ("serviceloven", "§ 107")
    ]
