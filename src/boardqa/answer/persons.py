"""People in a sentence (pure): the names it holds, the posts it names, and who holds a role
("Lord Willy Bach Police and Crime Commissioner", "Officer to Contact Sally Johnson"). What a
"who" question asks for: a person the question does not already name, the body by which
its verb is done, or the holder of the role it asks about.
"""

from __future__ import annotations

import re

from boardqa.verbs import IRREGULAR_FORMS, root_of

#: A surname, "O’Neill" and "Samra-Rai" included (a hyphen may join two capitalised parts).
_SURNAME = r"[A-Z](?:[’'][A-Z])?[a-z’']+(?:-[A-Za-z][a-z’']+)*-?"
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
    r"Authority|Authorities|Development|Delivery|Further|Funding|Training|Tier|Duty|Guidance|"
    r"Advis[eo]rs?|Public|Health|Midlands|Regions?|Divisions?|"
    # Schemes, places and documents: "People Zones", "New Parks", "Bell Foundry Estate",
    # "Information Sharing Agreement".
    r"Zones?|Parks|Estates?|Agreements?|"
    # "the PAN London Reciprocal" (a housing scheme), "London", "UK": places and schemes.
    r"London|UK|Britain|Wales|Scotland|Reciprocal)\b"
    # "The Domestic Abuse Bill", "the Crime and Disorder Act"; not "Bill Cullen".
    r"|\s(?:Bill|Act)\b"
)
#: Words that open a capitalised run that is no person ("The Domestic Abuse Bill").
_NOT_FIRST_NAMES = frozenset(
    [
        "The",
        "A",
        "An",
        "This",
        "That",
        "These",
        "Those",
        "Our",
        "Their",
        "Its",
        "In",
        "On",
        "At",
        "For",
    ]
)


#: A run opened by a verb's -ing form ("Tackling Hate Crimes", "Reducing Reoffending"): the
#: words of a title, not a first name.
_GERUND = re.compile(r"[A-Z][a-z]{3,}ing\b")


def people(sentence: str) -> list[str]:
    """The person names a sentence holds (organisations and titles left out, and names in
    quotes: "the ‘Safe Lives’ recommended threshold" names a charity)."""
    found = []
    for m in NAME.finditer(sentence):
        name = m.group(0)
        first, _, rest = name.partition(" ")
        if first in _NOT_FIRST_NAMES:
            # "On Monday Rik Basra presented …": the run without its opening word, when that
            # is a name of its own ("The Domestic Abuse Bill" is not).
            name = next((n.group(0) for n in NAME.finditer(rest) if n.start() == 0), "")
        quoted = m.start() > 0 and sentence[m.start() - 1] in "‘“'\""
        if _GERUND.match(name):
            continue  # "the Strategy Statement for Tackling Hate Crimes": a title's words
        if name and ORG.search(name):
            name = _after_post(name)
        if name and not ORG.search(name) and not quoted:
            found.append(name)
    return found


#: A person named after their post in one capitalised run: "the Police and Crime
#: Commissioner Lord Willy Bach", "Crime Commissioner Rupert Matthews".
_AFTER_POST = re.compile(
    r"\b(?:Commissioner|Chair(?:man)?|Director|Manager|Officer|Superintendent|Inspector|"
    r"Executive|Coordinator|Lead)\s+((?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Lord|Lady|Sir)\.?\s+)?"
    r"[A-Z][a-z]+(?:[- ][A-Z][a-z’'-]+){1,2})$"
)


def _after_post(run: str) -> str:
    """The person at the end of a run that opens with their post, or ""."""
    m = _AFTER_POST.search(run)
    return m.group(1) if m else ""


#: Minutes' attendance lists: each entry opens on a person, then their body ("Matthew Cane
#: Leicestershire Fire and Rescue Service").
_ATTENDANCE_LIST = re.compile(
    r"^\s*(?:present|others|officers|other attendees|also present|in attendance|"
    r"apologies(?: for absence)?)\s*:",
    re.IGNORECASE,
)


#: A contact block's line: a name, then the post, then how to reach them ("Rik Basra
#: Community Safety Coordinator Tel: …", under "Officers to Contact").
_NAME_THEN_POST = re.compile(
    r"^\s*(?:(?:Mr|Mrs|Ms|Dr|Cllr)\.?\s+)?[A-Z][a-z’'-]+\s+[A-Z][a-z’'-]+\s+(?:[A-Z][\w&-]*\s+){0,4}"
    r"(?:Co-?ordinator|Manager|Officer|Director|Lead|Head|Superintendent|Inspector|Analyst|"
    r"Advis[eo]r)\b(?=.*\b(?:Tel|Telephone|Phone|E-?mail)\b)",
    re.DOTALL,
)


