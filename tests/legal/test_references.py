"""Finding references to law provisions in Danish prose (frikommune_desktop.legal.references)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from frikommune_desktop.legal.law_names import LawNames
from frikommune_desktop.legal.references import distinct, find_references, sentence_around
from frikommune_desktop.program.resources import CatalogLaw, law_catalog


def found(text: str, **kwargs: object) -> list[tuple[str | None, str]]:
    """Return the (law, provision) pairs found in text."""
    return [(ref.law, ref.provision) for ref in find_references(text, **kwargs)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("efter servicelovens § 83", [("SEL", "§ 83")]),
        ("Serviceloven § 96 e", [("SEL", "§ 96 e")]),
        ("sundhedsloven § 140a", [("SUL", "§ 140 a")]),
        ("sundhedsloven § 140 a", [("SUL", "§ 140 a")]),
        ("jf. serviceloven § 50, stk. 5", [("SEL", "§ 50, stk. 5")]),
        ("SEL § 69, stk.2", [("SEL", "§ 69, stk. 2")]),
        ("LAB § 2, nr. 1", [("LAB", "§ 2, nr. 1")]),
        ("servicelovens §§ 52 og 52a", [("SEL", "§ 52"), ("SEL", "§ 52 a")]),
        ("SEL §§ 13 og 13 a", [("SEL", "§ 13"), ("SEL", "§ 13 a")]),
        ("LAS § 65-67", [("LAS", "§§ 65-67")]),
        ("lov om en aktiv beskæftigelsesindsats § 2", [("LAB", "§ 2")]),
        ("§ 21 f i lov om en aktiv beskæftigelsesindsats", [("LAB", "§ 21 f")]),
        ("serviceloven, jf. § 19, stk. 4, 1. pkt.", [("SEL", "§ 19, stk. 4")]),
        ("BAB § 33", [("BAB", "§ 33")]),
        ("INL § 16 og IL § 17", [("INL", "§ 16"), ("INL", "§ 17")]),
        ("SDL § 7", [("SDL", "§ 7")]),
        ("LAL § 62", [("LAL", "§ 62")]),
        ("almenboliglovens § 5", [("ABL", "§ 5")]),
        ("planlovens § 21, stk. 2", [("PL", "§ 21, stk. 2")]),
        ("byggelovens § 22, stk. 6", [("BL", "§ 22, stk. 6")]),
        ("sygedagpengelovens § 13", [("SDL", "§ 13")]),
        ("integrationslovens § 19", [("INL", "§ 19")]),
        ("aktivlovens § 25", [("LAS", "§ 25")]),
        ("retssikkerhedslovens § 10", [("RSL", "§ 10")]),
        ("persondatalovens § 8", [("PDL", "§ 8")]),
        ("styrelseslovens § 61 a", [("KSL", "§ 61 a")]),
        ("frikommunelovens § 28", [("FKL", "§ 28")]),
        ("dagtilbudslovens § 4", [("DTL", "§ 4")]),
        ("efter kommunalfuldmagten", [("KFM", "")]),
    ],
)
def test_the_forms_the_reference_documents_use_are_read(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    """Each form of reference the issue lists gives its law and normalised provision."""
    assert found(text) == expected


def test_lists_are_expanded_and_ranges_kept_whole() -> None:
    """'§ 2, nr. 3, 5-7 og 11', 'stk. 1 og stk. 2' and '§85/§76' give one reference each item."""
    assert found("LAB § 2, nr. 3, 5-7 og 11") == [
        ("LAB", f"§ 2, nr. {n}") for n in ("3", "5-7", "11")
    ]
    assert found("servicelovens § 125, stk. 1 og stk. 2") == [
        ("SEL", "§ 125, stk. 1"),
        ("SEL", "§ 125, stk. 2"),
    ]
    assert found("SEL §85/§76/§52") == [("SEL", "§ 85"), ("SEL", "§ 76"), ("SEL", "§ 52")]
    assert found("almenboliglovens § 5, stk. 1, nr. 2, litra b") == [
        ("ABL", "§ 5, stk. 1, nr. 2, litra b")
    ]
    assert found("LAB §§ 15-21 c") == [("LAB", "§§ 15-21 c")]


def test_a_provision_without_a_law_is_returned_as_undetermined() -> None:
    """A § the text does not tie to a law gets law None, never a guessed one."""
    refs = find_references("Kommunen skal efter § 50 udarbejde en undersøgelse.")
    assert [(ref.law, ref.law_id, ref.provision) for ref in refs] == [(None, None, "§ 50")]


def test_a_law_named_before_carries_on_and_a_law_named_after_wins() -> None:
    """A later bare § takes the law named earlier; '… i <lov>' after a § overrides it."""
    text = (
        "Forsøget vedrører serviceloven. Efter § 85 gives støtte. "
        "Desuden § 21 f i lov om en aktiv beskæftigelsesindsats og § 22."
    )
    assert found(text) == [("SEL", "§ 85"), ("LAB", "§ 21 f"), ("LAB", "§ 22")]


def test_a_context_law_fills_in_only_where_the_text_names_none() -> None:
    """A table row's law is used for a bare §, but a law written right before wins."""
    assert found("§ 27, stk. 2", context_law="LAB") == [("LAB", "§ 27, stk. 2")]
    assert found("jf. servicelovens § 52", context_law="LAB") == [("SEL", "§ 52")]
    assert found("§ 27", context_law="lab") == [("LAB", "§ 27")]


