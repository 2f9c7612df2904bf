"""Refusing a zip package (.xlsx, .docx) whose declared sizes are not sane, before unpacking it.

The sizes are read from the zip's central directory, so nothing is decompressed to check them;
zipfile stops reading a part at its declared size and checks its CRC, so a part that lies
about its size reads as damage, never as more data. Shared by the spreadsheet and the Word
importers.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class ZipLimits:
    """How large a package may unpack: in all, per XML part, and how tightly a part is packed."""

    max_uncompressed_bytes: int
    max_compression_ratio: int
    ratio_checked_above_bytes: int
    max_xml_part_bytes: int | None = None  # None: only the total counts


def size_problem(members: Iterable[zipfile.ZipInfo], limits: ZipLimits, what: str) -> str | None:
    """Return the Danish sentence refusing a package's declared sizes, or None if they are sane.

    `what` names the package as the sentence begins: 'Regnearket', 'Word-dokumentet'.
    """
    members = list(members)
    total = sum(member.file_size for member in members)
    prefix = f"{what} er for stort eller unormalt komprimeret ({megabytes(total)} MB udpakket)"
    if total > limits.max_uncompressed_bytes:
        return f"{prefix}; grænsen er {megabytes(limits.max_uncompressed_bytes)} MB."
    for member in members:
        size = member.file_size
        if (
            limits.max_xml_part_bytes is not None
            and member.filename.endswith((".xml", ".rels"))
            and size > limits.max_xml_part_bytes
        ):
            return (
                f"{what} er for stort: delen {member.filename} fylder {megabytes(size)} MB "
                f"udpakket; grænsen er {megabytes(limits.max_xml_part_bytes)} MB pr. del."
            )
        ratio = size / max(member.compress_size, 1)
        if size > limits.ratio_checked_above_bytes and ratio > limits.max_compression_ratio:
            return f"{prefix}; grænsen er {limits.max_compression_ratio}:1 komprimering pr. del."
    return None


def megabytes(size: int) -> str:
    """Return a byte count in MB the Danish way: '20', '25,3' or '1.024'."""
    value = size / MB
    if value == int(value):
        return f"{int(value):,}".replace(",", ".")
    return f"{value:.1f}".replace(".", ",")