#: People named by their first names alone, as a list followed by "who": "… a huge
#: achievement for Reuben, Ebony, Evie and Neve, who have given up over 30 hours …" (a list
#: of places or bodies is not followed by "who").
_FIRST_NAMES_WHO = re.compile(r"\b[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)*,?\s+and\s+[A-Z][a-z]+,?\s+who\b")


def has_person(sentence: str, besides: str = "") -> bool:
    """Whether the sentence names a person other than those named in `besides` (the question:
    "Who replaced Bob Bearne?" is not answered by a sentence that only names Bob Bearne)."""
    named = besides.lower()
    if _FIRST_NAMES_WHO.search(sentence):
        return True
    found = people(sentence)
    if _ATTENDANCE_LIST.match(sentence) or _NAME_THEN_POST.match(sentence):
        found += [sentence[a:b] for a, b in _person_spans(sentence)]
    return any(surname(p).lower() not in named for p in found)


#: "… presented by the NPA commanders": who does the thing, named as a body or a role.
_AGENT = re.compile(
    r"\b([a-z]{3,})(?:\s+(?:up|out|on|off|forward|through))?\s+by\s+"
    r"(?:(?:the\s+|their\s+|its\s+|each\s+|local\s+)?(?:[a-z]+\s+)?"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b)[A-Z]"
    # "… will be worked up by the leadership group": a body named in lower case.
    r"|the\s+(?:[a-z]+\s+){0,2}(?:group|board|team|panel|partnership|network|forum|"
    r"committee|service|unit)s?\b)"
)


#: Whom a deed was done with: "By working with the local authority ASB team and housing
#: association …", "in partnership with Leicester City Council" ("Who did they work with?").
_PARTNER = re.compile(
    r"\b([a-z]{3,})\s+(?:closely\s+|jointly\s+)?(?:with|alongside)\s+(?:the\s+|their\s+|its\s+)?"
    r"(?:(?:[a-z]+\s+){0,4}(?:team|association|council|service|partnership|police|board|group|"
    r"agency|agencies|partners|force|unit|authority|authorities|colleagues)s?\b|[A-Z])"
)
_WITH_ASKED = re.compile(r"\bwho\b[^?]*\bwith\b|\bwith\s+whom\b", re.IGNORECASE)


#: A body that will do the deed, named before its verb: "The relevant CSP/SLP will produce a
#: delivery plan", "the leadership group will work up the full strategy".
_ACTIVE_AGENT = re.compile(
    r"(?:\b[A-Z]{2,6}(?:/[A-Z]{2,6})*|\bthe\s+(?:[a-z]+\s+){0,2}(?:group|board|team|panel|"
    r"partnership|network|forum|committee|service|unit)s?"
    # "Police colleagues will be pushing the survey out through schools".
    r"|\b[A-Z][a-z]+\s+(?:colleagues|officers|partners|staff|volunteers))"
    r"\s+(?:(?:will|would|should|must|shall|(?:is|are)\s+to|(?:has|have)\s+to)\s+"
    r"(?:be\s+(?=[a-z]+ing\b))?"
    # "The OPCC was leading on the Domestic Abuse Perpetrator Programme".
    r"|(?:is|are|was|were)\s+(?=[a-z]+ing\b))([a-z]{3,})\b"
)


#: A deed named as a noun, then whom it is done through: "Delivery of the LLR Action Plan will
#: be through the Hate and Prevent Delivery Group".
_NOMINAL_AGENT = re.compile(
    r"\b([A-Za-z]{4,})\s+of\s+[^.;]{3,80}?\s+(?:will\s+be|is|are|was|were|would\s+be)\s+"
    r"(?:through|via|by|with)\s+(?:the\s+)?[A-Z]"
)


#: A doer named by what they do, and where from: "A joint lead from Leicestershire County
#: Council and the OPCC", "the chair from the Fire Service".
_DOER_FROM = re.compile(
    r"\b(?i:a|an|the)\s+(?:joint\s+|single\s+|named\s+|nominated\s+)?(lead|chair|sponsor|"
    r"owner|coordinator|co-ordinator)\s+(?:from|at|within)\s+(?:the\s+)?[A-Z]"
)


