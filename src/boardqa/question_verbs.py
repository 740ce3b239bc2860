"""The verb a question turns on (pure): "Which company won the contract?" is not answered by
passages that never speak of winning or awarding it; "Who replaced Bob Bearne?" by none that
speak of a replacement. Compared through every form of the verb (`verbs`).
"""

from __future__ import annotations

import re

from boardqa.focus import Focus
from boardqa.verbs import IRREGULAR_FORMS, forms_pattern, root_of
from boardqa.words import STOPWORDS

#: Verbs that carry no meaning of their own ("How many referrals were made?"): not a focus.
_LIGHT_VERBS = frozenset(
    [
        # "What is that meant to achieve?" asks a purpose, which the papers give as "to reduce
        # demand", rarely with the verb.
        "achieve",
        "achieved",
        "accomplish",
        "made",
        "make",
        "makes",
        "done",
        "do",
        "does",
        "did",
        "had",
        "has",
        "have",
        "got",
        "get",
        "gets",
        "given",
        "give",
        "gives",
        "used",
        "use",
        "put",
        "set",
        "seen",
        "see",
        "said",
        "say",
        "says",
        "been",
        "be",
        "being",
        "going",
        "went",
        "come",
        "came",
        "take",
        "took",
        "taken",
        "include",
        "included",
        "includes",
        "involved",
        "involve",
        "need",
        "needed",
        "want",
        "wanted",
        # "How many home visits had the service carried out?": done, in other words.
        "carry",
        "carried",
        "carries",
        "undertake",
        "undertaken",
        "undertook",
    ]
)
#: Words the papers use for what a question's verb asks ("won the contract" — "was awarded
#: the contract"; "who replaced him" — "his successor"). Only these verbs are a focus of a
#: "who" question: a person is named without the verb of most others ("Who represented the
#: Fire Authority?" — "Mr. T. Parton CC Combined Fire Authority"), while these ask for an
#: outcome the papers may well not record.
_SUCCESS = ("success", "unsuccess", "award", "secur", "won")
_VERB_KIN = {
    "win": ("award", "secur", "success"),
    "award": ("won", "win", "secur", "success", "grant"),
    "lead": ("chair", "head"),
    # "Who chairs the lead member group?": "… established, Chaired by the Police and Crime
    # Commissioner Lord Willy Bach" (who chairs a meeting is read from its minutes' marks).
    "chair": ("lead", "head", "presid"),
    # "How many divisions were being replaced?": "A move from 7 Probation Divisions to 12 …".
    "replac": ("succeed", "successor", "appoint", "mov", "instead"),
    "complet": ("respond", "respons", "return", "particip", "finish", "graduat", "end"),
    "respond": ("respons", "complet", "return", "particip"),
    "recruit": ("appoint", "hire", "employ", "join"),
    # "How many people finished the first round?": "… has ended with 18 of the 20 delegates
    # ‘graduating’".
    "finish": ("end", "complet", "graduat", "conclu"),
    "open": ("operational", "launch"),
    # "Which company was chosen to operate the prison?": not "Lendlease is working with …".
    # "Which format was chosen for the final agreement?": "… retain the Excel format rather
    # than adopt a more conventional PDF layout".
    "choos": ("select", "appoint", "award", "pick", "won", "win", "adopt", "opt", "prefer"),
    "select": ("chos", "choos", "appoint", "award", "pick", "won", "win", "adopt", "opt"),
    # "What did the survey find?": not "The aims of the survey are to gather …".
    "find": (
        "found",
        "show",
        "reveal",
        "result",
        "indicat",
        "suggest",
        "highlight",
        "conclu",
        "identif",
        "finding",
    ),
    # "Who presented the report?": "The report was presented by …", "… gave a presentation".
    "present": ("gave", "give", "giving", "introduc", "deliver", "talk", "took"),
    # "Who deputised for Cllr Whelband?": not the apologies that name her; a deputy is said
    # to be one ("Deputy …", "on behalf of").
    "deputis": ("deput", "substitut", "behalf"),
    "substitut": ("deput", "behalf"),
    # `root_of` gives "succe" for "succeed" and "succeed" for "succeeded".
    "succe": _SUCCESS,
    "succeed": _SUCCESS,
}
#: Verbs of outcome whose passive a "which" / "what" / "how many" question turns on ("which
#: company was chosen", "how many bids were awarded"), not "which actions were completed"
#: (a status answers that).
_CHOSEN = frozenset(["win", "award", "choos", "select"])
#: A paper asked for by what it carries ("Which document reported the construction progress
#: at Glen Parva?"): the answer is its title, and its passages need not say they report.
_PAPER_NOUNS = frozenset(
    [
        "document",
        "paper",
        "report",
        "update",
        "newsletter",
        "presentation",
        "slides",
        "item",
        "appendix",
        "annex",
        "briefing",
        "minutes",
    ]
)
_CARRIES = frozenset(
    [
        "report",
        "cover",
        "describ",
        "outlin",
        "updat",
        "summaris",
        "includ",
        "contain",
        "detail",
        "highlight",
        "mention",
        "featur",
        "explain",
        "show",
        "discuss",
        "address",
    ]
)
#: Places and times, which the papers name rather than say were chosen or awarded ("Which
#: day did it choose for its summer meeting?": "14 June 2019").
_PLACE_NOUNS = frozenset(
    [
        "day",
        "days",
        "date",
        "dates",
        "time",
        "times",
        "month",
        "week",
        "year",
        "area",
        "areas",
        "district",
        "districts",
        "town",
        "towns",
        "location",
        "locations",
        "site",
        "sites",
        "place",
        "places",
        "estate",
        "estates",
        "zone",
        "zones",
    ]
)
_AUXILIARIES = frozenset(
    [
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "did",
        "does",
        "do",
        "has",
        "have",
        "had",
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "being",
        "actually",
        "also",
        "then",
        "now",
        "eventually",
        "ultimately",
        "finally",
        "still",
        "already",
        "ever",
        "not",
        "n't",
        "n’t",
    ]
)
_MODALS = frozenset(["will", "would", "shall", "should", "can", "could", "may", "might", "must"])
_BE = frozenset(["is", "was", "were", "are", "be", "been", "being"])
_DO = frozenset(["did", "does", "do"])
_HAVE = frozenset(["has", "have", "had"])
#: "What is each CSP expected to produce?", "what were partners asked to provide?": what is
#: asked for is what the verb at the end yields ("will produce a delivery plan").
_EXPECTED_TO = re.compile(
    r"^(?:[^,?]{0,60},\s*)?what\s+(?:(?:is|are|was|were|will)\s+[^?]{3,120}?\s+(?:expected|required|"
    r"asked|due|supposed|meant|obliged|told)"
    # "What does each CSP have to produce …?", "… what each CSP has to produce …".
    r"|(?:(?:does|do|did|will|would)\s+)?[^?]{3,120}?\s+(?:has|have|had|need|needs))"
    r"\s+to\s+([a-z]{3,})\b(?:\s*,[^?]*|\s+(?:by|for|in|at)\b[^?]*)?"
    r"[?.]?\s*$",
    re.IGNORECASE,
)


