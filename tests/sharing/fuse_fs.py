"""A slow, flaky network drive for the tests: a passthrough FUSE file system (fusepy).

It mirrors a backing folder at a mount point and can
- add a fixed latency (ms) to every operation the kernel sends it (getattr, lookup-driven
  getattr, access, open, create, read, write, flush, fsync, fsyncdir, release, truncate,
  unlink, rename, link, mkdir, rmdir, readdir, opendir, releasedir, statfs, chmod, chown,
  utimens), or only to the ones named by `--latency-ops` / `latency_ops=`;
- fail operations with EIO: each write/fsync with a probability, or every one of them from
  a given moment (`fail_writes`), optionally only for files whose name matches a glob.

Run it directly (`python tests/fuse_fs.py BACKING MOUNTPOINT --latency 20`) or through
`mounted(...)`, which starts it in a background process, waits until the mount is live,
yields the mount point and unmounts at exit. `control_for(mount)` changes the faults of a
running mount and reads its operation counters over a Unix socket.

Locking: fusepy leaves FUSE's `lock` operation unset, so the kernel keeps POSIX (fcntl) locks
itself: they work between processes of this machine that use the mount, but are never passed
to the backing folder, like an SMB mount with `nobrl` whose locks other clients never see.
That is fine: the app relies on its lock file (NAME.fkdb.lock, created with os.link), not
on POSIX locks, to keep to one writer.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import fnmatch
import functools
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

#: The operations `--fail-writes` / `eio_probability` fail by default.
DEFAULT_FAIL_OPS = ("write", "fsync")
#: Seconds to wait for a mount to come up or go away.
MOUNT_TIMEOUT = 20.0

_CONTROLS: dict[Path, FuseControl] = {}


# -- the file system (runs in its own process) -------------------------------------------------


def _operations_class() -> type:
    """Return the passthrough Operations class (fusepy is imported only where it is needed)."""
    from fuse import FuseOSError, Operations

    class SlowPassthrough(Operations):
        """Mirror `root`; sleep `latency` s before each operation; fail some with EIO."""

        use_ns = True
        # Unset (None) operations are answered ENOSYS by libfuse without reaching this class,
        # so they carry no latency: xattrs (the kernel stops asking after the first ENOSYS),
        # and ioctl, which Python's open() would otherwise pay for (isatty's TCGETS) where an
        # SMB client answers it locally.
        getxattr = setxattr = listxattr = removexattr = None
        ioctl = None

        def __init__(
            self, root: str, latency: float, latency_ops: set[str] | None, settings: dict[str, Any]
        ) -> None:
            self.root = root
            self.latency = latency
            self.latency_ops = latency_ops
            self.settings = settings
            self.counts: dict[str, int] = {}
            self.by_file: dict[str, dict[str, int]] = {}
            self.read_bytes: dict[str, int] = {}
            self.failed: dict[str, int] = {}
            self._random = random.Random(settings.get("seed"))
            self._lock = threading.Lock()

        def __call__(self, op: str, *args: Any) -> Any:
            """Count, delay and maybe fail one operation, then pass it through."""
            if op in ("init", "destroy"):
                return super().__call__(op, *args)
            name = os.path.basename(args[0]) if args and isinstance(args[0], str) else ""
            with self._lock:
                self.counts[op] = self.counts.get(op, 0) + 1
                per_file = self.by_file.setdefault(name or "/", {})
                per_file[op] = per_file.get(op, 0) + 1
            if self.latency and (self.latency_ops is None or op in self.latency_ops):
                time.sleep(self.latency)
            if self._should_fail(op, args[0] if args else None):
                with self._lock:
                    self.failed[op] = self.failed.get(op, 0) + 1
                raise FuseOSError(errno.EIO)
            result = super().__call__(op, *args)
            if op == "read":
                with self._lock:
                    self.read_bytes[name] = self.read_bytes.get(name, 0) + len(result)
            return result

        def _should_fail(self, op: str, path: str | None) -> bool:
            settings = self.settings
            if op not in settings["fail_ops"]:
                return False
            pattern = settings.get("fail_paths")
            if pattern and not (path and fnmatch.fnmatch(os.path.basename(path), pattern)):
                return False
            if settings["fail_writes"]:
                return True
            return self._random.random() < settings["eio_probability"]

        def _full(self, path: str) -> str:
            return os.path.join(self.root, path.lstrip("/"))

        # metadata
        def getattr(self, path: str, fh: Any = None) -> dict[str, Any]:
            st = os.fstat(fh.fh) if fh is not None else os.lstat(self._full(path))
            keys = (
                "st_mode",
                "st_ino",
                "st_dev",
                "st_nlink",
                "st_uid",
                "st_gid",
                "st_size",
                "st_blocks",
                "st_blksize",
            )
            attrs = {key: getattr(st, key) for key in keys}
            attrs.update(st_atime=st.st_atime_ns, st_mtime=st.st_mtime_ns, st_ctime=st.st_ctime_ns)
            return attrs

        def access(self, path: str, amode: int) -> None:
            if not os.access(self._full(path), amode):
                raise FuseOSError(errno.EACCES)

        def chmod(self, path: str, mode: int) -> None:
            os.chmod(self._full(path), mode)

        def chown(self, path: str, uid: int, gid: int) -> None:
            os.chown(self._full(path), uid, gid)

        def utimens(self, path: str, times: tuple[int, int] | None = None) -> None:
            if times:
                os.utime(self._full(path), ns=times)
            else:
                os.utime(self._full(path))

        def statfs(self, path: str) -> dict[str, int]:
            sv = os.statvfs(self._full(path))
            return {
                key: getattr(sv, key)
                for key in (
                    "f_bavail",
                    "f_bfree",
                    "f_blocks",
                    "f_bsize",
                    "f_favail",
                    "f_ffree",
                    "f_files",
                    "f_flag",
                    "f_frsize",
                    "f_namemax",
                )
            }

        # directories
        def readdir(self, path: str, fh: Any) -> list[str]:
            return [".", "..", *os.listdir(self._full(path))]

        def mkdir(self, path: str, mode: int) -> None:
            os.mkdir(self._full(path), mode)

        def rmdir(self, path: str) -> None:
            os.rmdir(self._full(path))

        def fsyncdir(self, path: str, datasync: int, fh: Any) -> None:
            fd = os.open(self._full(path), os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)

        # names
        def unlink(self, path: str) -> None:
            os.unlink(self._full(path))

        def rename(self, old: str, new: str) -> None:
            os.rename(self._full(old), self._full(new))

        def link(self, target: str, source: str) -> None:
            os.link(self._full(source), self._full(target))  # fusepy: target is the new name

        def symlink(self, target: str, source: str) -> None:
            os.symlink(source, self._full(target))

        def readlink(self, path: str) -> str:
            return os.readlink(self._full(path))

        # files (raw_fi: the kernel's fuse_file_info, whose fh we fill; direct_io stays off)
        def open(self, path: str, fi: Any) -> None:
            fi.fh = os.open(self._full(path), fi.flags)

        def create(self, path: str, mode: int, fi: Any) -> None:
            fi.fh = os.open(self._full(path), fi.flags | os.O_CREAT, mode)

        def read(self, path: str, size: int, offset: int, fi: Any) -> bytes:
            return os.pread(fi.fh, size, offset)

        def write(self, path: str, data: bytes, offset: int, fi: Any) -> int:
            return os.pwrite(fi.fh, data, offset)

        def truncate(self, path: str, length: int, fi: Any = None) -> None:
            if fi is not None:
                os.ftruncate(fi.fh, length)
            else:
                os.truncate(self._full(path), length)

        def flush(self, path: str, fi: Any) -> None:
            return None  # passthrough: nothing buffered here (close() sends this)

        def fsync(self, path: str, datasync: int, fi: Any) -> None:
            (os.fdatasync if datasync else os.fsync)(fi.fh)

        def release(self, path: str, fi: Any) -> None:
            os.close(fi.fh)

    return SlowPassthrough


def _serve_control(server: socket.socket, fs: Any) -> None:
    """Answer JSON commands on the control socket: set faults, read or reset the counters."""
    while True:
        conn, _ = server.accept()
        with conn, conn.makefile("rw", encoding="utf-8") as stream:
            for line in stream:
                command = json.loads(line)
                action = command.pop("action")
                if action == "set":
                    if "fail_ops" in command:
                        command["fail_ops"] = set(command["fail_ops"])
                    fs.settings.update(command)
                elif action == "reset":
                    with fs._lock:
                        fs.counts.clear()
                        fs.failed.clear()
                        fs.by_file.clear()
                        fs.read_bytes.clear()
                with fs._lock:
                    answer = {
                        "counts": dict(fs.counts),
                        "failed": dict(fs.failed),
                        "by_file": {k: dict(v) for k, v in fs.by_file.items()},
                        "read_bytes": dict(fs.read_bytes),
                    }
                stream.write(json.dumps(answer) + "\n")
                stream.flush()


def serve(argv: list[str] | None = None) -> None:
    """Mount BACKING at MOUNTPOINT in the foreground until it is unmounted."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("backing", type=Path)
    parser.add_argument("mountpoint", type=Path)
    parser.add_argument("--latency", type=float, default=0.0, help="ms added to each operation")
    parser.add_argument("--latency-ops", default="", help="comma-separated; default: all")
    parser.add_argument("--eio-probability", type=float, default=0.0)
    parser.add_argument("--fail-writes", action="store_true", help="fail every write now")
    parser.add_argument("--fail-ops", default=",".join(DEFAULT_FAIL_OPS))
    parser.add_argument("--fail-paths", default="", help="fail only names matching this glob")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument(
        "--attr-timeout",
        type=float,
        default=1.0,
        help="seconds the kernel caches attributes and names (0: ask always)",
    )
    parser.add_argument("--control", type=Path, help="Unix socket for control_for()")
    parser.add_argument("--stats-out", type=Path, help="write the counters here at unmount")
    args = parser.parse_args(argv)

    from fuse import FUSE

    settings = {
        "fail_writes": args.fail_writes,
        "eio_probability": args.eio_probability,
        "fail_ops": set(filter(None, args.fail_ops.split(","))),
        "fail_paths": args.fail_paths,
        "seed": args.seed,
    }
    latency_ops = set(filter(None, args.latency_ops.split(","))) or None
    fs = _operations_class()(
        str(args.backing.resolve()), args.latency / 1000.0, latency_ops, settings
    )
    if args.control:
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        server.bind(str(args.control))
        server.listen(4)
        threading.Thread(target=_serve_control, args=(server, fs), daemon=True).start()
    try:
        FUSE(
            fs,
            str(args.mountpoint),
            foreground=True,
            raw_fi=True,
            use_ino=True,
            big_writes=True,
            attr_timeout=args.attr_timeout,
            entry_timeout=args.attr_timeout,
            negative_timeout=0,
            fsname="slowshare",
            subtype="slowshare",
        )
    finally:
        if args.stats_out:
            args.stats_out.write_text(
                json.dumps({"counts": fs.counts, "failed": fs.failed, "by_file": fs.by_file})
            )