#: A post named by its title ("the Head of Communications at Leicestershire County Council"):
#: who the Board asked for is often a post, not a person.
_POST = re.compile(
    r"\b(?:Head|Director|Chief Executive|Chief Officer|Manager|Co-?ordinator|Lead|Chair(?:man)?|"
    # "The Chief Executive of the Office of the Police and Crime Commissioner endorsed …"
    r"Commissioner|Superintendent|Commander)s?\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w&-]*"
)


def names_post(sentence: str, besides: str = "") -> bool:
    """Whether the sentence names a post the question does not already name ("What's the name
    of the Head of Communications?" is not answered by "the Head of Communications &
    Engagement"): the post's title and first word are compared."""
    named = besides.lower()
    return any(m.group(0).lower() not in named for m in _POST.finditer(sentence))


#: A post by its capitalised title ("Inform the Prevent Coordinator of …", "the Community
#: Safety Team Manager").
_POST_TITLED = re.compile(
    r"\bthe\s+((?:[A-Z][\w&-]*\s+){1,4}(?:Co-?ordinator|Manager|Officer|Director|Lead|"
    r"Superintendent|Inspector|Head))\b"
)


def names_titled_post(sentence: str, besides: str = "") -> bool:
    """Whether the sentence names a post by its capitalised title that the question does not
    already name: enough for a "who" not to be declined ("Who should members tell …?" —
    "Inform the Prevent Coordinator …"), though a name, where one is given, answers better."""
    named = besides.lower()
    return any(m.group(1).lower() not in named for m in _POST_TITLED.finditer(sentence))


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
    if passive and passive.group(1).lower().endswith("ing"):
        passive = None  # "Who will be pushing it out?": a doer asked for, not a passive
    if passive and (passive.group(1).endswith("ed") or passive.group(1) in IRREGULAR_FORMS):
        return False  # "Who was recruited / chosen …?": "… by the Council" is not who
    agents = list(_AGENT.finditer(sentence))
    asked = {root_of(w) for w in re.findall(r"[a-z]+", question.lower())}
    if any(root_of(m.group(1)) in asked for m in agents):
        return True
    # "Who did they work with to get the address closed?" — "By working with the local
    # authority ASB team and housing association …".
    if _WITH_ASKED.search(question) and any(
        root_of(m.group(1)) in asked for m in _PARTNER.finditer(sentence)
    ):
        return True
    # "Who has to produce the delivery plans?" — "The relevant CSP/SLP will produce …".
    if not passive and any(root_of(m.group(1)) in asked for m in _ACTIVE_AGENT.finditer(sentence)):
        return True
    # "Who is delivering the action plan?" — "Delivery of the LLR Action Plan will be through
    # the Hate and Prevent Delivery Group": the verb said as a noun, and who does it.
    if any(_verb_roots(m.group(1).lower()) & asked for m in _NOMINAL_AGENT.finditer(sentence)):
        return True
    # "Who will lead the volunteering work?" — "A joint lead from Leicestershire County Council
    # and the OPCC will continue to drive this piece of work forward": the doer as a noun.
    if any(root_of(m.group(1)) in asked for m in _DOER_FROM.finditer(sentence)):
        return True
    # "Who is accountable for monitoring it?" — "Accountability for the monitoring … will be
    # held by the partnership Senior Officer Group": the sentence says what is asked of whom.
    quality = passive.group(1).lower() if passive else ""
    root = quality[:-3] if quality.endswith(("able", "ible")) else ""  # "accounta", "responsi"
    return bool(agents) and len(root) >= 6 and root in sentence.lower()


def _verb_roots(noun: str) -> set[str]:
    """The roots of the verb a noun of doing may be made from ("delivery" → "deliver",
    "management" → "manag", "coordination" → "coordinat")."""
    return {root_of(noun.removesuffix(end)) for end in ("", "y", "ment", "ion")}


#: What may stand between a name and the role it holds: punctuation, or "as the newly
#: elected" ("Mr Rupert Matthews as the newly elected Police and Crime Commissioner").
_NEXT_TO = re.compile(
    r"[\s,:(–-]{0,4}|\s+as\s+(?:the\s+)?(?:newly\s+)?(?:elected\s+|appointed\s+|new\s+)?",
    re.IGNORECASE,
)


_DIRECTIONS = re.compile(r"(?:\s*\b(?:North|South|East|West|Central))+$")
#: Organisation words a place name comes before ("Melton Borough Council").
_PLACED = frozenset(["Borough", "District", "County", "City"])


