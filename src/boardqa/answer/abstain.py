"""When to say "the archive does not say": calibrated on evals/, never on single questions.

The signal is how well the best paragraph matches: its embedding similarity to the question
and the share of the question's content words it contains. Answerable questions in the eval
set reach one of them clearly; unanswerable ones (topics the board never discussed) reach
neither.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from boardqa.answer.counted import counted_noun, counts_in, counts_noun
from boardqa.answer.figures import figures_beside_the_point
from boardqa.answer.kinds import (
    ASKED,
    CAUSE,
    CONTACT_NAMES,
    DECIDED,
    HOW_OFTEN,
    WHERE_HELD,
    WHICH_MEETING,
    asks_name,
    beyond_raising,
    contact_asked,
    gives_contact,
    holds_asked,
    names_venue,
    says_how_often,
    without_ages,
)
from boardqa.answer.measures import of_the_whole, whole_asked
from boardqa.answer.persons import (
    gives_title,
    name_of_post_asked,
    names_titled_post,
    people,
    surname,
    surname_asked,
    title_asked,
)
from boardqa.focus import DONE_VERBS, done_in, judged_in, speaks_to
from boardqa.instructions import QUESTION_WORD
from boardqa.parse.dates import (
    MONTH_NAMES,
    MONTH_YEAR,
    MONTHS,
    format_long,
    iter_month_years,
    parse_long_dates,
    parse_numeric_dates,
)
from boardqa.query import QueryIntent
from boardqa.question_periods import day_spans, month_spans
from boardqa.question_verbs import PREFER_ONLY, speaks_of_verb
from boardqa.retrieve import Candidate
from boardqa.verbs import root_of
from boardqa.words import STOPWORDS, stem, term_set

#: How well the best of the top five paragraphs must match (embedding similarity plus half the
#: share of the question's words it holds). Chosen on evals/ (370 tuned questions): below
#: 0.45 are only questions the archive cannot answer; between 0.45 and 0.6 are long, chatty
#: questions it can answer ("I've got the standalone copy of …") beside one it cannot, which
#: the checks on what the question names and asks for decline.
MIN_MATCH = 0.45


@dataclass(frozen=True)
class Verdict:
    abstain: bool
    reason: str


def judge(
    intent: QueryIntent,
    candidates: list[Candidate],
    archive_span: str,
    talked_of: frozenset[str] = frozenset(),
) -> Verdict:
    """Whether to decline before reading the passages: a period the archive holds no papers
    for, or no passage near the question. A follow-up whose best passage is one the last
    answer cited (`talked_of`) is near what the talk is about, however few words it has."""
    period = intent.unknown_period
    if period and not (
        # What the Board itself said then is in minutes of that time, which it lacks; so is
        # what a paper said when it came back to the Board then.
        not intent.proceedings
        and not _BACK_TO_THE_BOARD.search(intent.text)
        and of_another_body(intent.text, period)
        and any(names_period(period, c.text, _year_of(c)) for c in candidates[:10])
    ):
        # A period with no meeting may still be written about by a later paper ("in 2017
        # the contract was extended"); only when no passage names it is it unknown.
        return Verdict(True, f"it holds no papers for {period} ({archive_span})")
    if not candidates:
        return Verdict(True, "nothing in it matches the question")
    match = max(c.dense + 0.5 * c.coverage for c in candidates[:5])
    if match < MIN_MATCH and candidates[0].key not in talked_of:
        return Verdict(True, "no paragraph in it answers this")
    return Verdict(False, "")


#: The Board itself: "the Board meeting on 14 June 2019", "the LSCSB".
#: Another body whose meetings the Board's papers report ("the SPB … at its 10 September
#: 2020 meeting"); a meeting of no named body is the Board's own.
_OTHER_BODY = re.compile(
    r"\bSPB\b|\bStrategic Partnership Board\b|\b(?:sub[- ]?)?group\b|\bpanel\b|\bnetwork\b|"
    r"\bexec(?:utive)?\b|\bforum\b|\bcommittee\b|\bCSPs?\b|\bJCAB\b|\bSOG\b",
    re.IGNORECASE,
)


#: "the £125m MHCLG announced on 12 February 2021", "launched on 28th January": a day named as
#: when something other than a meeting happened, which a later paper reports.
_EVENT_DAY = re.compile(
    r"\b(?:announced|launched|published|released|issued|introduced|submitted|signed|"
    r"awarded|opened|closed|came into (?:force|effect))\s+(?:on\s+)?(?:[A-Z][a-z]+day\s+)?"
    r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+",
)

#: "… when it came back to the board in 2019": a paper brought to one of the Board's meetings.
_BACK_TO_THE_BOARD = re.compile(
    r"\b(?:came|comes?|coming|brought|went|returned?)\s+back\s+to\s+(?:the\s+)?board\b",
    re.IGNORECASE,
)
_OF_A_MEETING = re.compile(r"\b(?:meeting|papers?|agenda|minutes)\b", re.IGNORECASE)
#: "for 1/4/18 - 31/3/19": a span of days, as tables head their columns, not a meeting day.
_DAY_RANGE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\s*(?:[–-]|to)\s*\d{1,2}/\d{1,2}/\d{2,4}\b")


def of_another_body(question: str, period: str) -> bool:
    """Whether a period the archive holds no papers for may still be answered by them: a month
    or a year always may ("the contract from April 2016"); a day only when the question is not
    about the Board's own meeting that day ("the SPB … at its 10 September 2020 meeting" is
    reported in the Board's minutes, as is "the £125m MHCLG announced on 12 February 2021",
    and a table's column "1/4/18 - 31/3/19";
    "the Board meeting on 14 June 2019" has no papers here, though a schedule of meetings
    names the day)."""
    try:
        date.fromisoformat(period)
    except ValueError:
        return True
    # "Which papers were published on 14 June 2019 for the Board meeting?" asks of a
    # meeting's papers all the same.
    event = _EVENT_DAY.search(question) and not _OF_A_MEETING.search(question)
    return bool(_OTHER_BODY.search(question) or event or _DAY_RANGE.search(question))


def _year_of(candidate: Candidate) -> int | None:
    meeting = candidate.payload.get("meeting_date")
    return int(str(meeting)[:4]) if meeting else None


def names_period(period: str, text: str, year: int | None = None) -> bool:
    """Whether a passage names the period, in any of its spellings: a day ("10 September
    2020" for 2020-09-10: the SPB met that day, though the Board did not; "20 May" in a
    schedule of a paper of the same `year`), a month ("1/4/16" in a table heading for April
    2016) or the period's own words."""
    dates = [*parse_long_dates(text), *parse_numeric_dates(text)]
    try:
        day = date.fromisoformat(period)
    except ValueError:
        pass
    else:
        if day in dates:
            return True
        month = day.strftime("%B")
        return year == day.year and bool(
            re.search(rf"\b{day.day}(?:st|nd|rd|th)?\s+{month}\b(?!\s+\d{{4}})", text)
        )
    month = MONTH_YEAR.fullmatch(period)
    if month:
        asked = (int(month.group(2)), MONTHS[month.group(1).lower()])
        # "1/4/16", "1st April 2016", "April 2016", "Apr 2016".
        named = {(d.year, d.month) for d in dates} | set(iter_month_years(text))
        return asked in named
    return bool(re.search(rf"(?<![\d/]){re.escape(period)}(?![\d])", text, re.IGNORECASE))


