"""What kind of thing a sentence holds — a figure, a date, a person (pure).

Two uses: evidence selection prefers sentences that hold what the question asks for, and the
abstention check declines when none of the chosen evidence holds it ("How much did the post
cost?" answered by a sentence with no figure is not an answer).
"""

from __future__ import annotations

import re
from typing import Any

from boardqa.answer.sentences import split_sentences
from boardqa.parse.dates import iter_month_years, parse_long_dates
from boardqa.verbs import IRREGULAR_FORMS, root_of

#: Money, a percentage, a decimal ("4.9 per 1,000") or a number of two or more digits; a lone
#: digit is more often a label ("Safer Streets 3", "item 7") than a figure.
NUMBER = re.compile(r"£\s?\d|\d[\d,]*(?:\.\d+)?\s?%|\b\d+\.\d+\b|\b\d{2,}[\d,]*\b")
#: …but a digit or a number word that counts things is the figure a "how many" asks for ("3
#: bids", "three partnership bids"), though not what "how much funding" asks for.
COUNT = re.compile(
    r"\b(?:\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
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
_ASKS_SHARE = re.compile(r"\b(percentage|proportion|share|per\s?cent)\b", re.IGNORECASE)
DATE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)(?:\s*[’']\d{2}\b|\b)|\b(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+\d{4}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b(?:19|20)\d{2}\b",
)
#: A surname, "O’Neill" included.
_SURNAME = r"[A-Z](?:[’'][A-Z])?[a-z’'-]+"
#: A capitalised run of two or more words ("Manjeeta Sunnar"), or an initial and a surname
#: ("D. Taylor"), or a title and a surname ("Cllr Master", "Lord Bach").
NAME = re.compile(
    rf"\b[A-Z][a-z]+(?:[- ]{_SURNAME})+\b"
    rf"|\b[A-Z]\.\s?(?:[A-Z]\.\s?)*{_SURNAME}\b"
    r"|\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Lord|Lady|Sir|Supt|Superintendent|Inspector)\.?"
    rf"\s+{_SURNAME}\b"
)
#: Words that make a capitalised run an organisation or a title rather than a person.
ORG = re.compile(
    r"\b(Council|Board|Service|Services|Police|Safety|Partnership|Network|Group|Team|Office|"
    r"Commissioner|Performance|Communities|Community|County|Borough|District|Agenda|Item|"
    r"Project|Strategy|Plan|Prison|Parva|Leicestershire|Leicester|Rutland|England|Home|Ministry|"
    r"Update|Report|Pages?|Annex|Appendix|Minutes|Head|Chief|Officer|Manager|Coordinator|"
    r"Director|National|Probation|Review|Programme|Unit|Fund|Streets|Safer|Survey|Operation|"
    r"Authority|Authorities)\b"
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
    r"to be (?:developed|delivered|undertaken|presented|considered)|"
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
#: A sentence that gives a cause: what a "why" question is looking for.
CAUSE = re.compile(
    r"\b(because|due to|as a result|result(?:ed|s)? (?:of|from|in)|reasons?|responsible for|"
    r"caus\w*|owing to|led to|driven by|attribut\w*|explain\w*|so that|in order to|therefore|"
    r"given that|in response to)\b",
    re.IGNORECASE,
)
ROLE_CUE = re.compile(
    r"\b(presented by|given by|provided by|led by|drafted|chaired|contact)\b", re.IGNORECASE
)


def people(sentence: str) -> list[str]:
    """The person names a sentence holds (organisations and titles left out, and names in
    quotes: "the ‘Safe Lives’ recommended threshold" names a charity)."""
    return [
        m.group(0)
        for m in NAME.finditer(sentence)
        if not ORG.search(m.group(0)) and (m.start() == 0 or sentence[m.start() - 1] not in "‘“'\"")
    ]


#: Minutes' attendance lists: each entry opens on a person, then their body ("Matthew Cane
#: Leicestershire Fire and Rescue Service").
_ATTENDANCE_LIST = re.compile(
    r"^\s*(?:present|others|officers|other attendees|also present|in attendance|"
    r"apologies(?: for absence)?)\s*:",
    re.IGNORECASE,
)


def has_person(sentence: str, besides: str = "") -> bool:
    """Whether the sentence names a person other than those named in `besides` (the question:
    "Who replaced Bob Bearne?" is not answered by a sentence that only names Bob Bearne)."""
    named = besides.lower()
    found = people(sentence)
    if _ATTENDANCE_LIST.match(sentence):
        found += [sentence[a:b] for a, b in _person_spans(sentence)]
    return any(surname(p).lower() not in named for p in found)


#: "… presented by the NPA commanders": who does the thing, named as a body or a role.
_AGENT = re.compile(
    r"\b([a-z]{3,})\s+by\s+(?:the\s+|their\s+|its\s+|each\s+|local\s+)?(?:[a-z]+\s+)?"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b)[A-Z]"
)


#: A post named by its title ("the Head of Communications at Leicestershire County Council"):
#: who the Board asked for is often a post, not a person.
_POST = re.compile(
    r"\b(?:Head|Director|Chief Executive|Chief Officer|Manager|Co-?ordinator|Lead|Chair(?:man)?|"
    r"Commissioner|Superintendent|Commander)s?\s+(?:of|for)\s+[A-Z][\w&-]*"
)


def names_post(sentence: str, besides: str = "") -> bool:
    """Whether the sentence names a post the question does not already name ("What's the name
    of the Head of Communications?" is not answered by "the Head of Communications &
    Engagement"): the post's title and first word are compared."""
    named = besides.lower()
    return any(m.group(0).lower() not in named for m in _POST.finditer(sentence))


_PASSIVE_WHO = re.compile(
    r"\bwho\s+(?:(?:will|would|has|have|had)\s+)?(?:is|was|were|are|be|been)\s+([a-z]+)\b",
    re.IGNORECASE,
)


def names_agent(sentence: str, question: str) -> bool:
    """Whether the sentence says by whom the question's own verb is done ("Who will present
    the packs?" — "… which will be presented by the NPA commanders"; "who would hold
    accountability" — "… will be held by the LLR Senior Officer Group"): a body or a role is
    the answer to such a "who", though it names no person."""
    passive = _PASSIVE_WHO.search(question)
    if passive and (passive.group(1).endswith("ed") or passive.group(1) in IRREGULAR_FORMS):
        return False  # "Who was recruited / chosen …?": "… by the Council" is not who
    agents = list(_AGENT.finditer(sentence))
    asked = {root_of(w) for w in re.findall(r"[a-z]+", question.lower())}
    if any(root_of(m.group(1)) in asked for m in agents):
        return True
    # "Who is accountable for monitoring it?" — "Accountability for the monitoring … will be
    # held by the partnership Senior Officer Group": the sentence says what is asked of whom.
    quality = passive.group(1).lower() if passive else ""
    return bool(agents) and len(quality) >= 8 and quality[:7] in sentence.lower()


#: What may stand between a name and the role it holds: punctuation, or "as the newly
#: elected" ("Mr Rupert Matthews as the newly elected Police and Crime Commissioner").
_NEXT_TO = re.compile(
    r"[\s,:(–-]{0,4}|\s+as\s+(?:the\s+)?(?:newly\s+)?(?:elected\s+|appointed\s+|new\s+)?",
    re.IGNORECASE,
)


def _person_spans(text: str) -> list[tuple[int, int]]:
    """Where the people next to a role may be: a capitalised run cut before its first
    organisation or title word ("Sally Johnson Community Safety Team Manager" → "Sally
    Johnson"). Only next to a role: elsewhere "Serious Harm Reduction Unit" would pass."""
    out = []
    for m in NAME.finditer(text):
        org = ORG.search(m.group(0))
        end = m.start() + org.start() if org else m.end()
        name = text[m.start() : end].strip()
        if NAME.fullmatch(name):
            out.append((m.start(), m.start() + len(name)))
    return out


#: A deputy, an assistant or a former holder does not hold the role.
_QUALIFIED = re.compile(
    r"\b(?:deputy|assistant|acting|vice|interim|former|shadow)\s*$", re.IGNORECASE
)


def states_role(sentence: str, role: str, besides: str = "") -> bool:
    """Whether the sentence names a person right next to the role: "Lord Willy Bach Police
    and Crime Commissioner", "Officer to Contact Sally Johnson", "Rik Basra, Community Safety
    Coordinator". Naming the role elsewhere in the sentence ("presented by Paul Hindson, Chief
    Executive, Office of the Police and Crime Commissioner") does not say who holds it, nor
    does "Deputy Police and Crime Commissioner …"; people named in `besides` (the question:
    "Who was the PCC before Rupert Matthews?") do not count."""
    variants = [*_ROLE_VARIANTS.get(role.lower(), (role,)), *spelled_out(role, sentence)]
    return any(_states(sentence, variant, besides.lower()) for variant in variants)


#: A title spelled out: capitalised words with small words between ("Police and Crime
#: Commissioner").
_SPELLED = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:and|of|the|for|&)?\s*[A-Z][a-z]+){1,5}\b")


