"""Blocks → numbered paragraphs, with headings, minute numbers, resolutions and table rows.

Numbers are qualified by their parent so a citation reads like the paper: paragraph "34(a)"
of a report, minute "20(b)" of the minutes (sub-items restart their lettering in every
paragraph or minute, so "(a)" alone would be ambiguous).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from boardqa.parse.blocks import (
    TABLE_ROW,
    Block,
    looks_like_heading,
    opens_with_one_space,
    split_blocks,
)
from boardqa.parse.cleaning import normalise_spaces

_RESOLVED = re.compile(r"^RESOLVED\s*:?\s*(.*)$", re.IGNORECASE)
_SIGNATURE = re.compile(r"\bCHAIRMAN\b")
_TIME_RANGE = re.compile(r"^\s*\d{1,2}[.:]\d{2}\s*-\s*\d{1,2}[.:]\d{2}\s*(am|pm)", re.IGNORECASE)
_ARISING = re.compile(r"following points were noted", re.IGNORECASE)


@dataclass(frozen=True)
class DraftParagraph:
    """A paragraph before it gets ids (ids need the document's identity)."""

    text: str
    number: str | None
    heading: str | None
    page: int | None
    page_label: str | None
    role: str = "text"
    marker: str | None = None


def _qualify(parent: str | None, sub: str) -> str:
    return f"{parent}({sub})" if parent else f"({sub})"


def _is_minute_heading(block: Block) -> bool:
    """ "20. LSCSB Action Log": a minute number with a title, not a sentence."""
    if not block.number or not re.fullmatch(r"\d{1,3}\.", block.number):
        return False
    text = block.text
    return len(text.split()) <= 16 and not re.search(r"\b(was|were|had|has|is|be)\b", text)


def _row_cells(row: Block) -> tuple[str, list[str]] | None:
    """A row's label and figures, or None. A PDF cell wraps its label below the figures
    ("Leicester City £92,313.33 £279,150 …" / "Council"): the lines after the first, with no
    figure in them, finish the label."""
    m = TABLE_ROW.match(normalise_spaces(row.text).strip())
    if m:
        return m.group("label").strip(), m.group("values").split()
    head = TABLE_ROW.match(normalise_spaces(row.lines[0]).strip()) if row.lines else None
    tail = " ".join(normalise_spaces(line) for line in row.lines[1:]).strip()
    if head is None or not tail or re.search(r"\d", tail):
        return None
    return f"{head.group('label').strip()} {tail}", head.group("values").split()


#: A column headed by a period: "1/12/15 – 31/3/16", "1/4/18-31/3/19".
_PERIOD_CELL = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\s*[–-]\s*\d{1,2}/\d{1,2}/\d{2,4}\b")


def _table_rows(caption_blocks: list[Block], rows: list[Block]) -> list[DraftParagraph]:
    """Rows that keep their header: "DA duty 2021/22 allocation (£): 1,127,205"."""
    # A header line read from a PDF keeps its cell boundaries as tabs: split it into columns.
    header_cells: list[str] = []
    for b in caption_blocks:
        if len(b.lines) == 1 and "\t" in b.lines[0]:
            header_cells = [normalise_spaces(c) for c in b.lines[0].split("\t") if c.strip()]
    captions = [normalise_spaces(b.text) for b in caption_blocks if "\t" not in "".join(b.lines)]
    # A unit line ("(£)") belongs to the header line before it.
    for k in range(len(captions) - 1, 0, -1):
        if re.fullmatch(r"\([^)]{1,8}\)", captions[k]):
            captions[k - 1] = f"{captions[k - 1]} {captions[k]}"
            del captions[k]
    first = TABLE_ROW.match(rows[0].text.strip())
    n_values = len(first.group("values").split()) if first else 1
    caption = captions[0] if captions else None
    header_lines = captions[1:] if len(captions) > 1 else []
    label_name = header_lines[0] if header_lines else None
    value_names: list[str] = []
    if len(header_lines) > 1:
        rest = header_lines[1:]
        value_names = [" ".join(rest)] if n_values == 1 else rest[:n_values]
    elif caption and not header_lines:
        words = caption.split()
        if len(words) > n_values and all(w[:1].isupper() for w in words[-n_values:]):
            label_name = " ".join(words[:-n_values])
            value_names = words[-n_values:]
            caption = None
    if len(header_cells) == n_values + 1:
        label_name, value_names = header_cells[0], header_cells[1:]
    periods = list(_PERIOD_CELL.finditer(" ".join(captions)))
    if n_values > 1 and len(periods) == n_values:
        # "Funding Body 1/12/15 – 31/3/16 1/4/16 – 31/3/17 …": columns headed by periods; the
        # label's column is named on the line of the first, before it ("Funding Body"), and
        # the lines above are the caption ("Contract Price").
        start, line = periods[0].start(), 0
        while start > len(captions[line]):  # the caption line the first period starts on
            start -= len(captions[line]) + 1
            line += 1
        label_name = captions[line][:start].strip() or None
        value_names = [normalise_spaces(m.group(0)) for m in periods]
        caption = " ".join(captions[:line]) or caption
    out = []
    for row in rows:
        cells_of = _row_cells(row)
        if cells_of is None:
            # Not a row after all: kept as it reads, never dropped.
            out.append(
                DraftParagraph(
                    normalise_spaces(row.text),
                    None,
                    caption or label_name,
                    row.page,
                    row.page_label,
                    "table_row",
                )
            )
            continue
        label, values = cells_of
        if value_names and len(value_names) == len(values):
            cells = "; ".join(f"{n}: {v}" for n, v in zip(value_names, values, strict=False))
        else:
            cells = " ".join(values)
        lead = f"{label_name}: {label}; " if label_name else f"{label}: "
        text = f"{lead}{cells}"
        out.append(
            DraftParagraph(text, None, caption or label_name, row.page, row.page_label, "table_row")
        )
    return out


#: Headings that name a part of a section, not a topic: "Next steps" under "Female Offender
#: Strategy" is that strategy's next steps.
GENERIC_HEADING = re.compile(
    r"(?:next steps?|background|current (?:progress|position|status)|progress(?: to date)?|"
    r"update|summary|conclusions?|introduction|key (?:points|issues|messages)|issues|risks|"
    r"way forward|timescales?|actions?|outcomes)",
    re.IGNORECASE,
)


def nest_heading(current: str | None, new: str) -> str:
    """The heading path after a paper's next heading: a generic one ("Next steps") goes under
    the last topic heading of the path (not under another generic one); any other starts a
    new path."""
    name = new.strip().rstrip(":").strip()
    if not current or not GENERIC_HEADING.fullmatch(name):
        return new
    topics = [t for t in current.split(" › ") if not GENERIC_HEADING.fullmatch(t.strip())]
    return f"{topics[-1]} › {name}" if topics else new


def paragraphs_from_blocks(blocks: list[Block], kind: str) -> list[DraftParagraph]:
    """The paragraph rules for reports, minutes, agendas, web pages, slides and annexes."""
    out: list[DraftParagraph] = []
    heading: str | None = None
    heading_pending = False  # the last emitted thing was a heading (for "A › B" headings)
    parent: str | None = None  # current top-level paragraph or minute number
    sub_parent: str | None = None  # current "(c)" for "i." items below it
    resolved = False
    minute_heading: str | None = None
    pending_captions: list[Block] = []
    out_blocks: list[Block] = []  # the block each entry of `out` came from (for table headers)
    i = 0
    while i < len(blocks):
        block = blocks[i]
        text = normalise_spaces(block.text)
        if not text:
            i += 1
            continue
        if _SIGNATURE.search(text) and (_TIME_RANGE.match(text) or len(text) < 40):
            i += 1
            continue
        if block.kind == "row":
            rows = [block]
            while i + 1 < len(blocks) and blocks[i + 1].kind == "row":
                i += 1
                rows.append(blocks[i])
            if len(rows) >= 2 or pending_captions:
                # Header lines the block splitter joined into prose ("Local Authority DA duty
                # 2021/22 allocation") and the caption before them belong to the table.
                while (
                    out
                    and out[-1].role == "text"
                    and len(out[-1].text) < 80
                    and not out[-1].text.endswith((".", ";", ":"))
                ):
                    prev = out.pop()
                    source_block = out_blocks.pop()
                    for raw in reversed(source_block.lines):
                        pending_captions.insert(
                            0, Block(lines=[raw], page=prev.page, kind="heading")
                        )
                    if _PERIOD_CELL.search(prev.text) and _PERIOD_CELL.search(
                        out[-1].text if out and out[-1].heading == prev.heading else ""
                    ):
                        continue  # a header of period columns, one cell per line
                    if prev.heading and prev.heading not in [b.text for b in pending_captions]:
                        pending_captions.insert(
                            0, Block(lines=[prev.heading.split(" › ")[-1]], kind="heading")
                        )
                        break
                table = _table_rows(pending_captions, rows)
                out.extend(table)
                out_blocks.extend(Block(lines=[t.text]) for t in table)
                pending_captions = []
                i += 1
                continue
        # Headings wait: they may be a table's caption and header lines.
        if block.kind == "heading" and not _RESOLVED.match(text):
            pending_captions.append(block)
            i += 1
            continue
        if pending_captions:
            names = [normalise_spaces(b.text).rstrip(":") for b in pending_captions]
            if kind == "minutes" and minute_heading:
                heading = f"{minute_heading} › {names[-1]}"
            elif heading_pending is False and len(names) == 1:
                heading = nest_heading(heading, names[0])
            else:
                heading = " › ".join(names[-2:])
            pending_captions = []
        if kind in ("minutes", "webpage") and _is_minute_heading(block):
            minute_heading = f"{block.number} {text}"
            heading = minute_heading
            parent = block.number.rstrip(".") if block.number else None
            sub_parent = None
            resolved = False
            i += 1
            continue
        m = _RESOLVED.match(text)
        if m:
            resolved = True
            heading = f"{minute_heading or heading or ''} › RESOLVED".lstrip(" ›")
            text = m.group(1).strip()
            if not text:
                i += 1
                continue
        role = "resolution" if resolved else "text"
        if (
            role == "resolution"
            and out
            and out[-1].role == "resolution"
            and out[-1].text.endswith(":")
            and not block.number
            and block.kind != "bullet"
        ):
            # "That future meetings … on the following dates:" and its list are one resolution.
            prev = out[-1]
            out[-1] = DraftParagraph(
                f"{prev.text} {text}",
                prev.number,
                prev.heading,
                prev.page,
                prev.page_label,
                prev.role,
                prev.marker,
            )
            i += 1
            continue
        number: str | None = None
        if block.number:
            n = block.number.rstrip(".")
            if block.style == "top":
                number = n
                if kind not in ("minutes", "webpage"):
                    parent = number
                sub_parent = None
            elif block.style == "roman" and sub_parent:
                number = f"{sub_parent}({n})"
            else:
                number = _qualify(parent, n)
                if block.style in ("sub", "letter"):
                    sub_parent = number
        elif parent and kind != "presentation":
            number = parent
        if kind in ("minutes", "webpage") and _ARISING.search(text) and len(text) < 90:
            heading = f"{minute_heading or heading or ''} › {text.rstrip(':')}".lstrip(" ›")
        out.append(
            DraftParagraph(text, number, heading, block.page, block.page_label, role, block.marker)
        )
        out_blocks.append(block)
        i += 1
    for b in pending_captions:  # a trailing short line (a slide's last words) is still text
        out.append(DraftParagraph(normalise_spaces(b.text), parent, heading, b.page, b.page_label))
    return out


def is_heading_text(text: str) -> bool:
    return looks_like_heading(text)


_ATTENDANCE_HEADINGS = re.compile(
    r"^(present|officers|others|other attendees|in attendance|apologies for absence|apologies)\s*:?$",
    re.IGNORECASE,
)
_MINUTE_LINE = re.compile(r"^\s*\d{1,3}\.\s+[A-Z]")


def split_minutes_preamble(lines: list) -> tuple[list, list]:
    """(preamble: title sentence and attendance, body from the first minute number)."""
    for k, line in enumerate(lines):
        if _MINUTE_LINE.match(line.text) and len(line.text.split()) <= 16:
            return lines[:k], lines[k:]
    return [], lines


def attendance_paragraphs(lines: list) -> list[DraftParagraph]:
    """ "Present: Mrs D. Taylor CC (in the Chair); Cllr. L. Phillimore …" one per section.

    Attendance lists print one member a line, with the member's role wrapping on to a line of
    its own ("Chair – Blaby District Council"); such continuations join the member before.
    """
    out: list[DraftParagraph] = []
    title: list[str] = []
    section: str | None = None
    entries: list[str] = []
    page = None

    def flush() -> None:
        if section and entries:
            out.append(
                DraftParagraph(
                    f"{section}: " + "; ".join(entries), None, section, page, None, "attendance"
                )
            )

    for line in lines:
        t = normalise_spaces(line.text)
        if not t or t == "\f":
            continue
        if _ATTENDANCE_HEADINGS.match(t):
            flush()
            section, entries, page = t.rstrip(":").capitalize(), [], line.page
            continue
        if section is None:
            title.append(t)
            continue
        if entries and (
            t[:1].islower() or re.match(r"^(Chair\b|Member\b|–|-|CCG|Rutland\b|Chudasama)", t)
        ):
            entries[-1] += " " + t
        else:
            entries.append(t)
    flush()
    head = (
        [DraftParagraph(" ".join(title), None, None, lines[0].page if lines else None, None)]
        if title
        else []
    )
    return head + out


def _slides(lines: list) -> list[list]:
    """A deck's lines cut into slides: at page breaks, and (in text extracted from a pack)
    where a line opens with the single space that marks the top of a new page."""
    slides: list[list] = [[]]

    def has_body(slide: list) -> bool:
        # Only a slide with a point on it can end: a slide number printed under the title
        # ("Introduction" / "3" / text) or a title set over several short lines is not a cut.
        return any(
            len(x.text.split()) > 4 or x.text.strip()[:1] in "•➢▪►" for x in slide if x.text.strip()
        )

    for line in lines:
        if line.text == "\f":
            if has_body(slides[-1]):
                slides.append([])
            continue
        if not line.text.strip():
            slides[-1].append(line)
            continue
        if opens_with_one_space(line.text) and has_body(slides[-1]):
            slides.append([])
        slides[-1].append(line)
    return [s for s in slides if any(x.text.strip() for x in s)]


_PROTECTIVE_MARKING = re.compile(r"^(OFFICIAL|OFFICIAL-SENSITIVE|RESTRICTED)$")


def slide_paragraphs(lines: list) -> list[DraftParagraph]:
    """Slides: the title (the short lines a slide opens with) heads each of its points."""
    out: list[DraftParagraph] = []
    for slide in _slides(lines):
        title_parts: list[str] = []
        labels: list[str] = []
        body_start = 0
        content = [(k, line) for k, line in enumerate(slide) if line.text.strip()]
        for k, line in content:
            t = normalise_spaces(line.text)
            if _PROTECTIVE_MARKING.match(t):
                body_start = k + 1
                continue
            if len(title_parts) >= 8 or len(t.split()) > 4 or t[:1] in "•➢▪►·" or t.endswith("."):
                break
            if title_parts and opens_with_one_space(line.text):
                # The short lines before are a graphic's labels ("26th / June / 2021 /
                # Day 1"), not the title: the page's own top starts the title, so a title
                # set over many short lines ("What is the / Probation / … / (PSDF)?") is whole.
                labels, title_parts = title_parts, []
            title_parts.append(t)
            body_start = k + 1
        title = normalise_spaces(" ".join(title_parts)) or None
        if labels:
            # They are the slide's before, which is written out already: kept with no heading.
            out.append(DraftParagraph(" ".join(labels), None, None, slide[0].page, None, "slide"))
        blocks = split_blocks(slide[body_start:])
        page = next((x.page for x in slide if x.page), None)
        for b in blocks:
            text = normalise_spaces(b.text)
            if text and not _PROTECTIVE_MARKING.match(text):
                out.append(
                    DraftParagraph(
                        text, None, title, b.page or page, b.page_label, "slide", b.marker
                    )
                )
        if title and not blocks:
            out.append(DraftParagraph(title, None, title, page, None, "slide"))
    return out
