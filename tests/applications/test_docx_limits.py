"""Word documents over sane limits are refused before they are read (issue 17).

The hostile documents are real .docx files: python-docx writes a small document, and its
document.xml is then rewritten with many honest paragraphs streamed into the zip, its declared
sizes true. Where a test needs the size, the limit is lowered through `DocxLimits`; the real
default limits are tested with documents that exceed them cheaply (highly compressible XML).
"""

from __future__ import annotations

import dataclasses
import zipfile
from collections.abc import Iterable
from pathlib import Path

import docx
import pytest

from frikommune_desktop.applications.docx_reader import (
    DEFAULT_LIMITS,
    DocxLimits,
    Paragraph,
    read_blocks,
)
from frikommune_desktop.errors import InputRefusedError
from frikommune_desktop.zip_limits import MB
from tests.cli.test_cli import run_cli
from tests.sharing.test_recovery import digest

RUN = '<w:r><w:t xml:space="preserve">Efter serviceloven § {} gives hjælp nr. {}. </w:t></w:r>'


def small_docx(path: Path, *paragraphs: str) -> Path:
    """Write a real .docx with python-docx holding the paragraphs."""
    document = docx.Document()
    for text in paragraphs or ("1. Beskrivelse af forsøget",):
        document.add_paragraph(text)
    document.save(str(path))
    return path


def with_body(path: Path, chunks: Iterable[str], *, level: int = 6) -> Path:
    """Rewrite a .docx so that its body begins with the streamed XML chunks (sizes honest)."""
    source = path.with_suffix(".orig.docx")
    path.rename(source)
    with (
        zipfile.ZipFile(source) as original,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as target,
    ):
        for member in original.infolist():
            data = original.read(member)
            if member.filename != "word/document.xml":
                target.writestr(member.filename, data)
                continue
            head, body = data.decode("utf-8").split("<w:body>", 1)
            with target.open("word/document.xml", "w", force_zip64=True) as part:
                part.write(f"{head}<w:body>".encode())
                for chunk in chunks:
                    part.write(chunk.encode())
                part.write(body.encode())
    source.unlink()
    return path


def paragraphs(count: int, runs: int, *, varied: bool = True) -> Iterable[str]:
    """Yield `count` paragraphs of `runs` runs of prose each (varied: packs as prose does)."""
    for number in range(count):
        yield "<w:p>"
        for start in range(number * runs, (number + 1) * runs, 1000):
            if varied:
                numbers = range(start, start + 1000)
                yield "".join(RUN.format(n % 300, n * 7919 % 100_003) for n in numbers)
            else:
                yield RUN.format(83, 1) * 1000
        yield "</w:p>"


def refusal(path: Path, limits: DocxLimits = DEFAULT_LIMITS) -> str:
    """Return the one sentence refusing the document (failing if it is read)."""
    with pytest.raises(InputRefusedError) as caught:
        read_blocks(path, limits)
    [problem] = caught.value.problems
    assert problem.file == path.name
    return problem.expected


def test_a_document_xml_over_the_part_limit_is_refused_unread(tmp_path: Path) -> None:
    """2 MB of honest paragraphs in document.xml are refused under a 1 MB part limit."""
    path = with_body(small_docx(tmp_path / "stor.docx"), paragraphs(30, 1000))
    size = zipfile.ZipFile(path).getinfo("word/document.xml").file_size
    assert 2 * MB < size < 3 * MB
    package = dataclasses.replace(
        DEFAULT_LIMITS.package, max_xml_part_bytes=1 * MB, max_compression_ratio=10_000
    )
    expected = refusal(path, dataclasses.replace(DEFAULT_LIMITS, package=package))
    assert "word/document.xml" in expected and "grænsen er 1 MB pr. del" in expected
    assert len(read_blocks(path)) == 31  # the same file is read under the real limits


@pytest.mark.slow
def test_a_huge_paragraph_is_refused_by_the_default_part_limit(tmp_path: Path) -> None:
    """One 24 MB paragraph (the attack's shape, packed small) is refused with real limits."""
    path = with_body(
        small_docx(tmp_path / "afsnit.docx"), paragraphs(1, 320_000, varied=False), level=9
    )
    assert path.stat().st_size < 1 * MB
    expected = refusal(path)
    assert expected.startswith("Word-dokumentet er for stort: delen word/document.xml fylder 2")
    assert expected.endswith("grænsen er 20 MB pr. del.")


