"""Questions answered in pieces: several questions in one ("Who presented it, and what was
decided?"), and comparisons of periods ("How did X change between 2018 and March 2021?").

Each piece gets a search of its own, so that one part's or one period's passages cannot
crowd out another's; the `Answerer` composes what they find.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from boardqa.answer.abstain import (
    lacks_answer_type,
    lacks_focus,
    lacks_month,
    lacks_span,
    lacks_split,
)
from boardqa.answer.accountability import lacks_accountability
from boardqa.answer.counted import counted_noun
from boardqa.answer.evidence import Evidence, choose_evidence, with_whole_figure
from boardqa.answer.expand import ParagraphsOf, with_bullets_of
from boardqa.answer.kinds import ASKS_MONEY, MONEY, holds_asked, holds_figure
from boardqa.answer.labels import numbered_labels
from boardqa.answer.mentions import YES_NO, missing_from, salient_tokens
from boardqa.answer.units import units_near_with_before
from boardqa.clauses import after_scene, asks_something
from boardqa.day_asked import date_noun_words, names_the_day
from boardqa.focus import BID_OUTCOME, Focus, focus_of, group_asked, role_asked, speaks_to
from boardqa.further_hits import written_long_before
from boardqa.parse.dates import FULL_MONTH_TITLES, FULL_MONTHS
from boardqa.query import HOW_MUCH, QueryIntent
from boardqa.question_periods import CHANGED
from boardqa.retrieve import Candidate, Retriever, UserFilters
from boardqa.succession import names_a_successor, succeeded_name
from boardqa.sum_asked import NAMED_WITH_ITS_SUM, PUT_TO, VALUE_OF
from boardqa.words import content_terms, overlap, term_set, topic_words

#: A topic the question opens with, before a colon ("Residential burglary: what …").
_TOPIC = re.compile(r"^\s*([^:?]{3,60}):\s+\S")


def setting(evidence: Evidence) -> str:
    """What frames a quoted sentence: its heading and the lead-in of its list."""
    payload = evidence.candidate.payload
    return f"{payload.get('heading') or ''} {payload.get('list_context') or ''}"


_YEAR = re.compile(r"(?:19|20)\d\d\b")
#: What a later period's paragraph gains for its words' overlap (Jaccard) with the paragraph
#: the first period was answered from.
PARALLEL = 0.2
#: A measure a comparison of periods asks after ("the rate", "the number of referrals").
_MEASURE = re.compile(
    r"\b(?:rates?|numbers?|figures?|levels?|percentages?|proportions?|totals?|counts?|"
    r"amounts?|scores?|costs?)\b",
    re.IGNORECASE,
)
#: How long after a period with no meeting its papers may report on it (`PartAnswers._period`).
REPORTED_WITHIN = timedelta(days=183)


_SUCCESS = Focus("successful", state=True)
#: The share of an opening's words a sentence must hold to ground it (`PartAnswers.ground`).
GROUNDED = 0.6
#: A part that asks which thing: "which post …", "and what authority …" (not "which was").
_WHICH_THING = re.compile(
    r"^\s*(?:and\s+)?(?:which|what)\s+(?!(?:is|was|were|are|did|does|do|has|have|had|will|"
    r"would|can|could|should)\b)([a-z]+)\b",
    re.IGNORECASE,
)
#: How much of a later part's words a sentence an earlier part quoted must hold to answer it.
QUOTED_COVERAGE = 0.5
#: How many paragraphs after one an earlier part quoted, in the same paper, a later part may
#: be answered from (`PartAnswers._in_following`).
FOLLOWING = 5
#: A question answered yes or no: "Was the bid successful?", "Did the SPB approve it?".


#: "… and how many of them affect the county?": a count of what the part before it counted.
_OF_THEM = re.compile(r"\bhow many of (?:them|those|these)\b", re.IGNORECASE)


def _counted_as(part: str, first: str) -> str:
    """The part with "how many of them" naming what the first part counts ("how many lines
    affect the county"), so that "county" is not taken for what is counted."""
    noun = counted_noun(first) if _OF_THEM.search(part) else None
    return _OF_THEM.sub(f"how many {noun}", part) if noun else part


def _titled(candidate: Candidate) -> str:
    """A paragraph with its paper's title and heading, which name what it is about."""
    p = candidate.payload
    return f"{p.get('document') or ''} {p.get('heading') or ''} {candidate.text}"


def lacks_what_is_asked(
    intent: QueryIntent, evidence: list[Evidence], near: list[Candidate]
) -> str | None:
    """Why the chosen `evidence` cannot answer the question, or None: it holds no figure, date
    or person of the kind asked, or the best paragraphs (`near`) never speak of the question's
    focus, or the paragraphs quoted never speak of the verb it turns on."""
    outcome_of = BID_OUTCOME.search(intent.text)
    if intent.focus == _SUCCESS and (YES_NO.match(intent.text) or outcome_of):
        # "Did the Safer Streets 3 Parks bid succeed?" is not answered by "The OPCC were
        # previously successful in securing 3 bids": a success must be said of the bid named,
        # not of another round's. (An approval is recorded of what a paper is about, often by
        # a shorter name: not so checked.) A body named by its initials is often "the Board"
        # in the paragraph that answers, and a year is when, not what.
        named = [t for t in salient_tokens(intent.text) if not t.isupper() and not _YEAR.match(t)]
        # "The outcome of the Parks bid": of a bid, not of "New Parks" in another paper.
        named += [outcome_of.group(1)] if outcome_of else []
        # A paper titled for the bid ("… Bid (the Hope Project)") names it for its paragraphs.
        near = [c for c in near if not missing_from(named, _titled(c), intent.text)]
    sentences = [e.sentence for e in evidence]
    paragraphs = [e.candidate.text for e in evidence]
    if why := lacks_accountability(intent.text, paragraphs):
        return why  # "To which body does the group report?" of a passage that never says
    group = group_asked(intent.text)
    if group is not None and not any(speaks_to(group, term_set(s)) for s in sentences):
        return f"the passages quoted say nothing of {group.word}"
    return (
        lacks_answer_type(
            intent,
            sentences,
            [setting(e) for e in evidence],
            [str(e.candidate.payload.get("meeting_date") or "") for e in evidence],
            paragraphs,
        )
        or _lacks_focus_near(intent, near, paragraphs)
        or lacks_span(intent.text, sentences)
        or lacks_month(intent, sentences)
        or lacks_split(intent.text, sentences)
        or _date_of_another_subject(intent, evidence, near)
        or _day_not_named(intent, sentences)
        or _only_the_one_followed(intent, sentences)
        or _sum_not_for_purpose(intent, sentences)
        or _sum_not_of_priced(intent, sentences)
        or _written_too_early(intent, evidence)
        or _rows_of_another_table(intent, evidence)
    )


def _date_of_another_subject(
    intent: QueryIntent, evidence: list[Evidence], near: list[Candidate]
) -> str | None:
    """Why the dates quoted are not of what the question asks about, or None: a rare name it
    gives (`QueryIntent.rare`) is in no passage that gives a date, nor in its paper's other
    passages near the question. "When was Operation Encompass introduced?" is not answered
    by "joint enforcement in 2020" in the County Lines report."""
    if intent.asks != "when" or not intent.rare:
        return None
    dated = [e.candidate for e in evidence if holds_asked("when", e.sentence, intent.text)]
    if not dated:
        return None

    def paper(c: Candidate) -> str:
        return str(c.payload.get("document") or "")

    for name in intent.rare:
        naming = {paper(c) for c in near[:5] if not missing_from([name], _titled(c), intent.text)}
        if all(
            missing_from([name], _titled(c), intent.text) and paper(c) not in naming for c in dated
        ):
            return f"the passages that give a date do not speak of {name}"
    return None


def _day_not_named(intent: QueryIntent, sentences: list[str]) -> str | None:
    """Why no sentence quoted gives the day the question names, or None: "What completion
    date had been set for the Volunteering Passport?" is not answered by what the passport is
    for, nor "When was the fourth People Zone due to start?" by the years it is funded for. A
    date must stand in a sentence that names that day ("… would commence in April 2022")."""
    words = date_noun_words(intent.text, named=True)
    if intent.asks != "when" or not words:
        return None
    if any(names_the_day(words, s) and holds_asked("when", s, intent.text) for s in sentences):
        return None
    return "the passages quoted do not give that day"


def _only_the_one_followed(intent: QueryIntent, sentences: list[str]) -> str | None:
    """Why no sentence quoted names who followed what the question says was followed ("Which
    provider won the new contract to follow UAVA?" of UAVA's own award, or of "the new …
    services would commence in April 2022"), or None."""
    name = succeeded_name(intent.text)
    if not name or not sentences:
        return None
    if any(names_a_successor(s, intent.text, name) for s in sentences):
        return None
    return f"the passages quoted speak only of {name}, not of what followed it"


def _sum_not_for_purpose(intent: QueryIntent, sentences: list[str]) -> str | None:
    """Why no sentence that gives a sum speaks of the purpose the question puts it to ("How
    much … was set aside for the academic evaluation?" of the contract price), or None."""
    m = PUT_TO.search(intent.text)
    if intent.asks != "how_much" or not m:
        return None
    purpose = term_set(m.group("purpose")) - term_set("project scheme work each")
    if not purpose or any(MONEY.search(s) and purpose & term_set(s) for s in sentences):
        return None
    return f"the passages that give a sum do not say it was for {m.group('purpose').strip()}"


def _sum_not_of_priced(intent: QueryIntent, sentences: list[str]) -> str | None:
    """Why no sentence that gives a sum speaks of the contract, bid, grant or post whose value
    the question asks ("What is the value of each CSP's 2021/22 contract?" is not answered by
    "a £20m fund for 2021/22 … to submit up to 3 partnership bids"), or None."""
    m = VALUE_OF.search(intent.text)
    if intent.asks != "how_much" or not m:
        return None
    noun = NAMED_WITH_ITS_SUM.search(intent.text[m.end() :])
    if noun is None:
        return None
    word = noun.group(1).lower()
    if any(MONEY.search(s) and re.search(rf"\b{word}", s, re.IGNORECASE) for s in sentences):
        return None
    return f"the passages that give a sum do not say what the {word} is worth"


def _written_too_early(intent: QueryIntent, evidence: list[Evidence]) -> str | None:
    """Why papers written over a year before the time a question names cannot say what had
    happened by then ("By spring 2021, how many of the 21 refuge units were open?" of the
    2018 bid that planned them), or None. A sentence naming the year asked may still look
    ahead to it ("due to open in April 2021")."""
    months = intent.months
    if not months and intent.until and not intent.since and intent.asks == "how_much":
        # "How many of the 21 units had been delivered by March 2021?": a count as it stood
        # then, which the 2018 bid that planned them does not give.
        months = ((intent.until.year, intent.until.month),)
    if intent.meetings or not months or not evidence:
        return None
    years = {str(y) for y, _ in months}
    if all(
        written_long_before(e.candidate.payload, months) and not any(y in e.sentence for y in years)
        for e in evidence
    ):
        year, month = months[0]
        return f"the passages quoted were written long before {date(year, month, 1):%B %Y}"
    return None


def _lacks_focus_near(
    intent: QueryIntent, near: list[Candidate], paragraphs: list[str]
) -> str | None:
    """`lacks_focus` over the units of the best paragraphs, each with the one before it."""
    units = units_near_with_before(intent, near)
    return lacks_focus(
        intent,
        [unit for unit, _ in units],
        paragraphs,
        before=[previous for _, previous in units],
    )


def _runs(question: str, tokens: list[str]) -> list[str]:
    """The tokens joined where the question writes them one after another: "Home Office" is
    one name, which "the Office of the Police and Crime Commissioner" does not mention."""
    runs: list[str] = []
    for token in tokens:
        if runs and re.search(rf"\b{re.escape(runs[-1])}\s+{re.escape(token)}\b", question):
            runs[-1] = f"{runs[-1]} {token}"
        else:
            runs.append(token)
    return runs


def _rows_of_another_table(intent: QueryIntent, evidence: list[Evidence]) -> str | None:
    """Why the sums quoted do not answer: each is a table's row that names nothing the
    question names, not in its row, heading or paper's title ("How much did the OPCC's three
    Safer Streets bids secure?" against "Funding Body: TOTAL; 1/12/15 – 31/3/16: £273,166.66"
    of a contract's price table). A sentence of prose may name its topic a paragraph before,
    so only rows are so checked."""
    if intent.asks != "how_much" or not ASKS_MONEY.search(intent.text):
        return None
    # Initials ("LLR", "OPCC") name the area or body a whole table is of, seldom its rows.
    named = _runs(
        intent.text,
        [t for t in salient_tokens(intent.text) if not t[:1].isdigit() and not t.isupper()],
    )
    holding = [e for e in evidence if holds_figure(e.sentence, intent.text)]
    if not named or not holding:
        return None
    if all(
        e.candidate.payload.get("role") == "table_row"
        and len(missing_from(named, _titled(e.candidate), intent.text)) == len(named)
        and not _table_named(e.candidate, intent.text)
        for e in holding
    ):
        return "the passages closest to the question give sums for something else"
    return None


def _table_named(candidate: Candidate, question: str) -> bool:
    """Whether the question names the table the row is of by its heading's words ("In the
    contract price table …" for a row under "Contract Price"): two words at least, so that a
    heading of one common word names nothing."""
    heading = term_set(str(candidate.payload.get("heading") or ""))
    return len(heading) >= 2 and heading <= term_set(question)


#: Roles held for a paper rather than a body: "and who is the officer to contact?" is about
#: the paper the first part names; "and who is the PCC?" is a question of its own.
_PAPER_ROLE = re.compile(r"\b(?:officers? to contact|contact|author)\b", re.IGNORECASE)


#: A part that points back to what the first part names ("what was it in …", "who led
#: them").
_POINTS_BACK = re.compile(
    r"\b(?:it|its|they|them|their)\b"
    # "… and what caveat is attached to the figures?": the figures the first part asks for.
    r"|\b(?:the|these|those)\s+(?:figures|data|numbers|results|rates)\b"
    # "… and what had that become by the Q3 2020/21 report?": the figure the first part asks.
    r"|\b(?:that|this)\s+(?:become|come|changed|moved|gone|risen|fallen|dropped|reached)\b"
    # "… and what share in the March 2021 one?": the first part's paper, of another time.
    r"|\bthe\s+(?:[\w/-]+\s+){1,3}?one\b(?!\s+(?:of|who|which|that)\b)",
    re.IGNORECASE,
)
#: A part that asks about the answer to the part before it: "how big a rise was that".
_THAT_ANSWER = re.compile(r"\b(?:was|is|were|are)\s+(?:that|this)\b(?!\s+(?:the|a|an)\b)", re.I)
#: Words that name a period or its paper, or belong to a question phrase ("how long"), not a
#: topic ("Q3", "2020/21", "report").
_PERIOD_WORD = re.compile(
    r"long|often|much|many|q[1-4]|quarter|(?:19|20)\d\d(?:/\d\d)?|reports?|papers?|pack|"
    r"meeting|year|month|performance|dashboard|updates?|"
    # "… and what had it come down to by …", "where did it sit in …": how a figure moved.
    rf"come|came|down|become|became|gone|risen|rise|fallen|fall|dropped|moved|changed|reached|"
    rf"{FULL_MONTHS}"
)
#: A period a part names of its own: a quarter, a month or a year.
_NAMES_PERIOD = re.compile(
    rf"\b(?:Q[1-4]|quarter\s+[1-4]|(?:19|20)\d\d(?:/\d\d)?|{FULL_MONTH_TITLES})\b"
)
#: A name that is a period ("quarter 2", "Q3", "June").
_IS_PERIOD = re.compile(rf"^(?:{_NAMES_PERIOD.pattern})$", re.IGNORECASE)


def _anothers_period(name: str, part: str) -> bool:
    """Whether `name` is a period ("quarter 3", "Q3", "June") that the part, which names a
    period of its own, does not name."""
    if not (_IS_PERIOD.search(name) and _NAMES_PERIOD.search(part)):
        return False
    quarter = re.fullmatch(r"(?:q|quarter)\s*([1-4])", name.strip(), re.IGNORECASE)
    own = rf"\b(?:Q|quarter\s*){quarter.group(1)}\b" if quarter else rf"\b{re.escape(name)}\b"
    return not re.search(own, part, re.IGNORECASE)


#: A part asked of a time after the question's other period: "… and has it gone out since?",
#: "how much did the bid end up winning?".
_LATER = re.compile(
    r"\b(?:since|end(?:ed)?\s+up|eventually|in the end|ultimately|afterwards|later on|by now)\b",
    re.IGNORECASE,
)


#: Words that set one period against another ("How did it change …", "compared with",
#: "since", "risen"; not "between", which also joins two things).
_SETS_AGAINST = re.compile(rf"\b(?:{CHANGED}|since|versus|vs)\b", re.IGNORECASE)


def _without_shared_meetings(scopes: list[QueryIntent], question: str) -> list[QueryIntent]:
    """Periods compared as distinct: "How did overall crime change between the Quarter 1
    figures discussed in October 2018 and the Quarter 2 2018/19 report?" names a period
    (2018/19) that holds the other's meeting; the wider one is answered from its other
    meetings. A question that sets nothing against anything ("In the Q1 2018/19 discussion at
    the October 2018 meeting, …") names one time twice."""
    if not _SETS_AGAINST.search(question):
        return scopes
    out = []
    for scoped in scopes:
        held = set(scoped.meetings)
        inner = {d for other in scopes if set(other.meetings) < held for d in other.meetings}
        if inner and held - inner:
            scoped = replace(scoped, meetings=tuple(sorted(held - inner)))
        out.append(scoped)
    return out


class PartAnswers:
    """The searches per part and per period, over the `Answerer`'s retriever."""

    def __init__(
        self,
        retriever: Retriever,
        in_quarters: Callable[[str, QueryIntent], QueryIntent] = lambda _, intent: intent,
        paragraphs_of: ParagraphsOf | None = None,
    ) -> None:
        self.retriever = retriever
        # A document's paragraphs in order, to read the bullets under a slide's label.
        self.paragraphs_of = paragraphs_of
        # "… and what was it in the Q3 2020/21 report?": a part about a quarter is answered
        # from the files that report on it (`Holdings.within_reported_quarters`).
        self.in_quarters = in_quarters

    def by_part(
        self,
        question: str,
        parts: list[str],
        intent: QueryIntent,
        filters: UserFilters | None,
        query_text: str = "",
    ) -> tuple[list[Evidence], list[tuple[str, str]]]:
        """A question that asks several things, each part answered on its own: the part's own
        words and period lead its search, the names the question gives elsewhere ("the LLR
        DASV contract … what happened to that timetable") keep it on topic, and so do those a
        follow-up borrows from the conversation (`query_text`: "When did it start, and how
        many took part?"). A part whose best evidence lacks what it asks for (no figure for
        "how much") adds nothing, and is returned with the reason among the gaps."""
        # A numbered name travels whole ("Safer Streets 3"), so that the part is not answered
        # by "Safer Streets 2"; other names as words.
        labels = [f"{words} {number}" for words, number in numbered_labels(question)]
        own = set(content_terms(question))
        borrowed = [t for t in content_terms(query_text) if t not in own]
        # "Residential burglary: what rate did the 2018 report give, and what does the Q3
        # report say now?": the topic before the colon is every part's.
        topic = _TOPIC.match(question)
        borrowed += list(content_terms(topic.group(1))) if topic else []
        names = [*labels, *(t for t in salient_tokens(question) if not t[0].isdigit()), *borrowed]
        evidence: list[Evidence] = []
        gaps: list[tuple[str, str]] = []
        first = parts[0]
        for i, part in enumerate(parts):
            # A period named in one part is not another's that names its own ("… to June
            # 2018, and where did it sit in the Q3 2020/21 report?": "Q3" is not June 2018's).
            # A part that names none takes the question's ("Q2 2018/19: what % …, and what
            # is the normal range?").
            kept = [n for n in names if not _anothers_period(n, part)]
            context: list[str] = []
            fallback: list[str] = []
            topic = [t for t in topic_words(first) if t not in content_terms(part)]
            if (
                i
                and asks_something(parts[0])
                and (_PAPER_ROLE.search(role_asked(part) or "") or len(content_terms(part)) <= 2)
            ):
                # "Who wrote the hate strategy update, and who is the officer to contact?", "…
                # and how much did it win?": a part that names nothing of its own (or a role,
                # held for a paper or a body) is about what the first part names; if that
                # went unanswered, so does this one.
                if gaps and gaps[0][0] == parts[0]:
                    gaps.append((part, "the part before it, which it is about, is not answered"))
                    continue
                context = topic
            elif i and _THAT_ANSWER.search(part):
                # "… and how big a rise was that on the previous rolling 12 months?": "that"
                # is the first part's answer, whatever else the part names.
                context = topic
            elif i and _POINTS_BACK.search(part):
                # "… and what was it in the Q3 2020/21 report?": "it" is what the first part
                # names. A part with words of its own besides a period is looked for by them
                # first ("which Rutland councillor sat on it?" finds its paragraph by itself).
                own = [t for t in content_terms(part) if not _PERIOD_WORD.fullmatch(t)]
                if len(own) <= 2:
                    context = topic
                else:
                    fallback = topic
            found, why = self._part(_counted_as(part, first), context, kept, intent, filters)
            if found and evidence:
                found = self._cheaper(part, found, evidence, topic)
            asked = after_scene(part)
            if not found and asked != part:
                # "The Board invited Dr Hardy to present the survey. In the slides, what share
                # were satisfied …?": the scene's words found the invitation, not the slides;
                # the part is asked again without them.
                scene = part[: len(part) - len(asked)].lower()
                unset = [n for n in kept if n.lower() not in scene]
                found, why = self._part(asked, context, unset, intent, filters)
                if found and not i:
                    # The later parts are about the same.
                    first, names = asked, [n for n in names if n.lower() not in scene]
            if not found and fallback:
                found, why = self._part(part, [*context, *fallback], kept, intent, filters)
            if not found and evidence:
                # "… for how long had that contract been extended, and when were the new
                # services expected to start?": the sentence an earlier part quoted may say it
                # ("… extended for 12 months and … would commence in April 2022"), or one of
                # the paragraphs that follow it in its paper ("Who chaired the lead member
                # group, and how often was that group to meet?": "… Chaired by …", then five
                # paragraphs on, "The lead member group will meet quarterly …").
                found = self._in_quoted(part, evidence) or self._in_following(part, evidence)
            if not found:
                gaps.append((part, why))
            seen = {e.sentence for e in evidence}
            for e in found:
                if e.sentence not in seen:
                    seen.add(e.sentence)
                    evidence.append(e)
        return evidence, gaps

    def _part(
        self,
        part: str,
        context: list[str],
        names: list[str],
        intent: QueryIntent,
        filters: UserFilters | None,
    ) -> tuple[list[Evidence], str]:
        """One part's evidence, searched with its own words, the `context` it is about and
        the question's `names`; or no evidence and why."""
        context = [*context]
        for name in names:
            if name.lower() not in " ".join([part, *context]).lower():
                context.append(name)
        text = " ".join([part, *context])
        # The part's own words say what it turns on, not the names added for context.
        pintent = self.retriever.intent(text)
        own = self.retriever.intent(part)
        thing = _WHICH_THING.match(part)
        if own.asks != pintent.asks and (
            own.focus is not None or (thing and not HOW_MUCH.fullmatch(thing.group(1)))
        ):
            # "… and what caveat is attached to the figures?": the first part's "rate", added
            # for context, does not make this one ask for a figure; nor does "funding" make
            # "which post did those contributions pay for?" ask how much.
            pintent = replace(pintent, asks=own.asks)
        pintent = replace(
            pintent,
            focus=None if pintent.decision else focus_of(part, pintent.asks),
            role=role_asked(part) if pintent.asks == "who" and not pintent.chair else None,
            # The place the question points to by position holds every part's answer.
            within=intent.within,
            # The rare names the part itself asks about, not those added for context.
            rare=own.rare,
        )
        pintent = self.in_quarters(part, pintent)
        if not (
            pintent.meetings or pintent.since or pintent.until or pintent.compare or pintent.months
        ):
            # Another part's period favours this part's search but does not bound it: "in
            # March … who became PCC" is answered by the June papers.
            boost = intent.meetings or intent.boost_meetings
            if boost and _LATER.search(part):
                # "… in March 2021, and has it gone out since?": the papers after it.
                boost = tuple(d for d in self.retriever.meetings if d > max(boost)) or boost
            pintent = replace(pintent, boost_meetings=boost)
        why, found = "no passage answers it", []
        for chosen in self.by_period(text, pintent, filters):
            paragraphs = _paragraphs_of(chosen)
            why = lacks_what_is_asked(pintent, chosen, paragraphs) or (
                "" if chosen else "no passage answers it"
            )
            if not why:
                found.extend(chosen)
        return found, why

    def _in_quoted(
        self, part: str, evidence: list[Evidence], paragraphs: list[Candidate] | None = None
    ) -> list[Evidence]:
        """The sentences of the paragraphs already quoted (or of `paragraphs`) that answer a
        later part, holding what it asks and most of its words; [] when none does."""
        pintent = self.retriever.intent(part)
        quoted = _paragraphs_of(evidence) if paragraphs is None else paragraphs
        most = 3 if paragraphs is None else len(paragraphs)
        chosen = [
            e
            for e in choose_evidence(pintent, quoted, part, max_sentences=2, max_paragraphs=most)
            if e.coverage >= QUOTED_COVERAGE
        ]
        paragraphs = _paragraphs_of(chosen)
        return [] if not chosen or lacks_what_is_asked(pintent, chosen, paragraphs) else chosen

    def _cheaper(
        self, part: str, found: list[Evidence], evidence: list[Evidence], topic: list[str]
    ) -> list[Evidence]:
        """What answers a later part at no more citations than the paragraphs its own search
        `found` in another paper: a sentence an earlier part quoted that holds as many of the
        part's words ("…, and would the partnership have to find match funding?": "…
        £550,000, no match funding required"; not "… can commission through the framework"
        for "… has any joint commissioning involving the PCC started?"), else a paragraph a
        few on in the quoted paper that holds more of the part's and its `topic`'s words ("…
        when could that person start?": "… a part time DA analyst can be recruited to start
        from April", not "The programme will start early September"); else `found`. What the
        search finds in the paragraphs already quoted is kept: it may be the next sentence,
        which says the rest."""
        if {e.candidate.key for e in evidence} & {e.candidate.key for e in found}:
            return found
        words = term_set(part)
        about = words | term_set(" ".join(topic))

        def most(chosen: list[Evidence], of: set[str]) -> int:
            return max(len(of & term_set(e.sentence)) for e in chosen)

        quoted = self._in_quoted(part, evidence)
        if quoted:
            return quoted if most(quoted, words) >= most(found, words) else found
        following = self._in_following(part, evidence)
        return following if following and most(following, about) > most(found, about) else found

    def _in_following(self, part: str, evidence: list[Evidence]) -> list[Evidence]:
        """The sentences of the paragraphs that follow (`FOLLOWING` of them) those already
        quoted, in the same paper, that answer a later part as `_in_quoted` requires; []
        when none does."""
        if self.paragraphs_of is None:
            return []
        quoted = _paragraphs_of(evidence)
        have = {c.key for c in quoted}
        after: list[Candidate] = []
        documents: dict[str, list[dict[str, Any]]] = {}  # each paper read once
        for c in quoted:
            document = str(c.payload.get("document_id") or "")
            if document not in documents:
                documents[document] = self.paragraphs_of(document)
            paragraphs = documents[document]
            at = next((i for i, p in enumerate(paragraphs) if p.get("key") == c.key), None)
            if at is None:
                continue
            # Whole paragraphs, not the items of a list between them ("16(i) Inadequate …").
            whole = [p for p in paragraphs[at + 1 :] if "(" not in str(p.get("number") or "")]
            for p in whole[:FOLLOWING]:
                key = str(p.get("key"))
                if key not in have:
                    have.add(key)
                    after.append(replace(c, key=key, payload=p))
        return self._in_quoted(part, [], after) if after else []

    def ground(self, scene: str, claim: str, filters: UserFilters | None) -> Evidence | None:
        """The sentence of the paper a question's opening names (`scene`: "The March 2021 OPCC
        update said PCC elections were going ahead") that says the `claim` ("PCC elections
        were going ahead"), or None when none holds more than half the claim's words."""
        intent = self.retriever.intent(scene)
        found = self.retriever.search(scene, intent, filters, limit=5, query_text=scene)
        chosen = choose_evidence(intent, found, claim, max_sentences=1, max_paragraphs=3)
        best = max(chosen, key=lambda e: e.score, default=None)
        return best if best is not None and best.coverage >= GROUNDED else None

    def by_period(
        self, text: str, intent: QueryIntent, filters: UserFilters | None
    ) -> list[list[Evidence]]:
        """The best sentences in each period the intent compares, oldest first (or in the
        intent's own scope when it compares none): each period searched on its own, so that
        one meeting's papers cannot crowd out the other's."""
        scopes = [
            self._period(intent, lo, hi)
            for lo, hi in (intent.compare if len(intent.compare) > 1 else ())
        ] or [intent]
        scopes = _without_shared_meetings(scopes, text)
        out = []
        for scoped in scopes:
            if len(scopes) > 1 and scoped.asks == "what" and _MEASURE.search(text):
                # "How did the rate in 2018 compare with the rate in Q3 2020/21?": each period
                # answers with its figure, not with a sentence on the topic.
                scoped = replace(scoped, asks="how_much")
            found = self.retriever.search(text, scoped, filters, limit=8, query_text=text)
            if scoped is not intent and scoped.meetings:
                # The March 2021 pack's minutes of December 2020 are December's, not March's.
                held = {d.isoformat() for d in scoped.meetings}
                found = [c for c in found if c.payload.get("about_meeting") in (None, *held)]
            if out and out[0]:
                # "Has the 20 May focus changed since March?": the later paper's row that
                # parallels the one the first period was answered from ("20 May Introduction
                # to new PCC, review …" beside "20 May Introduction to new PCC Annual report …").
                first = term_set(out[0][0].candidate.text)
                found = sorted(
                    (
                        replace(c, score=c.score + PARALLEL * overlap(first, term_set(c.text)))
                        for c in found
                    ),
                    key=lambda c: -c.score,
                )
            found = found[:5]
            if self.paragraphs_of is not None:
                found = with_bullets_of(found, text, self.paragraphs_of)
            chosen = choose_evidence(scoped, found, text, max_sentences=2, max_paragraphs=3)
            chosen = with_whole_figure(scoped, chosen, found, text, max_sentences=2)
            if not chosen and len(scopes) > 1:
                # "the rate as at June 2018 … the rate in the Q3 2020/21 report": "Q3" is
                # the later period's; the 2018 paper is of Q2.
                chosen = choose_evidence(
                    scoped, found, text, max_sentences=2, max_paragraphs=3, labelled=False
                )
            out.append(chosen)
        return out

    def _period(self, intent: QueryIntent, lo: date, hi: date) -> QueryIntent:
        """The intent narrowed to one period: to the meetings held in it when there are any,
        so that a meeting's minutes printed in a later pack count for its own period ("in
        December 2020 there was a proposal …" is in the March 2021 pack's minutes); else to
        the papers dated in it."""
        held = tuple(d for d in self.retriever.meetings if lo <= d <= hi)
        if not held:
            # "the rate as at June 2018": no meeting that month; the papers that report on it
            # come to the meetings of the half-year after ("… as at June 2018 … is at 39%" in
            # the December 2018 pack).
            held = tuple(d for d in self.retriever.meetings if hi < d <= hi + REPORTED_WITHIN)
        if held:
            return replace(
                intent, meetings=held, since=None, until=None, boost_meetings=(), compare=()
            )
        return replace(intent, since=lo, until=hi, boost_meetings=(), compare=())

    def compared(
        self, query_text: str, intent: QueryIntent, filters: UserFilters | None
    ) -> list[Evidence]:
        """ "How did X change between 2018 and March 2021?": the best evidence from each
        period, oldest first. Periods may overlap ("Q3 2020/21 … at the 19 March 2021
        meeting"): a sentence found in both is kept once."""
        return list(
            {
                (e.candidate.key, e.sentence): e
                for chosen in self.by_period(query_text, intent, filters)
                for e in chosen
            }.values()
        )


def _paragraphs_of(evidence: list[Evidence]) -> list[Candidate]:
    """The paragraphs the evidence quotes, each once, in the order first quoted."""
    return list({e.candidate.key: e.candidate for e in evidence}.values())
