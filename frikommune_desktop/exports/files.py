"""Writing export files whole or not at all, and a set of them as a whole or not at all.

A set (the five files of a round) is written into a staging folder `.eksport-<id>` in the
output folder, then swapped in under a guard folder (`.eksport.guard`, lockfile's critical
section, so two exports to one folder take turns): each file that is to be replaced is first
kept in the staging folder (a hard link, else a copy), a plan naming the set is written, and
then the new files are renamed in one by one. A rename that fails (a file open in another
program on Windows, a locked file) puts the kept files back, byte for byte. A process killed
between two renames leaves the plan and the kept files; the next export into the folder puts
the old set back (or, if every new file was in place, finishes) before it writes anything.
Staging folders of exports still running (their process alive, or on another machine and
younger than an hour) are left alone.

Files are created with mode 0o666 less the umask, as any program's new files are; the
staging folder likewise, so that a colleague's export can clean up a leftover.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from ..errors import FrikommuneError
from ..sharing.lockfile import hold_guard, pid_alive, this_host

_log = logging.getLogger(__name__)

STAGING_PREFIX = ".eksport-"
#: The guard folder is this name plus '.guard'; it is held while a set is swapped in.
SWAP_GUARD = ".eksport"
NEW, KEPT, PLAN, OWNER = "ny", "gammel", "plan.json", "ejer.json"
#: A staging folder without an owner file (being made, or left by an older version) this
#: old is stale.
UNOWNED_STALE_SECONDS = 60.0
#: A staging folder whose owner runs on another machine (or whose process id may have been
#: reused) this old is stale: no export takes that long.
OWNED_STALE_SECONDS = 3600.0
#: How long an export waits for another export into the same folder to finish its swap.
SWAP_WAIT_SECONDS = 30.0

#: Renames a file over another: the swap's renames go through this name (a test seam).
replace_file = os.replace

#: The staging folders of exports running in this process (another thread's is not stale).
_running: set[Path] = set()


class ExportError(FrikommuneError):
    """An export could not be written (folder missing, file open in another program …)."""


def _create(path: Path) -> None:
    """Create an empty file exclusively, with the permissions any program's new file gets."""
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside `path`; on success it replaces `path`, else it vanishes.

    A reader never sees a half-written file, and a failed export leaves the old one in place.
    """
    path = Path(path)
    temporary = path.with_name(f".{path.stem}-{uuid.uuid4().hex[:12]}{path.suffix}")
    try:
        _create(temporary)
    except OSError as exc:
        raise ExportError(f"Kan ikke skrive i mappen {path.parent}: {exc.strerror}.") from exc
    try:
        yield temporary
        os.replace(temporary, path)
    except PermissionError as exc:
        raise ExportError(_busy(path.name, exc)) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.remove(temporary)


def _busy(name: str, exc: OSError) -> str:
    return f"{name} kan ikke overskrives; er filen åben i et andet program? ({exc.strerror})"


@contextlib.contextmanager
def staged_folder(folder: Path) -> Iterator[Path]:
    """Yield an empty folder to write a set of files into; on success they replace their
    namesakes in `folder` together, on failure none of them does (the old set stays whole).

    Leftovers of earlier exports into `folder` that were killed are put right first.
    """
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"Mappen {folder} kan ikke oprettes: {exc.strerror}.") from exc
    staging = folder / f"{STAGING_PREFIX}{uuid.uuid4().hex}"
    try:
        with _swap_guard(folder):
            clean_stale_stagings(folder)
        staging.mkdir()
    except OSError as exc:
        raise ExportError(f"Kan ikke skrive i mappen {folder}: {exc.strerror}.") from exc
    _running.add(staging.absolute())
    try:
        try:
            owner = {"host": this_host(), "pid": os.getpid()}
            (staging / OWNER).write_text(json.dumps(owner), encoding="utf-8")
            (staging / NEW).mkdir()
        except OSError as exc:
            _remove_staging(staging)
            raise ExportError(f"Kan ikke skrive i mappen {folder}: {exc.strerror}.") from exc
        try:
            yield staging / NEW
        except BaseException:
            _remove_staging(staging)
            raise
        _swap_in(folder, staging)
    finally:
        _running.discard(staging.absolute())


@contextlib.contextmanager
def _swap_guard(folder: Path) -> Iterator[None]:
    """Hold the folder's swap guard for the block, or refuse: another export is swapping."""
    with hold_guard(folder / SWAP_GUARD, SWAP_WAIT_SECONDS) as had:
        if not had:
            raise ExportError(
                f"En anden eksport skriver i mappen {folder} lige nu. Prøv igen om lidt."
            )
        yield