def _person_spans(text: str) -> list[tuple[int, int]]:
    """Where the people next to a role may be: a capitalised run cut before its first
    organisation or title word ("Sally Johnson Community Safety Team Manager" → "Sally
    Johnson"). Only next to a role: elsewhere "Serious Harm Reduction Unit" would pass."""
    out = []
    for m in NAME.finditer(text):
        org = ORG.search(m.group(0))
        end = m.start() + org.start() if org else m.end()
        if org and org.group(1) in _PLACED:
            # "Andrew Cotton Melton Borough Council": the word before "Borough" is the place.
            placed = m.start() + len(m.group(0)[: org.start()].rstrip().rpartition(" ")[0])
            if NAME.fullmatch(text[m.start() : placed].strip()):
                end = placed
        name = text[m.start() : end].strip()
        # "Chris Brown North West Leicestershire …": a direction starts the place's name.
        name = _DIRECTIONS.sub("", name).strip()
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
#: "Who wrote the report?": its "Report Author", or, where a paper names none, the officer to
#: contact about it, who is named for it.
_ROLE_VARIANTS["report author"] = ("report author", *_ROLE_VARIANTS["officer to contact"])


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


#: "Has a Prevent Regional Advisor been named / appointed …?": whether a post has a holder
#: (`query.WHO` reads it as asking who, `answer.kinds` wants the holder by name).
POST_FILLED = r"^\s*(?:has|have)\s+(?:a|an|the|any)\s+[^?,]{3,60}?\s+been\s+(?:named|appointed)\b"
#: A post the question names its holder by ("what did the Community Safety Coordinator
#: commit to …?"): the papers may give the holder's name where the question gives the post.
_POST_NAMED = re.compile(
    r"\b(?:the|a|an)\s+((?:[A-Z][a-z]+\s+){0,4}(?:Co-?ordinator|Manager|Officer|Director|"
    r"Chief Executive|Commissioner|Superintendent|Inspector|Chair(?:man)?|Lead|Head|Advis[eo]r))\b"
)


def post_named(question: str) -> str | None:
    """The post a question names a person by, capitalised as a title, or None."""
    m = _POST_NAMED.search(question)
    return m.group(1) if m and " " in m.group(1) else None


def any_post_named(question: str) -> str | None:
    """The post a question names, as a title ("the Prevent Coordinator") or as the head of
    something ("the Head of Communications"), or None."""
    m = _POST.search(question)
    return m.group(0) if m else post_named(question)


def surname(name: str) -> str:
    """The last word of a name: "Hindson" of "Paul Hindson", "Taylor" of "Mrs D. Taylor"."""
    return re.split(r"[\s.]+", name.strip())[-1]


#: Ranks and titles that lead a name in the papers ("Detective Chief Superintendent Shane
#: O’Neill Leicestershire Police").
_RANKS = frozenset(
    [
        "Detective",
        "Chief",
        "Superintendent",
        "Inspector",
        "Sergeant",
        "Constable",
        "Assistant",
        "Deputy",
        "Head",
        "Director",
        "Strategic",
        "Executive",
        "Officer",
        "Mr",
        "Mrs",
        "Ms",
        "Miss",
        "Dr",
        "Cllr",
        "Councillor",
    ]
)


def only_ranks(name: str) -> bool:
    """Whether a name is a rank and nothing else ("Detective Chief Superintendent"): "DCS
    O'Neill" names a person by it, not a subject to search for."""
    words = name.split()
    return bool(words) and all(w in _RANKS for w in words)


def first_person(text: str, besides: str = "") -> str | None:
    """The first person the text names who is not named in `besides`: a name as `people`
    reads it, or one led by a rank ("Detective Inspector Jane Smith", "Detective Chief
    Superintendent Shane O’Neill Leicestershire Police" → "Shane O’Neill")."""
    named = set(re.findall(r"[\w’']+", besides.lower()))
    for m in NAME.finditer(text):
        words = m.group(0).split()
        if words[0] == "The":
            continue  # "The Chair": a post
        if ORG.search(m.group(0)) and words[0] not in _RANKS:
            continue  # "Violence Reduction Network": a body, not a person
        while words and (words[0] in _RANKS or ORG.fullmatch(words[0])):
            words = words[1:]
        cut = next((i for i, w in enumerate(words) if ORG.fullmatch(w)), len(words))
        words = words[:cut]
        name = " ".join(words)
        if 2 <= len(words) <= 3 and surname(name).lower() not in named:
            return name
    return None