#: A share of a group in words, which counts it under any name: "How many victims told the police?" —
#: "only a quarter of respondents reported their experiences to the police".
_SHARE = re.compile(
    r"\b(?:a\s+(?:quarter|third|fifth)|half|two[- ]thirds|three[- ]quarters)\s+of\s+"
    r"(?:the\s+|all\s+)?(?:respondents|people|victims|residents|participants|those|them|"
    r"members|staff|young\s+people|households)\b",
    re.IGNORECASE,
)
#: A figure with what it counts ("8000 home visits", "three partnership bids").
_COUNTS_SOMETHING = re.compile(
    r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[a-z-]+\s+)?[a-z-]{3,}s\b"
)


#: "Which projects …", "which initiatives in the portfolio …": things asked for by kind.
_WHICH_THINGS = re.compile(
    r"(?:^|[,;:–-]\s*|\band\s+)which\s+(?!(?:are|is|was|were|have|has|had|do|does|did|of)\b)"
    r"([a-z]{3,})\b",
    re.IGNORECASE,
)
_PART_WORD = re.compile(r"(?:annex|appendi|attachment|document|paper)", re.IGNORECASE)
#: A part of a paper named as where the answer is, opening the question ("In Annex A, what
#: status …"); "What is in Appendix 1?" asks what the part holds, which its title says.
_IN_PART = re.compile(
    r"(?:^|[,;:]\s*)(?:in|at|within|from|under)\s+(?:the\s+)?(?:annexe?|appendix)\b", re.I
)
#: A line that only names a paper's parts: "Annex A: SPB Portfolio Annex B: Domestic Abuse
#: Delivery Plan", "Appendix 1 – Outputs of September 2018 workshop."
_NAMES_PARTS = re.compile(
    r"(?:(?:Annexe?|Appendix)\s+[A-Z0-9]{1,2}\s*[:–-]\s*(?:[A-Z0-9][\w’'&/-]*\s*|of\s+|and\s+"
    r"|for\s+|the\s+|on\s+|[a-z]+\s*(?=\.?$))+)+\.?"
)


#: A question whose first question word asks why ("According to the Prevent update, why
#: was …?"): its answer must give a reason. ("What was decided, and why?" is answered by the
#: decision even where no reason is recorded.)
_WHY_FIRST = re.compile(
    rf"(?:(?!\b{QUESTION_WORD}).)*?\b(?:why|how come|for what reason)\b"
    # "What reason did Cllr Whelband give for sending apologies?" asks for the reason too.
    r"|\s*(?:and\s+)?(?:what|which)\s+(?:reasons?|explanation|grounds?)\s+"
    r"(?:did|does|do|was|were|is|has|had)\b",
    re.IGNORECASE | re.DOTALL,
)


