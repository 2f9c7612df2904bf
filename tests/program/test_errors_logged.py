"""Errors the core catches on purpose (a failed upgrade, a write-back that stopped, a refused
spreadsheet) are logged with their traceback, so a fault behind them can be found."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest
from sqlite_utils import Database, Migrations

from frikommune_desktop.db.migrations import MIGRATIONS
from frikommune_desktop.errors import FrikommuneError, InputRefusedError
from frikommune_desktop.program.logs import setup_logging
from frikommune_desktop.sheets.workbook import open_workbook
from frikommune_desktop.store import Store

PYTHON_TEXT = ("TypeError", "Traceback", "has no len", 'File "')


def _log_file(user_data: Path) -> Path:
    """Return where README says the log is: logs/frikommune.log in the user data folder."""
    return user_data / "logs" / "frikommune.log"


def _count_provisions(db: Database) -> None:
    """A migration with a fault in it."""
    db.execute("SELECT 1")
    len(5)  # type: ignore[arg-type]


def test_failed_migration_names_the_log_not_python(
    demo_path: Path, isolated_user_data: Path
) -> None:
    """A migration that fails on a fault: the refusal says where the details are and holds no
    Python text; the traceback is in the log."""
    future = Migrations("frikommune")
    future._migrations = list(MIGRATIONS._migrations)
    future(name="9999_future")(_count_provisions)
    with pytest.raises(FrikommuneError, match="mislykkedes") as caught:
        Store.open(demo_path, migrations=future)
    log = _log_file(isolated_user_data)
    assert f"Detaljerne er skrevet i logfilen: {log}" in str(caught.value)
    for python in PYTHON_TEXT:
        assert python not in str(caught.value)
    written = log.read_text(encoding="utf-8")
    assert "in _count_provisions" in written
    assert "TypeError: object of type 'int' has no len()" in written


def test_refused_damaged_spreadsheet_is_logged(tmp_path: Path, isolated_user_data: Path) -> None:
    """A workbook refused as damaged has the parser's error and traceback in the log, so a
    fault behind "damaged" can be found."""
    setup_logging()  # as the program does at start
    source = tmp_path / "kilde.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["Forsøg", "Deltager (Ja/Nej)"])
    workbook.save(source)
    damaged = tmp_path / "halv.xlsx"
    data = source.read_bytes()
    damaged.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputRefusedError):
        open_workbook(damaged)
    written = _log_file(isolated_user_data).read_text(encoding="utf-8")
    assert f"{damaged}: zipfile kunne ikke læse filen" in written
    assert "Traceback (most recent call last)" in written
    assert zipfile.BadZipFile.__name__ in written
