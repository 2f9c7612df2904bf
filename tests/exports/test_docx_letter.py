"""The Word letter writer on the demo network's real cover letter, read back with python-docx."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Cm

from frikommune_desktop.exports.content import round_content
from frikommune_desktop.exports.docx_letter import write_letter_docx
from frikommune_desktop.exports.files import ExportError
from frikommune_desktop.exports.letter import Letter, LetterTable, cover_letter, orientation_letter
from frikommune_desktop.submission import ParticipationChange


@pytest.fixture
def letter(demo_store) -> Letter:
    """The demo network's cover letter for the round of 1 December 2016."""
    return cover_letter(round_content(demo_store, "2016-12-01"))


def _lines(document) -> list[str]:
    """Every paragraph's text in document order, table cells included."""
    body = document.element.body
    return ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))]


def _position(lines: list[str], text: str, after: int) -> int:
    """The index of the first line equal to `text` after index `after`, failing if none."""
    for index in range(after + 1, len(lines)):
        if lines[index] == text:
            return index
    raise AssertionError(f"{text!r} not found after line {after}: {lines}")


def _grid_tables(document) -> list:
    return [t for t in document.tables if t.style is not None and t.style.name == "Table Grid"]


def test_cover_letter_text_appears_in_reading_order(letter: Letter, tmp_path: Path) -> None:
    """Recipient, date, subject, body, table intro, after-table text and signature, in order."""
    path = write_letter_docx(letter, tmp_path / "følgebrev.docx")
    assert path == tmp_path / "følgebrev.docx"
    lines = _lines(docx.Document(str(path)))
    assert letter.date == "1. december 2016"
    expected = [
        *letter.recipient,
        *letter.sender,
        letter.date,
        letter.subject,
        *letter.paragraphs,
        letter.table_intro,
        *letter.after_table,
        letter.greeting,
        *letter.signature,
    ]
    position = -1
    for text in expected:
        position = _position(lines, text, position)
    assert letter.signature[:2] == ("Michael Ziegler", "Borgmester")
    greeting = lines.index(letter.greeting)
    assert lines[greeting + 1 : greeting + 4] == ["", "", "Michael Ziegler"]


def test_letterhead_is_bold_on_the_first_sender_line_and_subject_bold(
    letter: Letter, tmp_path: Path
) -> None:
    """The sender's first line and the subject are bold; the signature's name is not."""
    document = docx.Document(str(write_letter_docx(letter, tmp_path / "brev.docx")))
    layout = document.tables[0]
    recipient_cell, sender_cell = layout.rows[0].cells
    assert [p.text for p in recipient_cell.paragraphs] == list(letter.recipient)
    assert sender_cell.paragraphs[0].text == letter.sender[0]
    assert sender_cell.paragraphs[0].runs[0].bold is True
    assert sender_cell.paragraphs[-1].text == letter.date
    subject = next(p for p in document.paragraphs if p.text == letter.subject)
    assert subject.runs[0].bold is True
    name = next(p for p in document.paragraphs if p.text == "Michael Ziegler")
    assert not name.runs[0].bold


def test_table_has_repeating_bold_header_and_one_row_per_application(
    letter: Letter, tmp_path: Path
) -> None:
    """The participation table repeats its bold header on each page and lists all five."""
    document = docx.Document(str(write_letter_docx(letter, tmp_path / "brev.docx")))
    (table,) = _grid_tables(document)
    header = table.rows[0]
    assert [c.text for c in header.cells] == ["Ansøgninger om forsøg", "Deltagerkommuner"]
    assert all(run.bold for c in header.cells for run in c.paragraphs[0].runs)
    assert header._tr.trPr is not None and header._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(
        row._tr.trPr is None or row._tr.trPr.find(qn("w:tblHeader")) is None
        for row in table.rows[1:]
    )
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in table.rows[1:])
    body = [tuple(c.text for c in row.cells) for row in table.rows[1:]]
    assert letter.table is not None
    assert body == list(letter.table.rows)
    assert len(body) == 5
    assert body[4] == (
        "5. Ansøgning om byggeri af billige boliger",
        "Københavns Kommune og Roskilde Kommune",
    )
    left, right = (column.width for column in table.columns)
    assert 0.35 < left / (left + right) < 0.45