#: A question for a paper's reference number, and a sentence that prints one.
#: A question for a postal address, and a sentence that prints one (a numbered street, a
#: road's name, a postcode).
_ASKS_ADDRESS = re.compile(
    r"\b(?:street|postal|full|office|building|site)\s+address\b|\bpostcode\b|"
    r"\bwhat\s+(?:is|was)\s+the\s+address\b",
    re.I,
)
_GIVES_ADDRESS = re.compile(
    r"\b\d+[A-Za-z]?\s+(?:[A-Z][\w’'-]*\s+){1,3}(?:Street|Road|Lane|Avenue|Way|Close|Drive|Place|"
    r"Square|Row|Walk|Park|Court|House)\b|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b"
)
_ASKS_REFERENCE = re.compile(r"\breference\s+(?:number|no\b|code)|\bref\.?\s+no\b", re.I)
_GIVES_REFERENCE = re.compile(
    r"\b(?:ref(?:erence)?\.?\s*(?:no\.?|number|code)?\s*[:.]?\s*[A-Z]*[\d/-]*\d)", re.I
)


def lacks_answer_type(
    intent: QueryIntent,
    sentences: list[str],
    contexts: list[str] | None = None,
    dates: list[str] | None = None,
    paragraphs: list[str] | None = None,
) -> str | None:
    """Why the chosen evidence cannot answer the question's type, or None when it can: a "how
    much" answered by no figure, a "who" by no one but the people the question already names,
    a "when" by no date. Near-miss questions (the post was discussed, its cost never given)
    fail here rather than on word overlap."""
    if intent.chair or not sentences:
        return None
    things = _WHICH_THINGS.search(intent.text)
    if ((things and not _PART_WORD.match(things.group(1))) or _IN_PART.search(intent.text)) and all(
        _NAMES_PARTS.fullmatch(s.strip()) for s in sentences
    ):
        # "Which projects are listed in Annex A?", "In Annex A, what status is recorded …?"
        # are not answered by "Annex A: SPB Portfolio Annex B: Domestic Abuse Delivery Plan",
        # which only names the paper's parts ("What is Annex B?" is, in part).
        return "the passages closest to the question only name the paper's parts"
    subset = _PART_OF_GIVEN.search(intent.text)
    if subset and intent.asks == "how_much" and not any(_counts_part(s, subset) for s in sentences):
        # "Of the 59 new jobs created, how many went to Blaby residents?" is not answered by
        # "We have created 59 new jobs": a part of the total the question gives is asked.
        return (
            f"the passages closest to the question give no part of the {subset.group('total')} "
            f"{subset.group('noun')}"
        )
    kind = _WHICH_NAMED.search(intent.text)
    if (
        kind
        and intent.asks in ("what", "how_much")
        and not any(_names_another(s, intent.text, kind.group(1)) for s in sentences)
    ):
        # "Which district had the highest rate?" is not answered by "District breakdowns are
        # available on the dashboard": a district is named.
        return f"the passages closest to the question name no {kind.group(1).lower()}"
    holder = title_asked(intent.text)
    if holder and not any(gives_title(s, holder, intent.text) for s in sentences):
        # "Which organisation does Matthew Wakely work for?" is not answered by "Grace Strong
        # (VRN), Paul Hindson (OPCC) and Matthew Wakely have drafted …".
        return f"the passages closest to the question give no post or body for {holder}"
    if WHERE_HELD.search(intent.text) and not any(names_venue(s) for s in sentences):
        # "Where will the sessions be held?" is not answered by "Work to develop cohort#2 …
        # is underway": a venue, a place or a way of meeting (online, via Teams) is asked for.
        return "the passages closest to the question name no place where it is held"
    if HOW_OFTEN.search(intent.text) and not any(says_how_often(s) for s in sentences):
        # "How often does the Hate and Prevent Delivery Group meet?" is not answered by what
        # the group does: how often is said ("quarterly", "every six weeks") or not given.
        return "the passages closest to the question do not say how often"
    if _ASKS_REFERENCE.search(intent.text) and not any(
        _GIVES_REFERENCE.search(s) for s in sentences
    ):
        # "What reference number does the update carry?" is not answered by its "(V9)" nor by
        # "a single reference point for users": a reference is printed as one ("Ref: 21/04").
        return "the passages closest to the question give no reference number"
    if _ASKS_ADDRESS.search(intent.text) and not any(_GIVES_ADDRESS.search(s) for s in sentences):
        # "What is the street address of the probation office in Coalville?" is not answered
        # by "you will be informed of the new address" beside "Coalville".
        return "the passages closest to the question give no address"
    contact = contact_asked(intent.text)
    whose = [re.sub(r"[’']s$", "", surname(n)) for n in people(intent.text)]
    if contact and not any(
        gives_contact(contact, s)
        and (not whose or any(re.search(rf"\b{re.escape(w)}\b", p, re.I) for w in whose))
        for s, p in zip(sentences, paragraphs or sentences, strict=True)
    ):
        # "What's Bob Bearne's email address?" is not answered by the agenda line naming him,
        # nor "What telephone number is given for Saj Devshi?" by a paragraph that gives
        # another officer's "Tel:".
        return f"the passages closest to the question give no {CONTACT_NAMES[contact]}"
    post = name_of_post_asked(intent.text)
    if post and not any(
        surname(n).lower() not in intent.text.lower()
        for s in sentences
        if post in s.lower()
        for n in people(s)
    ):
        # "What is the name of the MARAC manager who gave an input?" is not answered by "the
        # Board received a detailed input from the MARAC manager".
        return "the passages closest to the question name no one in that post"
    first = surname_asked(intent.text)
    if first and not any(re.search(rf"\b{first}\s+[A-Z][a-z’'-]+", s) for s in sentences):
        # "What is the surname of Steve, who wrote the newsletter?" is not answered by its
        # sign-off "Steve".
        return f"the passages closest to the question give no surname for {first}"
    if (
        intent.cause
        and _WHY_FIRST.match(intent.text)
        and not any(CAUSE.search(p) for p in paragraphs or sentences)
    ):
        # "Why did the SPB leave its 25 November meeting without a theme?" is not answered
        # by "25 November No theme identified at this point", which only says that it did.
        return "the passages closest to the question give no reason"
    if (
        intent.decision
        and _DID_THE_BOARD_DECIDE.match(intent.text)
        and not any(DECIDED.search(s) for s in sentences)
    ):
        # "Did the board agree how the post would be funded?" is not answered by the
        # discussion of the post: a decision the Board took is recorded as one.
        return "the passages closest to the question record no such decision"
    to_come = _outcome_to_come(intent.text, sentences) or _happening_to_come(intent.text, sentences)
    if to_come:
        return to_come
    study = _PAPER_FOUND.search(intent.text)
    if (
        study
        and study.group(1).lower() in _STUDIES
        and not any(
            re.search(rf"\b{study.group(1)}", t, re.IGNORECASE)
            for t in [*sentences, *(paragraphs or []), *(contexts or [])]
        )
    ):
        # "What did the evaluation of the Start a Conversation campaign find?" is not
        # answered by the campaign's launch: no passage near speaks of an evaluation.
        return f"the passages closest to the question mention no {study.group(1).lower()}"
    unnamed = _meeting_unnamed(intent, sentences)
    if unnamed:
        return unnamed
    if intent.asks not in ASKED:
        return None
    around = contexts or [""] * len(sentences)
    written = dates or [""] * len(sentences)
    whole = paragraphs or sentences
    held = [
        # The heading names what is counted only when the sentence counts nothing of its
        # own ("… value to September 2020 is 91", not "8000 home visits").
        (s if _COUNTS_SOMETHING.search(s) else f"{s} {c}", d, p)
        for s, c, d, p in zip(sentences, around, written, whole, strict=True)
        if holds_asked(intent.asks, without_ages(s), intent.text, intent.role)
        # "What is the MARAC manager's name?" is not answered by "the MARAC manager".
        or (
            intent.asks == "who"
            and not asks_name(intent.text)
            and names_titled_post(s, intent.text)
        )
    ]
    holding = [s for s, _, _ in held]
    if not holding:
        return f"the passages closest to the question {ASKED[intent.asks]} for it"
    if (
        intent.asks == "when"
        and _NEXT_MEETING.search(intent.text)
        and not any(_A_MEETING.search(s) for s in holding)
    ) or (
        intent.asks == "when"
        and _NEXT_BOARD_MEETING.search(intent.text)
        and not any(_BOARD_MEETING.search(s) for s in holding)
    ):
        # "When is the Board's next sitting after 18 June 2021?" is not answered by "… run
        # until 30th July'21", a programme's date; "When is the board meeting after 18 June
        # 2021?" not by "… there is a bid forming meeting on 22nd June" either: the Board's
        # meeting is asked for.
        return "the passages closest to the question give no date of a meeting"
    counted = counted_noun(intent.text) if intent.asks == "how_much" else None
    # What is counted may be named by the sentence's heading or list lead-in ("First Time
    # Entrants …" over "… value to September 2020 is 91").
    if counted and not any(counts_noun(counted, term_set(s)) or _SHARE.search(s) for s in holding):
        # "How many Channel referrals …?" is not answered by "8000 home visits".
        return f"the passages closest to the question give no count of {counted}"
    if (
        counted
        and not _RATE_ASKED.search(intent.text)
        and all(
            _PER_POPULATION.search(p) and not counts_in(p, counted, intent.text) for _, _, p in held
        )
    ):
        # "How many vehicles were stolen?" is not answered by "The current rate per 1000
        # population is 7.01" (nor by "… higher than the previous year (0.88)" after it): a
        # rate is no count.
        return f"the passages closest to the question give a rate, not a count of {counted}"
    kind = _SHARE_OF_KIND.search(intent.text)
    if kind and not any(
        re.search(rf"\b{re.escape(kind.group('kind')[:6])}", p, re.IGNORECASE) for p in whole
    ):
        # "What share of hate incidents were religious in nature?" is not answered by "70%
        # were racial in nature, 14% … sexual orientation and 8% … disability".
        return f"the passages closest to the question give no share that was {kind.group('kind')}"
    noun = whole_asked(intent.text) if intent.asks == "how_much" else None
    if noun and not any(
        of_the_whole(noun, s)
        for s in sentences
        if holds_asked(intent.asks, s, intent.text, intent.role)
    ):
        # "What was the overall crime rate …?" is not answered by the rate of one kind of
        # crime ("Racially or religiously aggravated crime … 0.6 crimes per 1,000").
        return f"the passages closest to the question give no overall figure for {noun}"
    if intent.asks == "how_much":
        return figures_beside_the_point(intent.text, held)
    return None


