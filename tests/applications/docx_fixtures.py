"""Writes the 26 real applications of round 1 as Word files in the ministry's template layout.

The source is the plain-text copy of the applications (``001_d8e0ad979bdfbdd7.part1.txt`` in
the reference folder). Each application becomes what its author would have sent: the preamble
as paragraphs, the header as a Word table, the numbered template sections as headings, "- "
lines as bullets and the tab-separated provision tables as Word tables, split where the page
broke them. ``DocStyle`` adds the imperfections an importer of real documents must survive.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import docx
from docx.document import Document
from docx.shared import Cm, Length, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

SOURCE_FILE = "001_d8e0ad979bdfbdd7.part1.txt"

# The line (1-based) of each application's "Titel på forsøg" row, in order.
SOURCE_TITLE_LINES: tuple[int, ...] = (
    8,
    95,
    272,
    583,
    723,
    881,
    1044,
    1135,
    1311,
    1589,
    1840,
    2074,
    2280,
    2369,
    2559,
    2743,
    2856,
    2953,
    3072,
    3180,
    3530,
    3957,
    4034,
    4095,
    4160,
    4239,
)

# The first line of a preamble: the template's title, or the housing network's page header.
_PREAMBLE_START = re.compile(
    r"Ansøgning om konkrete? forsøg i Frikommuneforsøg|^Frikommunenetværk om "
)
_PREAMBLE_MAX_LINES = 12
# A cover letter to the ministry starts with its address block; it is not part of an application.
_COVER_LETTER = re.compile(r"^Økonomi\W+og Indenrigs")

# The template's section headings by number; a numbered line is a heading if it starts so.
_HEADINGS = (
    "Beskrivelse af forsøget",
    "Mål og forventede resultater",
    "Konkrete behov for forsøgs",
    "Hvordan realiseres de forventede resultater",
    "Evaluering",
    "Hvilke problemer",
)
_NUMBERED_LINE = re.compile(r"^([1-9])\.\s+(\S.*)$")

_TEXT_WIDTH_CM = 16.0  # A4 with 2.5 cm margins
_LABEL_WIDTH_CM = 4.0  # the header table's label column
_PROVISION_WIDTHS_CM = (2.5, 2.0, 5.75, 5.75)  # Lov | § | formål | begrundelse

_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>")
_BLOCK_TAGS = frozenset({"p", "br", "li", "ol", "ul", "div", "tr", "td"})
_FORMAT_TAGS = {"i": "italic", "em": "italic", "b": "bold", "strong": "bold", "u": "underline"}

Run = tuple[str, frozenset[str]]


@dataclass(frozen=True)
class SourceApplication:
    """One application of the source text: its number and its lines, preamble included."""

    number: int
    title_line: int
    first_line: int
    last_line: int
    lines: tuple[str, ...]

    def line(self, number: int) -> str:
        """The source line with this (1-based, file-wide) number."""
        return self.lines[number - self.first_line]

    @property
    def title(self) -> str:
        """The raw "Titel på forsøg" cell (tags and all)."""
        return self.line(self.title_line).split("\t")[1]


@dataclass(frozen=True)
class DocStyle:
    """How faithfully the Word file follows the template (the knobs an importer must survive)."""

    heading_style: Literal["heading", "bold", "plain"] = "heading"
    numbered_headings: bool = True
    split_tables: bool = True
    placeholders: bool = False
    date_text: str | None = None
    heading_slips: bool = False  # a letter lost in each heading's longest word, capitals


def source_applications(reference_dir: Path) -> list[SourceApplication]:
    """Split the source text into its 26 applications (cover letters left out)."""
    text = (reference_dir / SOURCE_FILE).read_text(encoding="utf-8")
    lines = text.split("\n")
    firsts = [_preamble_start(lines, title) for title in SOURCE_TITLE_LINES]
    apps = []
    for index, (title, first) in enumerate(zip(SOURCE_TITLE_LINES, firsts, strict=True)):
        end = firsts[index + 1] - 1 if index + 1 < len(firsts) else len(lines)
        letter = next((n for n in range(title, end + 1) if _COVER_LETTER.match(lines[n - 1])), None)
        last = letter - 1 if letter is not None else end
        while not lines[last - 1].strip():
            last -= 1
        block = tuple(lines[first - 1 : last])
        apps.append(SourceApplication(index + 1, title, first, last, block))
    return apps


def _preamble_start(lines: list[str], title_line: int) -> int:
    """The first line of the preamble above the header table of an application."""
    if not lines[title_line - 1].startswith("Titel på forsøg\t"):
        raise ValueError(f"line {title_line} is not a 'Titel på forsøg' row")
    header = title_line - 1
    window = range(max(1, header - _PREAMBLE_MAX_LINES), header)
    starts = [n for n in window if _PREAMBLE_START.search(lines[n - 1])]
    if not starts:
        raise ValueError(f"no preamble above line {header}")
    return starts[0]


def write_application_docx(
    apps: Sequence[SourceApplication], path: Path, *, style: DocStyle = DocStyle()
) -> Path:
    """Write the applications, each from a new page, into one .docx file; return its path."""
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    props = doc.core_properties
    props.title = _plain(apps[0].title) if apps else ""
    props.author = "Frikommunenetværk"
    props.comments = ""
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    for index, app in enumerate(apps):
        if index:
            doc.add_page_break()
        _write_application(doc, app, style)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    return path


def write_reference_set(reference_dir: Path, folder: Path) -> list[Path]:
    """Write ansoegning_01..26.docx and the combined ansoegninger_15-19.docx into folder."""
    apps = source_applications(reference_dir)
    paths = [write_application_docx([a], folder / f"ansoegning_{a.number:02d}.docx") for a in apps]
    paths.append(write_application_docx(apps[14:19], folder / "ansoegninger_15-19.docx"))
    return paths


def _write_application(doc: Document, app: SourceApplication, style: DocStyle) -> None:
    """Append one application: preamble, header table, then the body line by line."""
    header = app.title_line - 1 - app.first_line  # index of the "Frikommunenetværk" row
    if not app.lines[header].startswith("Frikommunene"):
        raise ValueError(f"application {app.number}: no header row above its title")
    _write_preamble(doc, [line for line in app.lines[:header] if line.strip()])
    end = header
    while end < len(app.lines) and "\t" in app.lines[end]:
        end += 1
    _write_header_table(doc, [line.split("\t") for line in app.lines[header:end]], style)
    section = 0
    index = end
    while index < len(app.lines):
        line = app.lines[index]
        index += 1
        if not line.strip():
            continue
        if "\t" in line:
            rows = [line.split("\t")]
            while True:  # a table may go on after blank lines (a page break in the source)
                after = index
                while after < len(app.lines) and not app.lines[after].strip():
                    after += 1
                if after >= len(app.lines) or "\t" not in app.lines[after]:
                    break
                rows.append(app.lines[after].split("\t"))
                index = after + 1
            _write_body_tables(doc, rows, style)
            continue
        heading = _heading(line, section)
        if heading is not None:
            section, number, text = heading
            _write_heading(doc, number, text, style)
        elif line.startswith("- "):
            _write_rich(doc, line[2:], "List Bullet")
        else:
            _write_rich(doc, line)  # a style lookup by name is slow: leave Normal implicit


def _write_preamble(doc: Document, lines: list[str]) -> None:
    """The lines above the header table: the application's title lines in bold."""
    titled = False
    for line in lines:
        paragraph = doc.add_paragraph()
        run = paragraph.add_run(_squash(line))
        if "ansøgning" in line.lower():
            run.bold = True
            if not titled:
                run.font.size = Pt(14)
                titled = True


