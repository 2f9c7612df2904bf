"""Opening a municipality's spreadsheet: real files of every wrong kind are refused clearly."""

from __future__ import annotations

import io
import os
import re
import struct
import subprocess
import sys
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import defusedxml
import msoffcrypto.format.ooxml
import olefile
import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from frikommune_desktop.errors import InputRefusedError, Problem
from frikommune_desktop.sheets.workbook import (
    DEFAULT_LIMITS,
    KINDS,
    SheetLimits,
    open_workbook,
    sniff_kind,
)

MAIN_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
SHARED_STRINGS_TYPE = (
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
)
BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{(f"&lol{i - 1};" if i > 1 else "&lol;") * 10}">' for i in range(1, 10)
    )
    + "]>\n"
)
FREE, END, FAT_SECTOR = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD


def _write_xlsx(path: Path, rows: int = 3, sheets: tuple[str, ...] = ("Deltagelse",)) -> Path:
    """Write a real workbook with openpyxl: a header, rows of data and a formula."""
    workbook = openpyxl.Workbook()
    workbook.active.title = sheets[0]
    for title in sheets[1:]:
        workbook.create_sheet(title)
    sheet = workbook.active
    sheet.append(["Forsøg", "Deltager (Ja/Nej)", "Antal"])
    for number in range(1, rows):
        sheet.append([f"Forsøg {number} – ældre borgere", "Ja", number])
    sheet["D1"] = "=C2+C3"
    workbook.save(path)
    return path


def _rewrite(
    source: Path,
    target: Path,
    edit: Callable[[dict[str, bytes]], None],
    compression: int = zipfile.ZIP_DEFLATED,
) -> Path:
    """Rebuild a zip member by member after edit() changed the dict of parts in place."""
    with zipfile.ZipFile(source) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    edit(parts)
    with zipfile.ZipFile(target, "w", compression) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return target


def _with_shared_strings(parts: dict[str, bytes], strings_xml: bytes | None = None) -> None:
    """Move A1's text into xl/sharedStrings.xml, as Excel does (openpyxl writes it inline)."""
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", SHARED_STRINGS_TYPE.encode() + b"</Types>"
    )
    parts["xl/worksheets/sheet1.xml"] = re.sub(
        rb'<c r="A1" t="inlineStr">.*?</c>',
        b'<c r="A1" t="s"><v>0</v></c>',
        parts["xl/worksheets/sheet1.xml"],
        count=1,
    )
    parts["xl/sharedStrings.xml"] = strings_xml or (
        f'<sst {MAIN_NS} count="1" uniqueCount="1"><si><t>Forsøg (delt)</t></si></sst>'.encode()
    )