#: "What share of reported hate incidents were religious in nature?": a share of a whole
#: that is of one kind (an adjective of kind: "racial", "religious", "domestic"), which the
#: sentence giving the figure must name. Not "were happy with …": satisfied may answer it.
_SHARE_OF_KIND = re.compile(
    r"\b(?:what|which)\s+(?:share|proportion|percentage|per\s*cent(?:age)?|fraction)\s+of\s+"
    r"(?:the\s+|all\s+)?(?:[\w/-]+\s+){1,5}?(?:were|was|are|is)\s+(?:classed\s+as\s+|"
    r"classified\s+as\s+|recorded\s+as\s+)?(?P<kind>[a-z]{2,}(?:al|ous|ic|ist))\b",
    re.IGNORECASE,
)
#: A figure given per head of population ("7.01 per 1000 population", "1.3 offences per 1000").
_PER_POPULATION = re.compile(
    r"\bper\s+(?:1[,.]?000|thousand|100[,.]?000|10[,.]?000)\b|\bper\s+(?:head|capita)\b",
    re.IGNORECASE,
)
#: Asks for a rate or a share, which a figure per head answers.
_RATE_ASKED = re.compile(
    r"\b(?:rates?|per\s+(?:1[,.]?000|thousand|head|capita)|percent\w*|%|share|proportion)\b",
    re.IGNORECASE,
)


