"""Action-log tables → ActionRecords, with cells re-assembled across wrapped lines and pages.

Two sources of geometry:
- PDF lines carry each fragment's x position, so a fragment belongs to the column whose header
  ("No.", "Date", "Action", "Responsible Officer", "Comments", "Status") starts left of it, and a
  row runs from one number in the "No." column to the next.
- Text extracted from the packs has no positions but keeps each cell as a run of lines with an
  empty line between cells (a line holding only spaces is spacing *inside* a cell), in the order
  No.+Date+Action, Responsible Officer, Comments, Status.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from boardqa.parse.cleaning import join_wrapped, normalise_spaces
from boardqa.parse.dates import parse_numeric_dates
from boardqa.records import PAGE_BREAK, ActionRecord, Line

STATUS_WORDS = ("Completed", "Complete", "Red", "Amber", "Green", "Closed", "Open")
_STATUS_TAIL = re.compile(r"(?:^|\s)(Red|Amber|Green|Completed?|Closed)\s*$", re.IGNORECASE)
_ROW_START = re.compile(r"^\s*(\d{1,3})\.?\s+((?:\d{1,2}[./]\d{1,2}[./]\d{2,4}))\s*(.*)$")
_HEADER = re.compile(r"^\s*No\.?\s+Date\s+Action\b", re.IGNORECASE)
_HEADER_TAIL = re.compile(
    r"^\s*(Officer|Comments|Status|Responsible(\s+Officer)?)\s*$", re.IGNORECASE
)
_DATE_ONLY = re.compile(r"^\s*\d{1,2}[./]\d{1,2}[./]\d{2,4}\s*$")
#: Titles that may open a name; any other capitalised word followed by lower case opens a comment.
_TITLES = {
    "DI",
    "DS",
    "DCI",
    "DCS",
    "Supt",
    "Supt.",
    "Dr",
    "Dr.",
    "Cllr",
    "Cllr.",
    "Mr",
    "Mrs",
    "Ms",
    "Lord",
    "Insp",
    "PC",
    "Sgt",
}
_NOT_NAME = {
    "A",
    "An",
    "The",
    "This",
    "That",
    "There",
    "These",
    "For",
    "To",
    "Completed",
    "Complete",
    "Following",
    "Progress",
    "Input",
    "Update",
    "Update;",
    "It",
    "In",
    "On",
    "As",
    "No",
    "Not",
    "Awaiting",
    "See",
    "Item",
    "Report",
    "Ongoing",
}


@dataclass
class _Row:
    number: str
    cells: dict[str, list[str]] = field(default_factory=dict)
    page: int | None = None


def _status_split(text: str) -> tuple[str, list[str]]:
    """Pull trailing RAG status words off a cell ("… agenda Amber" → "… agenda", ["Amber"])."""
    statuses: list[str] = []
    while True:
        m = _STATUS_TAIL.search(text)
        if not m:
            break
        statuses.insert(0, m.group(1).capitalize())
        text = text[: m.start()].rstrip()
    return text, statuses


def split_name_prefix(text: str) -> tuple[str, str]:
    """Split "Paul Hindson A summary has been …" into the officer and the comment.

    The name is the run of capitalised tokens (and "A/B" pairs) at the start; it stops at a
    known sentence opener or at a capitalised word followed by a lower-case one, and at initials
    ("RB") after a full name, which is how the log's comments begin ("RB To Liaise with …").
    """
    tokens = text.split()
    name: list[str] = []
    for k, tok in enumerate(tokens):
        nxt = tokens[k + 1] if k + 1 < len(tokens) else ""
        bare = tok.strip(",.;")
        if not bare:
            break
        if k == 0 and bare in _TITLES:
            name.append(tok)
            continue
        if bare in _NOT_NAME and name:
            break
        if len(name) >= 2 and bare.isupper() and len(bare) <= 3 and "/" not in bare:
            break
        if not (bare[0].isupper() or bare[0] in "’'"):
            break
        if name and nxt[:1].islower() and "/" not in tok and not tok.endswith(","):
            break
        name.append(tok)
        if tok.endswith((".",)) and len(name) >= 2 and bare not in _TITLES:
            break
    if not name:
        return "", text
    return " ".join(name).strip(), " ".join(tokens[len(name) :]).strip()


def _record(row: _Row, meeting_date, document_id: str, source: str) -> ActionRecord:
    date_text = " ".join(row.cells.get("date", []))
    dates = tuple(parse_numeric_dates(date_text))
    action = join_wrapped(row.cells.get("action", []))
    responsible = join_wrapped(row.cells.get("responsible", []))
    comments = join_wrapped(row.cells.get("comments", []))
    status_text = " ".join(row.cells.get("status", []))
    statuses = [
        w.capitalize()
        for w in re.findall(r"[A-Za-z]+", status_text)
        if w.capitalize() in STATUS_WORDS
    ]
    comments, trailing = _status_split(comments)
    statuses = statuses or trailing
    return ActionRecord(
        number=row.number,
        raised=dates[0] if dates else None,
        dates=dates,
        action=action,
        responsible=responsible,
        comments=comments,
        status=statuses[-1] if statuses else None,
        statuses=tuple(statuses),
        meeting_date=meeting_date,
        document_id=document_id,
        source=source,
        page=row.page,
    )


# --- text (no geometry) ---------------------------------------------------------------------


def _text_rows(lines: list[Line]) -> list[tuple[_Row, list[list[str]]]]:
    """Rows with their cells as runs of lines separated by empty lines."""
    rows: list[tuple[_Row, list[list[str]]]] = []
    in_header = False
    for line in lines:
        raw = line.text
        if raw == PAGE_BREAK:
            continue
        if _HEADER.match(raw):
            in_header = True
            continue
        if in_header:
            if not raw.strip() or _HEADER_TAIL.match(raw):
                continue
            in_header = False
        m = _ROW_START.match(raw)
        if m:
            row = _Row(m.group(1), page=line.page)
            first = [m.group(2)] + ([m.group(3)] if m.group(3).strip() else [])
            rows.append((row, [first]))
            continue
        if not rows:
            continue
        runs = rows[-1][1]
        if raw == "":  # an empty line ends a cell
            if runs[-1]:
                runs.append([])
            continue
        if not raw.strip():  # spaces only: spacing inside a cell, kept as a soft separator
            if runs[-1] and runs[-1][-1] != "":
                runs[-1].append("")
            continue
        runs[-1].append(raw.strip())
    cleaned = []
    for r, runs in rows:
        kept = []
        for run in runs:
            while run and run[-1] == "":
                run.pop()
            if run:
                kept.append(run)
        cleaned.append((r, kept))
    return cleaned


def _parts(run: list[str]) -> list[str]:
    """A cell's parts: runs of wrapped lines separated by in-cell spacing."""
    parts: list[list[str]] = [[]]
    for x in run:
        if x == "":
            parts.append([])
        else:
            parts[-1].append(x)
    return [join_wrapped(p) for p in parts if p]


