"""The generator of Word applications: splits the source right and keeps every word."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from tests.applications.docx_fixtures import (
    SOURCE_TITLE_LINES,
    DocStyle,
    SourceApplication,
    main,
    source_applications,
    write_application_docx,
    write_reference_set,
)
from tests.conftest import REFERENCE_DIR

# (first_line, last_line) of each application, read off the source text.
BOUNDARIES = (
    (3, 88),
    (90, 265),
    (267, 576),
    (578, 635),
    (720, 876),
    (878, 1039),
    (1041, 1130),
    (1132, 1252),
    (1302, 1576),
    (1580, 1827),
    (1831, 2061),
    (2065, 2267),
    (2271, 2362),
    (2364, 2552),
    (2554, 2736),
    (2738, 2849),
    (2851, 2946),
    (2948, 3065),
    (3067, 3172),
    (3174, 3523),
    (3525, 3950),
    (3952, 4027),
    (4029, 4088),
    (4090, 4153),
    (4155, 4232),
    (4234, 4314),
)
PROVISION_HEADER = ["Lov", "§", "Paragraffen formål", "Begrundelse for fritagelse"]
TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>")
BLOCK_TAGS = {"p", "br", "li", "ol", "ul"}


@pytest.fixture(scope="module")
def apps() -> list[SourceApplication]:
    """The 26 applications of the source text."""
    return source_applications(REFERENCE_DIR)


@pytest.fixture(scope="module")
def reference_set(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The 27 Word files of the reference set, written once for the module."""
    return write_reference_set(REFERENCE_DIR, tmp_path_factory.mktemp("docx"))


def strip_tags(text: str) -> str:
    """Source text without HTML tags: block tags become spaces, inline tags vanish."""
    return TAG.sub(lambda m: " " if m.group(2).lower() in BLOCK_TAGS else "", text)


def squash(text: str) -> str:
    """Whitespace runs as single spaces."""
    return " ".join(text.split())


def paragraph_texts(path: Path) -> list[str]:
    """The text of every paragraph of the document, table cells included, each once."""
    document = docx.Document(str(path))
    body = document.element.body
    return [Paragraph(p, document).text for p in body.iter(qn("w:p"))]


def row_texts(table: Table) -> list[list[str]]:
    """The cell texts of each row (a merged cell repeated over its columns)."""
    return [[cell.text for cell in row.cells] for row in table.rows]


def header_tables(path: Path) -> list[Table]:
    """The document's header tables (those with a "Titel på forsøg" row)."""
    tables = docx.Document(str(path)).tables
    return [t for t in tables if any(r[0] == "Titel på forsøg" for r in row_texts(t))]


def write(app: SourceApplication, path: Path, **style: object) -> docx.document.Document:
    """Write one application in the given style and open the result."""
    return docx.Document(str(write_application_docx([app], path, style=DocStyle(**style))))


def test_source_has_26_applications_with_their_boundaries(apps: list[SourceApplication]) -> None:
    """The source splits into 26 applications at the chosen first and last lines."""
    assert [a.number for a in apps] == list(range(1, 27))
    assert tuple(a.title_line for a in apps) == SOURCE_TITLE_LINES
    assert tuple((a.first_line, a.last_line) for a in apps) == BOUNDARIES
    for app in apps:
        assert len(app.lines) == app.last_line - app.first_line + 1
        assert app.line(app.title_line).startswith("Titel på forsøg\t")
        assert app.lines[0].strip() and app.lines[-1].strip()


def test_cover_letters_are_left_out(apps: list[SourceApplication]) -> None:
    """No application holds a cover letter's address block or the Nordjylland annex."""
    for app in apps:
        text = "\n".join(app.lines)
        assert "Holmens Kanal" not in text
        assert "NORDJYSKE" not in text


def test_reference_set_file_names(reference_set: list[Path]) -> None:
    """The set is ansoegning_01..26.docx plus ansoegninger_15-19.docx."""
    expected = [f"ansoegning_{n:02d}.docx" for n in range(1, 27)] + ["ansoegninger_15-19.docx"]
    assert [p.name for p in reference_set] == expected
    assert all(p.stat().st_size > 0 for p in reference_set)


