"""One file → one Archive: the orchestration of loaders, document splitting and paragraphs.

The only I/O here is reading the file's bytes; everything else is a function of those bytes
and the file's name (used for the format and as the citation's source).
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections import Counter
from datetime import date
from pathlib import Path

from boardqa.errors import ParseError
from boardqa.parse.actions import action_paragraph_text, parse_action_log
from boardqa.parse.agenda import AgendaItem, agenda_notice, parse_agenda_items
from boardqa.parse.blocks import split_blocks
from boardqa.parse.dashboard import split_dashboard
from boardqa.parse.dates import first_date, parse_long_dates
from boardqa.parse.packs import Segment, split_pack_into_documents, stamped_agenda_item
from boardqa.parse.paragraphs import (
    DraftParagraph,
    attendance_paragraphs,
    paragraphs_from_blocks,
    slide_paragraphs,
    split_minutes_preamble,
)
from boardqa.parse.pdf import pdf_lines
from boardqa.parse.text import decode_text, text_lines
from boardqa.parse.webpage import html_to_text, webpage_paragraphs
from boardqa.records import ActionRecord, Archive, Document, Line, Paragraph

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".pdf"}
_NEXT_MEETING = re.compile(
    r"next meeting of the Board (?:take|is scheduled to take|is scheduled for)", re.IGNORECASE
)


def _digest(*parts: object) -> str:
    h = hashlib.sha1()
    for p in parts:
        h.update(str(p).encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()


def parse_file(path: str | Path) -> Archive:
    """Parse one file of the archive (PDF, text, or a ModernGov HTML page)."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ParseError(str(path), f"cannot be read ({exc.strerror})") from None
    return parse_bytes(data, str(path))


def _lines_for(data: bytes, source: str) -> tuple[list[Line], str]:
    suffix = Path(source).suffix.lower()
    if suffix == ".pdf":
        return pdf_lines(data, source), "pdf"
    if suffix in HTML_SUFFIXES:
        text = html_to_text(decode_text(data, source))
        return text_lines(text), "html"
    if suffix in TEXT_SUFFIXES:
        return text_lines(decode_text(data, source)), "text"
    raise ParseError(
        source, f"unsupported file type '{suffix or '(none)'}' (use .pdf, .txt or .html)"
    )


def parse_bytes(data: bytes, source: str) -> Archive:
    """Parse a file's bytes; `source` names it (its path) in records and errors."""
    if not data.strip():
        raise ParseError(source, "empty file")
    lines, _fmt = _lines_for(data, source)
    if not any(line.text.strip() for line in lines):
        raise ParseError(source, "no text in the file")
    content_hash = hashlib.sha256(data).hexdigest()
    segments = split_pack_into_documents(lines)
    meeting = decide_meeting_date(segments)
    agenda: list[AgendaItem] = []
    for seg in segments:
        if seg.kind == "agenda":
            agenda = parse_agenda_items(seg.lines)
    _assign_agenda_items(segments, agenda)
    name = Path(source).name
    documents: list[Document] = []
    actions: list[ActionRecord] = []
    for index, seg in enumerate(segments):
        doc_id = "d-" + _digest(name, index, seg.kind, seg.title)[:10]
        drafts: list[DraftParagraph]
        seg_actions: list[ActionRecord] = []
        title = seg.title
        about = seg.about_meeting
        if seg.kind == "agenda":
            drafts = [
                DraftParagraph(
                    it.text(), it.number, "Agenda", it.page, None, "agenda_item", f"{it.number}."
                )
                for it in agenda
            ] or paragraphs_from_blocks(split_blocks(seg.lines), seg.kind)
            notice = agenda_notice(seg.lines) if agenda else None
            if notice:
                # After the items, so that their paragraph ids (which count positions) stay.
                drafts.append(DraftParagraph(notice[0], None, "Agenda", notice[1], None, "notice"))
        elif seg.kind == "webpage":
            drafts, header = webpage_paragraphs(seg.lines)
            about = first_date(header.get("meeting", "")) or meeting
            title = f"Agenda and minutes, {header.get('meeting', '').split(' - ')[-1]}".rstrip(", ")
        elif seg.kind == "action_log":
            seg_actions = parse_action_log(seg.lines, meeting, doc_id, source)
            drafts = [
                DraftParagraph(
                    action_paragraph_text(a), a.number, seg.title, a.page, None, "action"
                )
                for a in seg_actions
            ]
        elif seg.kind == "presentation":
            drafts = slide_paragraphs(seg.lines)
        elif seg.kind == "minutes":
            preamble, body = split_minutes_preamble(seg.lines)
            drafts = attendance_paragraphs(preamble) + paragraphs_from_blocks(
                split_blocks(body), seg.kind
            )
        else:
            body = seg.lines[seg.header_lines :]
            dashboard = split_dashboard(body)
            if dashboard is None:
                drafts = paragraphs_from_blocks(split_blocks(body), seg.kind)
            else:
                before, rows, after = dashboard
                drafts = [
                    *paragraphs_from_blocks(split_blocks(before), seg.kind),
                    *rows,
                    *paragraphs_from_blocks(split_blocks(after), seg.kind),
                ]
        if seg.kind == "minutes":
            title = (
                f"Minutes of the meeting held on {about.day} {about:%B %Y}" if about else "Minutes"
            )
        paragraphs = []
        for pos, d in enumerate(drafts):
            pid = "p-" + _digest(name, doc_id, pos, d.text)[:12]
            paragraphs.append(
                Paragraph(
                    id=pid,
                    document_id=doc_id,
                    text=d.text,
                    number=d.number,
                    heading=d.heading,
                    page=d.page,
                    page_label=d.page_label,
                    position=pos,
                    role=d.role,
                    marker=d.marker,
                    canonical_id=pid,
                )
            )
        by_number = {p.number: p.id for p in paragraphs if p.role == "action"}
        seg_actions = [_with_paragraph(a, by_number.get(a.number, "")) for a in seg_actions]
        actions.extend(seg_actions)
        pages = [line.page for line in seg.lines if line.page]
        documents.append(
            Document(
                id=doc_id,
                kind=seg.kind,
                title=title,
                source=source,
                meeting_date=meeting,
                about_meeting=about if seg.kind in ("minutes", "webpage") else None,
                agenda_item=seg.agenda_item,
                first_page=min(pages) if pages else None,
                last_page=max(pages) if pages else None,
                content_hash=_digest(*(p.text for p in paragraphs))[:16],
                paragraphs=tuple(paragraphs),
            )
        )
    return Archive(
        source=source,
        documents=tuple(documents),
        actions=tuple(actions),
        meeting_date=meeting,
        content_hash=content_hash,
    )


