"""Reading the tables of provisions: "Lov | § | Paragraffens formål | Begrundelse for fritagelse".

A table split across pages arrives as several Word tables (often with the header repeated)
and a row cut in two ('LAB | §27 stk.' … '| 2 | …'); both are joined again. A row whose
"Lov" cell is empty continues the law of the row above. A "§" cell naming several provisions
('§85/§76/§52') gives one legal-basis row each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import InvalidValueError
from ..legal.law_names import LawNames
from ..legal.references import LegalReference, find_references, sentence_around
from ..program.resources import CatalogLaw
from ..sheets.normalise import LawMatcher
from .docx_reader import TableBlock, fold

_INCOMPLETE = re.compile(r"(?:\b(?:stk|nr|litra)\.?|[,/]|\bog)\s*$", re.IGNORECASE)


def is_provision_header(row: tuple[str, ...]) -> bool:
    """Return whether a table row is the header 'Lov | § | … formål | Begrundelse …'."""
    cells = [fold(cell) for cell in row]
    if len(cells) < 2 or cells[0] not in ("lov", "love", "lovgivning", "lov bekendtgørelse"):
        return False
    return cells[1] in ("§", "paragraf", "paragraffer", "bestemmelse") and any(
        "formål" in cell or "begrundelse" in cell for cell in cells[2:]
    )


@dataclass
class LegalRow:
    """One legal-basis row read from a table: law, provision, purpose and justification."""

    law: CatalogLaw
    reference: LegalReference
    purpose: str
    justification: str
    where: str


@dataclass
class FoundReference:
    """A reference found in the document, with the text it stood in and where that was."""

    reference: LegalReference
    text: str
    where: str
    in_table: bool = False

    @property
    def sentence(self) -> str:
        """Return the sentence of `text` that holds the reference."""
        return sentence_around(self.text, self.reference.start, self.reference.end)


@dataclass
class ProvisionTables:
    """What a run of provision tables held: rows, the references in them, what was not read."""

    rows: list[LegalRow] = field(default_factory=list)
    references: list[FoundReference] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


class ProvisionTableReader:
    """Reads provision tables into legal-basis rows, given the law catalog's names."""

    def __init__(self, names: LawNames) -> None:
        self.names = names
        self.matcher = LawMatcher(names.laws)
        self.by_key = {law.key: law for law in names.laws}

    def read(self, tables: list[TableBlock], where: str) -> ProvisionTables:
        """Read a run of tables (one table split across pages) into rows."""
        result = ProvisionTables()
        logical: list[list[str]] = []
        for table in tables:
            for row in table.rows:
                if is_provision_header(row):
                    continue
                cells = [*row, "", "", "", ""][:4]
                if logical and self._continues(logical[-1], cells):
                    previous = logical[-1]
                    previous[1] = f"{previous[1]} {cells[1]}".strip()
                    previous[2] = "\n".join(filter(None, (previous[2], cells[2])))
                    previous[3] = "\n".join(filter(None, (previous[3], cells[3])))
                elif any(cells):
                    logical.append(cells)
        law: CatalogLaw | None = None
        unknown = ""  # the "Lov" cell that named no catalog law, continued by the rows below
        for number, (law_cell, provision_cell, purpose, justification) in enumerate(logical, 1):
            spot = f"{where}, tabelrække {number}"
            if law_cell.strip(" *"):
                law = self._law(law_cell)
                unknown = "" if law is not None else law_cell
            if law is None:
                result.problems.append(
                    f"{spot}: {self._without_law(unknown, law_cell, provision_cell)}"
                )
                continue
            self._row(result, law, provision_cell, purpose, justification, spot)
        return result

    def _without_law(self, unknown: str, law_cell: str, provision_cell: str) -> str:
        """Return why a row without a known law is not read, its § cell checked all the same."""
        if not unknown:
            reason = "ingen lov angivet"
        elif law_cell.strip(" *"):
            reason = f"loven '{unknown}' findes ikke i lovkataloget"
        else:
            reason = f"loven '{unknown}' i rækken ovenfor findes ikke i lovkataloget"
        if self._provisions(provision_cell, None)[1]:
            return f"{reason}; rækken er ikke indlæst"
        shown = provision_cell.strip().replace("\n", " ") or "tom"
        return f"{reason}, og §-cellen ({shown}) nævner ingen bestemmelse; rækken er ikke indlæst"

    def _provisions(
        self, provision_cell: str, law_key: str | None
    ) -> tuple[str, list[LegalReference]]:
        """Return a § cell (with '§' put before a bare number) and the provisions it names."""
        cell = provision_cell.strip()
        references = find_references(cell, context_law=law_key, names=self.names)
        if not references and re.match(r"\(?\d", cell):  # '27, stk. 2' written without '§'
            cell = f"§ {cell}"
            references = find_references(cell, context_law=law_key, names=self.names)
        return cell, [ref for ref in references if ref.paragraph]

    def _continues(self, previous: list[str], cells: list[str]) -> bool:
        """Return whether a row is the rest of the row above, cut by a page break."""
        if cells[0].strip():
            return False
        if not cells[1].strip():
            return True
        return bool(_INCOMPLETE.search(previous[1])) and "§" not in cells[1]

    def _law(self, cell: str) -> CatalogLaw | None:
        """Return the catalog law a "Lov" cell names, by name, abbreviation or mention."""
        text = cell.strip(" *\n")
        try:
            return self.by_key[self.matcher.match(text)]
        except InvalidValueError:
            mentions = self.names.mentions(text)
            return mentions[0].law if mentions else None

    def _row(
        self,
        result: ProvisionTables,
        law: CatalogLaw,
        provision_cell: str,
        purpose: str,
        justification: str,
        spot: str,
    ) -> None:
        """Add the legal-basis rows one table row gives, and the references in its texts."""
        cell, statutory = self._provisions(provision_cell, law.key)
        if not statutory:
            shown = cell.replace("\n", " ") or "tom"
            result.problems.append(
                f"{spot}: §-cellen ({shown}) nævner ingen bestemmelse; rækken er ikke indlæst"
            )
        for reference in statutory:
            row_law = self.by_key.get(reference.law_id or "", law)
            result.rows.append(LegalRow(row_law, reference, purpose, justification, spot))
            result.references.append(FoundReference(reference, cell, spot, in_table=True))
        for text in (purpose, justification):
            for reference in find_references(text, context_law=law.key, names=self.names):
                result.references.append(FoundReference(reference, text, spot, in_table=True))
