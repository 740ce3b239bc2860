"""The same paragraph published twice: in the pack and as its own agenda-item file, or in the
pack's minutes and on the ModernGov web page. Each copy keeps its own id (it is a real place in
a real file) and points at one canonical copy; the canonical copy lists the others in `also_in`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from boardqa.records import Archive, Paragraph

#: Paragraphs shorter than this ("RESOLVED: That the contents of the report be noted.") repeat
#: across unrelated minutes, so they are only linked when their documents are duplicates.
MIN_CHARS = 40


def duplicate_key(text: str) -> str:
    """Text compared without case, punctuation or spacing (wrapping differs between copies)."""
    return re.sub(r"[^0-9a-z£%]+", "", text.lower())


def _preference(archive: Archive, paragraph: Paragraph, kinds: dict[str, str]) -> tuple:
    # The full pack is the copy to cite: more context, page numbers in the printed pack.
    is_webpage = kinds[paragraph.document_id] == "webpage"
    return (is_webpage, -len(archive.documents), archive.source, paragraph.position)


def link_duplicates(archives: list[Archive]) -> list[Archive]:
    """Set `canonical_id` and `also_in` on every paragraph across a set of archives."""
    kinds = {d.id: d.kind for a in archives for d in a.documents}
    # Copies are of the same meeting's paper: a sentence that the June report repeats from the
    # March report is a new statement at a new meeting, and must stay citable as such.
    record_date = {d.id: d.about_meeting or d.meeting_date for a in archives for d in a.documents}
    groups: dict[tuple, list[tuple[tuple, Paragraph]]] = {}
    for archive in archives:
        for p in archive.paragraphs():
            if len(p.text) < MIN_CHARS or p.role == "action":
                continue
            key = (record_date[p.document_id], duplicate_key(p.text))
            groups.setdefault(key, []).append((_preference(archive, p, kinds), p))
    canonical: dict[str, str] = {}
    others: dict[str, tuple[str, ...]] = {}
    for members in groups.values():
        sources = {m[1].document_id for m in members}
        if len(members) < 2 or len(sources) < len(members):
            continue
        members.sort(key=lambda m: m[0])
        first = members[0][1].id
        for _, p in members:
            canonical[p.id] = first
        others[first] = tuple(p.id for _, p in members[1:])
    out = []
    for archive in archives:
        documents = []
        for d in archive.documents:
            paragraphs = tuple(
                replace(p, canonical_id=canonical.get(p.id, p.id), also_in=others.get(p.id, ()))
                for p in d.paragraphs
            )
            documents.append(replace(d, paragraphs=paragraphs))
        out.append(replace(archive, documents=tuple(documents)))
    return out
