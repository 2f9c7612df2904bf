"""Every official municipality is found in the participants cell in every usual short form."""

from __future__ import annotations

import itertools

import pytest

from frikommune_desktop.applications.docx_reader import TableBlock
from frikommune_desktop.applications.header_fields import MunicipalityFinder
from frikommune_desktop.applications.parser import ApplicationParser
from frikommune_desktop.program.resources import official_municipalities

OFFICIAL = official_municipalities()
#: The official names in the genitive: Nordfyns Kommune is the municipality of Nordfyn (in
#: Assens, Randers, Syddjurs … the s belongs to the name).
GENITIVE = {"Nordfyns", "Vesthimmerlands"}


def forms(name: str) -> list[str]:
    """Return the forms a municipality is written in: with or without 'Kommune', genitive s,
    a hyphen as a space and the old 'aa' for 'å'."""
    bases = {name, name.replace("-", " "), name.replace("å", "aa").replace("Å", "Aa")}
    if name in GENITIVE:
        bases.add(name[:-1])  # 'Nordfyn', 'Vesthimmerland'
    result = set()
    for base in bases:
        genitive = base if base.endswith("s") else base + "s"
        result |= {base, f"{base} Kommune", f"{genitive} Kommune", base.upper()}
    return sorted(result)


SEPARATORS = ("/", " / ", " & ", " og ", ", ")


def test_the_forms_cover_the_98_official_names() -> None:
    """The test covers the 98 names of kommuner.csv, the genitive ones among them."""
    assert len(OFFICIAL) == 98
    assert {m.name for m in OFFICIAL} >= GENITIVE


@pytest.mark.parametrize("municipality", OFFICIAL, ids=[m.name for m in OFFICIAL])
def test_every_official_name_is_found_in_every_short_form_and_list(municipality: object) -> None:
    """Each form of each name is found alone and listed with a neighbour by '/', '&', 'og', ','."""
    finder = MunicipalityFinder()
    index = OFFICIAL.index(municipality)  # type: ignore[arg-type]
    neighbour = OFFICIAL[(index + 1) % len(OFFICIAL)]
    code, other = OFFICIAL[index].code, neighbour.code
    failures = []
    for form in forms(OFFICIAL[index].name):
        found = finder.participants(form)
        if found.codes != [code] or found.unknown:
            failures.append((form, found.codes, found.unknown))
        for separator, other_form in itertools.product(SEPARATORS, forms(neighbour.name)[:3]):
            for cell, wanted in (
                (form + separator + other_form, [code, other]),
                (other_form + separator + form, [other, code]),
            ):
                found = finder.participants(cell)
                if found.codes != wanted or found.unknown:
                    failures.append((cell, found.codes, found.unknown))
    assert not failures


def test_a_list_ending_in_kommuner_is_read() -> None:
    """'Nordfyn, Assens og Vesthimmerland Kommuner' gives the three, nothing unread."""
    found = MunicipalityFinder().participants("Nordfyn, Assens og Vesthimmerland Kommuner")
    names = {m.code: m.name for m in OFFICIAL}
    assert [names[code] for code in found.codes] == ["Nordfyns", "Assens", "Vesthimmerlands"]
    assert found.unknown == []


@pytest.mark.parametrize(
    "cell",
    [
        "Nordfyn-, Assens- og Vesthimmerland Kommuner",
        "Nordfyns, Assens og Vesthimmerlands kommuner",
        "Nordfyn Kommune, Assens Kommune og Vesthimmerland Kommune",
        "Nordfyn & Assens & Vesthimmerland",
        "Nordfyn/Assens/Vesthimmerland",
        "Nordfyn; Assens samt Vesthimmerland",
        "Nordfyn Kommunes, Assens Kommunes og Vesthimmerland Kommunes",
    ],
)
def test_lists_with_a_shared_kommuner_are_read(cell: str) -> None:
    """'Nordfyn-, Assens- og Vesthimmerland Kommuner' and the like give the three names."""
    found = MunicipalityFinder().participants(cell)
    names = {m.code: m.name for m in OFFICIAL}
    assert [names[code] for code in found.codes] == ["Nordfyns", "Assens", "Vesthimmerlands"]
    assert found.unknown == []


@pytest.mark.parametrize(
    "municipality", [m for m in OFFICIAL if "-" in m.name], ids=lambda m: m.name
)
def test_a_double_name_is_found_by_either_part(municipality: object) -> None:
    """'Lyngby', 'Taastrup Kommune' and 'Skjern' name Lyngby-Taarbæk, Høje-Taastrup, … alone."""
    finder = MunicipalityFinder()
    code = municipality.code  # type: ignore[attr-defined]
    for part in municipality.name.split("-"):  # type: ignore[attr-defined]
        if len(part) >= 5:
            for cell in (part, f"{part} Kommune", f"Odder og {part}"):
                found = finder.participants(cell)
                assert code in found.codes and found.unknown == [], cell


def test_an_unreadable_name_in_the_participants_cell_is_reported() -> None:
    """A name that is no municipality is named in the problems, the others are still read."""
    header = TableBlock(
        (
            ("Titel på forsøg", "Et forsøg"),
            ("Deltagerkommuner", "Nordfyn / Nørre Glimmerby Kommune & Vesthimmerland"),
        )
    )
    (app,) = ApplicationParser().parse_blocks([header])
    names = {m.code: m.name for m in OFFICIAL}
    assert [names[code] for code in app.municipalities] == ["Nordfyns", "Vesthimmerlands"]
    assert "Deltagerkommuner: 'Nørre Glimmerby' er ikke en kendt kommune" in app.problems


@pytest.mark.parametrize("label", ["Deltagerkomuner", "Deltagende kommuner", "Kommuner"])
def test_the_participants_row_is_found_under_a_slipped_or_short_label(label: str) -> None:
    """'Deltagerkomuner' (a slip), 'Deltagende kommuner' and 'Kommuner' label the participants."""
    header = TableBlock((("Titel på forsøg", "Et forsøg"), (label, "Nordfyn og Assens")))
    (app,) = ApplicationParser().parse_blocks([header])
    assert len(app.municipalities) == 2
