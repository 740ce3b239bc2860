"""Typed records that flow through boardqa: parse → index → retrieve → answer.

Records are frozen dataclasses so that a parsed archive can be shared between threads (the chat
loads it in a worker) and compared in tests. JSON only appears at the CLI edge (`to_json`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

DocumentKind = Literal[
    "agenda",
    "minutes",
    "action_log",
    "report",
    "presentation",
    "newsletter",
    "webpage",
    "appendix",
]
DOCUMENT_KINDS: tuple[str, ...] = DocumentKind.__args__  # type: ignore[attr-defined]

#: The board whose papers the seed archive holds; packs name it in their title block.
DEFAULT_BOARD = "Leicestershire Safer Communities Strategy Board"


#: The text of the marker line a loader emits at the end of each page: a soft break that a
#: paragraph may run across (unlike an empty line, which ends a paragraph).
PAGE_BREAK = "\f"


@dataclass(frozen=True)
class Line:
    """One line of extracted text with where it sat on the page.

    `x` and `y` are PDF user-space coordinates of the line's first glyph (None for plain text);
    `cells` holds (x, text) fragments as the PDF drew them, which is what lets a ruled table be
    read back cell by cell instead of as one run-on string.
    """

    text: str
    page: int | None = None
    page_label: str | None = None
    x: float | None = None
    y: float | None = None
    cells: tuple[tuple[float, str], ...] = ()


@dataclass(frozen=True)
class Paragraph:
    """The unit of citation: one numbered or unnumbered paragraph of one document."""

    id: str
    document_id: str
    text: str
    number: str | None = None
    heading: str | None = None
    page: int | None = None
    page_label: str | None = None
    position: int = 0
    #: How the paper printed the paragraph's number or bullet ("14.", "(a)", "ii.", "•"), or
    #: None for plain prose; `number` is the qualified form a citation shows ("34(a)").
    marker: str | None = None
    #: "text" for prose, "resolution" for RESOLVED blocks, "table_row", "action", "slide".
    role: str = "text"
    #: Id of the first published copy of this paragraph (itself when it is the first).
    canonical_id: str | None = None
    #: Ids of other copies of the same paragraph (another file, the web page of the minutes).
    also_in: tuple[str, ...] = ()


@dataclass(frozen=True)
class ActionRecord:
    """One row of an action log, with its wrapped cells re-assembled.

    `dates` keeps every date in the row's date cell (the first is when the action was raised;
    later ones are when the Board revisited it). `statuses` keeps each RAG status the row shows,
    the last being the current one.
    """

    number: str
    raised: date | None
    dates: tuple[date, ...]
    action: str
    responsible: str
    comments: str
    status: str | None
    statuses: tuple[str, ...] = ()
    meeting_date: date | None = None
    document_id: str = ""
    source: str = ""
    page: int | None = None
    paragraph_id: str = ""

    @property
    def is_open(self) -> bool:
        return not is_completed(self.status, self.comments)


def is_completed(status: str | None, comments: str) -> bool:
    """An action is done when a log marks it Completed, in its status or at the start of its
    comment ("Completed EW 14.12.20" with status Green): Green alone is not closure."""
    return (status or "").lower() == "completed" or comments.strip().lower().startswith("completed")


@dataclass(frozen=True)
class Document:
    """One document inside a pack (agenda, minutes, a report, a slide deck …)."""

    id: str
    kind: str
    title: str
    source: str
    meeting_date: date | None
    about_meeting: date | None = None
    agenda_item: str | None = None
    board: str = DEFAULT_BOARD
    first_page: int | None = None
    last_page: int | None = None
    content_hash: str = ""
    paragraphs: tuple[Paragraph, ...] = ()


@dataclass(frozen=True)
class Archive:
    """Everything parsed from one file."""

    source: str
    documents: tuple[Document, ...]
    actions: tuple[ActionRecord, ...] = ()
    meeting_date: date | None = None
    content_hash: str = ""
    warnings: tuple[str, ...] = field(default=())

    def paragraphs(self) -> list[Paragraph]:
        return [p for d in self.documents for p in d.paragraphs]

    def document(self, document_id: str) -> Document:
        for d in self.documents:
            if d.id == document_id:
                return d
        raise KeyError(document_id)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def archive_to_json(archive: Archive) -> dict[str, Any]:
    """The `boardqa parse --json` shape (documented in the README)."""
    return {
        "source": archive.source,
        "meeting_date": _iso(archive.meeting_date),
        "documents": [
            {
                "id": d.id,
                "kind": d.kind,
                "title": d.title,
                "meeting_date": _iso(d.meeting_date),
                "about_meeting": _iso(d.about_meeting),
                "agenda_item": d.agenda_item,
                "first_page": d.first_page,
                "paragraphs": [
                    {
                        "id": p.id,
                        "number": p.number,
                        "heading": p.heading,
                        "page": p.page,
                        "page_label": p.page_label,
                        "role": p.role,
                        "marker": p.marker,
                        "text": p.text,
                        "canonical_id": p.canonical_id,
                        "also_in": list(p.also_in),
                    }
                    for p in d.paragraphs
                ],
            }
            for d in archive.documents
        ],
        "actions": [action_to_json(a) for a in archive.actions],
        "warnings": list(archive.warnings),
    }


def action_to_json(a: ActionRecord) -> dict[str, Any]:
    data = asdict(a)
    data["raised"] = _iso(a.raised)
    data["dates"] = [d.isoformat() for d in a.dates]
    data["meeting_date"] = _iso(a.meeting_date)
    data["statuses"] = list(a.statuses)
    return data
