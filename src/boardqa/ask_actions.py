"""Answering about an action: its log rows across meetings, the minutes that discuss it, and
other actions a later log gave the same number (I/O around the pure `answer.timeline`)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from boardqa.actions import latest_action_rows
from boardqa.answer.citations import Answer, cited_answer
from boardqa.answer.mentions import about_words
from boardqa.answer.register import (
    ActionSelection,
    action_recorded,
    compose_register,
    select_actions,
)
from boardqa.answer.timeline import compose_action_timeline, distinct_actions, other_actions
from boardqa.index.store import SearchFilter
from boardqa.query import ACTION_REF, PROGRESS_ASKED, QueryIntent
from boardqa.retrieve import Candidate, Retriever, UserFilters
from boardqa.services import Services
from boardqa.words import term_set


class ActionAnswers:
    """The action part of the `Answerer`: one store and retriever, the meetings on record."""

    def __init__(self, services: Services, retriever: Retriever, meetings: list[date]) -> None:
        self.services = services
        self.retriever = retriever
        self.meetings = meetings

    def action_logs(self, number: str, filters: UserFilters | None = None) -> list[dict[str, Any]]:
        flt = SearchFilter(point_types=("paragraph",), extra={"action_number": number})
        if filters:
            flt = replace(
                flt,
                since=filters.since,
                until=filters.until,
                meetings=(filters.meeting,) if filters.meeting else (),
            )
        logs = [h.payload for h in self.services.store.scroll(flt)]
        return sorted(logs, key=lambda p: p.get("meeting_date") or "")

    def recorded_by(self, minuted: dict[str, Any]) -> str | None:
        """The action a later log records for an offer the minutes make (`action_recorded`)."""
        return action_recorded(minuted, latest_action_rows(self.services.store))

    def answer(self, question: str, intent: QueryIntent, filters: UserFilters | None) -> Answer:
        number = intent.action_number or ""
        logs = self.action_logs(number, filters)
        if not logs:
            known = sorted(
                {
                    h.payload.get("action_number")
                    for h in self.services.store.scroll(SearchFilter(kinds=("action_log",)))
                }
                - {None},
                key=lambda x: int(x),
            )
            listed = (
                f"the logs list actions {known[0]}–{known[-1]}"
                if known
                else "it holds no action log"
            )
            return Answer(
                question,
                f"The archive does not say: it records no action {number}; {listed}.",
                True,
                (),
            )
        groups = distinct_actions(logs)
        named = {d.isoformat() for d in intent.meetings}
        # The action at the meeting the question names, else the latest, and the others said.
        logs = next(
            (g for g in groups if named & {str(p.get("meeting_date")) for p in g}), groups[-1]
        )
        latest = logs[-1]
        minutes = self._minutes_about(number, latest, intent)
        if "minutes" in intent.kinds and minutes:
            # "And what did the minutes say?": the minutes first, the log for context.
            text, cites = compose_action_timeline(number, logs, minutes, "minutes")
        else:
            text, cites = compose_action_timeline(number, logs, minutes, intent.asks)
        note, more = other_actions(number, [g for g in groups if g is not logs], len(cites))
        text, cites = text + note, [*cites, *more]
        return cited_answer(question, text, cites)

    def register(self, question: str, intent: QueryIntent) -> Answer:
        """ "Which actions are still open?": the register's rows the question selects."""
        selection = self._selection(question, intent)
        if not selection.rows:
            return Answer(question, f"The archive does not say: {selection.none_held()}.", True, ())
        text, cites = compose_register(selection)
        return cited_answer(question, text, cites)

    def tasks_of(self, question: str, intent: QueryIntent) -> Answer | None:
        """ "What was Euan Walters asked to do after the December 2020 meeting?": the actions
        the logs hold against the person named, or None when they hold none (the papers
        may still say it: "Rik Basra agreed to explore …" in minutes before any log)."""
        selection = self._selection(question, intent, by_state=False)
        if not selection.rows:
            return None
        text, cites = compose_register(selection)
        return cited_answer(question, text, cites)

    def _selection(
        self, question: str, intent: QueryIntent, by_state: bool = True
    ) -> ActionSelection:
        meetings = tuple(d for d in intent.meetings if d in self.meetings) + intent.raised
        rows = latest_action_rows(self.services.store)
        return select_actions(rows, question, meetings, by_state)

    def _minutes_about(
        self, number: str, log: dict[str, Any], intent: QueryIntent
    ) -> list[dict[str, Any]]:
        """Minutes paragraphs that discuss the action: the minutes of the meetings on the
        action's dates (it was raised or revisited there), the paragraphs that name it
        ("Action no. 1") or share enough of its words."""
        action_text = str(log.get("action_text") or "")
        dates = tuple(
            d
            for d in (date.fromisoformat(x) for x in log.get("action_dates") or [])
            if d in self.meetings
        )
        if not dates:
            return []
        found = self.retriever.search(
            action_text,
            replace(intent, action_number=None, kinds=(), meetings=dates, decision=False),
            UserFilters(kinds=("minutes", "webpage")),
            limit=6,
            query_text=action_text,
        )
        out = []
        for c in found:
            lower = c.text.lower()
            named = f"action no. {number} " in lower or f"action {number} " in lower
            if named or (c.coverage >= 0.25 and c.dense >= 0.3):
                out.append(c.payload)
        return out[:2]

    def minuted(self, intent: QueryIntent, candidates: list[Candidate]) -> str | None:
        """ "He promised a rundown of the ASB figures. Where's that got to?": what came of an
        offer the minutes record is told by the action a later log holds for it."""
        asked = intent.outcome or PROGRESS_ASKED.search(intent.text)
        if not asked or intent.action_number or not candidates:
            return None
        best = candidates[0].payload
        if best.get("kind") not in ("minutes", "webpage") or best.get("role") == "action":
            return None
        return self.recorded_by(best)

    @staticmethod
    def named_by_topic(intent: QueryIntent, candidates: list[Candidate]) -> str | None:
        """ "The action about ASB charts": the question says "action" but no number, and an
        action-log entry is among the best matches."""
        if intent.action_number or "action_log" not in intent.kinds or not candidates:
            return None
        best = candidates[0].score
        near = [
            c
            for c in candidates[:3]
            if c.payload.get("role") == "action" and c.score >= best - 0.15
        ]
        # "… what were the police to come back with about the pandemic?": of the actions near
        # the top, one on what the question says it is about.
        about = term_set(" ".join(about_words(intent.text)))
        on_topic = [c for c in near if about and about <= term_set(c.text)]
        if on_topic or near:
            return (on_topic or near)[0].payload.get("action_number")
        # The best match names the action ("With regards to Action no. 1 - Use Leicestershire
        # Matters …") and the log holds it.
        named = {m.group(1) for m in ACTION_REF.finditer(candidates[0].text)}
        logged = {
            c.payload.get("action_number")
            for c in candidates[:5]
            if c.payload.get("role") == "action"
        }
        found = named & logged
        return found.pop() if len(found) == 1 else None
