"""Reading filled-in application templates: header table, five sections, provision tables.

One document may hold several applications: each starts at a header table (the one with
"Titel på forsøg"). What cannot be read is reported in `ParsedApplication.problems`; no value
is ever made up.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..legal.law_names import LawNames, catalog_names
from ..legal.references import LegalReference, distinct, find_references
from ..model import SECTION_FIELDS
from .docx_reader import Block, PageBreak, Paragraph, TableBlock, read_blocks
from .header_fields import MunicipalityFinder, PersonCell, read_date, read_person
from .header_fields import without_placeholders as clean_cell
from .provision_tables import (
    FoundReference,
    LegalRow,
    ProvisionTableReader,
    is_provision_header,
)
from .section_headings import (
    heading_index,
    looks_like_heading,
    run_in_heading,
    template_heading,
)

#: How each header row is recognised: its label, squashed to letters.
HEADER_LABELS = {
    "network": ("frikommunenetværk", "netværk"),
    "title": ("titelpåforsøg", "forsøgetstitel", "titel"),
    "municipalities": ("deltagerkommuner", "deltagendekommuner", "kommuner"),
    "subject_contact": ("fagligkontaktperson", "kontaktperson"),
    "coordinator": ("netværkskoordinator", "koordinator", "tovholder"),
    "date": ("datoforansøgning", "ansøgningsdato", "dato"),
}
_EXTRA_HEADING = re.compile(r"^\s*6\s*[.)]\s+\S")
_PREAMBLE = re.compile(
    r"^-?\s*(?:skabelon\b|ansøgning om konkrete?\b|vejledning til udfyldelse)", re.IGNORECASE
)


def squash(text: str) -> str:
    """Return text as letters only, lower case: labels match despite stray spaces ('netv ærk')."""
    return re.sub(r"[\W\d_]+", "", text.casefold())


@dataclass
class ParsedApplication:
    """One application as read from a document, before it touches a network file."""

    network: str = ""
    title: str = ""
    municipalities: list[str] = field(default_factory=list)
    reservations: dict[str, str] = field(default_factory=dict)
    subject_contact: PersonCell | None = None
    coordinator: PersonCell | None = None
    date: str = ""
    sections: dict[str, str] = field(default_factory=dict)
    legal_rows: list[LegalRow] = field(default_factory=list)
    found: list[FoundReference] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def references(self) -> list[LegalReference]:
        """Return every distinct (law, provision) the application refers to, in order."""
        return distinct(item.reference for item in self.found)


class ApplicationParser:
    """Turns a document's blocks into applications."""

    def __init__(self, names: LawNames | None = None) -> None:
        self.names = names or catalog_names()
        self.tables = ProvisionTableReader(self.names)
        self.finder = MunicipalityFinder()

    def parse_file(self, path: Path) -> list[ParsedApplication]:
        """Read a .docx and return the applications it holds (raises InputRefusedError)."""
        return self.parse_blocks(read_blocks(path))

    def parse_blocks(self, blocks: Sequence[Block]) -> list[ParsedApplication]:
        """Return the applications in the blocks: one per header table."""
        blocks = _header_paragraphs_as_tables(blocks)
        starts = [i for i, block in enumerate(blocks) if _is_header_table(block)]
        applications = []
        for number, start in enumerate(starts):
            end = starts[number + 1] if number + 1 < len(starts) else len(blocks)
            body = _trim_preamble(blocks[start + 1 : end], last=number + 1 == len(starts))
            header = blocks[start]
            assert isinstance(header, TableBlock)
            applications.append(self._application(header, body))
        return applications

    def _application(self, header: TableBlock, body: Sequence[Block]) -> ParsedApplication:
        """Read one application: its header table, then its sections."""
        app = ParsedApplication()
        self._header(app, header)
        self._sections(app, body)
        if not app.title:
            app.problems.append("Titel på forsøg: ikke udfyldt")
        return app

    def _header(self, app: ParsedApplication, table: TableBlock) -> None:
        """Read the header table's labelled rows; unlabelled rows belong to the row above."""
        labelled: dict[str, tuple[str, list[tuple[str, ...]]]] = {}
        current: str | None = None
        for row in table.rows:
            row = _split_label(row)
            key = _header_key(row[0]) if row else None
            if key is not None:
                current = key
                labelled.setdefault(key, (" ".join(row[1:2]), []))
                labelled[key][1].append(tuple(row[2:]))
            elif current is not None:
                labelled[current][1].append(row)
        value = {key: clean_cell(text) for key, (text, _) in labelled.items()}
        app.network, app.title = value.get("network", ""), value.get("title", "")
        for key in ("network", "title"):
            if key in labelled and not value[key]:
                app.problems.append(f"{_LABELS[key]}: ikke udfyldt")
        participants = self.finder.participants(labelled.get("municipalities", ("", []))[0])
        app.municipalities, app.reservations = participants.codes, participants.reservations
        for word in participants.unknown:
            app.problems.append(f"Deltagerkommuner: '{word}' er ikke en kendt kommune")
        if not participants.codes:
            app.problems.append("Deltagerkommuner: ingen kommuner kunne læses")
        for key in ("subject_contact", "coordinator"):
            if key not in labelled:
                app.problems.append(f"{_LABELS[key]}: feltet findes ikke i ansøgningen")
                continue
            text, details = labelled[key]
            person = read_person(self.finder, text, details, _LABELS[key])
            app.problems += person.problems
            if (
                person.name
                and not person.phone
                and not any("telefon" in p for p in person.problems)
            ):
                app.problems.append(f"{_LABELS[key]}: intet telefonnummer udfyldt")
            setattr(app, key, person if person.name else None)
        app.date, note = read_date(value.get("date", ""))
        if note:
            app.problems.append(note)
        elif not app.date:
            app.problems.append(f"{_LABELS['date']}: ikke udfyldt")
        for key in ("title", "network"):
            self._find(app, getattr(app, key), f"{_LABELS[key]}")

    def _sections(self, app: ParsedApplication, body: Sequence[Block]) -> None:
        """Split the body at the section headings and read each section's text and tables."""
        texts: dict[str, list[str]] = {name: [] for name in SECTION_FIELDS}
        current = SECTION_FIELDS[0]
        seen = -1
        found: list[int] = []
        tabled: set[str] = set()  # sections holding a provision table (not in their text)
        run: list[TableBlock] = []
        for block in [*body, None]:
            if isinstance(block, PageBreak):
                continue  # a table cut by a page break goes on after it
            if isinstance(block, TableBlock) and run and _continues_run(run, block):
                run.append(block)
                continue
            if run:
                self._provision_run(app, run, current)
                tabled.add(current)
                run = []
            if isinstance(block, Paragraph):
                index = heading_index(block, seen)
                if index is not None:
                    seen, current = index, SECTION_FIELDS[index]
                    found.append(index)
                    continue
                if run_in := run_in_heading(block, seen):
                    seen, current = run_in[0], SECTION_FIELDS[run_in[0]]
                    found.append(seen)
                    texts[current].append(run_in[1])
                    continue
                if looks_like_heading(block, seen):
                    app.problems.append(
                        f"Linjen '{block.text}' ligner en afsnitsoverskrift, men svarer ikke "
                        f"til skabelonens; den er lagt under {_SECTION_TITLE[current]}"
                    )
                if _EXTRA_HEADING.match(block.text) and seen == len(SECTION_FIELDS) - 1:
                    app.problems.append(f"Afsnittet '{block.text}' er lagt under 5. Evaluering")
                prefix = "- " if block.is_list_item else ""
                texts[current].append(prefix + block.text)
            elif isinstance(block, TableBlock):
                if is_provision_header(block.rows[0]):
                    run = [block]
                else:
                    for index, text in _table_pieces(block, seen):
                        if index is not None:
                            seen, current = index, SECTION_FIELDS[index]
                            found.append(index)
                        if text:
                            texts[current].append(text)
        if seen < 0 and any(texts.values()):
            app.problems.append(
                "Ingen af skabelonens afsnit (1. Beskrivelse af forsøget …) "
                "blev fundet; al tekst er lagt under beskrivelsen"
            )
        elif seen >= 0:
            self._missing_sections(app, found)
            for index in found:
                name = SECTION_FIELDS[index]
                if not texts[name] and name not in tabled:
                    app.problems.append(f"Afsnittet '{template_heading(index)}' er tomt")
        for name, paragraphs in texts.items():
            app.sections[name] = "\n\n".join(paragraphs)
            self._find(app, app.sections[name], _SECTION_LABELS[name])

    def _missing_sections(self, app: ParsedApplication, found: list[int]) -> None:
        """Report each template section whose heading was not found, and where its text went."""
        for index in range(len(SECTION_FIELDS)):
            if index in found:
                continue
            before = [i for i in found if i < index]
            if before or index == 0:
                where = _SECTION_TITLE[SECTION_FIELDS[before[-1] if before else 0]]
                went = f"dets tekst står under {where}"
            else:
                went = "teksten før det første afsnit er lagt under 1. Beskrivelse af forsøget"
            if index == 0:
                went = "teksten før den første overskrift er lagt under det"
            app.problems.append(
                f"Afsnittet '{template_heading(index)}' blev ikke fundet (overskriften mangler "
                f"eller kan ikke genkendes); {went}"
            )

    def _provision_run(self, app: ParsedApplication, run: list[TableBlock], section: str) -> None:
        """Read a run of provision tables into legal-basis rows."""
        result = self.tables.read(run, f"Tabel i {_SECTION_LABELS[section]}")
        app.legal_rows += result.rows
        app.found += result.references
        app.problems += result.problems

    def _find(self, app: ParsedApplication, text: str, where: str) -> None:
        """Add the references in one text (a section, a header cell) to the application."""
        for reference in find_references(text, names=self.names):
            app.found.append(FoundReference(reference, text, where))


