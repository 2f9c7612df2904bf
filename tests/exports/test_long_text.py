"""Long text in any free-text field flows across pages in every exported file, all of it kept."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from openpyxl import load_workbook
from pypdf import PdfReader

from frikommune_desktop.exports.round_export import export_round
from frikommune_desktop.model import (
    Contact,
    Experiment,
    Law,
    LegalBasis,
    Participation,
    Round,
)
from frikommune_desktop.store import Store
from tests.cli.test_cli import run_cli

ROUND = "2016-12-01"
LENGTH = 8000
#: Text below this height (points from the page's bottom edge) is the page footer.
FOOTER_TOP = 50.0


def long_text(tag: str) -> str:
    """Return at least LENGTH characters of numbered words: 'tag0 tag1 tag2 …'."""
    words: list[str] = []
    while sum(len(word) + 1 for word in words) < LENGTH:
        words.append(f"{tag}{len(words)}")
    return " ".join(words)


def count(tag: str) -> int:
    """Return how many numbered words long_text(tag) holds."""
    return len(long_text(tag).split())


def _fill_every_free_text(path: Path) -> dict[str, set[str]]:
    """Give every free-text field of the demo round a long text; return tag → files showing it."""
    letter = {"ansoegningspakke.pdf", "foelgebrev.pdf", "foelgebrev.docx"}
    bundle = {"ansoegningspakke.pdf"}
    table = {"ansoegningspakke.pdf", "deltagertabel.pdf", "deltagertabel.xlsx"}
    shown: dict[str, set[str]] = {}
    with Store.open(path) as store:
        network_fields = {
            "name": ("netnavn", bundle),
            "sender_name": ("afsender", letter),
            "sender_address": ("adresse", letter),
            "sender_email": ("afsendermail", letter),
            "sender_phone": ("afsendertlf", letter),
            "case_number": ("sagsnr", letter),
            "document_number": ("doknr", letter),
            "recipient_name": ("modtager", letter),
            "recipient_address": ("modtageradr", letter),
            "letter_subject": ("emne", letter),
            "letter_intro": ("indledning", letter),
            "letter_reservation": ("brevforbehold", letter),
            "letter_closing": ("afslutning", letter),
        }
        store.records.update_network(
            **{f: long_text(tag) for f, (tag, _) in network_fields.items()}
        )
        shown |= dict(network_fields.values())
        network = store.records.network()
        roles = {"coordinator": network.coordinator_id, "signatory": network.signatory_id}
        experiment = store.records.all(Experiment, number=1)[0]
        roles["subject"] = experiment.subject_contact_id
        assert len(set(roles.values())) == 3 and None not in roles.values()
        for role, contact_id in roles.items():
            assert contact_id is not None
            store.records.update(
                Contact,
                contact_id,
                **{field: long_text(f"{role}{field}") for field in ("name", "organisation")},
            )
            shown[f"{role}name"] = letter | bundle if role != "subject" else bundle
            shown[f"{role}organisation"] = shown[f"{role}name"]
        store.records.update(
            Contact, roles["signatory"], title=long_text("signatorytitle")
        )  # the signature names the title
        shown["signatorytitle"] = letter
        store.records.update(
            Contact,
            roles["subject"],
            phone=long_text("subjectphone"),
            email=long_text("subjectemail"),
        )
        shown |= {"subjectphone": bundle, "subjectemail": bundle}
        sections = ("description", "goals", "legal_needs", "realisation", "evaluation")
        store.records.update(
            Experiment,
            experiment.id,
            title=long_text("titel"),
            letter_title=long_text("brevtitel"),
            **{field: long_text(field.replace("_", "")) for field in sections},
        )
        shown |= {"titel": bundle, "brevtitel": letter | table}
        shown |= {field.replace("_", ""): bundle for field in sections}
        taking_part = store.records.all(Participation, experiment_id=experiment.id)[0]
        store.records.update(
            Participation,
            taking_part.id,
            reservation=long_text("forbehold"),
            approval_committee=long_text("udvalg"),
        )
        shown |= {"forbehold": table | bundle, "udvalg": {"deltagertabel.xlsx"}}
        basis = store.records.all(LegalBasis, experiment_id=experiment.id)[0]
        store.records.update(Law, basis.law_id, short_name=long_text("lovnavn"))
        shown["lovnavn"] = bundle
    return shown


def body_text(path: Path) -> str:
    """Return a PDF's text above the page footers, pages in order, whitespace squashed."""
    parts: list[str] = []

    def keep(text: str, cm: list[float], tm: list[float], *_args: object) -> None:
        if tm[5] * cm[3] + cm[5] > FOOTER_TOP:
            parts.append(text)

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=keep)
        parts.append(" ")
    return " ".join("".join(parts).split())


def runs(text: str, tag: str) -> list[list[int]]:
    """Return the numbers of a tag's words in the order they appear, one list per appearance."""
    found: list[list[int]] = []
    for number in map(int, re.findall(rf"\b{tag}(\d+)\b", text)):
        if number == 0 or not found:
            found.append([])
        found[-1].append(number)
    return found


