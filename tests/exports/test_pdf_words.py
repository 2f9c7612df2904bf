"""No word is cut in the PDFs: columns fit their words, else a short name or Danish hyphenation."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pyphen
import pytest
from pypdf import PdfReader

from frikommune_desktop.exports.content import round_content
from frikommune_desktop.exports.pdf_fit import shared_widths
from frikommune_desktop.exports.pdf_layout import FRAME_WIDTH, build_pdf, styles
from frikommune_desktop.exports.pdf_story import application_story
from frikommune_desktop.exports.round_export import BUNDLE, export_round
from frikommune_desktop.model import Experiment, Law, LegalBasis, Participation
from frikommune_desktop.store import Store
from frikommune_desktop.submission import mark_submitted

ROUND = "2016-12-01"
#: Laws as a coordinator may have them: (title, short name, abbreviation).
LAWS = (
    ("Bekendtgørelse om bygningsreglement 2015", "bygningsreglementet", "BR15"),
    ("Bekendtgørelse om parkeringsfondscirkulæret", "", ""),
    ("Lov om arbejdsløshedsforsikring m.v.", "arbejdsløshedsforsikringsloven", "LAL"),
    ("Bekendtgørelse om integrationsprogram", "integrationsprogrambekendtgørelsen", "IPB"),
    ("Arbejdsmarkedsuddannelsesbekendtgørelsen", "", ""),
)
TITLE = (
    "Afprøvning af beskæftigelsesindsatsbekendtgørelsens undtagelser for "
    "arbejdsmarkedsuddannelsesbekendtgørelsesændringsforslagene og parkeringsfondscirkulæret"
)
DANISH = pyphen.Pyphen(lang="da_DK")


def pdf_lines(path: Path) -> list[str]:
    """Return a PDF's text lines, pages in order, as pypdf extracts them."""
    return [line for page in PdfReader(path).pages for line in page.extract_text().splitlines()]


def cut_words(lines: list[str], words: set[str]) -> list[str]:
    """Return the words broken across two lines other than by a hyphen at a Danish break point.

    A break is allowed after a hyphen the word has, or where the line ends in '-' and pyphen's
    Danish dictionary allows a break.
    """
    found: list[str] = []
    for line, following in itertools.pairwise(lines):
        if not line.split() or not following.split():
            continue
        left, right = line.split()[-1], following.split()[0]
        hyphenated = left.endswith("-")
        joined = (left[:-1] if hyphenated else left) + right
        cut_at = len(left) - hyphenated
        for word in words:
            for match in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", joined, flags=re.I):
                if not match.start() < cut_at < match.end():
                    continue
                at = cut_at - match.start()
                if word[at - 1] == "-" or (hyphenated and at in DANISH.positions(word)):
                    continue
                found.append(f"{left} / {right} ({word})")
    return found


def words_of(*texts: str) -> set[str]:
    """Return the words (six letters or more) of some texts."""
    return {word for text in texts for word in re.findall(r"[\wæøåÆØÅ-]{6,}", text)}


def add_long_names(demo_store: Store) -> None:
    """Give the first application a long title and legal-basis rows with long law names."""
    experiment = demo_store.records.all(Experiment, number=1)[0]
    demo_store.records.update(Experiment, experiment.id, title=TITLE, letter_title=TITLE)
    for position, (title, short_name, abbreviation) in enumerate(LAWS, start=100):
        law = demo_store.records.add(
            Law(
                key=f"lang-{position}",
                title=title,
                short_name=short_name,
                abbreviation=abbreviation,
            )
        )
        demo_store.records.add(
            LegalBasis(
                experiment_id=experiment.id,
                law_id=law.id,
                paragraph=str(position),
                stk="2",
                purpose="At sikre ensartede regler for kommunernes parkeringsfonde",
                justification="Kommunalbestyrelsen ønsker at afprøve boligsocialhjemmelsgrundlaget",
                position=position,
            )
        )