def test_a_highly_compressed_document_is_refused_by_the_default_ratio(tmp_path: Path) -> None:
    """5 MB of XML white space that packs a thousand to one is refused: 200:1 is the limit."""
    path = with_body(small_docx(tmp_path / "tæt.docx"), [" " * (5 * MB)], level=9)
    expected = refusal(path)
    assert expected.startswith("Word-dokumentet er for stort eller unormalt komprimeret (5")
    assert expected.endswith("grænsen er 200:1 komprimering pr. del.")


@pytest.mark.slow
def test_a_document_unpacking_over_the_total_limit_is_refused(tmp_path: Path) -> None:
    """201 MB of picture data (under 1 MB on disk) is refused on the declared sizes."""
    path = small_docx(tmp_path / "billeder.docx")
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED, compresslevel=1) as archive,
        archive.open("word/media/image9.png", "w", force_zip64=True) as member,
    ):
        for _ in range(201):
            member.write(bytes(MB))
    assert path.stat().st_size < 1 * MB
    expected = refusal(path)
    assert "(201," in expected and expected.endswith("grænsen er 200 MB.")


def test_a_paragraph_over_the_default_length_is_refused(tmp_path: Path) -> None:
    """A paragraph of 100,001 characters is refused, naming its length and the limit."""
    path = small_docx(tmp_path / "langt.docx", "1. Beskrivelse", "a" * 100_001)
    expected = refusal(path)
    assert "100.001 tegn" in expected and "grænsen er 100.000 tegn" in expected


def test_a_table_cell_over_the_length_limit_is_refused(tmp_path: Path) -> None:
    """A table cell longer than the limit is refused like a paragraph."""
    document = docx.Document()
    document.add_table(rows=1, cols=2).rows[0].cells[1].text = "§ 83 " * 400 + "x"
    document.save(str(tmp_path / "celle.docx"))
    limits = dataclasses.replace(DEFAULT_LIMITS, max_paragraph_chars=1000)
    assert "2.001 tegn" in refusal(tmp_path / "celle.docx", limits)
    assert len(read_blocks(tmp_path / "celle.docx")) == 1


def test_a_document_with_more_text_than_the_limit_is_refused(tmp_path: Path) -> None:
    """Paragraphs each under the limit are refused when their sum is over the text limit."""
    path = small_docx(tmp_path / "meget.docx", *(["Efter serviceloven § 83. " * 20] * 3))
    limits = dataclasses.replace(DEFAULT_LIMITS, max_text_chars=1000)
    assert "over 1.000 tegn tekst" in refusal(path, limits)
    assert [type(block) for block in read_blocks(path)] == [Paragraph] * 3


@pytest.mark.slow
def test_the_default_text_limit_refuses_two_million_characters(tmp_path: Path) -> None:
    """21 paragraphs of 99,000 characters (each allowed) pass the real text limit: refused."""
    prose = "".join(f"ord{n} " for n in range(14_000))[:99_000]  # packs as prose does
    path = small_docx(tmp_path / "alt.docx", *([prose] * 21))
    assert "over 2.000.000 tegn tekst" in refusal(path)


def test_the_command_refuses_an_oversized_document_and_writes_nothing(
    demo_path: Path, tmp_path: Path
) -> None:
    """`import-application` exits 2 with one Danish line naming the file and the limit."""
    path = with_body(small_docx(tmp_path / "tæt.docx"), [" " * (5 * MB)], level=9)
    before = digest(demo_path)
    result = run_cli("import-application", str(demo_path), str(path))
    assert result.returncode == 2
    assert "tæt.docx" in result.stderr and "200:1" in result.stderr
    assert "Traceback" not in result.stderr
    assert digest(demo_path) == before


def test_every_paragraph_over_the_length_limit_is_named_at_once(tmp_path: Path) -> None:
    """Two over-long paragraphs are both named in one refusal, not only the first."""
    path = small_docx(tmp_path / "to_lange.docx", "kort", "a" * 1001, "b" * 1002, "kort igen")
    limits = dataclasses.replace(DEFAULT_LIMITS, max_paragraph_chars=1000)
    with pytest.raises(InputRefusedError) as caught:
        read_blocks(path, limits)
    found = [problem.expected for problem in caught.value.problems]
    assert len(found) == 2
    assert "1.001 tegn" in found[0] and "1.002 tegn" in found[1]
