"""The largest or smallest value of a table's column (pure): "Which district gets the smallest
DA duty allocation?" is answered by reading every row of the table, not by the one row a search
happens to rank first. The index keeps each row as a paragraph ("Local Authority: Blaby; DA
duty 2021/22 allocation (£): 33,291"); the caller hands over all rows of one table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from boardqa.answer.citations import Citation
from boardqa.answer.compose import CitationList
from boardqa.words import term_set

_MOST = re.compile(r"\b(?:highest|largest|biggest|most|greatest|maximum|top)\b", re.IGNORECASE)
_LEAST = re.compile(r"\b(?:lowest|smallest|least|fewest|minimum)\b", re.IGNORECASE)
#: The question asks which row: "Which district …", "What local authority …", "Who …".
_WHICH = re.compile(r"^\s*(?:which|what|who)\b", re.IGNORECASE)
#: A row that sums the others.
_TOTAL = re.compile(r"^\s*(?:total|all|grand total|overall)\b", re.IGNORECASE)
_NUMBER = re.compile(r"-?£?\s?\d[\d,]*(?:\.\d+)?%?")


@dataclass(frozen=True)
class Extreme:
    """The row holding the extreme value of a column, and what it says."""

    payload: dict[str, Any]
    label: str
    column: str
    value: str
    rows: int
    #: The kind of row counted ("district "), when the question asks among one kind.
    among: str = ""


def extreme_asked(question: str) -> str | None:
    """ "max" or "min" for a question that asks which row holds the largest or smallest value
    ("Which district gets the smallest allocation?"), else None."""
    if not _WHICH.match(question):
        return None
    most, least = _MOST.search(question), _LEAST.search(question)
    if bool(most) == bool(least):
        return None
    return "max" if most else "min"


def cells(text: str) -> list[tuple[str, str]]:
    """A row's cells as (column, value): "Local Authority: Blaby; DA duty … (£): 33,291"."""
    out = []
    for part in text.split("; "):
        column, sep, value = part.partition(": ")
        if sep:
            out.append((column.strip(), value.strip()))
    return out


#: The kind of council a question asks among ("Which district council …").
_KIND_ASKED = re.compile(r"\bwhich\s+(district|county|city|borough)\b", re.IGNORECASE)
_COUNTY_OR_CITY = re.compile(r"\b(?:County|City)\b")


def _is_kind(label: str, wanted: str) -> bool:
    """Whether a row's label is a council of the kind asked: a district's row names no county
    or city ("Blaby", "Oadby and Wigston"); a county's or city's names its own."""
    if wanted in ("district", "borough"):
        return not _COUNTY_OR_CITY.search(label)
    return wanted.capitalize() in label


def _number(value: str) -> float | None:
    m = _NUMBER.fullmatch(value.strip())
    if not m:
        return None
    return float(re.sub(r"[£,%\s]", "", m.group(0)))


def extreme_of(question: str, direction: str, rows: list[dict[str, Any]]) -> Extreme | None:
    """The row with the largest (`direction` "max") or smallest value in the column the
    question names (the numeric column sharing most of its words), totals left out; None when
    no column of the table is numeric in most of its rows or the question names none."""
    parsed = [(p, cells(str(p.get("text") or ""))) for p in rows]
    parsed = [(p, c) for p, c in parsed if c and not _TOTAL.match(c[0][1])]
    kind = _KIND_ASKED.search(question)
    if kind:
        # "Which district council …?": not the county or the city council beside them.
        wanted = kind.group(1).lower()
        parsed = [(p, c) for p, c in parsed if _is_kind(c[0][1], wanted)]
    if len(parsed) < 3:
        return None
    asked = term_set(question)
    columns: dict[str, list[tuple[float, dict[str, Any], str, str]]] = {}
    for p, row in parsed:
        for column, value in row[1:]:
            n = _number(value)
            if n is not None:
                columns.setdefault(column, []).append((n, p, row[0][1], value))
    named = [
        (len(asked & term_set(column)), column)
        for column, values in columns.items()
        if len(values) * 2 > len(parsed)
    ]
    named = [x for x in named if x[0]]
    if not named:
        return None
    _, column = max(named, key=lambda x: x[0])
    values = columns[column]
    pick = (
        max(values, key=lambda v: v[0]) if direction == "max" else min(values, key=lambda v: v[0])
    )
    ties = [v for v in values if v[0] == pick[0]]
    if len(ties) > 1:
        return None
    _, payload, label, value = pick
    return Extreme(
        payload, label, column, value, len(values), f"{kind.group(1).lower()} " if kind else ""
    )


def compose_extreme(extreme: Extreme, direction: str) -> tuple[str, list[Citation]]:
    """ "Of the 10 rows of the table, Charnwood has the smallest DA duty 2021/22 allocation
    (£): 32,295 [1]"."""
    cites = CitationList()
    n = cites.cite(extreme.payload, 1.0)
    heading = str(extreme.payload.get("heading") or "").strip()
    table = f" “{heading}”" if heading and len(heading) < 80 else ""
    word = "largest" if direction == "max" else "smallest"
    # A column headed by a span of days ("1/4/17 – 31/3/18") is a figure for that span.
    column = (
        extreme.column if re.search(r"[A-Za-z]", extreme.column) else f"figure for {extreme.column}"
    )
    return (
        f"Of the {extreme.rows} {extreme.among}rows of the table{table} (totals left out), "
        f"{extreme.label} has "
        f"the {word} {column}: {extreme.value}. [{n}]",
        cites.items,
    )
