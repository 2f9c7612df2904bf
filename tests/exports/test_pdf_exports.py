"""The round's PDFs read back: the real letter's facts, template layout, outline, pages, font."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from frikommune_desktop.exports.content import round_content
from frikommune_desktop.exports.files import ExportError
from frikommune_desktop.exports.letter import DEFAULT_RESERVATION, cover_letter
from frikommune_desktop.exports.round_export import BUNDLE, export_round
from frikommune_desktop.model import SECTION_TITLES, LegalBasis, Participation
from frikommune_desktop.store import Store
from tests.conftest import REFERENCE_DIR

ROUND = "2016-12-01"
COVER_LETTER_SOURCE = REFERENCE_DIR / "001_d8e0ad979bdfbdd7.part1.txt"
TEMPLATE_LABELS = (
    "Frikommunenetværk",
    "Titel på forsøg",
    "Deltagerkommuner",
    "Faglig kontaktperson",
    "Telefon",
    "E-mail",
    "Netværkskoordinator",
    "Dato for ansøgning",
)


def squash(text: str) -> str:
    """Return text with every run of whitespace made one space (PDF lines wrap anywhere)."""
    return " ".join(text.split())


def page_texts(path: Path) -> list[str]:
    """Return each page's extracted text, whitespace squashed."""
    return [squash(page.extract_text()) for page in PdfReader(path).pages]


@pytest.fixture
def exported(demo_store: Store, tmp_path: Path) -> Path:
    """The demo round 2016-12-01 exported into a folder."""
    out = tmp_path / "eksport"
    export_round(demo_store, ROUND, out)
    return out


def real_letter_table() -> dict[int, set[str]]:
    """Return the real cover letter's table (01-12-2016): application number → municipalities."""
    lines = COVER_LETTER_SOURCE.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Ansøgninger om forsøg\t"))
    end = next(i for i in range(start, len(lines)) if lines[i].startswith("Vi ser frem"))
    block = re.sub(r"-\s*\n\s*", "-", "\n".join(lines[start + 1 : end]))
    rows: dict[int, set[str]] = {}
    for number, names in re.findall(r"(\d)\. Ansøgning om [^\t]+\t([^\n]+)", block):
        parts = re.split(r",\s*|\s+og\s+|\s+(?=[A-ZÆØÅ][a-zæøå-]+ Kommune)", names)
        rows[int(number)] = {part.strip() for part in parts if part.strip()}
    return rows


def test_cover_letter_carries_the_facts_of_the_real_letter(exported: Path) -> None:
    """Five applications, and per application the municipalities of the letter of 01-12-2016."""
    real = real_letter_table()
    assert sorted(real) == [1, 2, 3, 4, 5]
    text = " ".join(page_texts(exported / "foelgebrev.pdf"))
    rows = re.findall(
        r"(\d)\. Ansøgning om .+? ((?:[A-ZÆØÅ][\w-]+ Kommune(?:, | og )?)+)",
        text.split("Deltagerkommuner", 1)[1],
    )
    ours = {int(n): set(re.findall(r"[A-ZÆØÅ][\w-]+ Kommune", names)) for n, names in rows}
    assert ours == real
    assert text.count("Ansøgning om") >= 5


def test_cover_letter_reads_like_the_real_one(exported: Path, demo_store: Store) -> None:
    """Sender, recipient, Danish date, subject, reservation, contact, closing and signature."""
    text = " ".join(page_texts(exported / "foelgebrev.pdf"))
    letter = cover_letter(round_content(demo_store, ROUND))
    in_order = [
        "Økonomi- og Indenrigsministeriet",
        "Holmens Kanal 22",
        "Høje-Taastrup Kommune",
        "1. december 2016",
        squash(letter.subject),
        "Forsøgene er samlet i fem ansøgninger: 1. ansøgning om midlertidigt",
        "Alle ansøgninger indsendes med forbehold for efterfølgende politisk godkendelse",
        "Nedenstående tabel viser hvilke kommuner",
        "Christine Bagge Petersen, Høje-Taastrup Kommune (mail: christinepe@htk.dk",
        "vil stå til rådighed som kontaktperson",
        "Med venlig hilsen",
        "Michael Ziegler",
        "Borgmester",
    ]
    positions = [text.find(piece) for piece in in_order]
    assert -1 not in positions, [p for p, at in zip(in_order, positions, strict=True) if at < 0]
    assert positions == sorted(positions)


def test_reservation_paragraph_only_when_a_participation_carries_one(
    demo_store: Store, tmp_path: Path
) -> None:
    """Without any reservation on the round's participations the standing reservation goes."""
    for p in demo_store.records.all(Participation):
        demo_store.records.update(Participation, p.id, reservation="")
    demo_store.records.update_network(letter_reservation="")
    export_round(demo_store, ROUND, tmp_path)
    text = " ".join(page_texts(tmp_path / "foelgebrev.pdf"))
    assert squash(DEFAULT_RESERVATION)[:60] not in text
    assert "Med venlig hilsen" in text


def test_bundle_has_every_application_in_template_layout(exported: Path, demo_store: Store) -> None:
    """Each application: the header table's labels, sections 1–5, then its legal-basis table."""
    text = " ".join(page_texts(exported / BUNDLE))
    content = round_content(demo_store, ROUND)
    assert len(content.applications) == 5
    cursor = text.find("Deltagertabel")
    assert cursor > text.find("Med venlig hilsen") > 0
    for application in content.applications:
        start = text.find(f"Titel på forsøg {squash(application.title)}", cursor)
        assert start > cursor, application.title
        header = text.rfind("Ansøgning om konkrete forsøg i Frikommuneforsøg II", 0, start)
        labels = [text.find(label, header) for label in TEMPLATE_LABELS]
        assert labels == sorted(labels) and labels[0] > 0
        sections = [text.find(squash(title), start) for title in SECTION_TITLES]
        assert sections == sorted(sections) and sections[0] > start
        legal = text.find("Lov § Paragraffens formål Begrundelse for fritagelse", sections[-1])
        assert legal > sections[-1]
        for row in application.legal_rows:
            assert squash(row.purpose)[:40] in text[legal:]
        cursor = legal


