"""Why the figures a passage gives do not answer a "how much" question (pure): they are the
rate of something else, the country's rather than the area's, or of other years.

Each check reads the sentences that hold a figure, as `abstain.lacks_answer_type` chose
them, with their paragraph and the date their paper was written.
"""

from __future__ import annotations

import re
from datetime import date

from boardqa.answer.kinds import PLANNED
from boardqa.parse.dates import MONTH_YEAR, financial_years
from boardqa.words import stem, term_set


def figures_beside_the_point(question: str, held: list[tuple[str, str, str]]) -> str | None:
    """Why the figures `held` (sentence, its paper's ISO date, its paragraph) do not answer
    the question, or None when they may."""
    holding = [s for s, _, _ in held]
    return (
        _rate_of_another(question, holding)
        or _national_only(question, [p for _, _, p in held])
        or _no_comparator(question, [p for _, _, p in held])
        or _of_other_years(question, [(s, d) for s, d, _ in held], _years_given(held))
    )


#: A sentence that goes on about the one before it ("This is statistically similar …").
_GOES_ON = re.compile(r"(?:This|That|These|It|They)\b")


#: A period a sentence names of its own ("… has since risen to 27.1% in the twelve months to
#: December 2020"): it does not go on about the years before.
_OWN_PERIOD = re.compile(
    rf"{MONTH_YEAR.pattern}|\b(?:since|to date|quarter|Q[1-4]|months?|weeks?|years?)\b",
    re.IGNORECASE,
)


def _years_given(held: list[tuple[str, str, str]]) -> list[set[int]]:
    """The financial years each sentence gives its figures for: its own, or (when it goes on
    about the sentence before it in the same paragraph) that sentence's: "The rate … is 23.4
    … for April 2018-March 2020. This is … much better than the England average of 45.8"."""
    out: list[set[int]] = []
    for i, (sentence, _, paragraph) in enumerate(held):
        years = financial_years(sentence)
        if (
            not years
            and i
            and _GOES_ON.match(sentence)
            and held[i - 1][2] == paragraph
            and not _OWN_PERIOD.search(sentence)
        ):
            years = out[-1]
        out.append(years)
    return out


#: "the total crime rate", "the repeat referral rate": what a rate is of, by the noun before it.
_RATE_OF = re.compile(r"\b([a-z]{3,})\s+rates?\b", re.IGNORECASE)
#: Words before "rate" that do not say what it is of.
_RATE_WORDS = frozenset(
    [
        "the",
        "its",
        "their",
        "this",
        "that",
        "what",
        "which",
        "total",
        "overall",
        "current",
        "latest",
        "average",
        "annual",
        "same",
        "new",
        "previous",
        "whose",
        "national",
        "local",
        "high",
        "higher",
        "highest",
        "low",
        "lower",
        "lowest",
        "best",
        "worst",
        "biggest",
        "largest",
        "smallest",
        "monthly",
        "weekly",
        "quarterly",
        "yearly",
        "daily",
        "reported",
        "recorded",
    ]
)


def _names_rate(word: str) -> bool:
    """Whether the word before "rate" says what it is of ("burglary"), not how it stands
    ("the highest", "overall")."""
    return word.lower() not in _RATE_WORDS


#: How the papers count what a question calls by another name: crime as "offences" ("The
#: Leicestershire rate 5.5 offences per 1000 population" answers "the vehicle crime rate").
_SAID_AS = {"crime": ("offenc",), "crimes": ("offenc",)}


def _rate_of_another(question: str, holding: list[str]) -> str | None:
    """Why a rate of something else does not answer: "What is the total crime rate?" is not
    answered by "The residential burglary rate … is 2.8 per 1,000", which never speaks of
    crime but names the rate it gives."""
    asked = next(
        (m.group(1).lower() for m in _RATE_OF.finditer(question) if _names_rate(m.group(1))),
        None,
    )
    if asked is None:
        return None
    kin = {stem(asked), *_SAID_AS.get(asked, ())}
    # "the Reoffending Analysis Tool rate": "The RAT re-offending rate …" names it by its
    # initials.
    named = re.search(r"((?:[A-Z][\w’'-]*\s+){2,5})rates?\b", question)
    initials = "".join(w[0] for w in named.group(1).split()) if named else ""
    for s in holding:
        if kin & term_set(s) or (initials and re.search(rf"\b{initials}\b", s)):
            return None
        others = [m.group(1).lower() for m in _RATE_OF.finditer(s)]
        if asked in others or not any(_names_rate(o) for o in others):
            return None
    return f"the passages closest to the question give the rate of something other than {asked}"


#: The board's own area, as a question or paper names it.
_LOCAL = re.compile(
    r"\b(?:Leicestershire|Leicester|Rutland|LLR|locally|the county|the force|our area)\b",
    re.IGNORECASE,
)
#: A figure for the whole country: "Nationally, Prevent referrals rose by 10% …" ("the lowest
#: rate in England" compares the area with the country: not one of these).
_NATIONAL = re.compile(
    r"\b(?:nationally|national(?:ly)? average|across England|England and Wales|England average|"
    r"national figures?)\b",
    re.IGNORECASE,
)


