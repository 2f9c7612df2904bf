"""Damaged network files: `check` sees what `dump` trips on, and nothing writes into damage."""

from __future__ import annotations

import random
import re
import sqlite3
from pathlib import Path

import pytest

from frikommune_desktop.cli.main import main
from frikommune_desktop.errors import DamagedFileError
from frikommune_desktop.sharing.lockfile import lock_path
from frikommune_desktop.store import Store

from ..cli.test_cli_sheets import _fill

#: An exception class name, as the last-line handler would print it ("OperationalError: …").
CLASS_NAME = re.compile(r"\b[A-Z]\w*(Error|Exception)\b")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run the command line in this process; return its exit code, stdout and stderr."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def flip(path: Path, offset: int, count: int = 8) -> None:
    """Invert `count` bytes of a file from `offset` on."""
    data = bytearray(path.read_bytes())
    for index in range(offset, min(offset + count, len(data))):
        data[index] ^= 0xFF
    path.write_bytes(bytes(data))


def text_offset(path: Path, text: str) -> int:
    """Return where a stored text's UTF-8 bytes are in a file (its first non-ASCII byte)."""
    data = path.read_bytes()
    start = data.index(text.encode("utf-8"))
    return start + next(i for i, ch in enumerate(text) if not ch.isascii())


def root_page_offset(path: Path, table: str) -> int:
    """Return where the first page of a table's b-tree starts in a file."""
    conn = sqlite3.connect(path)
    try:
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", [table]
        ).fetchone()
        (size,) = conn.execute("PRAGMA page_size").fetchone()
    finally:
        conn.close()
    return (root - 1) * size


def damage_offsets(path: Path) -> list[int]:
    """Return where to damage a file: inside a stored Danish text, two b-tree page headers,
    and a spread of places in the middle of the file (fixed seed)."""
    size = path.stat().st_size
    rng = random.Random(17)
    spread = sorted(rng.randrange(size // 8, size - 16) for _ in range(24))
    headers = [root_page_offset(path, table) for table in ("experiments", "legal_bases")]
    return [text_offset(path, "særlige boligtyper"), *headers, *spread]


def test_check_sees_what_dump_trips_on_and_never_fails(demo_path: Path, capsys) -> None:
    """Over many kinds of damage, `check` never fails itself, and never calls a file sound that
    `dump` cannot read; no exception class name reaches the user."""
    original = demo_path.read_bytes()
    caught_by_check = 0
    for offset in damage_offsets(demo_path):
        demo_path.write_bytes(original)
        flip(demo_path, offset)
        checked, report, check_err = run(capsys, "check", str(demo_path))
        dumped, _, dump_err = run(capsys, "dump", str(demo_path))
        where = f"offset {offset}: {report}{check_err}{dump_err}"
        assert checked in (0, 1) and check_err == "", where
        assert not CLASS_NAME.search(report + dump_err) and "uventet" not in dump_err, where
        assert ("Status: sund" in report) == (checked == 0), where
        if dumped != 0:
            assert checked == 1 and "Status: IKKE sund" in report, where
            assert len(dump_err.strip().splitlines()) == 1, where
        caught_by_check += checked
    assert caught_by_check >= 3  # the fixed places above are damage check must find


def test_check_finds_text_that_is_not_utf8(demo_path: Path, capsys) -> None:
    """Text garbled inside a row (SQLite's own checks pass) makes `check` say "IKKE sund"."""
    flip(demo_path, text_offset(demo_path, "særlige boligtyper"), 4)  # æ, r: no longer UTF-8
    code, report, _ = run(capsys, "check", str(demo_path))
    assert code == 1 and "Status: IKKE sund" in report
    assert "ikke UTF-8" in report


def break_index(path: Path) -> None:
    """Damage a file as only a full integrity check sees: an index no longer fits its table."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA writable_schema=ON")
        conn.execute(
            "UPDATE sqlite_master SET sql = 'CREATE INDEX idx_contacts_municipality ON "
            "contacts(name)' WHERE name = 'idx_contacts_municipality'"
        )
        conn.commit()
    finally:
        conn.close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]
    finally:
        conn.close()


def test_import_into_a_damaged_file_is_refused_untouched(
    demo_path: Path, tmp_path: Path, capsys
) -> None:
    """An import into a file that fails its integrity check exits 1 with one line offering
    the backups, and the file's bytes stay as they were."""
    sheet = tmp_path / "roskilde.xlsx"
    template = ["template", str(sheet), "--network-file", str(demo_path), "--municipality", "265"]
    assert run(capsys, *template)[0] == 0
    _fill(sheet, {3: ["Afprøvning af midlertidige boligløsninger", "Ja", "Med forbehold"]})
    break_index(demo_path)
    before = demo_path.read_bytes()
    code, _, err = run(capsys, "import", str(demo_path), str(sheet))
    assert code == 1, err
    assert len(err.strip().splitlines()) == 1 and "beskadiget" in err
    assert f"frikommune backups {demo_path}" in err
    assert demo_path.read_bytes() == before


@pytest.mark.parametrize("command", ["merge", "export"])
def test_other_write_commands_refuse_a_damaged_file(
    demo_path: Path, tmp_path: Path, capsys, command: str
) -> None:
    """merge and export --mark-submitted refuse a damaged file before writing anything."""
    other = tmp_path / "anden.fkdb"
    other.write_bytes(demo_path.read_bytes())
    break_index(demo_path)
    before = demo_path.read_bytes()
    args = {
        "merge": ["merge", str(demo_path), str(other)],
        "export": [
            "export",
            str(demo_path),
            "--round",
            "2016-12-01",
            "--out",
            str(tmp_path / "ud"),
            "--mark-submitted",
        ],
    }[command]
    code, _, err = run(capsys, *args)
    assert code == 1 and "beskadiget" in err and len(err.strip().splitlines()) == 1, err
    assert demo_path.read_bytes() == before


def test_window_cannot_open_a_damaged_file_for_writing(demo_path: Path) -> None:
    """Store.open for writing (what the window does) refuses a file only the full check
    finds damaged; read-only it can still be read (dump, a look before restoring)."""
    break_index(demo_path)
    with pytest.raises(DamagedFileError, match="sikkerhedskopi"):
        Store.open(demo_path)
    with Store.open(demo_path, readonly=True) as store:
        assert store.records.network().name


def test_a_damaged_file_on_a_network_drive_is_refused_through_its_local_copy(
    demo_path: Path, isolated_user_data: Path
) -> None:
    """Opened as on a network drive (worked on as a local copy), a file only the full check
    finds damaged is still refused, untouched: the full check reads a local copy of it, and
    that copy is gone afterwards."""
    break_index(demo_path)
    before = demo_path.read_bytes()
    with pytest.raises(DamagedFileError, match="sikkerhedskopi"):
        Store.open(demo_path, working_copy=True)
    assert demo_path.read_bytes() == before
    assert not list(isolated_user_data.rglob(".check-*"))
    assert not lock_path(demo_path).exists()  # the lock taken for the open is given back


def test_a_healthy_file_on_a_network_drive_opens_for_writing(
    demo_path: Path, isolated_user_data: Path
) -> None:
    """The full check through a local copy lets a healthy file open for writing as before."""
    with Store.open(demo_path, working_copy=True) as store:
        assert store.writable and store.working_copy is not None
    assert not list(isolated_user_data.rglob(".check-*"))
