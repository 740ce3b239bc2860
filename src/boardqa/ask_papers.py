"""Answers read off one whole paper rather than a few sentences: the minutes of a meeting item
by item, an agenda's items, a minute's RESOLVED block, a paper's recommendations.

Each finds its paper among the best search results, reads the paper's paragraphs in order
from the store, and hands them to a pure composer in `answer/`; None means the form does not
fit and the general answer goes on.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from boardqa.answer.agenda_order import (
    AgendaAsk,
    AgendaEntry,
    compose_agenda,
    entry_of,
    matching_entry,
    refers_back,
)
from boardqa.answer.citations import Answer, cited_answer, joined
from boardqa.answer.compose import BULLET, CitationList, item_label, source_label
from boardqa.answer.decisions import compose_resolutions, minute_of, relevant_resolutions
from boardqa.answer.declined import declined
from boardqa.answer.kinds import is_recommendation
from boardqa.answer.overview import compose_overview
from boardqa.answer.persons import states_role
from boardqa.answer.ratings import COLOURS, is_dashboard_row
from boardqa.answer.recommendations import compose_recommendations, recommendation_block
from boardqa.answer.sentences import display_title, split_sentences
from boardqa.answer.stands_for import spelled_out
from boardqa.answer.table_extremes import compose_extreme, extreme_of
from boardqa.index.store import SearchFilter, Store
from boardqa.numbered import NumberedParagraph
from boardqa.parse.agenda import entry_title
from boardqa.parse.dashboard import rating_of
from boardqa.query import QueryIntent
from boardqa.retrieve import Candidate

#: How far behind the best paragraph a minute may be for its RESOLVED block to answer a
#: question about a decision. Chosen on evals/questions.jsonl (answered decisions: 0 to 0.17).
DECISION_MARGIN = 0.3


class PaperAnswers:
    """The whole-paper forms of the `Answerer`, over one store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def paragraphs(self, document_id: str) -> list[dict[str, Any]]:
        """A document's paragraphs in reading order."""
        flt = SearchFilter(point_types=("paragraph",), extra={"document_id": document_id})
        return sorted(
            (h.payload for h in self.store.scroll(flt)),
            key=lambda p: int(p.get("position") or 0),
        )

    def payloads(self, keys: tuple[str, ...]) -> list[dict[str, Any]]:
        """The paragraphs with these keys, in the order of `keys`."""
        if not keys:
            return []
        flt = SearchFilter(point_types=("paragraph",), keys=keys)
        found = {str(h.payload.get("key")): h.payload for h in self.store.scroll(flt)}
        return [found[k] for k in keys if k in found]

    def stands_for(self, question: str, initials: str, only: bool = False) -> Answer | None:
        """ "What does CSA stand for?": the name the papers spell the initials out as, cited to
        the first paragraph (by meeting, then reading order) that defines them. When no
        paragraph does: declined if the question asks `only` that and the papers use the
        initials ("What does VAWG stand for?" is not answered by "Safer Streets 3 (VAWG) has
        now been formally launched"), else None (the general answer goes on)."""
        flt = SearchFilter(point_types=("paragraph",))
        payloads = [h.payload for h in self.store.scroll(flt)]
        defining = [
            (str(p.get("meeting_date") or ""), int(p.get("position") or 0), name, p)
            for p in payloads
            if (name := spelled_out(str(p.get("text") or ""), initials))
        ]
        if not defining:
            used = re.compile(rf"\b{re.escape(initials)}s?\b")
            if only and any(used.search(str(p.get("text") or "")) for p in payloads):
                reason = f"the papers use {initials} but never spell it out"
                return declined(question, reason, [], ())
            return None
        *_, name, payload = min(defining, key=lambda d: (d[0], d[1]))
        cites = CitationList()
        n = cites.cite(payload, 1.0)
        said = next(
            (x for x in split_sentences(str(payload.get("text") or "")) if initials in x),
            str(payload.get("text") or ""),
        )
        text = f"In the papers, {initials} stands for {name}. {source_label(payload)}: {said} [{n}]"
        return cited_answer(question, text, cites.items)

    def overview(self, question: str, meeting: date, retrieved: tuple[str, ...]) -> Answer | None:
        """What the minutes of the meeting record, item by item (see `answer.overview`)."""
        flt = SearchFilter(
            point_types=("paragraph",),
            kinds=("minutes", "webpage"),
            extra={"about_meeting": meeting.isoformat()},
        )
        about = [h.payload for h in self.store.scroll(flt)]
        # A pack's minutes hold every paragraph; a web page of the same meeting only keeps
        # what they do not (its agenda), so it is read only when there are no minutes.
        minutes = [p for p in about if p.get("kind") == "minutes"] or about
        paragraphs = sorted(minutes, key=lambda p: int(p.get("position") or 0))
        composed = compose_overview(meeting, paragraphs)
        if composed is None:
            return None
        text, cites = composed
        return cited_answer(question, text, cites, retrieved)

    def numbered(
        self,
        question: str,
        asked: NumberedParagraph,
        candidates: list[Candidate],
        retrieved: tuple[str, ...],
    ) -> Answer | None:
        """ "What does paragraph 14 of the March 2021 OPCC update say?": the paragraph with
        that number (and its lettered items) in the first paper among the best search results
        that has one; None when none has (the general answer goes on)."""
        seen: list[str] = []
        for cand in candidates:
            document = str(cand.payload.get("document_id") or "")
            if not document or document in seen:
                continue
            seen.append(document)
            found = [
                p for p in self.paragraphs(document) if asked.holds(str(p.get("number") or ""))
            ]
            if not found:
                continue
            cites = CitationList()
            lines = []
            for p in found:
                n = cites.cite(p, cand.score)
                number = str(p.get("number") or "")
                label = "" if number == asked.label else item_label(number)
                lines.append(f"{BULLET if label else ''}{label}{p.get('text', '')} [{n}]")
            text = f"{source_label(found[0])}, in paragraph {asked.label}: " + "\n".join(lines)
            return cited_answer(question, text, cites.items, retrieved)
        return None

    def role_in_paper(self, question: str, role: str, cited: list[str]) -> Answer | None:
        """ "Who is the officer to contact for that paper?" after an answer that cited a
        paper: the paragraph of that paper that names who holds the role ("Officer to
        Contact: Gurjit Samra-Rai – Community Safety Team Manager"), or None when it names
        no one so. A search for the role alone finds the officer of some other paper."""
        last = self.payloads(tuple(cited[:1]))
        document = str(last[0].get("document_id") or "") if last else ""
        return self.role_held(question, role, self.paragraphs(document) if document else [])

    @staticmethod
    def role_held(question: str, role: str, paragraphs: list[dict[str, Any]]) -> Answer | None:
        """The first of a paper's `paragraphs` that names who holds the role ("Officer to
        Contact: Gurjit Samra-Rai …"), or that stands under it as a heading ("Officer to
        contact" over "Shane O’Neill (Detective Chief Superintendent) …"); None when none
        does."""
        held = next(
            (
                p
                for p in paragraphs
                if states_role(str(p.get("text") or ""), role)
                or _singular(str(p.get("heading") or "")) == _singular(role)
            ),
            None,
        )
        if held is None:
            return None
        cites = CitationList()
        n = cites.cite(held, 1.0)
        said = str(held.get("text") or "")
        if not states_role(said, role):
            said = f"{held.get('heading')}: {said}"  # the role is the heading it stands under
        said = said.rstrip()
        said += "" if said.endswith((".", "!", "?")) else "."
        text = f"{source_label(held)}: {said} [{n}]"
        return cited_answer(question, text, cites.items, (str(held.get("key")),))

    def rated(
        self,
        question: str,
        letter: str,
        candidates: list[Candidate],
        retrieved: tuple[str, ...],
        meetings: tuple[date, ...] = (),
    ) -> Answer | None:
        """ "Which dashboard measures were rated Green?": every row of the dashboard that
        prints the rating asked, each cited. The dashboard is the first among the best search
        results, else the one of the meeting named, else the archive's only one; None when
        none is found, declined when it rates no measure so."""
        boards: dict[str, list[dict[str, Any]]] = {}
        for h in self.store.scroll(SearchFilter(point_types=("paragraph",))):
            if is_dashboard_row(h.payload):
                boards.setdefault(str(h.payload.get("document_id")), []).append(h.payload)
        held = {d.isoformat() for d in meetings}
        board = (
            next(
                (
                    str(c.payload.get("document_id"))
                    for c in candidates
                    if is_dashboard_row(c.payload)
                ),
                None,
            )
            or next(
                (
                    b
                    for b, rows in boards.items()
                    if any(p.get("meeting_date") in held for p in rows)
                ),
                None,
            )
            or (next(iter(boards)) if len(boards) == 1 else None)
        )
        if board is None:
            return None
        table = sorted(boards[board], key=lambda p: int(p.get("position") or 0))
        colour = COLOURS[letter]
        chosen = [p for p in table if rating_of(str(p.get("text") or "")) == letter]
        if not chosen:
            nearest = [Candidate(str(p.get("key")), p, 0.0, 0.0, 0.0, 0) for p in table]
            title = display_title(str(table[0].get("document") or ""))
            reason = f"no measure on the dashboard “{title}” is rated {colour}"
            return declined(question, reason, nearest, retrieved)
        cites = CitationList()
        listed = [f"{BULLET}{p.get('text', '')} [{cites.cite(p, 1.0)}]" for p in chosen]
        text = (
            f"{source_label(chosen[0])}: {len(chosen)} measure{'s' if len(chosen) > 1 else ''} "
            f"rated {colour} ({letter}):\n" + "\n".join(listed)
        )
        return cited_answer(question, text, cites.items, retrieved)

    def agenda(
        self, question: str, candidates: list[Candidate], retrieved: tuple[str, ...]
    ) -> Answer | None:
        """ "What was on the agenda for …?": the agenda's items in order, each cited."""
        agenda = next((c for c in candidates if c.payload.get("kind") == "agenda"), None)
        if agenda is None:
            return None
        items = [
            p
            for p in self.paragraphs(str(agenda.payload["document_id"]))
            if p.get("role") == "agenda_item"
        ]
        if not items:
            return None
        cites = CitationList()
        listed = []
        for p in items:
            n = cites.cite(p, 1.0)
            listed.append(
                f"{p.get('number')}. {entry_title(str(p.get('text', ''))).rstrip('.')} [{n}]"
            )
        text = f"{source_label(items[0])}: " + "; ".join(listed) + "."
        return cited_answer(question, text, cites.items, retrieved)

    def agenda_order(
        self,
        question: str,
        ask: AgendaAsk,
        entries: dict[str, list[AgendaEntry]],
        meetings: tuple[date, ...],
        before: list[str],
    ) -> Answer | None:
        """ "What was item 9 at the March 2021 meeting?", "Which item came straight after the
        Prevent update?", "… after it?" (`before`: the paragraphs the last turn cited): read
        off the agendas of the meetings named (else of every meeting whose agenda holds the
        item); None when none does."""
        named = [d.isoformat() for d in meetings if d.isoformat() in entries]
        if meetings and not named:
            return None
        composed = []
        if ask.kind != "item" and refers_back(ask.target):
            payloads = [h.payload for h in self.store.scroll(SearchFilter(keys=tuple(before)))]
            found = next((e for p in payloads if (e := entry_of(p, entries))), None)
            if found and (not named or found.meeting in named):
                composed.append(compose_agenda(ask, entries[found.meeting], found))
        else:
            for meeting in named or sorted(entries):
                listed = entries[meeting]
                found = matching_entry(ask.target, listed) if ask.kind != "item" else None
                composed.append(compose_agenda(ask, listed, found))
        parts = [c for c in composed if c]
        if not parts:
            return None
        text, cites = parts[0]
        for more in parts[1:]:
            text, cites = joined((text, cites), more)
        return cited_answer(question, text, cites)

    def table_extreme(
        self, question: str, direction: str, candidates: list[Candidate]
    ) -> Answer | None:
        """ "Which district gets the smallest allocation?": every row of the table the best
        table row among `candidates` belongs to, its column's extreme read off them all."""
        row = next((c.payload for c in candidates if c.payload.get("role") == "table_row"), None)
        if row is None:
            return None
        flt = SearchFilter(
            point_types=("paragraph",),
            extra={"document_id": row.get("document_id"), "role": "table_row"},
        )
        rows = [
            h.payload
            for h in self.store.scroll(flt)
            if h.payload.get("heading") == row.get("heading")
        ]
        extreme = extreme_of(question, direction, rows)
        if extreme is None:
            return None
        text, cites = compose_extreme(extreme, direction)
        return cited_answer(question, text, cites)

    def decision(
        self,
        question: str,
        intent: QueryIntent,
        candidates: list[Candidate],
        retrieved: tuple[str, ...],
    ) -> Answer | None:
        """The RESOLVED block of the minute the best minutes paragraph belongs to."""
        # A report that says what was decided far better than any minute ("the outline
        # strategy was presented to the SPB and approved") answers instead: only minutes near
        # the best paragraph are read. The pack's minutes hold every paragraph; a web page of
        # the same minutes only keeps the paragraphs that are not copies, so its RESOLVED
        # blocks are incomplete and come last.
        near = [c for c in candidates[:4] if c.score >= candidates[0].score - DECISION_MARGIN]
        for c in sorted(near, key=lambda c: c.payload.get("kind") == "webpage"):
            minute = minute_of(c.payload)
            if not minute:
                continue
            block = [
                p
                for p in self.paragraphs(str(c.payload.get("document_id")))
                if p.get("role") == "resolution" and str(p.get("heading") or "").startswith(minute)
            ]
            block = relevant_resolutions(question, minute, block)
            if block:
                text, cites = compose_resolutions(minute, block)
                return cited_answer(question, text, cites, retrieved)
        return None

    def recommendations(
        self,
        question: str,
        candidates: list[Candidate],
        retrieved: tuple[str, ...],
        within: tuple[str, ...] = (),
    ) -> Answer | None:
        """The whole recommendations of the paper whose recommendation is among the best
        paragraphs (see `DECISION_MARGIN`), or None; only those `within` the place the
        question points to, when it points to one ("the last recommendation of …")."""
        near = [c for c in candidates[:4] if c.score >= candidates[0].score - DECISION_MARGIN]
        chosen = next((c for c in near if is_recommendation(c.payload)), None)
        if chosen is None:
            return None
        paragraphs = self.paragraphs(str(chosen.payload.get("document_id")))
        block = recommendation_block(chosen.payload, paragraphs) or [chosen.payload]
        if within:
            block = [p for p in block if p.get("key") in within] or [chosen.payload]
        text, cites = compose_recommendations(block)
        return cited_answer(question, text, cites, retrieved)


def names_an_entry(question: str, candidates: list[Candidate]) -> bool:
    """Whether the question names an entry of a retrieved agenda by its title (three words or
    more: "Community Safety Survey - Key Findings"), and so asks of that entry, not the list."""
    asked = " ".join(question.lower().split())
    for c in candidates:
        if c.payload.get("role") != "agenda_item":
            continue
        title = " ".join(entry_title(str(c.payload.get("text", ""))).rstrip(". ").lower().split())
        if len(title.split()) >= 3 and title in asked:
            return True
    return False


def minutes_of_named(intent: QueryIntent, candidates: list[Candidate]) -> bool:
    """Whether the best paragraphs include minutes of a meeting the question names (or it
    names none): a decision at a meeting is read only from that meeting's minutes."""
    if not intent.meetings:
        return True
    named = {d.isoformat() for d in intent.meetings}
    return any(
        c.payload.get("kind") in ("minutes", "webpage") and c.payload.get("about_meeting") in named
        for c in candidates
    )


def _singular(role: str) -> str:
    """A role as compared: lower case, its first word singular ("Officers to contact")."""
    first, _, rest = role.strip().lower().partition(" ")
    return f"{first.removesuffix('s')} {rest}".strip()