def _write_cfb(path: Path, stream_name: str, data: bytes) -> Path:
    """Write a minimal OLE2/CFB container holding one stream (>= 4096 bytes, no mini stream).

    Layout: header, sector 0 the FAT, sector 1 the directory, sectors 2.. the stream.
    """
    data = data.ljust(max(4096, -(-len(data) // 512) * 512), b"\0")
    count = len(data) // 512
    fat = [FAT_SECTOR, END, *range(3, 2 + count), END]
    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII",
        olefile.MAGIC,
        bytes(16),
        0x3E,
        3,
        0xFFFE,
        9,
        6,
        bytes(6),
        0,
        1,
        1,
        0,
        4096,
        END,
        0,
        END,
        0,
    ) + struct.pack("<109I", 0, *[FREE] * 108)

    def entry(name: str, kind: int, child: int, start: int, size: int) -> bytes:
        raw = name.encode("utf-16-le") + b"\0\0" if name else b""
        return struct.pack(
            "<64sHBBIII16sIQQIQ",
            raw,
            len(raw),
            kind,
            1,
            FREE,
            FREE,
            child,
            bytes(16),
            0,
            0,
            0,
            start,
            size,
        )

    directory = (
        entry("Root Entry", 5, 1, END, 0)
        + entry(stream_name, 2, FREE, 2, len(data))
        + entry("", 0, FREE, 0, 0) * 2
    )
    fat_sector = struct.pack(f"<{len(fat)}I", *fat) + struct.pack("<I", FREE) * (128 - len(fat))
    path.write_bytes(header + fat_sector + directory + data)
    return path


def _write_png(path: Path) -> Path:
    """Write a real 1x1 PNG image."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(b"\0\xff\0\0"))
        + chunk(b"IEND", b"")
    )
    return path


def _refused(path: Path, limits: SheetLimits = DEFAULT_LIMITS) -> Problem:
    """Assert open_workbook refuses path with exactly one file-level Problem; return it."""
    before = path.read_bytes() if path.is_file() else None
    with pytest.raises(InputRefusedError) as caught:
        open_workbook(path, limits)
    assert len(caught.value.problems) == 1
    problem = caught.value.problems[0]
    assert problem.file == path.name
    assert (problem.sheet, problem.row, problem.column) == ("", None, "")
    assert (path.read_bytes() if path.is_file() else None) == before
    return problem


def test_valid_workbook_opens_with_its_values(tmp_path) -> None:
    """A real .xlsx opens and gives its text, numbers and (uncached) formula cell."""
    workbook = open_workbook(_write_xlsx(tmp_path / "Høje-Taastrup.xlsx"))
    sheet = workbook["Deltagelse"]
    assert sheet["A1"].value == "Forsøg"
    assert sheet["A2"].value == "Forsøg 1 – ældre borgere"
    assert sheet["C3"].value == 2
    assert sheet["D1"].value is None  # openpyxl writes no cached value; data_only gives None


def test_formula_cells_give_their_cached_value(tmp_path) -> None:
    """A formula saved by Excel (with its cached result) reads as the result, not the formula."""
    source = _write_xlsx(tmp_path / "source.xlsx")

    def cache(parts: dict[str, bytes]) -> None:
        # openpyxl writes an empty value as <v></v> or <v /> depending on lxml being there
        parts["xl/worksheets/sheet1.xml"], count = re.subn(
            rb"<f>C2\+C3</f>(?:<v></v>|<v\s*/>)",
            b"<f>C2+C3</f><v>3</v>",
            parts["xl/worksheets/sheet1.xml"],
        )
        assert count == 1

    path = _rewrite(source, tmp_path / "cached.xlsx", cache)
    assert open_workbook(path)["Deltagelse"]["D1"].value == 3


@pytest.mark.parametrize("name", ["forkert-endelse.xls", "uden-endelse", "STORE.XLSX"])
def test_real_workbook_opens_whatever_its_extension(tmp_path, name) -> None:
    """The content decides, not the name: a real workbook under another extension opens."""
    path = tmp_path / name
    path.write_bytes(_write_xlsx(tmp_path / "source.xlsx").read_bytes())
    assert open_workbook(path)["Deltagelse"]["A1"].value == "Forsøg"


def test_macro_workbook_opens_without_its_macros(tmp_path) -> None:
    """A .xlsm with a VBA project opens; the macros are ignored, never run or kept."""

    def add_macros(parts: dict[str, bytes]) -> None:
        parts["[Content_Types].xml"] = (
            parts["[Content_Types].xml"]
            .replace(
                b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
            )
            .replace(
                b"</Types>",
                b'<Default Extension="bin" '
                b'ContentType="application/vnd.ms-office.vbaProject"/></Types>',
            )
        )
        parts["xl/vbaProject.bin"] = olefile.MAGIC + os.urandom(2000)

    path = _rewrite(_write_xlsx(tmp_path / "s.xlsx"), tmp_path / "makro.xlsm", add_macros)
    workbook = open_workbook(path)
    assert workbook["Deltagelse"]["A1"].value == "Forsøg"
    assert workbook.vba_archive is None


def test_missing_file_is_refused(tmp_path) -> None:
    """A path that does not exist is refused as missing."""
    assert "findes ikke" in _refused(tmp_path / "væk.xlsx").expected


def test_directory_is_refused(tmp_path) -> None:
    """A folder given as the spreadsheet is refused as a folder."""
    folder = tmp_path / "mappe.xlsx"
    folder.mkdir()
    assert "mappe" in _refused(folder).expected


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_named_pipe_is_refused_without_blocking(tmp_path) -> None:
    """A named pipe is refused before anything tries to read (and wait on) it."""
    pipe = tmp_path / "rør.xlsx"
    os.mkfifo(pipe)
    assert "almindelig fil" in _refused(pipe).expected


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="needs file permissions that apply (not root)",
)
def test_unreadable_file_is_refused(tmp_path) -> None:
    """A file without read permission is refused as unreadable."""
    path = _write_xlsx(tmp_path / "låst.xlsx")
    path.chmod(0)
    try:
        with pytest.raises(InputRefusedError, match="kan ikke læses"):
            open_workbook(path)
    finally:
        path.chmod(0o600)


def test_empty_file_is_refused(tmp_path) -> None:
    """A file of 0 bytes is refused as empty."""
    path = tmp_path / "tom.xlsx"
    path.write_bytes(b"")
    assert _refused(path).expected == "Filen er tom."


def test_file_over_size_limit_is_refused(tmp_path) -> None:
    """A file larger than max_file_bytes is refused before it is read."""

    def pad(parts: dict[str, bytes]) -> None:
        parts["xl/media/image1.png"] = os.urandom(600_000)

    path = _rewrite(_write_xlsx(tmp_path / "s.xlsx"), tmp_path / "stor.xlsx", pad)
    expected = _refused(path, SheetLimits(max_file_bytes=1024 * 1024 // 2)).expected
    assert expected == "Filen er for stor (0,6 MB); grænsen er 0,5 MB."


def test_password_protected_workbook_is_refused(tmp_path) -> None:
    """A workbook encrypted by Excel's 'Beskyt projektmappe' (written by msoffcrypto) is named."""
    source = _write_xlsx(tmp_path / "source.xlsx")
    path = tmp_path / "hemmelig.xlsx"
    with source.open("rb") as plain, path.open("wb") as encrypted:
        msoffcrypto.format.ooxml.OOXMLFile(plain).encrypt("hemmelig", encrypted)
    assert sniff_kind(path) == "encrypted"
    assert "beskyttet med adgangskode" in _refused(path).expected


def test_old_xls_workbook_is_refused(tmp_path) -> None:
    """An Excel 97-2003 file is named as the old format, with the way to save it as .xlsx.

    No library here writes .xls, so the test writes the OLE2 container by hand, with the
    one stream Excel puts in it, "Workbook", opening with a BIFF8 BOF record; olefile (the
    reader the code uses) must list exactly that stream for the test to mean anything.
    """
    bof = struct.pack("<HHHHHHII", 0x0809, 16, 0x0600, 0x0005, 0x0DBB, 0x07CC, 0, 6)
    path = _write_cfb(tmp_path / "gammel.xlsx", "Workbook", bof)
    with olefile.OleFileIO(str(path)) as ole:
        assert ole.listdir() == [["Workbook"]]
    assert sniff_kind(path) == "xls"
    assert "Gammelt Excel-format (.xls)" in _refused(path).expected


def test_other_ole2_file_is_not_called_xls(tmp_path) -> None:
    """An OLE2 file of another program (a Word .doc) is not an Excel file at all."""
    path = _write_cfb(tmp_path / "brev.xlsx", "WordDocument", b"\xec\xa5" + bytes(100))
    assert sniff_kind(path) == "unknown"
    assert "ikke et Excel-regneark" in _refused(path).expected


def test_opendocument_spreadsheet_is_refused(tmp_path) -> None:
    """An .ods (LibreOffice) is named, with the way to save it as .xlsx."""
    path = tmp_path / "libre.ods"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "mimetype",
            "application/vnd.oasis.opendocument.spreadsheet",
            compress_type=zipfile.ZIP_STORED,
        )
        archive.writestr("content.xml", "<office:document-content/>")
    assert sniff_kind(path) == "ods"
    assert "OpenDocument-regneark (.ods)" in _refused(path).expected


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Forsøg;Deltager\r\nÆldre borgere;Ja\r\nSkole;Nej\r\n", "cp1252"),
        ("Forsøg,Deltager\nÆldre borgere,Ja\n", "utf-8-sig"),
        ("Forsøg\tDeltager\nÆldre borgere\tJa\n", "utf-16"),
    ],
)
def test_csv_renamed_to_xlsx_is_refused(tmp_path, text, encoding) -> None:
    """CSV text saved under a .xlsx name is named as CSV, whatever its encoding."""
    path = tmp_path / "eksport.xlsx"
    path.write_bytes(text.encode(encoding))
    assert sniff_kind(path) == "csv"
    expected = _refused(path).expected
    assert "CSV-fil" in expected
    assert ".xlsx" in expected


