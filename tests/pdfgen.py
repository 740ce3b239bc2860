"""Render boardqa records as office-suite-style PDFs, so the parser's PDF path meets real PDFs.

The seed corpus is text that was once extracted from the council's PDFs. Testing the pypdf path
on that text alone would never exercise page stamps, ruled tables, landscape pages or broken
files, so this module turns typed records (`Archive`, `Document`, `Paragraph`, `ActionRecord`)
back into PDFs shaped like ModernGov packs: A4 portrait reports with a title block, numbered
paragraphs that wrap across page breaks, a "33 / Agenda Item 10" stamp at the foot of every page,
landscape slide decks, and a landscape action log drawn as a real ruled table whose heading row
repeats on every page. It also writes the broken inputs a parser must survive (encrypted,
truncated, image-only, blank, not a PDF at all).

Fonts: DejaVu Sans (a Unicode TTF, embedded as a subset with a ToUnicode map) is used when it
can be found, so curly quotes, en dashes and "£" round-trip exactly through pypdf. Without it
the core Helvetica font is used with the Windows-1252 encoding (which still has ’‘“”–£) and any
other character is transliterated.

What pypdf 7.1.1 gives back (real output for the archive built in tests/test_pdfgen.py)
------------------------------------------------------------------------------------------
`page.extract_text()` of the landscape action-log page. Text comes out in drawing order; fpdf2
draws a table row cell by cell, left to right, and each wrapped cell line by line. pypdf starts
a new output line whenever the baseline changes and joins fragments on the same baseline with
one space. So a cell's first line is glued (with a space) to the previous cell's text only when
the previous cell ended on the row's first baseline, i.e. was a single line ("2. 26.6.20 Rik
Basra to ..."); after a wrapped cell it starts a line of its own. Cell borders leave no trace,
there are no tabs, and the heading row ("Responsible Officer" wraps in its 15% column) is
repeated verbatim at the top of every page the table reaches::

    Leicestershire Safer Communities Strategy Board Action Log
    No. Date Action Responsible
    Officer
    Comments Status
    1. 20.9.19
    26.6.20
    11.12.20
    Use Leicestershire Matters and social
    media to publicise car thefts and
    devices for blocking car signal.
    Steve Pumfrey,
    Media Services, LCC.
    An article was compiled and submitted for
    publication. However Leicestershire Matters
    already had too many stories for the item to
    be included.
    Green
    Amber
    2. 26.6.20 Rik Basra to circulate the Community
    Safety Agreement to Board members.
    Rik Basra Completed – circulated by email on 3 July
    2020.
    Completed
    ...
    35 / Agenda Item 4

`page.extract_text(extraction_mode="layout")` instead lays the same page out on a character grid
with the columns lined up ("1.            20.9.19          Use Leicestershire Matters and
social           Steve Pumfrey, ..."), then many blank lines down to the footer.

`page.extract_text(visitor_text=cb)` calls `cb(text, cm, tm, font_dict, font_size)` about four
times per line drawn: once with the line's text and `tm` = [1, 0, 0, 1, x, y] (x, y in points
from the bottom-left corner of the page), then with "" at the same tm, and with "" or "\n"
and tm = identity (x = y = 0) for operators that carry no text. `cm` is the identity for fpdf2
files; for other producers the page position is tm composed with cm, so take it from both. Drop
fragments whose text is blank and strip the rest: a fragment gets a leading space when pypdf
joined it to a fragment on the same baseline (" 20.9.19", " Rik Basra ..."). Each fragment is
exactly one line of one cell; lines of a cell share x and step down 11.25 pt (9 pt text); every
cell of a row starts on the same y (cells are top-aligned). The two data rows above, as (x, y,
text) with the column x of the text start = table left 70.87 pt + 1.5 mm padding::

    (75.12, 460.71, '1.')
    (131.13, 460.71, ' 20.9.19')
    (131.13, 449.46, '26.6.20')
    (131.13, 438.21, '11.12.20')
    (201.15, 460.71, 'Use Leicestershire Matters and social')
    (201.15, 449.46, 'media to publicise car thefts and')
    (201.15, 438.21, 'devices for blocking car signal.')
    (390.19, 460.71, 'Steve Pumfrey,')
    (390.19, 449.46, 'Media Services, LCC.')
    (495.21, 460.71, 'An article was compiled and submitted for')
    (495.21, 449.46, 'publication. However Leicestershire Matters')
    (495.21, 438.21, 'already had too many stories for the item to')
    (495.21, 426.96, 'be included.')
    (705.26, 460.71, 'Green')
    (705.26, 449.46, 'Amber')
    (75.12, 410.04, '2.')
    (131.13, 410.04, ' 26.6.20')
    (201.15, 410.04, ' Rik Basra to circulate the Community')
    (201.15, 398.79, 'Safety Agreement to Board members.')
    (390.19, 410.04, 'Rik Basra')
    (495.21, 410.04, ' Completed – circulated by email on 3 July')
    (495.21, 398.79, '2020.')
    (705.26, 410.04, 'Completed')

The heading row comes the same way at y = 488.88 (and "Officer" at 477.63): ("No.", 75.12),
(" Date", 131.13), (" Action", 201.15), (" Responsible", 390.19), ("Comments", 495.21),
(" Status", 705.26).

Landscape pages: `page.mediabox` is [0, 0, 841.89, 595.28] (width > height) and
`page.rotation` is 0. fpdf2 makes landscape pages by swapping the page size, not with /Rotate,
so text extracts in normal reading order and tm coordinates are already in landscape space.

Other things to know, all pinned by tests/test_pdfgen.py:

* Justified paragraphs (the default, `align="J"`) come back with DOUBLE spaces between words
  on stretched lines ("2.  Following  the  research  carried"), because pypdf adds its own space
  for the widened gap next to the real one; the last line of a paragraph and left-aligned text
  have single spaces. Collapse whitespace before matching text.
* Every wrapped line ends in "\n"; fpdf2 never hyphenates, so lines re-join with a space.
* No ligatures: text shaping is off, so "fi"/"ff" come back as two letters; ’ “ ” – £ come
  back exactly (DejaVu is embedded with a ToUnicode map). Word's private-use bullet U+F0B7 is
  not in DejaVu and is drawn (and extracted) as U+2022 "•".
* The page stamp is always the last text of its page (fpdf2 draws the footer when it closes
  the page): "...\n33 / Agenda Item 10". A slide's number comes just before it on its own line.
* Headings and the report title block are separate lines; a heading is not followed by a blank
  line (pypdf emits no empty lines for vertical gaps).
* Two-column pages extract the whole left column, then the whole right column (drawing order).
"""

