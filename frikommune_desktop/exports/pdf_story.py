"""The flowables of each export: letter, participation table, applications in template layout."""

from __future__ import annotations

from itertools import zip_longest

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from .content import Application, LegalText, Participant, Person
from .letter import Letter, LetterTable, ParticipationTable
from .pdf_fit import CELL_PADDING, MAX_SHARE, column_widths, fit_cell, widest_word, word_fits
from .pdf_layout import FONT, FRAME_HEIGHT, FRAME_WIDTH, OutlineEntry, Styles, markup

APPLICATION_HEADING = "Ansøgning om konkrete forsøg i Frikommuneforsøg II"
LEGAL_HEADERS = ("Lov", "§", "Paragraffens formål", "Begrundelse for fritagelse")
#: The Lovgrundlag table's column shares; a column widens to fit its words (pdf_fit).
LEGAL_SHARES = (0.2, 0.12, 0.3, 0.38)
#: The widest the law column is made for a law's name; a wider name shows its abbreviation.
LAW_SHARE = 0.3
_GRID = colors.Color(0.55, 0.55, 0.55)
_HEADER_FILL = colors.Color(0.88, 0.91, 0.95)
_TAKING_PART = colors.Color(0.86, 0.94, 0.86)


def _table_style(header_rows: int = 1) -> TableStyle:
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), FONT),  # a table's own default would be Helvetica
            ("GRID", (0, 0), (-1, -1), 0.5, _GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), _HEADER_FILL),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
    )


#: The tallest a table row may be; taller rows go on as continuation rows (a row never splits).
MAX_ROW_HEIGHT = 640.0
_CELL_PADDING = CELL_PADDING  # left and right, per cell (_table_style)
_ROW_PADDING = 6.0  # top and bottom, per row


def _surely_fits(cell: Paragraph, width: float, height: float) -> bool:
    """Return whether a cell is certainly no taller than `height`, without laying it out.

    When no word is wider than half the line, greedy line breaking fills every line but the
    last before a break more than half, so text of total width W with b breaks takes at most
    2W/width + b + 1 lines. Tags and entities are measured as text: an overestimate.
    """
    style = cell.style
    text = cell.text
    breaks = text.count("<br/>")
    if len(text) * style.fontSize * 0.1 > height * width / style.leading:
        return False  # longer than any glyphs could fit, measured or not
    words = text.replace("<br/>", " ").split()
    if any(stringWidth(w, style.fontName, style.fontSize) > width / 2 for w in words):
        return False
    lines = 2 * stringWidth(text, style.fontName, style.fontSize) / width + breaks + 1
    return lines * style.leading <= height


def _pieces(cell: Paragraph, width: float, height: float) -> list[Paragraph]:
    """Return a cell's paragraph cut (between lines) into pieces no taller than `height`."""
    if _surely_fits(cell, width, height):
        return [cell]
    pieces: list[Paragraph] = []
    while True:
        _w, needed = cell.wrap(width, height)
        if needed <= height:
            return [*pieces, cell]
        parts = [part for part in cell.split(width, height) if isinstance(part, Paragraph)]
        if len(parts) < 2:  # nothing to cut at: keep it whole
            return [*pieces, cell]
        pieces.append(parts[0])
        cell = parts[1]


def fitted_rows(
    rows: list[list[Paragraph]], widths: list[float], st: Styles, *, marked: bool = True
) -> list[list[Flowable | str]]:
    """Return table rows where a row too tall for a page goes on in continuation rows.

    A continuation row with nothing left in its first column says '(fortsat)' there, unless
    `marked` is false (a layout table without a grid, such as the letterhead).
    """
    return [line for row in rows for line in fitted_row(row, widths, st, marked=marked)]


def fitted_row(
    row: list[Paragraph],
    widths: list[float],
    st: Styles,
    *,
    marked: bool = True,
    height: float = MAX_ROW_HEIGHT,
) -> list[list[Flowable | str]]:
    """Return one table row as rows no taller than `height` (see fitted_rows).

    A word wider than its column is hyphenated (pdf_fit), never cut.
    """
    cells: list[list[Flowable | str]] = [
        list(_pieces(fit_cell(cell, width - _CELL_PADDING), width - _CELL_PADDING, height))
        for cell, width in zip(row, widths, strict=True)
    ]
    fitted: list[list[Flowable | str]] = []
    for number, pieces in enumerate(zip_longest(*cells, fillvalue="")):
        line: list[Flowable | str] = list(pieces)
        if number and marked and line[0] == "":
            line[0] = Paragraph("<i>(fortsat)</i>", st.cell_small)
        fitted.append(line)
    return fitted


