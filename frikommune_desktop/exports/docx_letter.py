"""A letter as an editable Word document: letterhead, body, participation table and signature.

The words come from `letter.Letter`; this module only lays them out with python-docx, so the
coordinator can open the result in Word, adjust it and send it on.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Length, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from .files import atomic_output
from .letter import Letter, LetterTable

LANGUAGE = "da-DK"
FONT = "Calibri"
FONT_SIZE = Pt(11)
SUBJECT_SIZE = Pt(12)
NOTE_SIZE = Pt(9)
FOOTER_SIZE = Pt(9)
PAGE_WIDTH = Cm(21)
PAGE_HEIGHT = Cm(29.7)
MARGIN = Cm(2.5)
TEXT_WIDTH = Cm(21 - 2 * 2.5)
#: The letterhead layout: recipient on the left, sender, references and date on the right.
RECIPIENT_WIDTH = Cm(9.5)
#: The participation table's columns: application ~40 %, participants ~60 %.
TABLE_SHARES = (0.4, 0.6)
#: The longest text a core property (title, author, subject) may hold (python-docx's limit).
PROPERTY_LENGTH = 255
#: A table row whose cells are no longer than this is kept on one page (half a page at most).
KEEP_WHOLE_CHARACTERS = 1000
KEEP_WHOLE_LINES = 15
PARAGRAPH_SPACE = Pt(8)
CELL_SPACE = Pt(2)


def write_letter_docx(letter: Letter, path: Path) -> Path:
    """Write a letter as an editable Word document (python-docx); return the path."""
    path = Path(path)
    document = Document()
    _set_up(document, letter)
    _letterhead(document, letter)
    subject = document.add_paragraph()
    subject.paragraph_format.space_before = Pt(18)
    subject.paragraph_format.space_after = Pt(12)
    subject.paragraph_format.keep_with_next = True
    run = subject.add_run(letter.subject)
    run.bold = True
    run.font.size = SUBJECT_SIZE
    for text in letter.paragraphs:
        document.add_paragraph(text)
    if letter.table_intro:
        document.add_paragraph(letter.table_intro).paragraph_format.keep_with_next = True
    if letter.table is not None:
        _table(document, letter.table)
    for text in letter.after_table:
        document.add_paragraph(text)
    _signature(document, letter)
    with atomic_output(path) as temporary:
        document.save(str(temporary))
    return path


def _set_up(document: DocxDocument, letter: Letter) -> None:
    """Page size and margins, the Normal style's font and language, metadata and footer."""
    section = document.sections[0]
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.left_margin = section.right_margin = MARGIN
    section.top_margin = section.bottom_margin = MARGIN
    section.footer_distance = Cm(1.25)
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = FONT_SIZE
    normal.paragraph_format.space_after = PARAGRAPH_SPACE
    normal.paragraph_format.line_spacing = 1.08
    _set_language(normal.element.get_or_add_rPr())
    defaults = document.styles.element.find(qn("w:docDefaults"))
    default_rpr = None if defaults is None else defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if default_rpr is not None:
        _set_language(default_rpr)
    properties = document.core_properties
    properties.title = _property(letter.title)
    properties.author = _property(letter.author)
    properties.last_modified_by = _property(letter.author)
    properties.subject = _property(letter.subject)
    properties.language = LANGUAGE
    properties.comments = ""
    _footer(document)


def _property(text: str) -> str:
    """Return text cut to the 255 characters a document property holds, marked with '…'."""
    return text if len(text) <= PROPERTY_LENGTH else text[: PROPERTY_LENGTH - 1] + "…"


def _set_language(rpr: BaseOxmlElement) -> None:
    """Mark text formatted by `rpr` as Danish, for spelling and hyphenation in Word."""
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)  # w:lang is near the end of w:rPr; what may follow is never set here
    lang.set(qn("w:val"), LANGUAGE)


def _footer(document: DocxDocument) -> None:
    """A right-aligned 'Side X af Y' with live PAGE and NUMPAGES fields."""
    paragraph = document.sections[0].footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    paragraph.add_run("Side ")
    _field(paragraph, "PAGE")
    paragraph.add_run(" af ")
    _field(paragraph, "NUMPAGES")
    for run in paragraph.runs:
        run.font.size = FOOTER_SIZE


