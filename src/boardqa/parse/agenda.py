"""The agenda's item list: numbers, titles, page ranges and who presents.

It is how documents inside a pack get their agenda item: "(Pages 33 - 44)" against the page
stamps of a PDF, or the agenda's order and titles against the documents' own titles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from boardqa.parse.cleaning import normalise_spaces
from boardqa.records import PAGE_BREAK, Line

_ITEM = re.compile(r"^\s*(\d{1,2})\.\s*(.*)$")
_PAGES = re.compile(r"\(Pages?\s+(\d+)(?:\s*-\s*(\d+))?\)", re.IGNORECASE)


@dataclass(frozen=True)
class AgendaItem:
    number: str
    title: str
    first_page: int | None
    last_page: int | None
    note: str
    #: The page of the agenda that lists the item (first/last_page are where its papers are).
    page: int | None = None

    def text(self) -> str:
        pages = ""
        if self.first_page:
            pages = f" (Pages {self.first_page} - {self.last_page or self.first_page})"
        note = f" {self.note}" if self.note else ""
        return normalise_spaces(f"{self.title}{pages}{note}")


def entry_title(text: str) -> str:
    """An agenda entry's title: its indexed text (`AgendaItem.text`) before the page range
    and the note on who presents ("Community Safety Survey - Key Findings. (Pages 45 - 48)
    A presentation will be given by …")."""
    return text.split(" (Pages")[0]


def parse_agenda_items(lines: list[Line]) -> list[AgendaItem]:
    chunks: list[tuple[str, list[str], int | None]] = []
    expected = 1
    for line in lines:
        if line.text == PAGE_BREAK:
            continue
        m = _ITEM.match(line.text)
        if m and int(m.group(1)) == expected:
            chunks.append((m.group(1), [m.group(2)] if m.group(2).strip() else [], line.page))
            expected += 1
        elif chunks and line.text.strip():
            chunks[-1][1].append(line.text.strip())
    items = []
    for number, parts, page in chunks:
        text = normalise_spaces(" ".join(parts))
        pages = _PAGES.search(text)
        first = int(pages.group(1)) if pages else None
        last = int(pages.group(2)) if pages and pages.group(2) else first
        if pages:
            title, note = text[: pages.start()].strip(), text[pages.end() :].strip()
        else:
            # Without a page range the title is the first sentence-like chunk.
            m = re.match(r"(.+?\.)\s+(.*)$", text)
            title, note = (m.group(1), m.group(2)) if m and len(m.group(1)) < 100 else (text, "")
        items.append(AgendaItem(number, title.strip(), first, last, note, page))
    return items


#: A line that only titles the agenda.
_AGENDA_TITLE = re.compile(r"^\s*agenda\s*$", re.IGNORECASE)


def agenda_notice(lines: list[Line]) -> tuple[str, int | None] | None:
    """The notice printed above an agenda's first item ("Please note: This meeting will not be
    open to the public … filmed for live or subsequent broadcast via YouTube"), with its page;
    None when there is none. Whether the public may attend, and where to watch, is said only
    there."""
    kept: list[str] = []
    page = None
    for line in lines:
        if line.text == PAGE_BREAK or not line.text.strip() or _AGENDA_TITLE.match(line.text):
            continue
        m = _ITEM.match(line.text)
        if m and m.group(1) == "1":
            break
        kept.append(line.text.strip())
        page = page if page is not None else line.page
    text = normalise_spaces(" ".join(kept))
    return (text, page) if len(text.split()) >= 5 else None