def expected_verb(question: str) -> str | None:
    """The verb whose object a "what is X expected / asked / due to …?" question asks for
    ("produce"), or None (none, or a light one: "expected to do")."""
    m = _EXPECTED_TO.search(question)
    verb = m.group(1).lower() if m else None
    return verb if verb and verb not in _LIGHT_VERBS and verb not in STOPWORDS else None


#: Where a question asks who or which did something, or how many did.
_OPENER = re.compile(
    r"(?:^|[,;:–-]\s*|\band\s+)(who|which|what\s+number\s+of|what|how many|how much)\b",
    re.IGNORECASE,
)
#: Nouns for people: "which minister", "what officers" ask who.
PERSON_NOUNS = (
    r"(?:officers?|persons?|people|ministers?|councillors?|members?|individuals?|directors?|"
    r"managers?|mps?|commissioners?|chairs?|staff|speakers?|presenters?|representatives?)"
)
_PERSON_NOUN = re.compile(PERSON_NOUNS, re.IGNORECASE)
#: "which minister", "which elected members", "what other officers": the kind of person a
#: question asks for (after "which" a word may describe it, after "what" only a few: "what
#: stops people …" asks for a cause; "which lead member group" asks for a group).
PERSON_ASKED = (
    r"(?:which\s+(?:(?!(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could|should)"
    r"\b)(?-i:[a-z-]+)\s+)?|what\s+(?:(?:elected|other|senior|new|police|board|council|local|"
    rf"named|partner|lead|key)\s+)?)({PERSON_NOUNS})"
    r"(?!\s+(?:group|board|panel|body|bodies|organisations?|agenc\w+|team)\b)"
    # "Which three People Zones …": a name the noun begins, not people.
    r"(?!\s+(?-i:[A-Z][a-z]))"
)
#: How many words may name what is asked about before its verb ("Which company won",
#: "How many of the new Prevent Regional Advisors will cover").
_SUBJECT_WORDS = {"who": 0, "which": 3, "what": 2, "how many": 6, "how much": 5}