#: "When is the next meeting …?": only a date given to a meeting answers it.
_NEXT_MEETING = re.compile(
    r"\b(?:next|following|subsequent)\s+(?:board\s+)?(?:meeting|sitting)"
    # "When is the meeting after 18 June 2021?"
    r"|\b(?:meeting|sitting)\s+(?:after|following)\b",
    re.IGNORECASE,
)
_A_MEETING = re.compile(r"\b(?:meeting|meets?|sitting)\b", re.IGNORECASE)
#: The Board's next meeting asked for, by its name ("the next board meeting", "the board
#: meeting after 18 June"); a sentence that gives it names the Board or a next meeting.
_NEXT_BOARD_MEETING = re.compile(
    r"\b(?:board|lscsb|scsb)\s+(?:meeting|sitting)\s+(?:after|following)\b"
    r"|\b(?:next|following|subsequent)\s+(?:board|lscsb|scsb)\s+(?:meeting|sitting)\b",
    re.IGNORECASE,
)
_BOARD_MEETING = re.compile(
    r"\b(?:board|lscsb|scsb)\b[^.;]{0,60}\b(?:meeting|meets?|sitting)s?\b"
    r"|\b(?:meeting|meets?|sitting)s?\b[^.;]{0,60}\b(?:board|lscsb|scsb)\b"
    r"|\b(?:next|future)\s+meetings?\b",
    re.IGNORECASE,
)
#: A meeting named without its date: "the March meeting", "the next meeting", "the AGM".
_MEETING_NAMED = re.compile(
    rf"\b(?:{MONTH_NAMES}|next|last|following|previous|same)\b|\bAGM\b", re.IGNORECASE
)


def lacks_time(intent: QueryIntent, sentences: list[str]) -> str | None:
    """Why an action's records cannot answer a question about when, or at which meeting,
    something in its later life happens, or None: "On what date is the summary going to the
    Panel?" is not answered by the day the action was raised."""
    if intent.asks == "when" and not any(holds_asked("when", s, intent.text) for s in sentences):
        return f"the passages closest to the question {ASKED['when']} for it"
    return _meeting_unnamed(intent, sentences)


def _meeting_unnamed(intent: QueryIntent, sentences: list[str]) -> str | None:
    """ "Which meeting has the report now been slotted into?" is not answered by "This will be
    an item for a future Board meeting"."""
    if (
        intent.asks == "what"
        and WHICH_MEETING.search(intent.text)
        # "Which meetings did Lord Bach attend?": an attendance list's entry names its
        # meeting by the minutes it is in.
        and not intent.attendance
        and not any(_names_meeting(s, intent.text) for s in sentences)
    ):
        return "the passages closest to the question name no meeting"
    return None


def _names_meeting(sentence: str, question: str) -> bool:
    """Whether the sentence names a meeting: by a date the question does not give, or as "the
    March meeting", "the next meeting" ("a future Board meeting" names none)."""
    return holds_asked("when", sentence, question) or bool(
        _MEETING_NAMED.search(beyond_raising(sentence, question))
    )


#: "What was the outcome of the panel's self-assessment against the guidance?": what the
#: outcome is asked of, to its head noun (the last word before a preposition or the end).
_OUTCOME_OF = re.compile(
    r"\bwhat\s+(?:was|were|is|are|has\s+been)\s+the\s+(?:outcomes?|results?|findings?|"
    r"conclusions?)\s+of\s+(?:the\s+|this\s+|that\s+|its\s+|"
    r"their\s+)?[^?,;]*?([a-z][\w-]{3,})(?=\s+(?:against|at|in|on|for|from|by|with|to|into|"
    r"under|which|that)\b|\s*[?,;.]|\s*$)",
    re.IGNORECASE,
)
#: A sentence that says something is still to happen ("our panel will shortly be undergoing a
#: self-assessment", "is due to report", "awaiting the decision"). Narrower than
#: `kinds.PLANNED`, whose "agreed to", "proposed" and "would" also open outcomes reached ("the
#: review was completed and the Board agreed to adopt it").
_TO_COME = re.compile(
    r"\b(?:will|shall|is\s+to\s+be|are\s+to\s+be|(?:is|are)\s+due\s+to|planned|awaiting|"
    r"yet\s+to|(?:requested|asked)\s+to\s+(?:bring|provide|present|produce|prepare|submit))\b",
    re.IGNORECASE,
)
#: "What did the report on knife crime, requested for December 2018, conclude?": what a paper
#: found, asked of the paper (its head noun, before any preposition or comma).
_PAPER_FOUND = re.compile(
    r"\bwhat\s+did\s+(?:the|this|that|its|their)\s+(?:[\w'’-]+\s+){0,3}?(report|review|"
    r"assessment|evaluation|survey|audit|analysis|study|inspection|consultation)\b[^?]*?\s"
    r"(?:conclude|find|show|recommend|say|tell\s+(?:us|the\s+board))\b",
    re.IGNORECASE,
)


