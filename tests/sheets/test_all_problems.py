"""One import run reports every problem in every row, sheet and file, and writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from frikommune_desktop.errors import InputRefusedError
from frikommune_desktop.sheets.importer import import_spreadsheets

from .broken_files import write_broken_sheets


def test_every_problem_in_every_file_is_reported_at_once(demo_path: Path, tmp_path: Path) -> None:
    """An unknown municipality does not hide the unknown law, bad date and bad values behind it,
    nor does one file hide the other's; the network file is left byte for byte as it was."""
    from frikommune_desktop.store import Store

    with Store.open(demo_path) as store:
        paths, places = write_broken_sheets(store, tmp_path)
    before = demo_path.read_bytes()
    with Store.open(demo_path) as store, pytest.raises(InputRefusedError) as caught:
        import_spreadsheets(store, paths)
    problems = caught.value.problems
    found = {(p.file, p.sheet, p.row, p.column) for p in problems if p.column}
    assert found == places
    missing_column = [p for p in problems if p.file == "aarhus.xlsx" and p.sheet == "Lovgrundlag"]
    assert any("'Lov' mangler" in p.expected for p in missing_column)
    unknown = next(p for p in problems if p.file == "roskilde.xlsx" and p.sheet == "Kommune")
    assert unknown.value == "Roskildeby" and "Ukendt kommune" in unknown.expected
    assert any(
        p.file == "roskilde.xlsx" and "når kommunen er rettet" in p.expected for p in problems
    )
    assert demo_path.read_bytes() == before
