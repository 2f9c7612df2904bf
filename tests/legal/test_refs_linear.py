"""Reading references takes work linear in the text's length, measured without a clock.

The work is counted as the lines of the program's own code run (sys.settrace), for a text
and for the same text twice and four times as long: twice the text may cost at most a little
over twice the work. Repeated law names once cost work quadratic in the text (issue 17).
Work inside one regular expression is not seen that way: a header cell's e-mail search, once
cubic in a long word, is measured against a plain scan of the same cell in the same run.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

import frikommune_desktop
from frikommune_desktop.applications.docx_reader import Block, Paragraph, TableBlock
from frikommune_desktop.applications.parser import ApplicationParser
from frikommune_desktop.legal.references import find_references, sentence_around
from tests.conftest import REFERENCE_DIR

PACKAGE = str(Path(frikommune_desktop.__file__).parent)

#: Twice the text may cost this many times the work (2.0 for exactly linear work).
MAX_GROWTH = 2.1


def lines_run(job: Callable[[], object]) -> int:
    """Return how many lines of the program's own code a job runs: its work, without a clock."""
    count = 0

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def calls(frame: FrameType, event: str, arg: Any) -> Any:
        return local if frame.f_code.co_filename.startswith(PACKAGE) else None

    previous = sys.gettrace()
    sys.settrace(calls)
    try:
        job()
    finally:
        sys.settrace(previous)
    return count


def growth(job: Callable[[str], object], text: str) -> list[float]:
    """Return the work's growth for the text doubled, and doubled again."""
    job(text)  # caches (the law names, the near misses) are filled before counting
    work = [lines_run(functools.partial(job, text * times)) for times in (1, 2, 4)]
    return [work[1] / work[0], work[2] / work[1]]


def references_and_sentences(text: str) -> None:
    """Find every reference in a text and the sentence it stands in (as suggestions do)."""
    for reference in find_references(text):
        sentence_around(text, reference.start, reference.end)


def parse_application(text: str) -> None:
    """Read one application whose first section holds the text, and every found sentence."""
    header = TableBlock((("Titel på forsøg", "Forsøg"), ("Deltagerkommuner", "Aarhus")))
    blocks: list[Block] = [header, Paragraph("1. Beskrivelse af forsøget"), Paragraph(text)]
    for application in ApplicationParser().parse_blocks(blocks):
        for found in application.found:
            assert found.sentence


def reference_text() -> str:
    """Return 20,000 characters of the reference applications' prose, with 100-odd references."""
    path = REFERENCE_DIR / "001_d8e0ad979bdfbdd7.part1.txt"
    return path.read_text(encoding="utf-8")[300_000:320_000]


REPETITIVE = {
    "law name and provision": "serviceloven § 83 " * 300,
    "one law, many provisions": "serviceloven " + "§ 83 og § 85 om hjælp, " * 200,
    "a list of provisions": "§§ 1, 2, 3 og 4, " * 200,
    "lettered provisions": "§ 30 A og § 30 b " * 200,
    "a slip in a law name": "Serviceovens § 83 " * 300,
    "ranges and parts": "§ 65-67, stk. 2, nr. 1, 1. pkt., i lov om social service " * 60,
}


@pytest.mark.parametrize("name", sorted(REPETITIVE))
def test_repetitive_text_is_read_with_linear_work(name: str) -> None:
    """Twice as much repetitive text (repeated law names, lists) costs about twice the work."""
    assert max(growth(references_and_sentences, REPETITIVE[name])) <= MAX_GROWTH


def test_reference_prose_is_read_with_linear_work() -> None:
    """Twice as much real application prose costs about twice the work."""
    assert len(find_references(reference_text())) > 90  # ranges are one reference each
    assert max(growth(references_and_sentences, reference_text())) <= MAX_GROWTH


def test_a_long_section_of_a_word_application_is_read_with_linear_work() -> None:
    """A Word application's section with repeated references costs work linear in its length."""
    assert max(growth(parse_application, "Efter serviceloven § 83 gives hjælp. " * 150)) <= (
        MAX_GROWTH
    )
