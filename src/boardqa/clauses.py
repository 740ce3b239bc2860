"""A question's clauses (pure): the scene it sets ("When X updated the Board, …"), what it
sets aside ("Besides the December meeting, …"), and the parts of a question that asks several
things ("Who wrote the report, and who is the officer to contact?").

`query.understand` reads the clause that asks; the answerer answers each part on its own.
"""

from __future__ import annotations

import re

from boardqa.words import content_terms

#: "When Gurjit Samra-Rai updated the Board in October 2018, what did she say …": a clause
#: opening on "when" (or "after", "while", "once") and closed by a comma before a question
#: word sets the scene; what is asked follows it. "When did …, and …" is a question itself.
_SCENE = re.compile(
    # "At the 1 October 2018 meeting, when members doubted …, what did Rik Basra agree to do?"
    r"^(?:(?:at|in|on|during)\s+[^,?]{3,60},\s*)?(?:when|while|after|once|as)\s+"
    r"(?!(?:did|does|do|was|were|is|are|has|have|had|will|"
    r"would|can|could|should)\b)[^?]*?,\s*(?=(?:what|who|whom|which|how|why|where|when|did|"
    r"does|do|was|were|is|are|has|have|had|will|would|can|could)\b"
    # "When the Chairman asked about County Lines, of which national strategy was it …?"
    r"|(?:of|in|to|from|by|for|with|under|on|at|through)\s+(?:which|what|whom)\b)",
    re.IGNORECASE,
)


#: "Besides Dame Black's review, which other publication …": what the question sets aside.
_SET_ASIDE = re.compile(
    r"^(?:besides|apart from|aside from|other than|except(?: for)?|as well as)\s+([^,?]{3,80}),\s*"
    # "Besides Lord Willy Bach, who chairs it, which members …": what is said of it too.
    r"(?:(?:who|which|whose)\s+[^,?]{2,60},\s*)?",
    re.IGNORECASE,
)


def without_set_aside(q: str) -> str:
    """The question without what it sets aside: its words name the passage that is not the
    answer, and would pull the search towards it."""
    m = _SET_ASIDE.match(q)
    if not m or re.search(r"\b(?:that|this|it|them|those|these)\b", m.group(1), re.IGNORECASE):
        return q  # "Apart from that, …": what is set aside is what the talk was about
    return q[m.end() :]


#: An instruction after the question on the form of the answer ("… at the meeting? Cite the
#: minutes.", "Give name and rank as printed.", "Quote the resolution."): how an evaluator
#: asks, not more to look for. "Give the 2021 figure too." asks for more, and stays.
_INSTRUCTION = re.compile(
    r"(?<=\?)\s+(?:please\s+)?(?:(?:cite|quote)\b[^?]*"
    r"|[^?]*\b(?:as printed|the wording|exact (?:items|wording|words)|verbatim)\b[^?]*)$",
    re.IGNORECASE,
)


def without_instructions(q: str) -> str:
    """The question without instructions that follow it on how to answer (`_INSTRUCTION`);
    an instruction that is the whole question ("List the minimum standards …") stays."""
    out = _INSTRUCTION.sub("", q.strip())
    return out if out.strip() else q


