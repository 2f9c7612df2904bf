"""Several Word documents in one import: all or nothing, every document's problems at once."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from frikommune_desktop.applications.documents import plan_documents, read_documents
from frikommune_desktop.model import Experiment
from frikommune_desktop.store import Store
from tests.applications.docx_fixtures import source_applications, write_application_docx
from tests.cli.test_cli import run_cli
from tests.conftest import REFERENCE_DIR
from tests.sharing.test_recovery import digest

SOURCES = {app.number: app for app in source_applications(REFERENCE_DIR)}


@pytest.fixture
def two_documents(tmp_path: Path) -> list[Path]:
    """Two filled-in templates from two networks: 'Én handleplan' and application 1."""
    return [
        write_application_docx([SOURCES[16]], tmp_path / "en_handleplan.docx"),
        write_application_docx([SOURCES[1]], tmp_path / "ansoegning_1.docx"),
    ]


@pytest.fixture
def letter_docx(tmp_path: Path) -> Path:
    """A real Word document that is not an application (a letter, no template table)."""
    document = docx.Document()
    document.add_paragraph("Kære netværk, hermed vores bemærkninger til mødet.")
    path = tmp_path / "brev.docx"
    document.save(str(path))
    return path


def _titles(path: Path) -> set[str]:
    """Return the experiment titles in a network file."""
    with Store.open(path, readonly=True) as store:
        return {e.title for e in store.records.all(Experiment)}


def test_two_documents_are_imported_in_one_command(demo_path: Path, two_documents) -> None:
    """`import-application FILE A.docx B.docx` stores both documents' experiments at once and
    reports each document under its name."""
    wanted = {"Én handleplan", SOURCES[1].title}
    assert not wanted & _titles(demo_path)
    done = run_cli("import-application", str(demo_path), *map(str, two_documents))
    assert done.returncode == 0, done.stderr
    assert "en_handleplan.docx:" in done.stdout and "ansoegning_1.docx:" in done.stdout
    assert "2 Word-dokumenter: 2 ansøgninger. Gemt i én transaktion." in done.stdout
    assert wanted <= _titles(demo_path)


def test_one_bad_document_stops_all_and_every_problem_is_listed(
    demo_path: Path, two_documents, letter_docx: Path, tmp_path: Path
) -> None:
    """With a letter and a file that is no Word document among the applications, nothing is
    stored, and the refusal names the problems of every document in one go."""
    not_word = tmp_path / "noter.docx"
    not_word.write_text("ikke et dokument", encoding="utf-8")
    before = digest(demo_path)
    paths = [two_documents[0], letter_docx, not_word, two_documents[1]]
    refused = run_cli("import-application", str(demo_path), *map(str, paths))
    assert refused.returncode == 2, refused.stdout
    assert digest(demo_path) == before
    errors = refused.stderr
    assert "Intet er indlæst" in errors
    assert "brev.docx — Dokumentet har ingen ansøgning" in errors
    assert "noter.docx — Filen er ikke et Word-dokument" in errors
    assert "en_handleplan.docx — Ansøgning 1: Faglig kontaktperson" in errors
    assert "Traceback" not in errors


def test_an_experiment_two_documents_name_is_planned_once(
    empty_store: Store, tmp_path: Path
) -> None:
    """The same application in two documents makes one experiment, filled in by the second."""
    first = write_application_docx([SOURCES[16]], tmp_path / "a.docx")
    second = write_application_docx([SOURCES[16]], tmp_path / "b.docx")
    plan = plan_documents(empty_store, read_documents([first, second]))
    assert plan.changes_anything
    plan.edit.apply(empty_store)
    assert [e.title for e in empty_store.records.all(Experiment)] == ["Én handleplan"]
    assert plan.documents[1].lines == []  # everything the second names was planned already
