"""The command line's usage errors and help are Danish: argparse's English never shows."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from frikommune_desktop.cli.arguments import parse_arguments
from frikommune_desktop.cli.main import HANDLERS, main

#: argparse's English vocabulary (its messages, section titles and help of -h/--version).
ENGLISH = (
    "usage:",
    "error:",
    "invalid choice",
    "choose from",
    "maybe you meant",
    "the following arguments are required",
    "unrecognized arguments",
    "show this help message",
    "version number",
    "positional arguments",
    "options",
    "expected one argument",
    "expected at",
    "not allowed with argument",
    "one of the arguments",
    "ambiguous option",
    "ignored explicit argument",
    "invalid float value",
    "argument ",
)


def assert_danish(text: str) -> None:
    """Fail if any of argparse's English words or phrases appear in the text."""
    found = [word for word in ENGLISH if re.search(rf"\b{re.escape(word)}", text, re.I)]
    assert not found, f"engelsk fra argparse {found} i:\n{text}"


def usage_error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    """Run a wrong invocation; check exit 2, nothing on stdout, the usage lines and one Danish
    error line last on stderr; return that error line."""
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert_danish(err)
    lines = err.rstrip("\n").splitlines()
    errors = [line for line in lines if line.startswith("frikommune: fejl: ")]
    assert errors == [lines[-1]], err
    assert lines[0].startswith("brug: frikommune"), err
    assert all(line.startswith(" ") for line in lines[1:-1]), err
    return lines[-1]


def test_unknown_command_is_a_danish_usage_error(capsys) -> None:
    """An unknown command names the command and the valid ones in Danish, exit 2."""
    line = usage_error(["bogus"], capsys)
    assert "'bogus'" in line and "'export'" in line and "ugyldigt valg" in line


def test_unknown_command_from_the_real_program_is_danish() -> None:
    """The installed command itself (a new process) answers an unknown command in Danish."""
    result = subprocess.run(
        [sys.executable, "-m", "frikommune_desktop", "bogus"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert_danish(result.stderr)
    assert result.stderr.splitlines()[-1].startswith("frikommune: fejl: ")
    assert "Traceback" not in result.stderr


def test_missing_arguments_are_named_in_danish(capsys) -> None:
    """A missing positional and a missing required option are both named, in Danish."""
    line = usage_error(["new"], capsys)
    assert "mangler" in line and "STI" in line and "--network" in line
    line = usage_error(["new", "ny.fkdb"], capsys)
    assert "mangler" in line and "--network" in line


def test_unknown_option_is_a_danish_usage_error(capsys) -> None:
    """An option no command has is named as unknown, in Danish."""
    line = usage_error(["check", "--bogus", "x.fkdb"], capsys)
    assert "ukendt" in line and "--bogus" in line


def test_extra_argument_is_a_danish_usage_error(capsys) -> None:
    """A positional argument too many is named, in Danish."""
    line = usage_error(["check", "x.fkdb", "y.fkdb"], capsys)
    assert "ukendt" in line and "y.fkdb" in line


def test_option_without_its_value_is_a_danish_usage_error(capsys) -> None:
    """An option given without its value says it needs one, in Danish."""
    line = usage_error(["export", "x.fkdb", "--out", "ud", "--round"], capsys)
    assert "--round" in line and "kræver én værdi" in line


@pytest.mark.parametrize("option", ["--round", "--date"])
@pytest.mark.parametrize("value", ["2016-13-45", "1. december", "i morgen"])
def test_invalid_date_is_a_danish_usage_error(option: str, value: str, tmp_path, capsys) -> None:
    """A date that cannot be read is refused with its reason before any file is touched."""
    argv = ["export", str(tmp_path / "x.fkdb"), "--round", "2016-12-01", "--out", "ud"]
    argv += [option, value]
    line = usage_error(argv, capsys)
    assert option in line and f"'{value}' er ikke en dato" in line and "2016-12-01" in line
    assert not (tmp_path / "ud").exists()


@pytest.mark.parametrize("value", ["1.12.2016", "1/12-2016", "01-12-16", "1. december 2016"])
def test_dates_are_read_in_the_danish_forms(value: str) -> None:
    """--round and --date take a date as Danes write it, read by the one date parser."""
    args = parse_arguments(["export", "x.fkdb", "--round", value, "--out", "ud", "--date", value])
    assert (args.round, args.date) == ("2016-12-01", "2016-12-01")


def test_minutes_that_are_no_number_is_a_danish_usage_error(capsys) -> None:
    """--older-than with a word instead of a number says a number was expected."""
    line = usage_error(["unlock", "x.fkdb", "--older-than", "lidt"], capsys)
    assert "--older-than" in line and "'lidt'" in line and "tal" in line


def test_minutes_take_a_decimal_comma() -> None:
    """--older-than 1,5 is read as one and a half minutes (the Danish way to write it)."""
    args = parse_arguments(["unlock", "x.fkdb", "--older-than", "1,5"])
    assert args.older_than == 1.5


def test_option_with_a_value_it_does_not_take_is_a_danish_usage_error(capsys) -> None:
    """--force=ja (a switch given a value) is a Danish usage error."""
    line = usage_error(["demo", "x.fkdb", "--force=ja"], capsys)
    assert "--force" in line and "'ja'" in line


@pytest.mark.parametrize("command", [None, *HANDLERS])
def test_help_is_danish(command: str | None, capsys) -> None:
    """--help of the program and of every command is Danish, argparse's parts included."""
    argv = ["--help"] if command is None else [command, "--help"]
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert_danish(out)
    assert out.startswith(f"brug: frikommune{'' if command is None else ' ' + command}")
    assert "tilvalg:" in out and "-h, --help" in out and "vis denne hjælp og afslut" in out


def test_main_help_lists_the_commands_and_version_in_danish(capsys) -> None:
    """The program's --help shows the commands and a Danish line for --version."""
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "positionelle argumenter:" in out and "KOMMANDO" in out
    assert "--version" in out and "vis programmets versionsnummer og afslut" in out
