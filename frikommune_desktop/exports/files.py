"""Writing export files whole or not at all."""

from __future__ import annotations

import contextlib
import os
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
        handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=path.suffix,
                                             dir=path.parent)  # fmt: skip
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
