"""A real SMB share for the tests: a loopback samba server and the share mounted twice.

`smb_share()` starts `smbd` (Debian's samba) as root in the foreground with everything in a
temporary folder: its own smb.conf, passdb (one user added with `smbpasswd -a`), private,
lock, state, cache, pid and ncalrpc folders and log; nothing in /etc/samba, /var/lib/samba or
/var/log/samba is read or written (the on-demand RPC helpers, which would log there, are off).
It listens on 127.0.0.1 only, on a free port. The share is then mounted twice, each mount
its own SMB session (the server sees two connections, each with its own smbd process):

- kernel CIFS (used when the kernel has a CIFS client: `cifs` in /proc/filesystems or
  `modprobe cifs` works, and mount.cifs is installed): mounts A and B with `nosharesock` (a
  TCP connection and session each) whose byte-range locks go to the server, so SQLite's
  locks cross them; the control mount adds `nobrl` (byte-range locks kept on this machine,
  never sent), so its locks and those of A never meet;
- smbnetfs (FUSE, libsmbclient; used otherwise, as on the project's build machines whose
  kernel has no CIFS client): each mount is an smbnetfs process with its own HOME (its
  ~/.smb/smb.conf for libsmbclient and ~/.smb/smbnetfs.conf with the user's password), so
  its own session. smbnetfs implements no FUSE `lock` operation: the kernel keeps POSIX
  locks per mount and sends none to the server, so *every* smbnetfs mount behaves like a
  `nobrl` mount and mount B is also the control. Nor does it implement hard links (link()
  fails with EPERM), so lockfile.py falls back to an O_EXCL create -- and smbnetfs drops
  O_EXCL: its create is libsmbclient's smbc_creat(), an open with O_CREAT|O_TRUNC that the
  server never refuses. An exclusive create is therefore exclusive only among the processes
  of one mount (the kernel checks its own names first); two mounts racing both "create" the
  file. mkdir() does reach the server as a create-if-new and only one of them gets it, so
  lockfile.py creates its lock only while holding a guard folder made with mkdir.
  smbnetfs names a share MOUNT/HOST/SHARE; the port goes into the host name
  (MOUNT/127.0.0.1:PORT/SHARE), which libsmbclient reads as smb://127.0.0.1:PORT/SHARE.
  smbnetfs runs single-threaded (-s): multi-threaded, the close of a file (which FUSE sends
  after close() has returned) could reach the server after the next operation of the same
  mount, and samba refuses to delete a file that is still open, so about 1 in 500 SQLite
  commits failed deleting the journal (SQLITE_IOERR_DELETE); single-threaded, none in 4000.
  Between the two mounts this remains: a file just closed through one mount may be "busy"
  (EBUSY) for a moment to a delete or rename through the other. A process that keeps a
  file open on one mount may also read old data after the other session changed it (FUSE
  keeps the pages it read until the file is opened again), and a file looked up while the
  other session was still writing it keeps its old size for about a second (FUSE's
  attribute cache), even when opened again: a lock file read in that second looks empty.
  When a lookup fails with EINVAL (seen when it meets a folder being deleted through the
  other session), smbnetfs drops its connection to the server and every request through
  that mount fails with EIO for neg_cache_timeout (3 s); lockfile.py therefore looks at a
  guard folder held by another only once a second.

Every context manager unmounts (fusermount3/fusermount -u, umount for CIFS, lazily if busy)
and stops what it started (smbd's and smbnetfs's process groups, by their ids) at exit, also
on failure, and removes its temporary folder. `smb_available()` returns None when all this
works here, else the reason (for pytest.skip).
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tests.sharing.fuse_fs import _is_mounted, _unmount

#: The share's name, the one user and its password (in the temporary passdb only).
SHARE = "fk"
USER = "root"
PASSWORD = "fk-loopback-test"
#: Seconds to wait for smbd to listen or a mount to come up and show the share.
START_TIMEOUT = 20.0

_SMB_CONF = """\
[global]
  server role = standalone server
  workgroup = WORKGROUP
  netbios name = FKLOOPBACK
  interfaces = 127.0.0.1
  bind interfaces only = yes
  smb ports = {port}
  disable netbios = yes
  rpc start on demand helpers = no
  private dir = {state}/private
  lock directory = {state}/lock
  state directory = {state}/state
  cache directory = {state}/cache
  pid directory = {state}/pid
  ncalrpc dir = {state}/ncalrpc
  binddns dir = {state}/binddns
  log file = {state}/log/smbd.log
  max log size = 0
  passdb backend = tdbsam:{state}/private/passdb.tdb
  map to guest = never
  load printers = no
  printing = bsd
  printcap name = /dev/null
  disable spoolss = yes

