"""What kind of thing a sentence holds — a figure, a date, a person (pure; who a sentence
names is `answer.persons`).

Two uses: evidence selection prefers sentences that hold what the question asks for, and the
abstention check declines when none of the chosen evidence holds it ("How much did the post
cost?" answered by a sentence with no figure is not an answer).
"""

from __future__ import annotations

import re
from typing import Any

from boardqa.answer.persons import (
    POST_FILLED,
    any_post_named,
    has_person,
    names_agent,
    names_post,
    role_holders,
    states_role,
)
from boardqa.answer.sentences import split_sentences
from boardqa.parse.dates import (
    MONTH_NAMES,
    MONTH_TITLES,
    MONTHS,
    iter_month_years,
    parse_long_dates,
)
from boardqa.question_periods import DAY_OF_MONTH
from boardqa.sum_asked import OF_A_PRICED_THING
from boardqa.verbs import forms_pattern

#: Money, a percentage, a decimal ("4.9 per 1,000") or a number of two or more digits; a lone
#: digit is more often a label ("Safer Streets 3", "item 7") than a figure.
NUMBER = re.compile(r"£\s?\d|\d[\d,]*(?:\.\d+)?\s?%|\b\d+\.\d+\b|\b\d{2,}[\d,]*\b")
#: …but a digit or a number word that counts things is the figure a "how many" asks for ("3
#: bids", "three partnership bids"), though not what "how much funding" asks for.
COUNT = re.compile(
    r"\b(?:\d|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+"
    r"(?:[a-z-]+\s+){0,2}[a-z-]+s\b"
)
_HOW_MANY = re.compile(r"\bhow many\b|\bnumber of\b", re.IGNORECASE)
#: A share ("65%", "one in five", "half") answers "what percentage / proportion / share".
PERCENT = re.compile(
    r"\d[\d,.]*\s?%|\bper\s?cent\b|\b(?:one|two|three|\d+)\s+(?:in|out of|of)\s+(?:every\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b|\b(?:half|a third|a quarter|"
    r"two thirds|three quarters|majority|minority)\b",
    re.IGNORECASE,
)
#: A share of those counted, in words: "only a quarter of respondents", "the majority of".
_SHARE_OF = re.compile(
    r"\b(?:half|a third|a quarter|two thirds|three quarters|(?:the|a)\s+(?:vast\s+)?majority|"
    r"(?:the|a)\s+minority)\s+of\b",
    re.IGNORECASE,
)
_ASKS_SHARE = re.compile(r"\b(percentage|proportion|share|per\s?cent)\b", re.IGNORECASE)
#: "LLR's share of the £125m", "what proportion of the £2m fund": a part of a sum of money,
#: which a sum ("LLR will receive £2.277m") gives as well as a percentage does.
_SHARE_OF_SUM = re.compile(
    r"\b(?:share|proportion|portion|part)\s+of\s+(?:the\s+|this\s+|that\s+)?(?:£"
    # "the total LLR share of the MHCLG domestic abuse funding": of a sum named, not given.
    # "what share of the annual price of the contract": of a price, a cost, a spend.
    r"|(?:[\w’'/-]+\s+){0,5}?(?:funding|money|monies|budget|allocation|grant|fund|pot|price|"
    r"costs?|spend|bill|contract)\b)"
    # "… what is Leicestershire County Council's share?": one party's share, of nothing
    # named, is of the sum the talk is about.
    r"|(?:[’']s|s[’'])\s+share\b(?!\s+of\b)",
    re.IGNORECASE,
)
DATE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)(?:\s*[’']\d{2}\b|\b)|\b(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+\d{4}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b(?:19|20)\d{2}\b"
    # "The programme will start early September’21": a month with its year cut short.
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s*[’']\d{2}\b",
)
#: A month with its year cut short ("from January’21 onwards"): a time, but not a day ("7th
#: June ’21" is one).
_SHORT_MONTH_YEAR = re.compile(
    r"(?<!\d )(?<!\dst )(?<!\dnd )(?<!\drd )(?<!\dth )\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s*[’']\d{2}\b"
)
#: A sentence that records a decision ("It was agreed that …", "SPB Exec … agreed to formally
#: adopt"): what a question about a decision that no RESOLVED block answers is looking for.
DECIDED = re.compile(
    r"\b(agreed|decided|resolved|approved|endorsed|adopted|rejected|declined|agreement was)\b",
    re.IGNORECASE,
)
#: A sentence that says what will be done ("We intend to shape and submit a bid", "Further
#: investigation … would take place", "Next steps: deliver two workshops").
PLANNED = re.compile(
    r"\b(will|shall|intend\w*|plan(?:s|ned|ning)?|propos\w*|going to|next steps?|aim\w*|would|"
    r"to be (?:developed|delivered|undertaken|presented|considered|implemented|launched|"
    r"introduced)|expected to|"
    r"(?:agreed|undertook|offered|committed|promised) to)\b",
    re.IGNORECASE,
)
#: A sentence that reports an outcome: what "what came of it?" is looking for.
OUTCOME = re.compile(
    r"\b(?:successful|unsuccessful|secured|securing|awarded|approved|agreed|completed|"
    r"extended|rejected|declined|went live|delayed|postponed|closed|withdrawn|carried out)\b",
    re.IGNORECASE,
)
#: A passage that gives the state of things now ("The current rolling 12 month value …"):
#: what "the most recent figure" is looking for.
CURRENT = re.compile(r"\b(?:current(?:ly)?|latest|most recent|to date)\b", re.IGNORECASE)
#: A sentence that gives a cause: what a "why" question is looking for. The papers give
#: reasons as purposes too ("Doing so will facilitate ease of update", "necessary to ensure
#: partners were compliant"), as the state that explains an absence ("no longer available as
#: hardcopy") and as what a decision was "given" or did not "fit".
CAUSE = re.compile(
    r"\b(because|due to|as a result|result(?:ed|s)? (?:of|from|in)|reasons?|responsible for|"
    r"caus\w*|owing to|led to|driven by|attribut\w*|explain\w*|so that|in order to|therefore|"
    r"given|in response to|in light of|with a view to|so as to|facilitat\w*|ensur\w*|"
    r"enabl\w*|necessary|intended|purpose|aim(?:s|ed)?|no longer|fit)\b",
    re.IGNORECASE,
)
ROLE_CUE = re.compile(
    r"\b(presented by|given by|provided by|led by|drafted|chaired|contact)\b", re.IGNORECASE
)


#: A year, a financial year ("2021/22") or a span of years ("2017-21", "2017–2020").
_YEARS = re.compile(r"\b(?:19|20)\d{2}(?:/\d{2,4}|[–-](?:19|20)?\d{2})?\b")
#: A year standing alone, not inside a date ("10/12/2020") nor after its month ("March 2021").
_BARE_YEARS = re.compile(
    r"(?<![/.\d])(?<!January )(?<!February )(?<!March )(?<!April )(?<!May )(?<!June )"
    r"(?<!July )(?<!August )(?<!September )(?<!October )(?<!November )(?<!December )"
    r"\b(?:19|20)\d{2}(?:/\d{2,4})?\b(?![/.]\d)"
)


#: An age or a range of ages ("aged 10-17", "young people aged 11-24"): whom a figure counts,
#: not a figure.
_AGES = re.compile(r"\baged\s+\d+(?:\s*(?:[-–]|to)\s*\d+|\s*\+)?", re.IGNORECASE)


def has_number(sentence: str) -> bool:
    """A figure: dates and years ("2021/22") are not what "how much" asks for."""
    return bool(NUMBER.search(DATE.sub(" ", _YEARS.sub(" ", sentence))))


def without_ages(sentence: str) -> str:
    """The sentence without the ages it names (`_AGES`): "The rate of first-time entrants …
    aged 10-17 is stabilising" gives no figure for a total asked."""
    return _AGES.sub(" ", sentence)


#: A question that asks for a deadline ("By when were CSPs to receive …?").
_BY_WHEN = re.compile(r"\b(?:by|until|till)\s+when\b|\bdeadline\b", re.IGNORECASE)
#: What a deadline's date follows: "by", "before", "until", "the end of".
_BY_END = re.compile(r"\b(?:by|before|until|end\s+of)\s+(?:the\s+)?(?:end\s+of\s+)?$", re.I)


#: "… after the June 2021 one": a month the date asked for must come after.
_AFTER_MONTH = re.compile(rf"\bafter\s+(?:the\s+)?({MONTH_NAMES})\s+((?:19|20)\d\d)\b", re.I)
#: "the meeting before 1 October 2018": a day (or month) the date asked for must come before.
_BEFORE_DAY = re.compile(
    rf"\b(?:before|prior\s+to|preceding)\s+(?:the\s+)?(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+)?"
    rf"({MONTH_NAMES})\s+((?:19|20)\d\d)\b",
    re.I,
)


#: "at the end of June", "in early July", "by mid-March": a point in a month, given without a
#: day or a year.
_MONTH_POINT = re.compile(
    rf"\b(?:(?:end|start|beginning|middle)\s+of|early|late|mid"
    # "… can be recruited to start from April": the month a span opens or closes on.
    r"|(?:start(?:s|ing)?\s+)?from|until|till|since)[\s-]+"
    rf"(?:{MONTH_NAMES})\b"
    # With its year it is a date already ("before the end of December 2020").
    r"(?!\s*(?:(?:19|20)\d\d|[’']\d\d))",
    re.IGNORECASE,
)


#: The deed a "when" question asks the time of: the verb after "expected to" ("When was the
#: Home Office expected to launch …"), or the one that ends it ("When does the round close?").
_EXPECTED_DEED = re.compile(
    r"\b(?:expected|due|going|set|planned|scheduled|intended)\s+to\s+(?:be\s+)?([a-z]{3,})\b"
)
_LAST_DEED = re.compile(
    r"^\s*(?:and\s+)?when\s+(?:do|does|did|will|would)\b[^?]*?\b([a-z]+)\s+([a-z]{3,})\s*\??\s*$",
    re.IGNORECASE,
)
_DETERMINERS = frozenset(["the", "a", "an", "that", "this", "its", "their", "each", "every"])


def _deed_asked(question: str) -> str | None:
    """The verb of the deed a "when" question asks about (`_EXPECTED_DEED`, `_LAST_DEED`),
    or None when it names none so."""
    m = _EXPECTED_DEED.search(question)
    if m:
        return m.group(1)
    m = _LAST_DEED.match(question)
    if m and m.group(1).lower() not in _DETERMINERS:
        return m.group(2)
    return None


def has_date(sentence: str, besides: str = "") -> bool:
    """Whether the sentence gives a date other than those in `besides` (the question: "When
    is the next meeting after 19 March 2021?" is not answered by "… on 19 March 2021", but is
    by "18 June 2021"). Full dates are compared as dates; a partial one ("18 June", "2021")
    counts unless the question names it as a whole phrase."""
    if _BY_WHEN.search(besides) and any(
        _BY_END.search(sentence[: m.start()]) for m in DATE.finditer(sentence)
    ):
        return True  # "by when …?": "… before the end of December 2020", whatever is named
    named = set(parse_long_dates(besides))
    full = parse_long_dates(sentence)
    after = _AFTER_MONTH.search(besides)
    if after:
        # "When's the next meeting after the June 2021 one?" is not answered by "… on
        # Friday 18 June 2021": only a later day is.
        floor = (int(after.group(2)), MONTHS[after.group(1).lower()])
        full = [d for d in full if (d.year, d.month) > floor]
        if not full:
            return False
    before = (
        _BEFORE_DAY.search(besides) if re.search(r"\bmeeting|\bsitting", besides, re.I) else None
    )
    if before:
        # "What date was the meeting before 1 October 2018?" is not answered by the dates of
        # the meetings after it: only an earlier day is.
        ceiling = (int(before.group(3)), MONTHS[before.group(2).lower()], int(before.group(1) or 1))
        full = [d for d in full if (d.year, d.month, d.day) < ceiling]
        if not full:
            return False
    if any(d not in named for d in full):
        return True
    if full:
        return False
    deed = _deed_asked(besides)
    if (deed is None or forms_pattern(deed).search(sentence)) and any(
        # "… will be launched at the end of June": a point in a month says when the deed
        # the question asks about is done ("When is it expected to launch?"), not another's
        # ("When does the bid round close?").
        not re.search(rf"\b{re.escape(m.group(0))}\b", besides, re.IGNORECASE)
        for m in _MONTH_POINT.finditer(sentence)
    ):
        return True
    return any(
        not any(
            re.search(rf"(?<![\w/.]){re.escape(named)}(?![\w/.])", besides, re.IGNORECASE)
            for named in _as_named(sentence, m)
        )
        # "the Public Contract Regulations 2014": the year of a law's name, not a date.
        and not _TITLE_BEFORE_YEAR.search(sentence[: m.start()])
        for m in DATE.finditer(sentence)
    )


#: The rest of a financial year after its first year ("2021/22", "2016-17").
_YEAR_REST = re.compile(r"[/-](?:\d{2}|\d{4})\b")


def _as_named(sentence: str, found: re.Match[str]) -> tuple[str, ...]:
    """How a question may name the date `found`: as it is, or, for the first year of a financial
    year, as the whole ("When is the meeting to set the 2021/22 council tax?" is not answered
    by "DA duty 2021/22 allocation")."""
    rest = _YEAR_REST.match(sentence, found.end()) if len(found.group(0)) == 4 else None
    return (found.group(0), found.group(0) + rest.group(0)) if rest else (found.group(0),)


_TITLE_BEFORE_YEAR = re.compile(r"\b(?:Act|Acts|Regulations?|Bill|Order|Rules)\s*$")


#: The kinds of thing a typed question asks for, by `QueryIntent.asks`, and how the papers'
#: silence on it is put ("the passages closest to the question give no figure for it").
ASKED = {"how_much": "give no figure", "when": "give no date", "who": "name no one"}
#: "Which meeting …?", "at what meeting …", "which meetings did … attend?": asks for meetings,
#: which a date or a month names (or an attendance list, by the minutes it is in).
WHICH_MEETING = re.compile(r"\b(?:which|what)\s+(?:board\s+)?(?:meeting|sitting)s?\b", re.I)

#: "Who got the part-time analyst job?", "who was appointed to the post?", "who was appointed
#: as the Prevent Regional Advisor?": only a person named answers it, not the post ("a need
#: for a part time DA analyst", "Advisors will be created") nor its body.
_ASKS_APPOINTEE = re.compile(
    r"\bwho\s+(?:got|gets|was\s+given|was\s+appointed|was\s+hired|was\s+recruited|filled|"
    r"took\s+(?:up|on))\b[^?]*\b(?:job|post|role|position|vacancy)\b"
    r"|\bwho\s+(?:was|were|has\s+been|had\s+been|is|will\s+be)\s+(?:appointed|recruited|hired|"
    r"named)\s+(?:as|to\s+be)\b",
    re.IGNORECASE,
)
#: "What's the name of …", "What is her name?", "What is the MARAC manager's full name?": a
#: name, not the post the question gives.
_ASKS_NAME = re.compile(
    r"\bnames?\s+of\b|\bwhat\s+(?:is|was)\s+\w+\s+name\b|\bname\s+the\b"
    r"|\bwhat(?:\s+(?:is|was|were|are)|[’']s)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?[\w-]+[’']s?\s+"
    r"(?:full\s+)?names?\b",
    re.I,
)


def asks_name(question: str) -> bool:
    """Whether a person's name is asked for (`_ASKS_NAME`): a post ("the MARAC manager") is
    then no answer."""
    return bool(_ASKS_NAME.search(question))


#: "Who is the Head of Communications at …?": who holds a post the question names, by name.
_WHO_IS_THE = re.compile(rf"^\s*who\s+(?:is|was)\s+the\s+|{POST_FILLED}", re.IGNORECASE)
#: "On what date …", "which day …": a day is asked for, not a year.
_ASKS_DAY = re.compile(r"\b(?:what|which)\s+(?:date|day)\b", re.IGNORECASE)
#: "What exact day in January 2019 …?": a month is no answer, only a day of it.
_ASKS_EXACT_DAY = re.compile(
    rf"\b(?:exact|precise|specific|actual)\s+(?:date|day)\b|\b(?:what|which)\s+day\s+"
    rf"(?:in|of)\s+(?:{MONTH_NAMES})\b",
    re.IGNORECASE,
)
#: A day of a month: "25 March" (`question_periods.DAY_OF_MONTH`), "March 25th", "25/3/21";
#: months capitalised ("12 may attend" is no day).
_DAY_OF_MONTH = re.compile(
    rf"{DAY_OF_MONTH.pattern}|\b(?:{MONTH_TITLES})\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    r"(?![\d,]\d)|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"
)
#: The day an action was raised, as an action record gives it ("Action 6 (raised 11 December
#: 2020): …"): the answer only to a question about the action's start, not its later life.
_RAISED_ON = re.compile(r"\(raised\s[^)]*\)", re.IGNORECASE)
#: A question about an action's start: when it was raised, set, agreed, asked for, first made.
_ASKS_RAISING = re.compile(
    r"\b(?:rais\w*|set|agreed?|ask\w*|request\w*|first|made|mak\w*|creat\w*|added|logged|"
    r"open\w*|start\w*|began|begin|assign\w*|given|gave|give)\b",
    re.IGNORECASE,
)


def beyond_raising(sentence: str, question: str) -> str:
    """The sentence without the day its action was raised, unless the question asks about the
    action's start: "On what date is the summary going to the Panel?" is not answered by
    "Action 6 (raised 11 December 2020): … will go to the Police & Crime Panel"."""
    return sentence if _ASKS_RAISING.search(question) else _RAISED_ON.sub(" ", sentence)


#: A meeting named by its month alone: "the March Board", "the June meeting".
_MONTH_MEETING = re.compile(
    rf"\b({MONTH_NAMES})\s+(?:Board|meeting|agenda|sitting)\b", re.IGNORECASE
)
#: "What time did it start?" asks for a time of day ("what time of year" does not).
#: "Within what time should they deliver …?" asks for a span, not an hour.
WHAT_TIME = re.compile(
    r"(?<!\bwithin )(?<!\bin )\bwhat time\b(?!\s+of\b|\s*(?:frame|scale|span|limit))"
    r"|\b(?:what|which) hour\b",
    re.IGNORECASE,
)
#: A time of day: "10.00 am", "1:00pm", "2pm".
TIME_OF_DAY = re.compile(
    r"\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)(?![a-z])", re.IGNORECASE
)
#: Where a meeting was held: "Venue: Microsoft Teams Video Conferencing", "held at County
#: Hall", "held virtually".
VENUE = re.compile(
    r"\bVenue\b|\bheld (?:at|in|via|virtually|online|remotely)\b|\bMicrosoft Teams\b|\bZoom\b",
    re.IGNORECASE,
)
#: A place something is held at: a venue, a capitalised place after "at" or "in" ("at County
#: Hall", "in Loughborough"), or a way of meeting ("online", "via Microsoft Teams").
_PLACE_HELD = re.compile(
    r"\b(?:at|in)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Q\d)\b)[A-Z][a-z]{2,}"
    r"|\b(?:online|virtual(?:ly)?|remote(?:ly)?|webinar|on-?site|in person|face to face)\b",
)


def names_venue(sentence: str) -> bool:
    """Whether the sentence says where something is held (`VENUE`, `_PLACE_HELD`)."""
    return bool(VENUE.search(sentence) or _PLACE_HELD.search(sentence))


#: "Where do I go to look at it?", "where can members find the survey?": where to find a
#: thing, which a link or a place it is published answers.
WHERE_TO_FIND = re.compile(
    r"\bwhere\s+(?:do|can|could|should|would|might)\s+(?:i|we|you|people|members|one|staff)\s+"
    r"(?:go\s+(?:to\s+)?)?(?:find|look|view|see|access|get\s+hold|read|download)\b"
    # "Where am I supposed to look at them?"
    r"|\bwhere\s+(?:am\s+i|are\s+(?:we|you|members))\s+(?:supposed|meant|expected|able)\s+to\s+"
    r"(?:go\s+(?:to\s+)?)?(?:find|look|view|see|access|read|download)\b"
    r"|\bwhere\s+(?:is|are)\s+(?:it|they|the\s+[\w\s-]{1,30}?)\s+(?:published|available|kept|"
    r"online)\b",
    re.IGNORECASE,
)
#: A sentence that says where a thing may be found: "… can be viewed via the ‘Online
#: performance portal’ and is available here: https://…".
POINTS_TO = re.compile(
    r"https?://|\bwww\.|\b(?:viewed|accessed|downloaded)\s+(?:here|at|via|from|through|online)\b"
    r"|\bavailable\s+(?:here|online|via)\b",
    re.IGNORECASE,
)
#: "How often does the group meet?", "at what intervals …": asks how often, which a passage
#: answers only by saying it ("quarterly", "every six weeks", "on an annual basis").
HOW_OFTEN = re.compile(
    r"\bhow\s+(?:often|frequently|regularly)\b|\b(?:at\s+)?what\s+(?:frequency|intervals?)\b",
    re.IGNORECASE,
)
_FREQUENCY = re.compile(
    r"\b(?:daily|weekly|fortnightly|monthly|bi-?monthly|quarterly|annual(?:ly)?|yearly|"
    r"bi-?annual(?:ly)?|six-monthly|twice|once|every|regular(?:ly)?|"
    r"(?:each|per|a)\s+(?:day|week|fortnight|month|quarter|year|annum|meeting|session)|"
    r"\w+\s+times\s+(?:a|per|each)|on\s+an?\s+[\w-]+\s+basis)\b",
    re.IGNORECASE,
)


def says_how_often(sentence: str) -> bool:
    """Whether a sentence says how often something happens (`HOW_OFTEN`)."""
    return bool(_FREQUENCY.search(sentence))


#: "Where was it held?", "what venue": a question about where a meeting took place.
WHERE_HELD = re.compile(
    r"\bwhere\b.*\b(?:held|take place|took place|meet|met|hosted)\b|\b(?:what|which) venue\b",
    re.IGNORECASE,
)


#: "How much funding / money / did it cost …": an amount of money is asked for.
ASKS_MONEY = re.compile(
    r"\bhow much\s+(?:funding|money|grant|budget)|\bhow much\b.*\b(?:cost|spent|spend|paid|"
    r"award(?:ed)?|allocated?|receive[sd]?|won|win|worth|bring in|brought in|raised?|"
    r"secure[sd]?|approved?|granted|committed|invest(?:ed)?|contributed?|set aside|earmarked|"
    r"ring-?fenced)\b|"
    # "How much of the Hope Project funding was …?": a share of money is money.
    r"\bhow much of\b[^?]{0,60}?\b(?:funding|money|grant|budget|fund|allocation|pot)\b|"
    r"\b(?:salary|salaries|price|budget)\b"
    # "What did the extension of the UAVA contract cost the commissioners?"
    r"|\bwhat\s+(?:did|does|do|will|would)\b[^?]*\bcost\b"
    # "the value of the contract to be awarded", "the contract value budgeted for …"
    rf"|\b(?:value|cost){OF_A_PRICED_THING}"
    r"|\bcontract\s+(?:value|price|sum)\b",
    re.IGNORECASE,
)
MONEY = re.compile(r"£|\b\d[\d,.]*\s?(?:million|m|k|bn)\b", re.IGNORECASE)
_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")
_RANGE = re.compile(r"\b(\d{1,3})\s*[-–]\s*(\d{1,3})\b")
_GIVEN_AMOUNT = re.compile(
    r"£\s?(\d[\d,]*(?:\.\d+)?)|(?<![\d.])(\d[\d,]*(?:\.\d+)?)(?=\s?(?:%|million|m\b|bn\b|k\b))"
)


_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}
#: A sum in pounds with its scale ("£882,373", "£19 million"): the figure, then the scale word.
_SUM = rf"£\s?(\d[\d,]*(?:\.\d+)?)(?:\s?({'|'.join(sorted(_SCALE, key=len, reverse=True))})\b)?"
_AMOUNT = re.compile(_SUM, re.IGNORECASE)
#: A table's cell under a column in pounds ("DA duty 2021/22 allocation (£): 2,276,643").
_MONEY_CELL = re.compile(r"\(£\)\s*:\s*\d")
#: "How much of the £882,373 …": a part of a sum the question gives (the sum, whole).
_PART_OF = re.compile(
    rf"\bhow (?:much|many) of (?:the |its |their |this |that )?(?:[a-z]+ )?({_SUM})",
    re.IGNORECASE,
)


def _value(amount: re.Match[str]) -> float:
    """The pounds a matched `_AMOUNT` stands for ("£19 million" → 19,000,000)."""
    scale = _SCALE.get((amount.group(2) or "").lower(), 1.0)
    return float(amount.group(1).replace(",", "")) * scale


def _beyond_whole(sentence: str, question: str) -> str:
    """The sentence without sums larger than the whole a question asks for a part of ("How
    much of the £882,373 …" is not answered by "£19 million of funding nationally")."""
    whole = _PART_OF.search(question)
    amount = _AMOUNT.search(whole.group(1)) if whole else None
    if amount is None:
        return sentence
    limit = _value(amount)
    return _AMOUNT.sub(lambda m: " " if _value(m) > limit else m.group(0), sentence)


_PAGES = re.compile(r"\(?\bpages?\s+\d+(?:\s*(?:[-–]|to)\s*\d+)?\)?", re.IGNORECASE)
_ENTRY_NUMBER = re.compile(r"^\s*\d{1,2}\.\s+(?=[A-Z])")


#: One of a thing, which answers "how many" of it: "more than one bid", "a single provider".
_ONE_COUNTED = re.compile(r"\b(?:one|a\s+single)\s+([a-z]{3,})\b(?!\s+of\b)", re.IGNORECASE)


#: A number that is part of a name: "Covid-19", "COVID 19".
_NAMES_NUMBER = re.compile(r"\bcovid[-‐– ]?19\b", re.IGNORECASE)


def holds_figure(sentence: str, question: str = "") -> bool:
    """Whether the sentence holds the kind of figure the question asks for: a share for "what
    proportion", a count for "how many" (a percentage is not one), money for "how much
    funding", else any figure. A figure the question already gives ("How much of the
    £882,373 …") is not an answer to it."""
    # Years and dates are no figures, and must not be cut in two ("2021/22" → "/22").
    sentence = _beyond_whole(DATE.sub(" ", _YEARS.sub(" ", sentence)), question)
    # "the Covid-19 pandemic": a number in a name counts nothing.
    sentence = _NAMES_NUMBER.sub(" ", sentence)
    # An agenda entry's number and pages ("11. Community Safety Survey - Key Findings. (Pages
    # 45 - 48)") are where a paper is, not a figure of what it finds.
    if not re.search(r"\bpages?\b", question, re.IGNORECASE):
        sentence = _PAGES.sub(" ", _ENTRY_NUMBER.sub(" ", sentence))
    # A range the question gives ("aged 10-17") is no answer either, however short.
    for low, high in _RANGE.findall(question):
        sentence = re.sub(rf"\b{low}\s*[-–]\s*{high}\b", " ", sentence)
    given = {f.replace(",", "") for f in _FIGURE.findall(question) if len(f) > 2}
    # "How much of the government's £80 million …": an amount the question gives, however short.
    given |= {"".join(f).replace(",", "") for f in _GIVEN_AMOUNT.findall(question)}
    if given:
        sentence = _FIGURE.sub(
            lambda m: " " if m.group(0).replace(",", "") in given else m.group(0), sentence
        )
    if ASKS_MONEY.search(question) and not MONEY.search(sentence):
        return False
    if _ASKS_SHARE.search(question):
        if _SHARE_OF_SUM.search(question) and (
            _AMOUNT.search(sentence) or _MONEY_CELL.search(sentence)
        ):
            return True
        return bool(PERCENT.search(sentence))
    if _HOW_MANY.search(question) and _TOOK_PART.search(question):
        # "How many residents took part in the survey?": a head count; "77% of respondents
        # are satisfied" is a share of those who did.
        return has_number(PERCENT.sub(" ", sentence))
    if _HOW_MANY.search(question) and any(
        # "How many bids has the OPCC decided to put in?": "… not worthwhile submitting more
        # than one bid".
        re.search(rf"\b{re.escape(m.group(1))}", question, re.IGNORECASE)
        for m in _ONE_COUNTED.finditer(sentence)
    ):
        return True
    if _HOW_MANY.search(question):
        # "How many female offenders have experienced abuse?" is often answered by a share
        # ("over 60% of female offenders", "only a quarter of respondents"): any figure, a
        # share, or a count of things answers it.
        return has_number(sentence) or bool(COUNT.search(sentence) or _SHARE_OF.search(sentence))
    return has_number(sentence)


#: "How many … took part / responded / were surveyed": asks for a head count of those who did.
_TOOK_PART = re.compile(
    r"\bhow\s+many\b[^?]*\b(?:took\s+part|take\s+part|taking\s+part|participated|"
    r"responded|respond|completed|answered|(?:were|was)\s+surveyed|filled\s+(?:it\s+)?in|"
    r"signed\s+up|registered|enrolled)\b",
    re.IGNORECASE,
)


def _in_months_asked(day: str, question: str) -> bool:
    """Whether a day is in a month the question names ("What exact date in January 2019 …?"
    is not answered by the Board's dates for the year, "22 March 2019 at 10:00am …"); any
    day is when the question names no month, or the day is written in figures."""
    asked = {month for _, month in iter_month_years(question)}
    named = [MONTHS[w.lower()] for w in re.findall(r"[A-Za-z]+", day) if w.lower() in MONTHS]
    return not asked or not named or any(month in asked for month in named)


#: "Over what period …", "for how long …": asks for a span of time, which a paper may give
#: without a date.
_ASKS_PERIOD = re.compile(r"\b(?:over|during|for|in)\s+what\s+period\b|\bfor\s+how\s+long\b", re.I)
#: A span of time given without dates: "over the last three quarters", "for the past 12
#: months", "the rolling 12 months".
_SPAN_OF_TIME = re.compile(
    r"\b(?:over|during|in|for|across|within)\s+the\s+(?:last|past|previous|next|first)\s+"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several)?\s*"
    r"(?:quarters?|months?|years?|weeks?)\b|\brolling\s+12[\s-]*months?\b",
    re.IGNORECASE,
)


