"""Evidence that brings its neighbours (pure): a sentence that leads in to a list brings the
list's items, and the best paragraph of a section the question names brings the section.

Both read a document's paragraphs through `paragraphs_of` (the index, in the answerer), so
that what is added is cited to its own paragraph like any other evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from boardqa.answer.compose import BULLET, item_label
from boardqa.answer.evidence import Evidence
from boardqa.answer.kinds import has_date
from boardqa.answer.lists import entries_of, items_of, leads_in, position_of
from boardqa.answer.persons import has_person, post_named, role_holders
from boardqa.answer.sections import named_section, section_of
from boardqa.answer.sentences import split_sentences
from boardqa.parse.lists import MAX_ITEMS, lead_of, list_items
from boardqa.retrieve import Candidate
from boardqa.words import stem, term_set

ParagraphsOf = Callable[[str], list[dict[str, Any]]]
#: How many of the paragraphs found a named section may be looked for in (`with_section`).
NEAR = 5


def _quoted(evidence: Evidence, payload: dict[str, Any]) -> Evidence:
    """A paragraph quoted as a list item under `evidence`: "• (a) …"."""
    cand = replace(evidence.candidate, key=str(payload.get("key")), payload=payload)
    label = item_label(str(payload.get("number") or ""))
    return Evidence(cand, f"{BULLET}{label}{payload.get('text', '')}", evidence.score)


#: "Which outcomes for delivery has the group identified?", "What does the group list as its
#: outcomes?": a question asking for things of a kind, in the plural, by a verb of listing.
_ASKS_MANY = re.compile(
    r"\b(?:which|what)\b(?=.*\b(?:list\w*|identif\w*|set out|include\w*|propos\w*|agreed|"
    r"are|were)\b)",
    re.IGNORECASE,
)
#: Words ending in "s" that are no plurals.
_NOT_PLURAL = frozenset(["does", "has", "was", "is", "this", "its", "his", "as", "us", "across"])


def _plurals(question: str) -> set[str]:
    """The stems of the plural nouns a question names ("outcomes", "steps"), not "status",
    "analysis" or "does"."""
    words = re.findall(r"[a-z]{3,}", question.lower())
    return {
        stem(w)
        for w in words
        if w.endswith("s") and not w.endswith(("ss", "us", "is")) and w not in _NOT_PLURAL
    }


def with_list_lead(
    question: str, evidence: list[Evidence], paragraphs_of: ParagraphsOf
) -> list[Evidence]:
    """A question asking for things of a kind ("Which outcomes … has the group identified?")
    answered by one item of a list of them is answered by the list: the item's lead-in, which
    names the kind ("… the group has identified the following outcomes for delivery:"), comes
    first, and `with_list_items` then brings every item."""
    kinds = _plurals(question) if _ASKS_MANY.search(question) else set()
    if not evidence or not kinds:
        return evidence
    top = evidence[0]
    payload = top.candidate.payload
    if payload.get("number") and leads_in(str(payload.get("text") or "")):
        return evidence  # the lead-in itself
    document = paragraphs_of(str(payload.get("document_id")))
    at = position_of(payload.get("key"), document)
    if at is None:
        return evidence
    entries = entries_of(document)
    lead = lead_of(entries, at)
    if lead is None or lead == at:
        return evidence
    lead_payload = document[lead]
    sentences = split_sentences(str(lead_payload.get("text") or ""))
    if not sentences or not leads_in(sentences[-1]) or kinds.isdisjoint(term_set(sentences[-1])):
        return evidence  # a list of other things ("… further work underway to do the following:")
    # The items are quoted in their order by `with_list_items`, the one found among them.
    listed = {str(document[i].get("key")) for i in list_items(entries, lead)}
    cand = replace(top.candidate, key=str(lead_payload.get("key")), payload=lead_payload)
    rest = [e for e in evidence if e.candidate.key not in listed]
    return [Evidence(cand, sentences[-1], top.score), *rest]


def with_list_items(
    evidence: list[Evidence],
    paragraphs_of: ParagraphsOf,
    answers: Callable[[str], bool] = lambda _: False,
) -> list[Evidence]:
    """Each sentence that leads in to a list ("… the following outcomes for delivery:")
    followed by the list's items, unless they are already there. A lead-in with no number
    brings the bullets the paper marked only when it does not itself `answers` the question
    ("When was the reform announced?": "On 19th May 2019 a further Probation Reform was
    announced, this change involves:" says it; its five bullets would add only citations)."""
    out: list[Evidence] = []
    have = {e.candidate.key for e in evidence}
    for e in evidence:
        out.append(e)
        if not leads_in(e.sentence) or not e.candidate.text.rstrip().endswith(e.sentence):
            continue
        document = paragraphs_of(str(e.candidate.payload.get("document_id")))
        items = items_of(e.candidate.payload, document) or _parallel_items(
            e.candidate.payload, document, marked=not answers(e.sentence)
        )
        for item in items:
            if item.get("key") not in have:
                have.add(str(item.get("key")))
                out.append(_quoted(e, item))
    return out


def _shape(text: str) -> tuple[str, ...]:
    """How a paragraph opens, figures made alike: "50% are very or fairly satisfied …" and
    "35% are very or fairly …" open alike ("#%", "are", "very")."""
    words = re.findall(r"\S+", text)[:3]
    return tuple(re.sub(r"\d[\d,.]*", "#", w.lower()) for w in words)


def _parallel_items(
    lead: dict[str, Any], document: list[dict[str, Any]], marked: bool = True
) -> list[dict[str, Any]]:
    """The items after an unnumbered lead-in whose bullets the text lost (a slide's "In terms
    of satisfaction with local agency responses to ASB and crime:" then "50% are very or
    fairly satisfied with the local police …", "35% are …"): the unnumbered paragraphs under
    the same heading that open as the first one does, up to the list limit. When the first two
    open otherwise, bullets the paper marked are the items however they open ("On 19th May
    2019 a further Probation Reform was announced, this change involves:" then "• Moving to a
    Unified Model …", "• A move from 7 Probation Divisions to 12 …"), when `marked`."""
    at = position_of(lead.get("key"), document)
    if at is None or lead.get("number") or not leads_in(str(lead.get("text") or "")):
        return []
    items: list[dict[str, Any]] = []
    by_marks = False
    after = document[at + 1 : at + 2 + MAX_ITEMS]
    for p, following in zip(after, [*after[1:], {}], strict=False):
        if p.get("number") or p.get("heading") != lead.get("heading"):
            break
        unlike = items and _shape(str(p.get("text") or "")) != _shape(
            str(items[0].get("text") or "")
        )
        if len(items) == 1 and unlike:
            by_marks = marked and items[0].get("marker") == p.get("marker") == "•"
        if by_marks:
            if p.get("marker") != "•":
                break  # the prose after the list
        elif unlike and not (_bullet(p, following) and all(_bullet(i, {}) for i in items)):
            break
        items.append(p)
    return items[:MAX_ITEMS] if len(items) > 1 else []


def _bullet(paragraph: dict[str, Any], following: dict[str, Any]) -> bool:
    """Whether a paragraph reads as a bullet whose mark the text lost ("Vehicle crime",
    "Violent crime" under "… forms of crime were:"): a few words, capitalised, with no full
    stop, and not the start of a sentence the next paragraph goes on with in lower case
    ("Loud parties, bonfires" / "most evenings, …")."""
    text = str(paragraph.get("text") or "").strip()
    nxt = str(following.get("text") or "").strip()
    return (
        0 < len(text.split()) <= 10
        and text[:1].isupper()
        and not text.endswith(".")
        and not nxt[:1].islower()
    )


#: "Which national review does …": the kind of thing asked for.
_WHICH_NOUN = re.compile(
    r"\bwhich\s+(?:[a-z-]+\s+){0,2}?([a-z]{3,})\s+(?:do|does|did|is|was|are|were|has|have|had|"
    # "Which review estimated that a county line can bring in £0.8m a year?"
    r"estimated|found|finds|said|says|concluded|identified|reported|warned|stated)\b",
    re.IGNORECASE,
)
#: A paragraph that opens by pointing back to the one before ("It finds that County Lines
#: remain profitable …" after "… Dame Black's Review of Substance Misuse …").
_POINTS_BACK = re.compile(r"(?:It|This|These|They|He|She)\b")


def with_antecedent(
    question: str, evidence: list[Evidence], paragraphs_of: ParagraphsOf
) -> list[Evidence]:
    """For "Which review does the report cite when it says …?": each quoted sentence that
    opens its paragraph by pointing back ("It finds …") preceded by the last sentence of the
    paragraph before it in the same section, when that sentence names the kind of thing
    asked for ("… Dame Black's Review of Substance Misuse …"), cited to its paragraph."""
    m = _WHICH_NOUN.search(question)
    if not m:
        return evidence
    wanted = stem(m.group(1).lower())
    out: list[Evidence] = []
    have = {e.candidate.key for e in evidence}
    for e in evidence:
        payload = e.candidate.payload
        if _POINTS_BACK.match(e.sentence) and e.candidate.text.lstrip().startswith(e.sentence):
            document = paragraphs_of(str(payload.get("document_id")))
            at = position_of(e.candidate.key, document)
            before = document[at - 1] if at else None
            if (
                before is not None
                and before.get("key") not in have
                and before.get("heading") == payload.get("heading")
                and before.get("role", "text") == "text"
            ):
                cand = replace(e.candidate, key=str(before.get("key")), payload=before)
                last = split_sentences(str(before.get("text") or ""))[-1:]
                if last and wanted in term_set(last[0]):
                    have.add(str(before.get("key")))
                    out.append(Evidence(cand, last[0], e.score))
        out.append(e)
    return out


def _asks_for_section(question: str, payload: dict[str, Any]) -> bool:
    """Whether the question asks for the part of a paper the paragraph lies under by its name
    ("What next steps does the update list …?", "what are the next steps …"), not only names
    its words in passing ("Paul Hindson's summary of the ASB figures")."""
    section = named_section(question, payload)
    return section is not None and bool(
        re.search(
            rf"\b(?:what|which)\s+(?:(?:are|were|is|was)\s+)?(?:the\s+)?{re.escape(section)}\b",
            question,
            re.IGNORECASE,
        )
    )


def with_section(
    question: str,
    evidence: list[Evidence],
    paragraphs_of: ParagraphsOf,
    near: Sequence[Candidate] = (),
) -> list[Evidence]:
    """The best evidence's whole section when the question names its heading ("What are the
    next steps …?" and "… › Next steps"), each paragraph cited, in the paper's order, where
    the section's first evidence stood."""
    # The best evidence under a heading the question names, not only the best evidence
    # ("What next steps does the update list for the workstream?" is matched best by the
    # workstream's purpose; one of its next steps is further down).
    best = max(
        (e for e in evidence if named_section(question, e.candidate.payload) is not None),
        key=lambda e: e.score,
        default=None,
    )
    if best is None and evidence:
        # None was quoted from the section: the best of the paragraphs found near the top
        # that lies in it ("… the workstream?" quoted its purpose; its next steps ranked next).
        found = next((c for c in near[:NEAR] if _asks_for_section(question, c.payload)), None)
        if found is not None:
            best = Evidence(found, found.text, found.score)
            evidence = [*evidence, best]
    if best is None:
        return evidence
    document = paragraphs_of(str(best.candidate.payload.get("document_id")))
    section = section_of(best.candidate.payload, document)
    have = {e.candidate.key for e in evidence}
    if not section or all(p.get("key") in have for p in section):
        return evidence
    keys = {str(p.get("key")) for p in section}
    out = [e for e in evidence if e.candidate.key not in keys]
    at = min(
        next((i for i, e in enumerate(evidence) if e.candidate.key in keys), len(out)), len(out)
    )
    return out[:at] + [_quoted(best, p) for p in section] + out[at:]


#: How many paragraphs after the best one a table row's date cell may be.
ROW_REACH = 4


def with_row_date(
    question: str, evidence: list[Evidence], paragraphs_of: ParagraphsOf
) -> list[Evidence]:
    """For a when-question whose evidence gives no date: a table's row is extracted cell by
    cell ("Identify risk factors …" | "This links well with …" | "This work is intended to be
    undertaken by the end of February 2021"), so the first paragraph holding a date among the
    few after the best one, under the same heading and with no full stop (a cell, not prose),
    is its date cell, cited to itself."""
    if not evidence or any(has_date(e.sentence, besides=question) for e in evidence):
        return evidence
    best = evidence[0]
    payload = best.candidate.payload
    document = paragraphs_of(str(payload.get("document_id")))
    at = position_of(best.candidate.key, document)
    if at is None:
        return evidence
    for after in document[at + 1 : at + 1 + ROW_REACH]:
        if after.get("heading") != payload.get("heading"):
            break
        text = str(after.get("text") or "").rstrip()
        if text.endswith((".", "!", "?", ":", ";")):
            continue  # prose, not a table's cell (cells carry no full stop)
        dated = [s for s in split_sentences(text) if has_date(s, question)]
        if dated:
            cell = replace(best.candidate, key=str(after.get("key")), payload=after)
            return [*evidence, Evidence(cell, dated[0], best.score)]
    return evidence


def with_post_holder(
    question: str, evidence: list[Evidence], paragraphs_of: ParagraphsOf
) -> list[Evidence]:
    """For a who-question answered by a post and no name ("Who should I tell about issues
    affecting local Prevent projects?" — "Inform the Prevent Coordinator of any
    opportunities/issues …"): the paragraph of the same paper that names who holds the post
    ("Sean Arbuthnot Prevent Coordinator, St. Philips Centre"), cited too."""
    if not evidence or any(has_person(e.sentence, besides=question) for e in evidence):
        return evidence
    for e in evidence:
        post = post_named(e.sentence)
        if post is None or post.lower() in question.lower():
            continue
        payload = e.candidate.payload
        for other in paragraphs_of(str(payload.get("document_id"))):
            text = str(other.get("text") or "")
            if other.get("key") != e.candidate.key and role_holders(text, post):
                holder = replace(e.candidate, key=str(other.get("key")), payload=other)
                return [*evidence, Evidence(holder, text, e.score)]
    return evidence


def with_next_of(
    candidates: list[Candidate],
    talked_of: frozenset[str],
    own_words: set[str],
    paragraphs_of: ParagraphsOf,
) -> list[Candidate]:
    """The candidates, with the paragraph that goes on from each one the last answer cited,
    put straight after it, when it holds a word of the follow-up's own ("In Market
    Harborough the local team dealt directly with a county line …" then "What did the local
    team use to shut that address down?": "… closure orders were used to remove the
    address …", the next paragraph of the report)."""
    if not talked_of or not own_words:
        return candidates
    have = {c.key for c in candidates}
    out: list[Candidate] = []
    for cand in candidates:
        out.append(cand)
        if cand.key not in talked_of or cand.payload.get("role") != "text":
            continue
        document = paragraphs_of(str(cand.payload.get("document_id")))
        at = position_of(cand.key, document)
        if at is None or at + 1 >= len(document):
            continue
        following = document[at + 1]
        key = str(following.get("key"))
        if (
            key in have
            or following.get("role") != "text"
            or following.get("heading") != cand.payload.get("heading")
            or not own_words & term_set(str(following.get("text") or ""))
        ):
            continue
        have.add(key)
        out.append(replace(cand, key=key, payload=following, coverage=0.0))
    return out


#: How many bullets under a slide's label are read with it (`with_bullets_of`).
BULLETS_UNDER_LABEL = 4
_ACRONYM_AFTER = re.compile(r"\([^)]*\)")
#: A body named with its initials, heading a column of a slide: "National Probation Service
#: (NPS)". A slide's title ("Responses to ASB & Crime") heads points the search finds well.
_NAMED_BODY = re.compile(r"\([A-Z][A-Za-z&]{1,7}\)\s*$")


def with_bullets_of(
    candidates: list[Candidate],
    question: str,
    paragraphs_of: ParagraphsOf,
    near: int = NEAR,
) -> list[Candidate]:
    """The candidates, with the bullets a slide sets under a label the question names put
    straight after the label (moved up when found further down): a slide in columns prints
    "Community Rehabilitation Company (CRC)" over "• Manages medium and low risk cases in
    community and custody (70%)", and "What share of cases was managed by the Community
    Rehabilitation Company?" finds the label high and the bullet, which never names the
    company, low or not at all. A label is a slide line of at most eight words without a
    bullet that names a body with its initials (`_NAMED_BODY`), every word of it (the initials
    aside) in the question; only the best `near` candidates are read."""
    asked = term_set(question)
    found = {c.key: c for c in candidates}
    placed: set[str] = set()
    out: list[Candidate] = []
    for i, cand in enumerate(candidates):
        if cand.key in placed:
            continue
        out.append(cand)
        placed.add(cand.key)
        payload = cand.payload
        text = str(payload.get("text") or "")
        if i >= near or payload.get("role") != "slide" or payload.get("marker"):
            continue
        label = term_set(_ACRONYM_AFTER.sub(" ", text))
        if not label or len(text.split()) > 8 or not _NAMED_BODY.search(text) or not label <= asked:
            continue
        document = paragraphs_of(str(payload.get("document_id")))
        at = position_of(cand.key, document)
        if at is None:
            continue
        for following in document[at + 1 : at + 1 + BULLETS_UNDER_LABEL]:
            if following.get("role") != "slide" or not following.get("marker"):
                break
            key = str(following.get("key"))
            if key in placed:
                continue
            placed.add(key)
            out.append(found.get(key) or replace(cand, key=key, payload=following, coverage=0.0))
    return out
