"""Render the application icon resources/icons/frikommune.svg to PNG sizes and a Windows .ico.

Usage:
    python tools/build_icons.py           write frikommune-<size>.png and frikommune.ico
    python tools/build_icons.py --check   exit 1 if a generated file is missing or not current

The PNGs (16 … 512 px, for the window, the Linux hicolor theme and the .desktop file) are
drawn by Qt's SVG renderer (PySide6.QtSvg); each carries the SHA-256 of the SVG it was drawn
from in a PNG text chunk. The .ico (for the Windows executables, the installer and the .fkdb
file type) is put together here from those PNGs: 16 … 128 px as 32-bit BMP entries, which
every Windows reader understands, and 256 px as the PNG itself (the ICO format allows PNG
entries since Windows Vista; that is how a 256 px entry is normally stored). The .ico is
therefore a pure function of the PNG files' bytes.

--check fails when a PNG is missing, has the wrong size, was drawn from another SVG (its
stored SHA-256 differs), or differs visibly from a fresh rendering (by a small tolerance, so
a Qt upgrade that moves antialiasing a little is not "stale"), and when the .ico is not
exactly what the current PNGs give.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import struct
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent
ICON_DIR = ROOT / "resources" / "icons"
SVG_FILE = ICON_DIR / "frikommune.svg"
ICO_FILE = ICON_DIR / "frikommune.ico"

#: Every PNG size written; the .desktop hicolor theme uses all of them, the window 16 … 256.
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: The sizes inside the .ico (Windows shows 16/24/32/48 in lists, 64/128/256 in large views;
#: 256 is the largest an .ico entry can be).
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: The PNG text key holding the SHA-256 of the SVG a PNG was drawn from.
SOURCE_KEY = "frikommune-icon-source-sha256"
#: How far a current PNG may be from a fresh rendering: mean absolute channel difference
#: (0-255), and the share of channel values more than FAR apart. A Qt upgrade that moves
#: antialiasing a little stays within both; an edited or stale picture does not.
TOLERANCE = 2.0
FAR = 64
FAR_SHARE = 0.0005


class IconError(Exception):
    """The SVG cannot be rendered or a generated file cannot be written."""


def png_path(size: int) -> Path:
    """Return the path of the PNG of one size (resources/icons/frikommune-32.png)."""
    return ICON_DIR / f"frikommune-{size}.png"


def _qt():
    """Import Qt lazily (so --help works without it) and make sure a GUI application exists."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6 import QtCore, QtGui, QtSvg

    if QtGui.QGuiApplication.instance() is None:
        _qt.app = QtGui.QGuiApplication(sys.argv[:1])  # kept alive for the process
    return QtCore, QtGui, QtSvg


def source_digest() -> str:
    """Return the SHA-256 of the SVG source (line ends normalised, so a checkout can't lie)."""
    data = SVG_FILE.read_bytes().replace(b"\r\n", b"\n")
    return hashlib.sha256(data).hexdigest()