#: "What's Victoria Charlton's job title?", "what is the role of Grace Strong?": a named
#: person's post asked for.
_TITLE_ASKED = re.compile(
    r"\b[Ww]hat(?:[’']s|\s+is|\s+was)\s+(?:the\s+)?(?:(?P<own>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+?)"
    r"[’']s\s+(?:job\s+title|job|title|role|position|post|rank)|the\s+(?:job\s+title|title|"
    r"role|position|post|rank)\s+of\s+(?P<of>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+))\b"
    # "Which job title has Victoria Charlton?", "What post does Grace Strong hold?".
    r"|\b[Ww](?:hat|hich)\s+(?:job\s+title|title|role|position|post|rank|job)\s+"
    r"(?:(?:does|did|do)\s+)?(?:has|have|had|holds?|held)?\s*"
    r"(?P<has>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+?)(?=\s+(?:have|hold|has|in|at|with|on)\b|\s*\?|$)"
    # Typed as into a search box: "Victoria Charlton job title".
    r"|^(?P<typed>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+?)(?:[’']s)?\s+(?:job\s+title|title|role|"
    r"position|post)\s*$"
    # "Which organisation does Matthew Wakely work for?": the body after the name is a post.
    r"|\b[Ww](?:hat|hich)\s+(?:organi[sz]ation|agency|body|service|team|department)\s+"
    r"(?:does|did|do|is|was)\s+(?P<org>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+?|he|she)"
    # "… does Matthew Wakely, one of the authors of the strategy, work for?"
    r"(?:,[^,?]{1,90},)?\s+(?:work\s+for|"
    r"come\s+from|from|represent|belong\s+to|work\s+in|part\s+of)\b"
    r"|^(?:and\s+)?[Ww]ho\s+(?:does|did)\s+(?P<for>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+?)\s+"
    r"(?:work\s+for|represent)\b"
    # "Who is Rik Basra?": a named person asked about is asked for their post.
    r"|^(?:and\s+)?[Ww]ho(?:[’']s|\s+is|\s+was)\s+(?P<who>(?:(?:Mr|Mrs|Ms|Dr|Cllr)\.?\s+)?"
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\s*\??\s*$"
)


def title_asked(question: str) -> str | None:
    """The person whose post the question asks for (`_TITLE_ASKED`), or None: not a body's
    ("the position of Leicester City Council") nor a post's ("the post of Chief Executive")."""
    m = _TITLE_ASKED.search(question)
    name = (
        (
            m.group("own")
            or m.group("of")
            or m.group("has")
            or m.group("typed")
            or m.group("who")
            or m.group("org")
            or m.group("for")
        )
        if m
        else None
    )
    if name and m and m.group("who") and not people(name):
        return None  # "Who is the Police and Crime Commissioner?" asks for a person
    if name in ("he", "she"):
        # "Matthew Wakely is named as a co-author … — which organisation does he work for?"
        named = people(question[: m.start()]) if m else []
        name = named[0] if len(named) == 1 else None
    return name if name and not ORG.search(name) else None


#: A police rank as the minutes print it before a name ("Superintendent Shane O’Neill",
#: "Supt. A. Slonecki", "Detective Chief Superintendent …").
_POLICE_RANK = (
    r"\b(?:Detective|Chief|Superintendent|Supt\.?|Inspector|Insp\.?|Sergeant|Sgt\.?|Constable|"
    r"Commander|DCS|DCI|DI|DS)"
)


