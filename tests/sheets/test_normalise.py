"""Cleaning spreadsheet cells: text, dates, phones, e-mails, vocabularies and name matching."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from frikommune_desktop.errors import InvalidValueError
from frikommune_desktop.model import ApprovalStatus, ContactRole, Law, RequestKind
from frikommune_desktop.program.resources import (
    OfficialMunicipality,
    law_catalog,
    official_municipalities,
)
from frikommune_desktop.sheets.normalise import (
    LawMatcher,
    MunicipalityMatcher,
    TitleMatcher,
    clean_multiline,
    clean_text,
    parse_approval,
    parse_date,
    parse_email,
    parse_phone,
    parse_request_kind,
    parse_role,
    parse_yes_no,
)

MUNICIPALITIES = MunicipalityMatcher(official_municipalities())
LAWS = LawMatcher(law_catalog())
TITLES = TitleMatcher(
    {
        "e1": "Ansøgning om midlertidigt huslejetilskud",
        "e2": "Midlertidige boligløsninger",
        "e3": 'Forsøg med "akutfunktion" – døgnet rundt',
        "e4": "1 dag om ugen i praktik",
    }
)
DATE_HINT = "Forventet en dato, fx 1. december 2016, 01.12.2016 eller 2016-12-01."
PHONE_HINT = "Forventet et telefonnummer med 8 cifre, fx 41 85 50 61"
ANY_CELL = st.one_of(st.text(), st.integers(), st.floats(), st.none(), st.dates())


# --- clean_text and clean_multiline ---------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, ""),
        ("", ""),
        (169, "169"),
        (169.0, "169"),
        (2.5, "2.5"),
        ("  Høje-Taastrup\u00a0Kommune \n", "Høje-Taastrup Kommune"),
        ("Midlertidige\tbolig-\r\nløsninger  i   Aarhus", "Midlertidige bolig- løsninger i Aarhus"),
        ("Del\u00adboliger\u200b", "Delboliger"),
        (dt.datetime(2016, 12, 1), "2016-12-01"),
        (dt.date(2016, 12, 1), "2016-12-01"),
        (True, "Ja"),
    ],
)
def test_clean_text_gives_one_tidy_line(value: object, expected: str) -> None:
    """A cell becomes one trimmed line: no NBSPs, tabs or line breaks, numbers without '.0'."""
    assert clean_text(value) == expected


def test_clean_text_composes_decomposed_letters() -> None:
    """A Mac-typed 'å' (a + ring) compares equal to the composed letter after cleaning."""
    assert clean_text("A\u030arhus") == "Århus"


def test_clean_multiline_keeps_paragraphs() -> None:
    """Long texts keep their paragraph breaks; trailing spaces and blank ends go."""
    raw = "\r\n\r\nFørste afsnit.  \r\nAnden linje.\u00a0\r\n\r\n\r\n\r\nAndet afsnit.\t\r\n\r\n"
    assert clean_multiline(raw) == "Første afsnit.\nAnden linje.\n\nAndet afsnit."


def test_clean_multiline_trims_the_ends_but_keeps_inner_indents() -> None:
    """Spaces around the whole text go; an indented line inside it keeps its indent."""
    assert clean_multiline("  Med forbehold  ") == "Med forbehold"
    assert clean_multiline("  Punkter:\n  - et\n  - to \n") == "Punkter:\n  - et\n  - to"


@pytest.mark.parametrize(("value", "expected"), [(None, ""), (12.0, "12"), ("  ", "")])
def test_clean_multiline_of_empty_and_numbers(value: object, expected: str) -> None:
    """Empty cells and numbers come out as for one-line text."""
    assert clean_multiline(value) == expected


# --- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "1. december 2016",
        "1 december 2016",
        "1. dec. 2016",
        "1. dec 2016",
        "1.december 2016",
        "01.12.2016",
        "1.12.2016",
        "01-12-2016",
        "01/12/2016",
        "2016-12-01",
        "1/12-2016",
        "01.12.16",
        "1. December 2016",
        "  1. DECEMBER 2016 ",
        "d. 1. december 2016",
        "den 1. december 2016",
        "2016-12-01 00:00:00",
        42705,
        42705.0,
        42705.75,
        dt.date(2016, 12, 1),
        dt.datetime(2016, 12, 1),
        dt.datetime(2016, 12, 1, 14, 30),
    ],
)
def test_parse_date_accepts_every_usual_form(value: object) -> None:
    """Danish written dates, numeric dates, ISO, Excel serials and date cells all give ISO."""
    assert parse_date(value) == "2016-12-01"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1. maj 2017", "2017-05-01"),
        ("1. marts 2017", "2017-03-01"),
        ("1. sept. 2017", "2017-09-01"),
        ("1. nov. 2017", "2017-11-01"),
        ("29.02.2016", "2016-02-29"),
    ],
)
def test_parse_date_knows_the_danish_months(value: str, expected: str) -> None:
    """Every Danish month name and its usual abbreviations are understood."""
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", [None, "", "   "])
def test_parse_date_of_empty_cell_is_empty(value: object) -> None:
    """An empty date cell gives '' (the field is optional)."""
    assert parse_date(value) == ""


@pytest.mark.parametrize(
    "value",
    [
        "31.02.2016",
        "29.02.2017",
        "32.01.2016",
        "2016-13-01",
        "1. decembre 2016",
        "1. de 2016",
        "snart",
        "1. december",
        "2016",
        "december 2016",
        0,
        -3,
        1e12,
        float("nan"),
        True,
        "42705a",
    ],
)
def test_parse_date_rejects_non_dates_clearly(value: object) -> None:
    """Impossible dates and non-dates are refused with an example of what is expected."""
    with pytest.raises(InvalidValueError, match=re.escape(DATE_HINT)):
        parse_date(value)


def test_parse_date_says_when_a_date_does_not_exist() -> None:
    """A well-formed but impossible date is called out as such."""
    with pytest.raises(InvalidValueError, match="Datoen findes ikke"):
        parse_date("31.02.2016")


# --- phone numbers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("41 85 50 61", "41 85 50 61"),
        ("41855061", "41 85 50 61"),
        ("+45 4185 5061", "41 85 50 61"),
        ("0045 44772476", "44 77 24 76"),
        ("+4541855061", "41 85 50 61"),
        ("4185-5061", "41 85 50 61"),
        (41855061, "41 85 50 61"),
        (41855061.0, "41 85 50 61"),
        (4541855061, "41 85 50 61"),
        ("Tlf. 41 85 50 61", "41 85 50 61"),
        ("tlf: 8964 2116", "89 64 21 16"),
        ("Telefon 3530 3724", "35 30 37 24"),
        ("515623 63", "51 56 23 63"),
        ("45 41 85 50 61", "41 85 50 61"),
        ("+45\u00a041\u00a085\u00a050\u00a061", "41 85 50 61"),
        ("+46 8 123 456 78", "+46 8 123 456 78"),
        ("+46  8-123 456 78", "+46 8-123 456 78"),
        ("0046 8 123 456 78", "+46 8 123 456 78"),
        ("+ 47 22 33 44 55", "+47 22 33 44 55"),
        (None, ""),
        ("", ""),
    ],
)
def test_parse_phone_gives_the_canonical_form(value: object, expected: str) -> None:
    """Danish numbers come out as four pairs, foreign ones keep their +CC as written."""
    assert parse_phone(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "ring til omstillingen",
        "4185 506",
        "41 85 50 61 22",
        "+45 1234",
        "+45 41 85 50 61 1",
        "+46 12",
        "41855061 / 22334455",
        "41.85x50.61",
        41855061.5,
        True,
        dt.date(2016, 12, 1),
        "+",
        "-",
        "00 00 00 00",
        "+45 01 85 50 61",
        "+0 12 34 56 78",
    ],
)
def test_parse_phone_rejects_what_is_not_a_phone_number(value: object) -> None:
    """Text and short numbers are refused, naming the 8-digit form expected."""
    with pytest.raises(InvalidValueError, match=re.escape(PHONE_HINT)):
        parse_phone(value)


@given(
    digits=st.from_regex(r"[2-9][0-9]{7}", fullmatch=True),  # Danish numbers start with 2-9
    prefix=st.sampled_from(["", "+45", "+45 ", "0045 ", "45", "Tlf. ", "Telefon: "]),
    separator=st.sampled_from(["", " ", "-", "  "]),
)
def test_parse_phone_reads_every_spelling_of_a_danish_number(
    digits: str, prefix: str, separator: str
) -> None:
    """However the 8 digits are prefixed and grouped, the result is the same four pairs."""
    grouped = separator.join(digits[i : i + 2] for i in range(0, 8, 2))
    canonical = f"{digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}"
    assert parse_phone(prefix + grouped) == canonical
    assert parse_phone(canonical) == canonical


PHONE_LIKE = st.builds(
    lambda prefix, groups, separator: prefix + separator.join(groups),
    st.sampled_from(["", "+45", "+45 ", "0045", "45", "+46 ", "+4", "00 47", "+", "Tlf. "]),
    st.lists(st.text("0123456789", min_size=1, max_size=4), min_size=1, max_size=6),
    st.sampled_from(["", " ", "-", "  ", "/", "."]),
)


@given(PHONE_LIKE)
def test_parse_phone_is_idempotent(text: str) -> None:
    """A number parse_phone produced is read back unchanged; anything else is refused."""
    try:
        once = parse_phone(text)
    except InvalidValueError as error:
        assert PHONE_HINT in str(error)
    else:
        assert parse_phone(once) == once


# --- e-mail -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("kafja@aarhus.dk", "kafja@aarhus.dk"),
        ("  Torben.Rugholm@Randers.DK ", "Torben.Rugholm@randers.dk"),
        ("mailto:jkd@balk.dk", "jkd@balk.dk"),
        ("MAILTO: jsvn@Favrskov.dk", "jsvn@favrskov.dk"),
        ("louje@esbjerg-kommune.dk", "louje@esbjerg-kommune.dk"),
        ("christinepe@htk.dk", "christinepe@htk.dk"),
        ("anne+frikommune@sub.kk.dk", "anne+frikommune@sub.kk.dk"),
        (None, ""),
        ("", ""),
    ],
)
def test_parse_email_accepts_addresses(value: object, expected: str) -> None:
    """Addresses are trimmed, lose 'mailto:', and get a lower-case domain (local part kept)."""
    assert parse_email(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "jens.hansen@",
        "jens hansen@aarhus.dk",
        "aarhus.dk",
        "jens@aarhus",
        "a@b@aarhus.dk",
        "@aarhus.dk",
        "jens@.dk",
        "jens@aarhus.d",
        "Jens Hansen",
        41855061,
    ],
)
def test_parse_email_rejects_non_addresses(value: object) -> None:
    """Half addresses, spaces and bare domains are refused with an example address."""
    expected = "Forventet en e-mailadresse, fx navn@kommune.dk."
    with pytest.raises(InvalidValueError, match=re.escape(expected)):
        parse_email(value)


# --- yes/no and vocabularies ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Ja", True),
        ("ja", True),
        ("JA", True),
        ("J", True),
        ("x", True),
        ("X", True),
        ("✓", True),
        (True, True),
        (1, True),
        (1.0, True),
        (" ja ", True),
        ("Nej", False),
        ("nej", False),
        ("N", False),
        (False, False),
        (0, False),
        (None, None),
        ("", None),
        ("  ", None),
    ],
)
def test_parse_yes_no(value: object, expected: bool | None) -> None:
    """Ja/J/x/✓/1 mean yes, Nej/N/0 mean no, an empty cell means not answered."""
    assert parse_yes_no(value) is expected


@pytest.mark.parametrize("value", ["måske", "Ja tak", "yes", 2, -1, 0.5, dt.date(2016, 1, 1)])
def test_parse_yes_no_rejects_other_answers(value: object) -> None:
    """Anything but yes, no or empty is refused."""
    with pytest.raises(InvalidValueError, match=r"^Forventet Ja eller Nej\.$"):
        parse_yes_no(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Fritagelse", RequestKind.EXEMPTION),
        ("Undtagelse", RequestKind.EXEMPTION),
        ("Fritagelse/undtagelse", RequestKind.EXEMPTION),
        ("fritagelse / undtagelse", RequestKind.EXEMPTION),
        ("Ændret regelgrundlag", RequestKind.AMENDED_BASIS),
        ("Ændret regel-grundlag", RequestKind.AMENDED_BASIS),
        ("ny hjemmel", RequestKind.NEW_AUTHORITY),
        ("NY HJEMMEL", RequestKind.NEW_AUTHORITY),
        ("exemption", RequestKind.EXEMPTION),
        ("amended_basis", RequestKind.AMENDED_BASIS),
        ("new_authority", RequestKind.NEW_AUTHORITY),
        ("", RequestKind.EXEMPTION),
        (None, RequestKind.EXEMPTION),
    ],
)
def test_parse_request_kind(value: object, expected: RequestKind) -> None:
    """Every spelling of the three requests, their codes, and empty (an exemption)."""
    assert parse_request_kind(value) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Afventer", ApprovalStatus.PENDING),
        ("Godkendt", ApprovalStatus.APPROVED),
        ("afvist", ApprovalStatus.REJECTED),
        ("GODKENDT", ApprovalStatus.APPROVED),
        ("Ikke behandlet", ApprovalStatus.PENDING),
        ("approved", ApprovalStatus.APPROVED),
        ("pending", ApprovalStatus.PENDING),
        ("rejected", ApprovalStatus.REJECTED),
        ("", ApprovalStatus.PENDING),
        (None, ApprovalStatus.PENDING),
    ],
)
def test_parse_approval(value: object, expected: ApprovalStatus) -> None:
    """Labels, codes and 'Ikke behandlet' are understood; empty means pending."""
    assert parse_approval(value) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Faglig kontaktperson", ContactRole.SUBJECT_CONTACT),
        ("faglig kontaktperson", ContactRole.SUBJECT_CONTACT),
        ("Kontaktperson", ContactRole.SUBJECT_CONTACT),
        ("Faglig kontakt", ContactRole.SUBJECT_CONTACT),
        ("Netværkskoordinator", ContactRole.COORDINATOR),
        ("Koordinator", ContactRole.COORDINATOR),
        ("Tovholder", ContactRole.COORDINATOR),
        ("Underskriver", ContactRole.SIGNATORY),
        ("Anden", ContactRole.OTHER),
        ("signatory", ContactRole.SIGNATORY),
        ("", ContactRole.OTHER),
        (None, ContactRole.OTHER),
    ],
)
def test_parse_role(value: object, expected: ContactRole) -> None:
    """Role labels, the usual other words for them and codes; empty means other."""
    assert parse_role(value) is expected


@pytest.mark.parametrize(
    ("parse", "value", "expected"),
    [
        (parse_request_kind, "Dispensation", "Fritagelse, Ændret regelgrundlag eller Ny hjemmel"),
        (parse_approval, "Måske", "Afventer, Godkendt eller Afvist"),
        (parse_role, "Borgmester", "Faglig kontaktperson, Netværkskoordinator, Underskriver"),
        (parse_role, 3, "Faglig kontaktperson, .* eller Anden"),
    ],
)
def test_vocabularies_reject_unknown_words(
    parse: Callable[[object], object], value: object, expected: str
) -> None:
    """An unknown word is refused with the list of words the template offers."""
    with pytest.raises(InvalidValueError, match=f"Forventet {expected}"):
        parse(value)


# --- municipalities -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("Københavns Kommune", "101"),
        ("København", "101"),
        ("Københavns", "101"),
        ("Århus", "751"),
        ("Aarhus", "751"),
        ("Aarhus Kommune", "751"),
        ("aarhus kommune", "751"),
        ("Høje Taastrup", "169"),
        ("Høje -Taastrup", "169"),
        ("Høje-Taastrup Kommune", "169"),
        ("HØJE-TAASTRUP", "169"),
        ("  Høje\u00a0Taastrup  ", "169"),
        ("Høje Tåstrup", "169"),
        ("Lyngby-Taarbæk", "173"),
        ("Lyngby Taarbæk Kommune", "173"),
        (169, "169"),
        (169.0, "169"),
        ("169", "169"),
        ("0169", "169"),
        (" 751 ", "751"),
        ("Bornholms Regionskommune", "400"),
        ("Bornholm", "400"),
        ("Favrskovs", "710"),
        ("Aabenraa", "580"),
        ("Åbenrå", "580"),
        ("Nordfyns Kommune", "480"),
        ("Rudersdal Kommuner", "230"),
        ("Frederikshavn/Frederikshavn", "813"),
    ],
)
def test_municipality_matcher_accepts_the_forms_in_the_documents(value: object, code: str) -> None:
    """Names with or without 'Kommune', genitives, aa/å spellings and codes all match."""
    assert MUNICIPALITIES.match(value) == code


@pytest.mark.parametrize("municipality", official_municipalities(), ids=lambda m: m.name)
def test_municipality_matcher_knows_all_98(municipality: OfficialMunicipality) -> None:
    """Every official name, '<name> Kommune', its upper case and its code give the code."""
    name, code = municipality.name, municipality.code
    for value in (name, f"{name} Kommune", f"{name} kommune".upper(), code, int(code)):
        assert MUNICIPALITIES.match(value) == municipality.code
    assert MUNICIPALITIES.name(municipality.code) == municipality.name


@pytest.mark.parametrize(
    "value",
    [
        "Frederikshavn/Læsø",
        "Frederikshavn og Læsø",
        "Frederikshavn, Læsø",
        "Frederikshavn & Læsø Kommune",
    ],
)
def test_municipality_match_refuses_two_municipalities(value: str) -> None:
    """A row is one municipality: naming two is refused, listing both with their codes."""
    with pytest.raises(InvalidValueError) as error:
        MUNICIPALITIES.match(value)
    assert "nævner 2 kommuner: Frederikshavn (813) og Læsø (825)" in str(error.value)
    assert "Forventet én kommune pr. række" in str(error.value)


@pytest.mark.parametrize(
    ("value", "codes"),
    [
        ("Frederikshavn/Læsø", ["813", "825"]),
        ("Frederikshavn og Læsø", ["813", "825"]),
        ("Aarhus, Favrskov", ["751", "710"]),
        ("Høje-Taastrup", ["169"]),
        (169, ["169"]),
        ("Gladsaxe, Gentofte, Lyngby-Taarbæk og Rudersdal Kommune", ["159", "157", "173", "230"]),
        ("Esbjerg, København, Odense, Randers & Aarhus", ["561", "101", "461", "730", "751"]),
        ("Aarhus Kommune Favrskov Kommune Høje Taastrup Kommune", ["751", "710", "169"]),
        ("Aarhus, Aarhus Kommune", ["751"]),
        ("", []),
        (None, []),
    ],
)
def test_municipality_match_many_splits_lists(value: object, codes: list[str]) -> None:
    """Lists of municipalities as written in the applications give every code once, in order."""
    assert MUNICIPALITIES.match_many(value) == codes


def test_municipality_match_many_names_the_unknown_part() -> None:
    """In a list, the one unknown name is the one the error names."""
    with pytest.raises(InvalidValueError, match=re.escape("Ukendt kommune 'Kgs. Lyngby'")):
        MUNICIPALITIES.match_many("Gentofte og Kgs. Lyngby")


@pytest.mark.parametrize(
    ("value", "suggestion"),
    [
        ("Høje Tostrup", "Mente du: Høje-Taastrup (169)"),
        ("Københaven", "København (101)"),
        ("Frederikssun", "Frederikssund (250)"),
    ],
)
def test_municipality_matcher_suggests_close_names(value: str, suggestion: str) -> None:
    """A misspelt name is refused, suggesting the closest official names with codes."""
    with pytest.raises(InvalidValueError, match=re.escape(f"Ukendt kommune '{value}'")) as error:
        MUNICIPALITIES.match(value)
    assert suggestion in str(error.value)


@pytest.mark.parametrize("value", ["Kgs. Lyngby", "Region Hovedstaden", "Ja", "1,5"])
def test_municipality_matcher_refuses_unknown_names(value: str) -> None:
    """A name far from every municipality is refused with an example of what is expected."""
    with pytest.raises(InvalidValueError, match="Forventet et kommunenavn"):
        MUNICIPALITIES.match(value)


@pytest.mark.parametrize("value", [999, "0999", "000", 12345, 169.5, None, ""])
def test_municipality_matcher_refuses_bad_codes_and_empty(value: object) -> None:
    """Unknown codes, fractional numbers and empty cells are refused."""
    with pytest.raises(InvalidValueError, match="kommunekode"):
        MUNICIPALITIES.match(value)


def test_municipality_matcher_reports_ambiguous_names() -> None:
    """Two municipalities whose names fold alike are never silently confused."""
    matcher = MunicipalityMatcher(
        [OfficialMunicipality("901", "Å-by", "X"), OfficialMunicipality("902", "Aa By", "X")]
    )
    with pytest.raises(InvalidValueError, match=r"kan være flere kommuner: Å-by \(901\)"):
        matcher.match("Åby")


def test_official_name_wins_over_a_genitive() -> None:
    """An official name ending in s is matched before another municipality's genitive."""
    matcher = MunicipalityMatcher(
        [OfficialMunicipality("901", "Nordfyn", "X"), OfficialMunicipality("902", "Nordfyns", "X")]
    )
    assert matcher.match("Nordfyns Kommune") == "902"
    assert matcher.match("Nordfyn") == "901"


