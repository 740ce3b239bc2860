"""Questions about the actions in the plural ("Which actions are still open?", "Which actions
is Paul Hindson responsible for?", "What actions were raised in December 2020?") answered from
the action register: each action's latest log entry, filtered as the question says, each
action cited to its log paragraph (pure)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from boardqa.answer.citations import Citation
from boardqa.answer.compose import CitationList
from boardqa.answer.persons import people, surname
from boardqa.answer.sentences import split_sentences
from boardqa.parse.dates import format_long
from boardqa.records import is_completed
from boardqa.words import term_set

#: One action chosen from the register by when it was raised, or as the only one of a state
#: ("the earliest-dated action", "the most recently raised action", "the only action …").
_FIRST_OR_LAST = re.compile(
    r"\b(?:(?P<early>earliest|oldest|first)|(?P<late>newest|last|most\s+recent(?:ly)?)|only)"
    r"(?:[\s-]+(?:dated|raised|added|agreed))?\s+action\b"
    # Not one action by its topic ("the first action on the ASB charts"), but one on the log.
    r"(?!\s+(?:about|for|of|taken|on\s+(?!the\s+(?:[\w’']+\s+){0,2}(?:action\s+)?log))\b)",
    re.IGNORECASE,
)
#: The actions as a set ("which actions", "open actions", "actions are still open"), not some
#: actions by topic ("when were the County Lines and Glen Parva actions added?").
_REGISTER = re.compile(
    r"\b(?:which|what|how many|list(?:\s+of|\s+the|\s+all)?|all(?:\s+the)?|any)\s+"
    r"(?:(?:open|outstanding|completed|closed|current|new|of\s+the)\s+)?actions\b"
    r"|\b(?:open|outstanding|completed|closed)\s+actions\b"
    r"|^\s*actions\s+(?:are|were|remain|have|that)\b"
    # "Which is the only action …", "the earliest-dated action on the log": one action, chosen
    # from them all.
    rf"|{_FIRST_OR_LAST.pattern}",
    re.IGNORECASE,
)
_OPEN = re.compile(
    r"\b(open|outstanding|still|incomplete|pending|in progress|remain\w*|not (?:yet )?"
    r"(?:complete[d]?|done|closed|finished))\b",
    re.IGNORECASE,
)
#: "Which actions are marked Green?", "… were not amber", "other than Red": a status asked
#: by its colour on the log (red, amber, green).
_RAG = re.compile(
    r"\b(?P<not>not\s+(?:yet\s+)?(?:(?:rated|marked|shown|at|as)\s+)?|other\s+than\s+|"
    r"except\s+(?:those\s+)?(?:(?:rated|marked|at)\s+)?)?(?P<rag>green|amber|red)\b",
    re.IGNORECASE,
)
_RAISED = re.compile(r"\b(raised|set|agreed|created|new|added)\b", re.IGNORECASE)
#: "… completed", not "what did it ask to be done".
_DONE = re.compile(r"(?<!to be )\b(completed?|closed|done|finished|signed off)\b", re.IGNORECASE)


def asks_register(question: str) -> bool:
    """Whether the question asks which actions (plural), not about one action."""
    return bool(_REGISTER.search(question))


#: "What was Euan Walters asked to do …?", "What is Paul Hindson responsible for?", "Rik
#: Basra's actions": what a named person was given to do, which the action logs record
#: against them ({name} is the person's name, as a pattern).
_TASKED = (
    r"\b(?:was|were|is|are|has|have|had)\s+{name}\s+(?:been\s+)?(?:asked|tasked|told|required|"
    r"expected|supposed|due)\s+to\s+(?:do|deliver|complete|action|follow up)\b"
    r"|\b(?:(?:is|was|are|were)\s+{name}|{name}\s+(?:is|was|are|were))\s+responsible\s+for"
    r"\s*(?:\?|$|,|\band\b)"
    r"|\b{name}[’']s\s+actions?\b"
)


def asks_tasks_of(question: str) -> bool:
    """Whether the question asks what a person it names was given to do (see `_TASKED`):
    answered from the register when the logs hold actions against them, else from the
    papers ("Rik Basra agreed to explore …" in 2018 minutes, before any log). Not a question
    with "when" in it: when one action is due is that action's."""
    if re.search(r"\bwhen\b", question, re.IGNORECASE):
        return False
    return any(
        re.search(_TASKED.format(name=re.escape(name)), question, re.IGNORECASE)
        for name in _named(question)
    )


def _named(question: str) -> list[str]:
    """The people a question names, without a possessive ("Rik Basra’s actions") or a
    question word read as part of the name ("Was Rik Basra asked …")."""
    return [re.sub(r"[’']s$", "", _OPENING_WORD.sub("", p)) for p in people(question)]


_OPENING_WORD = re.compile(
    r"^(?:Was|Were|Is|Are|Has|Have|Had|Did|Does|Do|When|What|Who|Why|How|Where|Which|Will|"
    r"Would|Can|Could|Should)\s+"
)


@dataclass(frozen=True)
class ActionSelection:
    """The register rows a question selects, and how they are described: `state` ("open ",
    "completed " or "") and what else narrows them ("raised on 11 December 2020", "with Paul
    Hindson and Rik Basra responsible")."""

    rows: list[dict[str, Any]]
    state: str = ""
    qualifiers: str = ""

    def count(self) -> str:
        """ "2 open actions raised on 11 December 2020"."""
        plural = "s" if len(self.rows) != 1 else ""
        return f"{len(self.rows)} {self.state}action{plural}{self._qualified()}"

    def none_held(self) -> str:
        """Why nothing answers: "its logs hold no open actions raised on 18 June 2021"."""
        return f"its logs hold no {self.state}actions{self._qualified()}"

    def _qualified(self) -> str:
        return f" {self.qualifiers}" if self.qualifiers else ""


