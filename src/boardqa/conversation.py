"""What the talk is about, so follow-ups work: "What happened to action 6?" → "Who is
responsible for it?" → "And what did the minutes say?"."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from boardqa.answer.mentions import salient_tokens
from boardqa.parse.dates import MONTH_NAMES
from boardqa.pronouns import named_back
from boardqa.query import QueryIntent
from boardqa.words import content_terms, term_set

if TYPE_CHECKING:
    from boardqa.answer.citations import Answer

_REFERS_BACK = re.compile(
    r"\b(it|its|it's|this|that|these|those|they|them|their|he|she|his|her|the action|"
    r"this action|that action|the same|there|each one|either one|which one)\b",
    re.IGNORECASE,
)
_CONTINUES = re.compile(r"^\s*(and|also|what about|how about|then|so)\b", re.IGNORECASE)
#: "the programme", "that strategy": a thing named before, by its common noun.
_THE_NOUN = re.compile(r"\b(?:the|that|this|these|those)\s+([a-z][a-z-]{3,})\b")
#: A follow-up asking what came after the turn before ("When did it actually go live?",
#: "What became of it in the end?"): not of the last turn's meeting alone.
_LATER = re.compile(
    r"\b(?:eventually|in the end|later(?! than)|subsequently|since then|afterwards|"
    r"what became of|what happened next|"
    # "How much did the town centres bid go on to secure?"
    r"(?:go|goes|went|gone)\s+on\s+to|ended\s+up|end\s+up)\b"
    # "When did it actually go live?"; not "whether the programme actually works".
    r"|\bwhen\b[^?]*\bactually\b|\bactually\s+(?:happened|went|came|took|started|began)\b",
    re.IGNORECASE,
)

#: A month (`MONTH_NAMES`: every spelling, full and short) or a year among a turn's words.
_DATE_WORD = re.compile(rf"(?:19|20)\d\d|{MONTH_NAMES}")

#: Words any question may use without naming a subject ("ask", "say", "do"): stemmed.
_GENERIC_STEMS = frozenset(
    term_set("ask asked say said tell told do did mean show give gave happen happened note")
)

#: A thing named with "the": "the county lines report", "the youth survey".
_THE_PHRASE = re.compile(r"\bthe\s+((?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)")

#: Nouns every question about the Board may use without pointing back.
_EVERYWHERE = frozenset(["board", "meeting", "meetings", "minutes", "papers", "archive"])


#: Words of which a follow-up's own replaces the last turn's: "and locally?" after "Prevent
#: referrals nationally" asks of the area, not the country.
_PAIRS = (("locally", "nationally"), ("local", "national"))
_OPPOSITE = {**dict(_PAIRS), **{b: a for a, b in _PAIRS}}


#: How many words a turn passes on to the next.
MAX_TERMS = 12


@dataclass
class Turn:
    question: str
    answer: str
    action_number: str | None
    meetings: list[str]
    terms: list[str]
    cited: list[str] = field(default_factory=list)


@dataclass
class Conversation:
    turns: list[Turn] = field(default_factory=list)
    #: Whether the turn being answered names something the talk was not about (set by
    #: `resolve`, read by `record`).
    _new_subject: bool = field(default=False, repr=False)

    @property
    def focus_action(self) -> str | None:
        """The action the last turn was about: once the talk moves on to something else, a
        later "who is responsible for it?" is not about an action asked of earlier."""
        return self.turns[-1].action_number if self.turns else None

    def is_follow_up(self, question: str, intent: QueryIntent) -> bool:
        if not self.turns:
            return False
        short = len(intent.terms) <= 3
        return bool(
            _REFERS_BACK.search(question)
            or _CONTINUES.search(question)
            or short
            or _points_back(question, self.turns[-1])
        )

    def elliptic(self, question: str) -> str | None:
        """The last question asked again of another thing, for a follow-up that names only
        that thing ("How much is Leicester City Council getting?" → "And Blaby?" asks "How
        much is Blaby getting?"; "… in 2021/22?" → "What about 2020/21?"), or None."""
        if not self.turns:
            return None
        return asked_again(self.turns[-1].question, question)

    def named_back(self, question: str) -> str | None:
        """The follow-up with "she", "his" or "her" as the one person the last answer named
        ("What is her job title?" after the officer to contact), or None
        (`pronouns.named_back`)."""
        if not self.turns:
            return None
        last = self.turns[-1]
        return named_back(question, last.question, last.answer)

    def resolve(
        self, intent: QueryIntent, question: str, said: str = ""
    ) -> tuple[QueryIntent, str]:
        """The intent with what the conversation supplies, and the text to search with.
        `said` is the question as the user put it, before its words of speech were dropped
        ("When did it actually go live?" asks what came after)."""
        if not self.is_follow_up(question, intent):
            return intent, question
        last = self.turns[-1]
        self._new_subject = _names_new_subject(intent, question, last) and not (
            _REFERS_BACK.search(question) or _points_back(question, last)
        )
        if not intent.action_number and self.focus_action and not self._new_subject:
            intent = replace(intent, action_number=self.focus_action)
        if not intent.meetings and last.meetings and not (intent.since or intent.until):
            held = tuple(date.fromisoformat(d) for d in last.meetings)
            if _LATER.search(said or question):
                # "When did it actually go live?" after the March 2021 report of its start:
                # what came after, in that meeting's papers or a later one's.
                intent = replace(intent, since=min(held))
            else:
                intent = replace(intent, meetings=held)
        if self._new_subject and not _CONTINUES.search(question):
            # "Who is the PCC?" after an action: the meeting still holds, the words do not.
            return intent, question
        # "… nationally" then "and locally?": the follow-up's own side replaces the other.
        contrary = {_OPPOSITE[t] for t in intent.terms if t in _OPPOSITE}
        carried = [t for t in last.terms if t not in intent.terms and t not in contrary]
        if intent.since and _LATER.search(said or question):
            # Not the last turn's month and year: they would hold the search to its meeting.
            carried = [t for t in carried if not _DATE_WORD.fullmatch(t)]
        # What the talk was about goes first, as a scene (`clauses.after_scene`): it finds the
        # passage, and the question's own words pick the sentence ("And who is the second
        # cohort aimed at?" after the first cohort's graduation).
        # (A capital after the full stop, so that it ends a sentence however the user typed.)
        asked = question[:1].upper() + question[1:]
        query_text = f"{' '.join(carried)}. {asked}" if carried else question
        return replace(
            intent, terms=intent.terms + tuple(carried), borrowed=tuple(carried)
        ), query_text

    def record(
        self, question: str, intent: QueryIntent, answer: Answer, about: str | None = None
    ) -> None:
        """Keep the turn; `resolve` has said whether it named a new subject. `about` is what
        the answer found when that, not what the question names, is what the talk is now
        about ("Which item follows the Victim First presentation?" → the item after it)."""
        if about:
            terms = list(content_terms(about))[:MAX_TERMS]
        elif self._new_subject:
            terms = list(content_terms(question))
        else:
            # What the turn was about, with what it borrowed ("What are the next steps for
            # it?" is about the strategy the turn before named), its own words first; a turn
            # on a new subject passes on only its own.
            terms = list(dict.fromkeys([*content_terms(question), *intent.terms]))[:MAX_TERMS]
        self.turns.append(
            Turn(
                question=question,
                answer=answer.text,
                action_number=intent.action_number,
                meetings=[d.isoformat() for d in intent.meetings],
                terms=terms,
                cited=[c.id for c in answer.citations],
            )
        )

    # -- persistence (`boardqa ask --session FILE`, the chat's saved conversations) -----------

    def to_json(self) -> dict[str, Any]:
        return {"turns": [t.__dict__ for t in self.turns]}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Conversation:
        return cls([Turn(**t) for t in data.get("turns", [])])

    def save(self, path: Path) -> None:
        tmp = path.with_suffix(path.suffix + ".tmp")
        tmp.write_text(json.dumps(self.to_json(), ensure_ascii=False, indent=1))
        tmp.replace(path)

    @classmethod
    def load(cls, path: Path) -> Conversation:
        if not path.exists():
            return cls()
        return cls.from_json(json.loads(path.read_text()))


def _points_back(question: str, last: Turn) -> bool:
    """Whether the question names the last turn's subject by its common noun and nothing new
    by name: "Was any external evidence cited on whether the programme actually works?" after
    "What did the Board hear about the Mentors in Violence Prevention Programme?"."""
    if salient_tokens(question):
        return False
    said = {t.lower() for t in last.terms}
    return any(
        m.group(1) in said and m.group(1) not in _EVERYWHERE for m in _THE_NOUN.finditer(question)
    )


def _names_new_subject(intent: QueryIntent, question: str, last: Turn) -> bool:
    """A follow-up that names something else: a name neither the last question nor its answer
    used ("What about the County Lines report?", "Who is the PCC?" after an action; not "What
    is the RAG status?" after an action whose answer gave it), or many words of its own."""
    said = set(re.findall(r"[a-z0-9]+", f"{last.question} {last.answer}".lower()))
    names = [t for t in salient_tokens(question) if not t[0].isdigit()]
    # "What did the county lines report ask the board to do?" after a turn on Prevent: a
    # thing named with "the" by two words the last turn never used, in lower case, is a new
    # subject too ("applications close when", "phone number?" name none).
    unsaid = term_set(question) - term_set(f"{last.question} {last.answer}") - _GENERIC_STEMS
    named = term_set(" ".join(m.group(1) for m in _THE_PHRASE.finditer(question)))
    return (
        len(intent.terms) >= 4
        or any(not set(re.findall(r"[a-z0-9]+", t.lower())) <= said for t in names)
        or (len(unsaid & named) >= 2 and not _REFERS_BACK.search(question))
    )


#: "And Blaby?", "What about Harborough?", "and for 2020/21?": a follow-up that names only
#: the thing the last question is now asked of.
_ELLIPTIC = re.compile(
    # "And what was it in 2018?", "what were they for Blaby?": the last question's answer
    # asked of another period or thing.
    r"^\s*(?:(?:and\s+)?what\s+(?:was|is|were|are)\s+(?:it|that|they|those|this)"
    r"(?=\s+(?:for|in|at|with)\s)|and|what\s+about|how\s+about)\s+(?:for\s+|in\s+|at\s+|with\s+)?"
    r"(?P<thing>[^?,;]{1,60}?)\s*\??\s*$",
    re.IGNORECASE,
)
#: A period: a year, a financial year, a quarter ("Q3 2020/21", "2019"). A month with its
#: year is one period ("October 2018"), replaced whole, or by its year alone ("And 2020?").
_PERIOD = re.compile(
    rf"\b(?:(?P<month>(?:\d{{1,2}}\s+)?(?:{MONTH_NAMES})\s+)|Q[1-4]\s+)?"
    r"(?P<year>(?:19|20)\d\d)(?:/\d\d)?\b|\bQ[1-4]\b",
    re.IGNORECASE,
)
#: "And the December 2020 one?", "What about the OPCC?": the article and the word that
#: stands for the thing asked of before, around what the follow-up names.
_THE = re.compile(r"^the\s+", re.IGNORECASE)
_ONE = re.compile(r"\s+(?:one|meeting|board|minutes)$", re.IGNORECASE)
#: A run of capitalised words not opening the question: a name ("Leicester City Council").
_NAME_RUN = re.compile(r"(?<!^)(?<![.?!]\s)\b[A-Z][\w'’&-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w'’&-]*)*")
#: Words that ask rather than name: "And who presented it?" is a question of its own.
_ASKING = re.compile(
    r"\b(?:who|what|when|where|which|how|why|did|does|do|is|are|was|were|has|have|it|its|"
    r"they|them|that|this)\b",
    re.IGNORECASE,
)


def asked_again(last: str, follow_up: str) -> str | None:
    """`last` with its period or its name replaced by the one `follow_up` names alone (see
    `Conversation.elliptic`), or None when the follow-up asks more than a thing."""
    m = _ELLIPTIC.match(follow_up)
    if not m or _ASKING.search(m.group("thing")) or len(m.group("thing").split()) > 5:
        return None
    thing = m.group("thing").strip()
    bare = _THE.sub("", thing)
    period = _PERIOD.fullmatch(_ONE.sub("", bare))
    if period:
        periods = list(_PERIOD.finditer(last))
        if not periods:
            return None
        p = periods[-1]
        if p.group("month") and period.group(0) == period.group("year"):
            # "Who chaired the October 2018 meeting?" → "And 2020?": of October 2020.
            start, end = p.span("year")
        else:
            start, end = p.span()
        return f"{last[:start]}{period.group(0)}{last[end:]}"
    if not bare[:1].isupper():
        return None
    names = [n for n in _NAME_RUN.finditer(last) if not _PERIOD.fullmatch(n.group(0))]
    # A name of more than initials first ("Leicester City Council" over "DA"), unless the
    # follow-up names initials ("And the OPCC?").
    initials = bare.isupper()
    chosen = next((n for n in names if n.group(0).isupper() == initials), None)
    if chosen is None and names:
        # "And the OPCC?" after "… Leicester City Council pay …?", "And Rutland?" after it.
        chosen = names[0]
    if chosen is None:
        return None
    start = chosen.start()
    if last[max(0, start - 4) : start].lower() == "the ":
        start -= 4  # the follow-up's own article, or none ("the OPCC" → "Rutland")
    return f"{last[:start]}{thing}{last[chosen.end() :]}"
