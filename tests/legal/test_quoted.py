"""Statute text quoted under a line naming its act: its references belong to that act."""

from __future__ import annotations

from frikommune_desktop.legal.references import find_references


def found(text: str) -> list[tuple[str | None, str, str]]:
    """Return the (law, provision, where) triples found in text."""
    return [(ref.law, ref.provision, ref.where) for ref in find_references(text)]


QUOTED = """Forsøget kræver fritagelse fra serviceloven, jf. § 104.

Folkeskoleloven:

"§ 22. Undervisningen i de enkelte fag tilrettelægges, jf. § 18, stk. 3, af skolens leder.

Stk. 2. Efter stk. 1 kan kommunalbestyrelsen fravige § 16 a."

Vi ønsker at afprøve en anden ordning, jf. servicelovens § 110."""


def test_references_in_quoted_statute_text_belong_to_the_quoted_act() -> None:
    """Under 'Folkeskoleloven:', '§ 22.' and its cross-references are the school act's, quoted;
    the applicant's own prose before and after keeps serviceloven."""
    assert found(QUOTED) == [
        ("SEL", "§ 104", "prose"),
        ("FSL", "§ 22", "quoted"),
        ("FSL", "§ 18, stk. 3", "quoted"),
        ("FSL", "§ 16 a", "quoted"),
        ("SEL", "§ 110", "prose"),
    ]


def test_a_quote_introduced_by_a_sentence_ending_in_a_colon_is_read_as_quoted() -> None:
    """'… sundhedslovens § 140 lyder således:' then 'Stk. 3.' and numbered items: quoted SUL."""
    text = (
        "Vi har drøftet sagen med LAB-konsulenten, jf. LAB § 5. Af sundhedslovens § 140 "
        "fremgår det om genoptræning efter udskrivning, at reglen lyder således:\n"
        "Stk. 3. Kommunalbestyrelsen skal tilbyde træning, når\n"
        "1) patienten er udskrevet, jf. § 84.\n"
        "2) træningen ikke gives efter § 140 a.\n"
        "Herefter vil vi bruge § 7 til at afprøve en model."
    )
    assert found(text) == [
        ("LAB", "§ 5", "prose"),
        ("SUL", "§ 140", "prose"),
        ("SUL", "§ 84", "quoted"),
        ("SUL", "§ 140 a", "quoted"),
        ("SUL", "§ 7", "prose"),
    ]


def test_a_quoted_order_reads_lovens_as_its_act() -> None:
    """Inside a quoted executive order, '§ 4.' is the order's and 'lovens § 20' the act's."""
    text = (
        "Ansøgningen vedrører serviceloven.\n\n"
        "Specialundervisningsbekendtgørelsen\n\n"
        "§ 4. Afgørelsen træffes efter lovens § 20, stk. 2, og efter § 5 i denne bekendtgørelse."
    )
    assert found(text) == [
        ("SPUB", "§ 4", "quoted"),
        ("FSL", "§ 20, stk. 2", "quoted"),
        ("SPUB", "§ 5", "quoted"),
    ]


def test_an_applicants_own_numbered_headings_are_not_taken_for_quoted_text() -> None:
    """'§ 48, Samtalen:' under a long paragraph is the applicant's heading: prose, as named."""
    text = (
        "Der er tale om en lang indledning om vores arbejde med familierne, som beskriver "
        "mange forhold, også efter serviceloven, uden at citere noget som helst fra den.\n\n"
        "§ 48. Vi ønsker at samtalen kan undlades, jf. § 50."
    )
    assert [where for _, _, where in found(text)] == ["prose", "prose"]


def test_a_chapter_heading_and_left_out_text_do_not_break_a_quote() -> None:
    """'Kapitel 3' under the act's name and '(…)' between provisions keep the quote going."""
    text = (
        "Vi henviser også til serviceloven.\n\nLov om dag-, fritids- og klubtilbud m.v. til børn "
        "og unge (dagtilbudsloven)\n\nKapitel 3\n\n§ 8. Kommunalbestyrelsen fører tilsyn, jf. "
        "§ 5.\n\n(…)\n\nStk. 4. Efter § 9 kan der gives tilskud."
    )
    assert found(text) == [
        ("DTL", "§ 8", "quoted"),
        ("DTL", "§ 5", "quoted"),
        ("DTL", "§ 9", "quoted"),
    ]


def test_a_numbered_item_on_the_next_line_is_no_provision() -> None:
    """'… jf. § 84, og' then '2) …' on the next line: the item number 2 is not a '§ 2'."""
    text = (
        "Lov om social service:\n\nStk. 4. Hjælpen ydes, når\n"
        "1) borgeren er visiteret, jf. § 88, og\n"
        "2) hjælpen ikke gives efter § 95."
    )
    assert found(text) == [("SEL", "§ 88", "quoted"), ("SEL", "§ 95", "quoted")]


def test_a_quote_opened_after_a_colon_in_the_paragraph_is_quoted() -> None:
    """'Dagtilbudslovens § 21 lyder: "§ 21. … jf. § 20."' marks the quote, not the prose."""
    text = (
        "Vi følger LAB. Dagtilbudslovens § 21 lyder: »§ 21. Kommunen skal, jf. § 20, stk. 2, "
        "anvise plads.« Vi vil ændre § 23."
    )
    assert found(text) == [
        ("DTL", "§ 21", "prose"),
        ("DTL", "§ 21", "quoted"),
        ("DTL", "§ 20, stk. 2", "quoted"),
        ("DTL", "§ 23", "prose"),
    ]
