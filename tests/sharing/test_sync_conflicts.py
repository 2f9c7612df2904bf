"""Conflict copies left by OneDrive, Dropbox, Syncthing and Nextcloud, recognised by name."""

from __future__ import annotations

import datetime as dt
import os
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from frikommune_desktop.sharing.sync_conflicts import ConflictCopy, conflict_client, conflict_copies

DB = "Netværk.fkdb"


def _touch(folder: Path, name: str, mtime: float | None = None) -> Path:
    """Create an empty file in the folder, with the given modification time if any."""
    path = folder / name
    path.write_bytes(b"")
    if mtime is not None:
        os.utime(path, (mtime, mtime))
    return path


@pytest.mark.parametrize(
    ("name", "client", "detail"),
    [
        ("Netværk-DESKTOP-AB12CD.fkdb", "OneDrive", "computer DESKTOP-AB12CD"),
        ("Netværk-DESKTOP-AB12CD-2.fkdb", "OneDrive", "computer DESKTOP-AB12CD, copy 2"),
        ("Netværk-kopi.fkdb", "OneDrive", "computer kopi"),
        ("Netværk (Anne's conflicted copy).fkdb", "Dropbox", "user Anne"),
        ("Netværk (Anne's conflicted copy 2016-11-30).fkdb", "Dropbox", "user Anne, 2016-11-30"),
        ("Netværk (Søren Ø’s conflicted copy).fkdb", "Dropbox", "user Søren Ø"),
        (
            "Netværk.sync-conflict-20161130-121314-ABCDEFG.fkdb",
            "Syncthing",
            "2016-11-30 12:13:14, device ABCDEFG",
        ),
        ("Netværk.sync-conflict-20161130-121314.fkdb", "Syncthing", "2016-11-30 12:13:14"),
        ("Netværk (conflicted copy 2016-11-30 121314).fkdb", "Nextcloud", "2016-11-30 12:13:14"),
        (
            "Netværk (conflicted copy Anne Hansen 2016-11-30 121314).fkdb",
            "Nextcloud",
            "user Anne Hansen, 2016-11-30 12:13:14",
        ),
        (
            "Netværk_conflict-20161130-121314.fkdb",
            "Nextcloud",
            "2016-11-30 12:13:14, older Nextcloud or ownCloud client",
        ),
        (
            "Netværk_conflict_anne-20161130-121314.fkdb",
            "Nextcloud",
            "user anne, 2016-11-30 12:13:14, older Nextcloud or ownCloud client",
        ),
        ("Netværk-LAPTOP.FKDB", "OneDrive", "computer LAPTOP"),
    ],
)
def test_each_clients_forms_are_recognised(
    tmp_path: Path, name: str, client: str, detail: str
) -> None:
    """Every documented form is found with its client and the detail its name tells."""
    db = _touch(tmp_path, DB)
    copy = _touch(tmp_path, name)
    assert conflict_client(db, copy) == ConflictCopy(copy, client, detail)
    assert conflict_copies(db) == [ConflictCopy(copy, client, detail)]


def test_stems_with_spaces_letters_dots_and_parentheses_are_matched(tmp_path: Path) -> None:
    """A stem like 'Frikommune netværk (bolig) v2.1' is matched literally for every client."""
    stem = "Frikommune netværk (bolig) v2.1"
    db = _touch(tmp_path, f"{stem}.fkdb")
    names = {
        f"{stem}-PC-ANNE.fkdb": "OneDrive",
        f"{stem} (Anne's conflicted copy 2024-02-29).fkdb": "Dropbox",
        f"{stem}.sync-conflict-20240229-235959-ZZZ2222.fkdb": "Syncthing",
        f"{stem} (conflicted copy 2024-02-29 235959).fkdb": "Nextcloud",
        f"{stem}_conflict-20240229-235959.fkdb": "Nextcloud",
    }
    for name in names:
        _touch(tmp_path, name)
    _touch(tmp_path, "Frikommune netværk (bolig) v2X1-PC.fkdb")  # the dot is not a wildcard
    assert {c.path.name: c.client for c in conflict_copies(db)} == names


def test_a_decomposed_name_from_a_mac_is_matched(tmp_path: Path) -> None:
    """A copy whose name arrives in Unicode NFD still matches a stem written in NFC."""
    db = tmp_path / "Netværk på Fyn.fkdb"
    name = unicodedata.normalize("NFD", "Netværk på Fyn-MACBOOK.fkdb")
    copy = conflict_client(db, tmp_path / name)
    assert copy is not None and copy.client == "OneDrive"