def text_flowables(text: str, st: Styles) -> list[Flowable]:
    """Return a section's text as paragraphs; lines starting with '- ' become a bullet list."""
    flowables: list[Flowable] = []
    for block in (b.strip() for b in text.replace("\r\n", "\n").split("\n\n")):
        if not block:
            continue
        lines = block.splitlines()
        if all(line.lstrip().startswith(("- ", "• ")) for line in lines):
            items = [
                ListItem(Paragraph(markup(line.lstrip()[2:]), st.body), leftIndent=14)
                for line in lines
            ]
            flowables.append(
                ListFlowable(
                    items,  # type: ignore[arg-type]  # the stubs leave out ListItem, taken here
                    bulletType="bullet",
                    start="•",
                    leftIndent=14,
                    bulletFontName=st.body.fontName,
                )
            )
        else:
            flowables.append(Paragraph(markup(block), st.body))
    return flowables


def _letter_table(table: LetterTable, st: Styles) -> list[Flowable]:
    header = [Paragraph(markup(h), st.cell_bold) for h in table.headers]
    rows = [
        [Paragraph(markup(left), st.cell), Paragraph(markup(right), st.cell)]
        for left, right in table.rows
    ]
    widths = column_widths(list(zip(header, *rows, strict=True)), (0.42, 0.58), FRAME_WIDTH)
    data: list[list[Flowable | str]] = [
        [fit_cell(h, w - _CELL_PADDING) for h, w in zip(header, widths, strict=True)]
    ]
    data += fitted_rows(rows, widths, st)
    flowables: list[Flowable] = [Table(data, colWidths=widths, repeatRows=1, style=_table_style())]
    flowables += [Paragraph(markup(note), st.small) for note in table.notes]
    return [*flowables, Spacer(1, 8)]


def letter_story(letter: Letter, st: Styles, outline: str = "") -> list[Flowable]:
    """Return a letter's flowables: letterhead, recipient, date, subject, body, signature."""
    story: list[Flowable] = [OutlineEntry(outline, f"letter-{outline}")] if outline else []
    head_lines = [f"<b>{markup(letter.sender[0])}</b>"] if letter.sender else []
    head_lines += [markup(line) for line in letter.sender[1:]]
    head_lines += [f"{markup(label)} {markup(value)}" for label, value in letter.references]
    head = Paragraph("<br/>".join(head_lines), st.right)
    recipient = Paragraph("<br/>".join(markup(line) for line in letter.recipient), st.body)
    widths = column_widths([[recipient], [head]], (0.55, 0.45), FRAME_WIDTH)
    story.append(
        Table(
            fitted_rows([[recipient, head]], widths, st, marked=False),
            colWidths=widths,
            style=TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            ),
        )
    )
    story += [
        Spacer(1, 18),
        Paragraph(markup(letter.date), st.right),
        Spacer(1, 12),
        Paragraph(markup(letter.subject), st.subject),
    ]
    story += [Paragraph(markup(p), st.body) for p in letter.paragraphs]
    if letter.table is not None:
        if letter.table_intro:
            story.append(Paragraph(markup(letter.table_intro), st.body))
        story += _letter_table(letter.table, st)
    story += [Paragraph(markup(p), st.body) for p in letter.after_table]
    closing = [Paragraph(markup(letter.greeting), st.body), Spacer(1, 28)]
    closing += [Paragraph(markup(line), st.lines) for line in letter.signature]
    story.append(KeepTogether(closing))
    return story


