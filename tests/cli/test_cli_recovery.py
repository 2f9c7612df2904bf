"""`frikommune backups`, `restore` and the restore hint of `check`, run as real commands."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from frikommune_desktop.db.backups import list_backups, make_backup
from frikommune_desktop.demo import write_demo
from frikommune_desktop.model import Experiment
from frikommune_desktop.store import Store

from ..sharing.test_recovery import (
    corrupt,
    crash_mid_write,
    digest,
    held_by_another_process,
    titles,
)
from .test_cli import run_cli

_LINE = re.compile(r"^ *(\d+)  (\d\d-\d\d-\d{4} \d\d:\d\d:\d\d)  (\S+) +([\d.]+) kB  (OK|skadet)$")


def test_backups_without_any(demo_path: Path) -> None:
    """`backups` on a file without backups says so and exits 0."""
    result = run_cli("backups", str(demo_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Ingen sikkerhedskopier af {demo_path}."


def test_backups_lists_numbered_lines_newest_first(demo_path: Path) -> None:
    """One line per backup: number (1 = newest), local time, reason, size in kB, OK/skadet."""
    with Store.open(demo_path) as store:
        older = store.backup("before-import")
        store.backup("manual")
    corrupt(older)
    result = run_cli("backups", str(demo_path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    parsed = [_LINE.match(line) for line in lines]
    assert all(parsed), lines
    assert [m.group(1) for m in parsed] == ["1", "2"]
    assert [m.group(3) for m in parsed] == ["manual", "before-import"]
    assert [m.group(5) for m in parsed] == ["OK", "skadet"]
    assert int(parsed[0].group(4).replace(".", "")) >= older.stat().st_size // 1024


def test_restore_number_one(demo_path: Path) -> None:
    """`restore FILE 1` puts the newest backup back and says where the old state was kept."""
    with Store.open(demo_path) as store:
        backup = store.backup("manual")
    with Store.open(demo_path) as store:
        store.records.add(Experiment(title="Efter kopien"))
    newest = list_backups(demo_path)[0]  # the close backup holds the new experiment
    assert newest != backup
    result = run_cli("restore", str(demo_path), "2")
    assert result.returncode == 0, result.stderr
    assert "Efter kopien" not in titles(demo_path)
    assert str(backup) in result.stdout and "before-restore" in result.stdout
    assert f"frikommune restore {demo_path} 1" in result.stdout
    undo = run_cli("restore", str(demo_path), "1")
    assert undo.returncode == 0, undo.stderr
    assert "Efter kopien" in titles(demo_path)


def test_restore_by_path(demo_path: Path) -> None:
    """BACKUP may be the path of a backup file instead of its number."""
    with Store.open(demo_path) as store:
        backup = store.backup("manual")
        store.records.add(Experiment(title="Efter kopien"))
    result = run_cli("restore", str(demo_path), str(backup))
    assert result.returncode == 0, result.stderr
    assert "Efter kopien" not in titles(demo_path)


def test_restore_unknown_number_is_one_line(demo_path: Path) -> None:
    """`restore FILE 99` exits 1 with one line naming the number, and changes nothing."""
    with Store.open(demo_path) as store:
        store.backup("manual")
    before = digest(demo_path)
    result = run_cli("restore", str(demo_path), "99")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("frikommune: fejl: ") and "nr. 99" in lines[0]
    assert digest(demo_path) == before


def test_restore_refuses_a_damaged_backup(demo_path: Path) -> None:
    """A damaged backup is refused with exit 1 and one line; the file is unchanged."""
    with Store.open(demo_path) as store:
        corrupt(store.backup("manual"))
    before = digest(demo_path)
    result = run_cli("restore", str(demo_path), "1")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "kan ikke gendannes" in lines[0] and "beskadiget" in lines[0]
    assert "Traceback" not in result.stderr
    assert digest(demo_path) == before


def test_restore_while_held_exits_3_naming_the_holder(demo_path: Path) -> None:
    """`restore` on a file another live process holds exits 3 and names who holds it."""
    with Store.open(demo_path) as store:
        store.backup("manual")
    before = digest(demo_path)
    with held_by_another_process(demo_path, user="Christine") as holder:
        result = run_cli("restore", str(demo_path), "1")
    assert result.returncode == 3
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Christine" in lines[0] and str(holder.pid) in lines[0]
    assert digest(demo_path) == before


def test_check_on_a_damaged_file_hints_at_restore(damaged_path: Path, tmp_path: Path) -> None:
    """`check` on a damaged file with a good backup ends with the restore command to run."""
    with write_demo(tmp_path / "sund.fkdb") as healthy:
        make_backup(healthy.db.conn, damaged_path, "manual")
    result = run_cli("check", str(damaged_path))
    assert result.returncode == 1
    last = result.stdout.strip().splitlines()[-1]
    assert last.startswith("Råd: ") and last.endswith(f"frikommune restore {damaged_path} 1")
    restored = run_cli("restore", str(damaged_path), "1")
    assert restored.returncode == 0, restored.stderr
    assert run_cli("check", str(damaged_path)).returncode == 0


def test_check_skips_a_backup_name_without_a_real_time(damaged_path: Path, tmp_path: Path) -> None:
    """A file in the backup folder whose stamp is no real time is not counted as a backup."""
    with write_demo(tmp_path / "sund.fkdb") as healthy:
        good = make_backup(healthy.db.conn, damaged_path, "manual")
    shutil.copyfile(good, good.with_name(f"{damaged_path.stem}-20269999T999999999999Z-x.fkdb"))
    result = run_cli("check", str(damaged_path))
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    last = result.stdout.strip().splitlines()[-1]
    assert last.endswith(f"frikommune restore {damaged_path} 1")
    assert run_cli("backups", str(damaged_path)).stdout.count("\n") == 1


def test_check_without_a_good_backup_gives_no_hint(damaged_path: Path) -> None:
    """Without a good backup `check` offers no restore."""
    result = run_cli("check", str(damaged_path))
    assert result.returncode == 1
    assert "restore" not in result.stdout


def test_check_after_a_crash_names_the_journal_not_a_restore(demo_path: Path) -> None:
    """`check` after a crashed write says the next open rolls it back and the file is sound
    otherwise; it offers no restore and changes nothing."""
    with Store.open(demo_path) as store:
        store.backup("manual")
    journal = crash_mid_write(demo_path)
    before = digest(demo_path), digest(journal)
    result = run_cli("check", str(demo_path))
    assert result.returncode == 0, result.stdout
    assert "afbrudt" in result.stdout and "rulles tilbage" in result.stdout
    assert "Status: sund" in result.stdout and "restore" not in result.stdout
    assert (digest(demo_path), digest(journal)) == before