def test_bundle_outline_metadata_and_page_numbers(exported: Path) -> None:
    """Bookmarks for letter, table and each application; title/author; 'Side X af Y' on all."""
    reader = PdfReader(exported / BUNDLE)
    top = [item.title for item in reader.outline if not isinstance(item, list)]
    assert top[:2] == ["Følgebrev", "Deltagertabel"]
    assert [t.split(".")[0] for t in top[2:]] == ["1", "2", "3", "4", "5"]
    assert top[2] == "1. Ansøgning om midlertidigt huslejetilskud"
    assert reader.metadata.title.startswith("Ansøgninger 1. december 2016")
    assert reader.metadata.author == "Høje-Taastrup Kommune"
    total = len(reader.pages)
    assert total > 10
    for number, text in enumerate(page_texts(exported / BUNDLE), start=1):
        assert f"Side {number} af {total}" in text


def test_every_font_is_embedded_and_danish_letters_come_back(exported: Path) -> None:
    """Only the shipped font, embedded; 'æ ø å' and '§' extract as written."""
    reader = PdfReader(exported / BUNDLE)
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = "/FontFile2" in font["/FontDescriptor"].get_object()
    assert fonts and all(fonts.values()), fonts
    assert all("DejaVuSansCondensed" in name for name in fonts)
    text = " ".join(page_texts(exported / BUNDLE))
    assert "Høje-Taastrup" in text and "boligløsninger" in text and "§ 107" in text


def test_table_header_repeats_and_a_too_tall_row_flows_on(
    demo_store: Store, tmp_path: Path
) -> None:
    """A justification longer than a page continues in rows marked '(fortsat)', header on each."""
    row = demo_store.records.all(LegalBasis)[0]
    words = " ".join(f"begrundelse{i}" for i in range(2500))
    demo_store.records.update(LegalBasis, row.id, justification=words)
    export_round(demo_store, ROUND, tmp_path)
    pages = page_texts(tmp_path / BUNDLE)
    numbers = {
        i: [int(n) for n in re.findall(r"begrundelse(\d+)", text)] for i, text in enumerate(pages)
    }
    spanned = [i for i, found in numbers.items() if found]
    assert len(spanned) >= 3
    assert spanned == list(range(spanned[0], spanned[-1] + 1))
    assert [n for i in spanned for n in numbers[i]] == list(range(2500))
    for i in spanned:
        assert "Lov § Paragraffens formål Begrundelse for fritagelse" in pages[i]
    assert all("(fortsat)" in pages[i] for i in spanned[1:])


def test_participation_table_pdf_names_every_member_and_the_notes(exported: Path) -> None:
    """The stand-alone participation table lists members, marks and the reservation note."""
    text = " ".join(page_texts(exported / "deltagertabel.pdf"))
    for name in (
        "Aarhus Kommune",
        "Favrskov Kommune",
        "Høje-Taastrup Kommune",
        "Københavns Kommune",
        "Randers Kommune",
        "Roskilde Kommune",
    ):
        assert name in text
    assert text.count("Ja, afventer") == 5 + 3 + 6 + 4 + 2 + 1  # the 20 cells and the legend
    assert "(1) Med forbehold for efterfølgende politisk godkendelse" in text


def test_failed_export_leaves_the_earlier_files_whole(
    exported: Path, demo_store: Store, monkeypatch
) -> None:
    """A write failing half-way replaces none of the earlier set and leaves no staging folder."""
    before = {path.name: path.read_bytes() for path in exported.iterdir()}
    demo_store.records.update_network(letter_subject="Et nyt emne, der ikke må nå frem")

    def broken(*args, **kwargs) -> None:
        raise ExportError("disk fuld")

    monkeypatch.setattr("frikommune_desktop.exports.round_export.write_letter_docx", broken)
    with pytest.raises(ExportError, match="disk fuld"):
        export_round(demo_store, ROUND, exported)
    after = {path.name: path.read_bytes() for path in exported.iterdir()}
    assert after == before
    assert len(before) == 5


def test_export_into_a_file_instead_of_a_folder_is_refused(
    demo_store: Store, tmp_path: Path
) -> None:
    """An --out that is a file gives a clear error, not a traceback."""
    target = tmp_path / "fil.txt"
    target.write_text("x")
    with pytest.raises(ExportError, match="kan ikke oprettes"):
        export_round(demo_store, ROUND, target)


def test_a_wide_network_gets_its_municipalities_in_column_blocks(
    demo_store: Store, tmp_path: Path
) -> None:
    """With more members than fit across a page, every member still gets a whole column."""
    for code in (
        "147",
        "151",
        "153",
        "155",
        "157",
        "159",
        "161",
        "163",
        "165",
        "167",
        "173",
        "175",
        "183",
        "185",
        "187",
        "190",
        "201",
        "210",
        "217",
        "219",
        "223",
        "230",
    ):
        demo_store.records.set_member(code)
    export_round(demo_store, ROUND, tmp_path)
    text = " ".join(page_texts(tmp_path / "deltagertabel.pdf"))
    members = [m.name for m in demo_store.records.members()]
    assert len(members) == 28
    assert "Kommune 1–" in text and "af 28" in text
    for name in members:
        assert name in text, name