@pytest.mark.parametrize(
    "name",
    [
        DB,
        "Netværk.fkdb.lock",
        ".~lock.Netværk.fkdb#",
        "Netværk.fkdb-journal",
        "Netværk.fkdb-wal",
        "Netværk.fkdb-shm",
        "Netværk.fkdb.partial",
        "Netværk-PC.fkdb.partial",
        "Netværk-PC.xlsx",
        "Netværk (Anne's conflicted copy).xlsx",
        "Netværk.sync-conflict-20161130-121314-ABCDEFG.txt",
        "Netværk-20240101T120000123456Z-auto.fkdb",
        "Netværk-backup.fkdb",
        "Netværk-2.fkdb",
        "Netværk - Kopi.fkdb",
        "Netværk (2).fkdb",
        "Netværk_conflict-20161330-121314.fkdb",
        "~syncthing~Netværk.fkdb.tmp",
        "Andet netværk.fkdb",
        "Andet netværk-PC.fkdb",
        "Andet netværk (Anne's conflicted copy).fkdb",
        "Netværk 2.fkdb",
        "Netværk 2-PC.fkdb",
        "Netværk 2.sync-conflict-20161130-121314-ABCDEFG.fkdb",
        "Netværk 2 (conflicted copy 2016-11-30 121314).fkdb",
        "netværk-PC.fkdb",
    ],
)
def test_other_files_are_not_conflict_copies(tmp_path: Path, name: str) -> None:
    """The file itself, its lock, journal, partial files, backups and other files are ignored."""
    db = _touch(tmp_path, DB)
    path = _touch(tmp_path, name) if name != DB else db
    assert conflict_client(db, path) is None
    assert conflict_copies(db) == []


def test_only_regular_files_in_the_same_folder_count(tmp_path: Path) -> None:
    """A folder with a conflict copy's name, and a copy in another folder, are not reported."""
    db = _touch(tmp_path, DB)
    (tmp_path / "Netværk-PC.fkdb").mkdir()
    elsewhere = tmp_path / "andet"
    elsewhere.mkdir()
    other = _touch(elsewhere, "Netværk-LAPTOP.fkdb")
    assert conflict_copies(db) == []
    assert conflict_client(db, other) is None


def test_a_missing_folder_has_no_conflict_copies(tmp_path: Path) -> None:
    """Asking about a network file in a folder that is gone returns an empty list."""
    assert conflict_copies(tmp_path / "væk" / DB) == []


def test_copies_come_newest_first_and_ties_by_name(tmp_path: Path) -> None:
    """Copies are ordered by modification time, newest first, and by name when equal."""
    db = _touch(tmp_path, DB, 5_000)
    _touch(tmp_path, "Netværk-OLD.fkdb", 1_000)
    _touch(tmp_path, "Netværk.sync-conflict-20161130-121314-ABCDEFG.fkdb", 3_000)
    _touch(tmp_path, "Netværk-B.fkdb", 2_000)
    _touch(tmp_path, "Netværk-A.fkdb", 2_000)
    _touch(tmp_path, "Netværk (Anne's conflicted copy).fkdb", 4_000)
    assert [c.path.name for c in conflict_copies(db)] == [
        "Netværk (Anne's conflicted copy).fkdb",
        "Netværk.sync-conflict-20161130-121314-ABCDEFG.fkdb",
        "Netværk-A.fkdb",
        "Netværk-B.fkdb",
        "Netværk-OLD.fkdb",
    ]


_STEM_CHARS = "abcxyzABCXYZæøåÆØÅéü0189 .-_()"
stems = st.builds(
    lambda first, middle, last: first + middle + last,
    st.sampled_from("aZæØ1"),
    st.text(_STEM_CHARS, max_size=20),
    st.sampled_from("bYåÆ9)"),
)
computers = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_-]{0,14}", fullmatch=True).filter(
    lambda name: (
        any(ch.isalpha() for ch in name)
        and not name.rsplit("-", 1)[-1].isdigit()
        and name.split("-")[0].lower() not in {"backup", "bak", "sikkerhedskopi"}
    )
)
moments = st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2099, 12, 31))
devices = st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", min_size=7, max_size=7)
users = st.from_regex(r"[A-Za-zæøåÆØÅ][A-Za-zæøåÆØÅ .]{0,15}[A-Za-zæøå]", fullmatch=True)


@settings(max_examples=200, deadline=None)
@given(stem=stems, computer=computers, when=moments, device=devices, user=users)
def test_generated_conflict_names_are_recognised(
    stem: str, computer: str, when: dt.datetime, device: str, user: str
) -> None:
    """For random stems, computers, users and moments every client's name is recognised."""
    folder = Path("/netværk/delt")
    db = folder / f"{stem}.fkdb"
    day, compact, hms = when.strftime("%Y-%m-%d"), when.strftime("%Y%m%d"), when.strftime("%H%M%S")
    moment = when.strftime("%Y-%m-%d %H:%M:%S")
    expected = {
        f"{stem}-{computer}.fkdb": ("OneDrive", f"computer {computer}"),
        f"{stem}-{computer}-3.fkdb": ("OneDrive", f"computer {computer}, copy 3"),
        f"{stem} ({user}'s conflicted copy {day}).fkdb": ("Dropbox", f"user {user}, {day}"),
        f"{stem}.sync-conflict-{compact}-{hms}-{device}.fkdb": (
            "Syncthing",
            f"{moment}, device {device}",
        ),
        f"{stem} (conflicted copy {day} {hms}).fkdb": ("Nextcloud", moment),
        f"{stem} (conflicted copy {user} {day} {hms}).fkdb": (
            "Nextcloud",
            f"user {user}, {moment}",
        ),
        f"{stem}_conflict-{compact}-{hms}.fkdb": (
            "Nextcloud",
            f"{moment}, older Nextcloud or ownCloud client",
        ),
    }
    for name, (client, detail) in expected.items():
        assert conflict_client(db, folder / name) == ConflictCopy(folder / name, client, detail)
    assert conflict_client(db, db) is None
    assert conflict_client(db, folder / f"{stem}.fkdb.lock") is None
    assert conflict_client(db, folder / f"{stem}-{computer}.fkdb-journal") is None
