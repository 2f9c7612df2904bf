"""Acts and executive orders cited by number and date, and the catalog's numbers and dates."""

from __future__ import annotations

import pytest

from frikommune_desktop.legal.references import find_references
from frikommune_desktop.program.resources import law_catalog


def found(text: str) -> list[tuple[str | None, str, str]]:
    """Return the (law, provision, citation) triples found in text."""
    return [(ref.law, ref.provision, ref.citation) for ref in find_references(text)]


def test_the_catalog_carries_numbers_and_dates_and_each_orders_act() -> None:
    """Consolidated acts have their LBK numbers and dates; orders say which act they serve."""
    laws = {law.key: law for law in law_catalog()}
    service = {(c.kind, c.number, c.date) for c in laws["serviceloven"].citations}
    assert ("LBK", "988", "2017-08-09") in service
    orders = [law for law in laws.values() if law.kind == "bekendtgørelse"]
    assert orders and all(law.issued_under in laws for law in orders if law.issued_under)
    assert laws["specialundervisningsbekendtgoerelsen"].issued_under == "folkeskoleloven"
    numbers = [(c.number, c.date[:4]) for law in laws.values() for c in law.citations]
    assert len(numbers) == len(set(numbers)), "one number and year names one publication"


@pytest.mark.parametrize(
    "text",
    [
        "Tilsynet følger lovbekendtgørelse nr. 988 af 9. august 2017 § 148 a.",
        "Tilsynet følger LBK nr 988 af 09/08/2017 § 148 a.",
        "Tilsynet følger lbk. nr. 988 af 9/8 2017, § 148 a.",
        "Tilsynet følger LBK 988 af 9.8.2017 § 148 a.",
        "Tilsynet følger lbk. nr. 988/2017 § 148 a.",
    ],
)
def test_a_consolidated_act_cited_by_number_and_date_is_that_act(text: str) -> None:
    """Every written form of 'LBK nr. 988 af 9. august 2017' gives serviceloven's provision."""
    assert found(f"Sundhedsloven er ikke berørt. {text}") == [("SEL", "§ 148 a", "")]


def test_an_orders_provision_belongs_to_the_order_and_lovens_to_its_act() -> None:
    """'BEK nr. 693 af 20/6 2014 § 3' is the order's § 3; its 'lovens § 12' is the school act's."""
    text = (
        "Efter serviceloven er der ingen hindring. BEK nr. 693 af 20/6 2014 § 3 "
        "kræver en vurdering, jf. lovens § 12."
    )
    assert found(text) == [("SPUB", "§ 3", ""), ("FSL", "§ 12", "")]


def test_an_order_cited_with_its_title_after_the_date_is_that_order() -> None:
    """'bekendtgørelse nr. 4711 af 3. marts 2016 om dag-, fritids- og klubtilbud …' names it."""
    text = (
        "Jf. bekendtgørelse nr. 4711 af 3. marts 2016 om dag-, fritids- og klubtilbud "
        "m.v. til børn og unge § 6 og lovens § 26."
    )
    assert found(text) == [("DTB", "§ 6", ""), ("DTL", "§ 26", "")]


def test_a_citation_right_after_a_laws_name_is_that_law_even_with_an_unknown_number() -> None:
    """'sundhedsloven (LBK nr. 4444 af 1/2 2016) § 119': the name says which law it is."""
    assert found("sundhedsloven (LBK nr. 4444 af 1/2 2016) § 119") == [("SUL", "§ 119", "")]


def test_an_unknown_citation_is_reported_and_never_given_to_the_last_named_law() -> None:
    """An order the catalog lacks keeps its provisions lawless, with the citation, to the end."""
    text = (
        "Serviceloven § 83 gælder. Desuden gælder bek. nr. 4321 af 12/6 2016 § 5, "
        "og efter § 7 skal kommunen indberette."
    )
    citation = "BEK nr. 4321 af 12. juni 2016"
    assert found(text) == [("SEL", "§ 83", ""), (None, "§ 5", citation), (None, "§ 7", citation)]


def test_a_provision_cited_in_an_unknown_order_by_name_after_it_is_that_law() -> None:
    """'§ 4 i BEK nr. 4321 af 1/1 2016' is the unknown order's, not serviceloven's."""
    text = "Serviceloven nævnes. § 4 i BEK nr. 4321 af 1/1 2016 gælder."
    assert found(text) == [(None, "§ 4", "BEK nr. 4321 af 1. januar 2016")]


def test_lovens_in_an_unknown_order_names_no_law() -> None:
    """An unknown order's 'lovens § 9' is the act it serves, which nobody named: no law."""
    text = "Serviceloven nævnes. BEK nr. 4321 af 1/1 2016 § 2, jf. lovens § 9."
    assert [(law, provision) for law, provision, _ in found(text)] == [
        (None, "§ 2"),
        (None, "§ 9"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Loven fra 12/6 2016 § 5",
        "nr. 1234 af 12/6 2016 § 5",
        "Lov 12 af 2016",
    ],
)
def test_numbers_and_dates_without_an_act_or_order_are_no_citation(text: str) -> None:
    """A date or number without 'lov nr.', 'LBK' or 'bek.' before it names no law."""
    assert all(citation == "" for _, _, citation in found(text))


def test_an_amending_act_after_the_consolidated_act_is_passed_over() -> None:
    """'…, som ændret ved lov nr. 4242 af 8. juni 2017' does not take the next § from the act."""
    text = (
        "Lov om social service, jf. lovbekendtgørelse nr. 1284 af 17. november 2015, som ændret "
        "ved lov nr. 4242 af 8. juni 2017. Efter § 85 ydes støtten."
    )
    assert found(text) == [("SEL", "§ 85", "")]


def test_an_orders_provision_keeps_the_order_when_its_act_is_cited_next() -> None:
    """'Bekendtgørelse om hjemmesygepleje § 5, jf. sundhedslovens § 120': § 5 is the order's."""
    text = "Bekendtgørelse om hjemmesygepleje § 5, jf. sundhedslovens § 120, gælder fortsat."
    assert found(text) == [("HSB", "§ 5", ""), ("SUL", "§ 120", "")]


def test_a_citation_with_the_laws_name_in_brackets_after_it_is_that_law() -> None:
    """'§ 5 i LBK nr. 4545 af 10/11 2015 (lov om aktiv socialpolitik)' is that act's § 5."""
    text = "Serviceloven nævnes. § 5 i LBK nr. 4545 af 10/11 2015 (lov om aktiv socialpolitik)."
    assert found(text) == [("LAS", "§ 5", "")]


def test_an_unknown_order_cited_after_an_acts_name_is_not_that_act() -> None:
    """'sundhedsloven, BEK nr. 4321 af 1/3 2016 § 2': an order's number cannot be the act's."""
    assert found("Efter sundhedsloven, BEK nr. 4321 af 1/3 2016 § 2.") == [
        (None, "§ 2", "BEK nr. 4321 af 1. marts 2016")
    ]