def holds_asked(asks: str, sentence: str, question: str = "", role: str | None = None) -> bool:
    """Whether the sentence holds what a question of kind `asks` asks for: a figure, a date, or
    a person the question does not already name (or who holds the `role` it asks about).
    Other questions ask for no kind (True)."""
    if role and states_role(sentence, role, besides=question):
        return True
    if role and _CONTACT.match(sentence) and not _CONTACT.match(role):
        # "Who is the part-time DA analyst …?" is not answered by a paper's "Officer to
        # contact Victoria Charlton": a contact block names the post it gives, if any.
        return False
    if asks == "how_much":
        return holds_figure(sentence, question)
    if asks == "when":
        sentence = beyond_raising(sentence, question)
        if _ASKS_PERIOD.search(question) and _SPAN_OF_TIME.search(sentence):
            # "Over what period have referrals stabilised?": "… over the last three quarters".
            return True
        if WHAT_TIME.search(question):
            # "What time did the December 2020 meeting start?": "… 11 December 2020 10.00
            # am", not the next meeting's "Friday 19 March 2021 at 10:00am".
            # A follow-up ("What time did it start?") names no month: any time answers it.
            asked = set(iter_month_years(question))
            days = parse_long_dates(sentence)
            return bool(TIME_OF_DAY.search(sentence)) and (
                not asked or not days or any((d.year, d.month) in asked for d in days)
            )
        if _ASKS_EXACT_DAY.search(question):
            return any(
                not re.search(rf"\b{re.escape(m.group(0))}\b", question, re.IGNORECASE)
                and _in_months_asked(m.group(0), question)
                for m in _DAY_OF_MONTH.finditer(sentence)
            )
        if _ASKS_DAY.search(question):
            # "On what date was it published?": a bare year ("Performance 2020/21") is none;
            # "10/12/2020", "25 March", "March 2021" are.
            return has_date(
                _SHORT_MONTH_YEAR.sub(" ", _BARE_YEARS.sub(" ", sentence)), besides=question
            )
        return has_date(sentence, besides=question) or any(
            # "When were the results to come to the Board?": "… an input to the March Board".
            not re.search(rf"\b{m.group(1)}\b", question, re.IGNORECASE)
            for m in _MONTH_MEETING.finditer(sentence)
        )
    if asks == "who":
        name_asked = asks_name(question)
        post = any_post_named(question) if name_asked or _WHO_IS_THE.match(question) else None
        if post:
            # "What's the name of the Head of Communications?": a name given beside the post,
            # not any name ("Responsible officer: Steve Pumfrey" beside "Invite Head of …").
            return bool(role_holders(sentence, post))
        if name_asked or _ASKS_APPOINTEE.search(question):
            # "What's the name of the MARAC manager …?": a name, not "the MARAC manager".
            return has_person(sentence, besides=question)
        return (
            has_person(sentence, besides=question)
            or names_agent(sentence, question)
            or names_post(sentence, besides=question)
            or names_funder(sentence, question)
        )
    return True


