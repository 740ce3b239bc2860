"""Split a pack's lines into its documents (agenda, minutes, action log, reports, slides …).

Boundaries come from what the papers print: the board's title block ("LEICESTERSHIRE SAFER
COMMUNITIES STRATEGY BOARD" / date / report title), "Minutes of a meeting of …", "Agenda", the
action-log header row, and the end of a report's "Officer to contact" block, after which the
next page is a new document (an annex, a slide deck, a newsletter).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from boardqa.parse.cleaning import normalise_spaces, stamp_agenda_item
from boardqa.parse.dates import first_date, parse_long_dates
from boardqa.records import PAGE_BREAK, Line

BOARD_TITLE = re.compile(
    r"^\s*LEICESTERSHIRE\s+(AND\s+RUTLAND\s+)?SAFER\s+COMMUNITIES\s+STRATEGY\s+BOARD\s*$"
)
MINUTES_START = re.compile(r"^\s*Minutes of (?:a|the) meeting of", re.IGNORECASE)
AGENDA_START = re.compile(r"^\s*Agenda\s*$", re.IGNORECASE)
ACTION_HEADER = re.compile(r"^\s*No\.?\s+Date\s+Action\b", re.IGNORECASE)
ACTION_TITLE = re.compile(r"Action Log\s*$", re.IGNORECASE)
CONTACT_HEADING = re.compile(r"^\s*Officers? to [Cc]ontact", re.IGNORECASE)
CONTACT_END = re.compile(r"^\s*(E-?mail|Tel)\b.*", re.IGNORECASE)
#: "Annex B: …", "APPENDIX 1", "Appendix A" (not "Appendices", the report's own list of them).
APPENDIX_START = re.compile(r"^\s*(Annexe?|Appendix)\s+[A-Z0-9]{1,2}\b", re.IGNORECASE)
WEBPAGE_START = re.compile(r"^\s*Agenda and minutes\s*$", re.IGNORECASE)


@dataclass
class Segment:
    """A document's lines before paragraphs are found."""

    kind: str
    lines: list[Line] = field(default_factory=list)
    title: str = ""
    title_date: date | None = None
    about_meeting: date | None = None
    agenda_item: str | None = None
    #: Lines at the start that are the title block, not body text.
    header_lines: int = 0

    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


def _nonblank(lines: list[Line], start: int, count: int) -> list[tuple[int, str]]:
    out = []
    for j in range(start, len(lines)):
        t = lines[j].text
        if t.strip() and t != PAGE_BREAK:
            out.append((j, t.strip()))
            if len(out) >= count:
                break
    return out


def _title_block(lines: list[Line], i: int) -> tuple[str, date | None, int] | None:
    """(title, printed date, index after the block) for a report's title block at line i."""
    ahead = _nonblank(lines, i + 1, 6)
    if not ahead:
        return None
    printed = parse_long_dates(ahead[0][1])
    if not printed:
        return None
    title_parts: list[str] = []
    end = ahead[0][0] + 1
    for j, text in ahead[1:]:
        letters = [c for c in text if c.isalpha()]
        if letters and sum(c.isupper() for c in letters) / len(letters) > 0.8:
            title_parts.append(text)
            end = j + 1
        else:
            break
    title = normalise_spaces(" ".join(title_parts)) or "Report"
    return title, printed[0], end


def _looks_like_slides(lines: list[Line]) -> bool:
    texts = [line.text.strip() for line in lines if line.text.strip() and line.text != PAGE_BREAK]
    if not texts:
        return False
    glyphs = sum(1 for t in texts if t[:1] in "•➢▪►")
    unpunctuated = sum(1 for t in texts if not t.endswith((".", ";", ",")))
    short = sum(1 for t in texts if len(t) < 60)
    return glyphs >= 3 or (short / len(texts) > 0.6 and unpunctuated / len(texts) > 0.6)


def _classify_loose(lines: list[Line]) -> tuple[str, str]:
    """Kind and title of a document that has no title block (after a report's contacts)."""
    texts = [line.text.strip() for line in lines if line.text.strip() and line.text != PAGE_BREAK]
    head = " ".join(texts[:25]).lower()
    first = texts[0] if texts else "Untitled"
    if "newsletter" in head:
        title = next((t for t in texts[:25] if "newsletter" in t.lower()), first)
        idx = texts.index(title)
        if idx > 0 and not texts[idx - 1].endswith((".", ":")) and len(texts[idx - 1]) < 60:
            title = texts[idx - 1] + " " + title
        return "newsletter", normalise_spaces(title)
    if APPENDIX_START.match(first):
        return "appendix", normalise_spaces(first)
    if _looks_like_slides(lines):
        return "presentation", normalise_spaces(first)
    return "appendix", normalise_spaces(first)