def _swap_in(folder: Path, staging: Path) -> None:
    """Put the staged set in place of the old one: all of it, or (on failure) none of it."""
    try:
        with _swap_guard(folder):
            names = sorted(path.name for path in (staging / NEW).iterdir())
            existed = [name for name in names if (folder / name).exists()]
            (staging / KEPT).mkdir()
            for name in existed:
                _keep(folder / name, staging / KEPT / name)
            _write_plan(staging, names, existed)
            try:
                for name in names:
                    replace_file(staging / NEW / name, folder / name)
            except OSError as exc:
                if isinstance(exc, PermissionError):
                    message = _busy(name, exc)
                else:
                    message = f"{name} kunne ikke skrives: {exc.strerror}."
                _undo(folder, staging, message)
                raise ExportError(f"{message} De tidligere filer er ikke ændret.") from exc
    except OSError as exc:  # before the plan: nothing in `folder` was changed
        _remove_staging(staging)
        raise ExportError(f"Kan ikke skrive i mappen {folder}: {exc.strerror}.") from exc
    except BaseException:
        if not (staging / PLAN).exists():
            _remove_staging(staging)
        raise
    _remove_staging(staging)


def _keep(source: Path, kept: Path) -> None:
    """Keep a file that is to be replaced: a hard link where the file system has them."""
    try:
        os.link(source, kept)
    except OSError:
        shutil.copy2(source, kept)  # keeps the date too


def _write_plan(staging: Path, names: list[str], existed: list[str]) -> None:
    """Write which files the swap replaces: from now on a crash is undone by the next export."""
    partial = staging / f"{PLAN}.partial"
    with partial.open("w", encoding="utf-8") as handle:
        json.dump({"names": names, "existed": existed}, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, staging / PLAN)


def _undo(folder: Path, staging: Path, message: str) -> None:
    """Put back the files the swap replaced; if that fails, leave them for the next export."""
    try:
        _put_back(folder, staging)
    except OSError as exc:
        _log.exception("eksporten i %s kunne ikke rulles tilbage", folder)
        raise ExportError(
            f"{message} De tidligere filer kunne ikke alle lægges tilbage ({exc.strerror}); "
            f"de ligger i {staging / KEPT} og lægges tilbage ved næste eksport til mappen."
        ) from exc
    _remove_staging(staging)


def _put_back(folder: Path, staging: Path) -> None:
    """Undo a swap by its plan: every new file already in place gives way to the kept one.

    Safe to repeat after a crash half-way: a kept file gone was put back already.
    """
    plan = json.loads((staging / PLAN).read_text(encoding="utf-8"))
    for name in plan["names"]:
        if (staging / NEW / name).exists():
            continue  # never moved in: the file in `folder` is still the old one (or none)
        if name in plan["existed"]:
            if (staging / KEPT / name).exists():
                replace_file(staging / KEPT / name, folder / name)
        else:
            (folder / name).unlink(missing_ok=True)


def clean_stale_stagings(folder: Path) -> list[Path]:
    """Put right what killed exports left in `folder` (call holding the swap guard); return
    the staging folders removed. A half-done swap is undone, or finished if it was whole."""
    removed: list[Path] = []
    for staging in sorted(folder.glob(f"{STAGING_PREFIX}*")):
        if not staging.is_dir() or not _stale(staging):
            continue
        try:
            if (staging / PLAN).exists():
                plan = json.loads((staging / PLAN).read_text(encoding="utf-8"))
                if any((staging / NEW / name).exists() for name in plan["names"]):
                    _put_back(folder, staging)
                    _log.warning("en afbrudt eksport i %s er rullet tilbage", folder)
        except (OSError, ValueError, KeyError, TypeError):
            _log.exception("den efterladte eksport %s kunne ikke ryddes op", staging)
            continue
        if _remove_staging(staging):
            removed.append(staging)
    return removed


def _stale(staging: Path) -> bool:
    """Return whether a staging folder was left by an export that no longer runs."""
    try:
        owner = json.loads((staging / OWNER).read_text(encoding="utf-8"))
        age = time.time() - (staging / OWNER).stat().st_mtime
        host, pid = str(owner["host"]), int(owner["pid"])
    except FileNotFoundError:
        try:
            return time.time() - staging.stat().st_mtime > UNOWNED_STALE_SECONDS
        except OSError:
            return False
    except (OSError, ValueError, KeyError, TypeError):
        return False  # being written, or unreadable: not ours to judge now
    if age > OWNED_STALE_SECONDS:
        return True
    if host != this_host():
        return False
    return staging.absolute() not in _running if pid == os.getpid() else not pid_alive(pid)


def _remove_staging(staging: Path) -> bool:
    """Remove a staging folder, its plan first (so a half-removed one is never undone)."""
    with contextlib.suppress(FileNotFoundError):
        (staging / PLAN).unlink()
    shutil.rmtree(staging, ignore_errors=True)
    if staging.exists():
        _log.warning("eksportens arbejdsmappe %s kunne ikke slettes", staging)
        return False
    return True