[{share}]
  path = {backing}
  read only = no
  create mask = 0644
  directory mask = 0755
  map archive = no
"""

#: libsmbclient's settings for one smbnetfs mount (its ~/.smb/smb.conf).
_CLIENT_CONF = """\
[global]
  workgroup = WORKGROUP
  disable netbios = yes
  client min protocol = SMB2_02
"""

#: smbnetfs's settings for one mount (its ~/.smb/smbnetfs.conf).
_SMBNETFS_CONF = """\
smb_query_browsers "false"
use_libsecret "false"
stat_workaround_enable_default_entries "false"
smbnetfs_debug 0
log_file "{log}"
auth "{user}" "{password}"
"""


@dataclass
class SambaServer:
    """A running loopback smbd: its port, its smb.conf and the folder it shares."""

    port: int
    conf: Path
    backing: Path
    process: subprocess.Popen[bytes]

    def url(self) -> str:
        """Return the share as //HOST/SHARE (the port is given separately)."""
        return f"//127.0.0.1/{SHARE}"

    def sessions(self) -> list[dict[str, str]]:
        """Return the connections to the share the server sees (smbstatus), one per session:
        each with the serving smbd's pid and the client's address and port."""
        done = subprocess.run(
            ["smbstatus", "-s", str(self.conf), "--json"],
            capture_output=True,
            text=True,
            check=False,
        )
        try:
            status = json.loads(done.stdout)
        except ValueError:
            return []
        sessions = status.get("sessions", {}).values()
        shares = status.get("tcons", {}).values()
        pids = {
            tcon.get("server_id", {}).get("pid") for tcon in shares if tcon.get("service") == SHARE
        }
        return [
            {
                "pid": str(s.get("server_id", {}).get("pid")),
                "client": str(s.get("remote_machine", "")) + " " + str(s.get("hostname", "")),
            }
            for s in sessions
            if s.get("server_id", {}).get("pid") in pids
        ]