def gives_title(sentence: str, name: str, asked: str = "") -> bool:
    """Whether the sentence gives the person's post after their name, as the papers do:
    "Victoria Charlton, Relationships and Change Manager, OPCC", their body in brackets
    ("Grace Strong (VRN)"), or a police rank before it
    ("Superintendent Shane O’Neill"). Apostrophes are compared alike ("O'Neill"). A body the
    question `asked` already names is not the post it asks for ("What is Kay Knowles's job
    title at the Community Rehabilitation Company?" of "Kay Knowles, Community
    Rehabilitation Company")."""
    sentence, name = sentence.replace("’", "'"), name.replace("’", "'")
    if asked:
        sentence = _without_bodies_of(sentence, asked)
    if re.search(rf"{_POLICE_RANK}\s+{re.escape(name)}\b", sentence):
        return True
    if re.search(rf"{re.escape(name)}\s*\((?!\d)[^)]+\)", sentence):
        return True  # "Grace Strong (VRN), Paul Hindson (OPCC) and Matthew Wakely"
    # A post just before the name: "sent to the Partnership Officer, Saj Devshi".
    if re.search(
        rf"\b(?:[A-Z][\w&'-]*\s+){{0,4}}(?:Officer|Manager|Director|Head|Lead|Coordinator|"
        rf"Analyst|Consultant|Chair|Chairman|Commissioner|Councillor|Adviser|Advisor),?\s+"
        rf"{re.escape(name)}\b",
        sentence,
    ):
        return True
    # Straight after the name in a list or a contact block: "Thomas Day Harborough District
    # Council", "Officer to Contact Sally Johnson Community Safety Team Manager".
    m = re.search(rf"{re.escape(name)}\s+((?:[A-Z][\w&'-]*\.?\s+){{0,5}}[A-Z][\w&'-]*)", sentence)
    if m and ORG.search(m.group(1)):
        # Not another person's name next ("Sally Johnson Anita Chavda …").
        follows = NAME.match(m.group(1))
        if follows is None or ORG.search(follows.group(0)):
            return True
    # After a comma, or a dash ("Officer to Contact: Gurjit Samra-Rai – Community Safety Team
    # Manager").
    m = re.search(
        rf"{re.escape(name)}\s*(?:\([^)]*\)\s*)?(?:,|\s[–—-])\s*(?:the\s+)?([A-Z][^,.;]*)", sentence
    )
    # Not another name in a list ("Victoria Charlton, Grace Strong and …"), nor a sentence
    # that runs on ("Victoria Charlton, The PCC noted …").
    after = NAME.match(m.group(1)) if m else None
    person = after is not None and not ORG.search(after.group(0))
    return bool(m) and not person and not m.group(1).startswith("The ")


def _without_bodies_of(sentence: str, question: str) -> str:
    """The sentence without the bodies the question names, by name or initials ("the
    Violence Reduction Network" and "(VRN)"), so that only a post of its own is left."""
    for m in re.finditer(r"\b[A-Z][\w&'-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&'-]*)+", question):
        body = m.group(0)
        if not ORG.search(body):
            continue
        capitals = "".join(w[0] for w in body.split() if w[0].isupper())
        sentence = re.sub(rf",?\s*\(?\b(?:{re.escape(body)}|{capitals})\b\)?", "", sentence)
    return sentence


#: "What is the surname of Steve, the Project Director …?", "Steve's surname": a first name
#: whose surname is asked for.
_SURNAME_ASKED = re.compile(
    r"\b(?:surname|last\s+name|family\s+name)\s+of\s+(?P<of>[A-Z][a-z’'-]+)\b(?!\s+[A-Z])"
    r"|\b(?P<own>[A-Z][a-z’'-]+)[’']s\s+(?:surname|last\s+name|family\s+name)\b"
)


#: "What is the name of the MARAC manager who gave the Board an input?": a person holding a
#: post, whom only a sentence naming someone answers (not "the MARAC manager … He outlined").
_NAME_OF_POST = re.compile(
    r"\bnames?\s+of\s+(?:the|a|an|this|that|its)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?P<post>officer|manager|director|head|lead|coordinator|co-ordinator|analyst|consultant|"
    r"chair|chairman|adviser|advisor|worker|speaker|presenter|author|inspector|superintendent|"
    r"councillor|member|representative|person|individual)s?\b",
    re.IGNORECASE,
)


def name_of_post_asked(question: str) -> str | None:
    """The post whose holder's name the question asks for (`_NAME_OF_POST`): "manager"."""
    m = _NAME_OF_POST.search(question)
    return m.group("post").lower() if m else None


def surname_asked(question: str) -> str | None:
    """The first name whose surname the question asks for (`_SURNAME_ASKED`), or None."""
    m = _SURNAME_ASKED.search(question)
    return (m.group("of") or m.group("own")) if m else None


def holder_of_post(question: str, texts: list[str]) -> tuple[str, str] | None:
    """The post the question names and the one person the `texts` (the best passages) name
    beside it, or None: "What did the Community Safety Coordinator commit to?" is answered
    by minutes that say "Rik Basra agreed to …"."""
    post = post_named(question)
    if post is None:
        return None
    names = {
        name
        for text in texts
        for name in role_holders(text, post)
        if surname(name).lower() not in question.lower()
    }
    return (post, names.pop()) if len(names) == 1 else None
