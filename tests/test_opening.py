"""Opening a network file on a network drive for writing: the drive is read once, and the copy
the full check read becomes the working copy only while it still holds what the file holds."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Migrations

from frikommune_desktop.db.migrations import MIGRATIONS, schema_version
from frikommune_desktop.demo import write_demo
from frikommune_desktop.errors import FrikommuneError
from frikommune_desktop.model import Experiment, Network
from frikommune_desktop.program.folders import working_dir
from frikommune_desktop.sharing.lockfile import lock_path
from frikommune_desktop.store import Store
from tests.sharing.fuse_fs import control_for, fuse_available, mounted


@pytest.fixture
def demo_on_share(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """The demo network file on a FUSE share that counts what it serves: (backing, mounted)."""
    reason = fuse_available()
    if reason is not None:
        pytest.skip(reason)
    backing = tmp_path / "share"
    backing.mkdir()
    write_demo(backing / "demo.fkdb").close()
    with mounted(backing) as mount:
        yield backing / "demo.fkdb", mount / "demo.fkdb"


def test_opening_on_a_share_reads_the_file_once_and_works_on_the_checked_copy(
    demo_on_share: tuple[Path, Path],
) -> None:
    """Opened for writing on a share, the file is read in full once (for the check), not a
    second time for the working copy, and the working copy holds exactly the file's bytes."""
    local, path = demo_on_share
    size = local.stat().st_size
    control = control_for(path.parent)
    control.reset()
    with Store.open(path, working_copy=True) as store:
        read = control.stats()["read_bytes"].get(path.name, 0)
        assert store.working_copy is not None
        assert store.working_copy.read_bytes() == local.read_bytes()
        assert size <= read < 1.5 * size, f"{read} bytes read of a {size}-byte file"
        experiment = store.records.all(Experiment)[0]
        store.records.update(Experiment, experiment.id, goals="Skrevet tilbage")
        assert store.wait_written(30)
    with Store.open(local, readonly=True) as reader:
        assert reader.records.get(Experiment, experiment.id).goals == "Skrevet tilbage"


def test_a_file_upgraded_while_opening_is_copied_again_for_the_working_copy(
    tmp_path: Path,
) -> None:
    """An older file is upgraded in the network file while it opens: the copy the check read
    (the old format) is not worked on; the working copy holds the upgraded file."""
    first_release = Migrations("frikommune")
    first_release._migrations = list(MIGRATIONS._migrations[:1])
    path = tmp_path / "gammel.fkdb"
    Store.create(path, Network(name="Gammelt netværk"), migrations=first_release).close()
    with Store.open(path, working_copy=True) as store:
        assert store.working_copy is not None
        assert store.schema_version == schema_version()
        assert store.working_copy.read_bytes() == path.read_bytes()
        assert store.integrity_problems() == []


def _failing_migration(db: object) -> None:
    """A migration with a fault in it."""
    raise RuntimeError("a fault in a migration")


def test_an_open_that_fails_after_the_check_leaves_no_local_copy(
    demo_path: Path, isolated_user_data: Path
) -> None:
    """When opening fails after the full check read its local copy (here: an upgrade with a
    fault), the copy is removed, no working copy is made and the lock is given back."""
    faulty = Migrations("frikommune")
    faulty._migrations = list(MIGRATIONS._migrations)
    faulty(name="9999_faulty")(_failing_migration)
    with pytest.raises(FrikommuneError, match="opgraderingen"):
        Store.open(demo_path, working_copy=True, migrations=faulty)
    assert working_dir().is_relative_to(isolated_user_data)
    assert list(working_dir().iterdir()) == []  # neither the checked copy nor a working copy
    assert not lock_path(demo_path).exists()
