"""Exporting a round: gather it from the file, then write every document of the submission."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import InvalidValueError
from ..store import Store
from ..submission import participation_changes
from .content import RoundContent, round_content
from .docx_letter import write_letter_docx
from .files import ExportError, staged_folder
from .letter import Letter, cover_letter, orientation_letter, participation_table
from .pdf_layout import build_pdf, styles
from .pdf_story import bundle_story, letter_story, participation_story
from .table_xlsx import write_participation_xlsx

#: Called as progress(done, total, what) while files are written.
ProgressCallback = Callable[[int, int, str], None]

LETTER = "foelgebrev"
TABLE = "deltagertabel"
BUNDLE = "ansoegningspakke.pdf"
ORIENTATION = "orientering"


@dataclass(frozen=True)
class ExportResult:
    """The files an export wrote, the main one (to open when done) first."""

    files: tuple[Path, ...]

    @property
    def main_file(self) -> Path:
        """Return the file to show the user first (the bundle, or the orientation letter)."""
        return self.files[0]


@dataclass(frozen=True)
class OrientationContent:
    """A sent round and the participation changes since, ready to be written."""

    round: RoundContent
    letter: Letter


def write_round_files(
    content: RoundContent, folder: Path, progress: ProgressCallback | None = None
) -> ExportResult:
    """Write the cover letter, participation table and bundle of a gathered round to `folder`."""
    _require_applications(content)
    with staged_folder(folder) as staging:
        names = _write_round(content, staging, progress)
    return ExportResult(tuple(Path(folder) / name for name in names))


def _require_applications(content: RoundContent) -> None:
    """Refuse a round without applications: there is nothing to export."""
    if not content.applications:
        raise InvalidValueError(
            f"Runden {content.date} har ingen ansøgninger at eksportere. Knyt forsøgene til "
            "runden under Forsøg."
        )


def _write_round(
    content: RoundContent, folder: Path, progress: ProgressCallback | None
) -> list[str]:
    st = styles()
    letter = cover_letter(content)
    table = participation_table(content)
    footer = f"Frikommunenetværket {content.network.name}"
    steps: list[tuple[str, Callable[[], Path]]] = [
        (
            BUNDLE,
            lambda: build_pdf(
                folder / BUNDLE,
                bundle_story(letter, table, content.network.name, content.applications, st),
                title=f"Ansøgninger {content.date}: {content.network.name}",
                author=letter.author,
                subject=letter.subject,
                footer=footer,
            ),
        ),
        (
            f"{LETTER}.pdf",
            lambda: build_pdf(
                folder / f"{LETTER}.pdf",
                letter_story(letter, st),
                title=letter.title,
                author=letter.author,
                subject=letter.subject,
            ),
        ),
        (f"{LETTER}.docx", lambda: write_letter_docx(letter, folder / f"{LETTER}.docx")),
        (
            f"{TABLE}.pdf",
            lambda: build_pdf(
                folder / f"{TABLE}.pdf",
                participation_story(table, st),
                title=table.title,
                author=letter.author,
                footer=footer,
            ),
        ),
        (f"{TABLE}.xlsx", lambda: write_participation_xlsx(table, folder / f"{TABLE}.xlsx")),
    ]
    for done, (name, write) in enumerate(steps):
        if progress is not None:
            progress(done, len(steps), name)
        write()
    if progress is not None:
        progress(len(steps), len(steps), "")
    return [name for name, _write in steps]


def orientation_content(
    store: Store, deadline: str, today: dt.date | None = None
) -> OrientationContent:
    """Gather the orientation letter for a sent round; refuse when nothing changed."""
    content = round_content(store, deadline)
    changes = participation_changes(store, deadline)
    if not changes:
        raise InvalidValueError(
            f"Deltagelsen i runden {content.date} er ikke ændret, siden runden blev indsendt; "
            "der er intet at orientere ministeriet om."
        )
    return OrientationContent(content, orientation_letter(content, changes, today))


def write_orientation_files(
    orientation: OrientationContent, folder: Path, progress: ProgressCallback | None = None
) -> ExportResult:
    """Write the orientation letter as PDF and Word to `folder`."""
    letter = orientation.letter
    names = (f"{ORIENTATION}.pdf", f"{ORIENTATION}.docx")
    with staged_folder(folder) as staging:
        if progress is not None:
            progress(0, 2, names[0])
        build_pdf(
            staging / names[0],
            letter_story(letter, styles()),
            title=letter.title,
            author=letter.author,
            subject=letter.subject,
        )
        if progress is not None:
            progress(1, 2, names[1])
        write_letter_docx(letter, staging / names[1])
        if progress is not None:
            progress(2, 2, "")
    return ExportResult(tuple(Path(folder) / name for name in names))


def export_round(
    store: Store,
    deadline: str,
    folder: Path,
    *,
    date: str | None = None,
    changes_since_submission: bool = False,
    progress: ProgressCallback | None = None,
) -> ExportResult:
    """Export a round's submission (or, with changes_since_submission, the orientation letter).

    `date` (ISO) is the letter's date: the round's deadline, or today for an orientation.
    """
    if changes_since_submission:
        today = dt.date.fromisoformat(date) if date else None
        return write_orientation_files(
            orientation_content(store, deadline, today), folder, progress
        )
    return write_round_files(round_content(store, deadline, date), folder, progress)


def check_export(
    store: Store,
    deadline: str,
    folder: Path,
    *,
    date: str | None = None,
    changes_since_submission: bool = False,
) -> None:
    """Raise the error export_round would give for its round and folder (an unknown round, a
    round without applications, an orientation with nothing to say, a file where the folder
    should be) without writing anything: to refuse before the file is opened for writing."""
    if changes_since_submission:
        orientation_content(store, deadline, dt.date.fromisoformat(date) if date else None)
    else:
        _require_applications(round_content(store, deadline, date))
    if folder.exists() and not folder.is_dir():
        raise ExportError(f"Mappen {folder} kan ikke oprettes: der findes en fil med det navn.")
