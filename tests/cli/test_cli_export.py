"""The `export` command, run as a coordinator would run it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from frikommune_desktop.model import Experiment, Participation, Round
from frikommune_desktop.sharing.lockfile import lock_path, this_host
from frikommune_desktop.store import Store
from tests.conftest import dead_pid

from .test_cli import run_cli

FILES = [
    "ansoegningspakke.pdf",
    "deltagertabel.pdf",
    "deltagertabel.xlsx",
    "foelgebrev.docx",
    "foelgebrev.pdf",
]


def test_export_writes_the_round_and_lists_the_files(demo_path: Path, tmp_path: Path) -> None:
    """`export FILE --round D --out DIR` writes the five files and prints their paths."""
    out = tmp_path / "runde1"
    result = run_cli("export", str(demo_path), "--round", "2016-12-01", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == FILES
    assert result.stdout.splitlines()[0] == str(out / "ansoegningspakke.pdf")


def test_bad_round_and_empty_round_are_one_line_errors(demo_path: Path, tmp_path: Path) -> None:
    """An unknown deadline or a round without experiments: exit 1, one line, no traceback;
    a deadline that is no date is a usage error (exit 2) after the usage lines."""
    for deadline, expected in (
        ("2016-11-30", "ingen ansøgningsrunde med fristen 30-11-2016"),
        ("2017-05-01", "ingen ansøgninger"),
    ):
        result = run_cli("export", str(demo_path), "--round", deadline, "--out", str(tmp_path))
        assert result.returncode == 1
        assert expected in result.stderr and len(result.stderr.strip().splitlines()) == 1
        assert "Traceback" not in result.stderr
    result = run_cli("export", str(demo_path), "--round", "1-13-2016", "--out", str(tmp_path))
    assert result.returncode == 2
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("frikommune: fejl: argumentet --round: '1-13-2016'"), result.stderr
    assert "måned 13 findes ikke" in last and "Traceback" not in result.stderr
    assert not any(p.suffix == ".pdf" for p in tmp_path.rglob("*"))


def test_mark_submitted_then_orientation(demo_path: Path, tmp_path: Path) -> None:
    """--mark-submitted records the sending; a later join gives an orientation letter."""
    result = run_cli(
        "export",
        str(demo_path),
        "--round",
        "2016-12-01",
        "--out",
        str(tmp_path / "a"),
        "--mark-submitted",
    )
    assert result.returncode == 0, result.stderr
    assert "markeret som indsendt" in result.stdout
    nothing = run_cli(
        "export",
        str(demo_path),
        "--round",
        "2016-12-01",
        "--out",
        str(tmp_path / "b"),
        "--changes-since-submission",
    )
    assert nothing.returncode == 1 and "ikke ændret" in nothing.stderr
    with Store.open(demo_path) as store:
        sent = store.records.all(Round, deadline="2016-12-01")[0].submitted_at
        building = store.records.all(Experiment, number=5)[0]  # København and Roskilde only
        store.records.add(Participation(experiment_id=building.id, municipality="751"))  # Aarhus
    assert sent
    letter = run_cli(
        "export",
        str(demo_path),
        "--round",
        "2016-12-01",
        "--out",
        str(tmp_path / "c"),
        "--changes-since-submission",
    )
    assert letter.returncode == 0, letter.stderr
    assert sorted(p.name for p in (tmp_path / "c").iterdir()) == [
        "orientering.docx",
        "orientering.pdf",
    ]


def test_bad_letter_date_is_refused(demo_path: Path, tmp_path: Path) -> None:
    """--date must be an ISO date: a usage error (exit 2) saying the expected form."""
    result = run_cli(
        "export",
        str(demo_path),
        "--round",
        "2016-12-01",
        "--out",
        str(tmp_path),
        "--date",
        "1. dec",
    )
    last = result.stderr.strip().splitlines()[-1]
    assert result.returncode == 2 and last.startswith("frikommune: fejl: argumentet --date:")
    assert "Årstallet mangler" in last


#: Wrong arguments to `export --mark-submitted`: (round, whether --out names a file, error).
WRONG_ARGUMENTS = {
    "unknown round": ("2016-11-30", False, "ingen ansøgningsrunde med fristen 30-11-2016"),
    "round without applications": ("2017-05-01", False, "ingen ansøgninger"),
    "out is a file": ("2016-12-01", True, "der findes en fil med det navn"),
}


@pytest.mark.parametrize("case", WRONG_ARGUMENTS)
def test_mark_submitted_with_wrong_arguments_leaves_the_file_and_its_lock_alone(
    demo_path: Path, tmp_path: Path, case: str
) -> None:
    """--mark-submitted with a wrong round (or --out) gives its one Danish line before the
    file is opened for writing: the file's mtime and a lock file left by a killed process stay
    as they were (taking the lock would have cleared it), and nothing is written."""
    deadline, out_is_file, expected = WRONG_ARGUMENTS[case]
    stale = {"user": "anne", "host": this_host(), "pid": dead_pid(), "since": "2016-11-01T09:00:00"}
    lock = lock_path(demo_path)
    lock.write_text(json.dumps(stale), encoding="utf-8")
    out = tmp_path / "ud"
    if out_is_file:
        out.write_text("ikke en mappe", encoding="utf-8")
    before = (demo_path.stat().st_mtime_ns, lock.read_bytes(), lock.stat().st_mtime_ns)
    result = run_cli(
        "export", str(demo_path), "--round", deadline, "--out", str(out), "--mark-submitted"
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0], result.stderr
    assert lock.exists(), "the lock file of the killed process was cleared: the lock was taken"
    assert (demo_path.stat().st_mtime_ns, lock.read_bytes(), lock.stat().st_mtime_ns) == before
    assert out.is_file() if out_is_file else not out.exists()
