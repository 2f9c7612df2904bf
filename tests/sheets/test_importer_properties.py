"""Property-based tests: whatever the cells hold, the importer refuses cleanly or imports whole."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from frikommune_desktop.errors import InputRefusedError
from frikommune_desktop.sheets.importer import import_spreadsheets

from .conftest import (
    CONTACT_HEADER,
    KOMMUNE_HEADER,
    LEGAL_HEADER,
    PARTICIPATION_HEADER,
    TITLES,
    write_xlsx,
)

_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40)
_USEFUL = st.sampled_from(
    [
        *TITLES.values(),
        "Ja",
        "Nej",
        "ja",
        "x",
        "Godkendt",
        "Afventer",
        "Afvist",
        "serviceloven",
        "SEL",
        "§ 83",
        "§ 140 a, stk. 2",
        "265",
        "Roskilde",
        "Aarhus",
        "41 85 50 61",
        "eva@roskilde.dk",
        "1. december 2016",
        "01.12.2016",
        "Fritagelse",
        "Ny hjemmel",
        "",
    ]
)
_CELL = st.one_of(
    st.none(),
    _TEXT,
    _USEFUL,
    _USEFUL,
    st.integers(-(10**9), 10**9),
    st.booleans(),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.dates(dt.date(1901, 1, 1), dt.date(2100, 1, 1)),
    st.datetimes(dt.datetime(1901, 1, 1), dt.datetime(2100, 1, 1)),
)
_ROWS = st.lists(st.lists(_CELL, max_size=8), max_size=6)
_HEADERS = {
    "Kommune": KOMMUNE_HEADER,
    "Kontaktpersoner": CONTACT_HEADER,
    "Deltagelse": PARTICIPATION_HEADER,
    "Lovgrundlag": LEGAL_HEADER,
}


@st.composite
def _workbooks(draw: st.DrawFn) -> dict[str, list[list[object]]]:
    """Draw a workbook: some of the four sheets, each its header (or not) and random rows."""
    sheets = {}
    for name, header in _HEADERS.items():
        if draw(st.booleans()) or name == "Kommune":
            top = [header] if draw(st.integers(0, 9)) else []
            sheets[name] = [*top, *draw(_ROWS)]
    return sheets


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(sheets=_workbooks())
def test_random_cells_never_crash_and_never_write_half(demo_store, sheets) -> None:
    """Any cell content and shape gives a clean refusal with nothing written, or an import
    after which importing the same file again changes nothing."""
    with tempfile.TemporaryDirectory() as folder:
        path = write_xlsx(Path(folder) / "tilfældig.xlsx", sheets)
        counts = demo_store.counts()
        try:
            import_spreadsheets(demo_store, [path])
        except InputRefusedError as exc:
            assert exc.problems and all(p.file == "tilfældig.xlsx" for p in exc.problems)
            assert demo_store.counts() == counts
            return
        assert not import_spreadsheets(demo_store, [path]).changes_anything
