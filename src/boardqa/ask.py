"""The core: a question (and the conversation so far) in, a cited Answer out.

The CLI, the chat and the evals call `Answerer.ask`; nothing about retrieval lives in them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

from boardqa.answer.abstain import (
    about_words,
    judge,
    lacks_answer_type,
    lacks_focus,
    missing_from,
    salient_tokens,
)
from boardqa.answer.citations import Answer, Citation, cited_answer
from boardqa.answer.compose import (
    CitationList,
    compose_extractive,
    source_label,
)
from boardqa.answer.decisions import compose_resolutions, minute_of, relevant_resolutions
from boardqa.answer.evidence import Evidence, choose_evidence, units_near
from boardqa.answer.expand import with_list_items, with_section
from boardqa.answer.kinds import is_recommendation, numbered_labels
from boardqa.answer.lists import position_of
from boardqa.answer.overview import asks_overview, compose_overview
from boardqa.answer.recommendations import compose_recommendations, recommendation_block
from boardqa.answer.register import asks_register
from boardqa.answer.sentences import display_title
from boardqa.ask_actions import ActionAnswers
from boardqa.conversation import Conversation
from boardqa.errors import IndexMissingError
from boardqa.focus import focus_of, role_asked
from boardqa.index.build import CACHE, TERMS, is_being_written, load_manifest
from boardqa.index.store import SearchFilter
from boardqa.parse.dates import format_long, quarter_periods
from boardqa.query import ACTION_REF, QueryIntent, sub_questions, without_set_aside
from boardqa.retrieve import Candidate, Retriever, UserFilters
from boardqa.services import Services

_LISTS_AGENDA = re.compile(r"\b(on the agenda|agenda (?:for|of)|what items|which items)\b", re.I)


def _setting(evidence: Evidence) -> str:
    """What frames a quoted sentence: its heading and the lead-in of its list."""
    payload = evidence.candidate.payload
    return f"{payload.get('heading') or ''} {payload.get('list_context') or ''}"


def _evidence_text(payload: dict[str, Any]) -> str:
    """A paragraph as a reader sees it cited: text, heading, document and meeting dates."""
    dates = []
    for key in ("meeting_date", "about_meeting"):
        if payload.get(key):
            d = date.fromisoformat(payload[key])
            dates.append(f"{format_long(d)} {d:%B} {d.year} {d.isoformat()}")
    return " ".join(
        [
            str(payload.get("text", "")),
            str(payload.get("heading") or ""),
            str(payload.get("document", "")),
            *dates,
        ]
    )


#: How far behind the best paragraph a minute may be for its RESOLVED block to answer a
#: question about a decision. Chosen on evals/questions.jsonl (answered decisions: 0 to 0.17).
DECISION_MARGIN = 0.3


def _none_quotable(question: str) -> str:
    """Why a question is declined when no passage near it can be quoted for it: each speaks
    of another numbered thing than the one asked about ("Q3" for "Quarter 4")."""
    labels = numbered_labels(question)
    if not labels:
        return "no passage close to the question can be quoted for it"
    asked = " or ".join(f"{words} {number}" for words, number in labels)
    return f"the passages closest to the question speak of other numbers than {asked}"


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
        on_record, self.minuted = self._meetings_on_record()
        meetings = sorted(on_record)
        self.meetings = meetings
        self.retriever = Retriever(
            services.store,
            services.query_encoder,
            services.sparse,
            Retriever.load_vectors(Path(index_dir) / CACHE),
            meetings,
            Retriever.load_term_counts(Path(index_dir) / TERMS),
        )
        self.actions = ActionAnswers(services, self.retriever, meetings)

    def _meetings_on_record(self) -> tuple[set[date], set[date]]:
        """Every meeting the archive has papers or minutes for, and those whose minutes it
        holds (only they say what was said or resolved); one pass over the minutes."""
        dates: set[str] = set()
        minuted: set[str] = set()
        for entry in self.manifest.get("files", {}).values():
            if entry.get("meeting_date"):
                dates.add(entry["meeting_date"])
        for h in self.services.store.scroll(SearchFilter(kinds=("minutes", "webpage"))):
            dates.update(h.payload.get("record_dates") or ())
            if h.payload.get("about_meeting"):
                minuted.add(h.payload["about_meeting"])
        return {date.fromisoformat(d) for d in dates}, {date.fromisoformat(d) for d in minuted}

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
        # What the question sets aside ("Besides the December meeting, …") neither filters
        # nor leads the search.
        query_text = without_set_aside(question)
        intent = self.retriever.intent(query_text)
        if conversation is not None:
            intent, query_text = conversation.resolve(intent, query_text)
        if intent.action_number:
            answer = self.actions.answer(question, intent, filters)
        elif asks_register(question):
            answer = self.actions.register(question, intent)
        else:
            answer = self._answer_general(question, intent, query_text, filters, k)
            if answer.abstained and intent.as_of:
                # Nothing up to then says it: a later paper may ("… to September 2020 is 91").
                later = replace(intent, until=None, as_of=False)
                retried = self._answer_general(question, later, query_text, filters, k)
                answer = answer if retried.abstained else retried
        if conversation is not None:
            conversation.record(question, intent, answer)
        return answer

    def context(self, citation: Citation, around: int = 3) -> list[Citation]:
        """The cited paragraph with up to `around` paragraphs either side from its document (for
        the chat's source pane). Copies published elsewhere are not indexed, so a document's
        context is its canonical paragraphs."""
        payloads = self._document_paragraphs(citation.document_id)
        index = position_of(citation.id, payloads)
        if index is None:
            return [citation]
        window = payloads[max(0, index - around) : index + around + 1]
        return [Citation.from_payload(0, p, 0.0) for p in window]

    # -- general questions -------------------------------------------------------------------

    def _answer_general(
        self,
        question: str,
        intent: QueryIntent,
        query_text: str,
        filters: UserFilters | None,
        k: int,
    ) -> Answer:
        intent = self._within_reported_quarters(question, intent)
        candidates = self.retriever.search(
            question, intent, filters, limit=max(k, 10), query_text=query_text
        )
        retrieved = tuple(c.key for c in candidates)
        action = self._action_named_by_topic(intent, candidates)
        if action is not None:
            return self.actions.answer(question, replace(intent, action_number=action), filters)
        unminuted = intent.meetings and not set(intent.meetings) & self.minuted
        # Who chaired or attended a meeting, what it resolved and what was said there: only
        # its minutes record them.
        if (
            intent.decision or intent.proceedings or intent.chair or intent.attendance
        ) and unminuted:
            return self._no_minutes(question, intent, candidates, retrieved)
        if intent.proceedings and intent.meetings and not unminuted:
            # What was said at a meeting is what its minutes record, not what its papers say.
            candidates = self._minutes_of(question, intent, query_text, filters, k)
        unreported = self._unreported_quarters(question)
        if unreported:
            return self._abstain(question, unreported, candidates, retrieved)
        if len(intent.meetings) == 1 and asks_overview(question):
            overview = self._answer_overview(question, intent.meetings[0], retrieved)
            if overview is not None:
                return overview
        verdict = judge(intent, candidates, self.span)
        if verdict.abstain:
            return self._abstain(question, verdict.reason, candidates, retrieved)
        if intent.recommendation:
            recommended = self._answer_recommendation(question, candidates, retrieved)
            if recommended is not None:
                return recommended
        if intent.decision:
            decided = self._answer_decision(question, intent, candidates, retrieved)
            if decided is not None:
                return decided
        parts = [] if intent.decision else sub_questions(question)
        if len(intent.compare) > 1 and not parts:
            compared = self._answer_comparison(question, intent, query_text, filters, retrieved)
            if compared is not None:
                return compared
        if intent.kinds and "agenda" in intent.kinds and _LISTS_AGENDA.search(question):
            listed = self._answer_agenda(question, intent, candidates, retrieved)
            if listed is not None:
                return listed
            if intent.meetings:
                named = ", ".join(format_long(d) for d in intent.meetings)
                reason = f"it holds no agenda of the meeting of {named}"
                return self._abstain(
                    question, reason + self._held_for(intent.meetings), candidates, retrieved
                )
        # A comparison names several things on purpose; one passage need not name them all.
        comparing = bool(intent.compare)
        missing = (
            []
            if comparing
            else missing_from(
                # What was said at a meeting must be on the topic the question names ("…
                # about hate crime"): its minutes may speak of everything else.
                list(
                    dict.fromkeys(
                        [
                            *salient_tokens(without_set_aside(question)),
                            *(about_words(question) if intent.proceedings else ()),
                        ]
                    )
                ),
                " ".join(_evidence_text(c.payload) for c in candidates[:5]),
            )
        )
        if missing:
            reason = f"the passages closest to the question do not mention {', '.join(missing)}"
            return self._abstain(question, reason, candidates, retrieved)
        if not parts:
            evidence = choose_evidence(intent, candidates, query_text)
            lacking = (
                ("" if evidence else _none_quotable(question))
                or lacks_answer_type(
                    intent, [e.sentence for e in evidence], [_setting(e) for e in evidence]
                )
                or lacks_focus(intent, units_near(intent, candidates))
            )
            if lacking:
                return self._abstain(question, lacking, candidates, retrieved)
        notice = None
        if self.services.llm is not None:
            answer, notice = self._answer_with_llm(question, candidates, retrieved)
            if answer is not None:
                return answer
        gaps: list[tuple[str, str]] = []
        if parts:
            # A search per part: done only when the LLM has not answered.
            evidence, gaps = self._evidence_for_parts(question, parts, intent, filters)
            if not evidence:
                reason = "; ".join(f"“{part}”: {why}" for part, why in gaps)
                return self._abstain(question, reason, candidates, retrieved)
        paragraphs_of = self._document_paragraphs
        evidence = with_section(question, with_list_items(evidence, paragraphs_of), paragraphs_of)
        text, cites = compose_extractive(evidence, intent.decision)
        if parts and gaps:
            # Said, not silently dropped: the user asked for it.
            text += "".join(f"\nThe archive does not say “{part}”: {why}." for part, why in gaps)
        return cited_answer(question, text, cites, retrieved, notice, lead=False)

    def _minutes_of(
        self,
        question: str,
        intent: QueryIntent,
        query_text: str,
        filters: UserFilters | None,
        k: int,
    ) -> list[Candidate]:
        """The best paragraphs of the minutes of the meetings the question names."""
        minutes = UserFilters(
            meeting=filters.meeting if filters else None,
            since=filters.since if filters else None,
            until=filters.until if filters else None,
            kinds=("minutes", "webpage"),
        )
        named = {d.isoformat() for d in intent.meetings}
        found = self.retriever.search(
            question, intent, minutes, limit=max(k, 10) * 3, query_text=query_text
        )
        return [c for c in found if c.payload.get("about_meeting") in named][: max(k, 10)]

    def _unreported_quarters(self, question: str) -> str:
        """Why the archive cannot answer for the quarter the question names ("the Quarter 4
        2020/21 report" when it holds reports up to Q3), or "" when it can."""
        asked = quarter_periods(question)
        if not asked or asked & self.reported_quarters:
            return ""
        named = " or ".join(f"quarter {q} of {year}" for q, year in sorted(asked))
        return f"it holds no figures for {named}"

    def _within_reported_quarters(self, question: str, intent: QueryIntent) -> QueryIntent:
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

    def _evidence_for_parts(
        self, question: str, parts: list[str], intent: QueryIntent, filters: UserFilters | None
    ) -> tuple[list[Evidence], list[tuple[str, str]]]:
        """A question that asks several things, each part answered on its own: the part's own
        words and period lead its search, the names the question gives elsewhere ("the LLR
        DASV contract … what happened to that timetable") keep it on topic. A part whose best
        evidence lacks what it asks for (no figure for "how much") adds nothing, and is
        returned with the reason among the gaps."""
        # A numbered name travels whole ("Safer Streets 3"), so that the part is not answered
        # by "Safer Streets 2"; other names as words.
        labels = [f"{words} {number}" for words, number in numbered_labels(question)]
        names = [*labels, *(t for t in salient_tokens(question) if not t[0].isdigit())]
        evidence: list[Evidence] = []
        gaps: list[tuple[str, str]] = []
        for part in parts:
            context: list[str] = []
            for name in names:
                if name.lower() not in " ".join([part, *context]).lower():
                    context.append(name)
            text = " ".join([part, *context])
            # The part's own words say what it turns on, not the names added for context.
            pintent = self.retriever.intent(text)
            pintent = replace(
                pintent,
                focus=None if pintent.decision else focus_of(part, pintent.asks),
                role=role_asked(part) if pintent.asks == "who" and not pintent.chair else None,
            )
            if not (pintent.meetings or pintent.since or pintent.until or pintent.compare):
                # Another part's period favours this part's search but does not bound it:
                # "in March … who became PCC" is answered by the June papers.
                pintent = replace(pintent, boost_meetings=intent.meetings or intent.boost_meetings)
            why, answered = "no passage answers it", False
            for chosen in self._evidence_by_period(text, pintent, filters):
                paragraphs = list({e.candidate.key: e.candidate for e in chosen}.values())
                why = (
                    lacks_answer_type(
                        pintent, [e.sentence for e in chosen], [_setting(e) for e in chosen]
                    )
                    or lacks_focus(pintent, units_near(pintent, paragraphs))
                    or ("" if chosen else "no passage answers it")
                )
                if why:
                    continue
                answered = True
                seen = {e.sentence for e in evidence}
                evidence.extend(e for e in chosen if e.sentence not in seen)
            if not answered:
                gaps.append((part, why))
        return evidence, gaps

    def _evidence_by_period(
        self, text: str, intent: QueryIntent, filters: UserFilters | None
    ) -> list[list[Evidence]]:
        """The best sentences in each period the intent compares, oldest first (or in the
        intent's own scope when it compares none): each period searched on its own, so that
        one meeting's papers cannot crowd out the other's."""
        scopes = [
            replace(intent, since=lo, until=hi, boost_meetings=(), compare=())
            for lo, hi in (intent.compare if len(intent.compare) > 1 else ())
        ] or [intent]
        out = []
        for scoped in scopes:
            found = self.retriever.search(text, scoped, filters, limit=5, query_text=text)
            out.append(choose_evidence(scoped, found, text, max_sentences=2, max_paragraphs=3))
        return out

    def _no_minutes(
        self,
        question: str,
        intent: QueryIntent,
        candidates: list[Candidate],
        retrieved: tuple[str, ...],
    ) -> Answer:
        named = ", ".join(format_long(d) for d in intent.meetings)
        reason = f"it holds no minutes of the meeting of {named}{self._held_for(intent.meetings)}"
        return self._abstain(question, reason, candidates, retrieved)

    def _answer_overview(
        self, question: str, meeting: date, retrieved: tuple[str, ...]
    ) -> Answer | None:
        """What the minutes of the meeting record, item by item (see `answer.overview`)."""
        flt = SearchFilter(
            point_types=("paragraph",),
            kinds=("minutes", "webpage"),
            extra={"about_meeting": meeting.isoformat()},
        )
        about = [h.payload for h in self.services.store.scroll(flt)]
        # A pack's minutes hold every paragraph; a web page of the same meeting only keeps
        # what they do not (its agenda), so it is read only when there are no minutes.
        minutes = [p for p in about if p.get("kind") == "minutes"] or about
        paragraphs = sorted(minutes, key=lambda p: int(p.get("position") or 0))
        composed = compose_overview(meeting, paragraphs)
        if composed is None:
            return None
        text, cites = composed
        return cited_answer(question, text, cites, retrieved)

    def _held_for(self, meetings: tuple[date, ...]) -> str:
        """What the archive does hold for the meetings, said after it lacks what was asked
        ("; for it, the archive holds: LSCSB Update: …"), or ""."""
        titles = [
            display_title(title)
            for d in meetings
            for title in self.papers_by_meeting.get(d.isoformat(), ())
        ]
        return f"; for it, the archive holds: {'; '.join(titles)}" if titles else ""

    @cached_property
    def papers_by_meeting(self) -> dict[str, tuple[str, ...]]:
        """Each meeting's papers (document titles, in pack order; the index's manifest)."""
        found: dict[str, dict[str, None]] = {}
        for f in self.manifest.get("files", {}).values():
            for meeting, title in f.get("papers", ()):
                found.setdefault(meeting, {})[title] = None
        return {meeting: tuple(titles) for meeting, titles in found.items()}

    def _answer_with_llm(
        self, question: str, candidates: list[Candidate], retrieved: tuple[str, ...]
    ) -> tuple[Answer | None, str | None]:
        """The LLM's checked answer, or (None, a one-line notice) to fall back on."""
        from boardqa.answer.llm import LLMUnavailable, number_candidates

        try:
            got = self.services.llm.answer(question, number_candidates(candidates, 8))
        except LLMUnavailable as exc:
            return None, f"No LLM answer ({exc.reason}); showing the extracted answer."
        if got.usable:
            return got.to_answer(question, retrieved), None
        return (
            None,
            "The model's answer was not supported by the papers; showing the extracted answer.",
        )

    def _answer_comparison(
        self,
        question: str,
        intent: QueryIntent,
        query_text: str,
        filters: UserFilters | None,
        retrieved: tuple[str, ...],
    ) -> Answer | None:
        """ "How did X change between 2018 and March 2021?": the best evidence from each period,
        oldest first, each cited."""
        # Periods may overlap ("Q3 2020/21 … at the 19 March 2021 meeting"): a sentence found
        # in both is quoted once.
        evidence = list(
            {
                (e.candidate.key, e.sentence): e
                for chosen in self._evidence_by_period(query_text, intent, filters)
                for e in chosen
            }.values()
        )
        if len(evidence) < 2:
            return None
        text, cites = compose_extractive(evidence, intent.decision)
        return cited_answer(question, text, cites, retrieved)

    def _answer_agenda(
        self,
        question: str,
        intent: QueryIntent,
        candidates: list[Candidate],
        retrieved: tuple[str, ...],
    ) -> Answer | None:
        """ "What was on the agenda for …?": the agenda's items in order, each cited."""
        agenda = next((c for c in candidates if c.payload.get("kind") == "agenda"), None)
        if agenda is None:
            return None
        items = [
            p
            for p in self._document_paragraphs(str(agenda.payload["document_id"]))
            if p.get("role") == "agenda_item"
        ]
        if not items:
            return None
        cites = CitationList()
        listed = []
        for p in items:
            n = cites.cite(p, 1.0)
            listed.append(
                f"{p.get('number')}. {str(p.get('text', '')).split(' (Pages')[0].rstrip('.')} [{n}]"
            )
        text = f"{source_label(items[0])}: " + "; ".join(listed) + "."
        return cited_answer(question, text, cites.items, retrieved)

    def _document_paragraphs(self, document_id: str) -> list[dict[str, Any]]:
        flt = SearchFilter(point_types=("paragraph",), extra={"document_id": document_id})
        return sorted(
            (h.payload for h in self.services.store.scroll(flt)),
            key=lambda p: int(p.get("position") or 0),
        )

    def _answer_decision(
        self,
        question: str,
        intent: QueryIntent,
        candidates: list[Candidate],
        retrieved: tuple[str, ...],
    ) -> Answer | None:
        """The RESOLVED block of the minute the best minutes paragraph belongs to."""
        if intent.meetings and not any(
            c.payload.get("kind") in ("minutes", "webpage")
            and c.payload.get("about_meeting") in {d.isoformat() for d in intent.meetings}
            for c in candidates
        ):
            return self._no_minutes(question, intent, candidates, retrieved)
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
                for p in self._document_paragraphs(str(c.payload.get("document_id")))
                if p.get("role") == "resolution" and str(p.get("heading") or "").startswith(minute)
            ]
            block = relevant_resolutions(question, minute, block)
            if block:
                text, cites = compose_resolutions(minute, block)
                return cited_answer(question, text, cites, retrieved)
        return None

    def _answer_recommendation(
        self, question: str, candidates: list[Candidate], retrieved: tuple[str, ...]
    ) -> Answer | None:
        """The whole recommendations of the paper whose recommendation is among the best
        paragraphs (see `DECISION_MARGIN`), or None."""
        near = [c for c in candidates[:4] if c.score >= candidates[0].score - DECISION_MARGIN]
        chosen = next((c for c in near if is_recommendation(c.payload)), None)
        if chosen is None:
            return None
        paragraphs = self._document_paragraphs(str(chosen.payload.get("document_id")))
        block = recommendation_block(chosen.payload, paragraphs) or [chosen.payload]
        text, cites = compose_recommendations(block)
        return cited_answer(question, text, cites, retrieved)

    @staticmethod
    def _action_named_by_topic(intent: QueryIntent, candidates: list[Candidate]) -> str | None:
        """ "The action about ASB charts": the question says "action" but no number, and an
        action-log entry is among the best matches."""
        if intent.action_number or "action_log" not in intent.kinds or not candidates:
            return None
        best = candidates[0].score
        for c in candidates[:3]:
            if c.payload.get("role") == "action" and c.score >= best - 0.15:
                return c.payload.get("action_number")
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

    def _abstain(
        self, question: str, reason: str, candidates: list[Candidate], retrieved: tuple[str, ...]
    ) -> Answer:
        nearest = tuple(
            Citation.from_payload(i, c.payload, c.score) for i, c in enumerate(candidates[:3], 1)
        )
        text = f"The archive does not say: {reason}."
        return Answer(question, text, True, (), nearest=nearest, retrieved=retrieved)
