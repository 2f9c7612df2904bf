"""Open a municipality's spreadsheet safely, or refuse it with one clear Danish sentence."""

from __future__ import annotations

import codecs
import io
import logging
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import defusedxml
import olefile
import openpyxl
from openpyxl.workbook.workbook import Workbook

from ..errors import FrikommuneError, InputRefusedError, Problem
from ..zip_limits import ZipLimits, size_problem

MB = 1024 * 1024

# A refused workbook's parser error is logged with its traceback: "damaged" could hide a fault.
_log = logging.getLogger(__name__)

# openpyxl parses with defusedxml only if it was importable when openpyxl was imported.
DEFUSED = bool(openpyxl.DEFUSEDXML)

CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"
HEAD_BYTES = 8192
PROLOG_BYTES = 65536
DTD_MARKERS = tuple(
    word.encode(encoding)
    for word in ("<!DOCTYPE", "<!ENTITY")
    for encoding in ("ascii", "utf-16-le", "utf-16-be")
)
KINDS = ("xlsx", "xls", "encrypted", "ods", "csv", "zip", "text", "empty", "unknown")

SAVE_AS_XLSX = "Gem som Excel-projektmappe (.xlsx) og prøv igen."
DAMAGED = "Regnearket er beskadiget og kan ikke læses."
XML_BOMB = "Regnearket indeholder ulovlig XML (mulig XML-bombe) og er afvist."
REFUSED_KIND = {
    "empty": "Filen er tom.",
    "xls": "Gammelt Excel-format (.xls). Gem som Excel-projektmappe (.xlsx).",
    "encrypted": "Regnearket er beskyttet med adgangskode. Gem det uden adgangskode "
    "(Filer > Info > Beskyt projektmappe) og prøv igen.",
    "ods": f"OpenDocument-regneark (.ods), ikke et Excel-regneark. {SAVE_AS_XLSX}",
    "csv": f"Filen er en CSV-fil (tekst), ikke et Excel-regneark. {SAVE_AS_XLSX}",
    "text": "Filen er en tekstfil, ikke et Excel-regneark; "
    "der forventes en Excel-projektmappe (.xlsx).",
    "zip": "Filen er et zip-arkiv, men ikke et Excel-regneark (.xlsx).",
    "unknown": "Filen er ikke et Excel-regneark; der forventes en Excel-projektmappe (.xlsx).",
}


@dataclass(frozen=True)
class SheetLimits:
    """How large a spreadsheet may be before it is refused unread; generous for real use."""

    max_file_bytes: int = 20 * MB
    max_uncompressed_bytes: int = 200 * MB
    max_compression_ratio: int = 200
    ratio_checked_above_bytes: int = 1 * MB
    max_sheets: int = 50
    max_rows: int = 20_000
    max_columns: int = 60


DEFAULT_LIMITS = SheetLimits()


def sniff_kind(path: Path) -> str:
    """Return what the file's content is, whatever its name says: one of KINDS.

    Reads the first bytes; an OLE2 file's directory or a zip's central directory (never a
    zip member larger than 1 KB) is consulted to tell the kinds apart. Raises OSError if the
    file cannot be read.
    """
    with path.open("rb") as handle:
        head = handle.read(HEAD_BYTES)
        truncated = bool(handle.read(1))
    if not head:
        return "empty"
    if head.startswith(CFB_MAGIC):
        return _sniff_cfb(path)
    if head.startswith(ZIP_MAGICS):
        return _sniff_zip(path)
    text = _as_text(head)
    if text is None:
        return "unknown"
    return "csv" if _looks_like_csv(text, truncated) else "text"