#: "Who was backing them with funding?", "who paid for it?": asks for a body as often as a
#: person ("strong support from the OPCC, which includes the provision of funding").
_FUNDER_ASKED = re.compile(
    r"\bwho\b[^?]*\b(?:fund\w*|financ\w*|paid|pay(?:s|ing)?|back\w*|sponsor\w*)\b", re.IGNORECASE
)
_FUNDS = re.compile(
    r"\b(?:fund\w*|financ\w*|paid|pays?|grant\w*|contribut\w*|support\w*)\b", re.IGNORECASE
)
#: A body: its initials ("OPCC", "MHCLG") or a name ending in a body's word.
_BODY = re.compile(
    r"\b[A-Z]{3,6}\b|\b[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+)*\s+"
    r"(?:Council|Office|Ministry|Commissioner|Government|Lottery|Trust|Foundation)\b"
)


def names_funder(sentence: str, question: str) -> bool:
    """Whether the sentence names a body that funds, for a question who funds something
    (`_FUNDER_ASKED`), a body the question does not already name."""
    if not _FUNDER_ASKED.search(question) or not _FUNDS.search(sentence):
        return False
    return any(m.group(0).lower() not in question.lower() for m in _BODY.finditer(sentence))


#: Asks for a way to get in touch: only a sentence that gives one answers it. Asked for as
#: the thing wanted ("What's Bob Bearne's email address?", "the phone number for …", "What is
#: Anita Chavda's email?"), not as a way something was done ("Was the link sent by email?").
_CONTACT_ASKED = re.compile(
    r"\be-?mail\s+address(?:es)?\b|\b(?:tele)?phone\s+numbers?\b|\bcontact\s+numbers?\b|"
    r"\bweb\s*(?:site|page)?\s+address\b|\bwhat(?:[’']s|\s+is|\s+was)\s+(?:[\w’'-]+\s+){0,3}"
    r"(?:e-?mail|phone|url)\s*\??\s*$",
    re.IGNORECASE,
)
#: What gives each kind of contact: an email address, a phone number, a web address.
_CONTACT_GIVEN = {
    "email": re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+"),
    "phone": re.compile(r"\b(?:0\d{2,4}\s?\d{3,4}\s?\d{3,4}|07\d{3}\s?\d{6}|101)\b"),
    "web": re.compile(r"https?://|\bwww\.", re.IGNORECASE),
}
#: How a reason names each kind.
CONTACT_NAMES = {"email": "email address", "phone": "phone number", "web": "web address"}


