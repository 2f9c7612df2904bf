"""A sheet's `<dimension>` tag may lie: every row and column that is there is read anyway."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from frikommune_desktop.errors import InputRefusedError
from frikommune_desktop.model import LegalBasis
from frikommune_desktop.sheets.importer import Action, import_spreadsheets
from frikommune_desktop.sheets.reader import read_workbook
from frikommune_desktop.sheets.template import write_template
from frikommune_desktop.sheets.workbook import SheetLimits
from frikommune_desktop.store import Store

from ..cli.test_cli import run_cli
from .conftest import TITLES, experiment_id

ROWS = 10
LEGAL_SHEET = "Lovgrundlag"


def _ten_legal_rows(template: Path, merged: bool = False) -> Path:
    """Replace the template's Lovgrundlag rows with ten new provisions, as a municipality would."""
    workbook = openpyxl.load_workbook(template)
    sheet = workbook[LEGAL_SHEET]
    sheet.delete_rows(2, sheet.max_row)
    for number in range(ROWS):
        sheet.append(
            [
                TITLES[3],
                "serviceloven",
                f"§ {120 + number}",
                f"Formål {number}",
                f"Begrundelse {number}",
                "Fritagelse",
            ]
        )
    if merged:  # a merged cell makes the reader load the workbook whole, not read-only
        sheet.merge_cells(f"A2:A{ROWS + 1}")
    workbook.save(template)
    return template


def _with_dimension(path: Path, sheet_title: str, ref: str | None) -> Path:
    """Rewrite a sheet's <dimension> tag inside the zip (None: remove it), as some programs do."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    titles = openpyxl.load_workbook(path, read_only=True).sheetnames
    member = f"xl/worksheets/sheet{titles.index(sheet_title) + 1}.xml"
    tag = b"" if ref is None else f'<dimension ref="{ref}"/>'.encode()
    parts[member], count = re.subn(rb"<dimension [^>]*/>", tag, parts[member])
    assert count == 1, member
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def _template(store: Store, path: Path) -> Path:
    """Write Roskilde's prefilled template for the demo network."""
    write_template(path, store, municipality="265")
    return path


def test_cli_import_of_a_sheet_with_a_too_small_dimension_adds_every_row(
    demo_path: Path, tmp_path: Path
) -> None:
    """Ten Lovgrundlag rows under a dimension of A1:F3: the import adds all ten, not two."""
    sheet = tmp_path / "roskilde.xlsx"
    made = run_cli(
        "template", str(sheet), "--network-file", str(demo_path), "--municipality", "265"
    )
    assert made.returncode == 0, made.stderr
    _with_dimension(_ten_legal_rows(sheet), LEGAL_SHEET, "A1:F3")
    result = run_cli("import", str(demo_path), str(sheet))
    assert result.returncode == 0, result.stderr
    assert f"{ROWS} tilføjes" in result.stdout
    with Store.open(demo_path, readonly=True) as store:
        stored = store.records.all(LegalBasis, experiment_id=experiment_id(store, 3))
    assert {f"Formål {number}" for number in range(ROWS)} <= {basis.purpose for basis in stored}


@pytest.mark.parametrize(
    "ref",
    ["A1:F3", "A1:B11", "C5:F11", "A1:F30000", "A1:BZ11", None],
    ids=["too-few-rows", "too-few-columns", "offset", "too-large", "too-wide", "missing"],
)
@pytest.mark.parametrize("merged", [False, True], ids=["read-only", "loaded-whole"])
def test_import_reads_every_row_and_column_whatever_the_dimension_says(
    demo_store: Store, tmp_path: Path, ref: str | None, merged: bool
) -> None:
    """A wrong, too large or missing dimension neither drops nor refuses the ten rows."""
    path = _template(demo_store, tmp_path / "roskilde.xlsx")
    _with_dimension(_ten_legal_rows(path, merged), LEGAL_SHEET, ref)
    result = import_spreadsheets(demo_store, [path])
    assert result.count(Action.ADD) == ROWS
    stored = demo_store.records.all(LegalBasis, experiment_id=experiment_id(demo_store, 3))
    read = {(basis.paragraph, basis.purpose, basis.justification) for basis in stored}
    wanted = {(str(120 + n), f"Formål {n}", f"Begrundelse {n}") for n in range(ROWS)}
    assert wanted <= read


def test_column_limit_holds_when_the_dimension_hides_a_wide_row(
    demo_store: Store, tmp_path: Path
) -> None:
    """A value beyond the column limit is refused even under a dimension that hides it."""
    path = _template(demo_store, tmp_path / "bred.xlsx")
    workbook = openpyxl.load_workbook(path)
    workbook[LEGAL_SHEET].cell(2, 12, "langt ude")
    workbook.save(path)
    _with_dimension(path, LEGAL_SHEET, "A1:F3")
    with pytest.raises(InputRefusedError) as caught:
        read_workbook(path, SheetLimits(max_columns=10))
    [problem] = caught.value.problems
    assert problem.sheet == LEGAL_SHEET
    assert problem.expected == "Arket har mere end 10 kolonner; grænsen er 10."


def test_row_limit_holds_when_the_dimension_hides_the_rows(
    demo_store: Store, tmp_path: Path
) -> None:
    """Rows beyond the row limit are refused even under a dimension that claims three."""
    path = _template(demo_store, tmp_path / "lang.xlsx")
    _with_dimension(_ten_legal_rows(path), LEGAL_SHEET, "A1:F3")
    with pytest.raises(InputRefusedError) as caught:
        read_workbook(path, SheetLimits(max_rows=8))
    assert any(
        problem.sheet == LEGAL_SHEET and "mere end 8 rækker" in problem.expected
        for problem in caught.value.problems
    )