def _is_names_only(text: str) -> bool:
    """ "Rik Basra/Adam Slonecki", "Steve Pumfrey, Media Services, LCC.": no sentence in it."""
    tokens = text.replace("/", " ").split()
    return bool(tokens) and not any(
        t.strip(",.;") in _NOT_NAME or t[:1].islower() or any(c.isdigit() for c in t)
        for t in tokens
    )


def _assign_text_cells(row: _Row, runs: list[list[str]]) -> None:
    """Map a row's runs onto columns: [date+action], [responsible], [comments], [status]."""
    first = [x for x in runs[0] if x]
    dates: list[str] = [first[0]]
    action: list[str] = []
    for part in first[1:]:
        (dates if _DATE_ONLY.match(part) else action).append(part)
    rest = runs[1:]
    # Action 1's layout puts extra dates and the action text in separate runs.
    while rest and all(_DATE_ONLY.match(x) for x in rest[0] if x):
        dates.extend(x for x in rest.pop(0) if x)
    if not action and rest:
        action = [x for x in rest.pop(0) if x]
    responsible: list[str] = []
    comments: list[str] = []
    status: list[str] = []
    if rest and all(w.strip().capitalize() in STATUS_WORDS for w in rest[-1] if w):
        status = [x for x in rest.pop() if x]
    if rest:
        resp_parts = _parts(rest.pop(0))
        joined, trailing = _status_split(" ".join(resp_parts))
        if not status:
            status = trailing
        if _is_names_only(joined):
            responsible = ["; ".join(_status_split(p)[0] for p in resp_parts)]
        else:
            name, comment = split_name_prefix(joined)
            responsible = [name] if name else []
            comments = [comment] if comment else []
    for run in rest:
        comments.extend(_parts(run))
    row.cells = {
        "date": dates,
        "action": action,
        "responsible": responsible,
        "comments": comments,
        "status": status,
    }


# --- PDF (fragments with x positions) -------------------------------------------------------


_COLUMN_NAMES = (
    ("no", re.compile(r"^No\.?$", re.IGNORECASE)),
    ("date", re.compile(r"^Date$", re.IGNORECASE)),
    ("action", re.compile(r"^Action$", re.IGNORECASE)),
    ("responsible", re.compile(r"^Responsible(\s+Officer)?$", re.IGNORECASE)),
    ("comments", re.compile(r"^Comments$", re.IGNORECASE)),
    ("status", re.compile(r"^Status$", re.IGNORECASE)),
)