# -- the test side: start, control and stop a mount ---------------------------------------------


class FuseControl:
    """Talk to a running mount: change its faults, read and reset its operation counters."""

    def __init__(self, socket_path: Path) -> None:
        self.socket_path = socket_path

    def _send(self, **command: Any) -> dict[str, Any]:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(30)
            sock.connect(str(self.socket_path))
            with sock.makefile("rw", encoding="utf-8") as stream:
                stream.write(json.dumps(command) + "\n")
                stream.flush()
                return json.loads(stream.readline())

    def set_faults(
        self,
        *,
        fail_writes: bool | None = None,
        eio_probability: float | None = None,
        fail_ops: Iterable[str] | None = None,
        fail_paths: str | None = None,
    ) -> None:
        """Change what fails from now on (None: leave as it is)."""
        changes = {
            "fail_writes": fail_writes,
            "eio_probability": eio_probability,
            "fail_ops": list(fail_ops) if fail_ops is not None else None,
            "fail_paths": fail_paths,
        }
        self._send(action="set", **{k: v for k, v in changes.items() if v is not None})

    def stats(self) -> dict[str, Any]:
        """Return the operations served ('counts') and failed ('failed') so far by kind, the
        served ones per file name ('by_file': {name: {kind: count}}) and the bytes read from
        each file ('read_bytes': {name: bytes})."""
        return self._send(action="stats")

    def reset(self) -> dict[str, Any]:
        """Return the counters and set them to zero."""
        before = self.stats()
        self._send(action="reset")
        return before


