"""The `frikommune` command line: exact commands, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from frikommune_desktop import __version__
from frikommune_desktop.cli.main import main
from frikommune_desktop.db.migrations import schema_version


def run_cli(*args: str, input_text: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real command in a new process, as a coordinator would (typing `input_text`)."""
    return subprocess.run(
        [sys.executable, "-m", "frikommune_desktop", *args],
        capture_output=True,
        text=True,
        timeout=60,
        input=input_text,
    )


def test_version() -> None:
    """--version prints the program's version."""
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"frikommune {__version__}"


def test_demo_then_dump_shows_the_five_applications(tmp_path: Path) -> None:
    """`demo` writes the demo file and `dump` prints its whole content as JSON."""
    path = tmp_path / "demo.fkdb"
    result = run_cli("demo", str(path))
    assert result.returncode == 0, result.stderr
    assert "5 forsøg" in result.stdout
    dumped = run_cli("dump", str(path))
    assert dumped.returncode == 0, dumped.stderr
    data = json.loads(dumped.stdout)
    assert data["schema_version"] == schema_version()
    assert {"network", "municipalities", "contacts", "rounds", "experiments"} <= set(data)
    assert len(data["municipalities"]) == 98
    first = data["experiments"][0]
    assert first["title"] == "Afprøvning af midlertidige huslejetilskud"
    assert {"kommunekode", "name", "reservation", "approval"} <= set(first["participants"][0])
    assert {"law", "law_title", "provision", "purpose", "justification", "request"} <= set(
        first["legal_basis"][0]
    )


def test_demo_refuses_overwrite_without_force(tmp_path: Path, capsys) -> None:
    """`demo` on an existing file exits non-zero with one line, unless --force is given."""
    path = tmp_path / "demo.fkdb"
    assert main(["demo", str(path)]) == 0
    assert main(["demo", str(path)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "findes allerede" in err[0] and "--force" in err[0]
    assert main(["demo", str(path), "--force"]) == 0


def test_new_creates_an_empty_network(tmp_path: Path, capsys) -> None:
    """`new PATH --network NAME` writes an empty network file with that name."""
    path = tmp_path / "ny.fkdb"
    assert main(["new", str(path), "--network", "Én plan for en sammenhængende indsats"]) == 0
    capsys.readouterr()
    assert main(["dump", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["network"]["name"] == "Én plan for en sammenhængende indsats"
    assert data["experiments"] == []


def test_check_reports_a_healthy_file(tmp_path: Path, capsys) -> None:
    """`check` prints version, integrity, counts and lock holder, and exits 0 when healthy."""
    path = tmp_path / "demo.fkdb"
    main(["demo", str(path)])
    capsys.readouterr()
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"Filformat: {schema_version()}" in out and "Integritet: ok" in out
    assert "experiments=5" in out and "Låst af: ingen" in out and "Status: sund" in out


def test_check_names_the_lock_holder(tmp_path: Path, capsys) -> None:
    """`check` on a file someone holds names them."""
    from frikommune_desktop.store import Store

    path = tmp_path / "demo.fkdb"
    main(["demo", str(path)])
    with Store.open(path, user="Christine"):
        capsys.readouterr()
        assert main(["check", str(path)]) == 0
        assert "Låst af: Christine" in capsys.readouterr().out


@pytest.mark.parametrize("content", [b"", b"not a database at all" * 100])
def test_check_fails_on_a_non_network_file(tmp_path: Path, content: bytes) -> None:
    """`check` exits 1 on an empty or non-SQLite file and prints no traceback."""
    path = tmp_path / "x.fkdb"
    path.write_bytes(content)
    result = run_cli("check", str(path))
    assert result.returncode == 1
    assert "Status: IKKE sund" in result.stdout
    assert "Integritet: ok" not in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_check_fails_on_a_damaged_file(damaged_path: Path) -> None:
    """`check` reports integrity damage, exits 1, and leaves the file as it was."""
    before = damaged_path.read_bytes()
    result = run_cli("check", str(damaged_path))
    assert result.returncode == 1
    assert "Status: IKKE sund" in result.stdout and "Integritet: ok" not in result.stdout
    assert "beskadiget" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    assert damaged_path.read_bytes() == before


def test_errors_are_one_line_without_traceback(tmp_path: Path, foreign_sqlite_file) -> None:
    """A failing command prints one clear line on stderr and exits non-zero."""
    for args in (["dump", str(tmp_path / "mangler.fkdb")], ["dump", str(foreign_sqlite_file)]):
        result = run_cli(*args)
        assert result.returncode == 1
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("frikommune: fejl: "), result.stderr
        assert "Traceback" not in result.stderr


def test_usage_error_exits_2(capsys) -> None:
    """An unknown command prints usage on stderr and exits 2."""
    assert main(["bogus"]) == 2
    assert "brug: frikommune" in capsys.readouterr().err