from __future__ import annotations

import random
import shutil
import struct
import subprocess
import sys
import unicodedata
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from io import BytesIO
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace
from pypdf import PdfReader, PdfWriter

try:
    from boardqa.records import ActionRecord, Archive, Document, Paragraph
except ModuleNotFoundError:  # run from a checkout where boardqa is not installed yet
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from boardqa.records import ActionRecord, Archive, Document, Paragraph

__all__ = [
    "ACTION_LOG_COLUMNS",
    "BOARD_TITLE",
    "ENCRYPTED_PASSWORD",
    "find_unicode_fonts",
    "format_cell_date",
    "format_title_date",
    "render_archive_pdf",
    "render_two_column_pdf",
    "write_empty_pdf",
    "write_encrypted_pdf",
    "write_image_only_pdf",
    "write_not_a_pdf",
    "write_truncated_pdf",
]

BOARD_TITLE = "Leicestershire Safer Communities Strategy Board"
ACTION_LOG_HEADING = f"{BOARD_TITLE} Action Log"
#: Column titles and width fractions of the action-log table (as in the 19 March 2021 pack).
ACTION_LOG_COLUMNS: tuple[tuple[str, float], ...] = (
    ("No.", 8),
    ("Date", 10),
    ("Action", 27),
    ("Responsible Officer", 15),
    ("Comments", 30),
    ("Status", 10),
)
#: The user password of `write_encrypted_pdf` files, for tests that want to decrypt them.
ENCRYPTED_PASSWORD = "board-secret"

MARGIN_MM = 25.0
PT_TO_MM = 25.4 / 72
TEXT_KINDS = frozenset({"report", "minutes", "agenda", "newsletter", "appendix", "webpage"})

