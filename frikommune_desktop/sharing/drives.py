"""Telling a network drive from a local disk, by what the operating system says of the path."""

from __future__ import annotations

import sys
from pathlib import Path

#: File systems that reach the file over a network (Linux mount types; fuse.* by name).
NETWORK_FILE_SYSTEMS = frozenset(
    {
        "cifs",
        "smb3",
        "smbfs",
        "nfs",
        "nfs4",
        "9p",
        "afs",
        "ncpfs",
        "davfs",
        "fuse.sshfs",
        "fuse.smbnetfs",
        "fuse.rclone",
        "fuse.gvfsd-fuse",
        "fuse.davfs",
    }
)


def on_network_drive(path: Path) -> bool:
    """Return whether a file is on a network drive (SMB/NFS share, mapped drive, UNC path)."""
    resolved = Path(path).resolve()
    if sys.platform == "win32":
        import ctypes

        anchor = resolved.anchor
        if anchor.startswith("\\\\"):
            return True
        drive_remote = 4  # GetDriveTypeW's DRIVE_REMOTE
        return bool(ctypes.windll.kernel32.GetDriveTypeW(anchor) == drive_remote)
    return mount_type(resolved) in NETWORK_FILE_SYSTEMS


def mount_type(path: Path) -> str:
    """Return the type of the Linux mount holding path ('' where /proc is not there)."""
    try:
        lines = Path("/proc/self/mountinfo").read_text(encoding="utf-8").splitlines()
    except OSError:
        return ""
    best, kind = "", ""
    text = str(path)
    for line in lines:
        fields, _, rest = line.partition(" - ")
        parts = fields.split()
        if len(parts) < 5 or not rest:
            continue
        point = parts[4].replace("\\040", " ")
        inside = text == point or text.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, rest.split()[0]
    return kind