def _heading(line: str, section: int) -> tuple[int, str, str] | None:
    """(section, number, text) if the line is the next template heading, else None."""
    text = _squash(line)
    match = _NUMBERED_LINE.match(text)
    if match:
        index = int(match.group(1))
        if index <= len(_HEADINGS) and match.group(2).startswith(_HEADINGS[index - 1]):
            return (index, match.group(1), match.group(2)) if index > section else None
        return None
    # A heading that lost its number in the conversion: only the exact template text counts.
    if text in _HEADINGS and _HEADINGS.index(text) + 1 > section:
        return _HEADINGS.index(text) + 1, "", text
    return None


def _write_heading(doc: Document, number: str, text: str, style: DocStyle) -> None:
    """A section heading as the style asks: Heading 1, a bold paragraph or plain text."""
    if style.heading_slips:
        text = _slipped(text).upper()
    full = f"{number}. {text}" if number and style.numbered_headings else text
    if style.heading_style == "heading":
        doc.add_paragraph(full, style="Heading 1")
    else:
        run = doc.add_paragraph().add_run(full)
        if style.heading_style == "bold":
            run.bold = True


def _slipped(text: str) -> str:
    """The heading with one letter dropped from the middle of its longest word."""
    words = text.split(" ")
    longest = max(range(len(words)), key=lambda i: len(words[i]))
    word = words[longest]
    words[longest] = word[: len(word) // 2] + word[len(word) // 2 + 1 :]
    return " ".join(words)


def _write_header_table(doc: Document, rows: list[list[str]], style: DocStyle) -> None:
    """The header: label | value rows, the value merged over the empty cells right of it."""
    columns = max(len(row) for row in rows)
    table = doc.add_table(rows=0, cols=columns)
    table.style = "Table Grid"
    rest = (_TEXT_WIDTH_CM - _LABEL_WIDTH_CM) / (columns - 1)
    widths = _set_widths(table, [_LABEL_WIDTH_CM, *[rest] * (columns - 1)])
    for source in rows:
        texts = _header_cells([*source, *[""] * (columns - len(source))], style)
        cells = list(table.add_row().cells)
        for cell, width in zip(cells, widths, strict=True):
            cell.width = width
        last = max((i for i, text in enumerate(texts) if text.strip()), default=0)
        if last < columns - 1:
            cells[last] = cells[last].merge(cells[columns - 1])
        for cell, text in zip(cells[: last + 1], texts, strict=False):
            _fill_cell(cell, text)


def _header_cells(texts: list[str], style: DocStyle) -> list[str]:
    """The header row's cell texts with the template's placeholders and date as asked."""
    texts = list(texts)
    label = texts[0].strip()
    if label == "Dato for ansøgning" and style.date_text is not None:
        texts[1] = style.date_text
    if not style.placeholders:
        return texts
    if label in ("Faglig kontaktperson", "Netværkskoordinator") and not texts[1].strip():
        texts[1] = "[Navn]"
    if not label and len(texts) > 2 and texts[1].strip() == "Telefon":
        if not texts[2].strip():
            texts[2] = "[Telefon]"
        if len(texts) > 3 and texts[3].strip() == "E-mail":
            if len(texts) > 4 and not texts[4].strip():
                texts[4] = "[E-mail]"
            elif len(texts) == 4:
                texts[3] = "E-mail [E-mail]"
    return texts


def _write_body_tables(doc: Document, rows: list[list[str]], style: DocStyle) -> None:
    """A run of tab-separated rows as Word tables: a repeated header row starts a new one."""
    header = _squash(" ".join(rows[0]))
    tables: list[list[list[str]]] = [[rows[0]]]
    for row in rows[1:]:
        if _squash(" ".join(row)) != header:
            tables[-1].append(row)
        elif style.split_tables:
            tables.append([row])
    columns = max(len(row) for row in rows)
    for index, table_rows in enumerate(tables):
        if index:
            doc.add_paragraph()  # Word joins tables that touch; the page break left a paragraph
        table = doc.add_table(rows=0, cols=columns)
        table.style = "Table Grid"
        even = [_TEXT_WIDTH_CM / columns] * columns
        widths = _set_widths(table, list(_PROVISION_WIDTHS_CM) if columns == 4 else even)
        for row in table_rows:
            bold = _squash(" ".join(row)) == header
            cells = table.add_row().cells
            for cell, width in zip(cells, widths, strict=True):
                cell.width = width
            for cell, text in zip(cells, row, strict=False):
                _fill_cell(cell, text, bold=bold)


def _set_widths(table: Table, widths_cm: list[float]) -> list[Length]:
    """Fix the table's column widths (cm); return them for the cells of each new row."""
    table.autofit = False
    widths = [Cm(width) for width in widths_cm]
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    return widths


def _write_rich(doc: Document, text: str, style_name: str | None = None) -> None:
    """Body text as one paragraph per HTML block, in the given style (None: Normal)."""
    for runs in _rich_paragraphs(text):
        _add_runs(doc.add_paragraph(style=style_name), runs)


def _fill_cell(cell: _Cell, text: str, *, bold: bool = False) -> None:
    """Put text with HTML tags into a table cell as paragraphs of formatted runs."""
    for index, runs in enumerate(_rich_paragraphs(text)):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        _add_runs(paragraph, runs, bold=bold)


def _add_runs(paragraph: Paragraph, runs: list[Run], *, bold: bool = False) -> None:
    """Append the runs to the paragraph with their italic/bold/underline formatting."""
    for text, formats in runs:
        run = paragraph.add_run(text)
        if bold or "bold" in formats:
            run.bold = True
        if "italic" in formats:
            run.italic = True
        if "underline" in formats:
            run.underline = True


def _rich_paragraphs(text: str) -> list[list[Run]]:
    """Split text with HTML tags into paragraphs (<p>, <br>, <li>…) of formatted runs."""
    paragraphs: list[list[Run]] = [[]]
    active: set[str] = set()
    position = 0
    for match in _TAG.finditer(text):
        paragraphs[-1].append((text[position : match.start()], frozenset(active)))
        position = match.end()
        name = match.group(2).lower()
        if name in _BLOCK_TAGS:
            paragraphs.append([])
        elif name in _FORMAT_TAGS:
            if match.group(1):
                active.discard(_FORMAT_TAGS[name])
            else:
                active.add(_FORMAT_TAGS[name])
    paragraphs[-1].append((text[position:], frozenset(active)))
    tidied = (_tidy(runs) for runs in paragraphs)
    return [runs for runs in tidied if runs]


def _tidy(runs: list[Run]) -> list[Run]:
    """Collapse whitespace across runs, trim the paragraph and drop empty runs."""
    tidied: list[Run] = []
    after_space = True
    for text, formats in runs:
        text = re.sub(r"\s+", " ", text)
        if after_space:
            text = text.lstrip(" ")
        if text:
            tidied.append((text, formats))
            after_space = text.endswith(" ")
    while tidied and not tidied[-1][0].rstrip():
        tidied.pop()
    if tidied:
        tidied[-1] = (tidied[-1][0].rstrip(), tidied[-1][1])
    return tidied


def _squash(text: str) -> str:
    """Whitespace runs as single spaces, ends trimmed."""
    return " ".join(text.split())


def _plain(text: str) -> str:
    """Text without its HTML tags (one space where a block tag was), whitespace squashed."""
    return " ".join("".join(text for text, _ in runs) for runs in _rich_paragraphs(text))


def main(argv: Sequence[str]) -> int:
    """Command line: write the reference set into OUTDIR (from REFERENCE_DIR if given)."""
    if len(argv) not in (1, 2):
        print("usage: python -m tests.applications.docx_fixtures OUTDIR [REFERENCE_DIR]")
        return 2
    if len(argv) == 2:
        reference_dir = Path(argv[1])
    else:
        from tests.conftest import REFERENCE_DIR

        reference_dir = REFERENCE_DIR
    for path in write_reference_set(reference_dir, Path(argv[0])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