def select_actions(
    rows: list[dict[str, Any]],
    question: str,
    meetings: tuple[date, ...] = (),
    by_state: bool = True,
) -> ActionSelection:
    """The register rows the question asks for (see `ActionSelection`); `by_state` False
    when "has he done it?" asks for each action's state rather than choosing by it."""
    state, described = "", []
    if by_state and _OPEN.search(question):
        rows = [r for r in rows if not _done(r)]
        state = "open "
    elif by_state and _DONE.search(question):
        rows = [r for r in rows if _done(r)]
        state = "completed "
    if meetings:
        wanted = {d.isoformat() for d in meetings}
        on = " and ".join(format_long(d) for d in meetings)
        if _RAISED.search(question):
            rows = [r for r in rows if r.get("action_raised") in wanted]
            described.append(f"raised on {on}")
        else:
            rows = [
                r
                for r in rows
                if wanted & set(r.get("action_dates") or ()) or r.get("meeting_date") in wanted
            ]
            described.append(f"on record for {on}")
    rag = _RAG.search(question)
    if rag:
        # "Which actions were not amber?": the log's status, as its last entry gives it.
        colour = rag.group("rag").lower()
        negated = bool(rag.group("not"))
        rows = [r for r in rows if (colour in str(r.get("action_status") or "").lower()) != negated]
        described.append(f"{'not ' if negated else ''}marked {colour.title()}")
    chosen = _FIRST_OR_LAST.search(question)
    raised = [str(r.get("action_raised") or "") for r in rows]
    if chosen and (chosen.group("early") or chosen.group("late")) and any(raised):
        # The earliest (or latest) raised, with any raised the same day.
        day = min(d for d in raised if d) if chosen.group("early") else max(raised)
        rows = [r for r, d in zip(rows, raised, strict=True) if d == day]
        which = "earliest" if chosen.group("early") else "most recently"
        described.append(f"raised {which}, on {format_long(date.fromisoformat(day))}")
    named = _named(question)
    if named:
        surnames = [surname(p).lower() for p in named]
        rows = [
            r
            for r in rows
            if all(n in str(r.get("action_responsible") or "").lower() for n in surnames)
        ]
        described.append("with " + " and ".join(named) + " responsible")
    return ActionSelection(rows, state, " ".join(described))


def _done(row: dict[str, Any]) -> bool:
    return is_completed(row.get("action_status"), str(row.get("action_comments") or ""))


def compose_register(selection: ActionSelection) -> tuple[str, list[Citation]]:
    """ "The action logs list 2 open actions: • action 2 (Amber; Rik Basra/Adam Slonecki, 19
    March 2021 log): “Leicestershire Police to provide a report …” [1] • …", one action a
    line, each quoted from its own latest log paragraph."""
    cites = CitationList()
    listed = []
    for r in selection.rows:
        n = cites.cite(r, 1.0)
        sentences = split_sentences(str(r.get("action_text") or ""))
        what = sentences[0] if sentences else str(r.get("action_text") or "")
        facts = "; ".join(
            x
            for x in (str(r.get("action_status") or ""), str(r.get("action_responsible") or ""))
            if x
        )
        when = r.get("meeting_date")
        log = f", {format_long(date.fromisoformat(when))} log" if when else ""
        # A few actions are given with their latest comment ("Completed EW 14.12.20"): what
        # came of each is part of the answer.
        comment = str(r.get("action_comments") or "").strip() if len(selection.rows) <= 3 else ""
        latest = f" Latest comment: {comment}" if comment else ""
        listed.append(f"action {r.get('action_number')} ({facts}{log}): “{what}”{latest} [{n}]")
    return (
        f"The action logs list {selection.count()}:" + "".join(f"\n• {x}" for x in listed),
        cites.items,
    )


#: A minuted offer or request that a log then carries as an action.
COMMITS = re.compile(
    r"\b(?:offered|agreed|undertook|promised|would (?:provide|present|circulate|report|look)|"
    r"asked (?:for|that)|requested|to provide|to present|to report back|to circulate)\b"
    # A resolution asks for it too: "That the electronic link to the MVP webinar be
    # circulated to LSCSB members."
    r"|^\s*(?:\(\w+\)\s*)?That\b[^.]*?\bbe\s+(?:circulated|sent|shared|provided|presented|"
    r"brought|submitted|reported|invited|asked|requested|arranged|added|placed|put|included|"
    r"considered|explored|investigated|prepared|produced|made)\b",
    re.IGNORECASE,
)
#: Content words a minuted paragraph must share with an action's text to be its record.
_SHARED = 4


def action_recorded(minuted: dict[str, Any], rows: list[dict[str, Any]]) -> str | None:
    """The number of the action a later log holds for an offer or request the minutes make
    ("Paul Hindson … offered to present … a summary of all the factors …"): of the `rows`
    (each action's latest log row) raised at that meeting, the one sharing most words with
    the paragraph, when it shares at least `_SHARED` and no other shares as many."""
    held = minuted.get("about_meeting") or minuted.get("meeting_date")
    text = str(minuted.get("text") or "")
    if not held or not COMMITS.search(text):
        return None
    words = term_set(text)
    shared = sorted(
        (
            (len(words & term_set(str(r.get("action_text") or ""))), str(r["action_number"]))
            for r in rows
            if held in (r.get("action_dates") or ())
        ),
        reverse=True,
    )
    if not shared or shared[0][0] < _SHARED:
        return None
    if len(shared) > 1 and shared[1][0] == shared[0][0]:
        return None
    return shared[0][1]