# Characters DejaVu Sans lacks but packs contain; Word's Symbol-font bullet is the common one.
_GLYPH_FIXES = {"\uf0b7": "\u2022", "\uf0a7": "\u25aa", "\uf0d8": "\u27a2", "\uf076": "\u2756"}
# Last-resort ASCII for text that even Windows-1252 cannot hold (Helvetica fallback only).
_TRANSLITERATIONS = {
    "\u2022": "-",
    "\u25aa": "-",
    "\u27a2": ">",
    "\u2756": "*",
    "\u2212": "-",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2015": "--",
    "\u2032": "'",
    "\u2033": '"',
    "\u2192": "->",
    "\u2264": "<=",
    "\u2265": ">=",
    "\u00a0": " ",
    "\u200b": "",
}


# --------------------------------------------------------------------------------------- fonts


@dataclass(frozen=True)
class _FontSetup:
    """The font family to use and how text must be cleaned before the font can draw it."""

    family: str
    regular: Path | None
    bold: Path | None

    @property
    def is_unicode(self) -> bool:
        return self.regular is not None

    def clean(self, text: str) -> str:
        """Make `text` drawable: map private-use bullets, transliterate for the core font."""
        text = "".join(_GLYPH_FIXES.get(ch, ch) for ch in text)
        if self.is_unicode:
            return text
        out: list[str] = []
        for ch in text:
            try:
                ch.encode("cp1252")
                out.append(ch)
                continue
            except UnicodeEncodeError:
                pass
            if ch in _TRANSLITERATIONS:
                out.append(_TRANSLITERATIONS[ch])
                continue
            decomposed = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode()
            out.append(decomposed or "?")
        return "".join(out)


@lru_cache(maxsize=1)
def find_unicode_fonts() -> tuple[Path, Path] | None:
    """Find DejaVuSans.ttf and DejaVuSans-Bold.ttf: known paths, then fc-list, then a walk.

    A TTF matters because fpdf2 embeds it with a ToUnicode map, which is what lets pypdf give
    back ’ “ – £ exactly; the core fonts cannot carry most of Unicode.
    """
    names = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
    for directory in (
        Path("/usr/share/fonts/truetype/dejavu"),
        Path("/usr/share/fonts/dejavu"),
        Path("/usr/share/fonts/TTF"),
    ):
        if all((directory / n).is_file() for n in names):
            return directory / names[0], directory / names[1]
    found: dict[str, Path] = {}
    if shutil.which("fc-list"):
        try:
            listing = subprocess.run(
                ["fc-list", "--format", "%{file}\n"],
                capture_output=True,
                text=True,
                timeout=10,
                check=False,
            ).stdout
        except (OSError, subprocess.SubprocessError):
            listing = ""
        for line in listing.splitlines():
            path = Path(line.strip())
            if path.name in names:
                found.setdefault(path.name, path)
    if len(found) < 2:
        for root in (Path("/usr/share/fonts"), Path("/usr/local/share/fonts")):
            if root.is_dir():
                for path in root.rglob("DejaVuSans*.ttf"):
                    if path.name in names:
                        found.setdefault(path.name, path)
    if len(found) == 2:
        return found[names[0]], found[names[1]]
    return None


def _font_setup() -> _FontSetup:
    fonts = find_unicode_fonts()
    if fonts is None:
        return _FontSetup("helvetica", None, None)
    return _FontSetup("dejavu", fonts[0], fonts[1])


# ---------------------------------------------------------------------------------- formatting


def _ordinal(day: int) -> str:
    if 10 <= day % 100 <= 20:
        return f"{day}th"
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def format_title_date(value: date) -> str:
    """The report title-block date, e.g. "19th MARCH 2021"."""
    return f"{_ordinal(value.day)} {value.strftime('%B').upper()} {value.year}"


def format_cell_date(value: date) -> str:
    """An action-log date cell entry, e.g. "20.9.19" (no zero padding of day or month)."""
    return f"{value.day}.{value.month}.{value.year % 100:02d}"