@pytest.fixture
def wordy_store(demo_store: Store) -> Store:
    """The demo network with long law names and a long title in its first application."""
    add_long_names(demo_store)
    return demo_store


def law_words() -> set[str]:
    """Return the words of every name the test's laws may be shown by."""
    return words_of(*(name for law in LAWS for name in law))


@pytest.mark.parametrize("share", [1.0, 0.75, 0.55, 0.4])
def test_no_law_name_or_title_is_cut_at_any_table_width(
    wordy_store: Store, tmp_path: Path, share: float
) -> None:
    """The application's tables at several widths: every word whole, or hyphenated properly."""
    content = round_content(wordy_store, ROUND)
    application = next(a for a in content.applications if a.number == 1)
    story = application_story("Netværk", application, styles(), "a", width=FRAME_WIDTH * share)
    path = build_pdf(tmp_path / "ansøgning.pdf", story, title="Ansøgning", author="Test")
    lines = pdf_lines(path)
    assert cut_words(lines, law_words() | words_of(TITLE, *LEGAL_TEXTS)) == []
    text = " ".join(lines)
    assert "Lovgrundlag" in text and "§ 100, stk. 2" in text


LEGAL_TEXTS = (
    "At sikre ensartede regler for kommunernes parkeringsfonde",
    "Kommunalbestyrelsen ønsker at afprøve boligsocialhjemmelsgrundlaget",
)


def test_a_law_name_too_wide_for_its_column_is_shown_by_its_abbreviation(
    wordy_store: Store, tmp_path: Path
) -> None:
    """The bundle shows 'IPB' for a name wider than the column may be, and explains it below."""
    export_round(wordy_store, ROUND, tmp_path)
    text = " ".join(" ".join(pdf_lines(tmp_path / BUNDLE)).split())
    assert "IPB = integrationsprogrambekendtgørelsen" in text
    assert "bygningsreglementet" in text and "arbejdsløshedsforsikringsloven" in text


def test_no_word_is_cut_in_any_exported_pdf(wordy_store: Store, tmp_path: Path) -> None:
    """Bundle, cover letter and participation table: no law name or title word split bare."""
    export_round(wordy_store, ROUND, tmp_path)
    pdfs = sorted(tmp_path.glob("*.pdf"))
    assert len(pdfs) == 3
    municipalities = round_content(wordy_store, ROUND).names.values()
    words = law_words() | words_of(TITLE, *LEGAL_TEXTS, *municipalities)
    for pdf in pdfs:
        assert cut_words(pdf_lines(pdf), words) == [], pdf.name


def test_no_word_is_cut_in_the_orientation_letter(wordy_store: Store, tmp_path: Path) -> None:
    """The orientation letter's table names the long-titled application with no word split."""
    mark_submitted(wordy_store, ROUND)
    experiment = wordy_store.records.all(Experiment, number=1)[0]
    leaving = wordy_store.records.all(Participation, experiment_id=experiment.id)[0]
    wordy_store.records.delete(Participation, leaving.id)
    export_round(wordy_store, ROUND, tmp_path, changes_since_submission=True)
    lines = pdf_lines(tmp_path / "orientering.pdf")
    assert "Deltager ikke længere" in " ".join(lines)
    assert cut_words(lines, words_of(TITLE)) == []


def test_a_column_widens_to_its_widest_word_and_the_others_share_the_rest() -> None:
    """Needs within reach are met, the rest goes by share; needs beyond reach are levelled."""
    widths = shared_widths([150, 10, 10], [0.2, 0.4, 0.4], 400)
    assert widths == pytest.approx([150, 125, 125])
    levelled = shared_widths([300, 40, 300], [1, 1, 1], 240, caps=[1, 1, 1])
    assert levelled == pytest.approx([100, 40, 100])
    assert shared_widths([300, 40], [0.5, 0.5], 400) == pytest.approx([200, 200])