class VerticalLabel(Flowable):
    """A table header turned 90°, for matrices with more columns than room for their names."""

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text, self.style = text, style

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Take one line's width and the text's length as height."""
        self.width = self.style.leading
        self.height = stringWidth(self.text, self.style.fontName, self.style.fontSize) + 2
        return self.width, self.height

    def draw(self) -> None:
        """Draw the text bottom to top."""
        self.canv.saveState()
        self.canv.setFont(self.style.fontName, self.style.fontSize)
        self.canv.rotate(90)
        self.canv.drawString(0, -self.style.fontSize, self.text)
        self.canv.restoreState()


def _widest_word(texts: list[str], style: ParagraphStyle) -> float:
    words = {word for text in texts for word in text.split()}
    return max((stringWidth(w, style.fontName, style.fontSize) for w in words), default=0.0)


def participation_story(table: ParticipationTable, st: Styles, outline: str = "") -> list[Flowable]:
    """Return the participation table: applications × municipalities, notes under it.

    Columns are made wide enough that no word is split; when the names do not fit across,
    the municipality headers are turned on their side, and when even that is too wide the
    municipalities are shown in several tables side by side in turn.
    """
    story: list[Flowable] = [OutlineEntry(outline, "participation")] if outline else []
    story.append(Paragraph(markup(table.title), st.title))
    marks = [mark for _label, row in table.rows for mark in row]
    padding = 8 + 1
    needed_by_marks = _widest_word(marks, st.cell_small) + padding
    needed_by_names = _widest_word(list(table.municipalities), st.cell_small) + padding
    labels = [Paragraph(markup(label), st.cell) for label, _row in table.rows]
    needed_by_labels = max((widest_word(label) for label in labels), default=0.0) + padding
    label_width = min(max(FRAME_WIDTH * 0.3, needed_by_labels), FRAME_WIDTH * MAX_SHARE)
    columns = len(table.municipalities)
    upright = label_width + columns * max(needed_by_marks, needed_by_names) <= FRAME_WIDTH
    width = max(needed_by_marks, needed_by_names if upright else st.cell_small.leading + padding)
    per_table = max(1, int((FRAME_WIDTH - label_width) // width))
    for start in range(0, max(columns, 1), per_table):
        chosen = range(start, min(start + per_table, columns))
        if columns > per_table:
            story.append(
                Paragraph(f"Kommune {start + 1}–{chosen.stop} af {columns}", st.subheading)
            )
        story.append(_matrix(table, list(chosen), width, upright, st))
    story.append(Spacer(1, 6))
    story.append(
        Paragraph(
            "Ja = kommunen deltager i ansøgningen, med status for den politiske "
            "behandling. Tal i parentes henviser til forbehold nedenfor.",
            st.small,
        )
    )
    story += [Paragraph(markup(note), st.small) for note in table.notes]
    return story


def _matrix(
    table: ParticipationTable, chosen: list[int], width: float, upright: bool, st: Styles
) -> Table:
    """Return the applications × chosen municipalities as one table."""
    names = [table.municipalities[i] for i in chosen]
    header: list[Flowable] = [
        Paragraph(markup(name), st.cell_small) if upright else VerticalLabel(name, st.cell_small)
        for name in names
    ]
    head: list[Flowable] = [Paragraph("Ansøgning", st.cell_bold), *header]
    data: list[list[Flowable | str]] = [list(head)]
    style = _table_style()
    style.add("VALIGN", (1, 0), (-1, 0), "BOTTOM")
    widths = [FRAME_WIDTH - len(chosen) * width] + [width] * len(chosen)
    # The header (names on their side are tall) repeats above every row: leave it room.
    header_height = max(cell.wrap(w, FRAME_HEIGHT)[1] for cell, w in zip(head, widths, strict=True))
    height = min(MAX_ROW_HEIGHT, FRAME_HEIGHT - header_height - 2 * _ROW_PADDING)
    for label, row in table.rows:
        cells = [Paragraph(markup(label), st.cell)]
        cells += [Paragraph(markup(row[i]), st.cell_small) for i in chosen]
        first = len(data)
        data += fitted_row(cells, widths, st, height=height)  # a long label goes on below
        for c, i in enumerate(chosen, start=1):
            if row[i]:
                style.add("BACKGROUND", (c, first), (c, len(data) - 1), _TAKING_PART)
    return Table(data, colWidths=widths, repeatRows=1, style=style)


def _person(person: Person | None) -> str:
    if person is None:
        return ""
    return ", ".join(part for part in (person.name, person.organisation) if part)


def _reach(person: Person | None) -> str:
    """Return a person's phone and e-mail as cell markup, spaced like the template's row."""
    if person is None:
        return ""
    gap = "&nbsp;" * 8
    return f"Telefon: {markup(person.phone or '–')}{gap}E-mail: {markup(person.email or '–')}"


def _participants(participants: tuple[Participant, ...]) -> str:
    names = "<br/>".join(markup(p.name) for p in participants)
    reservations = sorted({p.reservation for p in participants if p.reservation})
    notes = "".join(f"<br/><i>({markup(text)})</i>" for text in reservations)
    return names + notes


def application_story(
    network_name: str, application: Application, st: Styles, key: str, width: float = FRAME_WIDTH
) -> list[Flowable]:
    """Return one application in the ministry template's layout, then its legal-basis table.

    The tables are `width` wide (the page's text width unless told).
    """
    story: list[Flowable] = [
        PageBreak(),
        OutlineEntry(application.numbered_label, key),
        Paragraph(APPLICATION_HEADING, st.title),
    ]
    rows = [
        ("Frikommunenetværk", markup(network_name)),
        ("Titel på forsøg", markup(application.title)),
        ("Deltagerkommuner", _participants(application.participants)),
        ("Faglig kontaktperson", markup(_person(application.subject_contact))),
        ("", _reach(application.subject_contact)),
        ("Netværkskoordinator", markup(_person(application.coordinator))),
        ("", _reach(application.coordinator)),
        ("Dato for ansøgning", markup(application.date)),
    ]
    fields = [[Paragraph(label, st.cell_bold), Paragraph(value, st.cell)] for label, value in rows]
    widths = column_widths(list(zip(*fields, strict=True)), (0.3, 0.7), width)
    story.append(
        Table(fitted_rows(fields, widths, st), colWidths=widths, style=_table_style(header_rows=0))
    )
    story.append(Spacer(1, 6))
    for number, (title, text) in enumerate(application.sections, start=1):
        story.append(OutlineEntry(title, f"{key}-s{number}", level=1))
        story.append(Paragraph(markup(title), st.heading))
        story += text_flowables(text, st) or [Paragraph("<i>(ikke udfyldt)</i>", st.body)]
    story.append(OutlineEntry("Lovgrundlag", f"{key}-legal", level=1))
    story.append(Paragraph("Lovgrundlag", st.heading))
    if application.legal_rows:
        story += _legal_table(application.legal_rows, st, width)
    else:
        story.append(Paragraph("<i>Ingen bestemmelser registreret.</i>", st.body))
    return story


def _legal_table(legal_rows: tuple[LegalText, ...], st: Styles, width: float) -> list[Flowable]:
    """Return the Lovgrundlag table, its columns fitted to their words, and the abbreviations.

    A law whose name has a word wider than LAW_SHARE of the table is shown by its
    abbreviation, explained under the table; a word still too wide is hyphenated.
    """
    names: list[str] = []
    abbreviated: dict[str, str] = {}
    for r in legal_rows:
        if r.law_abbreviation and not word_fits(markup(r.law), st.cell, width * LAW_SHARE):
            abbreviated[r.law_abbreviation] = r.law
            names.append(r.law_abbreviation)
        else:
            names.append(r.law)
    header = [Paragraph(h, st.cell_bold) for h in LEGAL_HEADERS]
    rows = [
        [
            Paragraph(markup(name), st.cell),
            Paragraph(markup(r.provision), st.cell),
            Paragraph(markup(r.purpose), st.cell),
            Paragraph(markup(r.justification), st.cell),
        ]
        for name, r in zip(names, legal_rows, strict=True)
    ]
    columns = [list(column) for column in zip(header, *rows, strict=True)]
    columns[1] += [_unbroken(part, st) for r in legal_rows for part in r.provision.split(", ")]
    caps = (LAW_SHARE, MAX_SHARE, MAX_SHARE, MAX_SHARE)
    widths = column_widths(columns, LEGAL_SHARES, width, caps=caps)
    data: list[list[Flowable | str]] = [
        [fit_cell(h, w - _CELL_PADDING) for h, w in zip(header, widths, strict=True)]
    ]
    data += fitted_rows(rows, widths, st)
    flowables: list[Flowable] = [Table(data, colWidths=widths, repeatRows=1, style=_table_style())]
    if abbreviated:
        key = "; ".join(f"{markup(short)} = {markup(name)}" for short, name in abbreviated.items())
        flowables += [Spacer(1, 3), Paragraph(f"Forkortelser: {key}", st.small)]
    return flowables


def _unbroken(text: str, st: Styles) -> Paragraph:
    """Return text as one unbreakable word ('§ 100'), to measure the room it needs on a line."""
    return Paragraph(markup(text).replace(" ", "&nbsp;"), st.cell)


def bundle_story(
    letter: Letter,
    table: ParticipationTable,
    network_name: str,
    applications: tuple[Application, ...],
    st: Styles,
) -> list[Flowable]:
    """Return the whole round bundle: cover letter, participation table, every application."""
    story = letter_story(letter, st, outline="Følgebrev")
    story += [PageBreak(), *participation_story(table, st, outline="Deltagertabel")]
    for index, application in enumerate(applications):
        story += application_story(network_name, application, st, key=f"application-{index}")
    return story