def test_titles_read_back(apps: list[SourceApplication], reference_set: list[Path]) -> None:
    """Each file's "Titel på forsøg" cell is the source line's second cell, tags stripped."""
    for app, path in zip(apps, reference_set, strict=False):
        (table,) = header_tables(path)
        (row,) = [r for r in row_texts(table) if r[0] == "Titel på forsøg"]
        expected = squash(strip_tags(app.line(app.title_line).split("\t")[1]))
        assert row[1] == expected, app.number


def test_no_html_tag_text_in_any_document(reference_set: list[Path]) -> None:
    """No "<" (so no tag) survives in any paragraph or cell of the 27 files."""
    for path in reference_set:
        leftovers = [text for text in paragraph_texts(path) if "<" in text or TAG.search(text)]
        assert leftovers == [], path.name


def test_cell_html_becomes_paragraphs_and_italics(
    tmp_path: Path, apps: list[SourceApplication]
) -> None:
    """<p> blocks become paragraphs of a cell and <i> an italic run."""
    document = write(apps[3], tmp_path / "a4.docx")
    title = document.tables[0].rows[1].cells[1].paragraphs[0]
    assert (title.runs[0].text, title.runs[0].italic) == ("Plejhjemstilsyn", True)
    document = write(apps[15], tmp_path / "a16.docx")
    cell = document.tables[2].rows[-1].cells[2]  # BAB § 52: "<p>…</p> <ol …> 1) … <p>…</p>"
    assert [p.text[:12] for p in cell.paragraphs] == [
        '§52stk. 3. "',
        "1) personens",
        "§ 52, stk. 5",
    ]


def test_combined_document_holds_five_applications(
    apps: list[SourceApplication], reference_set: list[Path]
) -> None:
    """ansoegninger_15-19.docx has five header tables, in order, each after a page break."""
    combined = reference_set[-1]
    titles = [row_texts(t)[1][1] for t in header_tables(combined)]
    assert titles == [squash(strip_tags(a.title)) for a in apps[14:19]]
    xml = docx.Document(str(combined)).element.body
    breaks = [b for b in xml.iter(qn("w:br")) if b.get(qn("w:type")) == "page"]
    assert len(breaks) == 4


def test_header_table_mirrors_the_tab_cells(tmp_path: Path, apps: list[SourceApplication]) -> None:
    """Header rows: label | value merged to the right edge; phone rows keep their own cells."""
    table = write(apps[0], tmp_path / "a1.docx").tables[0]
    assert [row.cells[1].grid_span for row in table.rows] == [3, 3, 3, 3, 1, 3, 1, 3]
    assert row_texts(table)[4] == ["", "Telefon", "41 85 50 61", "E-mail kafja@aarhus.dk"]
    wide = write(apps[10], tmp_path / "a11.docx").tables[0]  # five cells a row in the source
    assert row_texts(wide)[4] == ["", "Telefon", "515623 63", "E-mail", "Torben.rugholm@randers.dk"]


def test_split_table_becomes_two_tables(tmp_path: Path, apps: list[SourceApplication]) -> None:
    """A table the page split comes out as two Word tables, the second opening with the header."""
    tables = write(apps[15], tmp_path / "split.docx").tables[1:]
    assert len(tables) == 2
    first, second = (row_texts(t) for t in tables)
    assert first[0] == second[0] == PROVISION_HEADER
    assert second[1][:2] == ["", "2"]  # the row the page broke goes on ("§27 stk." … "2")
    assert (len(first), len(second)) == (5, 5)


def test_split_tables_off_keeps_one_table(tmp_path: Path, apps: list[SourceApplication]) -> None:
    """With split_tables=False the repeated header is dropped and the table stays whole."""
    tables = write(apps[15], tmp_path / "whole.docx", split_tables=False).tables[1:]
    (rows,) = [row_texts(t) for t in tables]
    assert len(rows) == 9
    assert [r for r in rows if r == PROVISION_HEADER] == [PROVISION_HEADER]