# --- experiment titles ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "experiment_id"),
    [
        ("Ansøgning om midlertidigt huslejetilskud", "e1"),
        ("  ansøgning  om midlertidigt huslejetilskud. ", "e1"),
        ("1. Ansøgning om midlertidigt huslejetilskud", "e1"),
        ("Forsøg 1: Ansøgning om midlertidigt huslejetilskud", "e1"),
        ("Forsøg nr. 1 - Ansøgning om midlertidigt huslejetilskud", "e1"),
        ("»Ansøgning om midlertidigt huslejetilskud«", "e1"),
        ("2) Midlertidige boligløsninger", "e2"),
        ("Forsøg med akutfunktion - døgnet rundt", "e3"),
        ("forsøg med 'akutfunktion' døgnet rundt!", "e3"),
        ("1 dag om ugen i praktik", "e4"),
        ("3. 1 dag om ugen i praktik", "e4"),
    ],
)
def test_title_matcher_is_tolerant_of_form(value: str, experiment_id: str) -> None:
    """Case, quotes, punctuation, dashes, spaces and a leading number do not matter."""
    assert TITLES.match(value) == experiment_id


def test_title_matcher_does_not_accept_near_misses() -> None:
    """A title that is only close is refused, suggesting the real title."""
    expected = "Mente du: 'Ansøgning om midlertidigt huslejetilskud'?"
    with pytest.raises(InvalidValueError, match=re.escape(expected)):
        TITLES.match("Ansøgning om midlertidig huslejetilskud")


