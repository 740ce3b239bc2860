"""ModernGov "Agenda and minutes" pages, as HTML or as the page's saved text.

The page lists items in a table; saved as text it loses the item numbers and the "RESOLVED:"
labels but keeps the spacing: items are separated by three or more empty lines, a resolution
by four after the discussion. Link residue ("pdf icon PDF 254 KB") is removed from titles.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import ClassVar

from boardqa.parse.cleaning import normalise_spaces
from boardqa.parse.paragraphs import DraftParagraph
from boardqa.records import Line

_LINK_RESIDUE = re.compile(r"\s*(?:pdf icon\s+)?PDF\s+[\d.]+\s*[KM]B\s*$", re.IGNORECASE)
_PRESENTER = re.compile(
    r"^(This report will be presented|A presentation will be given|A verbal update)", re.IGNORECASE
)
_SUB = re.compile(r"^\(([a-z]{1,2}|[ivx]{1,5})\)\s*")


def _runs(lines: list[Line]) -> list[tuple[int, str]]:
    """(blank lines before, text) for every non-blank line."""
    out: list[tuple[int, str]] = []
    blanks = 0
    for line in lines:
        t = normalise_spaces(line.text)
        if not t:
            blanks += 1
            continue
        out.append((blanks, t))
        blanks = 0
    return out


def _is_title(text: str, next_blanks: int | None) -> bool:
    if _LINK_RESIDUE.search(text):
        return True
    if text.startswith(("(", "That ", "·")) or len(text) > 90:
        return False
    return len(text.split()) <= 8


def webpage_paragraphs(lines: list[Line]) -> tuple[list[DraftParagraph], dict[str, str]]:
    """Paragraphs of the page and its header fields (meeting, venue, contact)."""
    runs = _runs(lines)
    header: dict[str, str] = {}
    out: list[DraftParagraph] = []
    item_no = 0
    heading: str | None = None
    resolved = False
    started = False
    for k, (blanks, text) in enumerate(runs):
        if not started:
            if text.lower().startswith("no. item"):
                started = True
            elif ":" in text and text.split(":", 1)[0] in ("Venue", "Contact"):
                header[text.split(":", 1)[0].lower()] = text.split(":", 1)[1].strip()
            elif " - " in text and not header.get("meeting"):
                header["meeting"] = text
            continue
        nxt = runs[k + 1][0] if k + 1 < len(runs) else None
        if blanks >= 3 and _is_title(text, nxt):
            item_no += 1
            heading = f"{item_no}. {_LINK_RESIDUE.sub('', text).strip()}"
            resolved = False
            continue
        if blanks >= 3 and item_no == 0:
            item_no = 1
            heading = "1. Introductions"
        if _PRESENTER.match(text):
            out.append(DraftParagraph(text, str(item_no), heading, None, None))
            continue
        if blanks >= 4 and text.startswith(("(a)", "That ")):
            resolved = True
        sub = _SUB.match(text)
        number = f"{item_no}({sub.group(1)})" if sub else str(item_no)
        if sub:
            text = text[sub.end() :]
        if text.startswith("·") and out:
            # A bullet under the previous point belongs to it.
            prev = out[-1]
            out[-1] = DraftParagraph(
                f"{prev.text} {text.lstrip('· ').strip()}",
                prev.number,
                prev.heading,
                None,
                None,
                prev.role,
            )
            continue
        role = "resolution" if resolved else "text"
        h = f"{heading} › RESOLVED" if resolved and heading else heading
        marker = f"({sub.group(1)})" if sub else None
        out.append(DraftParagraph(text, number, h, None, None, role, marker))
    # The page's header (meeting, venue, contact) is content too: "who is the contact?"
    head = [header.get("meeting", "")]
    head += [f"{k.capitalize()}: {header[k]}" for k in ("venue", "contact") if k in header]
    if any(head):
        out.insert(
            0,
            DraftParagraph(
                ". ".join(h.rstrip(".") for h in head if h) + ".", None, None, None, None
            ),
        )
    return out, header


class _TextExtractor(HTMLParser):
    """HTML → lines, with empty lines where blocks end (more of them between table rows)."""

    BLOCKS: ClassVar[set[str]] = {"p", "div", "li", "h1", "h2", "h3", "h4", "br", "td", "th"}

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head"):
            self.skip += 1
        elif tag == "tr":
            self.parts.append("\n\n\n\n")
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head"):
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(" ".join(data.split()) if data.strip() else "")


def html_to_text(html: str) -> str:
    parser = _TextExtractor()
    parser.feed(html)
    text = "".join(parser.parts)
    return re.sub(r"\n[ \t]+", "\n", text)
