"""Archives → the points the index stores (pure: no model, no store).

One point per canonical paragraph: a paragraph that is a copy of another (the item-10 file, the
web page of the minutes) is not indexed again; the canonical point lists the copies in
`also_in`. Action-log paragraphs carry their action record in the payload, so actions can be
looked up by number and meeting without a second collection.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from boardqa.parse.antecedents import antecedents
from boardqa.parse.dates import format_long
from boardqa.parse.lists import Entry, list_items
from boardqa.records import ActionRecord, Archive, Document, Paragraph


@dataclass(frozen=True)
class PointDraft:
    key: str
    embed_text: str
    sparse_text: str
    payload: dict[str, Any]


def embedding_text(document: Document, paragraph: Paragraph) -> str:
    """The paragraph with the context a question names: meeting, document, item, heading.

    "What did the County Lines report say in March 2021?" matches a paragraph that never says
    "County Lines" or "March" itself, because its context line does.
    """
    parts = []
    if document.meeting_date:
        parts.append(f"{format_long(document.meeting_date)} meeting")
    if document.about_meeting and document.about_meeting != document.meeting_date:
        parts.append(f"minutes of {format_long(document.about_meeting)}")
    parts.append(document.title)
    if document.agenda_item:
        parts.append(f"agenda item {document.agenda_item}")
    if paragraph.heading:
        parts.append(paragraph.heading)
    return f"{' · '.join(parts)}\n{paragraph.text}"


def _action_payload(a: ActionRecord) -> dict[str, Any]:
    return {
        "action_number": a.number,
        "action_raised": a.raised.isoformat() if a.raised else None,
        "action_dates": [d.isoformat() for d in a.dates],
        "action_text": a.action,
        "action_responsible": a.responsible,
        "action_comments": a.comments,
        "action_status": a.status,
        "action_statuses": list(a.statuses),
    }


def paragraph_payload(archive: Archive, document: Document, p: Paragraph) -> dict[str, Any]:
    return {
        "type": "paragraph",
        "key": p.id,
        "text": p.text,
        "number": p.number,
        "heading": p.heading,
        "page": p.page,
        "page_label": p.page_label,
        "position": p.position,
        "role": p.role,
        # "•" for a bullet: a list whose lead-in has no number is found by its marks.
        "marker": p.marker,
        "also_in": list(p.also_in),
        "document_id": document.id,
        "document": document.title,
        "kind": document.kind,
        "agenda_item": document.agenda_item,
        "board": document.board,
        "meeting_date": document.meeting_date.isoformat() if document.meeting_date else None,
        "meeting_ordinal": document.meeting_date.toordinal() if document.meeting_date else None,
        "about_meeting": document.about_meeting.isoformat() if document.about_meeting else None,
        "record_dates": sorted(
            {d.isoformat() for d in (document.meeting_date, document.about_meeting) if d}
        ),
        "source": archive.source,
        "file_hash": archive.content_hash,
        "document_hash": document.content_hash,
    }


def list_context(document: Document) -> dict[str, str]:
    """For each item of a list the papers lead in to (`parse.lists`: "… the following
    outcomes for delivery:" then "28(a) …", "28(b) …"), the lead-in: an item does not say what
    it is about without it ("approve and adopt the Community Safety Agreement" is what "the
    Board is asked to" do). The lead-in is not given its items' words: it would then match
    every question on the list's topic ahead of the item that answers it."""
    paragraphs = document.paragraphs
    entries = [Entry(p.number or "", p.heading, p.text) for p in paragraphs]
    # Bullets (items that keep the lead-in's number) are not given it: measured on evals/,
    # a lead-in's words ("feedback … the following observations were raised:") then put
    # every bullet ahead of the paragraph that answers a question on its topic.
    return {
        paragraphs[i].id: lead.text
        for at, lead in enumerate(paragraphs)
        for i in list_items(entries, at, bullets=False, limit=None)
    }


def points_for(archive: Archive) -> list[PointDraft]:
    actions = {a.paragraph_id: a for a in archive.actions}
    out = []
    for d in archive.documents:
        lists = list_context(d)
        # "Implementation of the project will commence …": which project, from the paragraphs
        # before (`parse.antecedents`), for the search only.
        refers = {
            d.paragraphs[i].id: name
            for i, name in antecedents([p.text for p in d.paragraphs]).items()
        }
        for p in d.paragraphs:
            if p.canonical_id and p.canonical_id != p.id:
                continue
            payload = paragraph_payload(archive, d, p)
            if p.id in actions:
                payload.update(_action_payload(actions[p.id]))
            listed = lists.get(p.id, "")
            if listed:
                payload["list_context"] = listed
            named = refers.get(p.id, "")
            if named:
                payload["refers_to"] = named
            sparse = " ".join(x for x in (d.title, p.heading or "", p.text, listed, named) if x)
            embed = embedding_text(d, p) + (f"\n{listed}" if listed else "")
            embed += f"\n({named})" if named else ""
            # The embedding cache is keyed by this hash: the answerer reuses the vectors to
            # rank candidates without embedding them again.
            payload["embed_hash"] = hashlib.sha1(embed.encode("utf-8")).hexdigest()
            out.append(PointDraft(p.id, embed, sparse, payload))
    return out