#: Who is asking, said before the question: "I'm a community safety officer at one of the
#: district councils. …", "I work for Women's Aid Leicestershire. …", "As a probation manager:
#: …", "From a DA service point of view, …". The asker's own organisation is not what the
#: question looks for, and its words ("Bosworth", "Aid") would otherwise be taken for the
#: topic the archive must mention.
_ASKER_SENTENCE = re.compile(
    r"^(?:i['’]m|i am|we['’]re|we are)\s+(?:a|an|the|at|with|from|on|in|one|part|based|"
    # "I'm new to this - what is First Contact Plus?": a dash ends it too.
    r"responsible|new|working)\b[^.?!:–—]*?(?:[.!:]|\s[-–—])\s+(?=\S)"
    r"|^(?:i|we)\s+(?:work|manage|lead|run|chair|head|represent|coordinate|co-ordinate|"
    r"provide|deliver|support|offer|commission|operate|host|organi[sz]e|help|helped|want|need|"
    r"keep)\b"
    r"[^.?!:]*[.!:]\s+(?=\S)",
    re.IGNORECASE,
)
#: "As a probation manager, …", "As the community safety officer at Blaby: …"; "As the report
#: said, …" sets a scene, not an asker, so "as the" needs a post at its end.
_ASKER_AS = re.compile(
    r"^(?:speaking\s+)?as\s+(?:(?:a|an|one of the|someone|somebody)\s+"
    # "As a result of the review, …" is a scene, not an asker.
    r"(?!(?:result|consequence|whole|rule|matter|reminder|example|follow)\b)[^,:;?.]{3,60}?"
    r"|the\s+[^,:;?.]{0,50}?\b(?:officer|manager|lead|chair|co-?ordinator|director|head|"
    r"member|inspector|representative|rep|worker|councillor)(?:\s+(?:at|for|of|in)\s+"
    r"[^,:;?.]{2,40}?)?)(?:\s*[,:;]\s*|\s+(?=i\b|i['’]))",
    re.IGNORECASE,
)
_ASKER_VIEW = re.compile(
    # "From the police side, who attended?": "the police" is the topic, not the asker.
    r"^from\s+(?:a|an|my|our)\s+[^,?]{2,50}?\s+(?:point of view|perspective|standpoint|"
    r"side|angle)\s*[,:]\s*",
    re.IGNORECASE,
)
#: "I'd like to know what …", "Can you tell me who …": a request wrapped round the question.
_ASKER_REQUEST = re.compile(
    r"^(?:i['’]d like to know|i would like to know|i want to know|i['’]d like to find out|"
    r"i was wondering|i['’]m wondering|(?:can|could) you (?:please )?tell me|please tell me|"
    r"tell me)\s+(?=(?:who|whom|whose|what|when|where|which|how|why|if|whether)\b)",
    re.IGNORECASE,
)
#: "I'm told the strategy work is jointly led. Who …": what the asker heard is the ground of
#: the question; the hearing is not.
_ASKER_HEARD = re.compile(
    r"^(?:(?:and|but|also|so),?\s+)?(?:i['’]m told|i['’]ve (?:been told|heard|read)|i hear|"
    r"i heard|i read|i was told|i understand|i gather)(?:\s+that)?\s+"
    r"(?!nothing\b|no\b|little\b)",
    re.IGNORECASE,
)


#: "What are we meant to do …", "When did it go live?": the question is about what the
#: introduction names (the asker's own body, or the thing they work on).
_POINTS_BACK = re.compile(
    r"\b(?i:we|our|us|me|my)\b(?!['’])|\bI\b(?![.'’])"
    # "it" or "they" only near the start: later in the sentence they point back to what the
    # sentence itself has named ("… deliver the LLR Action Plan, and where will the update
    # reports on it go?").
    r"|^(?:\S+\s+){0,4}?(?i:it|they|them)\b(?!['’])"
    # "What documents are attached to that report?", "What explanation was offered for that?"
    r"|\b(?i:that|this|these|those)\s+(?!(?i:the|a|an|is|was|were|are|it|its|they|he|she|we|i|"
    r"there|would|will|could|should|can|may|might|had|has|have|did|does|do)\b)[A-Za-z]+"
    r"|\b(?i:for|about|of|on|with|to|after|behind)\s+(?i:that|this)\b(?!\s+[A-Za-z])"
)


