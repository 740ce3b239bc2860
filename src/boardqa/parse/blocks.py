"""Lines → raw blocks: the first step shared by every document kind.

A block is a run of wrapped lines that the papers print as one unit (a paragraph, a heading, a
list item, a table row). Blank lines alone do not end a block, because text extracted from the
packs puts a blank line after the first line of many numbered paragraphs; a block ends where
the next line starts a new unit or the text so far ends a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from boardqa.parse.cleaning import BULLETS, join_wrapped, normalise_spaces, strip_bullet
from boardqa.records import PAGE_BREAK, Line

#: "14.", "2.1", "2.1." at the start of a line, then text.
TOP_NUMBER = re.compile(r"^(\d{1,3}\.(?:\d{1,2}\.?)?)\s+(?=\S)")
#: "(a)", "(iv)", "(2)".
SUB_NUMBER = re.compile(r"^\(([a-z]{1,2}|[ivxl]{1,6}|\d{1,2})\)\s*(?=\S)")
#: "ii.", "iv." (roman) and "a." (letter) list items.
ROMAN_NUMBER = re.compile(r"^([ivxl]{1,6})\.\s+(?=\S)")
LETTER_NUMBER = re.compile(r"^([a-h])\.\s+(?=\S)")
_GLYPH_START = re.compile(
    rf"^\s*[{re.escape(BULLETS.replace('-', '').replace('–', ''))}\ue000-\uf8ff]"
)
#: A line that breaks off mid-phrase: the next line continues it even after a blank line.
_DANGLING = re.compile(r"\b(and|or|the|of|to|by|with|for|in|on|a|an|from|at|as)\s*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?:;]['’\")]?\s*$")
#: A table row flattened to one line: a label then one or more figures ("Blaby 33,291",
#: "Opiate 3.8% 4.0%", "Leicester City Council £92,313.33 £279,150 £279,150 £279,150").
#: A table's figure cell, with the space after it: "£85,736.67 ", "39% ", "-12 ".
_CELL = r"(?:[£-]?\d[\d,]*(?:\.\d+)?%?\s*)"
TABLE_ROW = re.compile(rf"^(?P<label>[A-Za-z(][^£\d]*?[A-Za-z)])\s+(?P<values>{_CELL}{{1,8}})$")

#: A line of figures alone ("£85,736.67 £259,225 £259,225"): a table row's cells without
#: their label.
_VALUES_ONLY = re.compile(rf"^{_CELL}{{2,8}}$")

#: The longest label a row's wrapped lines may make ("Office of the Police & Crime
#: Commissioner"); more is prose.
MAX_LABEL = 60
#: A year alone ("2018 2019 2020" heads a table's columns; it is no row's figures).
_YEAR_CELL = re.compile(r"(?:19|20)\d\d")


def _wrapped_row_label(line: str, current: Block | None, before: Block | None) -> bool:
    """Whether `line`, figures alone, finishes a table row whose label wrapped onto lines of
    its own ("Office of the Police & Crime" / "Commissioner" / "£85,736.67 £259,225 …"):
    right after a row with as many figures, the label's lines being short and unnumbered. A
    line of years heads columns; a sentence before figures is prose."""
    if not _VALUES_ONLY.match(line) or current is None or before is None:
        return False
    values = line.split()
    row = TABLE_ROW.match(before.text.strip())
    return bool(
        before.kind == "row"
        and row is not None
        and len(row.group("values").split()) == len(values)
        and not all(_YEAR_CELL.fullmatch(v) for v in values)
        and current.kind in ("heading", "text")
        and not current.number
        and len(current.lines) <= 3
        and len(current.text) <= MAX_LABEL
        and not _SENTENCE_END.search(current.text)
        and TABLE_ROW.match(f"{current.text} {line}")
    )


@dataclass
class Block:
    """One unit of text before it becomes a typed Paragraph."""

    lines: list[str] = field(default_factory=list)
    page: int | None = None
    page_label: str | None = None
    number: str | None = None
    style: str = ""  # top | sub | roman | letter (how the number was printed)
    kind: str = "text"  # text | heading | bullet | row
    first_line: Line | None = None

    @property
    def text(self) -> str:
        return join_wrapped(self.lines)

    @property
    def marker(self) -> str | None:
        """The number or bullet as printed ("14.", "(a)", "ii.", "•")."""
        if self.kind == "bullet":
            return "•"
        if not self.number:
            return None
        return f"({self.number})" if self.style == "sub" else f"{self.number.rstrip('.')}."


def number_of(line: str) -> tuple[str | None, str, str]:
    """(number, rest, style) for a line that starts a numbered unit, else (None, line, "")."""
    s = line.strip()
    for style, pattern in (
        ("sub", SUB_NUMBER),
        ("top", TOP_NUMBER),
        ("roman", ROMAN_NUMBER),
        ("letter", LETTER_NUMBER),
    ):
        m = pattern.match(s)
        if m:
            return m.group(1), s[m.end() :], style
    return None, s, ""


_DATED = re.compile(
    r"^On\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b(?!\s+\d{4}\s*$)"
)


#: A day and month followed by what happens then (not by a year: "25 March 2021" may title a
#: section).
_SCHEDULE_ENTRY = re.compile(
    r"^\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+(?!\d{4}\s*$)\S"
)


def looks_like_heading(text: str) -> bool:
    """A short title-like line: "Safer Streets", "Background", "Notable developments:".

    Headings in the papers are at most a few words, start with a capital, carry no sentence
    punctuation except a closing colon, and are not numbers or money.
    """
    s = normalise_spaces(text)
    if re.fullmatch(r"\([£$%€A-Za-z ]{1,8}\)", s):
        return True  # a unit line under a table header: "(£)"
    if not s or len(s) > 70 or not (s[0].isupper() or s[0].isdigit()):
        return False
    if s.endswith((",", ";")) or (s.endswith(".") and s.upper() != s):
        return False
    words = s.split()
    if len(words) > 9 or re.fullmatch(r"[\d,.£%\s/()-]+", s):
        return False
    if _DANGLING.search(s):  # "… performance for": a wrapped line, not a title
        return False
    if _DATED.match(s):
        # "On 15 February, MoJ/HMPPS": the first line of a sentence (a newsletter's column).
        return False
    if _SCHEDULE_ENTRY.match(s):
        # "24 September  Organised crime analysis": a row of a schedule of meetings, whose
        # next row would otherwise take it for its heading and drop it.
        return False
    if re.match(r"^(Tel|Email|E-mail|http)", s, re.IGNORECASE) or "@" in s:
        return False
    # Mostly capitalised words (title case or upper case), or short enough to be a label.
    capitals = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return len(words) <= 4 or capitals >= len(words) / 2


#: The standard parts of a report, printed as titles of their own ("Officer to contact" is
#: not one: it labels the name that follows it on the same line).
SECTION_TITLE = re.compile(
    r"Appendices|Annexes|Background papers|Recommendations?(?: for the Board)?|"
    r"Equality (?:and|&) human rights implications",
    re.IGNORECASE,
)


def opens_with_one_space(raw: str) -> bool:
    """A line the text extraction began with one space: in a pack's text, the top of a new
    page, or a bullet's glyph, lost."""
    return raw.startswith(" ") and not raw.startswith("  ")