def _field(paragraph: Paragraph, instruction: str) -> None:
    """Append a Word field (begin, instruction, separate, placeholder '1', end) as runs."""
    parts: list[tuple[str, str | None]] = [
        ("begin", None),
        ("instr", f" {instruction} "),
        ("separate", None),
        ("text", "1"),
        ("end", None),
    ]
    for kind, text in parts:
        run = paragraph.add_run()
        if kind == "text":
            run.text = text or ""
        elif kind == "instr":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        else:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)


def _letterhead(document: DocxDocument, letter: Letter) -> None:
    """Recipient at the top left; sender, references and date at the top right (no borders)."""
    layout = document.add_table(rows=1, cols=2)
    layout.alignment = WD_TABLE_ALIGNMENT.LEFT
    _widths(layout, (RECIPIENT_WIDTH, Length(TEXT_WIDTH - RECIPIENT_WIDTH)))
    left, right = layout.rows[0].cells
    _cell_lines(left, [(line, False) for line in letter.recipient])
    head = [(line, number == 0) for number, line in enumerate(letter.sender)]
    if letter.references:
        head += [("", False), *((f"{label} {value}", False) for label, value in letter.references)]
    _cell_lines(right, [*head, ("", False), (letter.date, False)])


def _cell_lines(cell: _Cell, lines: list[tuple[str, bool]]) -> None:
    """Fill a cell with tight lines of (text, bold), starting in its first, empty paragraph."""
    for number, (text, bold) in enumerate(lines):
        paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
        paragraph.paragraph_format.space_after = 0
        paragraph.add_run(text).bold = bold or None


def _widths(table: Table, widths: tuple[Length, ...]) -> None:
    """Fix a table's column widths (Word reads the cells, LibreOffice the grid)."""
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
        for cell in column.cells:
            cell.width = width


def _table(document: DocxDocument, data: LetterTable) -> None:
    """The letter's table: grid style, a bold header repeated on each page, rows kept whole."""
    table = document.add_table(rows=1, cols=2, style="Table Grid")
    header = table.rows[0]
    for cell, text in zip(header.cells, data.headers, strict=True):
        _cell_text(cell, text, bold=True)
    header._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for left, right in data.rows:
        row = table.add_row()
        if _short(left) and _short(right):  # a short row stays whole; Word would cut a row
            row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))  # taller than a page
        cells = row.cells
        _cell_text(cells[0], left)
        _cell_text(cells[1], right)
    _widths(table, tuple(Length(int(TEXT_WIDTH * share)) for share in TABLE_SHARES))
    for number, note in enumerate(data.notes):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(4) if number == 0 else 0
        paragraph.paragraph_format.space_after = 0
        paragraph.add_run(note).font.size = NOTE_SIZE
    document.add_paragraph().paragraph_format.space_after = 0


def _short(text: str) -> bool:
    """Return whether a cell's text surely takes less than half a page (may be kept whole)."""
    return len(text) <= KEEP_WHOLE_CHARACTERS and text.count("\n") <= KEEP_WHOLE_LINES


def _cell_text(cell: _Cell, text: str, *, bold: bool = False) -> None:
    """Put text in a table cell with a little space above and below."""
    paragraph = cell.paragraphs[0]
    paragraph.paragraph_format.space_before = CELL_SPACE
    paragraph.paragraph_format.space_after = CELL_SPACE
    paragraph.add_run(text).bold = bold or None


def _signature(document: DocxDocument, letter: Letter) -> None:
    """Greeting, room for the signature, then name, title and organisation, kept together."""
    greeting = document.add_paragraph(letter.greeting)
    lines = [greeting, document.add_paragraph(), document.add_paragraph()]
    lines += [document.add_paragraph(line) for line in letter.signature]
    for paragraph in lines:
        paragraph.paragraph_format.space_after = 0
        paragraph.paragraph_format.keep_with_next = paragraph is not lines[-1]
    greeting.paragraph_format.space_before = PARAGRAPH_SPACE