def test_title_matcher_does_not_strip_numbers_that_are_part_of_the_title() -> None:
    """A leading number is only dropped when the rest is a title."""
    with pytest.raises(InvalidValueError, match="Ukendt forsøg 'dag om ugen i praktik'"):
        TITLES.match("dag om ugen i praktik")


@pytest.mark.parametrize("value", ["Noget helt andet", "Forsøg 7", "", None])
def test_title_matcher_refuses_unknown_titles(value: object) -> None:
    """A title no experiment has is refused, saying a title of the network is expected."""
    with pytest.raises(InvalidValueError, match="Forventet titlen på et af netværkets forsøg"):
        TITLES.match(value)


def test_title_matcher_refuses_ambiguous_titles() -> None:
    """Two experiments whose titles fold alike make that title ambiguous, not a guess."""
    matcher = TitleMatcher({"a": "Deleboliger", "b": "Deleboliger!", "c": "Andet"})
    expected = "Titlen 'deleboliger' er tvetydig: 2 forsøg"
    with pytest.raises(InvalidValueError, match=re.escape(expected)):
        matcher.match("deleboliger")
    assert matcher.match("andet") == "c"


# --- laws --------------------------------------------------------------------------------------


@pytest.mark.parametrize("law", law_catalog(), ids=lambda law: law.key)
def test_law_matcher_knows_every_name_in_the_catalog(law: object) -> None:
    """Every law's key, title, short name, abbreviation and aliases give its key."""
    for name in (law.key, law.title, law.short_name, law.abbreviation, *law.aliases):
        assert LAWS.match(name) == law.key, name
        assert LAWS.match(f"  {name.upper()}. ") == law.key, name