def _is_space_led(raw: str) -> bool:
    """A line the text extraction began with one space: a bullet's glyph, lost."""
    return opens_with_one_space(raw) and raw[1:2].isupper()


def split_blocks(lines: list[Line]) -> list[Block]:
    """Group lines into blocks (see the module docstring for the rules)."""
    blocks: list[Block] = []
    current: Block | None = None
    blank_before = True
    blank_count = 0
    spacey = False  # a blank run with a spaces-only line: a real paragraph gap in these texts
    after_list_intro = False

    def close() -> None:
        nonlocal current
        if current and current.lines:
            blocks.append(current)
        current = None

    # The next line with text after each line (for a look ahead at what a line introduces).
    following: list[str] = [""] * len(lines)
    upcoming = ""
    for n in range(len(lines) - 1, -1, -1):
        following[n] = upcoming
        if lines[n].text.strip() and lines[n].text != PAGE_BREAK:
            upcoming = lines[n].text
    for n, line in enumerate(lines):
        raw = line.text
        if raw == PAGE_BREAK:
            # A page break is soft: the paragraph may go on (loaders put an empty line before
            # the break when the page ended a paragraph).
            continue
        if not raw.strip():
            blank_before = True
            blank_count += 1
            spacey = spacey or bool(raw)
            continue
        stripped = raw.strip()
        number, rest, style = number_of(stripped)
        glyph = bool(_GLYPH_START.match(raw))
        # Text extraction turned U+F0B7 bullets into a single leading space: such a line after a
        # list intro ("…were raised:") or after another item is a bullet.
        page_start = opens_with_one_space(raw)
        prev_text = current.text if current else ""
        # The first line after "… should be addressed:" is its first item, however much it
        # looks like a title ("Better co-ordination /communications/cross referral"), when
        # another item follows it; before a table it is the table's caption.
        space_bullet = (
            page_start
            and stripped[:1].isupper()
            and after_list_intro
            and blank_before
            and (
                not looks_like_heading(stripped)
                or (
                    (prev_text.endswith(":") or (current is not None and current.kind == "bullet"))
                    and _is_space_led(following[n])
                )
            )
        )
        ends_sentence = bool(_SENTENCE_END.search(prev_text)) or not prev_text
        dangling = bool(_DANGLING.search(prev_text))
        lone_title = bool(
            current
            and current.number
            and len(current.lines) == 1
            and looks_like_heading(current.lines[0])
        )
        starts_new = False
        kind = "text"
        wrapped_label = _wrapped_row_label(stripped, current, blocks[-1] if blocks else None)
        if wrapped_label:
            pass
        elif (
            number
            and (blank_before or ends_sentence or page_start)
            and (style != "letter" or blank_before)
        ):
            starts_new = True
        elif _SCHEDULE_ENTRY.match(stripped) and blank_before:
            starts_new = True  # "24 September  Organised crime analysis": a schedule's row
        elif glyph or space_bullet:
            starts_new, kind = True, "bullet"
            rest = strip_bullet(stripped)
            number = None
        elif TABLE_ROW.match(stripped) and (
            blank_before
            or "\t" in stripped  # cells a PDF table drew apart
            or (current and current.kind in ("row", "heading"))
        ):
            starts_new, kind = True, "row"
        elif (
            blank_before
            and ends_sentence
            and current
            and current.number
            and current.kind == "text"
            and blank_count == 1
            and not spacey
            and not page_start
            and not looks_like_heading(stripped)
        ):
            # Text extracted from the packs puts one empty line between the wrapped lines of a
            # numbered paragraph, so a sentence that starts a line after a single empty line
            # still belongs to it ("… for approval." / "The board approved the report.").
            starts_new = False
        elif (blank_before and ends_sentence) or (
            blank_before and current and current.kind == "row"
        ):
            starts_new = True
        elif (
            page_start
            and not blank_before
            and ends_sentence
            and current
            and current.kind == "text"
            and looks_like_heading(stripped)
        ):
            # A title set off by its leading space straight after a paragraph's last sentence
            # ("… joint working approach." / " Domestic Abuse – recommissioning of services").
            starts_new = True
        elif (
            current
            and current.kind == "heading"
            and len(current.lines) == 1
            and SECTION_TITLE.fullmatch(current.lines[0].rstrip(": "))
        ):
            # A paper's standard part stands on its own line, whatever follows it at once
            # ("Appendices" / "Appendix 1- Safer Communities Performance Dashboard …").
            starts_new = True
        elif blank_before and current and (current.kind == "heading" or lone_title):
            # "19. Matters arising" then its text: a numbered title stands alone.
            starts_new = True
        elif (
            blank_before
            and looks_like_heading(stripped)
            and not dangling
            and (not current or current.kind != "text" or len(current.lines[-1]) < 60)
        ):
            # A heading that follows an unfinished line is still a heading when it stands alone
            # (e.g. table captions), unless the line before breaks off mid-phrase ("… and").
            starts_new = not prev_text or prev_text[-1:] not in ",-–(/&"
        if starts_new or current is None:
            close()
            current = Block(page=line.page, page_label=line.page_label, first_line=line)
            current.kind = kind
            if number:
                current.number = number
                current.style = style
                current.lines.append(rest)
            else:
                current.lines.append(stripped if kind != "bullet" else rest)
        else:
            current.lines.append(stripped)
        if wrapped_label and current is not None:
            current.kind = "row"
        if current.kind == "row":
            pass
        elif current.kind == "text" and not current.number and len(current.lines) == 1:
            if looks_like_heading(stripped) and not stripped.endswith((".",)):
                current.kind = "heading"
        elif current.kind == "heading" and len(current.lines) > 1:
            current.kind = "text"
        text_now = current.text
        after_list_intro = text_now.endswith((":", ";")) or current.kind == "bullet"
        blank_before = False
        blank_count = 0
        spacey = False
    close()
    return blocks