def _long_date(value: date) -> str:
    """The minutes' opening date, e.g. "Friday, 11 December 2020"."""
    return f"{value.strftime('%A')}, {value.day} {value.strftime('%B')} {value.year}"


def _split_table_row(text: str) -> list[tuple[str, str]] | None:
    """Split "Header A: value; Header B: value" into fields, or None when it is not that shape."""
    fields: list[tuple[str, str]] = []
    for part in text.split("; "):
        key, sep, value = part.partition(": ")
        if not sep or not key.strip():
            return None
        fields.append((key.strip(), value.strip()))
    return fields if len(fields) >= 2 else None


# ------------------------------------------------------------------------------------ renderer


class _BoardPDF(FPDF):
    """FPDF with the ModernGov-style page stamp: "<page> / Agenda Item <n>" at the bottom."""

    def __init__(self, fonts: _FontSetup, first_page: int, font_size: float) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.font_setup = fonts
        self.first_page = first_page
        self.body_size = font_size
        self.agenda_item: str | None = None
        self.stamp = True
        self.set_margins(MARGIN_MM, MARGIN_MM, MARGIN_MM)
        self.set_auto_page_break(auto=True, margin=MARGIN_MM)
        self.set_creator("Microsoft Word - boardqa test pack")
        self.set_title("boardqa test pack")
        if fonts.regular is not None and fonts.bold is not None:
            self.add_font(fonts.family, "", str(fonts.regular))
            self.add_font(fonts.family, "B", str(fonts.bold))
        else:
            self.core_fonts_encoding = "windows-1252"
        self.set_font(fonts.family, "", font_size)

    def footer(self) -> None:
        if not self.stamp:
            return
        label = str(self.first_page + self.page_no() - 1)
        if self.agenda_item:
            label = f"{label} / Agenda Item {self.agenda_item}"
        self.set_y(-MARGIN_MM + 8)
        self.set_font(self.font_setup.family, "", 9)
        self.cell(0, 5, label, align="C")

    def line_height(self, size: float | None = None) -> float:
        return (size or self.body_size) * 1.25 * PT_TO_MM

    def text_block(
        self, text: str, *, size: float | None = None, bold: bool = False, align: str = "L"
    ) -> None:
        """A wrapped block across the text width; fpdf2 breaks pages inside it as needed."""
        self.set_font(self.font_setup.family, "B" if bold else "", size or self.body_size)
        self.multi_cell(
            0,
            self.line_height(size),
            self.font_setup.clean(text),
            align=align,
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.set_font(self.font_setup.family, "", self.body_size)

    def gap(self, lines: float = 0.5) -> None:
        self.ln(self.line_height() * lines)


def _new_page(pdf: _BoardPDF, doc: Document, *, landscape: bool) -> None:
    pdf.add_page(orientation="L" if landscape else "P")
    # Set after add_page: add_page runs the previous page's footer, which must keep its own item.
    pdf.agenda_item = doc.agenda_item


def _render_ruled_table(
    pdf: _BoardPDF,
    header: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    col_widths: Sequence[float] | None = None,
    size: float | None = None,
) -> None:
    """A bordered table whose heading row repeats on each page; rows are never split."""
    size = size or pdf.body_size
    pdf.set_font(pdf.font_setup.family, "", size)
    with pdf.table(
        col_widths=tuple(col_widths) if col_widths else None,
        text_align="LEFT",
        v_align="TOP",
        line_height=pdf.line_height(size),
        padding=(1, 1.5),
        repeat_headings=1,
        headings_style=FontFace(emphasis="BOLD"),
        align="LEFT",
        width=pdf.epw,
    ) as table:
        head = table.row()
        for title in header:
            head.cell(pdf.font_setup.clean(title))
        for values in rows:
            row = table.row()
            for value in values:
                row.cell(pdf.font_setup.clean(value))
    pdf.set_font(pdf.font_setup.family, "", pdf.body_size)


def _render_text_document(pdf: _BoardPDF, doc: Document, align: str) -> None:
    _new_page(pdf, doc, landscape=doc.kind == "action_log")
    if doc.kind == "report":
        for line in (
            BOARD_TITLE.upper(),
            format_title_date(doc.meeting_date) if doc.meeting_date else "",
            doc.title.upper(),
        ):
            if line:
                pdf.text_block(line, bold=True, align="C")
                pdf.gap()
        pdf.gap()
    elif doc.kind in ("appendix", "newsletter"):
        # Annexes and newsletters print their own title at the top of their first page.
        first = doc.paragraphs[0] if doc.paragraphs else None
        if doc.title and not (first and (first.heading or first.text).startswith(doc.title)):
            pdf.text_block(doc.title, bold=True)
            pdf.gap()
    elif doc.kind == "minutes":
        held = doc.about_meeting or doc.meeting_date
        first = doc.paragraphs[0].text if doc.paragraphs else ""
        if held is not None and not first.startswith("Minutes of a meeting"):
            pdf.text_block(
                f"Minutes of a meeting of the {BOARD_TITLE} held on {_long_date(held)}.",
                bold=True,
            )
            pdf.gap()
    paragraphs = list(doc.paragraphs)
    if doc.kind == "agenda":
        # The notice the parser keeps after the items is printed above them, under the
        # agenda's title, as packs do.
        notices = [p for p in paragraphs if p.role == "notice"]
        if notices:
            pdf.text_block("Agenda", bold=True)
            pdf.gap()
        for notice in notices:
            pdf.text_block(notice.text)
            pdf.gap()
        paragraphs = [p for p in paragraphs if p.role != "notice"]
    _render_paragraphs(pdf, paragraphs, align)


def _heading_lines(heading: str | None, previous: str | None, texts: set[str]) -> list[str]:
    """The heading lines a paper prints where the heading path changes.

    Paths are "A › B"; only the parts that changed are printed, "RESOLVED" as "RESOLVED:", and
    a part that is itself the text of a paragraph ("Arising from discussions the following
    points were noted") is left to that paragraph.
    """
    if not heading or heading == previous:
        return []
    parts = heading.split(" › ")
    before = (previous or "").split(" › ")
    out = []
    for k, part in enumerate(parts):
        if k < len(before) and before[k] == part:
            continue
        if part.rstrip(":") + ":" in texts or part in texts:
            continue
        out.append("RESOLVED:" if part == "RESOLVED" else part)
    return out


def _render_attendance(pdf: _BoardPDF, text: str) -> None:
    """ "Present: A; B" as the minutes print it: the section name, then one member a line."""
    section, _, members = text.partition(": ")
    pdf.text_block(section, bold=True)
    for member in members.split("; "):
        pdf.text_block(member, align="L")
    pdf.gap()


def _render_paragraphs(pdf: _BoardPDF, paragraphs: Sequence[Paragraph], align: str) -> None:
    previous_heading: str | None = None
    texts = {p.text for p in paragraphs}
    numbered: set[str] = set()
    # Hand-built records may carry numbers but no markers: then the number is what is printed.
    numbers_are_markers = all(getattr(p, "marker", None) is None for p in paragraphs)
    i = 0
    while i < len(paragraphs):
        para = paragraphs[i]
        if para.role == "attendance" and ": " in para.text:
            _render_attendance(pdf, para.text)
            previous_heading = para.heading
            i += 1
            continue
        for line in _heading_lines(para.heading, previous_heading, texts):
            pdf.text_block(line, bold=True)
            pdf.gap()
        previous_heading = para.heading
        fields = _split_table_row(para.text) if para.role == "table_row" else None
        if fields is not None:
            # Gather the run of same-heading rows that share this row's field names.
            keys = [k for k, _ in fields]
            rows = [[v for _, v in fields]]
            j = i + 1
            while j < len(paragraphs):
                nxt = paragraphs[j]
                nxt_fields = _split_table_row(nxt.text) if nxt.role == "table_row" else None
                if nxt.heading != para.heading or nxt_fields is None:
                    break
                if [k for k, _ in nxt_fields] != keys:
                    break
                rows.append([v for _, v in nxt_fields])
                j += 1
            _render_ruled_table(pdf, keys, rows)
            pdf.gap()
            i = j
            continue
        # Print the number or bullet the paper printed ("14.", "(a)", "•"), not the qualified
        # citation number ("34(a)") the parser derives from it.
        marker = getattr(para, "marker", None)
        if numbers_are_markers and para.number and para.number not in numbered:
            marker = para.number  # hand-built records: the number is what was printed
        if para.number:
            numbered.add(para.number)
        text = f"{marker} {para.text}" if marker else para.text
        pdf.text_block(text, align=align)
        pdf.gap()
        i += 1


def _render_presentation(pdf: _BoardPDF, doc: Document) -> None:
    """One landscape page per slide: consecutive paragraphs with the same heading (the slide's
    title) share a slide; the slide number sits bottom right."""
    slides: list[tuple[str, list[Paragraph]]] = []
    for para in doc.paragraphs:
        title = para.heading or doc.title
        if slides and slides[-1][0] == title:
            slides[-1][1].append(para)
        else:
            slides.append((title, [para]))
    if not slides:
        _new_page(pdf, doc, landscape=True)
        pdf.text_block(doc.title, size=28, bold=True)
        return
    for number, (title, points) in enumerate(slides, start=1):
        _new_page(pdf, doc, landscape=True)
        pdf.text_block(title, size=24, bold=True)
        pdf.gap(1)
        for para in points:
            if para.text == title:
                continue
            marker = getattr(para, "marker", None)
            pdf.text_block(f"{marker} {para.text}" if marker else para.text, size=16)
            pdf.gap()
        # Slide number bottom right, above the pack's page stamp.
        # It sits inside the bottom margin, so auto page break must be off while it is drawn.
        pdf.set_auto_page_break(auto=False)
        pdf.set_font(pdf.font_setup.family, "", 10)
        pdf.set_xy(pdf.w - MARGIN_MM - 20, pdf.h - MARGIN_MM + 2)
        pdf.cell(20, 5, str(number), align="R")
        pdf.set_font(pdf.font_setup.family, "", pdf.body_size)
        pdf.set_auto_page_break(auto=True, margin=MARGIN_MM)


def _action_row(record: ActionRecord) -> list[str]:
    dates = record.dates or ((record.raised,) if record.raised else ())
    statuses = record.statuses or ((record.status,) if record.status else ())
    return [
        record.number,
        "\n".join(format_cell_date(d) for d in dates),
        record.action,
        record.responsible,
        record.comments,
        "\n".join(statuses),
    ]


def _render_action_log(pdf: _BoardPDF, doc: Document, actions: Sequence[ActionRecord]) -> None:
    _new_page(pdf, doc, landscape=True)
    pdf.text_block(ACTION_LOG_HEADING, size=pdf.body_size + 3, bold=True, align="C")
    pdf.gap()
    records = [a for a in actions if a.document_id == doc.id]
    if not records and doc.paragraphs:
        # A log the parser could not turn into records still has text worth drawing.
        _render_paragraphs(pdf, doc.paragraphs, "L")
        return
    _render_ruled_table(
        pdf,
        [title for title, _ in ACTION_LOG_COLUMNS],
        [_action_row(r) for r in records],
        col_widths=[width for _, width in ACTION_LOG_COLUMNS],
        size=max(pdf.body_size - 2, 7),
    )


def render_archive_pdf(
    archive: Archive,
    path: Path,
    *,
    first_page: int = 1,
    font_size: float = 11,
    align: str = "J",
) -> Path:
    """Render every document of `archive` as one pack PDF at `path` and return `path`.

    Each document starts a new page; pages are stamped "<n> / Agenda Item <item>" with n counted
    from `first_page`, as in a ModernGov reports pack. `align` is the paragraph alignment ("J"
    justified like most council reports, or "L").
    """
    pdf = _BoardPDF(_font_setup(), first_page, font_size)
    for doc in archive.documents:
        if doc.kind == "presentation":
            _render_presentation(pdf, doc)
        elif doc.kind == "action_log":
            _render_action_log(pdf, doc, archive.actions)
        else:  # TEXT_KINDS and anything unknown render as prose
            _render_text_document(pdf, doc, align)
    if pdf.page_no() == 0:
        pdf.add_page()
    path = Path(path)
    pdf.output(str(path))
    return path


def render_two_column_pdf(paragraphs: list[str], path: Path, title: str) -> Path:
    """A newsletter page: `title` across the top, then two columns filled left then right.

    The parser sees newsletters like this (Glen Parva's in the March 2021 pack); pypdf reads the
    left column's lines before the right's only because they were drawn first.
    """
    fonts = _font_setup()
    pdf = _BoardPDF(fonts, 1, 10)
    pdf.stamp = False
    pdf.add_page()
    pdf.text_block(title, size=20, bold=True, align="C")
    pdf.gap()
    pdf.set_font(fonts.family, "", 10)
    with pdf.text_columns(
        ncols=2, gutter=8, balance=False, text_align="LEFT", line_height=1.2
    ) as cols:
        for para in paragraphs:
            cols.write(fonts.clean(para))
            cols.ln()
            cols.ln()
    path = Path(path)
    pdf.output(str(path))
    return path


# ---------------------------------------------------------------------------------- bad inputs


def _small_text_pdf(text: str) -> bytes:
    pdf = _BoardPDF(_font_setup(), 1, 11)
    pdf.add_page()
    pdf.text_block(text)
    return bytes(pdf.output())


def write_encrypted_pdf(path: Path) -> Path:
    """A valid one-page PDF with text, encrypted (RC4-128, user password `ENCRYPTED_PASSWORD`).

    RC4 needs no optional crypto library, so pypdf can both write and (given the password)
    read it anywhere; without the password `extract_text` raises FileNotDecryptedError.
    """
    reader = PdfReader(BytesIO(_small_text_pdf("Confidential: exempt report, Part II item.")))
    writer = PdfWriter(clone_from=reader)
    writer.encrypt(user_password=ENCRYPTED_PASSWORD, owner_password=ENCRYPTED_PASSWORD + "-owner")
    path = Path(path)
    with path.open("wb") as fh:
        writer.write(fh)
    return path


def write_truncated_pdf(path: Path) -> Path:
    """A valid multi-page PDF cut to 40% of its bytes: no xref table, trailer or %%EOF.

    pypdf 7.1.1 logs "EOF marker not found" and raises PdfStreamError (a PdfReadError) from
    `PdfReader(path)`; with strict=True it raises PdfReadError("EOF marker not found").
    """
    body = "\n\n".join(
        f"{n}. The Board noted the update on community safety partnership work." * 6
        for n in range(1, 40)
    )
    data = _small_text_pdf(body)
    path = Path(path)
    path.write_bytes(data[: int(len(data) * 0.4)])
    return path


def _png_bytes(width: int = 64, height: int = 48) -> bytes:
    """A small RGB gradient PNG built with zlib+struct, so no imaging library is needed."""

    def chunk(kind: bytes, payload: bytes) -> bytes:
        crc = zlib.crc32(kind + payload) & 0xFFFFFFFF
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", crc)

    raw = b"".join(
        b"\x00" + bytes(v for x in range(width) for v in (x * 4 % 256, y * 5 % 256, 128))
        for y in range(height)
    )
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def write_image_only_pdf(path: Path) -> Path:
    """A "scanned" page: a raster image and filled shapes, with no text operators at all."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(BytesIO(_png_bytes()), x=25, y=25, w=160)
    pdf.set_fill_color(40, 40, 40)
    for row in range(12):
        pdf.rect(25, 150 + row * 8, 160 - (row % 3) * 30, 4, style="F")
    path = Path(path)
    pdf.output(str(path))
    return path


def write_empty_pdf(path: Path) -> Path:
    """A valid PDF with a single blank A4 page (no content at all)."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    path = Path(path)
    pdf.output(str(path))
    return path


def write_not_a_pdf(path: Path) -> Path:
    """Deterministic random bytes under a .pdf name (never starting with "%PDF")."""
    data = random.Random(20210319).randbytes(4096)
    if data.startswith(b"%PDF"):
        data = b"\x00" + data
    path = Path(path)
    path.write_bytes(data)
    return path


BAD_INPUT_WRITERS: dict[str, Callable[[Path], Path]] = {
    "encrypted": write_encrypted_pdf,
    "truncated": write_truncated_pdf,
    "image_only": write_image_only_pdf,
    "empty": write_empty_pdf,
    "not_a_pdf": write_not_a_pdf,
}