def spelled_out(initials: str, sentence: str) -> list[str]:
    """The runs of the sentence's capitalised words whose initials a role given as initials
    ("PCC") stands for: "Police and Crime Commissioner". A run must hold a title word
    (`ORG`): "Pat Carter Clarke" is a person, not the PCC."""
    if not re.fullmatch(r"[A-Z]{2,6}", initials):
        return []
    out = []
    for m in _SPELLED.finditer(sentence):
        words = list(re.finditer(r"[A-Z][a-z]+", m.group(0)))
        for start in range(len(words)):
            end = start + len(initials)
            if end > len(words) or "".join(w.group(0)[0] for w in words[start:end]) != initials:
                continue
            run = m.group(0)[words[start].start() : words[end - 1].end()]
            if ORG.search(run):
                out.append(run)
    return out


#: How the papers print a role a question may name otherwise: a report's "Officer to
#: Contact" is its contact officer.
_ROLE_VARIANTS = {
    v: ("officer to contact", "officers to contact", "contact officer", "contact officers")
    for v in ("contact officer", "contact officers", "officer to contact", "officers to contact")
}


def _states(sentence: str, role: str, named: str) -> bool:
    return any(surname(h).lower() not in named for h in role_holders(sentence, role))


def role_holders(sentence: str, role: str) -> list[str]:
    """The people the sentence names right next to the role ("Rik Basra, Community Safety
    Coordinator at Leicestershire County Council" → ["Rik Basra"])."""
    words = [re.escape(w) for w in role.split()]
    if not words:
        return []
    holders: list[str] = []
    for m in re.finditer(r"\b" + r"\s+".join(words) + r"\b", sentence, re.IGNORECASE):
        before, after = sentence[: m.start()], sentence[m.end() :]
        if _QUALIFIED.search(before):
            continue
        holders += [before[a:b] for a, b in _person_spans(before) if _NEXT_TO.fullmatch(before[b:])]
        holders += [after[a:b] for a, b in _person_spans(after) if _NEXT_TO.fullmatch(after[:a])]
    return holders