def _national_only(question: str, paragraphs: list[str]) -> str | None:
    """Why national figures do not answer a question about the area: "How many Prevent
    referrals were made in Leicestershire?" is not answered by a paragraph that opens
    "Nationally, Prevent referrals rose by 10% in 2019/20 to 6,287" and never names the area
    (`paragraphs`: those of the sentences that hold a figure)."""
    if not _LOCAL.search(question) or _NATIONAL.search(question):
        return None
    if all(_NATIONAL.search(p) and not _LOCAL.search(p) for p in paragraphs):
        return "the passages closest to the question give only national figures"
    return None


#: A figure asked against the region's or the country's ("Against what regional average is
#: the rate set?", "what was the national figure?"), and the words that give one.
_COMPARATOR_ASKED = re.compile(
    r"\b(regional|national|england|country's|similar\s+areas?)\s+(?:average|figure|rate|"
    r"benchmark|comparison|comparator|mean|level)s?\b",
    re.IGNORECASE,
)
_COMPARATORS = {
    "regional": re.compile(r"\bregion(?:al|ally)?\b|\bEast Midlands\b|\bMSG\b|similar", re.I),
    "similar": re.compile(r"\bsimilar\b|\bMSG\b|\bpeer\b|\bfamily\b", re.I),
    "national": re.compile(r"\bnational(?:ly)?\b|\bEngland\b|\bcountry\b", re.I),
}
_COMPARATORS["england"] = _COMPARATORS["country's"] = _COMPARATORS["national"]


def _no_comparator(question: str, paragraphs: list[str]) -> str | None:
    """Why figures that never speak of the region or the country do not answer a question
    asking for its average: "Against what regional average is the Sentinel rate of 18.5 per
    thousand set?" is not answered by "… from an average 21.9 offences per thousand to 18.5",
    the rate's own average over time (`paragraphs`: those of the sentences that hold a figure)."""
    m = _COMPARATOR_ASKED.search(question)
    if not m:
        return None
    kind = m.group(1).lower().split()[0]
    if any(_COMPARATORS[kind].search(p) for p in paragraphs):
        return None
    return f"the passages closest to the question give no {m.group(0).lower()}"


#: A paper named by the quarter it reports on ("the Q3 2020/21 report", "the 2018/19 Q2
#: performance report"): which paper, not the years its figures are for (a rate over "April
#: 2018-March 2020" in it still answers).
_REPORT_OF_A_YEAR = re.compile(
    r"\b(?:Q[1-4]\s+|quarter\s+[1-4]\s+)?(?:19|20)\d\d/\d\d(?:\s+Q[1-4]|\s+quarter\s+[1-4])?\s+"
    r"(?:[A-Za-z]+\s+){0,2}?(?:report|update|paper|pack|dashboard|slides)\b"
    # "the performance report for Quarter 3 of 2020/21": the year the report is of.
    r"|\b(?:report|update|paper|pack|dashboard|slides)\s+(?:for|of)\s+(?:the\s+)?"
    r"(?:(?:Q[1-4]|quarter\s+[1-4])\s+(?:of\s+)?)?(?:19|20)\d\d/\d\d\b",
    re.IGNORECASE,
)


def _of_other_years(
    question: str, held: list[tuple[str, str]], given: list[set[int]]
) -> str | None:
    """Why figures given for other financial years do not answer a question about one: "How
    much did each People Zone receive in 2019/20?" is not answered by "£25k … for both
    2021/22 and 2022/23". A figure given for no year still may, unless its paper (written on
    the ISO date beside it) came out more than a year before the asked year began and reports
    rather than plans: a paper of December 2018 gives no full-year total for 2020/21. `given`
    holds the years each sentence gives its figures for (`_years_given`)."""
    asked = financial_years(_REPORT_OF_A_YEAR.sub(" ", question))
    if not asked:
        return None
    early = [
        set() if years or PLANNED.search(s) else _too_early(d, min(asked))
        for (s, d), years in zip(held, given, strict=True)
    ]
    if any(
        not (years or before) or years & asked for years, before in zip(given, early, strict=True)
    ):
        return None

    def named(starts: set[int]) -> str:
        years = [f"{y}/{(y + 1) % 100:02d}" for y in sorted(starts)]
        return " and ".join([", ".join(years[:-1]), years[-1]] if len(years) > 1 else years)

    others = {y for years in given for y in years}
    written = {y for years in early for y in years}
    if not others:
        return (
            f"the passages closest to the question were written in {named(written)}, "
            f"before {named(asked)}"
        )
    return (
        f"the passages closest to the question give figures for {named(others)}, not {named(asked)}"
    )


def _too_early(written: str, start: int) -> set[int]:
    """{the financial year a paper was written in (ISO date)} when that is more than a year
    before the one starting in `start`, so the paper cannot report on it; else none."""
    try:
        day = date.fromisoformat(written)
    except ValueError:
        return set()
    year = day.year if day.month >= 4 else day.year - 1
    return {year} if year < start - 1 else set()