#: Studies whose findings are only reported where the passage names the study (a report or a
#: survey is often quoted from under its own title).
_STUDIES = frozenset(["evaluation", "review", "audit", "inspection", "study"])


def _outcome_to_come(question: str, sentences: list[str]) -> str | None:
    """Why the quoted sentences give no outcome: every one that names what the outcome is
    asked of says it is still to happen ("Updated Channel Duty Guidance has been recently
    published and our panel will shortly be undergoing a self-assessment process")."""
    m = _OUTCOME_OF.search(question)
    if m and m.group(1).lower() not in STOPWORDS:
        thing = stem(m.group(1).lower())
        naming = [s for s in sentences if thing in term_set(s)]
    else:
        # A paper's noun ("report", "review") is too common a word to be a term.
        m = _PAPER_FOUND.search(question)
        if not m:
            return None
        naming = [s for s in sentences if re.search(rf"\b{m.group(1)}", s, re.IGNORECASE)]
    if naming and all(_TO_COME.search(s) for s in naming):
        return f"the passages closest to the question say the {m.group(1)} is still to come"
    return None


#: "Was the post funded?", "Did the parks bid succeed?", "Has the analyst been recruited?",
#: "Did the Bill come into force …?": whether a thing came about, asked of the thing (its
#: head noun, the word before the verb).
_DID_IT_HAPPEN = re.compile(
    r"^\s*(?:(?:was|were|has|have|had)\s+(?:(?:the|a|an|its|their)\s+)?(?P<passive>[^?]{2,80}?)"
    r"\s+(?:been\s+)?(?:funded|recruited|appointed|submitted|set\s+up|established|published|"
    r"approved|awarded|commissioned|completed|implemented|delivered|corrected|secured|held|"
    r"opened|agreed|adopted|introduced)"
    r"|did\s+(?:(?:the|a|an|its|their)\s+)?(?P<active>[^?]{2,80}?)\s+(?:succeed|take\s+place|"
    r"come\s+into\s+(?:force|effect)|go\s+ahead|go\s+live|happen|open|start|begin|win))\b",
    re.IGNORECASE,
)
#: What a sentence says is still to happen, beside `_TO_COME`: "expected to be implemented",
#: "would be taken", "Bid deadline is 15th July", "next steps".
_STILL_AHEAD = re.compile(
    r"\b(?:expected\s+to|would|intend\w*|hope\w*|next\s+steps?|deadline|once\b|"
    r"can\s+be|could\s+be|in\s+due\s+course|forthcoming|opportunity)\b",
    re.IGNORECASE,
)


def _happening_to_come(question: str, sentences: list[str]) -> str | None:
    """Why the quoted sentences do not say whether a thing came about: every one that names
    the thing says it is still ahead ("Was the part-time DA analyst recruited?": "Once
    funding has been secured … a part time DA analyst can be recruited"). Quoted, they read
    as a yes; the papers only say it was to come."""
    m = _DID_IT_HAPPEN.match(question)
    if not m:
        return None
    subject = re.findall(r"[A-Za-z][\w-]{2,}", m.group("passive") or m.group("active"))
    if not subject:
        return None
    thing = stem(subject[-1].lower())
    naming = [s for s in sentences if thing in term_set(s)]
    if naming and all(_TO_COME.search(s) or _STILL_AHEAD.search(s) for s in naming):
        return (
            "the passages closest to the question only say it was still to come, not "
            "whether it came about"
        )
    return None


#: "Did the board agree …?", "Has the Board approved …?": whether the Board itself decided.
_DID_THE_BOARD_DECIDE = re.compile(
    r"\s*(?:did|has|have|had)\s+(?:the\s+)?(?:board|members|committee|we)\s+"
    r"(?:agree|approve|decide|resolve|sign|endorse)",
    re.IGNORECASE,
)


#: "Which district …", "which provider …": asks for a body or place by its name.
#: "Of the 59 new jobs created by the project, how many …": a part of a total it gives.
_PART_OF_GIVEN = re.compile(
    r"^(?:and\s+)?of\s+(?:the|those|these|its|their)\s+(?P<total>\d[\d,]*)\s+"
    r"(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z-]+s)\b[^?]*?\bhow\s+many\b",
    re.IGNORECASE,
)


