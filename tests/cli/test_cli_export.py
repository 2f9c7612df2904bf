"""The `export` command, run as a coordinator would run it."""

from __future__ import annotations

from pathlib import Path

from frikommune_desktop.model import Experiment, Participation, Round
from frikommune_desktop.store import Store

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