def contact_asked(question: str) -> str | None:
    """The kind of contact a question asks for ("email", "phone", "web"), or None."""
    asked = _CONTACT_ASKED.search(question)
    if not asked:
        return None
    word = asked.group(0).lower()
    if "mail" in word:
        return "email"
    return "phone" if "number" in word or "phone" in word else "web"


def gives_contact(kind: str, sentence: str) -> bool:
    """Whether the sentence gives that kind of contact."""
    return bool(_CONTACT_GIVEN[kind].search(sentence))


RECOMMENDS = re.compile(
    r"\brecommend\w*|\b(?:is|are)\s+(?:asked|requested|invited)\s+to\b", re.IGNORECASE
)
#: What follows the recommendations under the same heading and number in some papers.
_CONTACT = re.compile(r"^\s*(Officers? to contact|Report Author|Contact)\b", re.IGNORECASE)


def is_recommendation(payload: dict[str, Any]) -> bool:
    text = str(payload.get("text") or "")
    if _CONTACT.match(text):
        return False
    return bool(RECOMMENDS.search(str(payload.get("heading") or "")) or RECOMMENDS.search(text))


#: "Which three areas …": how many named things the question asks for.
_WHICH_N = re.compile(
    r"\bwhich\s+(two|three|four|five|six|\d)\b"
    # "Which were the original three People Zones?", "what are the four sub groups?"
    r"|\b(?:which|what)\s+(?:were|are)\s+the\s+(?:[a-z-]+\s+)?"
    r"(two|three|four|five|six|\d)\b(?![-\s]+(?:years?|months?|weeks?|days?|quarters?)\b)",
    re.IGNORECASE,
)
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