def without_asker(q: str) -> str:
    """The question without who is asking (`_ASKER_SENTENCE`, `_ASKER_AS`, `_ASKER_VIEW`), a
    request wrapped round it ("I'd like to know what …") or the hearing of what it rests on
    ("I'm told …", `_ASKER_HEARD`); a question that is nothing else stays as it is."""
    out = q.strip()
    for pattern in (_ASKER_SENTENCE, _ASKER_AS, _ASKER_VIEW, _ASKER_REQUEST, _ASKER_HEARD):
        rest = pattern.sub("", out, count=1)
        # "I chair a CSP. What are we meant to do with …", "I work on the youth survey. When
        # did it go live?": the question is about what the introduction names.
        # ("I'd like to know …" and "I'm told …" after the introduction are not that.)
        tail = _ASKER_HEARD.sub("", _ASKER_REQUEST.sub("", rest.strip(), count=1), count=1)
        # (In the first sentence after it: "The strategy is jointly led. Who leads it?" points
        # back to the strategy.)
        first = re.split(r"(?<=[.?!])\s+", tail, maxsplit=1)[0]
        about_asker = pattern not in (_ASKER_REQUEST, _ASKER_HEARD) and _POINTS_BACK.search(first)
        if len(content_terms(rest)) >= 2 and not about_asker:
            out = rest
    return out[:1].upper() + out[1:] if out != q.strip() else q


#: "… for 11 to 24 year olds. Is that right?", "… got £1.2 million, right?": the tag that puts
#: a claim to be checked. Its words ("right", "true") are in no passage that answers.
_CHECK_TAG = re.compile(
    r"(?:[.!]\s+|,\s*)(?:(?:is|was)\s+(?:that|this|it)\s+)?(?:right|correct|true|accurate|so)"
    r"\s*\?\s*$",
    re.IGNORECASE,
)


def without_check_tag(q: str) -> str:
    """The claim without the tag that asks whether it is right (`_CHECK_TAG`), to search
    with; the question keeps it, which says a claim is put to be checked."""
    out = _CHECK_TAG.sub("?", q.strip())
    return out if len(content_terms(out)) >= 2 else q


def asked_clause(q: str) -> str:
    """The question without a scene-setting opening clause (see `_SCENE`)."""
    return _SCENE.sub("", q, count=1)


#: Where a sentence ends: after a word of two lower-case letters or more, two capitals or two
#: digits ("… coming up. When …", "… for the whole of LLR. What …", "… in March 2021. Which
#: …"; "Dr.", "U.K.", "Mrs.", "Cllr." and "Supt." end no sentence).
SENTENCE_END = (
    r"(?:(?<=(?-i:[a-z]{2}|[A-Z]{2}|[0-9]{2})[.?!])(?<!Mrs\.)(?<!Cllr\.)(?<!Supt\.)(?<!vs\.)"
    # A sentence that ends on a quotation: 'It says "… for endorsement". What did …?'
    r"|(?<=(?-i:[a-z]{2}|[0-9]{2})[\"”’'][.?!])|(?<=(?-i:[a-z]{2}|[0-9]{2})[.?!][\"”]))"
    r"\s+(?=[A-Z])"
)
#: A part of a question opened by where to look, then asking how many or how much ("in the
#: probation slides the move is from how many …").
_WHERE_TO_LOOK = (
    r"(?:in|on|from|within|according\s+to)\s+(?:the\s+)?[^,?;]{3,60}?\b(?:how\s+many|"
    r"how\s+much)\b"
)
_CLAUSE_BREAK = re.compile(
    r"\s+[-–—]\s+|;\s+|,?\s+and\s+(?=(?:who|whom|what|when|where|which|how|why|was|were|did|"
    r"is|are|has|had|will|would|can|could|does|do|should)\b)"
    # "What date was that, what do the slides call that day": a comma before a question word
    # ("which" and "who" after a comma open relative clauses); "… would be unified. What date
    # was that?": a new sentence.
    rf"|,\s+(?=(?:what|when|where|how|why)\b)|{SENTENCE_END}"
    # "On which date …, and in the probation slides the move is from how many …?": a second
    # question that opens on where to look.
    rf"|,\s+and\s+(?={_WHERE_TO_LOOK})"
    # "…, and through which returns will it be tracked?", "…, and for what period is the
    # funding likely to be secured?", "…, and for how long was its funding secured?", "…, and
    # over what period was the project to run?": a question word after its preposition, with
    # a verb of its own ("…, and at what risk level?" goes on about the part before it).
    r"|(?:,\s+|,?\s+and\s+)(?=(?:through|by|to|from|in|on|at|for|with|under|into|via|over|"
    r"during|within|across)\s+"
    r"(?:which|what|whom|how\s+(?:long|much|many|often))\b(?:(?!\band\b)[^?,])*?"
    r"\b(?:is|are|was|were|will|would|did|does|do|has|have|had|can|could|should|must)\b)"
    # "… in March 2021, and by June how much had the bid secured?": a time, then the question.
    # (A time with its year, "and by December 2020 when …", is a period the question
    # compares, which the answerer searches period by period.)
    r"|,?\s+and\s+(?=(?:by|in|at|on|since|after)\s+(?:the\s+)?[A-Z](?:(?!\band\b)[^,?\d])"
    r"{0,40}?,?\s+(?:who|whom|what|when|where|which|how)\b)",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r",\s+(?=(?:who|whom|which)\b)", re.IGNORECASE)