def _header_columns(line: Line) -> list[tuple[float, str]] | None:
    cols: list[tuple[float, str]] = []
    for x, text in line.cells:
        for name, pattern in _COLUMN_NAMES:
            if pattern.match(text.strip()):
                cols.append((x, name))
                break
    names = [n for _, n in cols]
    return sorted(cols) if {"no", "date", "action"} <= set(names) else None


def _is_header_tail(line: Line) -> bool:
    return bool(line.cells) and all(
        re.fullmatch(
            r"(Officer|Comments|Status|Responsible(\s+Officer)?)", t.strip(), re.IGNORECASE
        )
        for _, t in line.cells
    )


def _geometry_rows(lines: list[Line]) -> list[_Row]:
    """Rows of a ruled table from fragment positions.

    Fragments are assigned to the column whose header starts at or left of them. Rows are cut
    into horizontal bands wherever no column has text for more than ~1.35 line pitches (the
    ruling and cell padding between rows); a band holds one row per number in the "No."
    column, and a band with no number (a row running on past a page break) continues the
    previous row.
    """
    columns: list[tuple[float, str]] | None = None
    frags: list[tuple[int, float, str, str]] = []  # (page, y, column, text)
    for line in lines:
        if line.text == PAGE_BREAK or not line.cells:
            continue
        header = _header_columns(line)
        if header:
            columns = header
            continue
        if columns is not None and _is_header_tail(line):
            # "Responsible Officer" wraps in its narrow column, so the header row's other
            # cells ("Comments", "Status") may sit on the next baseline.
            extra = [
                (x, n) for x, t in line.cells for n, pat in _COLUMN_NAMES if pat.match(t.strip())
            ]
            names = {n for _, n in columns}
            columns = sorted(columns + [(x, n) for x, n in extra if n not in names])
            continue
        if columns is None:
            continue
        for x, text in line.cells:
            col = columns[0][1]
            for cx, name in columns:
                if x >= cx - 3:
                    col = name
            frags.append((line.page or 0, line.y or 0.0, col, text))
    frags.sort(key=lambda f: (f[0], -f[1]))
    gaps = sorted(
        a[1] - b[1] for a, b in itertools.pairwise(frags) if a[0] == b[0] and 0.5 < a[1] - b[1] < 40
    )
    pitch = gaps[len(gaps) // 4] if gaps else 12.0
    bands: list[list[tuple[int, float, str, str]]] = []
    for f in frags:
        if bands and bands[-1][-1][0] == f[0] and bands[-1][-1][1] - f[1] <= pitch * 1.35:
            bands[-1].append(f)
        else:
            bands.append([f])
    rows: list[_Row] = []
    for band in bands:
        anchors = [f for f in band if f[2] == "no" and re.fullmatch(r"\d{1,3}\.?", f[3].strip())]
        if not anchors:
            if rows:
                for _, _, col, text in band:
                    rows[-1].cells.setdefault(col, []).append(text)
            continue
        anchors.sort(key=lambda f: -f[1])
        cuts = [(a[1] + b[1]) / 2 for a, b in itertools.pairwise(anchors)]
        band_rows = [_Row(a[3].strip().rstrip("."), page=a[0]) for a in anchors]
        for _page, y, col, text in band:
            if col == "no":
                continue
            k = sum(1 for c in cuts if y < c)
            band_rows[k].cells.setdefault(col, []).append(text)
        rows.extend(band_rows)
    return rows


def parse_action_log(
    lines: list[Line], meeting_date, document_id: str, source: str
) -> list[ActionRecord]:
    """All actions of one action-log document."""
    if any(line.cells for line in lines) and any(
        _header_columns(line) for line in lines if line.cells
    ):
        rows = _geometry_rows(lines)
    else:
        rows = []
        for row, runs in _text_rows(lines):
            _assign_text_cells(row, runs)
            rows.append(row)
    return [_record(r, meeting_date, document_id, source) for r in rows]


def action_paragraph_text(a: ActionRecord) -> str:
    """How an action reads as a citable paragraph (embedded and shown to users)."""
    dates = ", ".join(d.strftime("%-d %B %Y") for d in a.dates) or "undated"
    parts = [f"Action {a.number} (raised {dates}): {a.action}"]
    if a.responsible:
        parts.append(f"Responsible officer: {a.responsible}.")
    if a.comments:
        parts.append(f"Comments: {a.comments}")
    if a.statuses:
        parts.append(f"Status: {' / '.join(a.statuses)}.")
    return normalise_spaces(" ".join(parts))
