"""The core: a question (and the conversation so far) in, a cited Answer out.

The CLI, the chat and the evals call `Answerer.ask`; nothing about retrieval lives in them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import cached_property
from pathlib import Path

from boardqa.absence import absence_first
from boardqa.action_scene import asked_beyond_action
from boardqa.answer import expand
from boardqa.answer.abstain import judge, lacks_time
from boardqa.answer.agenda_order import agenda_asked, entry_of
from boardqa.answer.attendance import ATTENDANCE_LIST, asks_whole_list
from boardqa.answer.citations import Answer, Citation, cited_answer, joined
from boardqa.answer.compose import compose_extractive
from boardqa.answer.declined import declined, declined_with, none_quotable, reason_of, unanswered
from boardqa.answer.evidence import Evidence, choose_evidence, with_whole_figure
from boardqa.answer.kinds import ASKED, HOW_OFTEN, asks_name, holds_asked, says_how_often
from boardqa.answer.labels import row_label_named
from boardqa.answer.lists import position_of
from boardqa.answer.measures import measure_words, names_measure
from boardqa.answer.mentions import (
    YES_NO,
    about_words,
    as_listed,
    beside_the_claim,
    item_titles,
    missing_from,
    names_a_paper,
    of_another_subject,
    salient_tokens,
    whose_paper,
)
from boardqa.answer.options import with_choice
from boardqa.answer.overview import asks_overview
from boardqa.answer.persons import first_person, has_person, holder_of_post
from boardqa.answer.places import names_place, place_asked
from boardqa.answer.ratings import rating_asked
from boardqa.answer.register import asks_register, asks_tasks_of
from boardqa.answer.stands_for import initials_asked
from boardqa.answer.table_extremes import extreme_asked
from boardqa.answer.verdict import with_verdict
from boardqa.ask_actions import ActionAnswers
from boardqa.ask_papers import PaperAnswers, minutes_of_named, names_an_entry
from boardqa.ask_parts import PartAnswers, lacks_what_is_asked
from boardqa.british import as_british
from boardqa.bystanders import bystander_words
from boardqa.clauses import (
    after_scene,
    paper_said,
    sub_questions,
    without_asker,
    without_check_tag,
    without_instructions,
    without_set_aside,
)
from boardqa.compounds import written_apart
from boardqa.conversation import Conversation, Turn
from boardqa.corrections import as_corrected
from boardqa.errors import IndexMissingError
from boardqa.focus import role_asked, role_question_and_claim, speaks_to
from boardqa.formal import plainly_put
from boardqa.holdings import Holdings
from boardqa.index.build import CACHE, TERMS, is_being_written, load_manifest
from boardqa.instructions import as_question
from boardqa.named_figures import only_its_own_figures
from boardqa.numbered import NumberedParagraph, paragraph_asked
from boardqa.pack_order import PackOrder, Pointed
from boardqa.parse.dates import format_long
from boardqa.pointers import pointer_in, row_pointer_in
from boardqa.progress import as_story_asked
from boardqa.purpose import without_purpose
from boardqa.query import DECISION, OTHER_BODY_DECIDES, WHICH_MEETING_ATTENDED, QueryIntent
from boardqa.question_periods import day_spans
from boardqa.quiz import blanks_asked, choices_of
from boardqa.references import person_reference
from boardqa.relayed import put_directly
from boardqa.retrieve import Candidate, Retriever, UserFilters
from boardqa.scenario import asked_in_scene
from boardqa.services import Services
from boardqa.spelling import Speller, read_as
from boardqa.spoken import in_digits
from boardqa.words import content_terms, formal_words, term_set
from boardqa.written_dates import as_papers_print

#: Words that point back to what the talk was about ("whoever presented it there").
_POINTS_BACK = re.compile(r"\b(?:it|its|there|that|this|them|they|those|these)\b", re.IGNORECASE)
#: "What was on the agenda for …?" ("the contact named on the agenda page" is not).
_LISTS_AGENDA = re.compile(
    r"\b(on the agenda(?! page)|agenda (?:for|of)|what items|which items)\b", re.I
)
#: A question for one entry of an agenda: its title, its item or its pages.
_ONE_ENTRY = re.compile(
    r"\b(?:what|which)\s+(?:title|heading|item\b(?!s)|pages?\b|item\s+number)", re.I
)


#: How many of the best paragraphs a question for a measure's figure is looked for in when
#: the best five give none. Chosen on evals/.
FURTHER = 8
#: "Who presented …?", "who is presenting …", "who gave the presentation on …".
_PRESENTER_ASKED = re.compile(
    r"\bwho\b[^?]*\b(?:present(?:s|ed|ing)?|gave\s+(?:the\s+|a\s+)?presentation)\b", re.I
)
#: Where the papers say who presents a paper: "This report will be presented by Rik Basra",
#: "The report was presented by Chris Hedworth", "A presentation will be given by …".
_PRESENTED_BY = re.compile(
    r"\bpresented\s+by\b|\bpresentation\s+(?:will\s+be|was)\s+given\s+by\b", re.I
)
#: How many of the best paragraphs found for a multiple choice's stem may bear out an option
#: the quoted passages do not.
CHOICE_NEAR = 5
#: How many search results the paper a numbered paragraph is asked of is looked for in: a
#: paper named by its topic ("the hate strategy report") may come after the minutes that
#: discuss it.
NUMBERED_NEAR = 30


#: "… is it right that it was announced on 19 May 2019?": a claim put to be confirmed.
_IS_IT_RIGHT = re.compile(r"\b(?:is|was) (?:it|that|this) (?:right|true|correct|accurate)\b", re.I)


def _answers_itself(intent: QueryIntent) -> Callable[[str], bool]:
    """Whether a sentence answers the question on its own (a list's lead-in that does needs
    none of its bullets): one that holds the figure, date or person a typed question asks
    for, any sentence for a yes-or-no question, none for other questions ("What does the
    reform involve?" is answered by the bullets)."""
    if YES_NO.match(intent.text) or _IS_IT_RIGHT.search(intent.text):
        return lambda _: True
    if intent.asks not in ASKED:
        return lambda _: False
    return lambda s: holds_asked(intent.asks, s, intent.text, intent.role)


#: The roles a paper itself names on its cover sheet or at its end.
_PAPERS_ROLES = frozenset(["officer to contact", "report author"])
#: A follow-up that asks of the paper the last answer cited: "for that paper", "for it".
_OF_THAT_PAPER = re.compile(
    r"\b(?:(?:that|this|the\s+same)\s+(?:paper|report|update|document)|for\s+it|of\s+it|about\s+it)\b",
    re.IGNORECASE,
)


#: A paper named as such ("the County Lines report", "the Hope Project paper").
_A_PAPER = re.compile(r"\b(?:report|paper|update|briefing|submission)\b", re.IGNORECASE)


#: The minutes speak of the chair by the post ("the Chairman stated that …").
_CHAIR_SAID = re.compile(r"\bthe\s+Chair(?:man)?\b")
#: What is asked of the attendance to name that chair (`Answerer._with_chair_named`).
_CHAIR_QUESTION = "Who was the Chairman at the meeting of"
_CHAIR_ASKED = re.compile(re.escape(_CHAIR_QUESTION))


def _led_by(
    candidates: list[Candidate],
    says: Callable[[str], bool],
    search: Callable[[], list[Candidate]],
    leads: Callable[[str], bool] | None = None,
) -> list[Candidate]:
    """The candidates, led by up to two paragraphs a further `search` finds that `leads`
    picks out (those that `says` it, by default), when none of the best five `says` what
    the question asks ("This report will be presented by …", "Report Author …")."""
    if any(says(c.text) for c in candidates[:5]):
        return candidates
    picked = leads or says
    lines = [c for c in search() if picked(c.text)][:2]
    keys = {c.key for c in lines}
    return lines + [c for c in candidates if c.key not in keys]


#: Who owns what the question names: "Bob Bearne's", "the OPCC's" (capitalised words).
_OWNER = re.compile(r"((?:[A-Z][\w-]+\s+){0,3}[A-Z][\w-]+)[’']s\b")
#: The paper a question says to look in, where to look, not what the figure is of: as it
#: opens ("In the Safer Communities Performance Dashboard for Quarter 2 of 2018/19, what …"),
#: or later ("… shown on the Safer Communities Performance Dashboard for …", "what ranking did
#: the Quarter 2 2018/19 Safer Communities dashboard give …").
_SOURCE = re.compile(
    r"(?:^\s*(?:in|on|from|according\s+to|per)|\b(?:on|did|does|do))\s+the\s+([^,?;]{3,80}?\b(?:report|"
    r"dashboard|update|slides|paper|minutes|log|pack|appendix|annex|presentation|newsletter)\b"
    r"(?:\s+(?:for|of)\s+[^,?;]{2,40})?)",
    re.IGNORECASE,
)
#: A second question joined to the first: "…, and through what framework …?".
_SECOND_QUESTION = re.compile(
    r",?\s+and\s+(?:\w+\s+){0,2}(?:what|which|who|whom|when|where|how|why)\b", re.IGNORECASE
)


def _whole_year(intent: QueryIntent) -> int | None:
    """The year a question bounds its search to by naming it alone ("during 2020"), or None."""
    since, until = intent.since, intent.until
    if intent.meetings or since is None or until is None or since.year != until.year:
        return None
    whole = (since.month, since.day, until.month, until.day) == (1, 1, 12, 31)
    return since.year if whole else None


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
        self.holdings = Holdings(manifest, services.store)
        meetings = self.holdings.meetings
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
        self.papers = PaperAnswers(services.store)
        self.parts = PartAnswers(
            self.retriever, self.holdings.within_reported_quarters, self.papers.paragraphs
        )

    @cached_property
    def speller(self) -> Speller:
        """Reads a question's typing slips as the archive's words (`spelling`)."""
        encoder = self.services.query_encoder
        retriever = self.retriever
        return Speller(retriever.words, encoder.is_whole_word, retriever.capitalised)

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
        asked = question
        # "twenty one twenty two", "q three": a dictated question's numbers, as the papers
        # print them (2021/22, Q3).
        question = as_papers_print(in_digits(question))
        # "What did the March — no, the June 2021 update say …?": as corrected.
        question = as_corrected(question)
        slips = self.speller.slips(question)
        # "behavior", "program": the papers' spellings; "the violence-with-injury rate": the
        # papers' "violence with injury".
        question = written_apart(
            as_british(self.speller.respelled(question), self.retriever.words.__contains__),
            self.retriever.known_terms.__contains__,
        )
        # "The requester wants to know who …", "Do we hold the name of …", "I should be
        # grateful if you could confirm the date …": the question inside; "… ? I wasn't at the
        # June 2021 Board.": the absence said first, as the scene.
        question = as_question(
            put_directly(plainly_put(without_asker(without_instructions(absence_first(question)))))
        )
        # "Where had the Hope Project got to by March 2021?": what had happened with it.
        question = as_story_asked(question)
        # "For a speech on burglary, what …", "What figure can be quoted for …": what the
        # answer is for goes; the question it wraps stays.
        question = without_purpose(question)
        # "Suppose residents ask when …. What did the newsletter say?": what they ask, of it.
        question = asked_in_scene(question) or question
        # "Multiple choice: who …: (a) …, (b) …, or (c) …?": the question is the stem; the
        # options are what its answer is checked against.
        choices = choices_of(question)
        # "… was costed at £____ a year": the blank asks how much.
        question = blanks_asked(choices.stem if choices else question)
        # "Did Lord Bach chair …?" asked as who chaired; the person or place claimed is said
        # yes or no to at the end.
        question, claim = role_question_and_claim(formal_words(question))
        if conversation is not None:
            # "And Blaby?" after "How much is Leicester City Council getting?"
            question = conversation.elliptic(question) or question
            # "What is her job title?" after "Officer to contact: Victoria Charlton …"
            question = conversation.named_back(question) or question
        # "Who wrote the paper that follows the Community Safety Agreement?": asked of that
        # paper by its title, the search confined to it.
        pointed = self._pointed(
            question, conversation.turns[-1] if conversation and conversation.turns else None
        )
        if pointed is not None:
            question = pointed.question
        # What the question sets aside ("Besides the December meeting, …") neither filters
        # nor leads the search.
        query_text = without_set_aside(without_check_tag(question))
        intent = self.holdings.through_logs(self.retriever.intent(query_text))
        if pointed is not None:
            intent = replace(intent, within=pointed.unit.keys)
        if conversation is not None:
            intent, query_text = conversation.resolve(intent, query_text, asked)
        about: str | None = None
        if intent.action_number:
            answer = self.actions.answer(question, intent, filters)
            beyond = asked_beyond_action(question)
            if beyond is not None and not answer.abstained:
                # "Action 4 asked for a Glen Parva update. The March 2021 pack carries a
                # Glen Parva newsletter: which month's edition is it?": the paper asked of
                # first, the action that sets the scene after it.
                paper = self.ask(beyond, None, filters, k)
                if not paper.abstained:
                    text, cites = joined(
                        (paper.text, list(paper.citations)),
                        (answer.text, list(answer.citations)),
                    )
                    answer = cited_answer(question, text, cites, paper.retrieved)
        elif asks_register(question):
            answer = self.actions.register(question, intent)
        elif (initials := initials_asked(question)) and (
            defined := self.papers.stands_for(question, initials, only=not sub_questions(question))
        ):
            answer = defined  # "What does CSA stand for?": where the papers spell it out
        elif (order := agenda_asked(question)) and (
            listed := self.papers.agenda_order(
                question,
                order,
                self.holdings.agenda_entries,
                intent.meetings,
                conversation.turns[-1].cited if conversation and conversation.turns else [],
            )
        ):
            answer = listed  # "Which item came straight after the Prevent update?"
            if order.kind != "number":
                about = self._entry_title(listed)  # what a follow-up's "it" is
        elif (numbered := paragraph_asked(question)) and (
            found := self._numbered(question, numbered, filters)
        ):
            answer = found  # "What does paragraph 14 of the March 2021 OPCC update say?"
        elif asks_tasks_of(question) and (tasks := self.actions.tasks_of(question, intent)):
            answer = tasks  # "What was Euan Walters asked to do?": the actions against him
        elif (
            conversation is not None
            and conversation.turns
            and (intent.role or "").lower() in _PAPERS_ROLES
            and _OF_THAT_PAPER.search(question)
            and (
                held := self.papers.role_in_paper(
                    question, intent.role, conversation.turns[-1].cited
                )
            )
        ):
            answer = held  # "Who is the officer to contact for that paper?": the one just cited
        elif (
            (intent.role or "").lower() in _PAPERS_ROLES
            and _A_PAPER.search(question)
            and (held := self._roles_of_named_paper(question, intent))
        ):
            answer = held  # "Who is the officer to contact for the County Lines report?"
        else:
            # A follow-up may lean on the paragraphs the last answer cited ("What's his phone
            # number?" after the meeting's contact): they are what the talk is about.
            talked_of = frozenset(
                conversation.turns[-1].cited
                if conversation is not None and conversation.turns and intent.borrowed
                else ()
            )
            said = conversation.turns[-1].answer if talked_of and conversation else ""
            answer = self._answer_general(question, intent, query_text, filters, k, talked_of, said)
            answer = self._grounded(question, answer, filters)
            if intent.asks == "who":
                answer = self._with_chair_named(question, answer, filters)
            if answer.abstained and intent.as_of:
                # Nothing up to then says it: a later paper may ("… to September 2020 is 91").
                later = replace(intent, until=None, as_of=False)
                retried = self._answer_general(question, later, query_text, filters, k, talked_of)
                # Only a later paper: those up to then were already found wanting.
                bound = intent.until.isoformat() if intent.until else ""
                if not retried.abstained and any(
                    (c.meeting_date or "") > bound for c in retried.citations
                ):
                    answer = retried
            elif answer.abstained and (year := _whole_year(intent)):
                # "… disrupted a county line during 2020": the year of the deed, which a paper
                # of 2021 reports ("… joint enforcement in 2020 against an established County
                # Line"); its own papers may not speak of it. The answer must name the year.
                anytime = replace(intent, since=None, until=None)
                retried = self._answer_general(question, anytime, query_text, filters, k, talked_of)
                if not retried.abstained and any(
                    re.search(rf"\b{year}\b", c.text) for c in retried.citations
                ):
                    answer = retried
        if choices is not None:
            cited = {c.id for c in answer.citations}
            near = tuple(k for k in answer.retrieved[:CHOICE_NEAR] if k not in cited)
            answer = with_choice(answer, choices, self.papers.payloads(near))
        if claim is not None and not answer.abstained:
            answer = replace(answer, text=with_verdict(claim, answer.text))
        answer = replace(answer, question=asked)
        if pointed is not None:
            answer = replace(answer, notice=" ".join(filter(None, [pointed.notice, answer.notice])))
        if slips:
            notice = " ".join(filter(None, [read_as(slips), answer.notice]))
            answer = replace(answer, notice=notice)
        if conversation is not None:
            conversation.record(question, intent, answer, about)
        return answer

    def _with_chair_named(
        self, question: str, answer: Answer, filters: UserFilters | None
    ) -> Answer:
        """A who-question the minutes answer by the chair's post alone ("the Chairman stated
        that he had recently become Chairman of the Regional Migration Board") with who that
        was, from the same minutes' attendance ("Present: Ivan Ould CC (Chairman)")."""
        if (
            answer.abstained
            or _CHAIR_ASKED.match(question)  # asked here: the attendance said or not at all
            or any(
                has_person(c.text, besides=question) and not _CHAIR_SAID.search(c.text)
                for c in answer.citations
            )
        ):
            return answer
        said = next(
            (
                c
                for c in answer.citations
                if c.kind in ("minutes", "webpage")
                and c.about_meeting
                and _CHAIR_SAID.search(c.text)
            ),
            None,
        )
        if said is None or said.about_meeting is None:
            return answer
        held = format_long(date.fromisoformat(said.about_meeting))
        chair = self.ask(f"{_CHAIR_QUESTION} {held}?", None, filters)
        if chair.abstained or not any(c.role == "attendance" for c in chair.citations):
            return answer
        text, cites = joined(
            (answer.text, list(answer.citations)), (chair.text, list(chair.citations))
        )
        return cited_answer(question, text, cites, answer.retrieved)

    @cached_property
    def order(self) -> PackOrder:
        """The order the papers sit in, read on the first question that points by position."""
        return PackOrder(self.manifest, self.services.store, self.holdings.agenda_entries)

    def _pointed(self, question: str, last: Turn | None) -> Pointed | None:
        """The place the question points to by its position (a paper, an item, a row),
        read off the papers' order of the meetings it names or after what the `last` turn
        cited; or None."""
        pointer = pointer_in(question)
        rows = row_pointer_in(question)
        if pointer is None and rows is None:
            return None
        meetings = tuple(d.isoformat() for d in self.retriever.intent(question).meetings)
        cited, asked = (last.cited, last.question) if last else ([], "")
        if pointer is not None and (
            pointed := self.order.pointed(question, pointer, meetings, tuple(cited))
        ):
            return pointed
        if rows is None:
            return None
        return self.order.row_pointed(question, rows, meetings, cited, asked)

    def _roles_of_named_paper(self, question: str, intent: QueryIntent) -> Answer | None:
        """What `_role_of_named_paper` finds, for a question that asks one role of a paper
        or, in parts, only its roles ("Who wrote the December 2018 hate strategy report, and
        who was named as the officer to contact about it?": both lines of the one paper,
        which a search per part would not find); None for a question with any other part,
        or when a role asked goes unanswered."""
        parts = sub_questions(question)
        if not parts:
            return self._role_of_named_paper(question, intent, str(intent.role))
        roles = [role_asked(part) or "" for part in parts]
        if not all(role.lower() in _PAPERS_ROLES for role in roles):
            return None
        composed: tuple[str, list[Citation]] | None = None
        asked: dict[str, str] = {}
        for role in roles:
            asked.setdefault(role.lower(), role)
        for role in asked.values():
            held = self._role_of_named_paper(question, intent, role)
            if held is None:
                return None
            own = (held.text, list(held.citations))
            composed = own if composed is None else joined(composed, own)
        assert composed is not None  # parts are never empty here
        return cited_answer(question, composed[0], composed[1], ())

    def _role_of_named_paper(self, question: str, intent: QueryIntent, role: str) -> Answer | None:
        """The officer to contact or report author (`role`) a paper the question names by its
        title gives ("… for the County Lines report in the March 2021 pack"), or None when no
        one paper of the meetings named shares two words or more of the question's with its
        title, or it names no one so."""
        meetings = tuple(d.isoformat() for d in intent.meetings)
        paper = self.order.paper_named(question, meetings)
        if paper is None:
            return None
        paragraphs = self.order.paragraphs_of(paper)
        held = self.papers.role_held(question, role, paragraphs)
        if held is None and role.lower() == "report author":
            # "Who wrote the County Lines report?": it names no author, only an officer to
            # contact, which is said as such rather than some other paper's name.
            contact = self.papers.role_held(question, "Officer to Contact", paragraphs)
            if contact is not None:
                return replace(
                    contact, text=f"“{paper.title}” names no report author. {contact.text}"
                )
        return held

    def _entry_title(self, answer: Answer) -> str | None:
        """The title of the agenda item an agenda-order answer cites first (the one asked
        for)."""
        if not answer.citations:
            return None
        payloads = self.papers.payloads((answer.citations[0].id,))
        entry = entry_of(payloads[0], self.holdings.agenda_entries) if payloads else None
        return entry.title if entry else None

    def context(self, citation: Citation, around: int = 3) -> list[Citation]:
        """The cited paragraph with up to `around` paragraphs either side from its document (for
        the chat's source pane). Copies published elsewhere are not indexed, so a document's
        context is its canonical paragraphs."""
        payloads = self.papers.paragraphs(citation.document_id)
        index = position_of(citation.id, payloads)
        if index is None:
            return [citation]
        window = payloads[max(0, index - around) : index + around + 1]
        return [Citation.from_payload(0, p, 0.0) for p in window]

    def _with_presenters(
        self,
        question: str,
        intent: QueryIntent,
        query_text: str,
        filters: UserFilters | None,
        candidates: list[Candidate],
    ) -> list[Candidate]:
        """The candidates, led by the agenda's and the minutes' entries that say who presents
        the paper asked about, when none of the best five says who presents anything."""
        where = replace(intent, kinds=("agenda", "webpage", "minutes"))
        return _led_by(
            candidates,
            lambda text: bool(_PRESENTED_BY.search(text)),
            lambda: self.retriever.search(question, where, filters, limit=5, query_text=query_text),
        )

    def _with_role_lines(
        self,
        question: str,
        intent: QueryIntent,
        query_text: str,
        filters: UserFilters | None,
        candidates: list[Candidate],
        role: str,
    ) -> list[Candidate]:
        """The candidates, led by the papers' lines that name the `role` ("Report Author
        Anita Chavda …") for the paper asked about, when none of the best five does."""
        named = role.lower()
        return _led_by(
            candidates,
            lambda text: named in text.lower(),
            lambda: self.retriever.search(
                question, intent, filters, limit=10, query_text=f"{query_text} {role}"
            ),
            lambda text: text.lower().startswith(named),
        )

    def _numbered(
        self, question: str, asked: NumberedParagraph, filters: UserFilters | None
    ) -> Answer | None:
        """The paragraph a question points at by number, in the paper the rest of it names."""
        rest = asked.rest or question
        intent = self.retriever.intent(rest)
        candidates = self.retriever.search(rest, intent, filters, limit=NUMBERED_NEAR)
        retrieved = tuple(c.key for c in candidates)
        return self.papers.numbered(question, asked, candidates, retrieved)

    # -- general questions -------------------------------------------------------------------

    def _answer_general(
        self,
        question: str,
        intent: QueryIntent,
        query_text: str,
        filters: UserFilters | None,
        k: int,
        talked_of: frozenset[str] = frozenset(),
        said: str = "",
    ) -> Answer:
        hops = self._through_person(question, filters, k)
        if hops is not None:
            return hops
        holdings = self.holdings
        intent = holdings.within_reported_quarters(question, intent)
        candidates = self.retriever.search(
            question, intent, filters, limit=max(k, 10), query_text=query_text
        )
        held = (
            None
            if intent.asks == "who"  # who holds it is the answer
            else holder_of_post(question, [c.text for c in candidates[:10]])
        )
        if held:
            # "What did the Community Safety Coordinator commit to?": the minutes say "Rik
            # Basra agreed to …"; the holder's name, found beside the post, stands for it.
            post, holder = held
            query_text = query_text.replace(post, holder, 1)
            candidates = self.retriever.search(
                question, intent, filters, limit=max(k, 10), query_text=query_text
            )
        if intent.asks == "who" and _PRESENTER_ASKED.search(question):
            # "Who presented the Q3 2020/21 performance report?": the report's own paragraphs
            # say "Q3 2020/21" and name no presenter; the agenda ("This report will be
            # presented by Rik Basra") and the minutes ("The report was presented by …") do.
            candidates = self._with_presenters(question, intent, query_text, filters, candidates)
        if intent.asks == "who" and (intent.role or "").lower() in _PAPERS_ROLES:
            # "Who wrote the report presenting the amended Strategy Statement?": the minutes
            # that resolved to amend it come first; the paper's own "Report Author" line is
            # what answers.
            candidates = self._with_role_lines(
                question, intent, query_text, filters, candidates, str(intent.role)
            )
        if talked_of:
            # A follow-up may ask what the cited paragraph goes on to say.
            own = term_set(question)
            candidates = expand.with_next_of(candidates, talked_of, own, self.papers.paragraphs)
        # The bullets a slide sets under a label the question names ("Community
        # Rehabilitation Company (CRC)" over "• Manages medium and low risk cases … (70%)").
        candidates = expand.with_bullets_of(candidates, question, self.papers.paragraphs)
        retrieved = tuple(c.key for c in candidates)
        action = self.actions.named_by_topic(intent, candidates) or self.actions.minuted(
            intent, candidates
        )
        if action is not None:
            answer = self.actions.answer(question, replace(intent, action_number=action), filters)
            # The action found by its topic may not hold the time the question asks about.
            texts = [c.text for c in answer.citations]
            why = lacks_time(intent, texts)
            # Nor the figure or date it asks for ("at what time was the County Lines item
            # to be taken?" is not answered by the County Lines action's record).
            if (
                not why
                and intent.asks in ("when", "how_much")
                and not any(holds_asked(intent.asks, t, question) for t in texts)
            ):
                why = f"the passages closest to the question {ASKED[intent.asks]} for it"
            return declined(question, why, candidates, retrieved) if why else answer
        letter = rating_asked(question)
        if letter and (
            rated := self.papers.rated(
                question, letter, candidates[:10], retrieved, intent.meetings
            )
        ):
            return rated  # "Which dashboard measures were rated Green?": every row read
        direction = extreme_asked(question)
        if direction and (
            extreme := self.papers.table_extreme(question, direction, candidates[:3])
        ):
            return extreme  # "Which district gets the smallest allocation?": every row read
        unminuted = holdings.unminuted(intent.meetings)
        # Who chaired or attended a meeting, what it resolved and what was said there: only
        # its minutes record them.
        # A decision of another body ("what did the SPB Exec decide …?") is reported in the
        # papers, not minuted by the Board.
        board_decision = intent.decision and not OTHER_BODY_DECIDES.search(question)
        attendance = intent.attendance and not WHICH_MEETING_ATTENDED.search(question)
        if (board_decision or intent.proceedings or intent.chair or attendance) and unminuted:
            return declined(
                question, holdings.lacks("minutes", intent.meetings), candidates, retrieved
            )
        if intent.proceedings and intent.meetings and not unminuted:
            # What was said at a meeting is what its minutes record, not what its papers say.
            candidates = self._minutes_of(question, intent, query_text, filters, k)
        unreported = holdings.unreported_quarters(question)
        if unreported:
            return declined(question, unreported, candidates, retrieved)
        if len(intent.meetings) == 1 and asks_overview(question):
            overview = self.papers.overview(question, intent.meetings[0], retrieved)
            if overview is not None:
                return overview
        verdict = judge(intent, candidates, holdings.span, talked_of)
        if verdict.abstain:
            return declined(question, verdict.reason, candidates, retrieved)
        if intent.recommendation and intent.asks != "when":
            # "By what date is the review to publish its recommendations?" asks for a date,
            # which a paper's recommendations to the Board do not give.
            recommended = self.papers.recommendations(
                question, candidates, retrieved, intent.within
            )
            if recommended is not None:
                return recommended
        if intent.decision:
            if board_decision and not minutes_of_named(intent, candidates):
                reason = holdings.lacks("minutes", intent.meetings)
                return declined(question, reason, candidates, retrieved)
            decided = self.papers.decision(question, intent, candidates, retrieved)
            focus = intent.focus
            if (
                decided is not None
                and focus is not None
                and not focus.state
                and not decided.abstained
                and not any(speaks_to(focus, term_set(c.text)) for c in decided.citations)
            ):
                # "What vote count is recorded for the Board's approval of …?": the resolution
                # is there, the tally asked of it is not.
                reason = f"the passages closest to the question say nothing of {focus.word}"
                return declined_with(decided, reason)
            if decided is not None:
                return self._with_later_parts(decided, question, intent, query_text, filters)
        parts = [] if intent.decision else sub_questions(question)
        if len(intent.compare) > 1 and not parts:
            compared = self.parts.compared(query_text, intent, filters)
            if (
                intent.asks in ("how_much", "when")
                # "… from the MARAC manager in September 2020 … What is the MARAC manager's
                # name?": a name, which "the MARAC manager" is not.
                or (intent.asks == "who" and asks_name(question))
            ) and not any(holds_asked(intent.asks, e.sentence, question) for e in compared):
                # "In the June 2021 update, how much is each CSP's 2021/22 contract worth?":
                # no period's passage gives a figure; the answer is looked for as usual.
                compared = []
            if len(compared) >= 2:
                text, cites = compose_extractive(compared, intent.decision)
                return cited_answer(question, text, cites, retrieved)
        if (
            intent.kinds
            and "agenda" in intent.kinds
            and intent.asks != "who"  # "who is to present item 8?" asks for one entry
            and _LISTS_AGENDA.search(question)
            # "In the agenda of 19 March 2021, on which pages is the item Community Safety
            # Survey - Key Findings?" asks of one entry.
            and not names_an_entry(question, candidates)
            # "… under what title does that presentation appear on the agenda?" asks of one.
            and not _ONE_ENTRY.search(question)
        ):
            listed = self.papers.agenda(question, candidates, retrieved)
            if listed is not None:
                return listed
            # A meeting's ModernGov page is its agenda too, printed as prose ("A presentation
            # will be given by …"): its paragraphs answer, not a list of items.
            if intent.meetings and not any(c.payload.get("kind") == "webpage" for c in candidates):
                reason = holdings.lacks("agenda", intent.meetings)
                return declined(question, reason, candidates, retrieved)
        # A comparison names several things on purpose; one passage need not name them all.
        # A table's row ("Funding Body: Rutland County Council; 1/4/18 – 31/3/19: £56,325")
        # names neither its paper nor its topic: a question for a span of days (a table's
        # column) and a row it names is checked by its span instead (`lacks_span`).
        comparing = bool(intent.compare)
        asked = term_set(question) if day_spans(question) else set()
        cell = bool(asked) and any(
            row_label_named(c.text, asked, by_initials=True) for c in candidates[:3]
        )
        missing = (
            []
            if comparing or cell
            else missing_from(
                # What was said at a meeting must be on the topic the question names ("…
                # about hate crime"): its minutes may speak of everything else.
                list(
                    dict.fromkeys(
                        [
                            *whose_paper(
                                question,
                                beside_the_claim(
                                    question, salient_tokens(without_set_aside(question))
                                ),
                                item_titles([c.payload for c in candidates], holdings.agenda_titles)
                                + " "
                                + (
                                    holdings.bylines([c.payload for c in candidates[:5]])
                                    if names_a_paper(question)
                                    else ""
                                ),
                            ),
                            *(about_words(question) if intent.proceedings else ()),
                        ]
                    )
                ),
                # The titles of the best passages' items name what they are about too ("…
                # respondents to the Community Safety Survey …": the slides "Community
                # Cohesion & Safety" of the item "Community Safety Survey - Key Findings").
                " ".join(
                    [
                        *(as_listed(c.payload, question) for c in candidates[:5]),
                        item_titles([c.payload for c in candidates[:5]], holdings.agenda_titles),
                        # "the October 2018 meeting at County Hall": where it was held.
                        holdings.venue_of(intent.meetings),
                    ]
                ),
                question,
            )
        )
        # "Suppose a Blaby shopkeeper asks …", "our CSP": who stands in the scene need not be
        # in the passages that answer.
        standing_by = bystander_words(question)
        missing = [m for m in missing if m.lower() not in standing_by]
        if missing:
            reason = f"the passages closest to the question do not mention {', '.join(missing)}"
            return declined(question, reason, candidates, retrieved)
        if not parts:
            # "Who sent apologies …?": every name the list gives, not the first three; "…
            # from Melton Borough Council?" the entries that name it first.
            listed = ATTENDANCE_LIST if intent.attendance and asks_whole_list(question) else 3
            evidence = choose_evidence(
                intent, candidates, query_text, max_sentences=listed, said=said
            )
            measure = measure_words(intent.text) if intent.asks == "how_much" else None
            often = bool(HOW_OFTEN.search(intent.text))

            def gives(e: Evidence) -> bool:
                return (not measure or (e.cue > 0 and names_measure(measure, e.sentence))) and (
                    not often or says_how_often(e.sentence)
                )

            if (measure or often) and not any(gives(e) for e in evidence):
                # No figure for "the violence with injury rate" in the best five paragraphs
                # ("… stable except domestic violence with injury"), or only another measure's
                # ("… for the current rolling 12 months": the vehicle crime rate), or nothing
                # said of how often ("… will meet quarterly"): the paragraph that gives it
                # may be a little further down.
                further = choose_evidence(
                    intent, candidates, query_text, max_sentences=listed, max_paragraphs=FURTHER
                )
                lead = further[0] if further else None
                if lead and gives(lead):
                    evidence = further
            evidence = with_whole_figure(intent, evidence, candidates[:FURTHER], query_text, listed)
            if intent.asks == "when":
                evidence = expand.with_row_date(question, evidence, self.papers.paragraphs)
            if intent.asks == "who":
                evidence = expand.with_post_holder(question, evidence, self.papers.paragraphs)
            # A table's cell named by its row and column ("the Office of the PCC's
            # contribution for 1/4/17 to 31/3/18") is the answer, though its row never names
            # what the table measures ("Funding Body: Office of the …; 1/4/17 – 31/3/18: …").
            judged = replace(intent, focus=None) if cell else intent
            lacking = ("" if evidence else none_quotable(question)) or lacks_what_is_asked(
                judged, evidence, candidates
            )
            if lacking and intent.asks in ASKED:
                # "On 19th May 2019 a further Probation Reform was announced, this change
                # involves:": the figure is in the list it leads in to, quoted after it.
                items = expand.with_list_items(
                    evidence, self.papers.paragraphs, _answers_itself(intent)
                )
                if len(items) > len(evidence) and not lacks_what_is_asked(
                    judged, items, candidates
                ):
                    lacking = None
            if lacking:
                return declined(question, lacking, candidates, retrieved)
            if only_its_own_figures(question, [e.sentence for e in evidence]):
                # "What share of the £80 million … was allocated to Leicestershire?" is not
                # answered by "The government announced £80 million further funds …".
                reason = "the passages quoted give no figure but the question's own"
                return declined(question, reason, candidates, retrieved)
            if intent.asks == "how_much" and not comparing and not cell:
                # "How many county lines were operating in Rutland?" is not answered by the
                # figure for "Leicester, Leicestershire and Rutland".
                place = place_asked(without_set_aside(question))
                quoted = " ".join(as_listed(e.candidate.payload, question) for e in evidence)
                # "A Blaby shopkeeper asks …": the place of who asks is not the one asked of.
                of_asker = place is not None and set(place.lower().split()) <= standing_by
                if place and not of_asker and not names_place(place, quoted):
                    reason = f"the passages quoted give no figure for {place} on its own"
                    return declined(question, reason, candidates, retrieved)
            beside = (
                None
                if comparing or cell
                else self._beside_the_subject(question, intent, evidence, candidates, standing_by)
            )
            if beside:
                return declined(question, beside, candidates, retrieved)
        notice = None
        if self.services.llm is not None:
            answer, notice = self._answer_with_llm(question, candidates, retrieved)
            if answer is not None:
                return answer
        gaps: list[tuple[str, str]] = []
        if parts:
            # A search per part: done only when the LLM has not answered.
            evidence, gaps = self.parts.by_part(question, parts, intent, filters, query_text)
            if not evidence:
                reason = "; ".join(f"“{part}”: {why}" for part, why in gaps)
                return declined(question, reason, candidates, retrieved)
        paragraphs_of = self.papers.paragraphs
        evidence = expand.with_list_lead(question, evidence, paragraphs_of)
        evidence = expand.with_antecedent(
            question,
            expand.with_list_items(evidence, paragraphs_of, _answers_itself(intent)),
            paragraphs_of,
        )
        evidence = expand.with_section(question, evidence, paragraphs_of, candidates)
        text, cites = compose_extractive(evidence, intent.decision)
        if parts and gaps:
            text += unanswered(gaps)
        return cited_answer(question, text, cites, retrieved, notice, lead=False)

    def _beside_the_subject(
        self,
        question: str,
        intent: QueryIntent,
        evidence: list[Evidence],
        candidates: list[Candidate],
        standing_by: set[str],
    ) -> str | None:
        """Why the figure or person quoted is not of what the question names, or None: every
        passage that gives one misses most of its names, in a paper that never names them
        (`of_another_subject`). "What was the Sentinel Project Officer post expected
        to cost?" is not answered by "fund 13 local Prevent projects"; "Who is the named lead
        for the Bell Foundry Estate People Zone?" not by the chair of a lead member group."""
        if intent.asks not in ("how_much", "who"):
            return None
        second = _SECOND_QUESTION.search(question)
        if second and (
            intent.asks != "how_much" or len(content_terms(question[second.end() :])) >= 2
        ):
            return None  # "…, and through what framework …": each part names its own
        if second:
            # "What did the Community Leadership Programme cost, and who paid for it?": the
            # second part is about the first's subject, which is what must be spoken of.
            question = question[: second.start()]
        # "Bob Bearne's slides", "Dame Black's review", "In the Q2 dashboard, …": whose the
        # source is, or which it is, not what the figure is of; nor are the scene's names
        # ("The Board resolved to invite Dr Hardy …; in the key findings, what share …?").
        owners = set(" ".join(_OWNER.findall(question) + _SOURCE.findall(question)).split())
        named = [
            t
            for t in salient_tokens(after_scene(without_set_aside(question)))
            if not t[0].isdigit() and t.lower() not in standing_by and t not in owners
        ]
        holding = [
            self._listed(e.candidate, question)
            for e in evidence
            if holds_asked(intent.asks, e.sentence, question, intent.role)
        ]
        near = [self._listed(c, question) for c in candidates[:5]]
        if not of_another_subject(named, holding, near, question):
            return None
        kind = "a figure" if intent.asks == "how_much" else "a name"
        return f"the passages that give {kind} do not speak of {' '.join(named)}"

    def _listed(self, candidate: Candidate, question: str) -> tuple[str, str]:
        """A passage's document and its text as listed, with its item's title."""
        payload = candidate.payload
        titles = item_titles([payload], self.holdings.agenda_titles)
        return str(payload.get("document_id")), f"{as_listed(payload, question)} {titles}"

    def _grounded(self, question: str, answer: Answer, filters: UserFilters | None) -> Answer:
        """The answer led by the sentence of the paper its opening names ("The March 2021 OPCC
        update said PCC elections were going ahead - who was elected?"), when that sentence
        is found and not already cited."""
        said = paper_said(question)
        ground = None if answer.abstained or said is None else self.parts.ground(*said, filters)
        if ground is None or ground.candidate.key in {c.id for c in answer.citations}:
            return answer
        text, cites = joined(
            compose_extractive([ground], False), (answer.text, list(answer.citations))
        )
        return cited_answer(question, text, cites, answer.retrieved, answer.notice)

    def _through_person(self, question: str, filters: UserFilters | None, k: int) -> Answer | None:
        """A question that names a person by a deed ("whoever presented the MVP item … -
        what have they since drafted?"): who did it, then the rest asked of that name, as
        one answer. None when there is no such person, or the papers do not say who."""
        reference = person_reference(question)
        if reference is None or re.match(r"\s*who\b", reference.rest, re.IGNORECASE):
            return None  # "Who was the officer who presented it?" is one question
        if _POINTS_BACK.search(reference.who):
            return None  # "whoever presented it there": the talk, not this question, says what
        who_intent = self.retriever.intent(reference.who)
        who = self._answer_general(reference.who, who_intent, reference.who, filters, k)
        name = None if who.abstained else first_person(who.text, besides=reference.who)
        if name is None:
            return None
        rest = reference.named(name)
        then = self._answer_general(rest, self.retriever.intent(rest), rest, filters, k)
        if then.abstained:
            text = f"{who.text}{unanswered([(rest, reason_of(then))])}"
            return replace(
                who, question=question, text=text, retrieved=who.retrieved + then.retrieved
            )
        text, cites = joined((who.text, list(who.citations)), (then.text, list(then.citations)))
        return cited_answer(question, text, cites, who.retrieved + then.retrieved)

    def _with_later_parts(
        self,
        answer: Answer,
        question: str,
        intent: QueryIntent,
        query_text: str,
        filters: UserFilters | None,
    ) -> Answer:
        """A decision quoted from its RESOLVED block, with what the question asks besides it
        ("… asked for someone to present the survey. Who was that, and what share were
        satisfied with the fire service?"), each later part searched on its own."""
        # "In December 2020 the Board resolved to invite Dr Hardy …; in the key findings, what
        # share …?": the figure, date or person asked after the decision the scene recalls
        # (an open "what did it find" is the decision's own story).
        asked = after_scene(question)
        typed = asked != question and self.retriever.intent(asked).asks in ASKED
        parts = sub_questions(question) or ([asked] if typed else [])
        later = [p for p in parts if not DECISION.search(p)]
        if not later:
            return answer
        evidence, gaps = self.parts.by_part(question, later, intent, filters, query_text)
        text, cites = answer.text, list(answer.citations)
        # What the RESOLVED block already quotes is not said twice.
        quoted = {c.id for c in cites}
        evidence = [e for e in evidence if e.candidate.key not in quoted]
        if evidence:
            text, cites = joined((text, cites), compose_extractive(evidence, False))
        text += unanswered(gaps)
        return cited_answer(question, text, cites, answer.retrieved)

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
