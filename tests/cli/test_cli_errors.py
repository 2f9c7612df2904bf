"""The command line's error rules on odd files and a hostile system: one Danish line, the
README's exit code, the file untouched."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlite_utils import Migrations

from frikommune_desktop.cli.main import main
from frikommune_desktop.db.backups import list_backups
from frikommune_desktop.db.migrations import MIGRATIONS
from frikommune_desktop.model import Experiment, Network
from frikommune_desktop.sharing.lockfile import lock_path
from frikommune_desktop.store import Store

from ..db.test_storage_errors import stamped_file
from .test_cli_sheets import _fill

#: An exception class name, as the last-line handler would print it ("OperationalError: …").
CLASS_NAME = re.compile(r"\b[A-Z]\w*(Error|Exception)\b")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run the command line in this process; return its exit code, stdout and stderr."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def one_danish_line(err: str) -> str:
    """Return the one error line on stderr, checking there is one and no class name in it."""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("frikommune: fejl: "), err
    assert not CLASS_NAME.search(lines[0]) and "uventet" not in lines[0], err
    return lines[0]


def digest(path: Path) -> str:
    """Return a file's SHA-256."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def version_1_file(tmp_path: Path) -> Path:
    """A consistent network file as the first release wrote it (format 1)."""
    first_release = Migrations("frikommune")
    first_release._migrations = list(MIGRATIONS._migrations[:1])
    path = tmp_path / "gammel.fkdb"
    with Store.create(path, Network(name="Gammelt netværk"), migrations=first_release) as store:
        store.records.add(Experiment(title="Afprøvning af midlertidige huslejetilskud"))
    return path


def test_dump_of_a_wal_mode_file_works_and_leaves_nothing(demo_path: Path, capsys) -> None:
    """`dump` and `check` read a WAL-mode file no one holds (no exit 3), change nothing and
    leave no -wal or -shm file; `check` notes the mode."""
    conn = sqlite3.connect(demo_path)
    assert conn.execute("PRAGMA journal_mode=WAL").fetchone() == ("wal",)
    conn.close()
    before = digest(demo_path)
    code, out, err = run(capsys, "dump", str(demo_path))
    assert code == 0, err
    assert len(out) > 1000
    code, out, _ = run(capsys, "check", str(demo_path))
    assert code == 0 and "WAL-tilstand" in out
    assert digest(demo_path) == before
    assert sorted(p.name for p in demo_path.parent.iterdir()) == [demo_path.name]


def test_dump_of_an_older_format_reads_it_untouched(version_1_file: Path, capsys) -> None:
    """`dump` of a format-1 file no one holds shows its content (no exit 3) and writes
    nothing: no upgrade, no backup."""
    before = digest(version_1_file)
    backups = list_backups(version_1_file)
    code, out, err = run(capsys, "dump", str(version_1_file))
    assert code == 0, err
    assert "Afprøvning af midlertidige huslejetilskud" in out
    assert digest(version_1_file) == before and list_backups(version_1_file) == backups


@pytest.mark.parametrize(
    ("version", "tables"),
    [(-1, ""), (1, "CREATE TABLE notes (x TEXT);"), (5, "")],
    ids=["user-version-minus-1", "format-1-with-one-table", "forged-without-tables"],
)
@pytest.mark.parametrize("command", ["dump", "check"])
def test_an_inconsistent_file_is_one_line_and_exit_1(
    tmp_path: Path, capsys, version: int, tables: str, command: str
) -> None:
    """dump/check of a file with our id but not our content: exit 1 (not 3), one line."""
    path = stamped_file(tmp_path / "net.fkdb", version, tables)
    before = digest(path)
    code, out, err = run(capsys, command, str(path))
    assert code == 1
    if command == "dump":
        assert "passer ikke" in one_danish_line(err)
    else:
        assert "Status: IKKE sund" in out and err == "" and not CLASS_NAME.search(out)
    assert digest(path) == before


def refused_sheet(tmp_path: Path, capsys) -> Path:
    """Write a filled-in spreadsheet the importer refuses (an unknown experiment)."""
    sheet = tmp_path / "roskilde.xlsx"
    assert run(capsys, "template", str(sheet))[0] == 0
    _fill(sheet, {2: ["Et forsøg, der ikke findes nogen steder", "Ja"]})
    return sheet