def test_plain_text_is_refused(tmp_path) -> None:
    """Prose saved as .xlsx is named as text, not CSV."""
    path = tmp_path / "noter.xlsx"
    path.write_text("Husk at sende, før fristen.\nMødet er flyttet.\n", encoding="utf-8")
    assert sniff_kind(path) == "text"
    assert "tekstfil" in _refused(path).expected


def test_png_renamed_to_xlsx_is_refused(tmp_path) -> None:
    """An image under a .xlsx name is refused as not a spreadsheet."""
    path = _write_png(tmp_path / "billede.xlsx")
    assert sniff_kind(path) == "unknown"
    assert "ikke et Excel-regneark" in _refused(path).expected


def test_zip_without_workbook_is_refused(tmp_path) -> None:
    """A zip archive that holds no workbook part is refused as not a spreadsheet."""
    path = tmp_path / "arkiv.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hej")
    assert sniff_kind(path) == "zip"
    assert "ikke et Excel-regneark (.xlsx)" in _refused(path).expected


def test_truncated_workbook_is_refused_as_damaged(tmp_path) -> None:
    """The first half of a real workbook is refused as damaged."""
    data = _write_xlsx(tmp_path / "source.xlsx").read_bytes()
    path = tmp_path / "halv.xlsx"
    path.write_bytes(data[: len(data) // 2])
    assert _refused(path).expected == "Regnearket er beskadiget og kan ikke læses."


def test_bad_crc_is_refused_as_damaged(tmp_path) -> None:
    """A workbook whose sheet bytes changed after zipping (CRC mismatch) is refused as damaged."""
    path = _rewrite(
        _write_xlsx(tmp_path / "s.xlsx"),
        tmp_path / "crc.xlsx",
        lambda parts: None,
        compression=zipfile.ZIP_STORED,
    )
    data = path.read_bytes()
    assert data.count(b"<t>Ja</t>") >= 1
    path.write_bytes(data.replace(b"<t>Ja</t>", b"<t>JA</t>"))
    assert _refused(path).expected == "Regnearket er beskadiget og kan ikke læses."


def test_abnormally_compressed_member_is_refused(tmp_path) -> None:
    """A 8 MB part that compresses 1000:1 is refused on its declared size, with default limits."""

    def pad(parts: dict[str, bytes]) -> None:
        parts["xl/padding.xml"] = bytes(8 * 1024 * 1024)

    path = _rewrite(_write_xlsx(tmp_path / "s.xlsx"), tmp_path / "tæt.xlsx", pad)
    expected = _refused(path).expected
    assert expected.startswith("Regnearket er for stort eller unormalt komprimeret (8")
    assert "200:1" in expected


def test_zip_bomb_over_uncompressed_limit_is_refused(tmp_path) -> None:
    """201 MB of zeros (under 1 MB on disk) is refused on the central directory, default limits."""
    path = _write_xlsx(tmp_path / "bombe.xlsx")
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED, compresslevel=1) as archive,
        archive.open("xl/worksheets/sheet9.xml", "w", force_zip64=True) as member,
    ):
        chunk = bytes(4 * 1024 * 1024)
        for _ in range(51):
            member.write(chunk)
    assert path.stat().st_size < 2 * 1024 * 1024
    expected = _refused(path).expected
    assert "for stort eller unormalt komprimeret (204" in expected
    assert expected.endswith("grænsen er 200 MB.")