def open_workbook(
    path: Path, limits: SheetLimits = DEFAULT_LIMITS, *, read_only: bool | None = False
) -> Workbook:
    """Return the workbook at path, formulas as their cached values, or raise InputRefusedError.

    Checks, in order: the file exists and is readable, its size, its real kind (sniffed),
    the zip's declared sizes, the XML (defusedxml refuses entity bombs), and the sheet counts.
    Never raises anything but InputRefusedError for a bad file; FrikommuneError if defusedxml
    is missing, since then no workbook can be read safely.

    `read_only=None` opens in openpyxl's faster read-only mode unless a sheet has merged
    cells, which only a fully loaded workbook knows (the XML check looks for them).
    """
    if not DEFUSED:
        raise FrikommuneError(
            "Regneark kan ikke åbnes sikkert, fordi pakken defusedxml mangler. "
            "Installer programmet igen."
        )
    _check_file(path, limits)
    try:
        kind = sniff_kind(path)
    except OSError as error:
        raise _refused(path, "Filen kan ikke læses.") from error
    if kind == "zip":
        _refuse_zip(path)
    if kind != "xlsx":
        raise _refused(path, REFUSED_KIND[kind])
    merged = _check_zip(path, limits)
    workbook = _load(path, not merged if read_only is None else read_only)
    if workbook.read_only:
        # A read-only sheet's extent is its <dimension> tag, which some programs write wrong
        # (too small, too large, offset): forget it, so that every row and column there is
        # read and the reader applies the limits to what it finds (reader._read_sheet).
        for sheet in workbook.worksheets:
            sheet.reset_dimensions()
    _check_sheets(path, workbook, limits)
    return workbook


def _refused(path: Path, expected: str) -> InputRefusedError:
    return InputRefusedError([Problem(file=path.name, expected=expected)])


def _check_file(path: Path, limits: SheetLimits) -> None:
    try:
        info = path.stat()
    except FileNotFoundError as error:
        raise _refused(path, "Filen findes ikke.") from error
    except OSError as error:
        raise _refused(path, "Filen kan ikke læses.") from error
    if stat.S_ISDIR(info.st_mode):
        raise _refused(path, "Stien er en mappe, ikke en fil.")
    if not stat.S_ISREG(info.st_mode):
        raise _refused(path, "Stien er ikke en almindelig fil.")
    if info.st_size > limits.max_file_bytes:
        raise _refused(
            path,
            f"Filen er for stor ({_mb(info.st_size)} MB); "
            f"grænsen er {_mb(limits.max_file_bytes)} MB.",
        )


def _sniff_cfb(path: Path) -> str:
    try:
        with olefile.OleFileIO(str(path)) as ole:
            streams = {"/".join(entry) for entry in ole.listdir(streams=True, storages=False)}
    except Exception:  # olefile raises OSError and assorted errors on a damaged file
        _log.warning("%s: olefile kunne ikke læse filen", path, exc_info=True)
        return "unknown"
    if streams & {"EncryptionInfo", "EncryptedPackage"}:
        return "encrypted"
    if streams & {"Workbook", "Book"}:
        return "xls"
    return "unknown"  # an OLE2 file of another program, fx a Word .doc