def _counts_part(sentence: str, subset: re.Match[str]) -> bool:
    """Whether the sentence counts the question's things (`subset`'s noun) by a number other
    than the total the question gives."""
    total = subset.group("total").replace(",", "")
    noun = stem(subset.group("noun").lower())
    for m in re.finditer(r"\b\d[\d,]*\b", sentence):
        if m.group(0).replace(",", "") == total:
            continue
        # "18 of the 20 delegates", "12 new jobs": the things counted within a few words.
        after = re.findall(r"[\w-]+", sentence[m.end() :])[:5]
        if any(stem(w.lower()) == noun for w in after):
            return True
    return False


_WHICH_NAMED = re.compile(
    r"\bwhich\s+(?:[a-z]+\s+)?(district|organi[sz]ation|provider|company|agency|council|"
    r"town|force|charity|school|college|academ(?:y|ie)|ward|venue)s?\b"
    # "Which County Council community safety officer …": the kind says whose the person is;
    # a person is asked for.
    r"(?!\s+(?:community|safety|officers?|managers?|leads?|members?|staff|teams?|"
    r"representatives?|chairs?|councillors?|employees?|workers?|analysts?|directors?|heads?|"
    # "Which County Council service acts as the front door?": a service is asked for.
    r"services?|departments?|units?|programmes?|projects?|schemes?|websites?)\b)",
    re.IGNORECASE,
)
_NAME_WORD = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][A-Za-z]+|[A-Z]{2,})\b")


#: Kinds whose names carry the kind's own word: a council is "Blaby District Council", a
#: force "Leicestershire Police".
_NAMED_AS = {
    # "Which schools are delivering it?": "Beauchamp College", "Castle Rock High School".
    "school": re.compile(
        r"\b(?!The\b)[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*)*\s+(?:School|College|Academy)\b"
    ),
    "council": re.compile(r"\b(?!The\b)[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*)*\s+Council\b"),
    "force": re.compile(
        r"\b(?!The\b)[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*)*\s+(?:Police|Constabulary)\b"
    ),
}


def _names_another(sentence: str, question: str, kind: str = "") -> bool:
    """Whether the sentence names something by a proper name the question does not give
    (a capitalised word that does not open the sentence, or an acronym); of a kind whose
    names carry its word ("which council"), a name with that word ("Blaby District
    Council")."""
    asked = question.lower()
    named_as = _NAMED_AS.get(kind.lower())
    if named_as is not None:
        return any(m.group(0).lower() not in asked for m in named_as.finditer(sentence))
    return any(
        word.lower() not in asked and word.lower() not in STOPWORDS and word.lower() not in MONTHS
        for word in (m.group(1) for m in _NAME_WORD.finditer(sentence.strip()))
    )


#: A question of a state reached: "Has the V10 been published …?", "Was it published on the
#: LCC website?", "Did it get published?", after a scene too ("… in December 2018. Has it …").
_DONE_ASKED = re.compile(
    rf"(?:^|[.?!]\s+|\s[-–—]\s+)(?:(?:has|have)\b[^?]*\bbeen|(?:was|were)\b[^?]*|did\b[^?]*\bget)"
    rf"\s+(?:{DONE_VERBS})\b",
    re.IGNORECASE,
)


def lacks_focus(
    intent: QueryIntent,
    sentences: list[str],
    quoted: list[str] | None = None,
    before: list[str] | None = None,
) -> str | None:
    """Why the passages cannot answer the question's focus (`focus.focus_of`), or None: a
    question about the review's "conclusions" is not answered by passages on the review that
    never speak of conclusions. The verb a question turns on must be spoken of in the
    paragraphs `quoted` from, when given: "Which provider won the contract?" is not answered
    by a paragraph on the contract's extension beside another on a bid that was won. A figure
    may be said of the focus the sentence `before` it names, when given (one per sentence)."""
    verb = intent.verb
    if verb is not None and root_of(verb.word) in PREFER_ONLY:
        verb = None
    if verb is not None and not any(
        speaks_of_verb(verb, s) for s in (sentences if quoted is None else quoted)
    ):
        # "Which company won the contract?" against passages that never speak of winning it.
        return f"the passages closest to the question say nothing of “{verb.word}”"
    focus = intent.focus
    if focus is None:
        return None
    if not focus.state and intent.asks == "how_much":
        # "What is the LSCSB's total annual budget?": a figure said of the budget, not a
        # figure beside a passage that mentions a budget.
        # (Or of what the sentence before it names: "… released … for Hospital admissions
        # for violence. The rate for Leicestershire is 23.4 per 100,000 …".)
        leads = before if before is not None and len(before) == len(sentences) else None
        sentences = [
            f"{leads[i]} {s}" if leads else s
            for i, s in enumerate(sentences)
            if holds_asked(intent.asks, s, intent.text)
        ]
    if not focus.state and intent.asks == "when":
        # "When is the statement due for its next review?": a date said with the review,
        # not a sentence on its review beside another with a date.
        sentences = [s for s in sentences if holds_asked("when", s, intent.text)]
    if focus.state and _DONE_ASKED.search(intent.text):
        # "Has the V10 been published?": not by "… will be ‘published’ on the LCC website",
        # nor by another paper published near it: the paragraphs quoted must say it was done.
        pool = (
            sentences if quoted is None else [s for s in sentences if any(s in q for q in quoted)]
        )
        if any(done_in(focus, s) for s in pool):
            return None
    elif any(speaks_to(focus, term_set(s)) or judged_in(focus, s) for s in sentences):
        return None
    if focus.state:
        return f"the passages closest to the question do not say whether it was {focus.word}"
    return f"the passages closest to the question say nothing of {focus.word}"