def test_placeholders_and_date_override(tmp_path: Path, apps: list[SourceApplication]) -> None:
    """placeholders fills empty phone/e-mail cells; date_text replaces the date cell."""
    plain = row_texts(write(apps[14], tmp_path / "plain.docx").tables[0])
    assert plain[4] == ["", "Telefon", "", "E-mail"]
    assert plain[7][1] == "1. december 2016"
    style = {"placeholders": True, "date_text": "1. dec. 2016"}
    rows = row_texts(write(apps[14], tmp_path / "filled.docx", **style).tables[0])
    assert rows[3][1] == "[Navn]"
    assert rows[4] == ["", "Telefon", "[Telefon]", "E-mail [E-mail]"]
    assert rows[6] == ["", "Telefon", "0045 44772476", "E-mail jkd@balk.dk"]
    assert rows[7][1] == "1. dec. 2016"


def test_template_headings_only(apps: list[SourceApplication], reference_set: list[Path]) -> None:
    """Only the template's section headings are Heading 1; numbered list items stay text."""
    for app, path in zip(apps, reference_set, strict=False):
        document = docx.Document(str(path))
        headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
        assert len(headings) == (6 if app.number == 21 else 5), app.number
        if app.number == 15:  # its section 2 heading lost its number in the conversion
            assert "Mål og forventede resultater" in headings
        else:
            assert headings[:2] == ["1. Beskrivelse af forsøget", "2. Mål og forventede resultater"]


@pytest.mark.parametrize(
    ("style", "texts", "bold"),
    [
        ({"heading_style": "bold"}, "1. Beskrivelse af forsøget", True),
        ({"heading_style": "plain"}, "1. Beskrivelse af forsøget", False),
        ({"numbered_headings": False}, "Beskrivelse af forsøget", None),
    ],
)
def test_heading_styles(
    tmp_path: Path, apps: list[SourceApplication], style: dict, texts: str, bold: bool | None
) -> None:
    """heading_style and numbered_headings change how section headings look."""
    document = write(apps[0], tmp_path / "styled.docx", **style)
    (paragraph,) = [p for p in document.paragraphs if p.text.endswith("Beskrivelse af forsøget")]
    assert paragraph.text == texts
    if bold is None:
        assert paragraph.style.name == "Heading 1"
    else:
        assert paragraph.style.name == "Normal"
        assert bool(paragraph.runs[0].bold) is bold


def test_bullets_lose_their_dash(tmp_path: Path, apps: list[SourceApplication]) -> None:
    """Lines starting "- " become List Bullet paragraphs without the dash."""
    document = write(apps[0], tmp_path / "a1.docx")
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    last = [
        "Årlige brugerundersøgelser",
        "Omsorgsjournalen",
        "Evt. interviews med borgere og medarbejdere.",
    ]
    assert bullets[-3:] == last
    assert len(bullets) == sum(line.startswith("- ") for line in apps[0].lines)


@pytest.mark.parametrize("number", range(1, 27))
def test_every_source_word_is_in_the_document(
    number: int, apps: list[SourceApplication], reference_set: list[Path]
) -> None:
    """The document's words are exactly the source lines' words (tags and bullet dashes aside)."""
    app = apps[number - 1]
    expected: Counter[str] = Counter()
    for line in app.lines:
        words = strip_tags(line).split()
        if line.startswith("- ") and "\t" not in line:
            words = words[1:]
        expected.update(words)
    found = Counter(
        word for text in paragraph_texts(reference_set[number - 1]) for word in text.split()
    )
    assert found - expected == Counter(), "added"
    assert expected - found == Counter(), "dropped"


def test_combined_document_keeps_every_word(
    apps: list[SourceApplication], reference_set: list[Path]
) -> None:
    """The combined file holds the words of applications 15-19 together."""
    singles = [
        Counter(w for t in paragraph_texts(p) for w in t.split()) for p in reference_set[14:19]
    ]
    combined = Counter(w for t in paragraph_texts(reference_set[-1]) for w in t.split())
    assert combined == sum(singles, Counter())


def test_main_usage_error() -> None:
    """The command line wants an output folder."""
    assert main([]) == 2