#: A post the question names its holder by ("what did the Community Safety Coordinator
#: commit to …?"): the papers may give the holder's name where the question gives the post.
_POST_NAMED = re.compile(
    r"\bthe\s+((?:[A-Z][a-z]+\s+){0,4}(?:Co-?ordinator|Manager|Officer|Director|Chief Executive|"
    r"Commissioner|Superintendent|Inspector|Chair(?:man)?|Lead|Head))\b"
)


def post_named(question: str) -> str | None:
    """The post a question names a person by, capitalised as a title, or None."""
    m = _POST_NAMED.search(question)
    return m.group(1) if m and " " in m.group(1) else None


def surname(name: str) -> str:
    """The last word of a name: "Hindson" of "Paul Hindson", "Taylor" of "Mrs D. Taylor"."""
    return re.split(r"[\s.]+", name.strip())[-1]


_YEARS = re.compile(r"\b(?:19|20)\d{2}(?:/\d{2,4})?\b")


def has_number(sentence: str) -> bool:
    """A figure: dates and years ("2021/22") are not what "how much" asks for."""
    return bool(NUMBER.search(DATE.sub(" ", _YEARS.sub(" ", sentence))))


def has_date(sentence: str, besides: str = "") -> bool:
    """Whether the sentence gives a date other than those in `besides` (the question: "When
    is the next meeting after 19 March 2021?" is not answered by "… on 19 March 2021", but is
    by "18 June 2021"). Full dates are compared as dates; a partial one ("18 June", "2021")
    counts unless the question names it as a whole phrase."""
    named = set(parse_long_dates(besides))
    full = parse_long_dates(sentence)
    if any(d not in named for d in full):
        return True
    if full:
        return False
    return any(
        not re.search(rf"(?<![\w/.]){re.escape(m.group(0))}(?![\w/.])", besides, re.IGNORECASE)
        for m in DATE.finditer(sentence)
    )


#: The kinds of thing a typed question asks for, by `QueryIntent.asks`, and how the papers'
#: silence on it is put ("the passages closest to the question give no figure for it").
ASKED = {"how_much": "give no figure", "when": "give no date", "who": "name no one"}

_ASKS_NAME = re.compile(r"\bnames?\s+of\b|\bwhat\s+(?:is|was)\s+\w+\s+name\b|\bname\s+the\b", re.I)
#: "On what date …", "which day …": a day is asked for, not a year.
_ASKS_DAY = re.compile(r"\b(?:what|which)\s+(?:date|day)\b", re.IGNORECASE)
#: "What time did it start?" asks for a time of day ("what time of year" does not).
WHAT_TIME = re.compile(r"\bwhat time\b(?!\s+of\b)", re.IGNORECASE)
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
#: "Where was it held?", "what venue": a question about where a meeting took place.
WHERE_HELD = re.compile(
    r"\bwhere\b.*\b(?:held|take place|took place|meet|met|hosted)\b|\b(?:what|which) venue\b",
    re.IGNORECASE,
)


