"""Understanding a board question: actions, meetings and dates, document kinds, question type.

Pure functions of the question text and the meetings the archive holds. What is recognised
becomes filters (which only ever narrow) and boosts (which only re-order).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date

from boardqa.parse.dates import MONTHS, parse_long_dates

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
ACTION_REF = re.compile(r"\baction(?:\s+(?:no\.?|number|item|#))?\s*(\d{1,3})\b", re.IGNORECASE)
_MONTH_YEAR = re.compile(rf"\b({_MONTH})\.?\s+(\d{{4}})\b", re.IGNORECASE)
_BETWEEN = re.compile(
    rf"\bbetween\s+({_MONTH})(?:\s+(\d{{4}}))?\s+and\s+({_MONTH})\s+(\d{{4}})\b", re.IGNORECASE
)
_AS_OF = re.compile(
    rf"\b(?:as of|by|up to|until)\s+(?:the\s+)?(?:end of\s+)?({_MONTH})\s+(\d{{4}})\b",
    re.IGNORECASE,
)
_TWO_MONTHS = re.compile(rf"\b({_MONTH})\s+and\s+({_MONTH})\s+(\d{{4}})\b", re.IGNORECASE)
_FINANCIAL_YEAR = re.compile(r"\b(20\d{2})/(\d{2})\b")
_YEAR = re.compile(r"\b(?:in|during|for|of)\s+(20\d{2}|19\d{2})\b(?!\s*/)", re.IGNORECASE)
_LAST_MEETING = re.compile(r"\b(last|latest|most recent|previous) meeting\b", re.IGNORECASE)

KIND_WORDS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"\bminutes?\b", re.IGNORECASE), ("minutes", "webpage")),
    (re.compile(r"\baction log\b", re.IGNORECASE), ("action_log",)),
    (re.compile(r"\bagenda\b", re.IGNORECASE), ("agenda", "webpage")),
    (re.compile(r"\bslides?\b", re.IGNORECASE), ("presentation",)),
    (re.compile(r"\bnewsletter\b", re.IGNORECASE), ("newsletter",)),
)
#: A question about what the Board decided; "what did Rik Basra agree to do" is not one.
DECISION = re.compile(
    r"\b(resolv\w*|decid\w*|decisions?|"
    r"(?<!was the )(?<!were the )(?<!is the )(?<!are the )"
    r"(?:board|committee|members)\s+(?:agree\w*|approv\w*|ask\w*|request\w*))\b",
    re.IGNORECASE,
)
#: The question word opens the question or its clause ("In December 2020, who was …?").
WHO = re.compile(r"(?:^|[,;:]\s*)(who|whom|which officers?|which person|who's)\b", re.IGNORECASE)
WHEN = re.compile(
    r"(?:^|[,;:]\s*)(when|what date|what time|on what date|which date|(?:over )?what period|"
    r"how long|what year|which year|which month|what month)\b",
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
    r".*\b(meeting|board)\b",
    re.IGNORECASE,
)
#: "What was the Board asked to do?": what a paper recommends, not what was said.
_ASKED_OF_BOARD = re.compile(
    r"\b(?:was|were|is|are)\s+(?:the\s+)?(?:board|committee|members)\s+asked\b", re.IGNORECASE
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

STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "and",
        "or",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "do",
        "does",
        "did",
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "when",
        "where",
        "why",
        "how",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "there",
        "their",
        "they",
        "them",
        "he",
        "she",
        "his",
        "her",
        "we",
        "our",
        "you",
        "your",
        "i",
        "me",
        "my",
        "with",
        "by",
        "from",
        "as",
        "about",
        "into",
        "over",
        "under",
        "than",
        "then",
        "so",
        "if",
        "not",
        "no",
        "yes",
        "any",
        "all",
        "each",
        "every",
        "some",
        "more",
        "most",
        "other",
        "such",
        "only",
        "own",
        "same",
        "can",
        "could",
        "should",
        "would",
        "will",
        "shall",
        "may",
        "might",
        "must",
        "has",
        "have",
        "had",
        "having",
        "tell",
        "say",
        "said",
        "says",
        "give",
        "given",
        "get",
        "got",
        "please",
        "know",
        "anything",
        "something",
        "board",
        "lscsb",
        "meeting",
        "meetings",
        "archive",
        "papers",
        "paper",
        "document",
        "documents",
        "report",
        "reports",
        "s",
    ]
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
    #: The word the answer turns on (see `focus_word`): "conclusions", "successful".
    focus: str | None = None
    #: "Who was the Police and Crime Commissioner?": the role whose holder is asked for.
    role: str | None = None
    #: "As of September 2020, …": `until` is where to look first, not a hard limit (a later
    #: report may give the figure "to September 2020").
    as_of: bool = False


_NUMBER_WORDS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "first": "1",
    "second": "2",
    "third": "3",
}


def content_terms(text: str) -> tuple[str, ...]:
    words = re.findall(r"[A-Za-z][A-Za-z'’-]+|\d[\d,.%£]*", text)
    out = []
    for w in words:
        lw = w.lower().strip("'’").removesuffix("’s").removesuffix("'s")
        lw = _NUMBER_WORDS.get(lw, lw)
        if lw in STOPWORDS or len(lw) < 2:
            continue
        out.append(lw)
    return tuple(dict.fromkeys(out))


def _period_range(period: str) -> tuple[date, date]:
    """ "march 2021" → (1 Mar, 31 Mar 2021); "2018" → (1 Jan, 31 Dec 2018)."""
    m = _MONTH_YEAR.fullmatch(period)
    if m:
        return _month_range(int(m.group(2)), MONTHS[m.group(1).lower()])
    return date(int(period), 1, 1), date(int(period), 12, 31)


def stem(word: str) -> str:
    """A small English stemmer ("implemented", "implementation" → "implement"; "agreed",
    "agreement" → "agre"; "meetings" → "meet"; "burglaries" → "burglary") so that a question's
    words meet the papers' inflections; the same rule everywhere words are compared (nltk's
    Snowball would do, but importing nltk costs a second on the query path)."""
    w = word
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if len(w) > 4 and w.endswith("eed"):
        w = w[:-1]  # "agreed" → "agree", like "agreement"
    for suffix in ("ation", "ment", "ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


def term_set(text: str) -> set[str]:
    """The stemmed content words of a text (question, paragraph or sentence)."""
    return {stem(t) for t in content_terms(text)}


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
    periods = named_periods(q)
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
    kinds: tuple[str, ...] = ()
    for pattern, ks in KIND_WORDS:
        if pattern.search(q):
            kinds = ks
            break
    if re.search(r"\bpages?\b|\bon the agenda\b", q, re.IGNORECASE):
        kinds = ("agenda", "webpage")  # page ranges and items are printed on the agenda
    elif not kinds and re.search(r"\bactions?\b", q, re.IGNORECASE):
        kinds = ("action_log",)
    asks = "what"
    # "Who …?", or a verb that asks for a person ("responsible", "chaired", "presented");
    # "the Chairman" as the subject of a question does not.
    if WHO.search(q) or re.search(
        r"\b(responsible|chaired|chairs|presented|presenting|in the chair)\b", q, re.IGNORECASE
    ):
        asks = "who"
    elif WHEN.search(q):
        asks = "when"
    elif HOW_MUCH.search(q):
        asks = "how_much"
    elif action and STORY.search(q):
        asks = "story"
    elif action and STATUS.search(q):
        asks = "status"
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
        chair=asks == "who" and bool(re.search(r"\bchair", q, re.IGNORECASE)),
        proceedings=bool(PROCEEDINGS.search(q))
        and not _PAPER.search(q)
        and not _ASKED_OF_BOARD.search(q),
        focus=focus_word(q),
        role=role_asked(q) if asks == "who" else None,
        as_of=bool(as_of) and not between and not compare,
    )


_ROLE_QUESTION = re.compile(
    r"\bwho\s+(?:is|was|are|were|will be|would be)\s+(?:the\s+)?"
    r"(.+?)(?:\s+(?:for|of|at|in|on|during|when|after|before)\b.*)?\s*\??$",
    re.IGNORECASE,
)


_NOT_ROLES = frozenset(
    ["down", "meant", "due", "able", "going", "supposed", "expected", "asked", "set", "named"]
)


def role_asked(question: str) -> str | None:
    """The role a "who is the …" question asks about ("Police and Crime Commissioner",
    "officer to contact", "responsible officer"): papers state who holds a role next to the
    name ("Lord Willy Bach Police and Crime Commissioner", "Officer to Contact Sally
    Johnson"). None for questions about what someone did ("Who gave the presentation?")."""
    m = _ROLE_QUESTION.search(question.strip())
    if not m:
        return None
    role = m.group(1).strip(" ,")
    words = role.lower().split()
    # "who was down to present", "who is leading", "who is responsible": what someone does.
    if not words or len(words) > 6 or words[0].endswith("ing") or words[0] in _NOT_ROLES:
        return None
    if words == ["responsible"]:
        return None
    return role


_AUX = r"(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could|should|might|may)"
#: "What conclusions did …", "Which version was …": the noun the question asks about.
_HEAD_NOUN = re.compile(
    rf"\b(?:what|which)\s+((?:[A-Za-z’'-]+\s+){{0,2}}?[A-Za-z’'-]+)\s+{_AUX}\b", re.IGNORECASE
)
#: "Was the bid successful?", "… how much was awarded?": the state a yes/no or passive
#: question asks about, when it ends the question.
_PREDICATE = re.compile(
    r"(?:^(?:was|were|is|are|has|have|had)\b.*\b|\b(?:was|were|is|are|been|be)\s+)"
    r"([a-z]+(?:ed|ful))\W*$",
    re.IGNORECASE,
)
#: Head nouns that name the kind of answer rather than its subject ("what time", "which
#: officer", "what rank"): the papers give the answer without using the word.
_KIND_NOUNS = frozenset(
    [
        "time",
        "date",
        "year",
        "month",
        "day",
        "days",
        "period",
        "proportion",
        "percentage",
        "share",
        "amount",
        "number",
        "figure",
        "sum",
        "cost",
        "level",
        "rate",
        "company",
        "organisation",
        "organization",
        "body",
        "agency",
        "officer",
        "officers",
        "person",
        "people",
        "name",
        "names",
        "rank",
        "title",
        "role",
        "job",
        "meeting",
        "item",
        "items",
        "document",
        "documents",
        "paper",
        "papers",
        "page",
        "pages",
        "range",
        "way",
        "ways",
        "kind",
        "type",
        "sort",
        "stage",
        "point",
        "state",
        "extent",
        "progress",
        "status",
    ]
)


def focus_word(question: str) -> str | None:
    """The word an answer must speak to, beyond the topic: the noun a "what X did …" question
    asks about ("What conclusions did the review reach?") or the state a yes/no question asks
    about ("Was the bid successful?"). Passages on the topic that never use the word (the
    review "is under way") do not answer it. None when the question has no such word, or its
    word names only the kind of answer ("what time", "which officer")."""
    m = _HEAD_NOUN.search(question)
    if m:
        head = m.group(1).split()[-1]
        if head[0].islower() and head.lower() not in _KIND_NOUNS | STOPWORDS:
            return head.lower()
    m = _PREDICATE.search(question.strip())
    return m.group(1).lower() if m else None


_CLAUSE_BREAK = re.compile(
    r"\s+[-–—]\s+|;\s+|,?\s+and\s+(?=(?:who|whom|what|when|where|which|how|why|was|were|did|"
    r"is|are|has|had)\b)",
    re.IGNORECASE,
)


def sub_questions(question: str) -> list[str]:
    """The parts of a question that asks several things ("Who wrote the report, and who is the
    officer to contact?"; "The March report mentioned elections - who became PCC and when was
    he welcomed?"), each to be answered on its own; [] for a question that asks one thing."""
    parts = [p.strip(" ,?") for p in _CLAUSE_BREAK.split(question.strip())]
    parts = [p for p in parts if len(content_terms(p)) >= 2]
    return parts if len(parts) > 1 else []