def _sniff_zip(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "xl/workbook.xml" in names:
                return "xlsx"
            if "mimetype" in names and archive.getinfo("mimetype").file_size <= 1024:
                mimetype = archive.read("mimetype").decode("ascii", "replace").strip()
                if mimetype.startswith(ODS_MIMETYPE):
                    return "ods"
    except Exception:  # zipfile raises BadZipFile, zlib.error, EOFError, ...
        return "zip"  # refused by _refuse_zip, which logs zipfile's error
    return "zip"


def _as_text(head: bytes) -> str | None:
    """Return the head decoded as text if it reads as text, else None."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings: tuple[str, ...] = ("utf-16",)
    elif b"\x00" in head:
        return None
    else:
        encodings = ("utf-8-sig", "cp1252")
    for encoding in encodings:
        try:
            text = codecs.getincrementaldecoder(encoding)().decode(head, final=False)
        except UnicodeDecodeError:
            continue
        readable = sum(char.isprintable() or char in "\t\r\n" for char in text)
        return text if text and readable >= 0.95 * len(text) else None
    return None


def _looks_like_csv(text: str, truncated: bool) -> bool:
    """Return whether most lines split on the same separator the same number of times."""
    lines = text.splitlines()
    if truncated and len(lines) > 1:
        lines = lines[:-1]
    lines = [line for line in lines if line.strip()][:50]
    for separator in ";\t,":
        counts = [line.count(separator) for line in lines]
        if counts and counts[0] > 0 and counts.count(counts[0]) * 2 > len(counts):
            return True
    return False


def _refuse_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path):
            pass
    except Exception as error:
        _log.warning("%s: zipfile kunne ikke læse filen", path, exc_info=True)
        raise _refused(path, DAMAGED) from error
    raise _refused(path, REFUSED_KIND["zip"])


def _check_zip(path: Path, limits: SheetLimits) -> bool:
    """Refuse on the central directory's declared sizes, then on a DTD in any XML part;
    return whether a sheet has merged cells.

    Sizes are checked before anything is decompressed; zipfile stops at the declared size and
    checks the CRC, so a lying size reads as damage. OOXML forbids DTDs, and only a DTD can
    declare the entities of an XML bomb; some parts are parsed by lxml, which ignores entities
    silently, so the DTD is looked for here (defusedxml remains the backstop during loading).
    Merged cells are looked for in the same pass, while the sheet parts are open anyway.
    """
    merged = False
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            _check_sizes(path, members, limits)
            for member in members:
                if member.filename.endswith((".xml", ".rels")):
                    with archive.open(member) as part:
                        head = part.read(PROLOG_BYTES)
                        if any(marker in head for marker in DTD_MARKERS):
                            raise _refused(path, XML_BOMB)
                        if not merged and member.filename.startswith("xl/worksheets/"):
                            merged = _contains(part, head, b"<mergeCell")
    except InputRefusedError:
        raise
    except Exception as error:
        _log.warning("%s: zip-arkivet kunne ikke læses", path, exc_info=True)
        raise _refused(path, DAMAGED) from error
    return merged


def _contains(part: IO[bytes], head: bytes, needle: bytes) -> bool:
    """Return whether a zip part holds needle, given its first bytes already read."""
    tail = b""
    chunk = head
    while chunk:
        if needle in tail + chunk:
            return True
        tail = chunk[-len(needle) :]
        chunk = part.read(1 << 16)
    return False


def _check_sizes(path: Path, members: list[zipfile.ZipInfo], limits: SheetLimits) -> None:
    package = ZipLimits(
        max_uncompressed_bytes=limits.max_uncompressed_bytes,
        max_compression_ratio=limits.max_compression_ratio,
        ratio_checked_above_bytes=limits.ratio_checked_above_bytes,
    )
    if problem := size_problem(members, package, "Regnearket"):
        raise _refused(path, problem)


def _load(path: Path, read_only: bool) -> Workbook:
    try:
        content = io.BytesIO(path.read_bytes())  # within max_file_bytes, checked above
    except OSError as error:
        raise _refused(path, "Filen kan ikke læses.") from error
    try:
        # A file object, not a path: openpyxl then trusts the content, not the extension.
        # In memory, so that a read-only workbook can go on reading after this returns.
        return openpyxl.load_workbook(
            content, read_only=read_only, data_only=True, keep_links=False
        )
    except Exception as error:  # openpyxl lets any parser or zip error through
        raise unreadable(path, error) from error  # which logs it


def unreadable(path: Path, error: BaseException) -> InputRefusedError:
    """Return the refusal for a workbook openpyxl failed on (also while reading its rows);
    the error is logged with its traceback."""
    _log.warning("%s: openpyxl kunne ikke læse regnearket", path, exc_info=error)
    if isinstance(error, MemoryError):
        return _refused(path, "Regnearket er for stort til at blive indlæst.")
    return _refused(path, XML_BOMB if _is_xml_bomb(error) else DAMAGED)


def _is_xml_bomb(error: BaseException | None) -> bool:
    """Return whether defusedxml refused the XML, possibly wrapped by openpyxl."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        if isinstance(error, defusedxml.DefusedXmlException):
            return True
        seen.add(id(error))
        error = error.__cause__ or error.__context__
    return False


def _check_sheets(path: Path, workbook: Workbook, limits: SheetLimits) -> None:
    """Refuse a workbook with too many sheets, or naming every sheet over the limits."""
    count = len(workbook.sheetnames)
    if count > limits.max_sheets:
        raise _refused(
            path, f"Regnearket har {_number(count)} ark; grænsen er {_number(limits.max_sheets)}."
        )
    problems = [
        Problem(
            path.name,
            f"Arket '{sheet.title}' har {_number(size)} {noun}; grænsen er {_number(limit)}.",
        )
        for sheet in workbook.worksheets
        for size, limit, noun in (
            (sheet.max_row, limits.max_rows, "rækker"),
            (sheet.max_column, limits.max_columns, "kolonner"),
        )
        if size is not None and size > limit  # None: a read-only sheet without extent
    ]
    if problems:
        raise InputRefusedError(problems)


def _number(value: int) -> str:
    """Return an integer with Danish thousands separators: 20000 → '20.000'."""
    return f"{value:,}".replace(",", ".")


def _mb(size: int) -> str:
    """Return a byte count in MB the Danish way: '20' or '25,3'."""
    value = size / MB
    return _number(int(value)) if value == int(value) else f"{value:.1f}".replace(".", ",")
