"""The words of the letters: lists the Danish way, defaults, placeholder, contact sentence."""

from __future__ import annotations

import dataclasses

from frikommune_desktop.exports.content import Person, round_content
from frikommune_desktop.exports.letter import (
    APPLICATIONS_PLACEHOLDER,
    DEFAULT_CLOSING,
    contact_sentence,
    count_word,
    cover_letter,
    join_danish,
    participation_table,
)
from frikommune_desktop.store import Store


def test_danish_lists_and_numbers() -> None:
    """'A, B og C', one name alone, small counts as words and large ones as digits."""
    assert join_danish(["A", "B", "C"]) == "A, B og C"
    assert join_danish(["A", "B"], "samt") == "A samt B"
    assert join_danish(["A"]) == "A" and join_danish([]) == ""
    assert (count_word(5), count_word(1), count_word(14)) == ("fem", "én", "14")


def test_the_placeholder_puts_the_application_list_where_the_text_says(demo_store: Store) -> None:
    """The demo's introduction keeps the real letter's order: list, then the dependencies."""
    assert APPLICATIONS_PLACEHOLDER in demo_store.records.network().letter_intro
    letter = cover_letter(round_content(demo_store, "2016-12-01"))
    listing = next(i for i, p in enumerate(letter.paragraphs) if p.startswith("Forsøgene er"))
    assert letter.paragraphs[listing + 1].startswith("Forsøgene i ansøgningerne 1-3")
    assert letter.paragraphs[listing].endswith(
        "4. ansøgning om deleboliger samt 5. ansøgning om byggeri af billige boliger."
    )


def test_empty_texts_fall_back_to_defaults(demo_store: Store) -> None:
    """A network without letter texts still gets subject, body, list and closing."""
    demo_store.records.update_network(letter_subject="", letter_intro="", letter_closing="")
    letter = cover_letter(round_content(demo_store, "2016-12-01"))
    assert letter.subject.startswith(
        "5 ansøgninger om konkrete frikommuneforsøg fra frikommunenetværket “Flere billige boliger"
    )
    assert letter.paragraphs[0].startswith("Frikommunenetværket Flere billige boliger")
    assert letter.paragraphs[1].startswith("Forsøgene er samlet i fem ansøgninger")
    assert letter.after_table[-1] == DEFAULT_CLOSING


def test_contact_sentence_like_the_favrskov_letter() -> None:
    """Title and organisation before the name, mail and phone in brackets."""
    jes = Person(
        "Jes Svenninggaard",
        "Handicap- og psykiatrichef",
        "Favrskov Kommune",
        "8964 4301",
        "jsvn@favrskov.dk",
    )
    assert contact_sentence(jes) == (
        "Handicap- og psykiatrichef i Favrskov Kommune Jes Svenninggaard (mail: "
        "jsvn@favrskov.dk, tlf. 8964 4301) vil stå til rådighed som kontaktperson på vegne af "
        "frikommunenetværket."
    )
    bare = dataclasses.replace(jes, title="", organisation="", email="")
    assert contact_sentence(bare).startswith("Jes Svenninggaard (tlf. 8964 4301) vil stå")


def test_participation_table_marks_reservations_as_shared_footnotes(demo_store: Store) -> None:
    """Equal reservations share one note; a municipality outside an application gets no mark."""
    table = participation_table(round_content(demo_store, "2016-12-01"))
    assert len(table.notes) == 1 and table.notes[0].startswith("(1) Med forbehold")
    label, marks = table.rows[4]
    assert label == "5. Ansøgning om byggeri af billige boliger"
    assert [bool(m) for m in marks] == [False, False, False, True, False, True]
    assert marks[3] == "Ja, afventer (1)"
    assert len(table.details) == 6 + 3 + 6 + 4 + 2
