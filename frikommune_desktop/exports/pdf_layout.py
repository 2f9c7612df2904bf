"""The PDF page: shipped font, paragraph styles, 'Side X af Y' footers, outline and metadata."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from ..program.resources import resource_path
from .files import atomic_output

FONT = "FrikommuneSans"
FONT_FILES = {
    FONT: "fonts/DejaVuSansCondensed.ttf",
    f"{FONT}-Bold": "fonts/DejaVuSansCondensed-Bold.ttf",
    f"{FONT}-Oblique": "fonts/DejaVuSansCondensed-Oblique.ttf",
}
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 2.2 * cm
BOTTOM_MARGIN = 2 * cm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN - BOTTOM_MARGIN
CREATOR = "Frikommune Desktop"


@functools.cache
def register_fonts() -> str:
    """Register the shipped font (æ ø å §, embedded as a subset in every PDF); return its name."""
    for name, file in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path(file))))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=f"{FONT}-Bold", italic=f"{FONT}-Oblique", boldItalic=f"{FONT}-Bold"
    )
    return FONT


@dataclass(frozen=True)
class Styles:
    """The paragraph styles every export uses."""

    body: ParagraphStyle
    small: ParagraphStyle
    subject: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_small: ParagraphStyle
    right: ParagraphStyle
    lines: ParagraphStyle


@functools.cache
def styles() -> Styles:
    """Return the styles, built once (fonts registered first)."""
    font = register_fonts()
    body = ParagraphStyle("body", fontName=font, fontSize=10, leading=13.5, spaceAfter=7)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5, spaceAfter=0)
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, spaceAfter=3),
        subject=ParagraphStyle(
            "subject",
            parent=body,
            fontName=f"{font}-Bold",
            fontSize=11.5,
            leading=15,
            spaceBefore=10,
            spaceAfter=10,
        ),
        title=ParagraphStyle(
            "title", parent=body, fontName=f"{font}-Bold", fontSize=15, leading=19, spaceAfter=12
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=f"{font}-Bold",
            fontSize=11.5,
            leading=15,
            spaceBefore=12,
            spaceAfter=6,
            keepWithNext=1,
        ),
        subheading=ParagraphStyle(
            "subheading",
            parent=body,
            fontName=f"{font}-Bold",
            spaceBefore=6,
            spaceAfter=4,
            keepWithNext=1,
        ),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=f"{font}-Bold"),
        cell_small=ParagraphStyle("cell_small", parent=cell, fontSize=7.5, leading=9.5),
        right=ParagraphStyle("right", parent=body, alignment=TA_RIGHT, spaceAfter=0),
        lines=ParagraphStyle("lines", parent=body, spaceAfter=0),
    )


def markup(text: str) -> str:
    """Return plain text as Paragraph markup: escaped, line breaks kept."""
    return escape(text).replace("\n", "<br/>")


class OutlineEntry(Flowable):
    """An invisible mark that adds a PDF bookmark (outline entry) where it lands."""

    def __init__(self, title: str, key: str, level: int = 0) -> None:
        super().__init__()
        self.title, self.key, self.level = title, key, level
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Take no room."""
        return 0, 0

    def draw(self) -> None:
        """Bookmark this page and list it in the outline."""
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=self.level, closed=self.level > 0)


class NumberedCanvas(Canvas):
    """A canvas that writes 'Side X af Y' on every page.

    Y is not known until the last page, so each page shows a PDF form XObject in its place,
    and the form (holding the total) is defined once at the end: the pages are written out as
    they are finished, keeping memory flat however long the bundle grows.
    """

    footer_text = ""
    _TOTAL_FORM = "frikommune-page-total"

    def showPage(self) -> None:
        """Draw this page's footer, then finish the page."""
        self.saveState()
        self.setFont(FONT, 8)
        self.setFillGray(0.35)
        label = f"Side {self.getPageNumber()} af "
        x = PAGE_WIDTH - MARGIN - 2.4 * cm
        self.drawString(x, 1.2 * cm, label)
        self.translate(x + self.stringWidth(label, FONT, 8), 1.2 * cm)
        self.doForm(self._TOTAL_FORM)
        self.restoreState()
        if self.footer_text:
            self.saveState()
            self.setFont(FONT, 8)
            self.setFillGray(0.35)
            self.drawString(MARGIN, 1.2 * cm, self.footer_text[:110])
            self.restoreState()
        super().showPage()

    def save(self) -> None:
        """Define the total page count every footer refers to, then write the file."""
        total = self.getPageNumber() - 1
        self.beginForm(self._TOTAL_FORM)
        self.setFont(FONT, 8)
        self.setFillGray(0.35)
        self.drawString(0, 0, str(total))
        self.endForm()
        super().save()


def build_pdf(
    path: Path,
    story: list[Flowable],
    *,
    title: str,
    author: str,
    subject: str = "",
    footer: str = "",
) -> Path:
    """Lay out a story on A4 pages with footers and write it whole (or not at all) to `path`.

    The story list is consumed (reportlab takes each flowable off it as it is laid out), so
    memory stays flat however long the bundle is: pass a list nobody else needs.
    """
    register_fonts()

    class FooterCanvas(NumberedCanvas):
        footer_text = footer

    with atomic_output(path) as temporary:
        document = BaseDocTemplate(
            str(temporary),
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=BOTTOM_MARGIN,
            title=title,
            author=author,
            subject=subject,
            creator=CREATOR,
            lang="da-DK",
            initialFontName=FONT,  # else an unembedded Helvetica is listed on every page
        )
        frame = Frame(
            MARGIN,
            BOTTOM_MARGIN,
            FRAME_WIDTH,
            FRAME_HEIGHT,
            id="text",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        document.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        document.build(story, canvasmaker=FooterCanvas)
    return path
