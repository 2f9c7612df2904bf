"""Invisible and direction-changing characters never reach a network file (issue 17).

An e-mail with a right-to-left override (U+202E) was imported as it was, while a zero-width
space was stripped. Now one function strips them all, on every way in: the spreadsheet import
(tests/sheets/test_invisible_cells.py), the Word import, the store's own writes (what the
window types) and a merge.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import unicodedata
from pathlib import Path

import docx

from frikommune_desktop.applications.importer import import_application
from frikommune_desktop.invisible import without_invisible
from frikommune_desktop.merge.apply import merge_files
from frikommune_desktop.model import Contact, Experiment
from frikommune_desktop.store import Store

RLO, ISOLATE, ZERO_WIDTH = "\u202e", "\u2066", "\u200b"


def test_every_format_and_control_character_is_removed_and_nothing_else() -> None:
    """Every Cf, Cc and Cs character of Python's Unicode database goes; tab, newline stay."""
    hidden = [
        char
        for code in range(sys.maxunicode + 1)
        if unicodedata.category(char := chr(code)) in ("Cf", "Cc", "Cs")
    ]
    assert without_invisible("".join(hidden)) == "\t\n\r"
    visible = "Aarhus Æ ø å § 83 —\u00a0«»\u2028 \U0001f600 عربى עברית"
    assert without_invisible(visible) == visible


def test_the_store_writes_texts_without_them(empty_store: Store) -> None:
    """A record added or changed (as the window does) is stored without them, in every field."""
    contact = empty_store.records.add(
        Contact(
            name=f"Eva{ISOLATE} Ny", email=f"{RLO}eva@kommune.dk", title=f"Kon{ZERO_WIDTH}sulent"
        )
    )
    stored = empty_store.records.get(Contact, contact.id)
    assert (stored.name, stored.email, stored.title) == ("Eva Ny", "eva@kommune.dk", "Konsulent")
    experiment = empty_store.records.add(Experiment(title="Forsøg"))
    empty_store.records.update(
        Experiment, experiment.id, description=f"Linje{RLO} et\nlinje{ZERO_WIDTH} to", title="F"
    )
    changed = empty_store.records.get(Experiment, experiment.id)
    assert changed.description == "Linje et\nlinje to"


def test_a_word_application_is_imported_without_them(empty_store: Store, tmp_path: Path) -> None:
    """Name, e-mail and section text of a Word application arrive without them."""
    document = docx.Document()
    for line in (
        "Titel på forsøg: Hjemgivelse",
        "Deltagerkommuner: Guldborgsund",
        f"Faglig kontaktperson: Linda{ISOLATE} Spence, Guldborgsund Kommune",
        f"E-mail: {RLO}lins@guldborgsund.dk",
        "1. Beskrivelse af forsøget",
        f"Forsøget vedrører{ZERO_WIDTH} servicelovens{RLO} § 68.",
    ):
        document.add_paragraph(line)
    document.save(str(tmp_path / "ansoegning.docx"))
    import_application(empty_store, tmp_path / "ansoegning.docx")
    [contact] = empty_store.records.all(Contact)
    assert (contact.name, contact.email) == ("Linda Spence", "lins@guldborgsund.dk")
    [experiment] = empty_store.records.all(Experiment)
    assert experiment.description == "Forsøget vedrører servicelovens § 68."


def test_a_merge_takes_texts_without_them(empty_store: Store, tmp_path: Path) -> None:
    """Rows another copy holds with them (written by hand) are merged in without them."""
    ours = empty_store.path
    empty_store.close()
    theirs = tmp_path / "kopi.fkdb"
    shutil.copyfile(ours, theirs)
    with Store.open(theirs) as other:
        contact = other.records.add(Contact(name="Eva Ny"))
    with sqlite3.connect(theirs) as conn:
        conn.execute(
            "UPDATE contacts SET name = ?, email = ? WHERE id = ?",
            [f"Eva{ISOLATE} Ny{ZERO_WIDTH}", f"{RLO}eva@kommune.dk", contact.id],
        )
    conn.close()
    merge_files(ours, theirs)
    with Store.open(ours, readonly=True) as merged:
        stored = merged.records.get(Contact, contact.id)
    assert (stored.name, stored.email) == ("Eva Ny", "eva@kommune.dk")