#: A sum asked of by how it was divided: "How was the £432,000 award split between Castle
#: Donington, Hinckley, …?", "… divided between staffing costs and service provision",
#: "the agreed apportionment, between partners, of the funding".
_SPLIT_ASKED = re.compile(
    r"\b(?:split|divided|shared|apportioned|broken\s+down|distributed|allocated)\s+(?:up\s+)?"
    r"(?:between|among|amongst|across)\b|\bapportionment\b|\b(?:split|breakdown|division)\s+"
    r"(?:of\s+[^?]{3,80}?\s+)?between\b",
    re.IGNORECASE,
)
#: Money said in figures ("£56,325", "1,127,205", "£2.277m") or a share ("50%").
_SUM_OR_SHARE = re.compile(r"£\s?\d[\d,. ]*\d|\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?\s?%")
#: …and as a question names it, shortened too ("the £882k grant" is the "£882,373" a paper
#: gives).
_SUM_NAMED = re.compile(rf"{_SUM_OR_SHARE.pattern}|£\d+")
_MONEY_WORDS = re.compile(
    r"£|\b(?:funding|grant|award|allocation|budget|money|monies|cost|costs|fund|contribution|"
    r"price|spend)\b",
    re.IGNORECASE,
)


def _digits(figure: str) -> str:
    """A figure's digits alone, so that "£1,127,205" and "1,127,205" are one figure."""
    return re.sub(r"\D", "", figure)


def lacks_split(question: str, sentences: list[str]) -> str | None:
    """Why passages that give a sum whole do not say how it was divided, or None: a question
    asking how money was split between parts is answered by two figures or shares at least
    besides the ones it names; "We were successful in securing £432,000 … covering parts of
    Castle Donnington, Hinckley, Lutterworth and Melton" gives the whole, not each town's."""
    if not _SPLIT_ASKED.search(question) or not _MONEY_WORDS.search(question):
        return None
    named = {_digits(m.group(0)) for m in _SUM_NAMED.finditer(question)}
    given = {
        digits
        for s in sentences
        for m in _SUM_OR_SHARE.finditer(s)
        if (digits := _digits(m.group(0)))
        and not any(digits.startswith(n) for n in named if len(n) >= 3 or n == digits)
    }
    if len(given) >= 2:
        return None
    return "the passages closest to the question do not say how it was divided"


#: A question for each period within a span ("in each full year from … to …").
_EACH_PERIOD = re.compile(
    r"\b(?:each|every|per)\b[^?]{0,30}?\b(?:years?|quarters?|months?)\b", re.I
)


def lacks_span(question: str, sentences: list[str]) -> str | None:
    """Why figures for other spans of days do not answer a question for one ("… due to
    contribute for 1 April 2019 to 31 March 2020?" of a table whose columns end at "1/4/18 –
    31/3/19"), or None: the evidence names spans of days, none of them the one asked, nor the
    financial year it is ("2019/20")."""
    asked = day_spans(question) | month_spans(question)
    given = {span for s in sentences for span in day_spans(s) | month_spans(s)}
    if not asked or not given or asked & given:
        return None
    if any(g[0] <= a[0] and a[1] <= g[1] for a in asked for g in given):
        return None  # "runs from 1 April 2016 to 31 March 2021" holds 2019/20
    if _EACH_PERIOD.search(question) and any(
        a[0] <= g[0] and g[1] <= a[1] for a in asked for g in given
    ):
        return None  # "in each full year from 1/4/2016 to 31/3/2019": "1/4/16 – 31/3/17: …"
    text = " ".join(sentences)
    for lo, hi in asked:
        # "1 April 2018 to 31 March 2019" is the financial year 2018/19.
        financial = (lo.month, lo.day, hi.month, hi.day) == (4, 1, 3, 31)
        named = rf"\b{lo.year}\s*[/–-]\s*(?:{hi.year}|{hi.year % 100:02d})\b"
        if financial and hi.year == lo.year + 1 and re.search(named, text):
            return None
    lo, hi = min(asked)
    return (
        f"the passages closest to the question give figures for other periods than "
        f"{format_long(lo)} to {format_long(hi)}"
    )


def lacks_month(intent: QueryIntent, sentences: list[str]) -> str | None:
    """Why a figure for the same month of another year does not answer a question for one
    ("… for the cohort that closed in September 2017?" of "the most recently terminated
    cohort (closed in Sept 2018)"), or None: the sentences that give a figure name that month
    of other years only, and never the year asked."""
    if intent.asks != "how_much" or not intent.months:
        return None
    holding = [s for s in sentences if holds_asked(intent.asks, s, intent.text)]
    named = [ym for s in holding for ym in iter_month_years(s)]
    for year, month in intent.months:
        others = {y for y, m in named if m == month and y != year}
        if others and (year, month) not in named and not any(str(year) in s for s in holding):
            given = ", ".join(date(y, month, 1).strftime("%B %Y") for y in sorted(others))
            asked = date(year, month, 1).strftime("%B %Y")
            return f"the passages closest to the question give figures for {given}, not {asked}"
    return None