def docx_text(path: Path) -> str:
    """Return every paragraph of a Word file, table cells included, in document order."""
    body = docx.Document(str(path)).element.body
    return " ".join("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p")))


def file_text(path: Path) -> str:
    """Return the text of an exported PDF, Word or Excel file, in reading order."""
    if path.suffix == ".pdf":
        return body_text(path)
    if path.suffix == ".docx":
        return docx_text(path)
    workbook = load_workbook(path, read_only=True)
    return " ".join(
        str(value)
        for sheet in workbook.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    )


@pytest.mark.slow
def test_export_with_long_text_in_every_field_keeps_all_of_it_in_order(
    demo_path: Path, tmp_path: Path
) -> None:
    """8,000 characters in every free-text field: the export succeeds and shows every word."""
    shown = _fill_every_free_text(demo_path)
    out = tmp_path / "eksport"
    result = run_cli("export", str(demo_path), "--round", ROUND, "--out", str(out))
    assert result.returncode == 0, result.stderr
    texts = {path.name: file_text(path) for path in out.iterdir()}
    assert len(texts) == 5
    for tag, files in shown.items():
        expected = list(range(count(tag)))
        for name in files:
            found = runs(texts[name], tag)
            assert found, f"{tag} missing from {name}"
            assert all(run == expected for run in found), f"{tag} cut or out of order in {name}"


def test_a_long_reservation_alone_flows_in_the_bundle(demo_path: Path, tmp_path: Path) -> None:
    """The attack as reported: one 8,000-character reservation no longer stops the export."""
    with Store.open(demo_path) as store:
        taking_part = store.records.all(Participation)[0]
        store.records.update(Participation, taking_part.id, reservation=long_text("forbehold"))
    out = tmp_path / "eksport"
    result = run_cli("export", str(demo_path), "--round", ROUND, "--out", str(out))
    assert result.returncode == 0, result.stderr
    for name in ("ansoegningspakke.pdf", "deltagertabel.pdf"):
        found = runs(body_text(out / name), "forbehold")
        assert found and all(run == list(range(count("forbehold"))) for run in found)


def test_orientation_letter_with_a_long_title_flows(demo_path: Path, tmp_path: Path) -> None:
    """The orientation letter's table carries an 8,000-character title whole, PDF and Word."""
    run_cli(
        "export", str(demo_path), "--round", ROUND, "--out", str(tmp_path / "a"), "--mark-submitted"
    )
    with Store.open(demo_path) as store:
        assert store.records.all(Round, deadline=ROUND)[0].submitted_at
        building = store.records.all(Experiment, number=5)[0]
        store.records.update(Experiment, building.id, title=long_text("titel"))
        store.records.add(Participation(experiment_id=building.id, municipality="751"))
    out = tmp_path / "b"
    result = run_cli(
        "export", str(demo_path), "--round", ROUND, "--out", str(out), "--changes-since-submission"
    )
    assert result.returncode == 0, result.stderr
    for name in ("orientering.pdf", "orientering.docx"):
        assert runs(file_text(out / name), "titel") == [list(range(count("titel")))]


def test_word_letter_lets_only_a_long_row_break_across_pages(
    demo_store: Store, tmp_path: Path
) -> None:
    """Word cuts a row taller than a page that may not break: only short rows are kept whole."""
    building = demo_store.records.all(Experiment, number=5)[0]
    demo_store.records.update(Experiment, building.id, letter_title=long_text("brevtitel"))
    export_round(demo_store, ROUND, tmp_path)
    document = docx.Document(str(tmp_path / "foelgebrev.docx"))
    grid = [t for t in document.tables if t.style is not None and t.style.name == "Table Grid"]
    rows = [
        (
            "brevtitel0" in row.cells[0].text,
            row._tr.trPr is not None and row._tr.trPr.find(qn("w:cantSplit")) is not None,
        )
        for row in grid[0].rows[1:]
    ]
    assert rows == [(False, True)] * 4 + [(True, False)]  # (long, kept whole), application 5 last


def test_excel_cell_longer_than_excel_allows_is_cut_visibly(
    demo_store: Store, tmp_path: Path
) -> None:
    """A reservation over Excel's 32,767 characters is cut there with '…', the PDF keeps it."""
    taking_part = demo_store.records.all(Participation)[0]
    reservation = "forbehold " * 4000
    demo_store.records.update(Participation, taking_part.id, reservation=reservation)
    export_round(demo_store, ROUND, tmp_path)
    details = load_workbook(tmp_path / "deltagertabel.xlsx")["Detaljer"]
    texts = [str(c.value) for row in details.iter_rows() for c in row if c.value]
    cut = [text for text in texts if text.startswith("forbehold")]
    assert cut and all(len(text) == 32_767 and text.endswith("…") for text in cut)
    assert body_text(tmp_path / "deltagertabel.pdf").count("forbehold") >= 4000