#: "Which areas did the OPCC shortlist …?", "which towns will have …": places asked for by
#: name, however many.
_WHICH_PLACES = re.compile(
    r"\b(?:which|what)\s+(?:[a-z-]+\s+)?(?:areas|districts|places|towns|locations|wards|"
    r"estates|sites|localities|neighbourhoods)\b",
    re.IGNORECASE,
)


def names_asked(question: str) -> tuple[str, int] | None:
    """How many named things a "Which three areas …?" question asks for, as the word it uses
    and its number (("three", 3)); ("", 2) for places asked for by name without a number
    ("Which areas were shortlisted?": a list of them); None for a question that asks for no
    names."""
    many = _WHICH_N.search(question)
    if not many:
        return ("", 2) if _WHICH_PLACES.search(question) else None
    word = (many.group(1) or many.group(2)).lower()
    return word, _COUNT_WORDS.get(word) or int(word)


def lists_names(text: str, asked: tuple[str, int], question: str = "") -> bool:
    """Whether the text says the number `asked` for ("three") and lists that many names; the
    names the question itself gives ("… in Leicester, Leicestershire and Rutland") are not
    an answer to it."""
    word, n = asked
    said = not word or re.search(rf"\b{word}\b", text, re.IGNORECASE)
    return bool(said) and any(
        _names_n(s, n, question, short=not word) for s in split_sentences(text)
    )


def _names_n(sentence: str, n: int, given: str = "", short: bool = False) -> bool:
    """Whether the sentence lists at least `n` names ("New Parks (City), Bell Foundry Estate
    (Loughborough) and Coalville"): items of a comma or "and" list that open capitalised, and
    that are not names the question gives (`given`: its name, capitalised there too)."""
    listed = sentence.split(":", 1)[-1]
    items = [i.strip() for i in re.split(r",|;|\band\b", listed) if i.strip()]
    # Places asked for without a number (`short`) are names, not clauses that open with a
    # capital ("A presentation will be given by …, Head of … - Leicester").
    named = [i for i in items if i[0].isupper() and (not short or len(i.split()) <= 5)]
    if given:
        named = [i for i in named if not re.search(rf"\b{re.escape(i.split()[0])}\b", given)]
    return len(named) >= n