@dataclass
class SmbShare:
    """One SMB share mounted twice; every path is the share's root through that mount."""

    kind: str  # "cifs" (kernel) or "smbnetfs" (FUSE)
    server: SambaServer
    a: Path
    b: Path
    control: Path  # a mount whose byte-range locks the server never sees
    locks_cross: bool  # whether A and B send byte-range locks to the server
    notes: list[str] = field(default_factory=list)

    @property
    def backing(self) -> Path:
        """The shared folder on the server's own disk (what the server really holds)."""
        return self.server.backing


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _listening(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.settimeout(0.5)
        return probe.connect_ex(("127.0.0.1", port)) == 0


def _live_members(group: int) -> list[int]:
    """Return the processes of a process group that still run (not zombies), from /proc."""
    members = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text(encoding="ascii", errors="replace")
        except OSError:
            continue
        fields = stat.rpartition(")")[2].split()  # state, ppid, pgrp, ...
        if len(fields) > 2 and int(fields[2]) == group and fields[0] != "Z":
            members.append(int(entry))
    return members


def _stop_group(process: subprocess.Popen[bytes], timeout: float = 10.0) -> None:
    """End a process started in its own session and whatever it forked (its process group)."""
    group = process.pid
    with contextlib.suppress(ProcessLookupError):
        os.killpg(group, signal.SIGTERM)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(group, signal.SIGKILL)
        process.wait(timeout=timeout)
    deadline = time.monotonic() + timeout
    while (left := _live_members(group)) and time.monotonic() < deadline:
        time.sleep(0.02)  # helpers it forked end a moment after it
    for pid in left:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


def _tail(path: Path, lines: int = 4) -> str:
    """Return what a log says went wrong: its first complaints, else its last lines."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    said = [line.strip() for line in text.splitlines() if line.strip()]
    said = said[: next((i for i, line in enumerate(said) if line.startswith("BACKTRACE")), None)]
    complaints = [
        line
        for line in said
        if "wiki.samba.org" not in line
        and re.search(r"panic|error|fail|warn|refus|denied|cannot|unable|no ", line, re.IGNORECASE)
    ]
    return "; ".join(dict.fromkeys(complaints[:lines] or said[-lines:]))


@contextlib.contextmanager
def samba_server(root: Path) -> Iterator[SambaServer]:
    """Run smbd on 127.0.0.1 with everything under `root`; share root/share as SHARE."""
    state = root / "samba"
    backing = root / "share"
    backing.mkdir(parents=True)
    for sub in ("private", "lock", "state", "cache", "pid", "ncalrpc", "binddns", "log"):
        (state / sub).mkdir(parents=True)
    conf = state / "smb.conf"
    last_error = ""
    for _attempt in range(3):  # another program may take the free port before smbd does
        port = _free_port()
        conf.write_text(
            _SMB_CONF.format(port=port, state=state, share=SHARE, backing=backing), encoding="utf-8"
        )
        added = subprocess.run(
            ["smbpasswd", "-c", str(conf), "-s", "-a", USER],
            input=f"{PASSWORD}\n{PASSWORD}\n",
            capture_output=True,
            text=True,
            check=False,
        )
        if added.returncode != 0:
            raise OSError(f"smbpasswd -a {USER} failed: {(added.stderr or added.stdout).strip()}")
        log = state / "log" / "smbd.out"
        with log.open("wb") as out:
            process = subprocess.Popen(
                ["smbd", "--foreground", "--no-process-group", "--debug-stdout", "-s", str(conf)],
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        try:
            deadline = time.monotonic() + START_TIMEOUT
            while not _listening(port):
                if process.poll() is not None or time.monotonic() > deadline:
                    break
                time.sleep(0.05)
            if process.poll() is None and _listening(port):
                yield SambaServer(port, conf, backing, process)
                return
            last_error = f"exit {process.poll()}: {_tail(log)}"
        finally:
            _stop_group(process)
    raise OSError(f"smbd did not start ({last_error})")


@contextlib.contextmanager
def smbnetfs_mount(server: SambaServer, root: Path, name: str) -> Iterator[Path]:
    """Mount the server with smbnetfs as its own session; yield the share's root in it."""
    home = root / f"home-{name}"
    (home / ".smb").mkdir(parents=True)
    mountpoint = root / f"mnt-{name}"
    mountpoint.mkdir()
    log = root / f"smbnetfs-{name}.log"
    (home / ".smb" / "smb.conf").write_text(_CLIENT_CONF, encoding="utf-8")
    config = home / ".smb" / "smbnetfs.conf"
    config.write_text(
        _SMBNETFS_CONF.format(log=log, user=USER, password=PASSWORD), encoding="utf-8"
    )
    config.chmod(0o600)
    share = mountpoint / f"127.0.0.1:{server.port}" / SHARE
    env = {**os.environ, "HOME": str(home)}
    with (root / f"smbnetfs-{name}.out").open("wb") as out:
        process = subprocess.Popen(
            ["smbnetfs", "-f", "-s", str(mountpoint), "-o", f"config={config}"],
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + START_TIMEOUT
        listing = "not mounted"
        while True:
            if process.poll() is not None or time.monotonic() > deadline:
                said = _tail(root / f"smbnetfs-{name}.out") or _tail(log)
                raise OSError(
                    f"smbnetfs did not show the share (exit {process.poll()}; "
                    f"{share}: {listing}) {said}".strip()
                )
            if _is_mounted(mountpoint):
                try:
                    os.listdir(share)
                    break
                except OSError as exc:
                    listing = exc.strerror or str(exc)
            time.sleep(0.05)
        yield share
    finally:
        _unmount(mountpoint)
        _stop_group(process)


def _kernel_cifs() -> bool:
    """Return whether this kernel has a CIFS client (loading the module if need be)."""
    with contextlib.suppress(OSError), open("/proc/filesystems", encoding="ascii") as known:
        if any(line.split()[-1:] == ["cifs"] for line in known):
            return True
    modprobe = shutil.which("modprobe") or shutil.which("modprobe", path="/sbin:/usr/sbin")
    if modprobe is None:
        return False
    return (
        subprocess.run([modprobe, "-q", "cifs"], capture_output=True, check=False).returncode == 0
    )


def _mount_cifs() -> str | None:
    return shutil.which("mount.cifs") or shutil.which("mount.cifs", path="/sbin:/usr/sbin")


@contextlib.contextmanager
def cifs_mount(server: SambaServer, root: Path, name: str, *, nobrl: bool) -> Iterator[Path]:
    """Mount the share with the kernel's CIFS client on its own TCP connection and session."""
    mountpoint = root / f"mnt-{name}"
    mountpoint.mkdir()
    credentials = root / f"credentials-{name}"
    credentials.write_text(f"username={USER}\npassword={PASSWORD}\n", encoding="utf-8")
    credentials.chmod(0o600)
    options = [
        f"port={server.port}",
        f"credentials={credentials}",
        "vers=3.0",
        "nosharesock",
        "uid=0",
        "gid=0",
        "file_mode=0644",
        "dir_mode=0755",
    ]
    options += ["nobrl"] if nobrl else []
    done = subprocess.run(
        ["mount", "-t", "cifs", server.url(), str(mountpoint), "-o", ",".join(options)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise OSError(f"mount -t cifs failed: {(done.stderr or done.stdout).strip()}")
    try:
        yield mountpoint
    finally:
        for lazy in ([], [], ["-l"]):
            if not _is_mounted(mountpoint):
                break
            subprocess.run(["umount", *lazy, str(mountpoint)], capture_output=True, check=False)
            time.sleep(0.2)


@contextlib.contextmanager
def smb_share(kind: str | None = None) -> Iterator[SmbShare]:
    """Start a loopback samba server and mount its share twice (plus a control mount for
    kernel CIFS); yield the SmbShare; unmount, stop and remove everything at exit.

    `kind` forces "cifs" or "smbnetfs"; by default kernel CIFS is used where the kernel has
    it (falling back to smbnetfs if its mount is refused), else smbnetfs.
    """
    root = Path(tempfile.mkdtemp(prefix="fksmb-"))
    notes: list[str] = []
    try:
        with samba_server(root) as server, contextlib.ExitStack() as mounts:
            if kind is None:
                kind = "cifs" if _kernel_cifs() and _mount_cifs() else "smbnetfs"
            if kind == "cifs":
                try:
                    a = mounts.enter_context(cifs_mount(server, root, "a", nobrl=False))
                    b = mounts.enter_context(cifs_mount(server, root, "b", nobrl=False))
                    control = mounts.enter_context(cifs_mount(server, root, "nobrl", nobrl=True))
                    share = SmbShare("cifs", server, a, b, control, True, notes)
                except OSError as exc:
                    mounts.close()
                    notes.append(f"kernel CIFS refused ({exc}); smbnetfs used instead")
                    kind = "smbnetfs"
            if kind == "smbnetfs":
                a = mounts.enter_context(smbnetfs_mount(server, root, "a"))
                b = mounts.enter_context(smbnetfs_mount(server, root, "b"))
                share = SmbShare("smbnetfs", server, a, b, b, False, notes)
            yield share
    finally:
        leftover = [
            line
            for line in Path("/proc/self/mountinfo").read_text().splitlines()
            if str(root) in line
        ]
        if not leftover:
            shutil.rmtree(root, ignore_errors=True)


@functools.cache
def smb_available() -> str | None:
    """Return None if a loopback SMB share can be mounted twice here, else why not."""
    if not sys.platform.startswith("linux"):
        return f"the SMB share tests run on Linux only (this is {sys.platform})"
    if os.geteuid() != 0:
        return "the SMB share tests need root (smbd and mounting)"
    missing = [tool for tool in ("smbd", "smbpasswd", "smbstatus") if not shutil.which(tool)]
    if missing:
        return f"samba is not installed (no {', '.join(missing)}; apt-get install samba)"
    if not (_kernel_cifs() and _mount_cifs()):
        if not shutil.which("smbnetfs"):
            return (
                "no kernel CIFS client and no smbnetfs (apt-get install smbnetfs) to mount "
                "the share"
            )
        if not os.path.exists("/dev/fuse"):
            return "no kernel CIFS client and no /dev/fuse for smbnetfs"
        try:
            os.close(os.open("/dev/fuse", os.O_RDWR))
        except OSError as exc:
            return f"no kernel CIFS client and /dev/fuse cannot be opened ({exc})"
        if not any(shutil.which(tool) for tool in ("fusermount3", "fusermount")):
            return "no fusermount/fusermount3 to unmount smbnetfs with (apt-get install fuse3)"
    try:
        with smb_share() as share:
            (share.a / "probe").write_bytes(b"ok")
            if (share.b / "probe").read_bytes() != b"ok":
                return "a file written through one mount is not read back through the other"
            if (share.backing / "probe").read_bytes() != b"ok":
                return "the share does not pass writes through to the server's folder"
    except OSError as exc:
        return f"the loopback SMB share cannot be set up here ({exc})"
    return None
