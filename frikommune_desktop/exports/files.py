"""Writing export files whole or not at all."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ..errors import FrikommuneError


class ExportError(FrikommuneError):
    """An export could not be written (folder missing, file open in another program …)."""


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside `path`; on success it replaces `path`, else it vanishes.

    A reader never sees a half-written file, and a failed export leaves the old one in place.
    """
    path = Path(path)
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.stem}-", suffix=path.suffix, dir=path.parent
        )
    except OSError as exc:
        raise ExportError(f"Kan ikke skrive i mappen {path.parent}: {exc.strerror}.") from exc
    os.close(handle)
    try:
        yield Path(temporary)
        os.replace(temporary, path)
    except PermissionError as exc:
        raise ExportError(
            f"{path.name} kan ikke overskrives; er filen åben i et andet program? ({exc.strerror})"
        ) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.remove(temporary)


@contextlib.contextmanager
def staged_folder(folder: Path) -> Iterator[Path]:
    """Yield a hidden folder inside `folder` to write a set of files into; on success they
    replace their namesakes in `folder`, on failure none of them does (the set stays whole)."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".eksport-", dir=folder))
    except OSError as exc:
        raise ExportError(f"Mappen {folder} kan ikke oprettes: {exc.strerror}.") from exc
    try:
        yield staging
        for written in sorted(staging.iterdir()):
            try:
                os.replace(written, folder / written.name)
            except PermissionError as exc:
                raise ExportError(
                    f"{written.name} kan ikke overskrives; er filen åben i et "
                    f"andet program? ({exc.strerror})"
                ) from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