#: "What was the election date, who was elected, and …?": a question whole before the comma
#: (a question word, a form of "be" and what it asks of), so what follows asks anew; "What did
#: the officer, who was appointed in 2019, say?" is not whole before it.
_WHOLE_QUESTION = re.compile(
    r"^(?:what|which|how\s+(?:much|many))\b[^,]*?\s(?:was|were|is|are)\s+"
    r"(?:the|its|their|his|her)\s+[^,]+$",
    re.IGNORECASE,
)
#: A part that asks something has a question word among its first words ("About how much",
#: "Q2 2018/19: what % …"); other parts set the scene ("Bob Bearne told the Board …").
_ASKS = re.compile(
    # "In the key findings in the March 2021 pack, what share …": a phrase of place first.
    # "After probation unification, roughly what share …": a phrase of time first.
    # "By the March 2021 meeting, what had happened …": a time reached, first.
    rf"^(?:(?={_WHERE_TO_LOOK})|(?:(?:in|on|at|from|for|within|under|according\s+to|after|"
    r"before|since|following|during|by|as\s+of|until|around)\s+"
    r"[^,?;]{3,80},\s*)?"
    r"(?:(?:was|were|did|does|do|is|are|has|have|had|can|could|will|would|should|tell|give|"
    r"list|name|describe|explain|summarise)\b|(?:\S+\s+){0,3}?(?:who|whom|whose|what|when|"
    r"where|which|how|why)\b))",
    re.IGNORECASE,
)


#: A dictated piece names its topic first and asks after it ("so safer streets round two the
#: home office one that launched in january how big was the pot"): a question word with its
#: verb inside the piece; not one that reports what was said ("In March the OPCC said who it
#: would develop it with").
_ASKS_AFTER_TOPIC = re.compile(
    r"^(?!.*\b(?:said|says|told|asked|reported|mentioned|noted|stated)\b)"
    # Not "which" or "who" (they open relative clauses: "the findings which were presented"),
    # and "when" or "where" only with the verb straight after ("when it went out" is a time).
    r".*(?:\b(?:what|how)\s+(?:[a-z]+\s+)?|\b(?:when|where|why)\s+)"
    r"(?:was|were|is|are|did|does|do|has|have|had|will|would|can)\b",
    re.IGNORECASE,
)


#: "When it was questioned in December 2020 why …, what explanation was offered?": "when"
#: without its verb straight after opens a clause of time, not a question.
_CLAUSE_OF_TIME = re.compile(
    r"^when\s+(?!(?:was|were|is|are|did|does|do|has|have|had|will|would|can|could|"
    r"should|must|may|might|exactly|precisely|roughly|approximately|in|on|at|during)\b)",
    re.IGNORECASE,
)


