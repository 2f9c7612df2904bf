"""Bench: opening the large file for writing on the slow share, and how much of it is read.

Run on purpose: `.venv/bin/python bench/bench_open_share.py` (needs root on Linux with
/dev/fuse, fusepy and libfuse2).

The bench file (bench/largefile.py: 1,000 experiments) lies on the FUSE share
(tests/sharing/fuse_fs.py) with --latency ms per operation and is opened for writing as on
any network drive (worked on as a local copy). For each of --repeat opens it gives the time
`Store.open` took and the bytes and read operations the share served from the file, against
the file's size; then the file is closed (not timed). Opening reads the file in full for the
integrity check and for the working copy: once, or twice where the check's copy is not
reused.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    """Build the bench file, put it on the share and time its opens there."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency", type=float, default=20.0, help="ms per operation")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from largefile import write_large_network

    from frikommune_desktop.store import Store
    from tests.sharing.fuse_fs import control_for, fuse_available, mounted

    reason = fuse_available()
    if reason is not None:
        sys.exit(f"the share is not measured: {reason}")
    with tempfile.TemporaryDirectory(prefix="fkopen-") as tmp:
        os.environ["FRIKOMMUNE_DATA_DIR"] = str(Path(tmp) / "userdata")
        os.environ["FRIKOMMUNE_WORKING_COPY"] = "1"
        backing = Path(tmp) / "share"
        backing.mkdir()
        write_large_network(backing / "large.fkdb").close()
        size = (backing / "large.fkdb").stat().st_size
        print(f"Large network ({size / 1e6:.1f} MB) on the share, {args.latency:g} ms/operation")
        times = []
        with mounted(backing, args.latency) as mount:
            control = control_for(mount)
            for run in range(1, args.repeat + 1):
                control.reset()
                started = time.perf_counter()
                store = Store.open(mount / "large.fkdb", working_copy=None)  # as the window does
                took = time.perf_counter() - started
                stats = control.stats()
                store.close()
                read = stats["read_bytes"].get("large.fkdb", 0)
                reads = stats["by_file"].get("large.fkdb", {}).get("read", 0)
                times.append(took)
                print(
                    f"  open {run}: {took:6.2f} s; read {read / 1e6:6.1f} MB "
                    f"({read / size:.2f}x the file) in {reads} reads"
                )
        print(f"median open: {statistics.median(times):.2f} s")
        shutil.rmtree(backing, ignore_errors=True)


if __name__ == "__main__":
    main()