def control_for(mountpoint: Path) -> FuseControl:
    """Return the control of a mount made by mounted() in this process."""
    return _CONTROLS[Path(mountpoint)]


def _is_mounted(mountpoint: Path) -> bool:
    """Return whether something is mounted exactly at `mountpoint` (read from /proc)."""
    target = os.fsencode(os.path.realpath(mountpoint))
    with open("/proc/self/mountinfo", "rb") as info:
        for line in info:
            field = line.split(b" ")[4].replace(b"\\040", b" ")
            if field == target:
                return True
    return False


def _unmount(mountpoint: Path) -> None:
    """Unmount with fusermount3/fusermount (umount as root); lazily if it stays busy."""
    tools = [[tool, "-u"] for tool in ("fusermount3", "fusermount") if shutil.which(tool)]
    tools += [["umount"]] if shutil.which("umount") else []
    for attempt in range(20):
        if not _is_mounted(mountpoint):
            return
        for tool in tools:
            lazy = ["-z"] if attempt >= 10 and tool[0].startswith("fusermount") else []
            lazy = ["-l"] if attempt >= 10 and tool[0] == "umount" else lazy
            done = subprocess.run([*tool, *lazy, str(mountpoint)], capture_output=True, check=False)
            if done.returncode == 0:
                return
        time.sleep(0.2)


