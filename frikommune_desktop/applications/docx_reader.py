"""Reading a Word document (.docx) safely into plain blocks: paragraphs and tables, in order."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.document import Document
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml import etree

from ..errors import InputRefusedError, Problem
from ..sheets.normalise import clean_multiline, clean_text
from ..zip_limits import MB, ZipLimits, megabytes, size_problem

CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SAVE_AS_DOCX = "Gem den som Word-dokument (.docx) og prøv igen."


#: The package's limits: real applications unpack to under 1 MB of XML.
DOCX_PACKAGE = ZipLimits(
    max_uncompressed_bytes=200 * MB,  # pictures included; they are not unpacked to read
    max_compression_ratio=200,
    ratio_checked_above_bytes=1 * MB,
    max_xml_part_bytes=20 * MB,  # document.xml and the other parts parsed as XML
)


@dataclass(frozen=True)
class DocxLimits:
    """How large a Word document may be before it is refused unread; generous for real use
    (applications have paragraphs of a few thousand characters)."""

    max_file_bytes: int = 50 * MB
    package: ZipLimits = DOCX_PACKAGE
    max_paragraph_chars: int = 100_000  # one paragraph or table cell
    max_text_chars: int = 2_000_000  # all the document's text, so also any one section


DEFAULT_LIMITS = DocxLimits()


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of the document: its text, style name and whether it is all bold (or all
    underlined)."""

    text: str
    style: str = ""
    bold: bool = False
    underline: bool = False

    @property
    def is_list_item(self) -> bool:
        """Return whether the paragraph is a bullet or numbered list item."""
        return "list" in self.style.casefold() or "liste" in self.style.casefold()


@dataclass(frozen=True)
class TableBlock:
    """One table: its rows of cell texts (a merged cell counted once, paragraphs as lines)."""

    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class PageBreak:
    """A hard page break: where a new application often begins."""


Block = Paragraph | TableBlock | PageBreak


def read_blocks(path: Path, limits: DocxLimits = DEFAULT_LIMITS) -> list[Block]:
    """Return the document's paragraphs and tables in reading order, or refuse the file.

    The package's sizes are checked before anything is unpacked, and the text's lengths before
    any of it is read for references: a document over the limits is refused as a whole.
    """
    document = _open(path, limits)
    blocks: list[Block] = []
    problems: list[Problem] = []  # every over-long paragraph is named, not only the first
    total = 0
    for block in _blocks(document):
        texts = [block.text] if isinstance(block, Paragraph) else []
        if isinstance(block, TableBlock):
            texts = [cell for row in block.rows for cell in row]
        for text in texts:
            if len(text) > limits.max_paragraph_chars:
                problems.append(
                    Problem(
                        path.name,
                        f"Et afsnit eller en tabelcelle har {_count(len(text))} tegn "
                        f'("{text[:40]}…"); grænsen er {_count(limits.max_paragraph_chars)} tegn.',
                    )
                )
            total += len(text)
        if total > limits.max_text_chars:
            problems.append(
                Problem(
                    path.name,
                    f"Word-dokumentet har over {_count(limits.max_text_chars)} tegn tekst, "
                    "mere end en ansøgning har; det er afvist.",
                )
            )
            break  # reading on would hold more than the limit allows
        blocks.append(block)
    if problems:
        raise InputRefusedError(problems)
    return blocks


def _count(number: int) -> str:
    """Return a count with Danish thousands separators: 100000 → '100.000'."""
    return f"{number:,}".replace(",", ".")


def _open(path: Path, limits: DocxLimits) -> Document:
    """Open a .docx with python-docx after checking it is one, or raise InputRefusedError."""
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise _refused(name, f"Filen kan ikke læses: {exc.strerror or exc}.") from None
    if size == 0:
        raise _refused(name, "Filen er tom.")
    if size > limits.max_file_bytes:
        limit = megabytes(limits.max_file_bytes)
        raise _refused(name, f"Filen er for stor ({megabytes(size)} MB); højst {limit} MB.")
    if head.startswith(CFB_MAGIC):
        raise _refused(
            name, "Gammelt Word-format (.doc) eller et dokument med adgangskode. " + SAVE_AS_DOCX
        )
    if not head.startswith(b"PK"):
        raise _refused(name, f"Filen er ikke et Word-dokument. {SAVE_AS_DOCX}")
    _check_zip(path, limits.package)
    try:
        return docx.Document(str(path))
    except (KeyError, ValueError, zipfile.BadZipFile, etree.XMLSyntaxError) as exc:
        raise _refused(name, f"Word-dokumentet er beskadiget og kan ikke læses ({exc}).") from None


def _check_zip(path: Path, limits: ZipLimits) -> None:
    """Refuse a zip that is not a Word document or that unpacks to something huge."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except zipfile.BadZipFile:
        raise _refused(path.name, "Word-dokumentet er beskadiget og kan ikke læses.") from None
    names = {member.filename for member in members}
    if "word/document.xml" not in names:
        kind = "et regneark" if "xl/workbook.xml" in names else "et andet slags zip-arkiv"
        raise _refused(path.name, f"Filen er {kind}, ikke et Word-dokument (.docx).")
    if problem := size_problem(members, limits, "Word-dokumentet"):
        raise _refused(path.name, problem)


def _refused(name: str, expected: str) -> InputRefusedError:
    """Return the error refusing a whole document."""
    return InputRefusedError([Problem(name, expected)])


def _blocks(document: Document) -> Iterator[Block]:
    """Yield the body's paragraphs and tables in order (empty paragraphs left out)."""
    for item in document.iter_inner_content():
        if isinstance(item, DocxParagraph):
            if item._p.xpath(".//w:br[@w:type='page']") or item.paragraph_format.page_break_before:
                yield PageBreak()
            text = clean_text(item.text)
            if text:
                style = item.style.name if item.style else ""
                yield Paragraph(text, style, _all_runs(item, "bold"), _all_runs(item, "underline"))
        elif isinstance(item, Table):
            rows = tuple(_row_texts(row) for row in _rows(item))
            if any(any(cell for cell in row) for row in rows):
                yield TableBlock(rows)


def _rows(table: Table) -> Iterator[list[_Cell]]:
    """Yield each row's cells, a horizontally merged cell once."""
    for row in table.rows:
        cells: list[_Cell] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) not in seen:
                seen.add(id(cell._tc))
                cells.append(cell)
        yield cells


def _row_texts(cells: list[_Cell]) -> tuple[str, ...]:
    """Return the texts of a row's cells: each cell's paragraphs as lines."""
    return tuple(
        clean_multiline("\n".join(p.text for p in cell.paragraphs if p.text.strip()))
        for cell in cells
    )


def _all_runs(paragraph: DocxParagraph, emphasis: str) -> bool:
    """Return whether every run with text in the paragraph is bold (or underlined)."""
    runs = [run for run in paragraph.runs if run.text.strip()]
    return bool(runs) and all(getattr(run, emphasis) for run in runs)


def fold(text: str) -> str:
    """Return text folded for matching labels: lower case, letters and digits, single spaces."""
    return " ".join(re.sub(r"[^\w§]+", " ", text.casefold()).split())
