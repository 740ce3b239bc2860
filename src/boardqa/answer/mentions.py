"""Whether the papers mention what a question names (pure): its proper names and acronyms
("LLR", "Night Time Economy"), spelled out or as the initials the papers use ("SOG" for
"Senior Officer Group", "OPCC" for "Office of the Police and Crime Commissioner"). A passage
that never mentions them does not answer, however close its words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from boardqa.answer.citations import as_cited
from boardqa.clauses import SENTENCE_END
from boardqa.parse.dates import NUMERIC_DATE
from boardqa.words import SMALL_WORDS, STOPWORDS, spelled_initials

_QUESTION_WORDS = frozenset(
    [
        "What",
        "When",
        "Where",
        "Who",
        "Whom",
        "Which",
        "Why",
        "How",
        "Was",
        "Were",
        "Is",
        "Are",
        "Did",
        "Does",
        "Do",
        "Has",
        "Have",
        "Had",
        "Can",
        "Could",
        "Will",
        "Would",
        "Should",
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "Of",
        "For",
        "To",
        "By",
        "From",
        "And",
        "Or",
        "As",
        "After",
        "Before",
        "Over",
        "Under",
        "Board",
        "LSCSB",
        "Leicestershire",
        "Council",
        "County",
        "Committee",
        "Meeting",
        "Minutes",
        "Report",
        "Action",
        "Item",
        "Agenda",
        "Update",
        "Papers",
        "Paper",
        "Pack",
        # The web page of a meeting's agenda and minutes is a ModernGov page: where the
        # paragraph is published, not a word the paragraph says.
        "ModernGov",
        "Appendix",
        "Annex",
        "Annexe",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Cllr",
        "Supt",
        "Lord",
        "Sir",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        # "the meeting just before Christmas 2020": a time (`rough_times`), not a topic.
        "Christmas",
    ]
)
_NUMBER_TOKEN = re.compile(r"\b\d{1,4}(?:[/.,]\d{1,4})*\b")
_PROPER = re.compile(r"(?<![.?!]\s)(?<!^)\b([A-Z][a-zA-Z’'-]{2,}|[A-Z]{2,})\b")


#: "Which university …?": places of learning are named with the word ("De Montfort
#: University"); a hospital often is not ("Leicester Royal Infirmary").
_INSTITUTION_ASKED = re.compile(r"\b(?:which|what)\s+(university|college|school)\b", re.IGNORECASE)


_CONTRACTED = re.compile(r"I['’](?:m|d|ve|ll)")


#: "Which Act of Parliament …": a kind of law, which the papers name by its title ("the Crime
#: and Disorder Act 1998"), not a name a passage must repeat.
_ACT_OF_PARLIAMENT = re.compile(r"\bAct\s+of\s+Parliament\b")


def salient_tokens(question: str) -> list[str]:
    """The specific things a question names: numbers and years ("2022/23"), and proper nouns
    in the middle of the sentence ("Melton", "CCTV"). An answer that never mentions them is
    about something else (Safer Streets 2 when 3 was asked about)."""
    # A date ("25.9.20") is a period the search filters or the archive lacks, not a word a
    # passage must repeat: a log prints it in its date cell, cited as "raised 25 September".
    tokens = [
        m.group(0)
        for m in _NUMBER_TOKEN.finditer(question)
        if not NUMERIC_DATE.fullmatch(m.group(0))
    ]
    # "Which university …?": such a place is named with the word ("De Montfort University"),
    # so passages without it do not name one.
    tokens += [m.group(1).lower() for m in _INSTITUTION_ASKED.finditer(question)]
    for m in _PROPER.finditer(_ACT_OF_PARLIAMENT.sub("Act", question)):
        word = m.group(1).strip("’'")
        for suffix in ("’s", "'s"):
            word = word.removesuffix(suffix)
        # "I'd", "I'm": the asker, not a name.
        if word not in _QUESTION_WORDS and not word.isdigit() and not _CONTRACTED.fullmatch(word):
            tokens.append(word)
    return list(dict.fromkeys(tokens))


#: A claim put to be checked: "Was the contract extended for 6 months?", "The Hope Project
#: got £1.2 million, right?", "Is it true that …".
#: A question opened by its verb: "Did the bid succeed?", "Was it approved?".
YES_NO = re.compile(r"(?:was|were|is|are|has|have|had|did|does|do)\b", re.IGNORECASE)
_CLAIM = re.compile(
    rf"^\s*{YES_NO.pattern}"
    r"|\b(?:right|correct|true|accurate)\s*\?\s*$"
    r"|\bis\s+(?:it|that|this)\s+(?:true|right|correct)\b",
    re.IGNORECASE,
)
#: A claim reported in a sentence of its own before the question: "A councillor said …",
#: "I read that …", "The leaflet claims …".
_REPORTED = re.compile(
    r"\b(?:said|says|claims?|claimed|told|tells|reckons?|heard|read|suggests?|suggested|"
    r"insists?|insisted|stated|states|argues?|argued|believes?|thinks?)\b",
    re.IGNORECASE,
)
#: A year or a financial year: a period the claim is of, which a passage must still name.
_YEARISH = re.compile(r"(?:19|20)\d\d(?:/\d\d(?:\d\d)?)?")


def beside_the_claim(question: str, tokens: list[str]) -> list[str]:
    """The tokens a passage must mention, without the figures of a claim put to be checked:
    "Were there 25 active county lines?" is answered by the passage that gives 18, not
    declined for never saying 25. Years stay: a claim about 2019 needs a passage of 2019."""
    if not _CLAIM.search(question):
        # "A councillor said a county line brings in £80,000 a year. What figure does the
        # report give?": the figures of a claim reported before the question.
        *before, asked = re.split(SENTENCE_END, question.strip()) or [""]
        if not any(_REPORTED.search(b) for b in before):
            return tokens
        return [t for t in tokens if not t[:1].isdigit() or _YEARISH.fullmatch(t) or t in asked]
    holder = _POST_CLAIMED.match(question)
    # "Was Ivan Ould the chairman in December 2020?": the passage that names the chair
    # answers, whoever it names.
    claimed = set(holder.group(1).split()) if holder else set()
    return [
        t for t in tokens if (not t[:1].isdigit() or _YEARISH.fullmatch(t)) and t not in claimed
    ]


#: A person claimed to hold a post: "Was Ivan Ould the chairman …?", "Is Rik Basra the lead
#: officer for …?".
_POST_CLAIMED = re.compile(
    r"^\s*(?i:was|is|were|are)\s+((?:(?:Mr|Mrs|Ms|Dr|Cllr|Councillor|Lord|Lady|Sir)\.?\s+)?"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:the|a|an|still\s+the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:chair\w*|PCC|commissioner|lead|head|director|manager|officer|author|presenter|"
    r"co-?ordinator|clerk)\b"
)


_ABOUT = re.compile(
    r"\b(?:about|regarding|concerning|on the subject of)\s+(?:the\s+)?(.+?)"
    r"(?=\s+(?:at|in|during|on|by|before|after|since|between|from)\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:meeting|\d{1,2}\s|\w+\s+\d{4}|\d{4})|[?.!,;]|\s+[-–]\s|$)",
    re.IGNORECASE,
)


#: A name that says whose paper the answer is in ("the March 2021 OPCC report", "Bob
#: Bearne's probation slides", "Gurjit Samra-Rai's December 2018 paper", "Rik Basra's
#: Quarter 3 2020/21 report"): an annex or a paragraph of that paper need not repeat it.
#: Words between are one word of any kind, then names, dates or periods.
WORDS_BEFORE_PAPER = r"(?:[\w/-]+\s+)?(?:(?:[A-Z][\w/’'-]*|\d[\d/]*)\s+){{0,4}}"
PAPER_NOUN = (
    r"(?:report|update|paper|papers|pack|slides|presentation|newsletter|findings|results)\b"
)
_NAMES_PAPER = rf"\b{{token}}(?:[’']s)?\s+{WORDS_BEFORE_PAPER}{PAPER_NOUN}"
_A_PAPER_NAMED = re.compile(rf"[’']s\s+{WORDS_BEFORE_PAPER.format()}{PAPER_NOUN}")


def names_a_paper(question: str) -> bool:
    """Whether the question names a paper by whose it is ("Rik Basra's … report")."""
    return bool(_A_PAPER_NAMED.search(question))


def whose_paper(question: str, tokens: list[str], titles: str) -> list[str]:
    """The tokens without those that only name whose paper the question asks about, when a
    paper of that name is among `titles` (those of the agenda items the best passages belong
    to: Annex B is part of the OPCC's item); "the HMICFRS report" the archive lacks stays."""
    return [
        t
        for t in tokens
        if not (
            re.search(_NAMES_PAPER.format(token=re.escape(t)), question, re.IGNORECASE)
            and not missing_from([t], titles)
        )
    ]


def about_words(question: str) -> list[str]:
    """The words of what the question says it is about ("… about hate crime?" → "hate",
    "crime"), singular: an answer whose passages never use them is about something else."""
    m = _ABOUT.search(question)
    if not m or re.match(r"(?:that|this|these|those|it|them)\b", m.group(1), re.IGNORECASE):
        return []  # "… about that gap": what it points back to is named elsewhere
    words = [
        w
        for w in re.findall(r"[a-z][a-z’'-]+", m.group(1).lower())
        if w not in STOPWORDS and not w.endswith("ing")  # "about taking … forward": a verb
    ]
    return [w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w for w in words]


def initials(evidence: str) -> str:
    """Initials of the evidence's capitalised words, so "OPCC" matches "Office of the Police
    and Crime Commissioner" (small words skipped)."""
    words = [
        w for w in re.findall(r"[A-Za-z][A-Za-z’'-]*", evidence) if w.lower() not in SMALL_WORDS
    ]
    whole = "".join(w[0] if w[0].isupper() else " " for w in words)
    # "ASB" for "Anti-social Behaviour": each part of a capitalised compound, as well.
    parts = "".join(
        "".join(p[0].upper() for p in w.split("-") if p) if w[0].isupper() else " " for w in words
    )
    return whole if parts == whole else f"{whole} {parts}"


def _abbreviated(question: str, evidence: str) -> set[str]:
    """The question's words that belong to a name the evidence gives by its initials ("Senior
    Officer Group" when the minutes say "SOG")."""
    found: set[str] = set()
    for letters, words in spelled_initials(question):
        if re.search(rf"\b{letters}s?\b", evidence):
            found.update(w.strip("’'") for w in words)
    # "the Ministry of Justice's Female Offender Strategy": "(MOJ 2018)", initials with the
    # small word, written in any case ("MoJ").
    for m in _NAME_WITH_SMALL_WORDS.finditer(question):
        words = re.findall(r"[A-Za-z]+", m.group(0).replace("'s", ""))
        runs = (words[a:b] for a in range(len(words)) for b in range(a + 3, len(words) + 1))
        for run in runs:
            letters = "".join(w[0] for w in run)
            written = re.finditer(rf"\b{letters}s?\b", evidence, re.IGNORECASE)
            # Initials keep their capitals ("MOJ", "MoJ"); "lot" is a word.
            if run[0][0].isupper() and any(
                sum(c.isupper() for c in w.group(0)) >= 2 for w in written
            ):
                found.update(w for w in run if w[0].isupper())
    # "the SPB Executive": "SPB Exec", the same name with its last word cut short; so is
    # "the Strategic Partnership Board Executive", its initials spelled out.
    spelled = spelled_initials(question)
    for m in re.finditer(r"\b([A-Z][\w’'-]*)\s+([A-Z][a-z]{3,})\b", evidence):
        before, short = m.groups()
        names = [re.escape(before)] + [
            r"[\s,]+(?:(?:and|of|for|the|&)\s+)?".join(map(re.escape, words))
            for letters, words in spelled
            if letters == before
        ]
        for name in names:
            for full in re.finditer(rf"\b{name}\s+({short}[a-z]+)\b", question):
                found.add(full.group(1))
    found.update(_owners_of_named(question, evidence))
    return found


#: "the Community Rehabilitation Company's Reoffending Analysis Tool": a body's name, its
#: possessive, and the name of the thing it owns.
_OWNED = re.compile(
    r"\b((?:[A-Z][\w-]*\s+(?:(?:of|for|and|the)\s+){0,2}){0,4}"
    r"(?:Company|Office|Ministry|Department|Service|Services|Trust|Agency|Government|"
    r"Inspectorate|Executive|[A-Z]{2,6}))['’]s\s+((?:[A-Z][\w-]*\s+){0,4}[A-Z][\w-]*)"
)


def _owners_of_named(question: str, evidence: str) -> set[str]:
    """The words of a body the question names only as the owner of a thing the evidence
    names, in full or by its initials: "the Community Rehabilitation Company's Reoffending
    Analysis Tool" is answered by "The RAT re-offending rate …", whose paragraph leaves the
    company to the one before it. A place owns no such thing ("Rutland's partnership")."""
    found: set[str] = set()
    for m in _OWNED.finditer(question):
        owner, owned = m.group(1), m.group(2).split()
        letters = "".join(w[0] for w in owned)
        named = all(re.search(rf"\b{re.escape(w)}", evidence, re.IGNORECASE) for w in owned)
        if named or (len(owned) >= 2 and re.search(rf"\b{letters}s?\b", evidence)):
            found.update(w for w in owner.split() if w[0].isupper())
    return found


#: A capitalised name with its small words: "Ministry of Justice", "Office of the PCC".
_NAME_WITH_SMALL_WORDS = re.compile(
    r"\b[A-Z][a-z]+(?:\s+(?:of|for|and|the|on|in)){1,2}\s+[A-Z][a-z]+(?:'s)?(?:\s+[A-Z][a-z]+)*"
)


def _straight(text: str) -> str:
    """Curly apostrophes made straight, so that "O’Neill" and "O'Neill" compare alike."""
    return text.replace("’", "'").replace("‘", "'")


def missing_from(tokens: list[str], evidence: str, question: str = "") -> list[str]:
    """The tokens the evidence never mentions, as whole or as initials (both ways: "OPCC"
    for "Office of the Police and Crime Commissioner", and the reverse when `question` is
    given); apostrophes are compared alike ("O'Neill", "O’Neill")."""
    evidence = _straight(evidence)
    have = evidence.lower()
    # "per 1,000 population" is "per 1000 population": figures compare without their commas.
    bare = _THOUSANDS.sub("", have)
    letters = initials(evidence)
    abbreviated = _abbreviated(_straight(question), evidence) if question else set()
    out = []
    for token in tokens:
        core = _straight(token)
        if core in abbreviated:
            continue
        core = core.split("-")[0]  # "LLR-wide" → "LLR"
        if core.isupper() and core.endswith("S") is False and core[-1:] == "s":
            core = core[:-1]
        if re.fullmatch(r"[A-Z]{2,6}s", core):
            core = core[:-1]  # "CRCs" → "CRC"
        if core.lower() in have:
            continue
        if core[:1].isdigit() and re.search(
            rf"(?<![\d.]){re.escape(_THOUSANDS.sub('', core))}(?![\d])", bare
        ):
            continue
        if core.isupper() and 2 <= len(core) <= 6 and core in letters:
            continue
        if _YEAR_TOKEN.fullmatch(core) and _names_year_short(core, evidence):
            continue
        if _names_financial_year(core, evidence):
            continue
        if core.lower() in ("quarter", "quarters") and _QUARTER_SHORT.search(evidence):
            continue  # "the Quarter 2 performance dashboard": its title says "Q2"
        if question and _initialled(core, question, evidence):
            continue
        out.append(token)
    return out


def _initialled(first: str, question: str, evidence: str) -> bool:
    """Whether a first name the question gives with a surname ("Deborah Taylor") is in the
    evidence by its initial ("Mrs D. Taylor CC (in the Chair)"), as minutes print members."""
    m = re.search(rf"\b{re.escape(first)}\s+([A-Z][a-z’'-]+)\b", question)
    if not m or not first[:1].isupper() or not first[1:].islower():
        return False
    return bool(re.search(rf"\b{first[0]}\.?\s+{re.escape(m.group(1))}\b", evidence))


_YEAR_TOKEN = re.compile(r"(?:19|20)\d\d")
#: A quarter as a table or title shortens it ("Q2").
_QUARTER_SHORT = re.compile(r"\bQ[1-4]\b")
#: A thousands comma inside a figure ("1,000"), dropped before figures are compared.
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")


#: A financial year as a question writes it ("2016/17", "2016-17").
_FINANCIAL_YEAR_TOKEN = re.compile(r"((?:19|20)\d\d)[/-](\d\d)")


def _names_financial_year(year: str, evidence: str) -> bool:
    """Whether `year` is a financial year ("2016/17") the evidence names otherwise: as the
    span of its days ("1/4/16 – 31/3/17", a table's column) or with the other mark
    ("2016-17"). False for any other token."""
    m = _FINANCIAL_YEAR_TOKEN.fullmatch(year)
    if not m:
        return False
    start, end = m.group(1), m.group(2)
    short = start[2:]
    return bool(
        re.search(rf"\b0?1/0?4/(?:20)?{short}\s*[–-]\s*31/0?3/(?:20)?{end}\b", evidence)
        or re.search(rf"\b{start}\s*[/–-]\s*(?:20)?{end}\b", evidence)
    )


def _names_year_short(year: str, evidence: str) -> bool:
    """Whether the evidence names the year by its last two figures: in a date ("1/4/16") or
    as a year's end ("2015/16", "2017-19"), as tables head their columns."""
    short = re.escape(year[2:])
    return bool(
        re.search(rf"\b\d{{1,2}}/\d{{1,2}}/{short}\b", evidence)
        or re.search(rf"\b(?:19|20)\d\d\s*[/–-]\s*{short}\b", evidence)
    )


def as_listed(payload: dict[str, Any], question: str = "") -> str:
    """A paragraph as cited, an agenda's entry with its item number ("8. County Lines …"):
    "item 8" is named by the number, which the entry's text does not repeat. So is any
    paragraph of the item the question names ("the item 10 paper")."""
    text = as_cited(payload)
    if payload.get("kind") in ("agenda", "webpage") and payload.get("number"):
        return f"{payload['number']}. {text}"
    item = payload.get("agenda_item")
    if item and re.search(rf"\bitem\s+{re.escape(str(item))}\b", question, re.IGNORECASE):
        return f"Item {item}: {text}"
    return text


def item_titles(
    payloads: list[dict[str, Any]], agenda: Mapping[tuple[str, str], str] | None = None
) -> str:
    """The titles of the papers among `payloads` (ranked) that share an agenda item and
    meeting with one of the best five: an annex's paper is its item's report. With the
    `agenda`'s titles by (meeting, item), those items' own titles too: a paper is often
    titled otherwise than its item ("Community Cohesion & Safety", presented under
    "Community Safety Survey - Key Findings")."""
    items = {(p.get("meeting_date"), p.get("agenda_item")) for p in payloads[:5]}
    titles = [
        str(p.get("document") or "")
        for p in payloads
        if (p.get("meeting_date"), p.get("agenda_item")) in items
    ]
    titles += [(agenda or {}).get((str(m), str(i)), "") for m, i in items if i]
    return " ".join(titles)


def of_another_subject(
    named: list[str], holding: list[tuple[str, str]], near: list[tuple[str, str]], question: str
) -> bool:
    """Whether every passage that gives what is asked (`holding`: a figure or a name, each as
    its document and its text with title and heading) misses most of the names the question
    gives and is in none of the documents whose passages near the question (`near`, alike)
    name them: "What was the Sentinel Project Officer post expected to cost?" is not answered
    by "fund 13 local Prevent projects in 2021/22", though the minutes beside it speak of the
    post. A figure in the paper that names them elsewhere ("… over £800k per year from an
    individual line" in the report that cites Dame Black's review) may answer. A question
    naming one thing is left to the checks of place and measure."""

    def misses(text: str) -> bool:
        return 2 * len(missing_from(named, text, question)) > len(named)

    naming = {document for document, text in near if not misses(text)}
    return (
        len(named) >= 2
        and bool(holding)
        and all(misses(text) and document not in naming for document, text in holding)
    )
