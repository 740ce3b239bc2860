"""The order the papers sit in: each pack's papers, each agenda's items and each set of
minutes' numbered minutes, read once from the index when a question first points by
position ("the paper after the performance report"); see `pointers`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any, TypeVar

from boardqa.answer.agenda_order import AgendaEntry
from boardqa.answer.sentences import display_title
from boardqa.index.store import SearchFilter, Store
from boardqa.pointers import (
    Pointer,
    RowPointer,
    Unit,
    matching,
    pointed_to,
    points_back,
    row_after,
)
from boardqa.words import term_set

#: A minute's or a web page's numbered heading: "21. LCC Community Safety Agreement Refresh."
_NUMBERED = re.compile(r"^(\d{1,3})\.\s+(.+?)\.?$")

_T = TypeVar("_T")


@dataclass(frozen=True)
class Ordered:
    """One ordered list of places: a pack's papers, an agenda, or a set of minutes; with
    the meetings it belongs to (the pack's, and the one minutes record)."""

    kind: str  # "papers" | "agenda" | "minutes"
    meetings: frozenset[str]
    units: list[Unit]


@dataclass(frozen=True)
class Pointed:
    """What a pointer picked out, and the question asked of it by its title."""

    unit: Unit
    question: str
    notice: str


class PackOrder:
    """The archive's ordered lists, and what a pointer picks out of them."""

    def __init__(
        self,
        manifest: dict[str, Any],
        store: Store,
        agenda_entries: dict[str, list[AgendaEntry]],
    ) -> None:
        self.manifest = manifest
        self.store = store
        self.agenda_entries = agenda_entries

    @cached_property
    def _paragraphs(self) -> list[dict[str, Any]]:
        rows = self.store.scroll(SearchFilter(point_types=("paragraph",)))
        return sorted((h.payload for h in rows), key=lambda p: int(p.get("position") or 0))

    @cached_property
    def _by_key(self) -> dict[str, dict[str, Any]]:
        return {str(p["key"]): p for p in self._paragraphs}

    @cached_property
    def _common_title_words(self) -> frozenset[str]:
        """Words three papers' titles or more use ("lscsb", "update", "leicestershire"):
        they name no one paper."""
        counts: dict[str, int] = {}
        for u in self._papers(()):
            for w in term_set(u.title):
                counts[w] = counts.get(w, 0) + 1
        return frozenset(w for w, n in counts.items() if n >= 3)

    def paragraphs_of(self, unit: Unit) -> list[dict[str, Any]]:
        """The unit's paragraphs, in its order."""
        return [p for k in unit.keys if (p := self._by_key.get(k)) is not None]

    @cached_property
    def lists(self) -> list[Ordered]:
        return [*self._agendas(), *self._minutes(), *self._packs()]

    def _of(self, kind: str, meetings: tuple[str, ...]) -> Iterator[Ordered]:
        """The lists of a kind that belong to the named meetings (every one when none is
        named)."""
        for o in self.lists:
            if o.kind == kind and (not meetings or o.meetings & set(meetings)):
                yield o

    def _papers(self, meetings: tuple[str, ...]) -> Iterator[Unit]:
        """The named meetings' packs' papers, appendices left out: what a title names."""
        for o in self._of("papers", meetings):
            yield from (u for u in o.units if not u.appendix)

    def _packs(self) -> list[Ordered]:
        """Each file's papers in the order the file prints them (the manifest keeps it); an
        appendix is bound with the paper before it."""
        by_doc: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for p in self._paragraphs:
            by_doc.setdefault((str(p.get("source")), str(p.get("document"))), []).append(p)
        out = []
        for source, entry in self.manifest.get("files", {}).items():
            units: list[Unit] = []
            meetings: set[str] = set()
            for meeting, title in entry.get("papers", ()):
                paras = by_doc.get((source, title))
                if not paras:
                    continue
                meetings.add(meeting)
                appendix = paras[0].get("kind") == "appendix"
                keys = tuple(str(p["key"]) for p in paras)
                if appendix and units and not units[-1].appendix:
                    # The paper's own unit takes its appendices' paragraphs too.
                    head = units[-1]
                    units[-1] = Unit(head.title, head.meeting, head.keys + keys, head.label)
                units.append(Unit(display_title(title), meeting, keys, "", appendix))
            if len(units) > 1:
                out.append(Ordered("papers", frozenset(meetings), units))
        return out

    def _agendas(self) -> list[Ordered]:
        """Each meeting's agenda items, each with the paper filed under it."""
        filed: dict[tuple[str, str], list[str]] = {}
        for p in self._paragraphs:
            meeting = str(p.get("meeting_date") or "")
            if p.get("kind") == "webpage":
                m = _NUMBERED.match(str(p.get("heading") or "").split(" › ")[0])
                if m:
                    filed.setdefault((meeting, m.group(1)), []).append(str(p["key"]))
            elif p.get("agenda_item") and p.get("kind") not in {"agenda", "minutes"}:
                filed.setdefault((meeting, str(p["agenda_item"])), []).append(str(p["key"]))
        out = []
        for meeting, entries in self.agenda_entries.items():
            units = [
                Unit(
                    e.title,
                    meeting,
                    tuple(
                        dict.fromkeys(
                            [str(e.payload["key"]), *filed.get((meeting, str(e.number)), [])]
                        )
                    ),
                    f"item {e.number}",
                )
                for e in entries
            ]
            out.append(Ordered("agenda", frozenset([meeting]), units))
        return out

    def _minutes(self) -> list[Ordered]:
        """Each set of minutes' numbered minutes, in order."""
        docs: dict[str, list[dict[str, Any]]] = {}
        for p in self._paragraphs:
            if p.get("kind") == "minutes":
                docs.setdefault(str(p.get("document_id")), []).append(p)
        out = []
        for paras in docs.values():
            items: dict[str, tuple[str, list[str]]] = {}
            for p in paras:
                m = _NUMBERED.match(str(p.get("heading") or "").split(" › ")[0])
                if m:
                    items.setdefault(m.group(1), (m.group(2), []))[1].append(str(p["key"]))
            if len(items) < 2:
                continue
            about = str(paras[0].get("about_meeting") or "")
            units = [
                Unit(title, about, tuple(keys), "minute") for number, (title, keys) in items.items()
            ]
            meetings = {about, str(paras[0].get("meeting_date") or "")} - {""}
            out.append(Ordered("minutes", frozenset(meetings), units))
        return out

    def pointed(
        self,
        question: str,
        pointer: Pointer,
        meetings: tuple[str, ...],
        cited: tuple[str, ...] = (),
    ) -> Pointed | None:
        """What the pointer picks out of the lists of the meetings the question names (of
        every list when it names none; for "the item after that", of the list that holds
        what the last answer `cited`): the first kind of list that holds its target, in the
        order the pointer's words and place suggest; None when none does, or when lists of
        that kind disagree."""
        # Counting from what was cited, any meeting's list may hold it.
        among = () if points_back(pointer) else meetings
        for kind in _kinds_for(pointer):
            found = {
                u
                for o in self._of(kind, among)
                if (u := pointed_to(pointer, o.units, cited)) is not None
            }
            if len(found) > 1:
                return None
            if found:
                unit = found.pop()
                named = f"“{unit.title}”"
                if unit.label:
                    # "item 8 “The Mentors in …”", "the minute “Domestic Abuse”"
                    article = "" if unit.label[-1].isdigit() else "the "
                    named = f"{article}{unit.label} {named}"
                return _put(question, pointer.span, named, unit)
        return None

    def row_pointed(
        self,
        question: str,
        pointer: RowPointer,
        meetings: tuple[str, ...],
        cited: list[str],
        last_question: str = "",
    ) -> Pointed | None:
        """The row (or recommendation) a pointer picks out of one paper: the first or last of
        the paper it names, the one after the rows it names, or the one after the row the
        last answer cited (of those it cited, the one with most of the last question's
        words, its dates and figures counting twice); asked of by its label, the search
        confined to it."""
        if pointer.back:
            asked = term_set(last_question)
            found = [self._by_key[k] for k in cited if k in self._by_key]
            if not found:
                return None
            # A date or figure the question names picks a row out more surely than a
            # column heading's words: it counts twice.
            figures = set(re.findall(r"\d+", last_question))
            base = max(
                found,
                key=lambda p: (
                    len(asked & term_set(str(p.get("text") or "")))
                    + 2 * len(figures & set(re.findall(r"\d+", str(p.get("text") or ""))))
                ),
            )
            same = [
                p
                for p in self._paragraphs
                if p.get("document_id") == base.get("document_id")
                and (p.get("role") == base.get("role") or not _counts_as(base, pointer.noun))
            ]
            i = same.index(base) + pointer.step
            if not 0 <= i < len(same):
                return None
            return self._row(question, pointer, same[i], None)
        rest = question[: pointer.span[0]] + question[pointer.span[1] :]
        unit = self._paper(pointer.paper or pointer.place, meetings) or self.paper_named(
            rest, meetings
        )
        tables = self._tables(pointer.noun, meetings, unit)
        if pointer.end:
            if unit is None:
                # "the last row of the contract price table": a table by its heading.
                named = self._table(pointer.paper, tables)
                tables = [named] if named else []
            rows = [r for t in tables for r in t]
            if not rows:
                return None
            row = rows[0] if pointer.end == "first" else rows[-1]
            return self._row(question, pointer, row, unit)
        found = [
            t[i]
            for t in tables
            if (i := row_after(pointer.target, [_label(r) for r in t], pointer.step)) is not None
        ]
        if len(found) != 1:
            return None
        return self._row(question, pointer, found[0], None)

    def _tables(
        self, noun: str, meetings: tuple[str, ...], unit: Unit | None
    ) -> list[list[dict[str, Any]]]:
        """The tables (rows under one heading of one paper, in order) of the paper `unit`,
        or of the named meetings' papers when it is None."""
        if unit is not None:
            paras = self.paragraphs_of(unit)
        else:
            paras = [
                p
                for p in self._paragraphs
                if not meetings or set(p.get("record_dates") or ()) & set(meetings)
            ]
        tables: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for p in paras:
            if _counts_as(p, noun):
                key = (str(p.get("document_id")), str(p.get("heading") or ""))
                tables.setdefault(key, []).append(p)
        return list(tables.values())

    @staticmethod
    def _table(words: str, tables: list[list[dict[str, Any]]]) -> list[dict[str, Any]] | None:
        """The one table whose heading holds most of `words` (the longest start of them
        that picks one out)."""
        units = [Unit(str(t[0].get("heading") or ""), "", ()) for t in tables]

        def heading(start: str) -> list[int]:
            at = matching(start, units)
            return [] if at is None else [at]

        found = _longest_start(words, heading)
        return tables[found[0]] if found else None

    def _paper(self, words: str, meetings: tuple[str, ...]) -> Unit | None:
        """The one paper of the named meetings' packs whose title holds most of `words`, or
        of the longest start of them that picks one out ("the March 2021 action log ask
        for" → "the March 2021 action log")."""

        def titled(start: str) -> list[Unit]:
            found = set()
            for o in self._of("papers", meetings):
                units = [u for u in o.units if not u.appendix]
                at = matching(start, units)
                if at is not None:
                    found.add(units[at])
            return list(found)

        found = _longest_start(words, titled)
        return found[0] if len(found) == 1 else None

    def paper_named(self, text: str, meetings: tuple[str, ...]) -> Unit | None:
        """The one paper of the named meetings' packs whose title shares most words (two
        at least, of those few titles use: not "LSCSB", "Update", "Leicestershire") with the
        rest of the question ("In the dashboard appended to the Q2 2018/19 performance
        report, what does the row after … show?")."""
        words = term_set(text) - self._common_title_words
        scored = sorted(
            ((len(words & term_set(u.title)), u) for u in self._papers(meetings)),
            key=lambda x: -x[0],
        )
        if not scored or scored[0][0] < 2 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
            return None
        return scored[0][1]

    def _row(
        self, question: str, pointer: RowPointer, row: dict[str, Any], unit: Unit | None
    ) -> Pointed:
        """The question asked of the row by its label: "action 10", "the row “Vehicle Crime
        rate (per 1,000 population)”", "recommendation (d)"."""
        if row.get("action_number"):
            named = f"action {row['action_number']}"
        elif pointer.noun == "recommendation" and row.get("marker"):
            named = f"recommendation {row['marker']}"
        else:
            named = f"the row “{_label(row)}”"
        if unit is not None:
            named = f"{named} of “{unit.title}”"
        unit = Unit(_label(row), str(row.get("meeting_date") or ""), (str(row["key"]),))
        return _put(question, pointer.span, named, unit)


def _put(question: str, span: tuple[int, int], named: str, unit: Unit) -> Pointed:
    """The question with the pointer at `span` put by what it `named`, and the notice that
    says so."""
    start, end = span
    return Pointed(
        unit,
        f"{question[:start]}{named}{question[end:]}",
        f"Read “{question[start:end].strip()}” as {named}.",
    )


def _longest_start(words: str, find: Callable[[str], list[_T]]) -> list[_T]:
    """What `find` finds for the longest start of `words` for which it finds anything ("the
    March 2021 action log ask for" → "the March 2021 action log"), or []."""
    split = words.split()
    for n in range(len(split), 0, -1):
        found = find(" ".join(split[:n]))
        if found:
            return found
    return []


#: Where a table row's header ends and its own cells begin ("Outcomes … | Vehicle Crime
#: rate …").
_CELLS = re.compile(r"^.*?\|\s*")
#: A cell that is a figure ("8.31", "£92,313.33", "41%").
_FIGURE = re.compile(r"^£?\d[\d,.]*%?$")


def _label(row: dict[str, Any]) -> str:
    """A row's label: its first cell, before its first figure outside brackets ("Vehicle
    Crime rate (per 1,000 population)")."""
    text = str(row.get("text") or "")
    words = text.split()
    if row.get("role") == "table_row":
        words = _CELLS.sub("", text, count=1).split()
        depth = 0
        for i, w in enumerate(words):
            if depth == 0 and _FIGURE.match(w) and i:
                words = words[:i]
                break
            depth += w.count("(") - w.count(")")
    return " ".join(words[:12]) + (" …" if len(words) > 12 else "")


def _counts_as(p: dict[str, Any], noun: str) -> bool:
    """Whether a paragraph is one of what a row pointer counts: a table's row or an action
    log's entry, or a recommendation of a marked list (not the list's lead-in, "6. The Board
    is asked to")."""
    if noun == "recommendation":
        lead_in = re.search(r"(?::|\bto|\bthat)\s*$", str(p.get("text") or ""))
        return (
            bool(p.get("marker"))
            and not lead_in
            and "recommend" in str(p.get("heading") or "").lower()
        )
    return p.get("role") in {"table_row", "action"}


def _kinds_for(pointer: Pointer) -> tuple[str, ...]:
    """Which lists a pointer is read against, first to last: the minutes or the agenda when
    the question places it there, a pack's papers for a paper or report."""
    if pointer.in_minutes:
        return ("minutes",)
    if pointer.on_agenda:
        return ("agenda",)
    if pointer.of_papers:
        return ("papers", "agenda")
    return ("agenda", "minutes", "papers")