def _with_paragraph(a: ActionRecord, paragraph_id: str) -> ActionRecord:
    from dataclasses import replace

    return replace(a, paragraph_id=paragraph_id)


def decide_meeting_date(segments: list[Segment]) -> date | None:
    """The meeting whose pack this is, by what most of its documents print.

    Report title blocks vote (one wrong header in the 2018 pack says 1 OCTOBER 2018 and is
    outvoted); minutes do not vote for their own meeting, but an agenda or minutes saying when
    the next meeting is cast a vote for that date when nothing else does.
    """
    votes: Counter[date] = Counter()
    for seg in segments:
        if seg.title_date:
            votes[seg.title_date] += 2
        if seg.kind == "webpage":
            head = " ".join(line.text for line in seg.lines[:6])
            d = first_date(head)
            if d:
                votes[d] += 3
    if votes:
        return max(votes.items(), key=lambda kv: (kv[1], kv[0]))[0]
    for seg in segments:
        text = seg.text()
        for m in _NEXT_MEETING.finditer(text):
            found = parse_long_dates(text[m.end() : m.end() + 80])
            if found:
                votes[found[0]] += 1
    if votes:
        return votes.most_common(1)[0][0]
    for seg in segments:
        if seg.about_meeting:
            return seg.about_meeting
    return None


def _words(text: str) -> set[str]:
    stop = {"the", "and", "of", "a", "to", "update", "lscsb", "report", "board", "for", "in", "on"}
    return {w for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in stop}


def _assign_agenda_items(segments: list[Segment], agenda: list[AgendaItem]) -> None:
    """Stamps first ("Agenda Item 10"), then the agenda's titles, then the agenda's order."""
    for seg in segments:
        seg.agenda_item = stamped_agenda_item(seg)
    if not agenda:
        for prev, seg in itertools.pairwise(segments):
            if seg.kind == "appendix" and not seg.agenda_item:
                seg.agenda_item = prev.agenda_item
        return
    with_papers = [it for it in agenda if it.first_page]
    used = {seg.agenda_item for seg in segments if seg.agenda_item}
    cursor = 0
    for k, seg in enumerate(segments):
        if seg.kind == "agenda":
            continue
        if seg.kind == "appendix" and k > 0 and segments[k - 1].kind != "agenda":
            seg.agenda_item = seg.agenda_item or segments[k - 1].agenda_item
            continue
        if seg.agenda_item:
            cursor = max(
                cursor,
                next(
                    (i for i, it in enumerate(with_papers) if it.number == seg.agenda_item), cursor
                ),
            )
            continue
        key = (
            "minutes"
            if seg.kind == "minutes"
            else "action log"
            if seg.kind == "action_log"
            else None
        )
        best: AgendaItem | None = None
        if key:
            best = next((it for it in with_papers if key in it.title.lower()), None)
        else:
            scored = [
                (len(_words(seg.title) & _words(it.title)), i, it)
                for i, it in enumerate(with_papers)
                if it.number not in used
            ]
            scored = [s for s in scored if s[0] > 0]
            if scored:
                best = max(scored, key=lambda s: (s[0], -s[1]))[2]
            else:
                # A slide deck or newsletter with no title of its own: the next item with papers.
                rest = [it for it in with_papers[cursor:] if it.number not in used]
                best = rest[0] if rest else None
        if best:
            seg.agenda_item = best.number
            used.add(best.number)
            cursor = max(cursor, with_papers.index(best))
