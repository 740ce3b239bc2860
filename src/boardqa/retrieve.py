"""Hybrid retrieval with the question understood: Qdrant finds candidates, then a small,
explainable re-ranking (dense similarity from the cached vectors, coverage of the question's
words, and the structure of the papers) orders them.

No cross-encoder weights can be had offline; what ranks here is what we have: the same MiniLM
vectors, BM25 through Qdrant, and what the parser knows (roles, numbers, headings).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np

from boardqa.answer.counted import counted_noun, counts_in
from boardqa.answer.kinds import (
    CURRENT,
    OUTCOME,
    TIME_OF_DAY,
    VENUE,
    WHERE_HELD,
    has_date,
    holds_asked,
    is_recommendation,
    lists_names,
    names_asked,
)
from boardqa.answer.labels import (
    ASKS_ATTACHED,
    ATTACHED,
    LISTS_PARTS,
    part_labels,
    row_label_named,
)
from boardqa.answer.mentions import salient_tokens
from boardqa.answer.persons import states_role
from boardqa.authors import BYLINE, PaperKey, authored, entry_key, paper_keys, paper_owner
from boardqa.focus import section_asked, under_section
from boardqa.further_hits import (
    ABOUT_THE_MEETING,
    dated_in,
    further_hits,
    items_named,
    written_long_before,
)
from boardqa.index.store import Hit, SearchFilter, Store
from boardqa.initials import Initials
from boardqa.parse.dates import quarter_periods
from boardqa.plain import PlainWords, plain_words
from boardqa.query import WHEN, QueryIntent, understand
from boardqa.question_periods import day_spans, days_of_month
from boardqa.words import stem, term_set, with_initials

#: Re-ranking weights, tuned on evals/questions.jsonl (hit@3 and MRR), not on single questions.
W_DENSE = 1.0
W_TERMS = 0.55
W_FUSED = 0.25
W_ROLE = 0.12
W_ACTION = 0.6
W_KIND = 0.15
#: A paragraph that names who holds the role a question asks about ("Officer to Contact Sally
#: Johnson"): strong, as a report's contact block shares few words with the question.
W_HOLDER = 0.3
#: A paragraph that names the Annex or Appendix the question names ("Appendix 1 – Outputs of
#: September 2018 workshop" for "What is in Appendix 1?"): it says what the part is.
W_LABEL = 0.3
#: What naming the day of a month the question names adds ("on 20 May").
W_DAY = 0.15
#: What counting what a "how many" question counts adds ("18 active County Lines").
W_COUNT = 0.15
#: A paragraph of a paper's recommendations ("Recommendations for the Board", "The Board is
#: asked to: …") for a question about what the Board was asked to do: it is the answer, and it
#: shares few words with the question beyond the topic.
W_RECOMMEND = 0.3
#: A paragraph that names the month the question names ("to September 2020"): like a label the
#: question and the paragraph share, it outweighs the nearness of a meeting (W_KIND).
W_MONTH = 0.3
#: The most a paper's recency adds when the question asks for the latest state
#: (`QueryIntent.recent`). Chosen on evals/.
W_RECENT = 0.15
#: How much a word a follow-up borrows from the talk counts in re-ranking ("And who is the
#: second cohort aimed at?" after the first cohort's graduation): the question's own lead.
BORROWED_SHARE = 0.5
#: The weight (inverse document frequency) of a word in five paragraphs or fewer of the
#: seed archive's 816 (a name the papers seldom say, "Encompass"): not a re-ranking weight.
RARE_WEIGHT = 5.0
#: A question about the meeting itself: its time, its venue, whom to contact.
_CHAIR_MARK = re.compile(r"\((?:in the )?Chair(?:man)?\)", re.IGNORECASE)
_PEOPLE_CUES = re.compile(
    r"presented by|Officers? to contact|Report Author|in the Chair|\(Chairman\)|Head of|"
    r"Chief Executive|Commissioner|Coordinator|Manager|Officer\b",
)


@dataclass(frozen=True)
class Candidate:
    key: str
    payload: dict[str, Any]
    score: float
    dense: float
    coverage: float
    fused_rank: int

    @property
    def text(self) -> str:
        return str(self.payload.get("text", ""))


@dataclass(frozen=True)
class UserFilters:
    """Filters the user set explicitly (CLI flags, the chat's filter bar)."""

    meeting: date | None = None
    since: date | None = None
    until: date | None = None
    kinds: tuple[str, ...] = ()

    def active(self) -> bool:
        return bool(self.meeting or self.since or self.until or self.kinds)


#: A participle joined to a name ("UAVA-run", "OPCC-led", "VRN-funded"): what the name does.
_RUN_BY = re.compile(
    r"[-‐–](?:run|led|funded|based|hosted|commissioned|managed|owned|chaired|delivered)$",
    re.IGNORECASE,
)


class Retriever:
    """Candidates for a question from the store, re-ranked."""

    def __init__(
        self,
        store: Store,
        encoder: Any,
        sparse: Any,
        vectors: dict[str, np.ndarray],
        meetings: list[date],
        term_counts: dict[str, Any] | None = None,
    ) -> None:
        self.store = store
        self.encoder = encoder
        self.sparse = sparse
        self.vectors = vectors
        self.meetings = meetings
        counts = term_counts or {}
        #: The archive's words as written, with how often each occurs (`spelling.Speller`).
        self.words: dict[str, int] = counts.get("words", {})
        self.capitalised: dict[str, int] = counts.get("capitalised", {})
        total = max(int(counts.get("paragraphs", 0)), 1)
        df: dict[str, int] = counts.get("df", {})
        #: The archive's initials both ways: spelled out and as the papers write them.
        self.initials = Initials(df, counts.get("initials", {}))
        #: The archive's stemmed terms (`compounds.written_apart`).
        self.known_terms: frozenset[str] = frozenset(df)
        # Inverse document frequency, floored so that common words still count a little.
        self._idf = {t: max(0.2, math.log((total + 1) / (n + 0.5))) for t, n in df.items()}
        self._unseen_idf = math.log(total + 1) if df else 1.0
        self._terms: dict[str, set[str]] = {}
        # "The most recent figure": the later the meeting, the more (0 for the first, 1 for
        # the last); fixed for an index.
        last = max(len(self.meetings) - 1, 1)
        self._recency = {d.isoformat(): i / last for i, d in enumerate(self.meetings)}

    @cached_property
    def authors(self) -> dict[str, set[PaperKey]]:
        """Each person's papers (`authors.authored`), read from the store the first time a
        question names a paper by whose it is."""
        return authored(h.payload for h in self.store.scroll(SearchFilter()))

    def _body_terms(self, key: str, body: str) -> set[str]:
        """A paragraph's stemmed words (heading, title, text, list lead-in): fixed for an
        index, so worked out once per paragraph rather than once per question."""
        have = self._terms.get(key)
        if have is None:
            have = self._terms[key] = term_set(body)
        return have

    def weight(self, term: str) -> float:
        return self._idf.get(term, self._unseen_idf) if self._idf else 1.0

    def weighted_coverage(
        self, terms: set[str], have: set[str], borrowed: frozenset[str] = frozenset()
    ) -> float:
        """The share of the question's words a paragraph holds, each word weighted by rarity,
        and a word a follow-up borrows from the talk by `BORROWED_SHARE` of that."""

        def weight(t: str) -> float:
            return self.weight(t) * (BORROWED_SHARE if t in borrowed else 1.0)

        # Summed in a fixed order: set order changes with the hash seed, and so would the last
        # bits of a float sum, and with them the order of near-tied paragraphs.
        total = sum(weight(t) for t in sorted(terms))
        return sum(weight(t) for t in sorted(terms & have)) / total if total else 0.0

    @staticmethod
    def load_term_counts(path: Path) -> dict[str, Any]:
        try:
            return json.loads(path.read_text())
        except (OSError, ValueError):
            return {}

    @classmethod
    def load_vectors(cls, cache_path: Path) -> dict[str, np.ndarray]:
        if not cache_path.exists():
            return {}
        with np.load(cache_path) as data:
            return dict(zip(data["keys"].tolist(), data["vectors"], strict=True))

    def intent(self, question: str) -> QueryIntent:
        return replace(
            understand(question, self.meetings),
            spelled=self.initials.spelled_out(question),
            rare=self._rare_names(question),
        )

    def _rare_names(self, question: str) -> tuple[str, ...]:
        """The names a "when" question asks about that few paragraphs hold: after its "when"
        ("When was Operation Encompass introduced?"), not those of where to look or who asks
        before it ("According to Bob Bearne's slides, on what date …", "Our campaign is run
        by the NHS trust. When …")."""
        asked = WHEN.search(question)
        if asked is None:
            return ()
        # "the UAVA-run contract": the name is UAVA's, run by it.
        names = (_RUN_BY.sub("", t) for t in salient_tokens(question[asked.end() :]))
        return tuple(t for t in names if self.weight(stem(t.lower())) >= RARE_WEIGHT)

    def filter_for(self, intent: QueryIntent, user: UserFilters | None) -> SearchFilter:
        """Intent and user filters combined; each can only narrow the other."""
        user = user or UserFilters()
        meetings = intent.meetings
        if user.meeting:
            meetings = (user.meeting,) if not meetings or user.meeting in meetings else ()
            if not meetings:  # the question names another meeting than the filter: nothing
                meetings = (date.min,)
        since = max(filter(None, (intent.since, user.since)), default=None)
        until = min(filter(None, (intent.until, user.until)), default=None)
        if intent.until and not (meetings or user.since or user.until):
            # "What had happened to the contract by the December 2020 meeting?": the meetings
            # held by then, whose papers include their minutes printed in a later pack (the
            # minutes of 11 December 2020 in the March 2021 pack), which a bound on the pack's
            # own date would leave out.
            held = tuple(d for d in self.meetings if (since or date.min) <= d <= until)
            if held:
                meetings, since, until = held, None, None
        # Document kinds the question mentions are boosts (a "presentation on Operation Laud"
        # is a topic, not a document type); only the user's own kind filter filters.
        kinds = user.kinds
        return SearchFilter(
            since=since,
            until=until,
            kinds=kinds,
            meetings=meetings,
            point_types=("paragraph",),
            sources=intent.sources,
            keys=intent.within,
        )

    def search(
        self,
        question: str,
        intent: QueryIntent | None = None,
        user: UserFilters | None = None,
        limit: int = 10,
        query_text: str | None = None,
        relax_kinds: bool = True,
    ) -> list[Candidate]:
        intent = intent or self.intent(question)
        text = query_text or question
        qvec = np.asarray(self.encoder.embed_query(text), dtype=np.float32)
        # "Which law …": the keyword search also looks for the papers' word ("Act").
        plain = plain_words(text)
        # "the CCGs": the keyword search also looks for the name the papers spell out.
        names = " ".join(name for _, name in intent.spelled)
        sparse = self.sparse.encode_query(f"{text} {plain.papers_words()} {names}")
        flt = self.filter_for(intent, user)
        hits = self.store.hybrid_search(qvec.tolist(), sparse, flt, limit=40, prefetch=60)
        hits = further_hits(self.store, intent, flt, text, qvec.tolist(), sparse, hits)
        return self.rerank(qvec, text, intent, hits, plain)[:limit]

    def rerank(
        self,
        qvec: np.ndarray,
        text: str,
        intent: QueryIntent,
        hits: list[Hit],
        plain: PlainWords | None = None,
    ) -> list[Candidate]:
        terms = term_set(text)
        borrowed = frozenset(term_set(" ".join(intent.borrowed))) - term_set(intent.text)
        by_initials = self.initials.of(text)
        plain = plain or plain_words(text)  # read once by `search`
        numbers = set(re.findall(r"\d[\d,]*\d|\d", text))
        parts = part_labels(text)
        spans = day_spans(text)
        days = days_of_month(text, yearless=True)
        counted = counted_noun(intent.text) if intent.asks == "how_much" else None
        items = items_named(text)
        quarters = quarter_periods(text)
        attached = bool(ATTACHED.search(text))
        lists_asked = bool(ASKS_ATTACHED.search(text))
        boosted = {d.isoformat() for d in intent.boost_meetings}
        about_the_meeting = bool(ABOUT_THE_MEETING.search(text))
        where_held = bool(WHERE_HELD.search(text))
        asked_names = names_asked(text)
        section = section_asked(text)
        recency = self._recency
        named = {d.isoformat() for d in intent.meetings}
        # "Rik Basra's December 2018 report": the papers he wrote or presents.
        owner = paper_owner(intent.text)
        owned = self.authors.get(owner, set()) if owner else set()
        out = []
        # Qdrant orders equal fused scores arbitrarily (differently from one process to the
        # next): ties are put in key order first, so that answers do not change between runs.
        hits = sorted(hits, key=lambda h: (-round(h.score, 9), h.key))
        for rank, h in enumerate(hits):
            p = h.payload
            para = str(p.get("text", ""))
            vec = self.vectors.get(str(p.get("embed_hash", "")))
            dense = float(vec @ qvec) if vec is not None else 0.0
            body = " ".join(
                str(p.get(k) or "")
                for k in ("heading", "document", "text", "list_context", "refers_to")
            )
            # Keyed by the hash of what the paragraph is embedded as (title, heading, text,
            # list lead-in): a re-index that changes any of them changes the key.
            have = self._body_terms(str(p.get("embed_hash") or h.key), body)
            for letters in by_initials.keys() & have:
                have = have | by_initials[letters]  # "SOG" holds "Senior Officer Group"
            have = with_initials(have, intent.spelled)
            credited = plain.credit(have) - have  # "annual" holds "yearly"
            coverage = self.weighted_coverage(terms, have | credited, borrowed | credited)
            score = W_DENSE * dense + W_TERMS * coverage + W_FUSED / (rank + 1)
            if numbers and any(n in para for n in numbers):
                score += 0.05
            if spans and spans & day_spans(para):
                score += W_LABEL  # a table's column: "1/4/18 – 31/3/19"
            if counted and counts_in(para, counted, intent.text):
                score += W_COUNT  # "How many lines …?": "18 active County Lines"
            if days and days & days_of_month(para):
                score += W_DAY  # "the meeting on 20 May": "20 May Introduction to new PCC …"
            if row_label_named(para, terms, by_initials=bool(spans)):
                score += W_LABEL  # a table's row: "Funding Body: Rutland County Council; …"
            if parts and parts & part_labels(para):
                score += W_LABEL
            if (
                items
                and p.get("kind") in ("agenda", "webpage")
                and str(p.get("number") or "").rstrip(".") in items
            ):
                score += W_LABEL  # "Who is to present item 8?": the agenda's entry 8
            if attached and LISTS_PARTS.search(para):
                score += W_ACTION if lists_asked else W_KIND  # "What's attached?": the list
            if intent.recommendation and is_recommendation(p):
                score += W_RECOMMEND
            if intent.months and dated_in(p, intent.months):
                score += W_MONTH
            elif intent.months and written_long_before(p, intent.months):
                # "What was agreed in May 2021 …": a paper written years before that month
                # cannot report what was agreed then.
                score -= W_KIND
            if (
                quarters
                and not intent.kinds
                and quarters & quarter_periods(f"{p.get('document')} {p.get('heading')}")
            ):
                # "In the Q3 2020/21 performance report": the paper on that quarter, not
                # another paper of the same meeting on the same measure (unless the question
                # asks for another kind: who presents the report is on the agenda).
                score += W_KIND
            if intent.decision and p.get("role") == "resolution":
                score += W_ROLE
            if intent.kinds and p.get("kind") in intent.kinds:
                score += W_KIND
            if owned and owned & set(paper_keys(p)) and not BYLINE.search(para):
                score += W_KIND  # the paper's own words, not its contact block
            elif owned and (
                p.get("kind") == "minutes"
                or (intent.asks != "who" and owned & {entry_key(p), paper_keys(p)[0]})
            ):
                # The minutes that record "a report of Rik Basra" are not his report, nor
                # (unless who presents it is asked) is its agenda entry or contact block.
                score -= W_KIND / 2
            if boosted and boosted & set(p.get("record_dates") or ()):
                score += W_KIND
            if intent.recent and p.get("meeting_date") in recency:
                score += W_RECENT * recency[str(p.get("meeting_date"))]
                if CURRENT.search(para):
                    score += W_RECENT  # "The current rolling 12 month value … is 91"
            about = p.get("about_meeting")
            if named and about and about not in named:
                # The December 2018 pack holds the minutes of October's meeting: they do not
                # say what happened at the meeting the question names.
                score -= W_KIND
            if intent.chair and _CHAIR_MARK.search(para):
                score += W_ACTION
            if intent.attendance and p.get("role") == "attendance":
                score += W_ACTION
            if intent.asks == "who" and (
                p.get("role") == "attendance" or _PEOPLE_CUES.search(para)
            ):
                score += W_ROLE
            if intent.role and states_role(para, intent.role):
                score += W_HOLDER
            if intent.outcome and OUTCOME.search(para):
                score += W_ROLE  # "How had that moved on?": "… has been carried out"
            if intent.asks == "when" and has_date(para):
                score += W_ROLE
            if where_held and VENUE.search(para):
                score += W_ROLE
            if under_section(str(p.get("heading") or ""), section):
                # "What are the next steps for …?": the paragraphs under "Next steps".
                score += W_LABEL
            if asked_names and asked_names[0] and lists_names(para, asked_names, text):
                score += W_LABEL  # "Which three areas …": "The three areas are: New Parks, …"
            if (
                about_the_meeting
                and p.get("position") == 0
                and p.get("kind") in ("webpage", "agenda", "minutes")
                and {p.get("meeting_date")} & (named | boosted)
            ):
                # The opening lines of a meeting's papers state its time, venue and contact.
                score += W_ACTION
            if (
                intent.asks == "when"
                and holds_asked("when", para, text)
                and TIME_OF_DAY.search(para)
            ):
                score += W_ROLE  # "What time did it start?": "… 11 December 2020 10.00 am"
            if intent.action_number:
                if p.get("action_number") == intent.action_number:
                    score += W_ACTION
                elif p.get("role") == "action":
                    score -= W_ACTION / 2
            # Fragments (a slide's last words, "Any Questions?") say little on their own.
            length = len(para)
            if length < 60:
                score -= 0.15 * (60 - length) / 60
            out.append(Candidate(h.key, p, score, dense, coverage, rank))
        out.sort(key=lambda c: (-round(c.score, 9), c.key))
        return out