def _words(text: str) -> list[str]:
    """Lower-case words with contractions opened: "who’s" → "has", "didn't" → "did not"."""
    out: list[str] = []
    for word in re.findall(r"[A-Za-z’'-]+", text):
        w = word.lower().replace("’", "'").strip("-")
        if w in ("'s", "s"):
            out.append("has")  # "who’s replaced …": "who has"
        elif w.endswith("n't"):
            out += [{"wo": "will", "ca": "can", "sha": "shall"}.get(w[:-3], w[:-3]), "not"]
        elif w:
            out.append(w)
    return out


def _verb_shaped(word: str, aux: str | None, third_person: bool) -> bool:
    """Whether a word in a verb's slot is one: a past form, a verb after a modal ("will
    cover"), or (right after "who") a present form ("Who leads …")."""
    if word in _LIGHT_VERBS or word in STOPWORDS or "-" in word:
        return False  # "Sentinel case-managed ASB": a compound describes a noun
    if word.endswith("ed") or word in IRREGULAR_FORMS or aux in _MODALS:
        return True
    return third_person and word.endswith("s") and not word.endswith("ss")


#: Words before a participle that make it describe the noun after it ("the revised terms",
#: "the latest stated focus").
_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "this", "that", "these", "those"])
#: Words that count or pick out the subject, never its verb.
_QUANTIFIERS = frozenset(
    ["one", "two", "three", "four", "five", "each", "every", "any", "single", "both", "either"]
)


def _embedded(after: str, words: list[str]) -> bool:
    """Whether "how much" opens a question put inside another ("how much the OPCC paid",
    "how much Rutland County Council contributed"): a subject straight after it (a
    determiner, or a capitalised name) and no auxiliary before the verb."""
    first = after.split()[:1]
    return (
        bool(words)
        and (words[0] in _DETERMINERS or words[0] in _QUANTIFIERS or first[0][:1].isupper())
        and not any(w in _AUXILIARIES for w in words)
    )


def _outcome_verb(words: list[str], start: int = 0) -> Focus | None:
    """The first verb of outcome (`_VERB_KIN`) among the next few words from `start`, as
    asked; not one of choosing when the words before `start` ask for a place or a time
    (`_PLACE_NOUNS`)."""
    before, words = set(words[:start]), words[start:]
    near = words[: _SUBJECT_WORDS["how much"] + 1]
    # "How much did the OPCC's Safer Streets 3 Parks bid end up winning?": the verb after
    # "end up", however long the subject before it.
    for at, word in enumerate(words[:-2]):
        if word in ("end", "ended") and words[at + 1] == "up":
            near = [*near, words[at + 2]]
        # "… bid go on to win?", "… went on to secure": the verb after "go on to".
        if word in ("go", "went", "gone") and words[at + 1] == "on" and words[at + 2] == "to":
            near = [*near, *words[at + 3 : at + 4]]
    for word in near:
        if root_of(word) in _VERB_KIN and root_of(word) not in _WHO_ONLY:
            if root_of(word) in _CHOSEN and _PLACE_NOUNS & before:
                return None
            return Focus(word)
    return None


