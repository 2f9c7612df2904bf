"""The five template sections are found despite slips in their headings (issue 20)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from docx.document import Document

from frikommune_desktop.applications.parser import ApplicationParser, ParsedApplication
from frikommune_desktop.model import SECTION_FIELDS

#: A made-up body for each section: its first words tell where it landed.
BODIES = (
    "Byrådet vil prøve en ny visitation af hjemmehjælp.",
    "Ventetiden skal falde til under en uge.",
    "Der søges fritagelse fra servicelovens § 83, stk. 2.",
    "Projektgruppen mødes hver måned og følger op.",
    "En ekstern konsulent måler ventetiden før og efter.",
)

Writer = Callable[[Document, str], None]


def plain(document: Document, text: str) -> None:
    """Write the heading as a Normal paragraph."""
    document.add_paragraph(text)


def bold(document: Document, text: str) -> None:
    """Write the heading as a bold Normal paragraph."""
    document.add_paragraph().add_run(text).bold = True


def underlined(document: Document, text: str) -> None:
    """Write the heading as an underlined Normal paragraph."""
    document.add_paragraph().add_run(text).underline = True


def heading2(document: Document, text: str) -> None:
    """Write the heading in Word's Heading 2 style."""
    document.add_heading(text, 2)


def write(path: Path, headings: list[str | None], style: Writer = heading2) -> Path:
    """Write an application with a header table and these headings (None: no heading)."""
    document = docx.Document()
    table = document.add_table(rows=0, cols=2)
    for label, value in (
        ("Titel på forsøg", "Hurtigere visitation"),
        ("Deltagerkommuner", "Odder og Samsø"),
        ("Dato for ansøgning", "3. marts 2025"),
    ):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    for heading, body in zip(headings, BODIES, strict=True):
        if heading is not None:
            style(document, heading)
        document.add_paragraph(body)
    document.save(str(path))
    return path


def read(path: Path) -> ParsedApplication:
    """Read the one application the document holds."""
    [app] = ApplicationParser().parse_file(path)
    return app


def in_place(app: ParsedApplication) -> bool:
    """Return whether each section holds exactly its own body."""
    return all(
        app.sections[name] == body for name, body in zip(SECTION_FIELDS, BODIES, strict=True)
    )


TEMPLATE = [
    "1. Beskrivelse af forsøget",
    "2. Mål og forventede resultater",
    "3. Konkrete behov for forsøgshjemler, undtagelser fra gældende lovgivning mv.",
    "4. Hvordan realiseres de forventede resultater",
    "5. Evaluering",
]


@pytest.mark.parametrize(
    "headings",
    [
        [h.split(". ", 1)[1] for h in TEMPLATE],
        [*TEMPLATE[:2], "Konkrete behov for forsøgshjemmler", *TEMPLATE[3:]],
        [*TEMPLATE[:2], "Konkrete behov for forsøgsjemler, undtagelser m.v.", *TEMPLATE[3:]],
        [*TEMPLATE[:2], "Behov for forsøgshjemler", *TEMPLATE[3:]],
        [f"{n}) {h.split('. ', 1)[1]}" for n, h in enumerate(TEMPLATE, 1)],
        [f"Ad {h}" for h in TEMPLATE],
        [h.upper() for h in TEMPLATE],
        [
            "Beskrivelse af forsøg",
            "Mål og resultater",
            "Forsøgshjemler og undtagelser",
            "Hvordan realiseres resultaterne",
            "Evaluering og opfølgning",
        ],
    ],
    ids=[
        "no numbers",
        "misspelt",
        "misspelt, short",
        "short",
        "1)",
        "Ad 1.",
        "capitals",
        "own words",
    ],
)
@pytest.mark.parametrize(
    "style", [heading2, bold, underlined], ids=["Heading 2", "bold", "underlined"]
)
def test_headings_with_slips_still_split_the_sections(
    tmp_path: Path, headings: list[str], style: Writer
) -> None:
    """A misspelt, unnumbered, shortened or otherwise styled heading still starts its section."""
    app = read(write(tmp_path / "a.docx", headings, style))
    assert in_place(app), app.sections
    assert not [p for p in app.problems if "Afsnit" in p or "afsnit" in p]


def test_plain_headings_without_numbers_with_a_slip_split_the_sections(tmp_path: Path) -> None:
    """Plain paragraphs that are only heading words, one misspelt, are headings."""
    headings = [h.split(". ", 1)[1] for h in TEMPLATE]
    headings[2] = "Konkrete behov for forsøgshjemmler"
    assert in_place(read(write(tmp_path / "a.docx", headings, plain)))