def test_shared_strings_are_really_read(tmp_path) -> None:
    """The shared-strings part the bomb tests poison is the one openpyxl reads A1 from."""
    path = _rewrite(_write_xlsx(tmp_path / "s.xlsx"), tmp_path / "delt.xlsx", _with_shared_strings)
    assert open_workbook(path)["Deltagelse"]["A1"].value == "Forsøg (delt)"


def _bomb_in(member: str) -> Callable[[dict[str, bytes]], None]:
    """Return an edit putting a billion-laughs DTD into one part, used where a text fits."""

    def edit(parts: dict[str, bytes]) -> None:
        _with_shared_strings(parts)
        body = parts[member].decode("utf-8").split("?>", 1)[-1]
        body = re.sub(
            r"Forsøg \(delt\)|Fors&#248;g|(?<=name=)\"Deltagelse\"",
            lambda found: '"&lol9;"' if found[0][0] == '"' else "&lol9;",
            body,
            count=1,
        )
        parts[member] = (BILLION_LAUGHS + body).encode()

    return edit


@pytest.mark.parametrize(
    "member",
    [
        "xl/sharedStrings.xml",
        "xl/worksheets/sheet1.xml",
        "xl/workbook.xml",
        "xl/styles.xml",
        "[Content_Types].xml",
    ],
)
def test_xml_bomb_is_refused(tmp_path, member) -> None:
    """A billion-laughs entity expansion in any XML part is refused as illegal XML."""
    path = _rewrite(_write_xlsx(tmp_path / "s.xlsx"), tmp_path / "bombe.xlsx", _bomb_in(member))
    expected = _refused(path).expected
    assert expected == "Regnearket indeholder ulovlig XML (mulig XML-bombe) og er afvist."