#: Verbs only a who-question turns on: "What should the presentation cover?" does not.
_WHO_ONLY = frozenset(["present"])
#: Verbs that choose the sentence but never decline: "The Board considered a report of
#: Gurjit Samra-Rai" says who presented it without the word.
PREFER_ONLY = frozenset(["present"])


def verb_asked(question: str) -> Focus | None:
    """The verb a who / which / how-many question turns on, as a focus: "Who replaced Bob
    Bearne?" is not answered by passages that never speak of a replacement; "Which company
    won the contract?" by none that speak of winning or awarding it. None when the question
    is passive ("Who was recruited …?": the answer is not who did the recruiting), unless
    its verb is one of outcome ("which provider has been awarded …", "how many units had
    been opened"), or when its verb is a light one ("How many referrals were made?")."""
    expected = expected_verb(question)
    if expected:
        return Focus(expected)
    for m in _OPENER.finditer(question):
        kind = m.group(1).lower()
        if kind.startswith("what") and kind.endswith("of"):
            kind = "how many"  # "What number of delegates were recruited …?"
        rest = _words(question[m.end() :])
        words = rest[:10]
        subject, aux = 0, None
        if kind == "how much" and _embedded(question[m.end() :], words):
            # "… on how much the OPCC paid each year": the question put inside another, as
            # "how much did the OPCC pay"; only a verb of outcome is what it turns on.
            return _outcome_verb(words)
        for word in words:
            if (word in _QUANTIFIERS or word.isdigit()) and aux is not None and kind != "who":
                # "How much money can one county line make?": "one" opens the subject, not
                # a verb; only a verb of outcome after it is what it turns on.
                return _outcome_verb(rest, words.index(word))
            if word in _AUXILIARIES:
                # "what amendments had it asked …": after the thing asked for, a perfect's "had"
                # is an auxiliary too ("how much has the build spent" still turns on "spent").
                perfect = word in _HAVE and subject > 0
                aux = word if word in _MODALS or word in _BE or word in _DO or perfect else aux
                continue
            if kind != "who" and subject == 0 and aux is not None:
                # "How much did the OPCC win …?", "what should it cover?": the object is
                # asked for; only a verb of outcome ("win", not "cover") is what it turns on.
                return _outcome_verb(rest, words.index(word))
            if kind != "who" and subject == 0:
                subject += 1  # "which company", "how many people": at least one word
                if kind != "how many" and _PERSON_NOUN.fullmatch(word):
                    kind = "who"  # "which minister", "what officer": a who question
                continue
            at = words.index(word)
            following = words[at + 1] if at + 1 < len(words) else ""
            before = words[at - 1] if at else ""
            if (
                kind != "who"
                and aux is None
                and (before in _DETERMINERS or before.endswith("est"))
                and following
                and following not in STOPWORDS
                and following not in _AUXILIARIES
            ):
                # "What's the latest stated focus …", "which revised terms …": a participle
                # before a noun describes it.
                if subject >= _SUBJECT_WORDS[kind]:
                    break
                subject += 1
                continue
            if (
                kind != "who"
                and (aux in _MODALS or aux in _DO)
                and word.endswith("s")
                and not word.endswith("ss")
            ):
                # "What legislation must partners prepare for?": after a modal or "do" a verb
                # is bare, so "partners" is the subject, and the object is asked for.
                return _outcome_verb(rest, words.index(word))
            if _verb_shaped(word, aux, third_person=kind == "who" and subject == 0):
                if aux in _BE and (word.endswith("ed") or word in IRREGULAR_FORMS):
                    if (
                        kind != "who"
                        and root_of(word) in _CHOSEN
                        # "Which three areas were chosen for People Zones?": places are
                        # named ("The three areas are: …"), seldom said to be chosen.
                        and not _PLACE_NOUNS & set(words[:at])
                    ):
                        # "Which provider has been awarded the contract?", "which company
                        # was chosen …": passages that never speak of awarding or choosing
                        # do not answer.
                        return Focus(word)
                    if kind == "how many" and root_of(word) in _VERB_KIN:
                        # "How many refuge units had actually been opened?": not "will provide
                        # 21 additional units".
                        return Focus(word)
                    break  # passive: "who was recruited", "which groups were funded"
                if kind == "who" and root_of(word) not in _VERB_KIN:
                    break  # a person is named without the verb ("represented")
                if root_of(word) in _COMPARING:
                    return None  # "What has the OPCC changed?": what it became answers
                if word.startswith("appl") and following == "to":
                    return None  # "What age limit applied to the children?": was in force
                if root_of(word) in _CARRIES and _PAPER_NOUNS & set(words[:at]):
                    return None  # "Which document reported …?": a paper, by its title
                return Focus(word)  # as asked ("won"): `speaks_of_verb` reads every form
            if aux is not None and kind != "who":
                # "How much money did we get …?": the object, the auxiliary, then the
                # subject; only a verb of outcome after it is what it turns on.
                return _outcome_verb(rest, words.index(word))
            if aux is not None or subject >= _SUBJECT_WORDS[kind]:
                break
            subject += 1
    return None


