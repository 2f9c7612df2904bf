"""Law names as people write them: hyphenated, cut short, lower case, or with a wrong word."""

from __future__ import annotations

import pytest

from frikommune_desktop.legal.law_names import LawNames
from frikommune_desktop.legal.references import find_references
from frikommune_desktop.program.resources import CatalogLaw, law_catalog


def found(text: str, **kwargs: object) -> list[tuple[str | None, str]]:
    """Return the (law, provision) pairs found in text."""
    return [(ref.law, ref.provision) for ref in find_references(text, **kwargs)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kommunen følger sel-loven § 112 nøje.", [("SEL", "§ 112")]),
        ("Efter Las-lovens § 30 gives hjælpen.", [("LAS", "§ 30")]),
        ("Folkeskole-lovens § 40 a lægger rammen.", [("FSL", "§ 40 a")]),
        ("Reglen står i Servicel. § 107.", [("SEL", "§ 107")]),
        ("Jf. Sundhedsl. § 119 skal regionen tilbyde det.", [("SUL", "§ 119")]),
        ("Dagtilbudsl. § 26 om pladsanvisning.", [("DTL", "§ 26")]),
        ("Vi søger fritagelse fra Folkeskolel.-§ 16 b.", [("FSL", "§ 16 b")]),
        ("Inl. § 23 c om beskæftigelsesrettede tilbud.", [("INL", "§ 23 c")]),
        ("Det følger af sel § 85, stk. 1.", [("SEL", "§ 85, stk. 1")]),
        ("Hjælpen gives, jf. lab § 91.", [("LAB", "§ 91")]),
        ("Der henvises til § 38 i lab.", [("LAB", "§ 38")]),
        ("Det samme gælder efter fsl. § 18.", [("FSL", "§ 18")]),
    ],
)
def test_hyphenated_cut_short_and_lower_case_names_give_their_law(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    """'sel-loven', 'Servicel.', 'Inl.', 'sel § 85' and 'jf. lab' name the law they stand for."""
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Vores lab har testet løsningen. Se § 4 nedenfor.",
        "En sel lå på stranden; borgeren læste § 9 i vejledningen.",
        "Afdelingen for planl. og byg har svaret. Se § 12 i aftalen.",
        "Vi har bygget et lab. § 4 i aftalen med universitetet gælder.",
    ],
)
def test_words_that_are_also_abbreviations_are_no_law_on_their_own(text: str) -> None:
    """'lab' (English), 'sel' (a seal) and 'planl.' (planlægning) away from a § name no law."""
    assert {law for law, _ in found(text)} == {None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Efter lov om sociale service § 41 ydes dækning.", [("SEL", "§ 41")]),
        ("§ 99 i lov om en aktive beskæftigelsesindsats giver adgang.", [("LAB", "§ 99")]),
        ("lov om integrationen af udlændinge i Danmark § 5", [("INL", "§ 5")]),
        ("lov om individuelt boligstøtte § 9", [("BSL", "§ 9")]),
        ("lov om kommunens styrelse § 40", [("KSL", "§ 40")]),
        ("Lov om ungdomsuddannelse for unge med særlig behov § 2", [("STUL", "§ 2")]),
    ],
)
def test_a_title_with_a_wrong_word_still_names_its_one_act(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    """A title with one word misspelt or missing is read as the act it clearly means."""
    assert found(text) == expected


def test_a_title_that_fits_two_acts_as_well_is_refused() -> None:
    """'lov om social bistand' is as close to social service as to social pension: no law."""
    assert found("Tidligere gjaldt lov om social bistand § 37.") == [(None, "§ 37")]


def test_a_tie_between_two_catalog_titles_names_no_law() -> None:
    """Two catalog acts whose titles differ in one word: a third spelling near both is refused."""
    laws = [
        *law_catalog(),
        CatalogLaw("bandeloven", "lov", "Lov om bande ting", "bandeloven", "BND", ()),
        CatalogLaw("bondeloven", "lov", "Lov om bonde ting", "bondeloven", "BON", ()),
    ]
    names = LawNames(laws)
    assert found("lov om bunde ting § 3", names=names) == [(None, "§ 3")]
    assert found("lov om bonde ting § 3", names=names) == [("BON", "§ 3")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("folkeskolelovens § 5, stk. 4", [("FSL", "§ 5, stk. 4")]),
        ("Sundhedslovens § 138", [("SUL", "§ 138")]),
        ("dagtilbudslovens § 21", [("DTL", "§ 21")]),
        ("psykiatrilovens § 13", [("PSL", "§ 13")]),
        ("vejlovens § 80", [("VEJL", "§ 80")]),
        ("styringslovens § 4", [("LASB", "§ 4")]),
        ("naturbeskyttelseslovens § 3", [("NBL", "§ 3")]),
        ("lov om private fællesveje § 57", [("PVL", "§ 57")]),
        ("specialundervisningsbekendtgørelsens § 7", [("SPUB", "§ 7")]),
    ],
)
def test_the_areas_the_reference_documents_barely_touch_are_in_the_catalog(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    """Schools, health, day care, roads, psychiatry and employment steering are named."""
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Efter lov om socialservice § 112 gives hjælpen.", [("SEL", "§ 112")]),
        ("Sundheds loven § 119 gælder.", [("SUL", "§ 119")]),
    ],
)
def test_words_run_together_or_split_apart_still_name_the_act(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    """'lov om socialservice' and 'Sundheds loven' are the acts they are misspelt from."""
    assert found(text) == expected


def test_a_space_before_loven_joins_only_a_catalog_name() -> None:
    """'den nye loven § 3' and 'SEL loven' join to no catalog name: no law from the join."""
    assert found("Efter den nye loven § 3 er der frit valg.") == [(None, "§ 3")]