def render(size: int) -> QImage:
    """Return the SVG drawn into a transparent size × size QImage (non-premultiplied ARGB32)."""
    _core, gui, svg = _qt()
    renderer = svg.QSvgRenderer(str(SVG_FILE))
    if not renderer.isValid():
        raise IconError(f"{SVG_FILE.relative_to(ROOT)} is not a valid SVG for Qt")
    image = gui.QImage(size, size, gui.QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = gui.QPainter(image)
    painter.setRenderHint(gui.QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(gui.QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(gui.QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    """Return a QImage encoded as PNG (with the source digest as a text chunk)."""
    core, _gui, _svg = _qt()
    image.setText(SOURCE_KEY, source_digest())
    buffer = core.QBuffer()
    buffer.open(core.QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise IconError("Qt could not encode a PNG")
    return bytes(buffer.data())


def _argb_rows(image: QImage) -> list[bytes]:
    """Return the image's rows, top to bottom, as B,G,R,A bytes (ARGB32 in memory order)."""
    width = image.width()
    data = bytes(image.constBits())
    stride = image.bytesPerLine()
    rows = [data[y * stride : y * stride + width * 4] for y in range(image.height())]
    if sys.byteorder == "big":  # ARGB32 is a 32-bit word; on big-endian memory is A,R,G,B
        rows = [
            bytes(b for px in zip(*[iter(r)] * 4, strict=True) for b in reversed(px)) for r in rows
        ]
    return rows


def bmp_entry(image: QImage) -> bytes:
    """Return one ICO image entry as a 32-bit DIB: BITMAPINFOHEADER, XOR bitmap, AND mask."""
    width, height = image.width(), image.height()
    rows = _argb_rows(image)
    # The height counts XOR bitmap + AND mask, hence 2 × height; rows are stored bottom-up.
    header = struct.pack("<IiiHHIIiiII", 40, width, 2 * height, 1, 32, 0, 0, 0, 0, 0, 0)
    xor = b"".join(reversed(rows))
    mask_stride = ((width + 31) // 32) * 4  # 1 bit per pixel, rows padded to 32 bits
    and_mask = bytearray()
    for row in reversed(rows):
        bits = bytearray(mask_stride)
        for x in range(width):
            if row[4 * x + 3] == 0:  # fully transparent: set the mask bit
                bits[x // 8] |= 0x80 >> (x % 8)
        and_mask += bits
    return header + xor + bytes(and_mask)


def ico_bytes(entries: list[tuple[int, bytes]]) -> bytes:
    """Return an ICO file: ICONDIR, one ICONDIRENTRY per (size, image data), then the data."""
    head = struct.pack("<HHH", 0, 1, len(entries))  # reserved, type 1 = icon, count
    offset = len(head) + 16 * len(entries)
    directory, blobs = b"", b""
    for size, data in entries:
        side = 0 if size >= 256 else size  # 0 means 256 in the one-byte width/height fields
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return head + directory + blobs


def ico_from_pngs() -> bytes:
    """Return the .ico built from the PNG files on disk (which must exist)."""
    _core, gui, _svg = _qt()
    entries = []
    for size in ICO_SIZES:
        data = png_path(size).read_bytes()
        if size >= 256:
            entries.append((size, data))
        else:
            image = gui.QImage.fromData(data, "PNG").convertToFormat(
                gui.QImage.Format.Format_ARGB32
            )
            entries.append((size, bmp_entry(image)))
    return ico_bytes(entries)


def build() -> list[Path]:
    """Write every PNG size and the .ico; return the written paths."""
    written = []
    for size in PNG_SIZES:
        path = png_path(size)
        path.write_bytes(png_bytes(render(size)))
        written.append(path)
    ICO_FILE.write_bytes(ico_from_pngs())
    written.append(ICO_FILE)
    return written


def _difference(first: QImage, second: QImage) -> tuple[float, float]:
    """Return the mean absolute channel difference of two same-size ARGB32 images and the
    share of channel values that differ by more than FAR (a local edit, not antialiasing)."""
    a, b = b"".join(_argb_rows(first)), b"".join(_argb_rows(second))
    differences = [abs(x - y) for x, y in zip(a, b, strict=True)]
    count = max(len(differences), 1)
    return sum(differences) / count, sum(d > FAR for d in differences) / count


def stale_files() -> list[str]:
    """Return one line per generated file that is missing or not current."""
    _core, gui, _svg = _qt()
    digest = source_digest()
    stale = []
    for size in PNG_SIZES:
        path = png_path(size)
        name = path.relative_to(ROOT)
        if not path.is_file():
            stale.append(f"{name} is missing")
            continue
        image = gui.QImage(str(path))
        if image.isNull() or (image.width(), image.height()) != (size, size):
            stale.append(f"{name} is not a {size}×{size} PNG")
            continue
        if image.text(SOURCE_KEY) != digest:
            stale.append(f"{name} was drawn from another version of {SVG_FILE.name}")
            continue
        image = image.convertToFormat(gui.QImage.Format.Format_ARGB32)
        mean, far = _difference(image, render(size))
        if mean > TOLERANCE or far > FAR_SHARE:
            stale.append(
                f"{name} differs from a fresh rendering "
                f"(mean {mean:.1f}/255, {far:.1%} of values far off)"
            )
    if not stale:
        if not ICO_FILE.is_file():
            stale.append(f"{ICO_FILE.relative_to(ROOT)} is missing")
        elif ICO_FILE.read_bytes() != ico_from_pngs():
            stale.append(f"{ICO_FILE.relative_to(ROOT)} is not the one the PNGs give")
    return stale


def main(argv: list[str] | None = None) -> int:
    """Render the icons, or with --check report stale ones; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="do not write; exit 1 listing generated icon files that are missing or stale",
    )
    args = parser.parse_args(argv)
    try:
        if not SVG_FILE.is_file():
            print(f"error: {SVG_FILE.relative_to(ROOT)} is missing", file=sys.stderr)
            return 2
        if args.check:
            stale = stale_files()
            if stale:
                print("Icon files are not current (run: python tools/build_icons.py):")
                for line in stale:
                    print(f"  {line}")
                return 1
            print(f"All {len(PNG_SIZES)} PNG sizes and {ICO_FILE.name} are current.")
            return 0
        for path in build():
            print(f"wrote {path.relative_to(ROOT)}")
        return 0
    except (IconError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
