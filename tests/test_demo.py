"""The built-in demo network is the real 2016 housing network, as the documents show it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from frikommune_desktop.demo import write_demo
from frikommune_desktop.errors import FileExistsRefusedError
from frikommune_desktop.model import SECTION_FIELDS
from frikommune_desktop.program.resources import official_municipalities
from frikommune_desktop.queries.dump import dump_network
from frikommune_desktop.store import Store

from .conftest import REFERENCE_DIR

COVER_LETTER = REFERENCE_DIR / "001_d8e0ad979bdfbdd7.part1.txt"


def cover_letter_table() -> dict[int, set[str]]:
    """Read the participation table from the real cover letter: number -> municipality codes."""
    text = COVER_LETTER.read_text(encoding="utf-8")
    start = text.index("Ansøgninger om forsøg\tDeltagerkommuner")
    end = text.index("Vi ser frem til", start)
    rows: list[str] = []
    for line in text[start:end].splitlines()[1:]:
        if not line.strip():
            continue
        if re.match(r"\d+\. ", line):
            rows.append(line)
        else:  # a row broken across lines by the conversion ("Høje-" / "\tTaastrup ...")
            rows[-1] = rows[-1] + ("" if rows[-1].endswith("-") else " ") + line.strip()
    table: dict[int, set[str]] = {}
    for row in rows:
        number = int(row.split(".", 1)[0])
        named = row.split("\t", 1)[1]
        table[number] = {
            m.code
            for m in official_municipalities()
            if re.search(rf"\b{re.escape(m.name)}s? Kommune", named)
        }
    return table


def test_cover_letter_table_is_read_from_the_reference() -> None:
    """The reference letter's table has five applications; the first has all six members."""
    table = cover_letter_table()
    assert sorted(table) == [1, 2, 3, 4, 5]
    assert table[1] == {"751", "710", "169", "101", "730", "265"}


def test_demo_has_the_five_applications_with_the_letters_municipalities(demo_store) -> None:
    """Each demo application has exactly the participants of the 2016 cover letter's table."""
    dump = dump_network(demo_store)
    experiments = dump["experiments"]
    assert [e["number"] for e in experiments] == [1, 2, 3, 4, 5]
    table = cover_letter_table()
    for experiment in experiments:
        codes = {p["kommunekode"] for p in experiment["participants"]}
        assert codes == table[experiment["number"]], experiment["title"]
        assert experiment["round"] == "2016-12-01"
        assert experiment["status"] == "submitted"


def test_demo_titles_and_sections_come_from_the_applications(demo_store) -> None:
    """Titles are the applications' 'Titel på forsøg' and all five sections hold their text."""
    reference = COVER_LETTER.read_text(encoding="utf-8")
    for experiment in dump_network(demo_store)["experiments"]:
        assert f"Titel på forsøg\t{experiment['title']}" in reference
        for field in SECTION_FIELDS:
            text = experiment["sections"][field]
            assert len(text) > 200, (experiment["title"], field)
            first_sentence = text.split("\n")[0][:60]
            assert first_sentence in reference, (experiment["title"], field)


def test_demo_network_header_contacts_and_reservations(demo_store) -> None:
    """The network, its lead, members, signatory and standing reservation are the real ones."""
    dump = dump_network(demo_store)
    network = dump["network"]
    assert network["name"] == "Flere billige boliger og fleksible boligløsninger"
    assert network["lead_municipality"] == "169"
    members = {m["name"] for m in dump["municipalities"] if m["member"]}
    assert members == {"Aarhus", "Favrskov", "Høje-Taastrup", "København", "Randers", "Roskilde"}
    contacts = {c["name"]: c for c in dump["contacts"]}
    assert contacts["Michael Ziegler"]["title"] == "Borgmester"
    assert contacts["Christine Bagge Petersen"]["role"] == "coordinator"
    reservations = {p["reservation"] for e in dump["experiments"] for p in e["participants"]}
    assert reservations == {
        "Med forbehold for efterfølgende politisk godkendelse af såvel deltagelse i forsøget "
        "som af konkrete projekter under en forsøgshjemmel"
    }


def test_demo_legal_basis_names_real_provisions(demo_store) -> None:
    """Every application names legal provisions, with law, purpose and justification."""
    experiments = dump_network(demo_store)["experiments"]
    for experiment in experiments:
        assert experiment["legal_basis"], experiment["title"]
        for row in experiment["legal_basis"]:
            assert row["law"] and row["law_title"] and row["justification"]
    first = {(r["law"], r["provision"]) for r in experiments[0]["legal_basis"]}
    assert ("SEL", "§ 52 a") in first
    assert ("LAS", "§ 81 a") in first


def test_demo_refuses_to_overwrite_without_force(demo_path: Path) -> None:
    """Writing the demo over an existing file is refused unless forced."""
    before = demo_path.read_bytes()
    with pytest.raises(FileExistsRefusedError, match="findes allerede"):
        write_demo(demo_path)
    assert demo_path.read_bytes() == before
    write_demo(demo_path, overwrite=True).close()
    with Store.open(demo_path, readonly=True) as store:
        assert store.counts()["experiments"] == 5