#: "When those findings came, what share …?": the question after a clause of time.
_ASKED_AFTER = re.compile(
    r",\s*(?:what|who|whom|which|how|why|where|when|did|does|do|was|were|is|are)\b", re.I
)


def asks_something(piece: str) -> bool:
    """Whether a piece of a question asks ("Who wrote …", "Was the bid successful") rather
    than sets the scene ("The officer who presented … also spoke in 2018.", "When it was
    questioned …")."""
    piece = piece.strip()
    if _CLAUSE_OF_TIME.match(piece) and not _ASKED_AFTER.search(piece):
        return False
    return bool(_ASKS.match(piece))


#: Where a scene may end: a dash, a sentence's end, a semicolon ("In December 2020 the Board
#: resolved to invite Dr Hardy …; in the key findings, what share …?").
_SCENE_BREAK = re.compile(rf"\s+[-–—]\s+|;\s+|{SENTENCE_END}")


def after_scene(question: str) -> str:
    """The question from its first piece that asks something: "The older minutes mention X -
    who holds the post now?" asks only after the dash."""
    pieces = _SCENE_BREAK.split(question.strip())
    for i, piece in enumerate(pieces):
        if asks_something(piece) and not (i + 1 < len(pieces) and _WHEN_CLAUSE.match(piece)):
            return " ".join(pieces[i:])
    return question


#: "When the agreement went to the board in December 2018, officers said …. Which format?":
#: a sentence that opens on a "when" clause and goes on to say something sets the scene.
_WHEN_CLAUSE = re.compile(
    r"\s*when\s+[^,?]{6,},\s+(?!(?:who|what|when|where|which|how|why)\b)\w", re.I
)


#: "…, and with the local council?": a second part that repeats the first but for its last
#: phrase.
_ELLIPSIS = re.compile(
    r"^(.+?),?\s+and\s+(with|for|in|at|on|from|by|of|to)\s+([^,?]+?)\s*\?*$", re.IGNORECASE
)


#: "…, and how did that compare with the police?", "…, and what about the police?": the first
#: part asked again of something else.
_COMPARED_WITH = re.compile(
    r"^(.+?),?\s+and\s+(?:how\s+(?:did|does|do|has|had)\s+(?:that|it|this|they|those)\s+"
    r"compare(?:d)?\s+(?:with|to)|what\s+about)\s+([^,?]+?)\s*\?*$",
    re.IGNORECASE,
)


#: A measure named after a "with" ("with injury rate"): the "with" is part of its name.
_MEASURE_AFTER = re.compile(r"\b(?:rates?|figures?|levels?|numbers?|totals?)\b", re.IGNORECASE)