_LABELS = {
    "network": "Frikommunenetværk",
    "title": "Titel på forsøg",
    "municipalities": "Deltagerkommuner",
    "subject_contact": "Faglig kontaktperson",
    "coordinator": "Netværkskoordinator",
    "date": "Dato for ansøgning",
}
_SECTION_TITLE = {name: f"'{template_heading(i)}'" for i, name in enumerate(SECTION_FIELDS)}
_SECTION_LABELS = dict(
    zip(SECTION_FIELDS, ("afsnit 1", "afsnit 2", "afsnit 3", "afsnit 4", "afsnit 5"), strict=True)
)


def _header_key(label: str) -> str | None:
    """Return which header field a row's first cell labels, if any."""
    text = squash(label)
    if not text or len(text) > 40:
        return None
    for key, labels in HEADER_LABELS.items():
        for wanted in labels:
            if text == wanted or (len(wanted) > 8 and text.startswith(wanted)):
                return key
    if len(text) >= 10:  # a slip in a long label: 'Deltagerkomuner', 'Netværkskordinator'
        close = difflib.get_close_matches(text, _LONG_LABELS, n=1, cutoff=0.85)
        return _LONG_LABELS[close[0]] if close else None
    return None


_LONG_LABELS = {
    label: key for key, labels in HEADER_LABELS.items() for label in labels if len(label) >= 10
}