def split_pack_into_documents(lines: list[Line]) -> list[Segment]:
    """Walk the pack once, opening a new segment at every printed document boundary."""
    segments: list[Segment] = []
    current: Segment | None = None
    after_contacts = False  # inside a report, after its "Officer to contact" block ended
    seen_contact_heading = False
    i = 0

    def open_segment(kind: str, **kw: object) -> Segment:
        nonlocal current, after_contacts, seen_contact_heading
        current = Segment(kind=kind, **kw)  # type: ignore[arg-type]
        segments.append(current)
        after_contacts = False
        seen_contact_heading = False
        return current

    while i < len(lines):
        line = lines[i]
        text = line.text
        stripped = text.strip()
        if current is None and not stripped:
            i += 1
            continue
        if WEBPAGE_START.match(text) and current is None:
            open_segment("webpage", title="Agenda and minutes")
        elif AGENDA_START.match(text) and (current is None or current.kind != "agenda"):
            open_segment("agenda", title="Agenda")
        elif MINUTES_START.match(text):
            head = " ".join(t for _, t in _nonblank(lines, i, 3))
            about = first_date(head)
            open_segment("minutes", about_meeting=about)
        elif BOARD_TITLE.match(text) and _title_block(lines, i):
            title, printed, end = _title_block(lines, i)  # type: ignore[misc]
            open_segment("report", title=title, title_date=printed, header_lines=end - i)
        elif (ACTION_TITLE.search(text) and _starts_action_log(lines, i)) or (
            ACTION_HEADER.match(text) and (current is None or current.kind != "action_log")
        ):
            open_segment(
                "action_log",
                title=normalise_spaces(stripped) if ACTION_TITLE.search(text) else "Action Log",
            )
        elif (
            current is not None
            and current.kind in ("report", "appendix", "presentation", "newsletter")
            and after_contacts
            and stripped
            and (text.startswith(" ") or _prev_is_page_break(lines, i))
            and not CONTACT_END.match(text)
            and not _continues_contacts(lines, i)
        ):
            # The page after a report's contact block starts the next document of the pack.
            end = _segment_end(lines, i)
            kind, title = _classify_loose(lines[i:end])
            # A report that lists "Appendices" is followed by them, whatever they look like.
            if kind == "presentation" and _announces_appendix(current):
                kind = "appendix"
            open_segment(kind, title=title)
        elif (
            current is not None
            and current.kind in ("appendix", "presentation", "newsletter")
            and _prev_is_page_break(lines, i)
            and stripped
        ):
            # Title-less documents follow each other with nothing printed between them; a page
            # whose content is of another kind (slides after an annex's table, a newsletter
            # after slides) starts the next document.
            end = _page_end(lines, i)
            kind, title = _classify_loose(lines[i:end])
            if kind != current.kind and not (kind == "appendix" and current.kind != "appendix"):
                open_segment(kind, title=title)
        elif current is None:
            open_segment("report", title=normalise_spaces(stripped)[:80])
        assert current is not None
        current.lines.append(line)
        if CONTACT_HEADING.match(text):
            seen_contact_heading = True
        if seen_contact_heading and (
            CONTACT_END.match(text) or APPENDIX_START.match(text) or "@" in text
        ):
            # The contact block ends with a phone number or an e-mail address; a PDF may set
            # the whole block as one wrapped line ("Officer to contact: … Email: …").
            after_contacts = True
        elif (
            current.kind in ("presentation", "newsletter", "appendix") and not seen_contact_heading
        ):
            # Loose documents run until the next printed boundary or a new page that starts a
            # title-less document; they have no contact block of their own.
            after_contacts = False
        i += 1
    return [s for s in segments if any(line.text.strip() for line in s.lines)]


def _prev_is_page_break(lines: list[Line], i: int) -> bool:
    j = i - 1
    while j >= 0 and lines[j].text != PAGE_BREAK and not lines[j].text.strip():
        j -= 1
    return j >= 0 and lines[j].text == PAGE_BREAK


def _starts_action_log(lines: list[Line], i: int) -> bool:
    return any(ACTION_HEADER.match(t) for _, t in _nonblank(lines, i + 1, 4))


def _continues_contacts(lines: list[Line], i: int) -> bool:
    """A second officer in the contact block ("Joshna Mavji, Consultant …" then "Tel: …")."""
    ahead = _nonblank(lines, i + 1, 2)
    return bool(ahead) and bool(CONTACT_END.match(ahead[0][1])) and len(lines[i].text) < 100


def _announces_appendix(segment: Segment) -> bool:
    tail = [line.text for line in segment.lines[-40:]]
    return any(re.match(r"^\s*(Appendi(x|ces)|Annexe?)\b", t, re.IGNORECASE) for t in tail)


def _page_end(lines: list[Line], i: int) -> int:
    for j in range(i, len(lines)):
        if lines[j].text == PAGE_BREAK:
            return j
    return len(lines)


def _segment_end(lines: list[Line], i: int) -> int:
    for j in range(i + 1, len(lines)):
        t = lines[j].text
        if BOARD_TITLE.match(t) or MINUTES_START.match(t) or ACTION_HEADER.match(t):
            return j
    return len(lines)


def stamped_agenda_item(segment: Segment) -> str | None:
    """The agenda item printed in the page stamps ("33 / Agenda Item 10"), if any."""
    for line in segment.lines:
        item = stamp_agenda_item(line.page_label)
        if item:
            return item
    return None