def sub_questions(question: str) -> list[str]:
    """The parts of a question that asks several things ("Who wrote the report, and who is the
    officer to contact?"; "The March report mentioned elections - who became PCC and when was
    he welcomed?"), each to be answered on its own; [] for a question that asks one thing.
    A part that sets the scene rather than asks goes with the part after it, which it is
    about ("… would be unified. What date was that?")."""
    compared = _COMPARED_WITH.match(question.strip())
    if compared and not re.search(r"\d", compared.group(2)):
        # "… satisfied with the local council's response, and how did that compare with the
        # police?": the first part again, with the police for the council.
        first, other = compared.group(1), compared.group(2)
        at = first.lower().rfind(" with ")
        if at > 0 and _MEASURE_AFTER.search(first[at:]):
            # Not a "with" inside the measure's name ("the violence with injury rate in Q2 …,
            # and how does it compare with the region?"): one question, whose paragraph
            # gives the comparison beside the figure.
            return []
        if at > 0:
            return [first, f"{first[:at]} with {other}"]
    elided = _ELLIPSIS.match(question.strip())
    # "…, and in the Q3 2020/21 report?" compares two times, which the answerer searches
    # period by period.
    if elided and not re.search(r"\d", elided.group(3)):
        # "What share were satisfied with the local police, and with the local council?":
        # the second part is the first with its last phrase replaced.
        first, prep, rest = elided.group(1), elided.group(2), elided.group(3)
        # "When are the services unified, and which organisations won the call-offs for
        # accommodation and for ETE?": the last of the parts before is the one asked again.
        before = sub_questions(first) or [first]
        at = before[-1].lower().rfind(f" {prep.lower()} ")
        if at > 0:
            return [*before, f"{before[-1][:at]} {prep} {rest}"]
    pieces: list[str] = []
    for piece in _CLAUSE_BREAK.split(question.strip()):
        # "Under the arrangements proposed in 2018, who would hold …": after a scene, a comma
        # before "who" or "which" starts the question; after a question it opens a relative
        # clause ("What did the officer, who was appointed in 2019, say?").
        head, *rest = _RELATIVE.split(piece, maxsplit=1)
        split = rest and (
            not asks_something(head)
            or (_WHOLE_QUESTION.match(head) and rest[0][:4].lower() == "who ")
        )
        pieces += [head, *rest] if split else [piece]
    parts: list[str] = []
    scene = ""
    for part in (p.strip(" ,?") for p in pieces):
        if not asks_something(part) and not _ASKS_AFTER_TOPIC.search(part):
            scene = f"{scene} {part}".strip()
            continue
        parts.append(f"{scene} - {_what_it_was(scene, part)}" if scene else part)
        scene = ""
    if scene and parts:
        parts[-1] = f"{parts[-1]} - {scene}"
    parts = [p for p in parts if len(content_terms(p)) >= 2]
    return parts if len(parts) > 1 else []


#: "The December 2018 paper gave an end date for the contract. What was it, and …?": the thing
#: the scene says was given is what "it" asks for.
_GIVEN_IN_SCENE = re.compile(
    r"\b(?:gave|gives|set|sets|named|names|quoted|quotes|stated|states|recorded|records|"
    r"listed|lists|put|puts|cited|cites|mentioned|mentions)\s+(?:an?|the)\s+(?P<thing>[^.;?]+?)"
    r"\s*[.;]?\s*$",
    re.IGNORECASE,
)
_WHAT_WAS_IT = re.compile(r"^(?:what|which)\s+(?:was|is)\s+(?:it|that|this)$", re.IGNORECASE)


def _what_it_was(scene: str, part: str) -> str:
    """ "What was it" after a scene that gave a thing ("… gave an end date for the contract")
    as "What was the end date for the contract", so that what is asked for is read; any other
    part as it is."""
    given = _GIVEN_IN_SCENE.search(scene)
    if given is None or not _WHAT_WAS_IT.match(part.strip()):
        return part
    return f"{part.split()[0]} was the {given.group('thing')}"


#: "The March 2021 OPCC update said PCC elections were going ahead - …": a question that opens
#: on what a paper said, before what it asks.
_PAPER_SAID = re.compile(
    r"^(?:back\s+in\s+|in\s+)?(?:the\s+)?[^.?;:–-]{0,60}\b(?:report|update|paper|minutes|"
    r"newsletter)\s+(?:said|says|mentioned|mentions|noted|notes|stated|states|reported|"
    r"highlighted|highlights)\b(?:\s+that)?\s+(?P<claim>[^?]*)$",
    re.IGNORECASE,
)


def paper_said(question: str) -> tuple[str, str] | None:
    """The opening that says what a named paper said ("The March 2021 OPCC update said PCC
    elections were going ahead"), and the claim it reports ("PCC elections were going
    ahead"), when the question asks something after it; else None. That claim is the
    question's ground, and is cited too."""
    asked = after_scene(question)
    scene = question[: len(question) - len(asked)].strip(" -–:;.")
    m = _PAPER_SAID.match(scene) if asked != question else None
    return (scene, m.group("claim")) if m else None
