"""The log file: unexpected errors land there with their traceback, the user reads one Danish
sentence naming it, and logging never stops the program."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from frikommune_desktop.cli import main as cli
from frikommune_desktop.program.logs import log_exception, user_message

PYTHON_TEXT = ("TypeError", "ValueError", "Traceback", "NoneType", "has no len", 'File "')


def _log_file(user_data: Path) -> Path:
    """Return where README says the log is: logs/frikommune.log in the user data folder."""
    return user_data / "logs" / "frikommune.log"


def _count_members(_args: argparse.Namespace) -> int:
    """A command with a fault in it: it asks the length of a number."""
    return len(5)  # type: ignore[arg-type]


def _assert_no_python_text(text: str) -> None:
    """Nothing of Python's own text: no exception class, message or traceback."""
    for python in PYTHON_TEXT:
        assert python not in text


def test_cli_fault_is_one_line_naming_the_log(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch, capsys, isolated_user_data: Path
) -> None:
    """An unexpected error in a command: exit 1, one line naming the log, the traceback in it."""
    monkeypatch.setitem(cli.HANDLERS, "dump", _count_members)
    assert cli.main(["dump", str(demo_path)]) == 1
    log = _log_file(isolated_user_data)
    err = capsys.readouterr().err
    assert err.splitlines() == [
        f"frikommune: uventet fejl: arbejdet blev afbrudt (detaljer i {log})"
    ]
    _assert_no_python_text(err)
    written = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in written
    assert "in _count_members" in written
    assert "TypeError: object of type 'int' has no len()" in written


def test_unwritable_log_folder_does_not_stop_the_program(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    """With no log folder to be had (the data folder is a file), the command still says its
    one line, that the log could not be written, and nothing else reaches stderr."""
    blocked = tmp_path / "ikke-en-mappe"
    blocked.write_text("en fil, hvor datamappen skulle være", encoding="utf-8")
    monkeypatch.setenv("FRIKOMMUNE_DATA_DIR", str(blocked))
    monkeypatch.setitem(cli.HANDLERS, "dump", _count_members)
    assert cli.main(["dump", str(demo_path)]) == 1
    err = capsys.readouterr().err
    log = blocked / "logs" / "frikommune.log"
    assert err.splitlines() == [
        f"frikommune: uventet fejl: arbejdet blev afbrudt (logfilen {log} kunne ikke skrives)"
    ]
    try:
        raise TypeError("ingen logfil")
    except TypeError as exc:
        assert log_exception(exc) is None
    assert "kunne ikke skrives" in user_message(None)
    _assert_no_python_text(capsys.readouterr().err)


def test_log_follows_the_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The log moves with FRIKOMMUNE_DATA_DIR, and comes back when the folder can be written."""
    first, second = tmp_path / "første", tmp_path / "anden"
    for folder, text in ((first, "første fejl"), (second, "anden fejl")):
        monkeypatch.setenv("FRIKOMMUNE_DATA_DIR", str(folder))
        try:
            raise ValueError(text)
        except ValueError as exc:
            assert log_exception(exc) == _log_file(folder)
    assert "anden fejl" not in _log_file(first).read_text(encoding="utf-8")
    assert "første fejl" not in _log_file(second).read_text(encoding="utf-8")


def test_setting_up_the_log_loads_nothing_before_the_first_record(tmp_path: Path) -> None:
    """The window's cold start pays nothing for the log: setting it up imports neither
    logging.handlers nor platformdirs, and makes no folder; the first record does."""
    script = (
        "import sys\n"
        "from frikommune_desktop.program.logs import log_exception, setup_logging\n"
        "setup_logging()\n"
        "print(sorted({'logging.handlers', 'platformdirs'} & set(sys.modules)))\n"
        "log_exception(ValueError('første'))\n"
        "print(sorted({'logging.handlers', 'platformdirs'} & set(sys.modules)))\n"
    )
    data = tmp_path / "data"
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        env={**os.environ, "FRIKOMMUNE_DATA_DIR": str(data)},
    )
    assert result.stdout.splitlines() == ["[]", "['logging.handlers', 'platformdirs']"]
    assert "første" in _log_file(data).read_text(encoding="utf-8")
