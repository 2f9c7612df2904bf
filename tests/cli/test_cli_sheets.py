"""The `template` and `import` commands, run as a coordinator would run them."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from frikommune_desktop.model import Participation
from frikommune_desktop.store import Store

from ..sheets.broken_files import write_broken_sheets
from .test_cli import run_cli


def _fill(template: Path, rows: dict[int, list[object]]) -> Path:
    """Fill rows of the Deltagelse sheet of a written template, as a municipality would."""
    workbook = openpyxl.load_workbook(template)
    sheet = workbook["Deltagelse"]
    for number, row in rows.items():
        for column, value in enumerate(row, start=1):
            sheet.cell(number, column, value)
    workbook.save(template)
    return template


def test_template_then_import_then_import_again(demo_path: Path, tmp_path: Path) -> None:
    """A prefilled template, filled in and imported, is stored once; a second run changes
    nothing; --dry-run writes nothing."""
    sheet = tmp_path / "roskilde.xlsx"
    result = run_cli(
        "template", str(sheet), "--network-file", str(demo_path), "--municipality", "265"
    )
    assert result.returncode == 0, result.stderr
    _fill(sheet, {3: ["Afprøvning af midlertidige boligløsninger", "Ja", "Med forbehold"]})
    dry = run_cli("import", str(demo_path), str(sheet), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "tilføjes: Deltagelse: Roskilde" in dry.stdout and "Intet er gemt" in dry.stdout
    with Store.open(demo_path, readonly=True) as store:
        before = len(store.records.all(Participation))
    done = run_cli("import", str(demo_path), str(sheet))
    assert done.returncode == 0 and "Gemt i én transaktion" in done.stdout
    again = run_cli("import", str(demo_path), str(sheet))
    assert "0 tilføjes, 0 ændres, 0 fjernes" in again.stdout
    with Store.open(demo_path, readonly=True) as store:
        assert len(store.records.all(Participation)) == before + 1


def test_refused_import_exits_2_with_the_whole_report(demo_path: Path, tmp_path: Path) -> None:
    """A bad spreadsheet exits 2 and prints every problem with its place; no traceback."""
    sheet = tmp_path / "roskilde.xlsx"
    run_cli("template", str(sheet), "--network-file", str(demo_path), "--municipality", "265")
    _fill(
        sheet,
        {2: ["Ukendt forsøg om noget helt andet", "Ja"], 3: ["Midlertidig lejekontrakt", "Måske"]},
    )
    result = run_cli("import", str(demo_path), str(sheet))
    assert result.returncode == 2
    assert "Intet er indlæst: 2 fejl." in result.stderr
    assert "roskilde.xlsx, ark Deltagelse, række 2, kolonne A" in result.stderr
    assert "række 3, kolonne B: 'Måske' — Forventet Ja eller Nej." in result.stderr
    assert "Traceback" not in result.stderr


def test_a_csv_renamed_to_xlsx_is_refused(demo_path: Path, tmp_path: Path) -> None:
    """A CSV file with an .xlsx name is refused with what it is and what is expected."""
    fake = tmp_path / "kommune.xlsx"
    fake.write_text("Navn;Telefon\nEva;41855061\n", encoding="utf-8")
    result = run_cli("import", str(demo_path), str(fake))
    assert result.returncode == 2
    assert "CSV" in result.stderr and ".xlsx" in result.stderr


def test_dry_run_names_the_sheet_of_a_new_member(demo_path: Path, tmp_path: Path) -> None:
    """A spreadsheet from a municipality not yet a member names its sheet by title."""
    sheet = tmp_path / "frederiksberg.xlsx"
    result = run_cli(
        "template", str(sheet), "--network-file", str(demo_path), "--municipality", "147"
    )
    assert result.returncode == 0, result.stderr
    dry = run_cli("import", str(demo_path), str(sheet), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    [line] = [line for line in dry.stdout.splitlines() if "bliver medlem af netværket" in line]
    assert line.endswith("— frederiksberg.xlsx, Kommune, række 2")
    assert "SheetData(" not in dry.stdout


def test_every_problem_of_every_file_is_one_line(demo_path: Path, tmp_path: Path) -> None:
    """Two broken templates exit 2 with every problem on its own line (file, sheet, row,
    column), and the network file is left byte for byte as it was."""
    with Store.open(demo_path) as store:
        paths, places = write_broken_sheets(store, tmp_path)
    before = demo_path.read_bytes()
    result = run_cli("import", str(demo_path), *map(str, paths))
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    for file, sheet, row, column in places:
        where = f"{file}, ark {sheet}, række {row}, kolonne {column}"
        assert sum(line.startswith(where) for line in lines) == 1, where
    assert "aarhus.xlsx, ark Lovgrundlag, række 1 — Kolonnen 'Lov' mangler" in result.stderr
    assert f"Intet er indlæst: {len(places) + 1} fejl." in result.stderr
    assert "Traceback" not in result.stderr
    assert demo_path.read_bytes() == before


def test_shared_changes_are_skipped_by_default_and_stored_with_shared_sheet(
    demo_path: Path, tmp_path: Path
) -> None:
    """`import` lists a sheet's changes to a shared provision apart, old and new in full; by
    default they are skipped (the network's text stays), with --shared sheet they are stored."""
    from ..sheets.conftest import KOMMUNE_HEADER, LEGAL_HEADER, TITLES, write_xlsx
    from ..sheets.test_shared_changes import NEW_JUSTIFICATION, NEW_PURPOSE, shared_basis

    sheet = write_xlsx(
        tmp_path / "randers.xlsx",
        {
            "Kommune": [KOMMUNE_HEADER, [730, "Randers"]],
            "Lovgrundlag": [
                LEGAL_HEADER,
                [TITLES[3], "ABL", "§ 105", NEW_PURPOSE, NEW_JUSTIFICATION, "Ny hjemmel"],
            ],
        },
    )
    with Store.open(demo_path, readonly=True) as store:
        before = shared_basis(store)
    skipped = run_cli("import", str(demo_path), str(sheet))
    assert skipped.returncode == 0, skipped.stderr
    out = skipped.stdout
    assert "fælles tekst: Lovgrundlag: almenboligloven § 105" in out
    assert "sprunget over (netværkets tekst beholdes; --shared sheet" in out
    assert out.count("springes over: Lovgrundlag: almenboligloven § 105") == 3
    assert before.justification in out and NEW_JUSTIFICATION in out
    assert "Anden linje af formålet." in out  # the whole text, its second line too
    assert "3 ændringer af netværkets fælles tekst" in out and "Intet er gemt." in out
    with Store.open(demo_path, readonly=True) as store:
        assert shared_basis(store).purpose == before.purpose
    dry = run_cli("import", str(demo_path), str(sheet), "--shared", "sheet", "--dry-run")
    assert dry.stdout.count("ville ændres: Lovgrundlag") == 3 and "Intet er gemt" in dry.stdout
    stored = run_cli("import", str(demo_path), str(sheet), "--shared", "sheet")
    assert stored.returncode == 0, stored.stderr
    assert stored.stdout.count("ændret: Lovgrundlag") == 3
    assert "Gemt i én transaktion." in stored.stdout
    with Store.open(demo_path, readonly=True) as store:
        basis = shared_basis(store)
    assert (basis.purpose, basis.justification) == (NEW_PURPOSE, NEW_JUSTIFICATION)


def test_shared_flag_takes_only_network_or_sheet(demo_path: Path, tmp_path: Path) -> None:
    """--shared with another word is a Danish usage error naming the two choices."""
    result = run_cli("import", str(demo_path), str(tmp_path / "x.xlsx"), "--shared", "both")
    assert result.returncode == 2
    assert "'network'" in result.stderr and "'sheet'" in result.stderr
    assert "invalid choice" not in result.stderr