def test_a_refused_import_does_not_upgrade_an_older_file(
    version_1_file: Path, tmp_path: Path, capsys
) -> None:
    """An import refused for its spreadsheet (exit 2) leaves a format-1 file byte for byte
    as it was: not upgraded, not backed up, no lock left."""
    sheet = refused_sheet(tmp_path, capsys)
    before, backups = digest(version_1_file), list_backups(version_1_file)
    code, _, err = run(capsys, "import", str(version_1_file), str(sheet))
    assert code == 2 and "Intet er indlæst" in err
    assert digest(version_1_file) == before and list_backups(version_1_file) == backups
    assert not lock_path(version_1_file).exists()


def test_an_import_into_an_inconsistent_format_1_file_is_refused(tmp_path: Path, capsys) -> None:
    """A file with our id, format 1 and one table is refused in Danish and not migrated."""
    path = stamped_file(tmp_path / "net.fkdb", 1, "CREATE TABLE notes (x TEXT);")
    sheet = refused_sheet(tmp_path, capsys)
    before = digest(path)
    code, _, err = run(capsys, "import", str(path), str(sheet))
    assert code == 1 and "passer ikke" in one_danish_line(err)
    assert digest(path) == before


@pytest.mark.parametrize("command", [["demo"], ["new", "--network", "Net"]])
def test_writing_a_new_file_onto_a_folder_is_one_line(tmp_path: Path, capsys, command) -> None:
    """demo/new --force on a folder: exit 1, one line saying it is a folder; nothing left."""
    folder = tmp_path / "mappe"
    folder.mkdir()
    code, _, err = run(capsys, command[0], str(folder), *command[1:], "--force")
    assert code == 1 and "er en mappe" in one_danish_line(err)
    assert folder.is_dir() and not any(folder.iterdir())
    assert [p.name for p in tmp_path.iterdir()] == ["mappe"]


def without_file_permissions() -> list[str]:
    """Return the command prefix that makes file permissions count for this process: none
    for an ordinary user; as root, setpriv without the capabilities that bypass them."""
    if os.geteuid() != 0:
        return []
    prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]
    if shutil.which("setpriv") is None or subprocess.run([*prefix, "true"]).returncode != 0:
        pytest.skip("root ignores file permissions, and setpriv cannot drop that here")
    return prefix


def run_as_user(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the real command in a new process for which file permissions count."""
    command = [*without_file_permissions(), sys.executable, "-m", "frikommune_desktop", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


def test_a_file_without_read_permission_is_one_line(demo_path: Path) -> None:
    """`dump` and `check` of a file the user may not read: one Danish line, exit 1."""
    demo_path.chmod(0)
    try:
        dumped = run_as_user("dump", str(demo_path))
        checked = run_as_user("check", str(demo_path))
    finally:
        demo_path.chmod(0o644)
    assert dumped.returncode == 1
    assert "adgang nægtet" in one_danish_line(dumped.stderr)
    assert checked.returncode == 1 and "adgang nægtet" in checked.stdout
    assert checked.stderr == "" and not CLASS_NAME.search(checked.stdout)


def test_a_read_only_folder_for_the_lock_file_is_one_line(
    demo_path: Path, tmp_path: Path, capsys
) -> None:
    """An import into a file whose folder takes no lock file: one Danish line, exit 1, the
    file untouched."""
    sheet = tmp_path / "ark" / "roskilde.xlsx"
    sheet.parent.mkdir()
    template = ["template", str(sheet), "--network-file", str(demo_path), "--municipality", "265"]
    assert run(capsys, *template)[0] == 0
    _fill(sheet, {3: ["Afprøvning af midlertidige boligløsninger", "Ja", "Med forbehold"]})
    before = digest(demo_path)
    demo_path.parent.chmod(0o555)
    try:
        result = run_as_user("import", str(demo_path), str(sheet))
    finally:
        demo_path.parent.chmod(0o755)
    assert result.returncode == 1, result.stderr
    line = one_danish_line(result.stderr)
    assert "låsefil" in line and "skrivebeskyttet" in line
    assert digest(demo_path) == before


@pytest.fixture
def small_disk(tmp_path: Path):
    """A 400 kB tmpfs (root only, where mounting is allowed); skipped elsewhere."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("a small disk cannot be mounted here (needs root and mount rights)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_a_full_disk_is_one_line(small_disk: Path, capsys) -> None:
    """`demo` onto a disk without room: exit 1, "disken er fuld", no half-written file."""
    code, _, err = run(capsys, "demo", str(small_disk / "net.fkdb"))
    assert code == 1 and "disken er fuld" in one_danish_line(err)
    assert list(small_disk.iterdir()) == []