@pytest.mark.parametrize("member", ["xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"])
def test_xml_bomb_hidden_past_the_prolog_scan_is_refused_by_defusedxml(tmp_path, member) -> None:
    """A DTD pushed past the first 64 KB by a comment is still refused, by defusedxml."""

    def edit(parts: dict[str, bytes]) -> None:
        _bomb_in(member)(parts)
        parts[member] = b"<!--" + b"x" * 70_000 + b"-->" + parts[member].split(b"?>", 1)[1]

    path = _rewrite(_write_xlsx(tmp_path / "s.xlsx"), tmp_path / "skjult.xlsx", edit)
    with pytest.raises(InputRefusedError, match="XML-bombe") as caught:
        open_workbook(path)
    chain, error = [], caught.value.__cause__
    while error is not None:
        chain.append(error)
        error = error.__cause__ or error.__context__
    assert any(isinstance(item, defusedxml.DefusedXmlException) for item in chain)


def test_sheet_with_too_many_rows_is_refused(tmp_path) -> None:
    """A sheet over max_rows is refused, naming the sheet and both numbers."""
    path = _write_xlsx(tmp_path / "rækker.xlsx", rows=11)
    expected = _refused(path, SheetLimits(max_rows=10)).expected
    assert expected == "Arket 'Deltagelse' har 11 rækker; grænsen er 10."


def test_sheet_at_the_row_limit_opens(tmp_path) -> None:
    """A sheet with exactly max_rows rows opens."""
    path = _write_xlsx(tmp_path / "rækker.xlsx", rows=10)
    assert open_workbook(path, SheetLimits(max_rows=10))["Deltagelse"].max_row == 10


def test_default_row_limit_is_twenty_thousand(tmp_path) -> None:
    """One cell in row 20,001 exceeds the default limit, read in Danish number format."""
    path = _write_xlsx(tmp_path / "lang.xlsx")
    workbook = openpyxl.load_workbook(path)
    workbook["Deltagelse"]["A20001"] = "sidst"
    workbook.save(path)
    assert _refused(path).expected == "Arket 'Deltagelse' har 20.001 rækker; grænsen er 20.000."


def test_sheet_with_too_many_columns_is_refused(tmp_path) -> None:
    """A sheet wider than max_columns is refused, naming the sheet."""
    path = _write_xlsx(tmp_path / "bred.xlsx")
    expected = _refused(path, SheetLimits(max_columns=3)).expected
    assert expected == "Arket 'Deltagelse' har 4 kolonner; grænsen er 3."


def test_workbook_with_too_many_sheets_is_refused(tmp_path) -> None:
    """A workbook with more sheets than max_sheets is refused."""
    path = _write_xlsx(tmp_path / "ark.xlsx", sheets=("Deltagelse", "A", "B", "C"))
    assert _refused(path, SheetLimits(max_sheets=3)).expected == (
        "Regnearket har 4 ark; grænsen er 3."
    )


def test_without_defusedxml_no_workbook_is_opened(tmp_path) -> None:
    """With openpyxl's defusedxml use switched off, even a valid workbook is refused."""
    path = _write_xlsx(tmp_path / "gyldig.xlsx")
    script = (
        "import sys; from pathlib import Path\n"
        "from frikommune_desktop.errors import FrikommuneError, InputRefusedError\n"
        "from frikommune_desktop.sheets.workbook import open_workbook\n"
        "try:\n    open_workbook(Path(sys.argv[1]))\n"
        "except InputRefusedError:\n    print('input')\n"
        "except FrikommuneError as error:\n    print(error)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "OPENPYXL_DEFUSEDXML": "False"},
    )
    assert "defusedxml mangler" in result.stdout  # a FrikommuneError, not an InputRefusedError