def test_a_heading_running_into_its_text_or_with_guidance_still_starts_its_section(
    tmp_path: Path,
) -> None:
    """'3. Konkrete behov …: <text>' and a heading with the template's guidance in parentheses
    start their sections; the text after the colon is the section's."""
    headings = [*TEMPLATE]
    headings[3] = "4. Hvordan realiseres de forventede resultater (beskriv kort tidsplan og ansvar)"
    path = write(tmp_path / "a.docx", headings)
    opened = docx.Document(str(path))
    for paragraph in opened.paragraphs:
        if paragraph.text == TEMPLATE[2]:
            paragraph.text = "3. Konkrete behov for forsøgshjemler: Se tabellen herunder."
    opened.save(str(path))
    app = read(path)
    assert app.sections["legal_needs"] == f"Se tabellen herunder.\n\n{BODIES[2]}"
    assert app.sections["realisation"] == BODIES[3]
    assert not [problem for problem in app.problems if "fsnit" in problem]


def test_a_missing_section_is_named_in_the_problems(tmp_path: Path) -> None:
    """Without section 3's heading its text stays in section 2, and the report says so."""
    app = read(write(tmp_path / "a.docx", [*TEMPLATE[:2], None, *TEMPLATE[3:]]))
    assert app.sections["legal_needs"] == ""
    assert BODIES[2] in app.sections["goals"]
    assert (
        "Afsnittet '3. Konkrete behov for forsøgshjemler, undtagelser fra gældende lovgivning mv.' "
        "blev ikke fundet (overskriften mangler eller kan ikke genkendes); dets tekst står under "
        "'2. Mål og forventede resultater'"
    ) in app.problems


def test_a_heading_like_line_that_is_not_taken_is_reported(tmp_path: Path) -> None:
    """A bold line sharing words with a later heading, but not one, is named in the problems."""
    path = write(tmp_path / "a.docx", TEMPLATE)
    opened = docx.Document(str(path))
    body = next(p for p in opened.paragraphs if p.text == BODIES[1])
    body.insert_paragraph_before().add_run("Forventede resultater").bold = True
    opened.save(str(path))
    app = read(path)
    assert app.sections["goals"] == f"Forventede resultater\n\n{BODIES[1]}"
    assert (
        "Linjen 'Forventede resultater' ligner en afsnitsoverskrift, men svarer ikke til "
        "skabelonens; den er lagt under '2. Mål og forventede resultater'"
    ) in app.problems


@pytest.mark.parametrize(
    "sentence",
    [
        "Mål og forventede resultater beskrives nærmere i bilaget til ansøgningen her.",
        "Evaluering af forsøget sker løbende.",
        "Konkrete behov for forsøgshjemler er beskrevet i afsnit 3 herunder, se også bilag.",
        "Hvordan realiseres de forventede resultater i praksis, spørger borgerne ofte",
    ],
)
def test_a_body_sentence_with_the_heading_words_is_no_heading(
    tmp_path: Path, sentence: str
) -> None:
    """A sentence in a section that contains a later heading's words stays in that section."""
    document = write(tmp_path / "a.docx", TEMPLATE)
    opened = docx.Document(str(document))
    body = next(p for p in opened.paragraphs if p.text == BODIES[0])
    body.insert_paragraph_before(sentence)
    opened.save(str(document))
    app = read(document)
    assert app.sections["description"] == f"{sentence}\n\n{BODIES[0]}"
    assert in_place_except_description(app)


def in_place_except_description(app: ParsedApplication) -> bool:
    """Return whether sections 2 to 5 hold exactly their own bodies."""
    return all(
        app.sections[name] == body
        for name, body in zip(SECTION_FIELDS[1:], BODIES[1:], strict=True)
    )


def test_a_template_laid_out_as_a_table_splits_at_its_heading_rows(tmp_path: Path) -> None:
    """Rows 'Beskrivelse af forsøget | text' … of one table start the five sections."""
    path = write(tmp_path / "a.docx", [None] * 5)
    opened = docx.Document(str(path))
    for paragraph in opened.paragraphs:
        paragraph._p.getparent().remove(paragraph._p)
    layout = opened.add_table(rows=0, cols=2)
    for heading, body in zip(TEMPLATE, BODIES, strict=True):
        cells = layout.add_row().cells
        cells[0].text, cells[1].text = heading.split(". ", 1)[1], body
    opened.save(str(path))
    assert in_place(read(path))


def test_a_table_row_saying_evaluering_in_a_section_starts_nothing(tmp_path: Path) -> None:
    """A time plan in section 4 with a row 'Evaluering | Efteråret 2026' stays in section 4."""
    path = write(tmp_path / "a.docx", TEMPLATE)
    opened = docx.Document(str(path))
    body = next(p for p in opened.paragraphs if p.text == BODIES[3])
    plan = opened.add_table(rows=0, cols=2)
    for when, what in (("Opstart", "Foråret 2026"), ("Evaluering", "Efteråret 2026")):
        cells = plan.add_row().cells
        cells[0].text, cells[1].text = when, what
    body._p.addnext(plan._tbl)
    opened.save(str(path))
    app = read(path)
    assert app.sections["realisation"] == (
        f"{BODIES[3]}\n\nOpstart | Foråret 2026\nEvaluering | Efteråret 2026"
    )
    assert app.sections["evaluation"] == BODIES[4]