_LABELLED = re.compile(r"^(?P<label>[^:\t]{4,30}?)\s*[:\t]\s*(?P<value>.*)$", re.S)
_DETAIL = re.compile(r"^(?:telefon|tlf|tel|mobil|e-?mail)\b", re.I)


def _header_paragraphs_as_tables(blocks: Sequence[Block]) -> list[Block]:
    """Turn a header written as paragraphs ('Titel på forsøg: …') into a header table."""
    result: list[Block] = []
    run: list[tuple[tuple[str, ...], Block]] = []

    def flush() -> None:
        if any(row[0] and _header_key(row[0]) == "title" for row, _ in run):
            result.append(TableBlock(tuple(row for row, _ in run)))
        else:
            result.extend(block for _, block in run)
        run.clear()

    for block in blocks:
        match = _LABELLED.match(block.text) if isinstance(block, Paragraph) else None
        if match and _header_key(match["label"]) is not None:
            run.append(((match["label"], match["value"]), block))
        elif match and run and isinstance(block, Paragraph) and _DETAIL.match(block.text):
            run.append((("", match["label"], match["value"]), block))  # 'Telefon: 41 85 50 61'
        else:
            if run:
                flush()
            result.append(block)
    if run:
        flush()
    return result


def _split_label(row: tuple[str, ...]) -> tuple[str, ...]:
    """Return a row whose first cell holds 'Label: value' as ('Label', 'value', …)."""
    if not row or ":" not in row[0] or any(cell.strip() for cell in row[1:2]):
        return row
    label, value = row[0].split(":", 1)
    if _header_key(label) is None:
        return row
    return (label, value.strip(), *row[2:])