@contextlib.contextmanager
def mounted(
    backing: Path,
    latency_ms: float = 0,
    *,
    eio_probability: float = 0.0,
    fail_writes: bool = False,
    fail_ops: Iterable[str] = DEFAULT_FAIL_OPS,
    fail_paths: str = "",
    latency_ops: Iterable[str] | None = None,
    attr_timeout: float = 1.0,
    stats_out: Path | None = None,
    seed: int | None = None,
) -> Iterator[Path]:
    """Mount `backing` through the slow FUSE file system in a background process; yield the
    mount point and unmount and stop the process at exit, also on failure."""
    state = Path(tempfile.mkdtemp(prefix="fkfuse-"))
    mountpoint = state / "mnt"
    mountpoint.mkdir()
    sock = state / "control.sock"
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        str(backing),
        str(mountpoint),
        "--latency",
        str(latency_ms),
        "--eio-probability",
        str(eio_probability),
        "--fail-ops",
        ",".join(fail_ops),
        "--fail-paths",
        fail_paths,
        "--attr-timeout",
        str(attr_timeout),
        "--control",
        str(sock),
    ]
    command += ["--fail-writes"] if fail_writes else []
    command += ["--latency-ops", ",".join(latency_ops)] if latency_ops is not None else []
    command += ["--stats-out", str(stats_out)] if stats_out is not None else []
    command += ["--seed", str(seed)] if seed is not None else []
    log = open(state / "fuse.log", "w+b")  # noqa: SIM115 - closed in the finally below
    proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=log, stderr=log)
    try:
        deadline = time.monotonic() + MOUNT_TIMEOUT
        while not (_is_mounted(mountpoint) and sock.exists()):
            if proc.poll() is not None or time.monotonic() > deadline:
                log.seek(0)
                lines = log.read().decode(errors="replace").splitlines()
                said = "; ".join(
                    line
                    for line in lines
                    if line[:1].isalpha() and not line.startswith("Traceback")
                )
                raise OSError(f"the FUSE mount did not come up (exit {proc.poll()}): {said}")
            time.sleep(0.02)
        _CONTROLS[mountpoint] = FuseControl(sock)
        yield mountpoint
    finally:
        _CONTROLS.pop(mountpoint, None)
        _unmount(mountpoint)
        try:
            proc.wait(timeout=MOUNT_TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        log.close()
        if not _is_mounted(mountpoint):
            shutil.rmtree(state, ignore_errors=True)


@functools.cache
def fuse_available() -> str | None:
    """Return None if a FUSE mount works here, else why not (for pytest.skip)."""
    if not sys.platform.startswith("linux"):
        return f"FUSE tests run on Linux only (this is {sys.platform})"
    if not os.path.exists("/dev/fuse"):
        return "no /dev/fuse on this machine (FUSE is not available)"
    try:
        os.close(os.open("/dev/fuse", os.O_RDWR))
    except OSError as exc:
        return f"/dev/fuse cannot be opened ({exc})"
    try:
        import fuse  # noqa: F401
    except ImportError:
        return "fusepy is not installed (pip install fusepy)"
    except OSError as exc:
        return f"fusepy cannot load libfuse ({exc}; apt-get install libfuse2)"
    if not any(shutil.which(tool) for tool in ("fusermount3", "fusermount")):
        return "no fusermount/fusermount3 to unmount with (apt-get install fuse3)"
    try:
        with tempfile.TemporaryDirectory() as backing, mounted(Path(backing)) as mount:
            (mount / "probe").write_bytes(b"ok")
            if (Path(backing) / "probe").read_bytes() != b"ok":
                return "the FUSE mount does not pass writes through"
            (mount / "probe").unlink()
    except OSError as exc:
        return f"mounting a FUSE file system is refused here ({exc})"
    return None


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        serve()
