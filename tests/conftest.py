"""Shared fixtures: an isolated data directory and user name, and network files on disk."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from frikommune_desktop.demo import write_demo
from frikommune_desktop.model import Network
from frikommune_desktop.store import Store

REFERENCE_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "reference"


@pytest.fixture(autouse=True)
def isolated_user_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> Path:
    """Keep backups and logs of every test in its own folder, under a fixed user name."""
    folder = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("FRIKOMMUNE_DATA_DIR", str(folder))
    monkeypatch.setenv("FRIKOMMUNE_USER", "testbruger")
    return folder


@pytest.fixture
def empty_store(tmp_path: Path) -> Iterator[Store]:
    """An open, writable, new network file with no experiments."""
    store = Store.create(tmp_path / "net.fkdb", Network(name="Testnetværk"))
    yield store
    store.close()


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    """The path of a freshly written (and closed) demo network file."""
    path = tmp_path / "demo.fkdb"
    write_demo(path).close()
    return path


@pytest.fixture
def demo_store(demo_path: Path) -> Iterator[Store]:
    """The demo network file, open for writing."""
    store = Store.open(demo_path)
    yield store
    store.close()


@pytest.fixture
def foreign_sqlite_file(tmp_path: Path) -> Path:
    """A valid SQLite database written by some other program."""
    path = tmp_path / "andet.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    return path


@pytest.fixture
def damaged_path(demo_path: Path) -> Path:
    """The demo file with garbage written over the inside of its pages (header intact)."""
    data = bytearray(demo_path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for page in range(2, len(data) // page_size):
        start = page * page_size
        data[start + 8 : start + 64] = b"\xa5" * 56
    demo_path.write_bytes(bytes(data))
    return demo_path


def dead_pid() -> int:
    """Return the process id of a process that has ended (a child started and waited for)."""
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(done.stdout)