def _is_header_table(block: Block) -> bool:
    """Return whether a block is an application's header table (it has 'Titel på forsøg')."""
    return isinstance(block, TableBlock) and any(
        row and _header_key(_split_label(row)[0]) == "title" for row in block.rows
    )


def _table_pieces(table: TableBlock, seen: int) -> list[tuple[int | None, str]]:
    """Return a table's text in pieces, each after the section heading that starts it, if any.

    A template laid out as a table ('1. Beskrivelse af forsøget | tekst', or a heading in a
    shaded one-cell box) starts its sections there: a row's first line is taken as a heading
    when it carries the section's number, the table has two such rows, or it is one cell.
    """
    heads: list[tuple[int, int]] = []  # (row, section)
    last = seen
    for number, row in enumerate(table.rows):
        cells = [cell for cell in row if cell.strip()]
        if cells and (index := heading_index(Paragraph(cells[0].split("\n")[0]), last)) is not None:
            heads.append((number, index))
            last = index
    one_cell = len(table.rows) == 1 and len(table.rows[0]) == 1
    numbered = {row for row, index in heads if _numbered_as(table.rows[row], index)}
    if not (len(heads) >= 2 or one_cell):
        heads = [(row, index) for row, index in heads if row in numbered]
    starts = dict(heads)
    pieces: list[tuple[int | None, list[str]]] = [(None, [])]
    for number, row in enumerate(table.rows):
        cells = [cell for cell in row if cell.strip()]
        if number in starts:
            rest = cells[0].partition("\n")[2]
            pieces.append((starts[number], [" | ".join(filter(None, [rest, *cells[1:]]))]))
        else:
            pieces[-1][1].append(" | ".join(cells))
    return [(index, "\n".join(filter(None, lines))) for index, lines in pieces]


def _numbered_as(row: tuple[str, ...], index: int) -> bool:
    """Return whether a row's first filled cell starts with the section's number ('3.', '3)')."""
    first = next((cell for cell in row if cell.strip()), "")
    return bool(re.match(rf"\s*(?:ad\s+)?{index + 1}\s*[.)]", first, re.I))


def _continues_run(run: list[TableBlock], table: TableBlock) -> bool:
    """Return whether a table continues a provision table cut by a page break."""
    if is_provision_header(table.rows[0]):
        return True
    width = max(len(row) for row in run[-1].rows)
    return max(len(row) for row in table.rows) == width and not _is_header_table(table)


def _trim_preamble(body: Sequence[Block], *, last: bool) -> list[Block]:
    """Drop the next application's preamble (title lines, page header) from a body's end."""
    blocks = list(body)
    if last:
        return [block for block in blocks if not isinstance(block, PageBreak)]
    breaks = [i for i, block in enumerate(blocks) if isinstance(block, PageBreak)]
    cut = len(blocks)
    if breaks:
        tail = blocks[breaks[-1] + 1 :]
        if all(isinstance(b, Paragraph) and heading_index(b, -1) is None for b in tail):
            cut = breaks[-1]
    while (
        cut
        and isinstance(previous := blocks[cut - 1], Paragraph)
        and _PREAMBLE.match(previous.text)
    ):
        cut -= 1
    return [block for block in blocks[:cut] if not isinstance(block, PageBreak)]
