"""The core: a question (and the conversation so far) in, a cited Answer out.

The CLI, the chat and the evals call `Answerer.ask`; nothing about retrieval lives in them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from boardqa.answer.abstain import judge
from boardqa.answer.citations import Answer, Citation, check_markers
from boardqa.answer.compose import compose_extractive
from boardqa.answer.evidence import choose_evidence
from boardqa.answer.timeline import compose_action_timeline
from boardqa.conversation import Conversation
from boardqa.errors import IndexMissingError
from boardqa.index.build import CACHE, is_being_written, load_manifest
from boardqa.index.store import SearchFilter
from boardqa.parse.dates import format_long
from boardqa.query import QueryIntent
from boardqa.retrieve import Candidate, Retriever, UserFilters
from boardqa.services import Services


class Answerer:
    """Holds the opened index and encoder; answers any number of questions."""

    def __init__(self, services: Services) -> None:
        self.services = services
        index_dir = services.settings.index_dir
        manifest = load_manifest(index_dir)
        if not manifest or services.query_encoder is None:
            raise IndexMissingError(str(index_dir))
        self.manifest = manifest
        self.busy = is_being_written(index_dir)
        meetings = sorted({date.fromisoformat(d) for d in self._record_dates()})
        self.meetings = meetings
        self.retriever = Retriever(
            services.store,
            services.query_encoder,
            services.sparse,
            Retriever.load_vectors(Path(index_dir) / CACHE),
            meetings,
        )

    def _record_dates(self) -> set[str]:
        dates: set[str] = set()
        for entry in self.manifest.get("files", {}).values():
            if entry.get("meeting_date"):
                dates.add(entry["meeting_date"])
        for h in self.services.store.scroll(SearchFilter(kinds=("minutes", "webpage"))):
            dates.update(h.payload.get("record_dates") or ())
        return dates

    @property
    def span(self) -> str:
        if not self.meetings:
            return "it is empty"
        return f"it covers meetings from {format_long(self.meetings[0])} to {format_long(self.meetings[-1])}"

    def close(self) -> None:
        """Release the shard (Edge lets one process hold it at a time)."""
        self.services.close()

    # -- the one entry point ---------------------------------------------------------------

    def ask(
        self,
        question: str,
        conversation: Conversation | None = None,
        filters: UserFilters | None = None,
        k: int = 8,
    ) -> Answer:
        intent = self.retriever.intent(question)
        query_text = question
        if conversation is not None:
            intent, query_text = conversation.resolve(intent, question)
        if intent.action_number:
            answer = self._answer_action(question, intent, filters)
        else:
            answer = self._answer_general(question, intent, query_text, filters, k)
        if conversation is not None:
            conversation.record(question, intent, answer)
        return answer

    # -- general questions -------------------------------------------------------------------

    def _answer_general(
        self,
        question: str,
        intent: QueryIntent,
        query_text: str,
        filters: UserFilters | None,
        k: int,
    ) -> Answer:
        candidates = self.retriever.search(
            question, intent, filters, limit=max(k, 10), query_text=query_text
        )
        retrieved = tuple(c.key for c in candidates)
        verdict = judge(intent, candidates, self.span)
        if verdict.abstain:
            return self._abstain(question, verdict.reason, candidates, retrieved)
        evidence = choose_evidence(intent, candidates, query_text)
        text, cites = compose_extractive(evidence, intent.decision)
        cites_t = tuple(cites)
        return Answer(question, check_markers(text, cites_t), False, cites_t, retrieved=retrieved)

    def _abstain(
        self, question: str, reason: str, candidates: list[Candidate], retrieved: tuple[str, ...]
    ) -> Answer:
        nearest = tuple(
            Citation.from_payload(i, c.payload, c.score) for i, c in enumerate(candidates[:3], 1)
        )
        text = f"The archive does not say: {reason}."
        return Answer(question, text, True, (), nearest=nearest, retrieved=retrieved)

    # -- actions -------------------------------------------------------------------------------

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

    def _answer_action(
        self, question: str, intent: QueryIntent, filters: UserFilters | None
    ) -> Answer:
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
        latest = logs[-1]
        minutes = self._minutes_about(number, latest, intent)
        if intent.kinds and set(intent.kinds) & {"minutes", "webpage"} and minutes:
            # "And what did the minutes say?": the minutes first, the log for context.
            text, cites = compose_action_timeline(number, logs, minutes, "minutes")
        else:
            text, cites = compose_action_timeline(number, logs, minutes, intent.asks)
        cites_t = tuple(cites)
        return Answer(
            question,
            check_markers(text, cites_t),
            False,
            cites_t,
            retrieved=tuple(c.id for c in cites_t),
        )

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