#: The titles of those who chair, as the papers capitalise them.
_CHAIR_TITLES = frozenset(["Chair", "Chairs", "Chairman", "Chairmen", "Chairperson"])
#: What comes before a title: a name or initials ("CSP Chairs", "Group Chair"), a determiner
#: ("the Chair", "all Chairs") or a bracket ("(Chairman)").
_TITLE_BEFORE = re.compile(
    r"(?:\b[A-Z][\w&-]*|\b(?i:the|a|all|its|their|our|each|vice)|[(\-–])\s*$"
)


def speaks_of_verb(focus: Focus, text: str) -> bool:
    """Whether a passage speaks of what the verb asks: the verb in any of its forms ("led" for
    "leads", "securing" for "won" by its kin), as whole words ("window" is not "win")."""
    pattern = forms_pattern(focus.word, _VERB_KIN.get(root_of(focus.word), ()))
    if root_of(focus.word) == "chair":
        # "… circulated to all the CSP Chairs and Managers", "(Chairman)": a title, not who
        # chairs ("will continue to Chair … the JCAB" does say it).
        return any(
            m.group(0) not in _CHAIR_TITLES or not _TITLE_BEFORE.search(text[: m.start()])
            for m in pattern.finditer(text)
        )
    if root_of(focus.word) not in _CHOSEN:
        return bool(pattern.search(text))
    # "… earned a Silver Industrial Cadet Award …": a capital inside a sentence makes the
    # word part of a name, not a choice made ("Which operator was awarded the contract?").
    return any(
        not (m.group(0)[:1].isupper() and re.search(r"\w[^\w.?!:]*$", text[: m.start()]))
        for m in pattern.finditer(text)
    )


#: "How is the survey being pushed out …?", "how was the post taken forward?": the
#: participle a question of manner asks about.
_MANNER_VERB = re.compile(
    r"(?:^|[,;:–-]\s*)how\s+(?:is|was|are|were|will|would|has|have|had)\b[^?,;]*?"
    r"\b(?:being|be|been)\s+([a-z]+(?:ed|en|wn|ne|ght|nt|lt))\b",
    re.IGNORECASE,
)
#: Verbs of comparison ("How has the rate changed?"): what it became answers, not the word.
_COMPARING = frozenset(["chang", "compar", "differ", "mov", "progress", "develop", "shift"])


def manner_verb(question: str) -> Focus | None:
    """The participle a question of manner asks about (`_MANNER_VERB`), or None."""
    m = _MANNER_VERB.search(question)
    if m is None or root_of(m.group(1)) in _COMPARING:
        return None
    return Focus(m.group(1).lower())
