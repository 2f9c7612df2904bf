"""Telling a network drive from a local disk."""

from __future__ import annotations

from pathlib import Path

from frikommune_desktop.sharing.drives import mount_type, on_network_drive


def test_network_drives_are_told_from_local_disks(tmp_path: Path) -> None:
    """The mount type decides: /proc is no network drive, nor is the temporary folder."""
    assert mount_type(Path("/proc/self")) == "proc"
    assert not on_network_drive(tmp_path)


def test_a_mount_point_is_a_whole_folder_name() -> None:
    """/procfoo only starts like the /proc mount point; it is on the root's mount."""
    assert mount_type(Path("/procfoo")) == mount_type(Path("/")) != "proc"
