"""Files written for the user get the permissions of the user's umask, like any program's."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from frikommune_desktop.model import Experiment, Participation
from frikommune_desktop.store import Store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")

ROUND = "2016-12-01"


def run_with_umask(umask: int, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the real command in a new process started with the given umask."""
    return subprocess.run(
        [sys.executable, "-m", "frikommune_desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
        umask=umask,
    )


def mode(path: Path) -> int:
    """Return a file's permission bits."""
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize(("umask", "expected"), [(0o022, 0o644), (0o002, 0o664)])
def test_every_file_written_for_the_user_follows_the_umask(
    tmp_path: Path, umask: int, expected: int
) -> None:
    """Network files, templates and every exported file get 0o666 less the umask."""
    demo, empty = tmp_path / "demo.fkdb", tmp_path / "tom.fkdb"
    out, orientation = tmp_path / "runde", tmp_path / "orientering"
    sheet = tmp_path / "roskilde.xlsx"
    for args in (
        ("demo", str(demo)),
        ("new", str(empty), "--network", "Tomt netværk"),
        ("template", str(sheet), "--network-file", str(demo), "--municipality", "265"),
        ("export", str(demo), "--round", ROUND, "--out", str(out), "--mark-submitted"),
    ):
        result = run_with_umask(umask, *args)
        assert result.returncode == 0, (args, result.stderr)

    with Store.open(demo) as store:
        building = store.records.all(Experiment, number=5)[0]
        store.records.add(Participation(experiment_id=building.id, municipality="751"))
    result = run_with_umask(
        umask,
        *("export", str(demo), "--round", ROUND, "--out", str(orientation)),
        "--changes-since-submission",
    )
    assert result.returncode == 0, result.stderr
    written = [demo, empty, sheet, *out.iterdir(), *orientation.iterdir()]
    assert len(written) == 3 + 5 + 2
    assert {path.name: mode(path) for path in written} == {path.name: expected for path in written}
