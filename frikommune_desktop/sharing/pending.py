"""Keeping a change that could not be written (lock lost, file replaced) instead of losing it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any

from ..program.folders import recovery_dir


def _plain(value: Any) -> Any:
    """Return a value JSON can hold: records and edits as dicts, enums by code, types by name."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, type):
        return value.__name__
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)


def save_pending_change(db_path: Path, edit: Any, reason: str) -> Path:
    """Write an edit that was not stored to the recovery folder; return the file's path."""
    folder = recovery_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{Path(db_path).stem}-{stamp}.json"
    record = {
        "file": str(Path(db_path).resolve()),
        "saved_at": stamp,
        "reason": reason,
        "change": getattr(edit, "text", ""),
        "kind": type(edit).__name__,
        "data": _plain(edit),
    }
    target.write_text(json.dumps(record, ensure_ascii=False, indent=2), encoding="utf-8")
    return target


def pending_changes(db_path: Path) -> list[dict[str, Any]]:
    """Return the kept changes of a network file, oldest first."""
    folder = recovery_dir()
    wanted = str(Path(db_path).resolve())
    found = []
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if record.get("file") == wanted:
            found.append({**record, "path": str(path)})
    return found
