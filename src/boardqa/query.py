"""Understanding a board question: actions, meetings and dates, document kinds, question type.

Pure functions of the question text and the meetings the archive holds. What is recognised
becomes filters (which only ever narrow) and boosts (which only re-order).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date

from boardqa.answer.kinds import people
from boardqa.clauses import after_scene, asked_clause
from boardqa.focus import Focus, focus_of, role_asked
from boardqa.parse.dates import MONTHS, iter_month_years, parse_long_dates
from boardqa.question_verbs import PERSON_NOUNS, verb_asked
from boardqa.words import content_terms

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
#: Month names as a title writes them ("the June meeting"; "may board members …" is no month).
_MONTH_CAPITALISED = "|".join(m.capitalize() for m in sorted(MONTHS, key=len, reverse=True))
ACTION_REF = re.compile(r"\baction(?:\s+(?:no\.?|number|item|#))?\s*(\d{1,3})\b", re.IGNORECASE)
_MONTH_YEAR = re.compile(rf"\b({_MONTH})\.?\s+(\d{{4}})\b", re.IGNORECASE)
#: "the June meeting", "the December Board": a meeting named by its month alone.
_MONTH_MEETING = re.compile(
    rf"\b(?i:the)\s+((?-i:{_MONTH_CAPITALISED}))\.?\s+(?:\d{{4}}\s+)?(?i:(?:board\s+)?(?:meeting|board))\b"
)
_BETWEEN = re.compile(
    rf"\bbetween\s+({_MONTH})(?:\s+(\d{{4}}))?\s+and\s+({_MONTH})\s+(\d{{4}})\b", re.IGNORECASE
)
_AS_OF = re.compile(
    rf"\b(?:as of|by|up to|until)\s+(?:the\s+)?(?:end of\s+)?({_MONTH})\s+(\d{{4}})\b",
    re.IGNORECASE,
)
_TWO_MONTHS = re.compile(rf"\b({_MONTH})\s+and\s+({_MONTH})\s+(\d{{4}})\b", re.IGNORECASE)
_FINANCIAL_YEAR = re.compile(r"\b(20\d{2})/(\d{2})\b")
#: "in 2019", not a span of years ("in 2017-19", "for 2020/21"): spans name data, not meetings.
_YEAR = re.compile(r"\b(?:in|during|for|of)\s+(20\d{2}|19\d{2})\b(?!\s*[-–/]\s*\d)", re.IGNORECASE)
#: "Who is the …", "who currently …": asks who holds a role now.
_WHO_NOW = re.compile(
    r"(?i:\bwho\s+(?:is|are)\s+(?:the\s+)?(?:current\s+)?)[A-Z]|(?i:\bwho\b.*\bcurrent(?:ly)?\b)"
)
#: "What came of the bids?", "what happened to that timetable?", "the outcome of …".
_OUTCOME_ASKED = re.compile(
    r"\bwhat (?:came|has come|became) of\b|\bwhat happened (?:to|with)\b|\boutcome\b|"
    r"\bresult(?:ed)? of\b|\bhow did (?:it|they|that|the \w+) go\b"
    # "How much money did we get from round 2?": what was secured, not what was on offer.
    r"|\bhow much\b.*\bdid (?:we|they|it|the \w+) (?:get|receive|secure|win|bring in)\b",
    re.IGNORECASE,
)
_LAST_MEETING = re.compile(r"\b(last|latest|most recent|previous) meeting\b", re.IGNORECASE)
_RECENT = re.compile(
    r"\b(?:most recent|latest|newest|up[- ]to[- ]date|currently|now)\b", re.IGNORECASE
)

KIND_WORDS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"\bminutes?\b", re.IGNORECASE), ("minutes", "webpage")),
    (re.compile(r"\baction log\b", re.IGNORECASE), ("action_log",)),
    (re.compile(r"\bagenda\b", re.IGNORECASE), ("agenda", "webpage")),
    (re.compile(r"\bslides?\b", re.IGNORECASE), ("presentation",)),
    (re.compile(r"\bnewsletter\b", re.IGNORECASE), ("newsletter",)),
)
#: A question about what the Board decided; "what did Rik Basra agree to do" is not one.
DECISION = re.compile(
    r"\b(resolv\w*|decid\w*|decisions?|(?:board|committee|members)\s+(?:agree\w*|approv\w*)"
    r"|(?:board|committee|members|spb|group|exec\w*)\s+sign(?:ed|s)?[\s-]off"
    # "did the Board ask officers for …" (a resolution); not "was the Board asked to …" (a
    # paper's recommendation) nor "what did members ask" (what was said).
    r"|(?<!was the )(?<!were the )(?<!is the )(?<!are the )"
    # "… at the Board asked whether …" is a question put at the meeting, not a resolution.
    r"(?:board|committee)\s+(?:ask\w*|request\w*)\b"
    r"(?!\s+(?:whether|if|about|why|how|what|when|who|where)\b))\b",
    re.IGNORECASE,
)
#: The question word opens the question or its clause ("In December 2020, who was …?").
WHO = re.compile(
    rf"(?:^|[,;:]\s*)(who|whom|who's|(?:which|what)\s+{PERSON_NOUNS}"
    r"|what(?:\s+(?:is|was|were)|[’']s)\s+the\s+names?\s+of)\b",
    re.IGNORECASE,
)
#: "Who attended …?", "… sent apologies": the minutes' attendance lists answer.
ATTENDANCE = re.compile(
    r"\b(attend(?:ed|ing|ance|ees)?|apologies|who was present|were present|present at|"
    r"who (?:was|were) (?:at|there))\b",
    re.IGNORECASE,
)
WHEN = re.compile(
    r"(?:^|[,;:]\s*)(when|what date|what time|on what date|which date|(?:over )?what period|"
    r"how long|what year|which year|which month|what month)\b",
    re.IGNORECASE,
)
#: "Why …?", "… and for what reason": where the question or one of its clauses opens.
WHY = re.compile(
    r"(?:^|[,;:–-]\s*|\band\s+)(?:why|how come|for what reason|what (?:is|was|were) the reasons?"
    r"|what (?:caused|explains|led to))\b",
    re.IGNORECASE,
)
#: "How was …", "How will …": the way something is done, not an amount.
_MANNER = re.compile(
    r"(?:^|[,;:–-]\s*)how\s+(?:was|were|is|are|did|does|do|has|have|had|will|would|can|could|"
    r"should)\b",
    re.IGNORECASE,
)
#: "Who is it aimed at?", "Who was the survey for?": a group the thing serves, not a person.
_AUDIENCE = re.compile(
    r"\bwho\s+(?:is|was|are|were)\s+(?:it|this|that|they|the\s+[\w\s-]{1,40}?)\s+"
    r"(?:(?:aimed at|targeted at|intended for|meant for|open to)\b|for\s*(?:[?,;.]|$|and\b))",
    re.IGNORECASE,
)
HOW_MUCH = re.compile(
    r"\b(how much|how many|rate|figure|percentage|proportion|share|number of|total|amount|"
    r"cost|funding|allocation|budget|how big|salary|salaries|wages?|price|worth|spend|spent)\b",
    re.IGNORECASE,
)
#: A question about what was said at a meeting, which only its minutes record ("What did X
#: say when he addressed the Board at the June 2021 meeting?"); not one about what a paper says.
PROCEEDINGS = re.compile(
    r"\b(said|say|told|tell|address(?:ed)?|discuss(?:ed)?|debated?|asked|commented|raised)\b"
    r".*\b(meeting|board)\b"
    r"|\bhappen(?:ed|s)?\s+(?:at|in)\s+(?:the\s+)?(?:\w+\s+){0,3}meeting\b"
    r"|\bboard\s+(?:discuss(?:ed)?|debated?|say|talk(?:ed)?\s+about)\b",
    re.IGNORECASE,
)
#: Who is to present an item: the agenda says ("… will be presented by …").
_TO_PRESENT = re.compile(
    r"\b(down to present|due to present|will present|to be presented|will be presenting|"
    r"is presenting|are presenting|(?:is|are) giving)\b",
    re.IGNORECASE,
)
PLAN = re.compile(
    r"\b(going to|next steps?|plan(?:s|ned)?|intend\w*|propos\w*|(?:will|would)\s+(?:the|they|it|"
    r"he|she|we|[A-Z]\w+)\b.*\?$|what (?:is|was) (?:going to|to) be done|what will"
    # "What did the coordinator commit to doing?": an undertaking ("Rik Basra agreed to …").
    r"|commit(?:ted|s)?\s+to|undert(?:ake|ook)\s+to|offer(?:ed)?\s+to|promis\w*)\b",
    re.IGNORECASE,
)
#: "Who chaired the lead member group …": the chair of a body other than the meeting.
_CHAIR_OF_OTHER = re.compile(
    r"\bchair(?:ed|s|ing|man|person)?\s+(?:of\s+)?(?:the\s+|a\s+|an\s+)?"
    r"(?!(?:\d|[A-Z][a-z]+\s+\d|meeting|board|lscsb|it\b|that\b|this\b))"
    r"(?:[\w’'-]+\s+){0,6}(?:group|panel|partnership|committee|forum|network|workshop|"
    r"sub[- ]?group|exec\w*|team|review|inquiry|conference|event|session|webinar)\b",
    re.IGNORECASE,
)
#: "What did Lucy Booth tell the Board …": a person's words at a meeting, even in an "update".
_PERSON_SAID = re.compile(
    r"\b(?i:what)\s+did\s+((?:[A-Z][\w.’'-]*\s+){1,3})(?:actually\s+|really\s+)?"
    r"(?:say|tell|report|announce|explain|present)\b"
)
#: "What was the Board asked to do?": what a paper recommends, not what was said.
#: …or of another body, by name or initials ("was the SPB asked to agree").
_ASKED_OF_BOARD = re.compile(
    r"(?i:\b(?:was|were|is|are)\s+(?:the\s+)?)(?:(?i:board|committee|members|partnership|"
    r"group|executive)|[A-Z]{2,6})\s+(?i:asked|requested)\b",
)
#: A question about what a paper put to the Board: its "Recommendations for the Board".
RECOMMENDATION = re.compile(
    r"(?i:\brecommend\w*|\bask(?:s|ed)?\s+(?:the\s+)?(?:board\s+members|board|committee|"
    r"members|partners)\s+to\b)|" + _ASKED_OF_BOARD.pattern
)
_PAPER = re.compile(
    r"\b(report|paper|update|slides?|log|agenda|newsletter|plan|appendix|annexe?|presentation)\b",
    re.IGNORECASE,
)
STATUS = re.compile(r"\b(status|rag|stand|stands|done|complete[d]?|open|closed)\b", re.IGNORECASE)
STORY = re.compile(
    r"\b(happen\w*|story|progress|update[ds]?|history|timeline|why|discuss\w*|members|concerns?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class QueryIntent:
    """What a question asks for, as filters and boosts."""

    text: str
    action_number: str | None = None
    meetings: tuple[date, ...] = ()
    since: date | None = None
    until: date | None = None
    kinds: tuple[str, ...] = ()
    decision: bool = False
    asks: str = "what"  # what | who | when | how_much | status
    terms: tuple[str, ...] = field(default=())
    #: A date the question names that matches no meeting in the archive ("in 2015").
    unknown_period: str | None = None
    #: Meetings a comparison names: they favour, but do not filter.
    boost_meetings: tuple[date, ...] = ()
    #: "Who chaired …?": minutes print the chair as "(in the Chair)" / "(Chairman)".
    chair: bool = False
    #: The periods a comparison names ("2018" and "March 2021"), each answered on its own.
    compare: tuple[tuple[date, date], ...] = ()
    #: Asks what was said or discussed at a meeting: only minutes can answer it.
    proceedings: bool = False
    #: The word the answer turns on (see `focus.focus_of`): "conclusions", "successful".
    focus: Focus | None = None
    #: "Who was the Police and Crime Commissioner?": the role whose holder is asked for.
    role: str | None = None
    #: "As of September 2020, …": `until` is where to look first, not a hard limit (a later
    #: report may give the figure "to September 2020").
    as_of: bool = False
    #: Asks who attended a meeting or sent apologies.
    attendance: bool = False
    #: Asks what a paper recommended, or what the Board was asked to do.
    recommendation: bool = False
    #: Asks what is planned or intended ("Is the OPCC going to bid …?", "What are the next
    #: steps …?"): the sentence that says what will be done answers it.
    plan: bool = False
    #: The verb a who / which / how-many question turns on (`question_verbs.verb_asked`): "Who
    #: replaced Bob Bearne?" is not answered by passages that never speak of replacing him.
    verb: Focus | None = None
    #: Asks why ("Why is it above the SafeLives threshold?"): the sentence that gives a cause
    #: ("A change in criteria … has been identified as responsible for …") answers it.
    cause: bool = False
    #: Asks what came of something ("what came of the bids by June?", "what happened to that
    #: timetable?"): the sentence that reports an outcome answers it.
    outcome: bool = False
    #: The months the question names, as (year, month): a paragraph that names the same month
    #: ("the rolling 12 month value to September 2020") speaks of that time, whichever
    #: meeting's papers it was written for.
    months: tuple[tuple[int, int], ...] = ()
    #: The files the search is confined to when the question names no meeting but names what
    #: only their papers report on (a quarter): a filter, not a meeting asked about.
    sources: tuple[str, ...] = ()
    #: Asks for the latest state ("the most recent figure", "according to the latest
    #: papers") without naming a meeting: later papers are favoured, none is filtered out.
    recent: bool = False


def _said_by_person(q: str) -> bool:
    """Whether the question asks what a named person said ("What did Lucy Booth tell the
    Board in her update?"), not what a paper says ("What did the report say?")."""
    m = _PERSON_SAID.search(q)
    return bool(m) and bool(
        people(m.group(1).strip()) or re.match(r"(?:Mr|Mrs|Ms|Dr|Cllr|Lord)\b", m.group(1))
    )


def _period_range(period: str) -> tuple[date, date]:
    """ "march 2021" → (1 Mar, 31 Mar 2021); "2018" → (1 Jan, 31 Dec 2018)."""
    m = _MONTH_YEAR.fullmatch(period)
    if m:
        return _month_range(int(m.group(2)), MONTHS[m.group(1).lower()])
    return date(int(period), 1, 1), date(int(period), 12, 31)


def _month_range(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def named_periods(q: str) -> list[tuple[date, date]]:
    """Every period a question names: "March 2021", "March and June 2021", "2018",
    "2020/21" (a financial year, reported on at meetings from its April to the December after
    it ends)."""
    found: dict[str, tuple[date, date]] = {}
    for m in _TWO_MONTHS.finditer(q):
        year = int(m.group(3))
        found[f"{m.group(1)} {year}".lower()] = _month_range(year, MONTHS[m.group(1).lower()])
        found[f"{m.group(2)} {year}".lower()] = _month_range(year, MONTHS[m.group(2).lower()])
    for m in _MONTH_YEAR.finditer(q):
        found[m.group(0).lower()] = _month_range(int(m.group(2)), MONTHS[m.group(1).lower()])
    for m in _FINANCIAL_YEAR.finditer(q):
        first = int(m.group(1))
        found[m.group(0)] = (date(first, 4, 1), date(first + 1, 12, 31))
    for m in re.finditer(r"\b(20\d{2}|19\d{2})\b(?!\s*/)", q):
        if not any(m.group(1) in key for key in found):
            found[m.group(1)] = (date(int(m.group(1)), 1, 1), date(int(m.group(1)), 12, 31))
    return sorted(set(found.values()))


def understand(question: str, meetings: list[date] | tuple[date, ...] = ()) -> QueryIntent:
    """Turn a question into an intent. `meetings` are the archive's meeting dates (pack
    meetings and the meetings their minutes record)."""
    q = question.strip()
    action = ACTION_REF.search(q)
    known = sorted(set(meetings))
    chosen: list[date] = []
    since = until = None
    unknown = None
    boost_meetings: tuple[date, ...] = ()
    compare: tuple[tuple[date, date], ...] = ()
    beyond_scene = after_scene(q)
    periods = named_periods(q)
    if periods:
        # "In March 2021 … Where had it got to by the June meeting?": a meeting named by its
        # month beside another period is one more period to compare.
        for m in _MONTH_MEETING.finditer(q):
            hits = [d for d in known if d.month == MONTHS[m.group(1).lower()]]
            if len(hits) == 1 and not any(lo <= hits[0] <= hi for lo, hi in periods):
                periods = [*periods, (hits[0], hits[0])]
    between = _BETWEEN.search(q)
    as_of = _AS_OF.search(q)
    if len(periods) > 1 and not between:
        # "between the 2018 paper and the March 2021 report", "in March … by June 2021": a
        # comparison across meetings, so no single meeting may filter it; each period is
        # answered on its own and its meetings are favoured.
        compare = tuple(periods)
        boost_meetings = tuple(d for d in known if any(lo <= d <= hi for lo, hi in periods))
    elif between:
        y1 = int(between.group(2) or between.group(4))
        since = _month_range(y1, MONTHS[between.group(1).lower()])[0]
        until = _month_range(int(between.group(4)), MONTHS[between.group(3).lower()])[1]
    elif as_of:
        until = _month_range(int(as_of.group(2)), MONTHS[as_of.group(1).lower()])[1]
        # Where things stood by then is told by the latest papers up to then.
        boost_meetings = tuple(d for d in known if d <= until)[-1:]
    else:
        exact = [d for d in parse_long_dates(q)]
        for d in exact:
            if d in known:
                chosen.append(d)
            else:
                unknown = unknown or d.isoformat()
        if not exact:
            for m in _MONTH_YEAR.finditer(q):
                lo, hi = _month_range(int(m.group(2)), MONTHS[m.group(1).lower()])
                hits = [d for d in known if lo <= d <= hi]
                if hits:
                    chosen.extend(hits)
                elif known and known[0] <= hi and lo <= known[-1]:
                    # A month between meetings ("the February 2021 newsletter") is reported
                    # on at the next meeting: favour its papers, filter nothing.
                    boost_meetings += tuple(d for d in known if d > hi)[:1]
                else:
                    unknown = unknown or f"{m.group(1)} {m.group(2)}"
            if not chosen and not unknown and not _YEAR.search(q):
                # "By the June meeting": the one meeting in that month, or (December 2018
                # and 2020) each is favoured.
                for m in _MONTH_MEETING.finditer(q):
                    hits = [d for d in known if d.month == MONTHS[m.group(1).lower()]]
                    if len(hits) == 1:
                        chosen.extend(hits)
                    else:
                        boost_meetings += tuple(hits)
            if not chosen and not unknown:
                for m in _YEAR.finditer(q):
                    year = int(m.group(1))
                    hits = [d for d in known if d.year == year]
                    if hits:
                        since, until = date(year, 1, 1), date(year, 12, 31)
                    else:
                        unknown = unknown or str(year)
        if _LAST_MEETING.search(q) and known and not chosen:
            chosen.append(known[-1])
        elif _WHO_NOW.search(q) and known and not (chosen or since or until or unknown):
            # "Who is the PCC?": the latest papers say who holds it now.
            boost_meetings = (known[-1],)
    kinds: tuple[str, ...] = ()
    scene = q[: len(q) - len(beyond_scene)]
    if (
        beyond_scene != q
        and (chosen or since or until)
        and not _names_time(beyond_scene)
        # A day or a meeting the scene names is where it happened: "At the 11 December 2020
        # meeting officers presented … - who presented it?" is asked of that meeting.
        and not (parse_long_dates(scene) or re.search(r"\bmeeting\b", scene, re.IGNORECASE))
    ):
        # "In March 2021 the OPCC shortlisted town centres. Which towns did the successful
        # bid end up covering?": the scene's time is where to start, not a bound.
        boost_meetings = tuple(sorted(set(chosen))) or tuple(
            d for d in known if since and until and since <= d <= until
        )
        chosen, since, until = [], None, None
    # "The older minutes all mention Lord Bach - who holds the post now?": the papers the
    # scene names are not where the answer is asked for.
    for pattern, ks in KIND_WORDS:
        if pattern.search(beyond_scene):
            kinds = ks
            break
    if re.search(r"\bpages?\b|\bon the agenda\b", q, re.IGNORECASE):
        kinds = ("agenda", "webpage")  # page ranges and items are printed on the agenda
    elif not kinds and _TO_PRESENT.search(q):
        kinds = ("agenda", "webpage")  # "This report will be presented by Rik Basra"
    elif not kinds and re.search(r"\bactions?\b", q, re.IGNORECASE):
        kinds = ("action_log",)
    asks = "what"
    asked = asked_clause(beyond_scene)
    # "Who …?", or a verb that asks for a person ("responsible", "chaired", "presented");
    # "the Chairman" as the subject of a question does not.
    if (WHO.search(asked) and not _AUDIENCE.search(asked)) or re.search(
        r"\b(responsible|chaired|chairs|presented|presenting|in the chair)\b", asked, re.I
    ):
        asks = "who"
    elif WHEN.search(asked):
        asks = "when"
    elif (WHY.search(asked) or _MANNER.search(asked)) and not action:
        # "Why is the rate above the threshold?" asks for a cause, "How was the funding
        # taken forward?" for a way: neither for a figure.
        asks = "what"
    elif HOW_MUCH.search(asked):
        asks = "how_much"
    elif action and STORY.search(q):
        asks = "story"
    elif action and STATUS.search(q):
        asks = "status"
    # The chair of a meeting (which the minutes record), not of another body ("who chaired
    # the lead member group?"): the question names a meeting or the Board, or nothing else.
    chair = (
        asks == "who"
        and bool(re.search(r"\bchair", q, re.IGNORECASE))
        and not _CHAIR_OF_OTHER.search(q)
    )
    return QueryIntent(
        text=q,
        action_number=action.group(1) if action else None,
        meetings=tuple(sorted(set(chosen))),
        since=since,
        until=until,
        kinds=kinds,
        decision=bool(DECISION.search(q)),
        asks=asks,
        terms=content_terms(q),
        unknown_period=unknown,
        boost_meetings=boost_meetings,
        compare=compare,
        chair=chair,
        proceedings=bool(PROCEEDINGS.search(q))
        and (not _PAPER.search(q) or _said_by_person(q))
        and not _ASKED_OF_BOARD.search(q),
        focus=None if DECISION.search(q) else focus_of(q, asks),
        role=role_asked(q) if asks == "who" and not chair else None,
        as_of=bool(as_of) and not between and not compare,
        recent=bool(_RECENT.search(q)) and not (chosen or since or until or compare or as_of),
        recommendation=bool(RECOMMENDATION.search(q)),
        plan=bool(PLAN.search(q)),
        cause=bool(WHY.search(asked)),
        outcome=bool(_OUTCOME_ASKED.search(asked)) and not action,
        # Who chaired or attended is read from the minutes' marks and lists, a decision from
        # its RESOLVED block, an action from its log: none of them repeats the verb.
        verb=None
        if chair or action or ATTENDANCE.search(q) or DECISION.search(q)
        else verb_asked(asked),
        attendance=bool(ATTENDANCE.search(q)),
        # A month with a meeting names the meeting (filters and boosts see to it); another
        # month names a time the papers write about.
        months=tuple(
            dict.fromkeys(
                ym for ym in iter_month_years(q) if ym not in {(d.year, d.month) for d in known}
            )
        ),
    )


def _names_time(text: str) -> bool:
    """Whether the text names a meeting, day, month or year of its own."""
    return bool(
        named_periods(text)
        or parse_long_dates(text)
        or _MONTH_YEAR.search(text)
        or _YEAR.search(text)
        or _LAST_MEETING.search(text)
        or _MONTH_MEETING.search(text)
    )
