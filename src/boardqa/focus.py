"""What an answer must speak to, beyond its topic (pure).

Two things a question can turn on that its topic words do not carry:
- its focus: the noun a "what X did …" question asks about ("What conclusions did the review
  reach?") or the state a yes/no or passive question asks about ("Was the bid successful?").
  Passages on the topic that never use the word (the review "is under way") do not answer it.
- the role a "who is the …" question asks about ("the Police and Crime Commissioner"): papers
  state who holds a role next to the name ("Lord Willy Bach Police and Crime Commissioner").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from boardqa.answer.persons import people
from boardqa.clauses import after_scene
from boardqa.instructions import SAID_OF_A_HOLDER
from boardqa.words import STOPWORDS, stem, term_set


@dataclass(frozen=True)
class Focus:
    word: str
    #: A state ("successful", "approved") rather than a thing ("conclusions").
    state: bool = False


_AUX = r"(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could|should|might|may)"
#: "What conclusions did …", "In 2021, what plans were …": the noun the question asks about,
#: where the question or one of its clauses opens (not a relative "at which …"). "Which"
#: picks among things of a kind ("which other publication", "which district"): its noun names
#: the kind of the answer, which the papers need not use ("the NCA Strategy 2020").
_HEAD_NOUN = re.compile(
    # "What likelihood and impact scores were …": two kinds of the one noun.
    rf"(?:^|[,;:–-]\s*|\band\s+)what\s+((?:[A-Za-z’'-]+\s+(?:and\s+)?){{0,2}}?[A-Za-z’'-]+)"
    rf"\s+{_AUX}\b",
    re.IGNORECASE,
)
#: "What quorum applies to the lead member group?", "what threshold applied": the noun asked
#: for, before a verb of being in force.
_NOUN_THAT_APPLIES = re.compile(
    r"(?:^|[,;:–-]\s*|\band\s+)what\s+([a-z’'-]+)\s+(?:applies|apply|applied|exists|exist|existed)\b",
    re.IGNORECASE,
)
_SHARE_OF = re.compile(r"(?:share|percentage|proportion|fraction|number|per\s?cent)\s+of\b", re.I)
#: "What is the LSCSB's total annual budget?", "what is the precept for Leicestershire?": the
#: noun that ends a "what is the …" question (or comes before its last phrase) names what
#: is asked for: for an amount, what it is of (a budget, not any allocation).
_TAIL_NOUN = re.compile(
    r"^(?:what\s+(?:is|was|are|were)|what[’']?s)\s+"
    r"(?:(?:the|its|their)\s+(?:[\w-]+[’']s\s+)?|[\w-]+[’']s\s+)"
    r"(?-i:(?:(?!(?:for|of|in|at|on|from|to|by)\b)[a-z-]+\s+){0,3}?([a-z]{4,}))"
    # "the allocation made to Leicestershire County Council": what is said of the noun.
    r"(?:\s+(?:made|given|paid|set|agreed|awarded|allocated|provided|granted|offered|"
    r"committed|announced|shown|reported|recorded|budgeted|secured|received))?"
    # "… the precept for Leicestershire?", "… the precept going up by this year?" (a verb of
    # change, not a noun in -ing: "the extra funding from …" asks about funding).
    r"(?:\s+(?:for|of|in|at|on|from|to|by|going|rising|falling|increasing|decreasing|coming|"
    r"growing|dropping|changing|moving|being|getting)\b[^?]*)?\W*$",
    re.IGNORECASE,
)
#: "… on which the plan was signed off?", "When was the strategy ratified?": a deed that
#: makes a paper final, which the papers name by its own verb.
_DONE_WHEN = re.compile(
    r"\b(?:was|were|is|are|had\s+been|has\s+been|have\s+been|be)\s+(?:formally\s+|finally\s+)?"
    r"(signed|ratified|adopted|published|endorsed)(?:\s+off)?\W*$",
    re.IGNORECASE,
)
#: "What was the outcome of the Parks bid?": whether it succeeded, said of that bid.
BID_OUTCOME = re.compile(
    r"\b(?:outcome|result)s?\s+of\s+(?:the\s+|their\s+|its\s+)?[^?,;]*?\b"
    r"(bid|submission|(?<=funding )application|(?<=grant )application)s?\b",
    re.IGNORECASE,
)
#: "By how much is the policing part of the council tax precept going up?": the noun before
#: the verb of change names what the amount is of.
_CHANGING_NOUN = re.compile(
    r"^(?:by\s+)?how\s+much\s+(?:is|are|was|were|has|have|had|will|would|did|does)\s+"
    r"(?:the|its|their)\s+[^?]*?\b([a-z]{4,})\s+(?:(?:be\s+)?going\s+(?:up|down)|gone\s+(?:up|down)|"
    r"go(?:ne)?\s+(?:up|down)|ris(?:e|en|ing)|fall(?:en|ing)?|increas\w*|decreas\w*|grow(?:n|ing)?|"
    r"drop\w*|chang\w*)\b",
    re.IGNORECASE,
)
#: "Was the bid successful?", "… how much was awarded?": the state a yes/no or passive
#: question asks about, when it ends the question.
_STATE = re.compile(
    r"(?:^(?:was|were|is|are|has|have|had)\b.*\b|\b(?:was|were|is|are|been|be)\s+)"
    r"([a-z]{3,}(?:ed|ful))\W*$",
    re.IGNORECASE,
)
#: The last clause asks where, how or why ("… and where will it then be reported?"): its
#: verb is what is asked about, not a state asked for.
_PLACE_OR_MANNER = re.compile(
    r"\b(?:where|why|how(?!\s+(?:much|many|long|often|far|big|large|soon|old|high|low)\b))\b"
    r"[^?,;]*\W*$",
    re.IGNORECASE,
)
#: "Which statistics were to be investigated?": the things a plan names, not whether it was
#: carried out.
_WHICH_TO_BE_DONE = re.compile(
    r"\b(?:which|what)\s+(?:\w+\s+){1,3}?(?:was|were|is|are)\s+to\s+be\s+[a-z]+ed\W*$"
    # "… through which returns will it be tracked?": the thing named is not the verb's
    # subject but how it is done, which the answer names.
    r"|\b(?:which|what)\s+(?:\w+\s+){1,3}?(?:will|would|is|are|was|were|can|should)\s+"
    r"(?:it|they|this|that|these|those)\s+(?:be|been)\s+[a-z]+ed\W*$",
    re.IGNORECASE,
)
#: Where a question's scene ends and the question begins ("… in March 2020. Was it …").
_SENTENCE_BREAK = re.compile(r"(?<=[a-z0-9)][.?!])\s+(?=[A-Z])|\s+[-–—]\s+")
#: A clause of time that ends a yes/no question: "Was the strategy approved when it was
#: presented?" asks whether it was approved.
TIME_CLAUSE = re.compile(
    r"(?<=\w)\s+(?:when|after|before|once|while|until)\s+(?:it|they|he|she|this|that|the)\b[^?]*"
    r"(?=\W*$)",
    re.IGNORECASE,
)
#: States the papers record in the same word when they are reached ("published", "approved"):
#: others are told in other words ("created" — "has been formed"), and are not checked so.
DONE_VERBS = r"published|approved|adopted|endorsed|ratified|launched|circulated|distributed"
#: "Has the V10 been published on the County Council website?": the state a yes/no question
#: asks about, before the phrase that says where or when. Not "… been shared with the board
#: yet?", which what is planned answers ("… will go to the Panel prior to wider circulation").
_BEEN_DONE = re.compile(
    r"^(?![^?]*\byet\b)(?:(?:has|have)\b[^?,;]*\bbeen|(?:was|were)\b[^?,;]*?|did\b[^?,;]*\bget)"
    rf"\s+({DONE_VERBS})\b"
    r"(?:\s+(?:on|in|at|to|by|for|with|from|onto|across)\b[^?,;]*)?\W*$",
    re.IGNORECASE,
)
#: A state only planned or supposed ("… will be ‘published’ on the LCC website", "subject to
#: approval"): it does not say that the thing was done.
PLANNED_STATE = (
    r"\b(?:will|would|shall|should|could|may|might|to|is due to|are due to)\s+"
    r"(?:be\s+|have\s+been\s+|been\s+)?[‘'’\"]?{word}"
)
#: "Did the bid succeed?", "Did the SPB sign off the strategy?": the state a yes/no question
#: asks about by its verb ("successful", "approved"), as "Was the bid successful?" does.
_DID_VERB = re.compile(
    r"^(?:[^,?]{0,40},\s*)?(?:did|has|have|had)\b"
    # Not a verb of a relative or reported clause: "Did the panel that rejected …",
    # "… apply for funding to adopt …", "… discussed whether the bid will succeed".
    r"(?:(?!\b(?:that|which|who|whether|if|to|will|would)\b)[^,;?])*?"
    r"\b(succeed|approve|endorse|adopt|reject|sign(?=(?:s|ed)?\s+off\b))(?:s|d|ed)?\b",
    re.IGNORECASE,
)
_STATE_OF = {"succeed": "successful", "sign": "approved"}
#: "What did the group conclude about the Lancashire model?", "What did members think of it?":
#: asks for a judgement as "What conclusion did the group come to?" does (`_JUDGED`).
_JUDGING_VERB = re.compile(
    r"\bwhat\s+(?:(?:did|do|does|has|have|had)\s+"
    r"(?:(?!\b(?:that|which|who|about|how|to|find|found|say|said|ask|asked|done|help)\b)"
    r"[^,;?]){1,60}?\b(?:conclude|think|feel)"
    # "They ask what the group concluded about …": the question put inside a relayed ask.
    r"|(?:the|its|their|each|this|that)\s+(?:(?!\b(?:that|which|who|about|how|to|did|do|"
    r"does|was|were|is|are)\b)[^,;?]){1,60}?\b(?:concluded|thought|felt))"
    r"\b(?=\s+(?:about|of|on|regarding|was|were)\b|\s*\?)",
    re.IGNORECASE,
)
#: Head nouns that name the kind of answer rather than its subject ("what time", "which
#: officers", "what figures"): the papers give the answer without using the word. Stems.
_KIND_NOUNS = frozenset(
    stem(w)
    for w in [
        # "What legal basis was given …?": the provision is the answer, not the word.
        "basis",
        "grounds",
        "time",
        "date",
        "year",
        "month",
        "day",
        "period",
        "proportion",
        "percentage",
        "share",
        "amount",
        "number",
        "figure",
        "sum",
        "cost",
        "value",
        "money",
        "total",
        "level",
        "rate",
        "company",
        "organisation",
        "organization",
        "body",
        "agency",
        "officer",
        "person",
        "people",
        "councillor",
        "minister",
        "member",
        "director",
        "commissioner",
        "chair",
        "chairman",
        "name",
        "rank",
        "title",
        "role",
        "job",
        "meeting",
        "item",
        "document",
        "paper",
        "page",
        "range",
        "way",
        # "What approach does the report take?": "This report therefore will focus on
        # exception reporting …", without the word.
        "approach",
        "method",
        "means",
        "manner",
        "kind",
        "type",
        "sort",
        "stage",
        "point",
        "state",
        "extent",
        "progress",
        "status",
        "reason",
        # "What explanation does the report give for the rise?" asks why, not for the word.
        "explanation",
        "justification",
        "rationale",
        "position",
        "update",
        # "What evidence is there of how the rate compares …?" asks for the figures.
        "evidence",
        "information",
        "detail",
        # Words for "something" ("what two things", "which matters"): any answer is one.
        "thing",
        "matter",
        "aspect",
        "option",
        "step",
        "action",
        # "What topics does the survey ask about?": "knife crime, safety, ASB and …".
        "topic",
        "subject",
        "theme",
    ]
)
#: Verbs that ask for a name ("What's it called?"), not whether something was done.
_NAMING = frozenset(["called", "named", "titled", "entitled", "labelled", "known"])
_OUTCOMES = frozenset(["outcome", "result", "results", "outcomes"])
#: Nouns for what a count or a judgement came to, named by the kind before them ("vote
#: count", "audit outcome", "inspection result").
_TALLIES = _OUTCOMES | frozenset(["count", "counts", "tally"])
#: A number of a kind ("version number", "serial no."), which only that kind gives (a
#: reference number is checked by `abstain.lacks_answer_type`: "a single reference point" is
#: none).
_NUMBERS = frozenset(["number", "no", "code"])
_NUMBERED = frozenset(["version", "serial"])
#: Nouns for the post a person holds, which a name's title gives without the word.
_POST_NOUNS = frozenset(["post", "role", "position", "title", "job", "grade"])
#: Words for a sum of money, and the kinds of sum a word before them names ("contingency
#: funding", "match funding", "capital budget"), each a sum of its own.
_SUMS = frozenset(["funding", "fund", "funds", "budget", "money", "monies", "grant"])
_KINDS_OF_SUM = frozenset(
    ["contingency", "match", "capital", "revenue", "bridging", "emergency", "reserve", "seed"]
)
#: Nouns whose kind the word before them names, each with the kinds that do.
_OF_A_KIND = ((_NUMBERS, _NUMBERED), (_SUMS, _KINDS_OF_SUM))
#: Sums paid under their own name, which no other word for money stands for ("funding" may
#: be a grant or an allocation; a precept or an allowance is only itself).
_PAID_WORDS = ("allowance", "salary", "precept", "levy", "fee", "price", "tax")
_PAID = frozenset(stem(w) for w in _PAID_WORDS)
#: Nouns for an amount: "What is the policing precept for Leicestershire?" asks for the
#: precept itself, which passages on other sums do not give. Other nouns ("the purpose of",
#: "the timescale for") are answered without the word. Stems: the sums paid under their own
#: name, and three more.
_AMOUNTS = _PAID | frozenset(stem(w) for w in ["budget", "allocation", "grant"])
#: `_PAID`'s words as a question writes them, plural too; not "price", which names a contract
#: table ("the contract price table") whose rows give their sums without the word.
_PAID_NAMED = re.compile(
    rf"\b({'|'.join(w for w in _PAID_WORDS if w != 'price')}|salaries)(?:es|s)?\b", re.IGNORECASE
)
#: "How much allowance is paid to councillors …?": an amount of a named kind (`_PAID`).
_HOW_MUCH_NOUN = re.compile(
    r"^how\s+much\s+([a-z]{4,})\s+(?:is|was|are|were|did|does|do|has|have|had|will|would)\b",
    re.IGNORECASE,
)
#: Words in the head-noun slot that are not nouns ("what else", "which ones").
_NOT_NOUNS = frozenset(
    [
        "else",
        "exactly",
        "specifically",
        "precisely",
        "particular",
        "actually",
        "really",
        "other",
        "others",
        "one",
        "ones",
        "more",
        "most",
    ]
)


#: "What age group …", "which age range …": an age, however the papers bound it.
_AGE_SPAN = re.compile(r"\bage\s+(?:group|range|bracket|band|profile)s?$", re.IGNORECASE)


#: A group a figure is asked for: a breakdown by a person's kind ("the ethnic breakdown",
#: "broken down by gender"), how many of those counted were of a kind ("… were women?"), or
#: the age one must be ("What age must a perpetrator be …?").
_GROUP_ASKED = re.compile(
    r"\b(ethnic|ethnicity|racial|gender|sex|age|disability|religious)\s+"
    r"(?:breakdown|make-?up|mix|profile|split|background)\b"
    r"|\b(?:broken\s+down|breakdown|split)\s+by\s+(ethnicity|gender|sex|age|disability|religion)\b"
    r"|\bhow\s+many\b[^?]*\b(?:were|are|was|is)\s+"
    r"(women|men|female|male|girls|boys|disabled|older\s+people|young\s+people)\s*\??\s*$"
    r"|^what\s+(age)\s+(?:must|should|do|does|did|need|needs|has|have)\b",
    re.IGNORECASE,
)
#: The word a group is spoken of by, and the words for it (`_NOUN_KIN`).
_GROUP_WORD = {
    "ethnicity": "ethnic",
    "racial": "ethnic",
    "female": "women",
    "girls": "women",
    "male": "men",
    "boys": "men",
    "sex": "gender",
    "disabled": "disability",
    "religious": "religion",
    "older people": "older",
    "young people": "young",
}


#: "When is it due for its next review?", "… due to be renewed": the event whose date is asked.
#: A paper sent out to its readers ("despatched", "circulated"), by the verb of a "when".
_SENT_OUT = re.compile(
    r"\b(despatched|dispatched|circulated|distributed|issued|published|sent\s+out)\b",
    re.IGNORECASE,
)
_DUE_FOR = re.compile(
    r"\bwhen\b[^?]*\bdue\s+(?:for\s+(?:its\s+|a\s+|the\s+)?(?:next\s+|first\s+|annual\s+)?"
    r"|to\s+be\s+)([a-z]{4,})\b",
    re.IGNORECASE,
)


def group_asked(question: str) -> Focus | None:
    """The group a figure is asked for (`_GROUP_ASKED`), or None: "What was the ethnic
    breakdown of the referrals?", "How many of the delegates were women?" are not answered
    by figures for the whole, however near a passage on some group ("aimed at young people
    from the ages of 18-30") stands; the passages quoted must speak of it."""
    m = _GROUP_ASKED.search(question)
    if not m:
        return None
    word = next(g for g in m.groups() if g).lower()
    return Focus(_GROUP_WORD.get(word, word))


def focus_of(question: str, asks: str = "what") -> Focus | None:
    """The question's focus (see the module), or None when it has none or its word names only
    the kind of answer ("what time", "which officer"). A "who" or "when" question is answered
    by the name or date, whatever verb ends it ("Who chaired the meeting at which changes
    were agreed?"); a "how much" still turns on its verb ("how much was awarded?" is not
    answered by the size of a fund)."""
    # "Our smallest unitary partner pays a flat fee into the contract. What did Rutland
    # contribute …?": the scene's words are not what the answer turns on.
    q = after_scene(question.strip())
    group = group_asked(q)
    if group:
        return group
    m = _HEAD_NOUN.search(q) or _NOUN_THAT_APPLIES.search(q)
    # "What share of respondents were satisfied …": who were counted, which the answer need
    # not repeat ("50% are very or fairly satisfied with the local police").
    if m and not _SHARE_OF.match(m.group(1)):
        words = m.group(1).split()
        head = words[-1]
        if _AGE_SPAN.search(m.group(1)):
            head = "age"  # "What age group is it aimed at?": "aimed at young people aged 11-24"
        elif len(words) >= 2 and head.lower() in _TALLIES and words[-2].islower():
            # "What audit outcome …", "what vote count …": a tally of a kind, which passages
            # on other outcomes ("This has led to improved outcomes") do not give.
            head = words[-2]
        elif len(words) >= 2 and any(
            head.lower() in nouns and words[-2].lower() in kinds for nouns, kinds in _OF_A_KIND
        ):
            # "What version number is given to the statement?", "What contingency funding had
            # the Council set aside?": a number or a sum of that kind, which a paper that never
            # speaks of one does not give.
            head = words[-2]
        word = head.lower().strip("’'")
        # "Which officer attended …, and what post is she given?": a who-question's post is
        # the title beside the name ("Mandeep Kaur, the Senior Economic Regeneration Officer").
        posts = _POST_NOUNS if asks == "who" else frozenset()
        if head[0].islower() and not {word, stem(word)} & (
            _KIND_NOUNS | _NOT_NOUNS | STOPWORDS | posts
        ):
            return Focus(word)
    m = _HOW_MUCH_NOUN.search(q)
    if m and stem(m.group(1).lower()) in _PAID:
        return Focus(m.group(1).lower())
    m = _CHANGING_NOUN.search(q) if asks == "how_much" else None
    m = m or _TAIL_NOUN.search(q)
    if m and (asks == "how_much" or (asks == "what" and stem(m.group(1).lower()) in _AMOUNTS)):
        word = m.group(1).lower()
        # "What was the outcome of the bid?" is answered by "successful", without the word.
        if not {word, stem(word)} & (_KIND_NOUNS | _NOT_NOUNS | STOPWORDS | _OUTCOMES):
            return Focus(word)
    due = _DUE_FOR.search(q)
    if due and asks == "when":
        # "When is the statement due for its next review?": the date of a review, which a
        # passage that never speaks of one does not give.
        return Focus(due.group(1).lower())
    sent = _SENT_OUT.search(q)
    if sent and asks == "when":
        # "On what date was the reports pack despatched to members?": the papers give their
        # meetings' dates, seldom when a pack went out; a passage that says so answers.
        return Focus(sent.group(1).lower())
    done = _DONE_WHEN.search(q)
    if done and asks == "when":
        # "What is the date on which the Police and Crime Plan was signed off?": the date of
        # the signing, which a passage on the plan's drafting that gives another date (the
        # PCC's election) does not give.
        return Focus(done.group(1).lower())
    if asks in ("who", "when"):
        return None
    m = _PAID_NAMED.search(q)
    if m:
        # "What was the police element of the council tax precept?": a sum paid under its
        # own name, wherever the question names it, which no other sum answers.
        return Focus(m.group(1).lower())
    if _JUDGING_VERB.search(q):
        return Focus("conclusion")
    if BID_OUTCOME.search(q):
        return Focus("successful", state=True)  # "the outcome of the Parks bid"
    m = _DID_VERB.search(q)
    if m:
        verb = m.group(1).lower()
        return Focus(_STATE_OF.get(verb, verb.removesuffix("e") + "ed"), state=True)
    # "The contract was due to end in March 2020. Was it extended?": the state asked of the
    # last sentence, after the one that sets the scene.
    last = _SENTENCE_BREAK.split(q)[-1]
    if _PLACE_OR_MANNER.search(last):
        return None  # "… and where will it then be reported?" asks where, not whether
    if _WHICH_TO_BE_DONE.search(last):
        return None  # "… which statistics were to be investigated?" asks which, not whether
    m = _STATE.search(TIME_CLAUSE.sub("", last)) or _BEEN_DONE.search(last)
    if not m or m.group(1).lower() in _NAMING:
        return None  # "What's it called?" asks for a name, not whether something was done
    return Focus(m.group(1).lower(), state=True)


def done_in(focus: Focus, sentence: str) -> bool:
    """Whether the sentence says the state was reached, not only that it is to be: "will be
    ‘published’" does not answer "Has it been published?"."""
    planned = re.compile(PLANNED_STATE.format(word=re.escape(focus.word)), re.IGNORECASE)
    return speaks_to(focus, term_set(planned.sub(" ", sentence)))


def speaks_to(focus: Focus, terms: set[str]) -> bool:
    """Whether stemmed `terms` use the focus word, inflected or negated ("approval" for
    "approved", "unsuccessful" for "successful": a no is an answer too), or for a decision
    one of the words decisions are recorded with (`_DECIDED_KIN`)."""
    f = stem(focus.word)
    if any(t == f or (len(f) >= 4 and (t.startswith(f) or t.endswith(f))) for t in terms):
        return True
    if not terms.isdisjoint(_NOUN_KIN.get(f, ())):
        return True
    return focus.state and not terms.isdisjoint(_DECIDED_KIN.get(focus.word, ()))


#: Nouns a paper names the thing asked for by (stems, matched whole): "What forthcoming
#: legislation …?" — "the forthcoming Domestic Abuse Bill".
_NOUN_KIN = {
    "legisl": frozenset(["act", "bill", "law", "statute", "statutory"]),
    "law": frozenset(["act", "bill", "legisl", "statute", "statutory"]),
    # "What changes had members asked for?": "… be amended in line with the comments".
    "chang": frozenset(["amend", "alter", "revis"]),
    # "What undertaking is recorded against Rik Basra?": "Rik Basra agreed to explore …".
    "undertak": frozenset(["agre", "undertook", "committ", "commit", "promis", "pledg"]),
    "commit": frozenset(["agre", "undertook", "undertak", "committ", "promis", "pledg"]),
    # "What age range does the category cover?": "Young Adults (18 –25 years old)".
    "age": frozenset(["old"]),
    "ethnic": frozenset(["ethnicity", "bame", "black", "asian", "minority", "race"]),
    "women": frozenset(["woman", "femal", "girl"]),
    "men": frozenset(["mal", "boy"]),
    "gender": frozenset(["women", "woman", "femal", "mal", "men"]),
    "disability": frozenset(["disabl"]),
    # "What further bidding round …?": "A further Night Time Economy (VAWG) bid opportunity
    # will be launched"; a funding round is a fund opened to bids.
    "round": frozenset(["opportunity", "fund", "tranch"]),
    # "Will the survey be repeated?": "The intention is that this will be an annual survey."
    "repeat": frozenset(["annual", "yearly", "annually", "again", "recur", "regular"]),
    # "Which areas were picked?": "… to shortlist potential areas: City/Blaby … were selected."
    "pick": frozenset(["select", "choos", "chosen", "chose", "shortlist"]),
    "select": frozenset(["pick", "choos", "chosen", "chose", "shortlist"]),
    "choos": frozenset(["pick", "select", "shortlist"]),
    "chosen": frozenset(["pick", "select", "shortlist"]),
}


#: Nouns for a judgement reached ("conclusion", "view", "verdict"), and how papers record one
#: without the noun: "It was agreed that although the Lancashire Model has many positives, it
#: does not directly fit". Phrases, not words: "to agree proposals" reaches nothing yet, and
#: "The Board considered a report" opens every minute.
_JUDGED = frozenset(["conclusion", "verdict", "opinion", "view", "judg"])
_JUDGING = re.compile(
    r"\b(?:agreed\s+that|concluded|felt\s+that|(?:was|were)\s+of\s+the\s+view|took\s+the\s+view|"
    r"decided\s+that|(?:was|were)\s+of\s+the\s+opinion)\b",
    re.IGNORECASE,
)


def judged_in(focus: Focus, text: str) -> bool:
    """Whether the text records a judgement a focus on one asks for ("What conclusion did the
    group come to?": "It was agreed that …")."""
    return stem(focus.word) in _JUDGED and bool(_JUDGING.search(text))


#: The words a paper records a decision with, for the state a question asks about ("Did the
#: Board sign off the plan?": "The plan was endorsed", "ratified"). Stems, matched whole:
#: "agreed" is left out, as it stems alike with "Agreement", a paper's title.
_DECIDED = ("approv", "endors", "ratifi", "adopt")
_DECIDED_KIN = {
    # "What was the outcome of the bid?": "… was awarded £250,000", "secured", "won".
    "successful": ("award", "secur", "win", "approv"),
    "approved": _DECIDED,
    # "Were they agreed?": "The SPB approved the report".
    "agreed": _DECIDED,
    "endorsed": _DECIDED,
    "adopted": _DECIDED,
    "rejected": ("refus", "refusal"),
}


_ROLE_QUESTION = re.compile(
    r"\bwho(?:[’']s\s+|\s+(?:is|was|are|were|will be|would be)\s+)"
    # "Who is named as the officer to contact for it?"
    # "Who is named as officer to contact …?": named as a role, with or without an article.
    r"((?:named|listed|given|shown|printed)\s+as\s+(?:the\s+|an?\s+)?|the\s+|an?\s+|its\s+|"
    r"[A-Z][\w’']*[’']s\s+)?"
    r"(.+?)(?:,|\s+and\s+(?:who|when|what|where|which|how|why|was|were|is|did)\b"
    r"|\s+(?:for|at|in|on|during|when|after|before|from|since|until|within|who|that|which)\b"
    # "Who is the analyst recruited to sit within the OPCC?": what is said of the post's
    # holder is not the post.
    rf"|\s+(?:{SAID_OF_A_HOLDER})\b"
    # "… about it?": the topic is the talk's; "… about county lines?" keeps its topic.
    r"|\s+(?:about|regarding)\s+(?:it|that|this|them|these|those)\b|$)",
    re.IGNORECASE,
)


#: "Who wrote the update?": the papers name a report's writer as its "Report Author".
_WHO_WROTE = re.compile(
    # "Which County Council community safety officer, the lead on hate, prepared …".
    r"\b(?:who|which\s+(?:[\w-]+\s+){0,4}?(?:officer|person))(?:\s*,[^,?]{1,80},)?\s+"
    r"(?:(?:wrote|authored|drafted|prepared|(?:has|had)\s+written)\s+(?!to\b)"
    r"(?:(?:the|this|that|its)\s+)?(?:[\w’'/-]+\s+){0,4}?"
    r"(?:report|update|paper|statement|strategy|briefing)\b"
    r"|(?:is|was)\s+(?:(?:named|listed|given|shown|printed)\s+as\s+(?:the\s+)?|the\s+)"
    r"(?:report\s+)?author"
    # A follow-up: "… who wrote it?"
    r"|(?:wrote|authored|drafted|prepared)\s+(?:it|this|that)\b(?=\s*\??\s*$))\b"
    # Typed as into a search box: "author of hate strategy report".
    r"|^(?:the\s+)?(?:report\s+)?author\s+of\b",
    re.IGNORECASE,
)


#: "Who do I contact about it?", "who should we contact about the Prevent report?"
_WHO_TO_CONTACT = re.compile(
    # "… who at the Commissioner's office would someone get in touch with about it?"
    r"\bwho\s+(?:(?:at|in|from)\s+[^?,]{3,60}?\s+)?(?:do|should|can|could|would|might)\s+"
    r"(?:i|we|they|you|one|someone|anyone|people|residents?|members?)\s+(?:contact|ask|speak\s+to|"
    r"talk\s+to|get\s+in\s+touch\s+with)\b"
    # "… and which officer is named as the officer to contact?"
    r"|\bwhich\s+(?:officer|person)\s+(?:is|was)\s+(?:named|listed|given|shown|printed)\s+"
    r"as\s+(?:the\s+)?officer\s+to\s+contact\b",
    re.IGNORECASE,
)


_NOW = re.compile(r"\s+(?:now|currently|today|these days|at (?:the moment|present))$", re.I)


def role_asked(question: str) -> str | None:
    """The role a "who is the …" question asks about ("Police and Crime Commissioner",
    "officer to contact", "Head of Community Safety"), or None for a question about what
    someone did ("Who gave the presentation?", "Who is leading …?", "Who was down to …?"). A
    role follows an article or possessive, or is capitalised ("Who was Police and Crime
    Commissioner in 2020?")."""
    if _WHO_WROTE.search(question):
        return "Report Author"  # "Report Author Anita Chavda Community Safety Officer"
    if _WHO_TO_CONTACT.search(question):
        return "Officer to Contact"  # "Officer to contact Sean Arbuthnot Prevent Coordinator"
    m = _ROLE_QUESTION.search(question.strip().rstrip("?!. "))
    if not m:
        return None
    # "Who is the Community Safety Coordinator now?": the time is not part of the role.
    role = _NOW.sub("", m.group(2).strip(" ,?!.")).strip(" ,")
    if re.fullmatch(r"(?:named\s+)?officers\s+to\s+contact", role, re.IGNORECASE):
        return "Officer to Contact"  # "Who were the officers to contact for …?"
    words = role.split()
    if not words or len(words) > 6:
        return None
    if not m.group(1) and not words[0][0].isupper():
        return None  # "who is responsible", "who was down to present"
    if people(role):
        return None  # "Who is Rik Basra?" asks who someone is, not who holds a role
    last = words[-1].lower()
    if last in STOPWORDS or last.endswith(("ed", "ing")) or words[0].lower().endswith("ing"):
        return None  # "who was the report presented by", "who is the one leading"
    return role


#: "Is Lord Bach still the PCC?": a person and a role they may no longer hold.
_STILL_HOLDS = re.compile(
    r"^\s*(?:is|are)\s+(?P<who>.+?)\s+still\s+(?P<role>(?:the|our)\s+[^?]+?)\s*\??\s*$",
    re.IGNORECASE,
)


#: A time a "still the PCC …" question names ("in March 2021", "at the last meeting"): it
#: asks of then, not of now.
_NAMES_TIME = re.compile(
    r"\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|last|previous|meeting)\b|\b(?i:january|february|april|june|july|august|"
    r"september|october|november|december)\b"
)


#: "Was Ivan Ould the chairman in December 2020?": a claim about who chaired a meeting.
_CHAIR_CLAIMED = re.compile(
    r"^\s*(?:was|were)\s+(?P<who>.+?)\s+(?:the\s+chair(?:man|woman|person)?|in\s+the\s+chair)"
    r"\b(?P<rest>[^?]*)\??\s*$",
    re.IGNORECASE,
)


#: "Did Lord Bach chair the 1 October 2018 meeting?", "Did Chris Hedworth present the Q3
#: 2020/21 report?": a person claimed to have done what the papers record of someone.
_DEED_CLAIMED = re.compile(
    r"^\s*did\s+(?P<who>.+?)\s+(?P<verb>chair|present|give)\s+(?P<rest>[^?]+?)\s*\??\s*$",
    re.IGNORECASE,
)
#: "Was the December 2020 board meeting held at County Hall, Glenfield?": a venue claimed.
_VENUE_CLAIMED = re.compile(
    r"^\s*(?:was|were)\s+(?P<what>[^?]*?\bmeetings?\b[^?]*?)\s+held\s+(?:at|in|via|on|by)\s+"
    r"(?P<where>[^?]+?)\s*\??\s*$",
    re.IGNORECASE,
)
_DEEDS = {"chair": "chaired", "present": "presented", "give": "gave"}


#: What a question claims: a person ("Lord Bach") or a place ("County Hall").
Claim = tuple[str, str]


def role_question_and_claim(question: str) -> tuple[str, Claim | None]:
    """ "Is Lord Bach still the PCC?" asked as "Who is the PCC now?": the latest papers name
    whoever holds the role, and saying so answers whether it is still the person named. "Was
    Ivan Ould the chairman in December 2020?" is asked as "Who was in the chair in December
    2020?": the minutes name the chair, which answers the claim either way. With the
    question asked comes the person or place it claimed (("person", "Lord Bach")), which
    the answer then says yes or no to; a question that claims nothing comes back as it is,
    with None."""
    chair = _CHAIR_CLAIMED.match(question)
    if chair and people(chair.group("who")):
        return f"Who was in the chair{chair.group('rest')}?", ("person", chair.group("who"))
    # "Did Lord Bach chair the October 2018 meeting?" as "Who chaired the October 2018
    # meeting?": whoever the minutes name answers the claim either way; so does the venue
    # they give for "Was the meeting held at County Hall?".
    deed = _DEED_CLAIMED.match(question)
    if deed and people(deed.group("who")):
        asked = f"Who {_DEEDS[deed.group('verb').lower()]} {deed.group('rest')}?"
        return asked, ("person", deed.group("who"))
    venue = _VENUE_CLAIMED.match(question)
    if venue:
        return f"Where was {venue.group('what')} held?", ("place", venue.group("where"))
    m = _STILL_HOLDS.match(question)
    if not m or not people(m.group("who")) or _NAMES_TIME.search(m.group("role")):
        return question, None  # "… still the PCC in March 2021?" asks of then, not now
    asked = f"Who is {m.group('role')} now?"
    return (asked, ("person", m.group("who"))) if role_asked(asked) else (question, None)


def as_role_question(question: str) -> str:
    """The question a claim is asked as (`role_question_and_claim`)."""
    return role_question_and_claim(question)[0]


def claim_put(question: str) -> Claim | None:
    """The person or place a question claims (`role_question_and_claim`), or None."""
    return role_question_and_claim(question)[1]


#: "What are the next steps for …", "what were the financial implications of …": a part of a
#: report asked for by the heading such parts go under.
_SECTION_ASKED = re.compile(
    r"^\s*what\s+(?:are|is|were|was)\s+the\s+((?:[a-z]+\s+){0,2}?[a-z]+)\s+"
    r"(?:for|of|in|on|to|about|from|regarding|with)\b",
    re.IGNORECASE,
)


def section_asked(question: str) -> set[str]:
    """The stemmed words of what a "what are the X for …" question asks for (`_SECTION_ASKED`),
    or none: a part of a report when a paragraph's heading is X ("Next steps"), which is
    where it counts; "the budget for 2021" names no heading and so counts nowhere."""
    m = _SECTION_ASKED.search(question)
    return term_set(m.group(1)) if m else set()


def under_section(heading: str, asked: set[str]) -> bool:
    """Whether a paragraph whose heading is `heading` ("Female Offender Strategy › Next
    steps") lies under the part of a report a question asks for (`section_asked`)."""
    return bool(asked) and term_set(heading.split("›")[-1]) == asked
