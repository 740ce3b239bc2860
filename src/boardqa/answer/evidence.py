"""Choosing evidence at sentence level inside the best paragraphs (pure)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from boardqa.answer.sentences import split_sentences
from boardqa.query import QueryIntent, term_set
from boardqa.retrieve import Candidate

_NUMBER = re.compile(r"£\s?\d|\d[\d,]*(?:\.\d+)?\s?%|\b\d{2,}[\d,]*\b")
_DATE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b|\b(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+\d{4}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b(?:19|20)\d{2}\b",
)
_NAME = re.compile(r"\b[A-Z][a-z]+(?:[- ][A-Z][a-z’'-]+)+\b")
#: Words that make a capitalised run an organisation or a title rather than a person.
_ORG = re.compile(
    r"\b(Council|Board|Service|Services|Police|Safety|Partnership|Network|Group|Team|Office|"
    r"Commissioner|Performance|Communities|Community|County|Borough|District|Agenda|Item|"
    r"Project|Strategy|Plan|Prison|Parva|Leicestershire|Leicester|Rutland|England|Home|Ministry)\b"
)
_ROLE_CUE = re.compile(
    r"\b(presented by|given by|provided by|led by|drafted|chaired|contact)\b", re.I
)


def _has_person(sentence: str) -> bool:
    return any(not _ORG.search(m.group(0)) for m in _NAME.finditer(sentence))


@dataclass(frozen=True)
class Evidence:
    candidate: Candidate
    sentence: str
    score: float


_CHAIR = re.compile(r"\((?:in the )?Chair(?:man)?\)", re.IGNORECASE)


def units_of(cand: Candidate) -> list[str]:
    """What can be quoted on its own: sentences of prose; a table row or an action whole; an
    attendance list entry by entry ("Present: Mrs D. Taylor CC (in the Chair)")."""
    role = cand.payload.get("role")
    text = cand.text
    if role in ("table_row", "action", "agenda_item"):
        return [text]
    if role == "attendance" and ": " in text:
        section, _, members = text.partition(": ")
        return [f"{section}: {m}" for m in members.split("; ") if m.strip()]
    return split_sentences(text) or [text]


def _cue(sentence: str, intent: QueryIntent) -> float:
    if intent.chair:
        # The minutes name the chair this way; other "Chair – Blaby" entries are roles.
        return 2.0 if _CHAIR.search(sentence) else 0.0
    if intent.asks == "how_much":
        return 1.0 if _NUMBER.search(sentence) else 0.0
    if intent.asks == "when":
        return 1.0 if _DATE.search(sentence) else 0.0
    if intent.asks == "who":
        if not _has_person(sentence):
            return 0.0
        return 1.5 if _ROLE_CUE.search(sentence) else 1.0
    return 0.0


def choose_evidence(
    intent: QueryIntent,
    candidates: list[Candidate],
    query_text: str,
    max_sentences: int = 3,
    max_paragraphs: int = 5,
) -> list[Evidence]:
    """The best sentences of the best paragraphs: paragraph score, the sentence's share of the
    question's words, and whether it has what the question asks for (a number, a date, a
    name). Sentences that add no new question words after the first are left out."""
    terms = term_set(query_text)
    scored: list[Evidence] = []
    for cand in candidates[:max_paragraphs]:
        sentences = units_of(cand)
        for s in sentences:
            have = term_set(s)
            coverage = len(terms & have) / len(terms) if terms else 0.0
            score = cand.score + 0.6 * coverage + 0.35 * _cue(s, intent)
            if len(s) < 25:
                score -= 0.2
            scored.append(Evidence(cand, s, score))
    if not scored:
        return []
    scored.sort(key=lambda e: -e.score)
    best = scored[0]
    chosen = [best]
    covered = term_set(best.sentence)
    for e in scored[1:]:
        if len(chosen) >= max_sentences:
            break
        # Another paragraph must be nearly as good to be cited too: each extra citation that
        # is not needed lowers the answer's precision.
        margin = 0.25 if e.candidate.key == best.candidate.key else 0.12
        if e.score < best.score - margin:
            continue
        new = (term_set(e.sentence) & terms) - covered
        if not new and e.candidate.key != best.candidate.key:
            continue
        if any(e.sentence == c.sentence for c in chosen):
            continue
        chosen.append(e)
        covered |= term_set(e.sentence)
    # Read in the order of the paper when the sentences share a paragraph.
    order = {id(e): i for i, e in enumerate(chosen)}
    return sorted(
        chosen,
        key=lambda e: (
            min(order[id(x)] for x in chosen if x.candidate.key == e.candidate.key),
            e.candidate.text.find(e.sentence),
        ),
    )