#: "How much funding / money / did it cost …": an amount of money is asked for.
_ASKS_MONEY = re.compile(
    r"\bhow much\s+(?:funding|money|grant|budget)|\bhow much\b.*\b(?:cost|spent|spend|paid|"
    r"awarded|allocated|receive[sd]?|won|win|worth|bring in|brought in|raised?)\b|"
    r"\b(?:salary|salaries|price|budget)\b",
    re.IGNORECASE,
)
MONEY = re.compile(r"£|\b\d[\d,.]*\s?(?:million|m|k|bn)\b", re.IGNORECASE)
_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")
_RANGE = re.compile(r"\b(\d{1,3})\s*[-–]\s*(\d{1,3})\b")
_GIVEN_AMOUNT = re.compile(
    r"£\s?(\d[\d,]*(?:\.\d+)?)|(?<![\d.])(\d[\d,]*(?:\.\d+)?)(?=\s?(?:%|million|m\b|bn\b|k\b))"
)


def holds_figure(sentence: str, question: str = "") -> bool:
    """Whether the sentence holds the kind of figure the question asks for: a share for "what
    proportion", a count for "how many" (a percentage is not one), money for "how much
    funding", else any figure. A figure the question already gives ("How much of the
    £882,373 …") is not an answer to it."""
    # Years and dates are no figures, and must not be cut in two ("2021/22" → "/22").
    sentence = DATE.sub(" ", _YEARS.sub(" ", sentence))
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
    if _ASKS_MONEY.search(question) and not MONEY.search(sentence):
        return False
    if _ASKS_SHARE.search(question):
        return bool(PERCENT.search(sentence))
    if _HOW_MANY.search(question):
        # "How many female offenders have experienced abuse?" is often answered by a share
        # ("over 60% of female offenders", "only a quarter of respondents"): any figure, a
        # share, or a count of things answers it.
        return has_number(sentence) or bool(COUNT.search(sentence) or PERCENT.search(sentence))
    return has_number(sentence)


def holds_asked(asks: str, sentence: str, question: str = "", role: str | None = None) -> bool:
    """Whether the sentence holds what a question of kind `asks` asks for: a figure, a date, or
    a person the question does not already name (or who holds the `role` it asks about).
    Other questions ask for no kind (True)."""
    if role and states_role(sentence, role, besides=question):
        return True
    if asks == "how_much":
        return holds_figure(sentence, question)
    if asks == "when":
        if WHAT_TIME.search(question):
            # "What time did the December 2020 meeting start?": "… 11 December 2020 10.00
            # am", not the next meeting's "Friday 19 March 2021 at 10:00am".
            # A follow-up ("What time did it start?") names no month: any time answers it.
            asked = set(iter_month_years(question))
            days = parse_long_dates(sentence)
            return bool(TIME_OF_DAY.search(sentence)) and (
                not asked or not days or any((d.year, d.month) in asked for d in days)
            )
        if _ASKS_DAY.search(question):
            # "On what date was it published?": a bare year ("Performance 2020/21") is none.
            return has_date(_YEARS.sub(" ", sentence), besides=question)
        return has_date(sentence, besides=question)
    if asks == "who":
        if _ASKS_NAME.search(question):
            # "What's the name of the MARAC manager …?": a name, not "the MARAC manager".
            return has_person(sentence, besides=question)
        return (
            has_person(sentence, besides=question)
            or names_agent(sentence, question)
            or names_post(sentence, besides=question)
        )
    return True


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
_WHICH_N = re.compile(r"\bwhich\s+(two|three|four|five|six|\d)\b", re.IGNORECASE)
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def names_asked(question: str) -> tuple[str, int] | None:
    """How many named things a "Which three areas …?" question asks for, as the word it uses
    and its number (("three", 3)), or None for a question that asks for no number of names."""
    many = _WHICH_N.search(question)
    if not many:
        return None
    word = many.group(1).lower()
    return word, _COUNT_WORDS.get(word) or int(word)


def lists_names(text: str, asked: tuple[str, int]) -> bool:
    """Whether the text says the number `asked` for ("three") and lists that many names."""
    word, n = asked
    said = re.search(rf"\b{word}\b", text, re.IGNORECASE)
    return bool(said) and any(_names_n(s, n) for s in split_sentences(text))


def _names_n(sentence: str, n: int) -> bool:
    """Whether the sentence lists at least `n` names ("New Parks (City), Bell Foundry Estate
    (Loughborough) and Coalville"): items of a comma or "and" list that open capitalised."""
    listed = sentence.split(":", 1)[-1]
    items = [i.strip() for i in re.split(r",|;|\band\b", listed) if i.strip()]
    return sum(1 for i in items if i[0].isupper()) >= n
