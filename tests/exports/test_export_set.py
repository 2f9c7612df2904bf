"""An export's files are replaced as a set: a failure or a kill never leaves a mixed set."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from frikommune_desktop.exports import files
from frikommune_desktop.exports.files import ExportError, clean_stale_stagings
from frikommune_desktop.exports.round_export import export_round
from frikommune_desktop.sharing.lockfile import hold_guard, this_host
from frikommune_desktop.store import Store
from tests.cli.test_cli import run_cli
from tests.conftest import dead_pid

ROUND = "2016-12-01"
SET = [
    "ansoegningspakke.pdf",
    "deltagertabel.pdf",
    "deltagertabel.xlsx",
    "foelgebrev.docx",
    "foelgebrev.pdf",
]
ROOT = Path(__file__).resolve().parents[2]


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Return every file in a folder by name: its bytes and modification time."""
    return {
        path.name: (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(folder.iterdir())
        if path.is_file()
    }


def leftovers(folder: Path) -> list[str]:
    """Return what an export may leave behind in a folder: staging folders and guards."""
    return sorted(path.name for path in folder.iterdir() if path.name.startswith(".eksport"))


def failing_rename(fail_at: int, calls: list[str]) -> Callable[[Path, Path], None]:
    """Return a rename that fails like a file open in another program on call `fail_at`."""
    real = os.replace

    def rename(source: Path, target: Path) -> None:
        calls.append(Path(target).name)
        if len(calls) - 1 == fail_at:
            raise PermissionError(errno.EACCES, "Permission denied", str(target))
        real(source, target)

    return rename


@pytest.fixture
def old_set(demo_store: Store, tmp_path: Path) -> Path:
    """A folder holding the demo round's exported set; the file then gets a new subject."""
    out = tmp_path / "eksport"
    export_round(demo_store, ROUND, out)
    demo_store.records.update_network(letter_subject="Et nyt emne, der ikke må nå frem")
    return out


@pytest.mark.parametrize("fail_at", range(len(SET)))
def test_failure_at_any_rename_leaves_the_old_set_whole(
    old_set: Path, demo_store: Store, monkeypatch: pytest.MonkeyPatch, fail_at: int
) -> None:
    """A rename failing at any point puts back every file replaced: the old set, byte for byte."""
    before = snapshot(old_set)
    calls: list[str] = []
    monkeypatch.setattr(files, "replace_file", failing_rename(fail_at, calls))
    with pytest.raises(ExportError) as caught:
        export_round(demo_store, ROUND, old_set, date="2016-12-02")
    assert calls[fail_at] == SET[fail_at]
    assert f"{SET[fail_at]} kan ikke overskrives" in str(caught.value)
    assert "De tidligere filer er ikke ændret." in str(caught.value)
    assert snapshot(old_set) == before
    assert sorted(before) == SET
    assert leftovers(old_set) == []


@pytest.mark.parametrize("fail_at", range(len(SET)))
def test_failure_at_any_rename_into_an_empty_folder_leaves_no_file(
    demo_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail_at: int
) -> None:
    """A first export failing at any rename leaves none of its files half a set."""
    out = tmp_path / "eksport"
    monkeypatch.setattr(files, "replace_file", failing_rename(fail_at, []))
    with pytest.raises(ExportError):
        export_round(demo_store, ROUND, out)
    assert list(out.iterdir()) == []


def test_a_failed_undo_is_finished_by_the_next_export(
    old_set: Path, demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When putting back fails too, the old files wait in the staging folder for the next run."""
    before = snapshot(old_set)
    calls: list[str] = []
    real = failing_rename(2, calls)

    def rename(source: Path, target: Path) -> None:
        if len(calls) == 3:  # the first file put back meets the same locked folder
            calls.append(Path(target).name)
            raise PermissionError(errno.EACCES, "Permission denied", str(target))
        real(source, target)

    monkeypatch.setattr(files, "replace_file", rename)
    with pytest.raises(ExportError, match="lægges tilbage ved næste eksport"):
        export_round(demo_store, ROUND, old_set, date="2016-12-02")
    assert len(leftovers(old_set)) == 1
    monkeypatch.setattr(files, "replace_file", os.replace)

    def broken(*args: object, **kwargs: object) -> None:
        raise ExportError("disk fuld")

    monkeypatch.setattr("frikommune_desktop.exports.round_export.write_letter_docx", broken)
    with pytest.raises(ExportError, match="disk fuld"):
        export_round(demo_store, ROUND, old_set, date="2016-12-03")
    assert snapshot(old_set) == before
    assert leftovers(old_set) == []


def _owned_staging(folder: Path, name: str, host: str, pid: int, age: float = 0.0) -> Path:
    """Make a staging folder as an export owned by host and pid would leave it."""
    staging = folder / f".eksport-{name}"
    (staging / "ny").mkdir(parents=True)
    (staging / "ny" / "foelgebrev.pdf").write_bytes(b"%PDF-")
    owner = staging / "ejer.json"
    owner.write_text(json.dumps({"host": host, "pid": pid}), encoding="utf-8")
    stamp = time.time() - age
    os.utime(owner, (stamp, stamp))
    return staging


def test_only_stale_staging_folders_are_cleaned(tmp_path: Path) -> None:
    """Dead or old exports' staging folders go; a running export's, here or elsewhere, stays."""
    with subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE
    ) as alive:
        dead = dead_pid()
        stagings = {
            "running-here": _owned_staging(tmp_path, "a", this_host(), alive.pid),
            "dead-here": _owned_staging(tmp_path, "b", this_host(), dead),
            "running-elsewhere": _owned_staging(tmp_path, "c", "randers-pc-17", 4242, age=60),
            "old-elsewhere": _owned_staging(tmp_path, "d", "randers-pc-17", 4242, age=7200),
        }
        old_version = tmp_path / ".eksport-k3j2h1g0"  # an older version's: files, no owner
        old_version.mkdir()
        (old_version / "foelgebrev.pdf").write_bytes(b"%PDF-")
        os.utime(old_version, (time.time() - 600, time.time() - 600))
        removed = clean_stale_stagings(tmp_path)
        alive.stdin.close()
    assert sorted(path.name for path in removed) == sorted(
        [stagings["dead-here"].name, stagings["old-elsewhere"].name, old_version.name]
    )
    assert stagings["running-here"].exists() and stagings["running-elsewhere"].exists()


_KILLED_EXPORT = """
import sys
from pathlib import Path
from frikommune_desktop.exports import files, round_export
from frikommune_desktop.store import Store

path, out, point = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
renamed = []

def pause(step):
    if step == point:
        print(step, flush=True)
        sys.stdin.read()

def rename(source, target):
    if Path(target).parent == out:
        pause(f"renaming {len(renamed)}")
        renamed.append(target)
    files.os.replace(source, target)

def remove(staging, real=files._remove_staging):
    pause("cleaning")
    return real(staging)

def write_docx(letter, target, real=round_export.write_letter_docx):
    pause("writing")
    return real(letter, target)

files.replace_file = rename
files._remove_staging = remove
round_export.write_letter_docx = write_docx
with Store.open(path, readonly=True) as store:
    round_export.export_round(store, "2016-12-01", out, date="2016-12-02")
print("done", flush=True)
"""


def kill_export_at(path: Path, out: Path, point: str) -> None:
    """Run an export in a real process and SIGKILL it when it reaches `point`."""
    process = subprocess.Popen(
        [sys.executable, "-c", _KILLED_EXPORT, str(path), str(out), point],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline().strip()
        assert line == point, process.communicate(timeout=60)
    finally:
        process.kill()
        process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL


@pytest.mark.slow
@pytest.mark.parametrize("point", ["writing", "renaming 0", "renaming 2", "renaming 4", "cleaning"])
def test_export_killed_at_any_point_leaves_a_whole_set_after_cleanup(
    demo_path: Path, tmp_path: Path, point: str
) -> None:
    """SIGKILL while writing or between any two renames: the next export puts the old set
    back (or, after the last rename, keeps the new one) and leaves no staging folder."""
    out = tmp_path / "eksport"
    assert run_cli("export", str(demo_path), "--round", ROUND, "--out", str(out)).returncode == 0
    before = snapshot(out)
    kill_export_at(demo_path, out, point)
    assert len([name for name in leftovers(out) if name != ".eksport.guard"]) == 1
    if point in ("writing", "renaming 0"):
        assert snapshot(out) == before  # nothing was replaced yet
    with hold_guard(out / files.SWAP_GUARD) as had:
        assert had
        assert len(clean_stale_stagings(out)) == 1
    after = snapshot(out)
    assert sorted(after) == SET
    if point == "cleaning":  # every new file was in place: the new set stays
        assert all(after[name][0] != before[name][0] for name in SET)
    else:
        assert after == before
    assert leftovers(out) == []


@pytest.mark.slow
def test_the_next_cli_export_cleans_up_after_a_killed_one(demo_path: Path, tmp_path: Path) -> None:
    """An export killed mid-swap leaves a staging folder; the next `frikommune export` removes
    it and writes the whole new set."""
    out = tmp_path / "eksport"
    assert run_cli("export", str(demo_path), "--round", ROUND, "--out", str(out)).returncode == 0
    kill_export_at(demo_path, out, "renaming 2")
    assert leftovers(out) != []
    result = run_cli(
        "export", str(demo_path), "--round", ROUND, "--out", str(out), "--date", "2016-12-05"
    )
    assert result.returncode == 0, result.stderr
    assert sorted(snapshot(out)) == SET
    assert leftovers(out) == []


def test_an_export_waits_for_another_swapping_into_the_same_folder(
    old_set: Path, demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While another export holds the folder's swap guard, an export does not swap in its set."""
    before = snapshot(old_set)
    monkeypatch.setattr(files, "SWAP_WAIT_SECONDS", 0.5)
    with hold_guard(old_set / files.SWAP_GUARD) as had:
        assert had
        with pytest.raises(ExportError, match="En anden eksport skriver i mappen"):
            export_round(demo_store, ROUND, old_set, date="2016-12-02")
    assert snapshot(old_set) == before
    assert leftovers(old_set) == []