def test_words_that_look_like_parts_are_not_taken_as_provisions() -> None:
    """'§ 50 i serviceloven' has no letter i; '§ 85, 2 gange' is no list; 'stk. 3' alone is no §."""
    assert found("§ 50 i serviceloven") == [("SEL", "§ 50")]
    assert found("SEL § 85, 2 gange om ugen") == [("SEL", "§ 85")]
    assert found("Stk. 3. Kommunen kan") == []
    assert found("SEL § 30 A gælder") == [("SEL", "§ 30")]
    assert found("SEL § 57 C.") == [("SEL", "§ 57 c")]


def test_spans_point_at_the_provision_in_the_text() -> None:
    """start and end cut the provision's own words out of the text."""
    text = "Efter servicelovens § 140 a, stk. 2 og § 141 skal"
    spans = [text[ref.start : ref.end] for ref in find_references(text)]
    assert spans == ["§ 140 a, stk. 2", "§ 141"]


def test_distinct_keeps_each_law_and_provision_once() -> None:
    """The same provision named twice is one reference; a different law is another."""
    refs = find_references("SEL § 83 og § 83, samt SUL § 83")
    assert [(r.law, r.provision) for r in distinct(refs)] == [("SEL", "§ 83"), ("SUL", "§ 83")]


def test_sentence_around_gives_the_sentence_of_a_reference() -> None:
    """The sentence shown with a suggestion is the one that holds it."""
    text = "Første sætning. Efter servicelovens § 83 gives hjælp. Sidste sætning."
    ref = find_references(text)[0]
    assert sentence_around(text, ref.start, ref.end) == "Efter servicelovens § 83 gives hjælp."


def test_adding_a_law_to_the_catalog_is_a_data_change() -> None:
    """A catalog entry alone makes its names, genitive and abbreviation known to the parser."""
    extra = CatalogLaw(
        key="testloven",
        kind="lov",
        title="Lov om prøvning af ting",
        short_name="prøvningsloven",
        abbreviation="PRV",
        aliases=(),
    )
    names = LawNames([*law_catalog(), extra])
    for text in (
        "prøvningslovens § 3",
        "Prøvningsloven § 3",
        "PRV § 3",
        "lov om prøvning af ting § 3",
        "§ 3 i lov om prøvning af ting",
    ):
        assert found(text, names=names) == [("PRV", "§ 3")], text


def test_the_catalog_covers_the_areas_coordinators_cite() -> None:
    """At least 40 laws and orders, from every area the issue names, with usual abbreviations."""
    laws = law_catalog()
    assert len(laws) >= 40
    abbreviations = {law.abbreviation for law in laws} | {a for law in laws for a in law.aliases}
    assert {"SEL", "LAB", "LAS", "BAB", "INL", "IL", "SDL", "LAL"} <= abbreviations
    assert any(law.kind == "bekendtgørelse" for law in laws)
    from frikommune_desktop.program.resources import read_json_resource

    areas = {entry["area"] for entry in read_json_resource("laws.json")["laws"]}
    assert {
        "social",
        "employment",
        "integration",
        "language-education",
        "sickness",
        "health",
        "housing",
        "planning",
        "building",
        "school",
        "day-care",
        "administration",
        "governance",
    } <= areas


@pytest.mark.parametrize("law", law_catalog(), ids=lambda law: law.key)
def test_every_name_in_the_catalog_is_recognised_as_its_law(law: CatalogLaw) -> None:
    """Each alias, title and abbreviation of a law, put before a §, gives that law."""
    for name in {law.title, law.short_name, law.abbreviation, *law.aliases}:
        name = re.sub(r"\s*\([^)]*\)", "", name).strip()
        refs = find_references(f"{name} § 7")
        assert [(r.law_id, r.provision) for r in refs if r.paragraph] == [(law.key, "§ 7")], name


@given(st.text(alphabet="§ 0123456789abcæøå,.-–/stknrogijf()SELBAB\n", max_size=80))
def test_any_text_gives_references_with_valid_spans(text: str) -> None:
    """Whatever the text, the parser returns and every span lies within it, starting at a digit
    or §."""
    for ref in find_references(text):
        assert 0 <= ref.start < ref.end <= len(text)
        assert ref.paragraph.isdigit() or ref.paragraph == ""


def test_a_law_name_with_one_slip_is_still_recognised() -> None:
    """'Serviceovens § 129' (a letter lost in typing) is serviceloven; 'lovens' alone is no law."""
    assert found("Serviceovens § 129") == [("SEL", "§ 129")]
    assert found("efter lovens § 3") == [(None, "§ 3")]