@pytest.mark.parametrize(
    ("value", "key"),
    [
        ("SEL", "serviceloven"),
        ("sel", "serviceloven"),
        ("Serviceloven", "serviceloven"),
        ("service-loven", "serviceloven"),
        ("Lov om social service", "serviceloven"),
        ("Lov om almene boliger m.v.", "almenboligloven"),
        ("Lov om almene boliger mv", "almenboligloven"),
        ("Lov om frikommuner m. v.", "frikommuneloven"),
        ("BR 15", "bygningsreglementet"),
        ("br15", "bygningsreglementet"),
        ("LAB", "lab"),
        ("lov om aktiv socialpolitik", "aktivloven"),
        ("Lov om integration af udlændinge i Danmark (integrationsloven)", "integrationsloven"),
    ],
)
def test_law_matcher_is_tolerant_of_form(value: str, key: str) -> None:
    """Case, punctuation, spaces and a trailing 'm.v.' do not matter."""
    assert LAWS.match(value) == key


@pytest.mark.parametrize(
    ("value", "suggestion"),
    [
        ("servicelovn", "serviceloven"),
        ("Planlovn", "planloven"),
        ("almenboligslov", "almenboligloven"),
    ],
)
def test_law_matcher_suggests_close_laws(value: str, suggestion: str) -> None:
    """A misspelt law is refused, suggesting the closest laws by short name."""
    expected = rf"Ukendt lov '{value}'\. Mente du: .*{suggestion}"
    with pytest.raises(InvalidValueError, match=expected):
        LAWS.match(value)