_VALID = io.BytesIO()
openpyxl.Workbook().save(_VALID)
VALID_BYTES = _VALID.getvalue()
FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _open_or_refuse(path: Path, data: bytes) -> None:
    """Write data to path; opening it must succeed or raise InputRefusedError, nothing else."""
    path.write_bytes(data)
    assert sniff_kind(path) in KINDS
    try:
        open_workbook(path)
    except InputRefusedError as error:
        assert len(error.problems) == 1


@FUZZ
@given(data=st.binary(max_size=4096))
def test_random_bytes_are_only_ever_refused(tmp_path, data) -> None:
    """Arbitrary bytes named .xlsx never raise anything but InputRefusedError."""
    _open_or_refuse(tmp_path / "tilfældig.xlsx", data)


@FUZZ
@given(data=st.binary(max_size=4096))
def test_random_bytes_after_a_zip_header_are_only_ever_refused(tmp_path, data) -> None:
    """Garbage behind a zip signature never raises anything but InputRefusedError."""
    _open_or_refuse(tmp_path / "zip.xlsx", b"PK\x03\x04" + data)


@FUZZ
@given(
    edits=st.lists(
        st.tuples(st.integers(0, len(VALID_BYTES) - 1), st.integers(0, 255)), min_size=1, max_size=6
    ),
    keep=st.integers(1, len(VALID_BYTES)),
)
def test_damaged_real_workbooks_are_only_ever_refused(tmp_path, edits, keep) -> None:
    """A real workbook with bytes changed and its end cut off opens or is refused, no crash."""
    data = bytearray(VALID_BYTES)
    for offset, value in edits:
        data[offset] = value
    _open_or_refuse(tmp_path / "skadet.xlsx", bytes(data[:keep]))


with zipfile.ZipFile(io.BytesIO(VALID_BYTES)) as _archive:
    VALID_PARTS = {name: _archive.read(name) for name in _archive.namelist()}
XML_BYTES = b'<>"=/ 0123456789-abcxyzAZ:&;\x00\xff'


@FUZZ
@given(name=st.sampled_from(sorted(VALID_PARTS)), data=st.data())
def test_mangled_xml_in_a_sound_zip_is_only_ever_refused(tmp_path, name, data) -> None:
    """Bytes of one XML part changed inside an intact zip reach openpyxl and never crash us."""
    body = bytearray(VALID_PARTS[name])
    edits = data.draw(
        st.lists(
            st.tuples(st.integers(0, len(body) - 1), st.sampled_from(XML_BYTES)),
            min_size=1,
            max_size=4,
        )
    )
    for offset, value in edits:
        body[offset] = value
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for part, content in VALID_PARTS.items():
            archive.writestr(part, bytes(body) if part == name else content)
    _open_or_refuse(tmp_path / "rodet.xlsx", buffer.getvalue())


@pytest.mark.parametrize("member", ["xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"])
def test_bomb_met_while_reading_rows_read_only_is_refused(tmp_path, member) -> None:
    """The importer reads workbooks without merged cells read-only, so sheets are parsed only
    while their rows are read: a hidden bomb there is still refused as illegal XML."""
    from frikommune_desktop.sheets.reader import read_workbook

    def edit(parts: dict[str, bytes]) -> None:
        _bomb_in(member)(parts)
        parts[member] = b"<!--" + b"x" * 70_000 + b"-->" + parts[member].split(b"?>", 1)[1]

    path = _rewrite(_write_xlsx(tmp_path / "s.xlsx"), tmp_path / "skjult.xlsx", edit)
    from frikommune_desktop.sheets.workbook import DEFAULT_LIMITS, _check_zip

    assert _check_zip(path, DEFAULT_LIMITS) is False  # past the DTD check; no merges: read-only
    with pytest.raises(InputRefusedError, match="XML-bombe") as caught:
        read_workbook(path)
    assert [p.file for p in caught.value.problems] == ["skjult.xlsx"]


def test_merged_cells_are_detected_in_the_sheet_parts(tmp_path) -> None:
    """A sheet with a merged range is found, so the workbook is loaded whole; one without
    merges is opened read-only."""
    plain = _write_xlsx(tmp_path / "plain.xlsx")
    workbook = openpyxl.load_workbook(plain)
    workbook.active.merge_cells("A2:A3")
    workbook.save(tmp_path / "merged.xlsx")
    assert open_workbook(plain, read_only=None).read_only
    assert not open_workbook(tmp_path / "merged.xlsx", read_only=None).read_only
