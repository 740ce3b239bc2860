"""What the opened archive holds, read once: its meetings, which of them have minutes, the
quarters its papers report on and each meeting's papers.

Declining well needs these: "it holds no minutes of the meeting of 11 December 2020; for it,
the archive holds: …" tells the user what to ask instead, and a quarter no paper reports on
is declined before any search.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cached_property
from typing import Any

from boardqa.answer.agenda_order import AgendaEntry, entries_of
from boardqa.answer.kinds import VENUE
from boardqa.answer.sentences import display_title
from boardqa.authors import BYLINE
from boardqa.index.store import SearchFilter, Store
from boardqa.parse.agenda import entry_title
from boardqa.parse.dates import format_long, quarter_periods
from boardqa.query import QueryIntent

#: What an action records: a request made at a meeting, what someone owes or must do.
_ASKED_OF = re.compile(
    r"\b(?:actions?|ask(?:ed)?|raised|owes?|owed|owing|promise[sd]?|tasked|undert(?:ake|ook|aken)|"
    r"commit(?:ted)?|request(?:ed)?|agreed\s+to|follow(?:ed)?[- ]?ups?|outstanding)\b",
    re.IGNORECASE,
)

#: "the update logged on 25 September 2020", "the 25.9.20 log entry": the day an entry of an
#: action log was made, whatever else the question asks of another meeting ("what did the
#: Board ask officers to bring to its December 2018 meeting, and what update was logged on
#: …" is no question of what the Board decided on that day).
_LOGGED = re.compile(r"\b(?:logged|log\s+entr(?:y|ies))\b", re.IGNORECASE)


class Holdings:
    """The archive's meetings and papers, from the index's manifest and its minutes."""

    def __init__(self, manifest: dict[str, Any], store: Store) -> None:
        self.manifest = manifest
        self.store = store
        #: Where each minuted meeting was held, as its minutes' opening line says (filled by
        #: the same pass over the minutes as `minuted`).
        self.venues: dict[date, str] = {}
        on_record, self.minuted = self._meetings_on_record(store)
        self.meetings = sorted(on_record)

    def _meetings_on_record(self, store: Store) -> tuple[set[date], set[date]]:
        """Every meeting the archive has papers or minutes for, and those whose minutes it
        holds (only they say what was said or resolved); one pass over the minutes, which
        also reads each meeting's venue line into `venues`."""
        dates: set[str] = set()
        minuted: set[str] = set()
        for entry in self.manifest.get("files", {}).values():
            if entry.get("meeting_date"):
                dates.add(entry["meeting_date"])
        for h in store.scroll(SearchFilter(kinds=("minutes", "webpage"))):
            dates.update(h.payload.get("record_dates") or ())
            about = h.payload.get("about_meeting")
            if about:
                minuted.add(about)
                if VENUE.search(h.payload.get("text") or ""):
                    day = date.fromisoformat(about)
                    self.venues[day] = f"{self.venues.get(day, '')} {h.payload['text']}".strip()
        return {date.fromisoformat(d) for d in dates}, {date.fromisoformat(d) for d in minuted}

    def venue_of(self, meetings: tuple[date, ...]) -> str:
        """Where the named meetings were held, as their minutes say ("… held at County Hall,
        Glenfield on Monday, 1 October 2018"): "the October 2018 meeting at County Hall"
        names its meeting by the place, which the passage that answers need not repeat."""
        return " ".join(self.venues.get(day, "") for day in meetings).strip()

    @property
    def span(self) -> str:
        """What the archive covers, said when a period it lacks is asked about."""
        if not self.meetings:
            return "it is empty"
        return f"it covers meetings from {format_long(self.meetings[0])} to {format_long(self.meetings[-1])}"

    @cached_property
    def logged(self) -> set[date]:
        """The dates in the action logs' date cells: meetings the archive knows only through
        the actions raised at them (read when a question names a date it has no papers of)."""
        rows = self.store.scroll(SearchFilter(point_types=("paragraph",), extra={"role": "action"}))
        return {date.fromisoformat(d) for h in rows for d in h.payload.get("action_dates") or ()}

    def through_logs(self, intent: QueryIntent) -> QueryIntent:
        """ "From the 25.9.20 meeting": a meeting the archive holds no papers of, but whose
        actions a later log holds, is asked about through those actions, not declined. Who
        chaired or attended it, what it said or resolved, its agenda and its figures, the
        archive lacks; only what it asked of someone ("What was the MoJ asked for at …?", "the
        update the MoJ owes us") its actions record."""
        if not _LOGGED.search(intent.text):
            if not _ASKED_OF.search(intent.text):
                return intent  # its agenda, who presented, its figures: the archive lacks them
            if intent.chair or intent.attendance or intent.decision:
                return intent
        period = intent.unknown_period
        if not period or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", period):
            return intent  # a month or a year, not a day
        day = date.fromisoformat(period)
        if day not in self.logged:
            return intent
        return replace(intent, unknown_period=None, raised=(day,))

    def unminuted(self, meetings: tuple[date, ...]) -> bool:
        """Whether the question names meetings and the archive has minutes of none of them."""
        return bool(meetings) and not set(meetings) & self.minuted

    # -- quarters ----------------------------------------------------------------------------

    @cached_property
    def quarters_by_file(self) -> dict[str, set[tuple[str, str]]]:
        """The quarters of financial years each file's papers name, as ("3", "2020/21") (the
        index's manifest, written at index time)."""
        return {
            path: {tuple(e.split(" ", 1)) for e in f.get("quarters", ())}  # type: ignore[misc]
            for path, f in self.manifest.get("files", {}).items()
        }

    @cached_property
    def reported_quarters(self) -> set[tuple[str, str]]:
        """Every quarter of a financial year the papers name."""
        return set().union(*self.quarters_by_file.values())

    def unreported_quarters(self, question: str) -> str:
        """Why the archive cannot answer for the quarter the question names ("the Quarter 4
        2020/21 report" when it holds reports up to Q3), or "" when it can."""
        asked = quarter_periods(question)
        if not asked or asked & self.reported_quarters:
            return ""
        named = " or ".join(f"quarter {q} of {year}" for q, year in sorted(asked))
        return f"it holds no figures for {named}"

    def within_reported_quarters(self, question: str, intent: QueryIntent) -> QueryIntent:
        """A question about a quarter ("in the Q3 2020/21 performance report") that names no
        meeting is answered from the files that report on it: another year's figures for the
        same measure ("61 crimes per 1,000" in 2018) do not answer it. Narrows only."""
        asked = quarter_periods(question)
        if intent.meetings or intent.since or intent.until or intent.compare or not asked:
            return intent
        if intent.kinds:
            return intent  # who presents the Q3 report is on the agenda, not in the report
        sources = tuple(
            sorted(path for path, quarters in self.quarters_by_file.items() if asked & quarters)
        )
        return replace(intent, sources=sources) if sources else intent

    # -- papers ------------------------------------------------------------------------------

    @cached_property
    def papers_by_meeting(self) -> dict[str, tuple[str, ...]]:
        """Each meeting's papers (document titles, in pack order; the index's manifest)."""
        found: dict[str, dict[str, None]] = {}
        for f in self.manifest.get("files", {}).values():
            for meeting, title in f.get("papers", ()):
                found.setdefault(meeting, {})[title] = None
        return {meeting: tuple(titles) for meeting, titles in found.items()}

    @cached_property
    def agenda_entries(self) -> dict[str, list[AgendaEntry]]:
        """Each meeting's agenda in item order (`answer.agenda_order.entries_of`): its agenda's
        entries, or its web page's numbered items."""
        rows = [
            *self.store.scroll(SearchFilter(extra={"role": "agenda_item"})),
            *self.store.scroll(SearchFilter(kinds=("webpage",))),
        ]
        return entries_of([h.payload for h in rows])

    @cached_property
    def agenda_titles(self) -> dict[tuple[str, str], str]:
        """Each agenda item's title by (meeting, item number), from the agendas: a paper is
        often titled otherwise than the item it is presented under."""
        return {key: entry_title(text) for key, text in self._agenda_texts.items()}

    @cached_property
    def _agenda_texts(self) -> dict[tuple[str, str], str]:
        """Each agenda item's whole entry by (meeting, item number), with who presents it."""
        rows = self.store.scroll(SearchFilter(extra={"role": "agenda_item"}))
        return {
            (str(h.payload.get("meeting_date")), str(h.payload.get("number"))): str(
                h.payload.get("text") or ""
            )
            for h in rows
        }

    def bylines(self, payloads: list[dict[str, Any]]) -> str:
        """Who wrote or presents the papers the `payloads` belong to: their contact blocks
        ("Officer to Contact: Gurjit Samra-Rai – Community Safety Team Manager …") and their
        agenda entries ("This report will be presented by Rik Basra …"). "Rik Basra's
        Quarter 3 report" names whose paper it is, not a word its paragraphs must repeat."""
        ids = sorted({str(p["document_id"]) for p in payloads if p.get("document_id")})
        rows = self.store.scroll(SearchFilter(extra={"document_id": ids})) if ids else []
        texts = [str(h.payload.get("text") or "") for h in rows]
        texts = [t for t in texts if BYLINE.search(t)]
        texts += [
            self._agenda_texts.get((str(p.get("meeting_date")), str(p.get("agenda_item"))), "")
            for p in payloads
            if p.get("agenda_item")
        ]
        return " ".join(texts)

    def held_for(self, meetings: tuple[date, ...]) -> str:
        """What the archive does hold for the meetings, said after it lacks what was asked
        ("; for it, the archive holds: LSCSB Update: …"), or ""."""
        titles = [
            display_title(title)
            for d in meetings
            for title in self.papers_by_meeting.get(d.isoformat(), ())
        ]
        return f"; for it, the archive holds: {'; '.join(titles)}" if titles else ""

    def lacks(self, paper: str, meetings: tuple[date, ...]) -> str:
        """Why a question only a meeting's `paper` ("minutes", "agenda") answers is declined
        for meetings without one, with what the archive does hold for them."""
        named = ", ".join(format_long(d) for d in meetings)
        return f"it holds no {paper} of the meeting of {named}{self.held_for(meetings)}"
