"""One import run reports every problem in every row, sheet and file, and writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from frikommune_desktop.errors import InputRefusedError
from frikommune_desktop.sheets.importer import import_spreadsheets

from .broken_files import write_broken_sheets
from .conftest import PARTICIPATION_HEADER, TITLES, write_xlsx


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


def test_an_answer_without_ja_or_nej_is_refused(demo_store, sheet_file) -> None:
    """A row with a reservation but no Ja or Nej is a problem, not a participation."""
    path = sheet_file(participation=[[TITLES[3], None, "Med forbehold"]])
    with pytest.raises(InputRefusedError) as caught:
        import_spreadsheets(demo_store, [path])
    [problem] = caught.value.problems
    assert (problem.sheet, problem.row, problem.column) == ("Deltagelse", 2, "B")
    assert "Forventet Ja eller Nej" in problem.expected


def test_two_answers_for_one_experiment_are_reported_beside_a_bad_date(
    demo_store, sheet_file
) -> None:
    """A row answering an experiment a second time is reported even when the row has another
    problem too."""
    path = sheet_file(
        participation=[[TITLES[3], "Ja"], [TITLES[3], "Nej", None, None, "32.13.2017"]]
    )
    with pytest.raises(InputRefusedError) as caught:
        import_spreadsheets(demo_store, [path])
    places = {(p.row, p.column): p.expected for p in caught.value.problems}
    assert set(places) == {(3, "B"), (3, "E")}
    assert "ét svar pr. forsøg" in places[(3, "B")]


def test_every_sheet_over_the_limits_is_named_at_once(tmp_path: Path) -> None:
    """A workbook loaded whole (it has merged cells) with two sheets too long and too wide
    is refused naming every one, not only the first."""
    from frikommune_desktop.sheets.workbook import SheetLimits, open_workbook

    rows = [[f"{number}", "", "", "", ""] for number in range(6)]
    path = write_xlsx(
        tmp_path / "stort.xlsx",
        {"Kommune": [["Kommunekode", "Kommune"], [265, "Roskilde"]], "A": rows, "B": rows},
        merges={"Kommune": ["A3:B3"]},
    )
    with pytest.raises(InputRefusedError) as caught:
        open_workbook(path, SheetLimits(max_rows=5, max_columns=4), read_only=None)
    assert [problem.expected for problem in caught.value.problems] == [
        "Arket 'A' har 6 rækker; grænsen er 5.",
        "Arket 'A' har 5 kolonner; grænsen er 4.",
        "Arket 'B' har 6 rækker; grænsen er 5.",
        "Arket 'B' har 5 kolonner; grænsen er 4.",
    ]


def test_a_missing_kommune_sheet_and_a_headless_sheet_do_not_hide_the_rows(
    demo_store, sheet_file
) -> None:
    """Without a Kommune sheet, and with a sheet whose header is not found, the other sheets'
    rows are still checked; the report says what could not be checked and why."""
    path = sheet_file(
        raw={
            "Kontaktpersoner": [["Hvem", "Hvad"], ["Eva", "Noget"]],
            "Deltagelse": [PARTICIPATION_HEADER, [TITLES[3], "Måske"]],
        }
    )
    with pytest.raises(InputRefusedError) as caught:
        import_spreadsheets(demo_store, [path])
    problems = {(p.sheet, p.row, p.column): p.expected for p in caught.value.problems}
    assert set(problems) == {("", None, ""), ("Kontaktpersoner", None, ""), ("Deltagelse", 2, "B")}
    assert "Arket 'Kommune' mangler" in problems[("", None, "")]
    assert "når kommunen er rettet" in problems[("", None, "")]
    assert "Arkets rækker er derfor ikke kontrolleret." in problems[("Kontaktpersoner", None, "")]