def test_table_notes_are_under_the_table_in_a_smaller_font(letter: Letter, tmp_path: Path) -> None:
    """Notes of a table follow it in a font smaller than the body text's."""
    assert letter.table is not None
    notes = ("(1) Med forbehold for byrådets godkendelse.", "(2) Kun boliger til unge.")
    noted = dataclasses.replace(letter, table=dataclasses.replace(letter.table, notes=notes))
    document = docx.Document(str(write_letter_docx(noted, tmp_path / "brev.docx")))
    lines = _lines(document)
    last_row = _position(lines, noted.table.rows[-1][1], -1)
    first_note = _position(lines, notes[0], last_row)
    _position(lines, notes[1], first_note)
    body_size = document.styles["Normal"].font.size
    for note in notes:
        paragraph = next(p for p in document.paragraphs if p.text == note)
        assert paragraph.runs[0].font.size < body_size


def test_core_properties_and_page_set_up(letter: Letter, tmp_path: Path) -> None:
    """Title, author and Danish language are set; the page is A4 with a 'Side X af Y' footer."""
    document = docx.Document(str(write_letter_docx(letter, tmp_path / "brev.docx")))
    properties = document.core_properties
    assert properties.title == letter.title
    assert properties.author == letter.author
    assert properties.language == "da-DK"
    section = document.sections[0]
    assert abs(section.page_width - Cm(21)) < Cm(0.01)
    assert abs(section.page_height - Cm(29.7)) < Cm(0.01)
    assert abs(section.left_margin - Cm(2.5)) < Cm(0.01)
    normal = document.styles["Normal"]
    assert normal.font.name == "Calibri"
    lang = normal.element.rPr.find(qn("w:lang"))
    assert lang is not None and lang.get(qn("w:val")) == "da-DK"
    footer = section.footer.paragraphs[0]
    instructions = [t.text.strip() for t in footer._p.iter(qn("w:instrText"))]
    assert instructions == ["PAGE", "NUMPAGES"]
    assert footer.text.startswith("Side ") and " af " in footer.text


def test_failed_write_leaves_nothing_and_success_replaces_whole_file(
    letter: Letter, tmp_path: Path
) -> None:
    """A missing folder raises ExportError and creates nothing; an old file is fully replaced."""
    out = tmp_path / "ud"
    out.mkdir()
    target = out / "mangler" / "brev.docx"
    with pytest.raises(ExportError):
        write_letter_docx(letter, target)
    assert list(out.iterdir()) == []
    existing = out / "brev.docx"
    existing.write_bytes(b"gammelt indhold, ikke et Word-dokument" * 100)
    write_letter_docx(letter, existing)
    assert b"gammelt indhold" not in existing.read_bytes()
    assert docx.Document(str(existing)).core_properties.title == letter.title
    assert [p.name for p in out.iterdir()] == ["brev.docx"]


def test_letter_without_table_or_references(letter: Letter, tmp_path: Path) -> None:
    """A letter with no table and no references writes only the borderless letterhead table."""
    bare = dataclasses.replace(letter, table=None, references=(), table_intro="")
    document = docx.Document(str(write_letter_docx(bare, tmp_path / "brev.docx")))
    assert len(document.tables) == 1
    assert _grid_tables(document) == []
    lines = _lines(document)
    assert not any(line.startswith("Sagsnr.") for line in lines)
    assert letter.table_intro not in lines
    _position(lines, bare.signature[-1], _position(lines, bare.subject, -1))


def test_references_are_listed_in_the_letterhead(letter: Letter, tmp_path: Path) -> None:
    """Reference pairs appear as 'label value' lines between the sender and the date."""
    pairs = (("Sagsnr.", "710-2016-10613"), ("Dokumentnr.", "4711"))
    document = docx.Document(
        str(write_letter_docx(dataclasses.replace(letter, references=pairs), tmp_path / "b.docx"))
    )
    sender_cell = document.tables[0].rows[0].cells[1]
    texts = [p.text for p in sender_cell.paragraphs]
    case, doc_number = texts.index("Sagsnr. 710-2016-10613"), texts.index("Dokumentnr. 4711")
    assert texts.index(letter.sender[-1]) < case < doc_number < texts.index(letter.date)


def test_orientation_letter_table_lists_changes(demo_store, tmp_path: Path) -> None:
    """The orientation letter's table of changed participation is written as its rows say."""
    change = ParticipationChange("x", 2, "Midlertidige boligløsninger", ("Favrskov",), ())
    content = round_content(demo_store, "2016-12-01")
    letter = orientation_letter(content, [change], today=dt.date(2017, 3, 1))
    assert isinstance(letter.table, LetterTable)
    document = docx.Document(str(write_letter_docx(letter, tmp_path / "orientering.docx")))
    (table,) = _grid_tables(document)
    assert [tuple(c.text for c in row.cells) for row in table.rows] == [
        letter.table.headers,
        *letter.table.rows,
    ]
    assert "1. marts 2017" in _lines(document)
