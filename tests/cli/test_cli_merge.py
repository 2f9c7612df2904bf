"""`frikommune merge`, run as a coordinator would run it on two copies of one file."""

from __future__ import annotations

import shutil
from pathlib import Path

from frikommune_desktop.model import Experiment
from frikommune_desktop.store import Store

from ..sharing.test_recovery import digest, held_by_another_process
from .test_cli import run_cli


def _two_copies(demo_path: Path, tmp_path: Path) -> tuple[Path, Path, str, str]:
    """Ours retitles application 2; theirs retitles it too and writes goals into 3."""
    other = tmp_path / "Netværk-LAPTOP7.fkdb"
    shutil.copyfile(demo_path, other)
    with Store.open(demo_path) as ours:
        second, third = sorted(ours.records.all(Experiment), key=lambda e: e.number or 0)[1:3]
        ours.records.update(Experiment, second.id, title="Titel her")
    with Store.open(other) as theirs:
        theirs.records.update(Experiment, second.id, title="Titel der")
        theirs.records.update(Experiment, third.id, goals="Mål skrevet der")
    return demo_path, other, second.id, third.id


def test_merge_reports_changes_and_conflicts_and_keeps_ours(
    demo_path: Path, tmp_path: Path
) -> None:
    """Changes arrive, the conflict is printed with both values, FILE's value stays."""
    ours, other, second, third = _two_copies(demo_path, tmp_path)
    result = run_cli("merge", str(ours), str(other))
    assert result.returncode == 0, result.stderr
    assert "ændres: Forsøg «Midlertidig lejekontrakt» (mål → «Mål skrevet der»)" in result.stdout
    assert (
        "KONFLIKT: Forsøg «Titel her», titel: her «Titel her»" in result.stdout
        and "«Titel der»" in result.stdout
        and "denne fils udgave beholdes" in result.stdout
    )
    assert "1 ændres" in result.stdout and "1 konflikter" in result.stdout
    assert "sikkerhedskopi" in result.stdout and other.exists()
    with Store.open(ours, readonly=True) as merged:
        assert merged.records.get(Experiment, second).title == "Titel her"
        assert merged.records.get(Experiment, third).goals == "Mål skrevet der"


def test_merge_dry_run_changes_nothing(demo_path: Path, tmp_path: Path) -> None:
    """--dry-run prints the same report and leaves FILE's bytes alone."""
    ours, other, _second, _third = _two_copies(demo_path, tmp_path)
    before = digest(ours)
    result = run_cli("merge", str(ours), str(other), "--dry-run")
    assert result.returncode == 0 and "Intet er gemt" in result.stdout
    assert "KONFLIKT" in result.stdout
    assert digest(ours) == before


def test_merge_into_a_held_file_exits_3_naming_the_holder(demo_path: Path, tmp_path: Path) -> None:
    """A write command on a file another live process holds refuses with exit code 3."""
    ours, other, _second, _third = _two_copies(demo_path, tmp_path)
    before = digest(ours)
    with held_by_another_process(ours, user="Christine"):
        result = run_cli("merge", str(ours), str(other))
    assert result.returncode == 3
    assert "Christine" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert digest(ours) == before


def test_merge_with_a_missing_copy_is_one_line(demo_path: Path, tmp_path: Path) -> None:
    """A mistyped OTHER gives one clear line, exit 1."""
    result = run_cli("merge", str(demo_path), str(tmp_path / "findes-ikke.fkdb"))
    assert result.returncode == 1 and "findes-ikke.fkdb" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_unlock_breaks_an_old_foreign_lock_after_asking(demo_path: Path) -> None:
    """`unlock` asks first; 'j' breaks another machine's old lock; a young one is refused."""
    import datetime as dt
    import json

    from frikommune_desktop.sharing.lockfile import lock_log_path, lock_path

    def foreign(minutes: float) -> None:
        seen = (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=minutes)).isoformat()
        lock_path(demo_path).write_text(
            json.dumps(
                {
                    "user": "Sanne",
                    "host": "ANDEN-PC",
                    "pid": 7,
                    "since": seen,
                    "token": "x",
                    "refreshed": seen,
                }
            ),
            encoding="utf-8",
        )

    foreign(5)
    young = run_cli("unlock", str(demo_path), "--yes")
    assert young.returncode == 3 and "kan kun brydes" in young.stderr
    foreign(60)
    declined = run_cli("unlock", str(demo_path), input_text="n\n")
    assert declined.returncode == 1 and lock_path(demo_path).exists()
    done = run_cli("unlock", str(demo_path), input_text="j\n")
    assert done.returncode == 0 and "Sanne på ANDEN-PC" in done.stdout
    assert not lock_path(demo_path).exists() and lock_log_path(demo_path).exists()