@pytest.mark.parametrize("value", ["xyzzy", "", None, "m.v."])
def test_law_matcher_refuses_unknown_laws(value: object) -> None:
    """Nothing like a known law, or an empty cell, is refused naming the expected forms."""
    with pytest.raises(InvalidValueError, match=r"Forventet .*lov.*SEL"):
        LAWS.match(value)


def test_law_matcher_reads_plain_objects_and_law_records() -> None:
    """Catalog-like plain objects and model.Law records are matched by their key."""
    plain = SimpleNamespace(
        key="testloven",
        title="Lov om test",
        short_name="testloven",
        abbreviation="TL",
        aliases=("prøveloven",),
    )
    record = Law(
        id="uuid-1",
        key="byggeloven",
        title="Byggeloven",
        short_name="byggeloven",
        abbreviation="BL",
    )
    matcher = LawMatcher([plain, record])
    assert matcher.match("Prøveloven") == "testloven"
    assert matcher.match("bl") == "byggeloven"


def test_law_matcher_refuses_a_name_two_laws_share() -> None:
    """A name two laws share is ambiguous and refused, naming both."""
    first = SimpleNamespace(
        key="a", title="Lov A", short_name="a-loven", abbreviation="AL", aliases=("fælles",)
    )
    second = SimpleNamespace(
        key="b", title="Lov B", short_name="b-loven", abbreviation="BL", aliases=("Fælles",)
    )
    with pytest.raises(InvalidValueError, match="kan være flere love: a-loven eller b-loven"):
        LawMatcher([first, second]).match("fælles")


# --- robustness -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "parse",
    [
        parse_date,
        parse_phone,
        parse_email,
        parse_yes_no,
        parse_request_kind,
        parse_approval,
        parse_role,
        MUNICIPALITIES.match,
        MUNICIPALITIES.match_many,
        TITLES.match,
        LAWS.match,
        clean_text,
        clean_multiline,
    ],
)
@given(value=ANY_CELL)
def test_parsers_fail_only_with_invalid_value_error(
    parse: Callable[[object], object], value: object
) -> None:
    """Whatever a cell holds, a parser returns a value or raises InvalidValueError."""
    try:
        result = parse(value)
    except InvalidValueError as error:
        assert str(error).strip()
    else:
        assert result is None or isinstance(result, str | bool | list)
