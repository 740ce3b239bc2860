"""Citations as data: one citation is one paragraph, with everything needed to find it again."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from boardqa.parse.dates import format_long

#: The one pattern for citation markers in answer text.
MARKER = re.compile(r"\[(\d{1,3})\]")


@dataclass(frozen=True)
class Citation:
    n: int
    id: str
    text: str
    source: str
    board: str | None
    meeting_date: str | None
    about_meeting: str | None
    document: str
    kind: str
    agenda_item: str | None
    page: int | None
    paragraph: str | None
    score: float
    also_in: tuple[str, ...] = ()
    heading: str | None = None
    page_label: str | None = None
    role: str = "text"
    document_id: str = ""
    position: int = 0

    @classmethod
    def from_payload(cls, n: int, payload: dict[str, Any], score: float) -> Citation:
        return cls(
            n=n,
            id=str(payload.get("key")),
            text=str(payload.get("text", "")),
            source=str(payload.get("source", "")),
            board=payload.get("board"),
            meeting_date=payload.get("meeting_date"),
            about_meeting=payload.get("about_meeting"),
            document=str(payload.get("document", "")),
            kind=str(payload.get("kind", "")),
            agenda_item=payload.get("agenda_item"),
            page=payload.get("page"),
            paragraph=payload.get("number"),
            score=round(float(score), 4),
            also_in=tuple(payload.get("also_in") or ()),
            heading=payload.get("heading"),
            page_label=payload.get("page_label"),
            role=str(payload.get("role", "text")),
            document_id=str(payload.get("document_id", "")),
            position=int(payload.get("position") or 0),
        )

    def renumbered(self, n: int) -> Citation:
        from dataclasses import replace

        return replace(self, n=n)

    def location(self) -> str:
        """ "19 March 2021 › Minutes of … › item 2 › p. 4 › ¶ 20(b)": the path a reader follows."""
        parts = [
            format_long(date.fromisoformat(self.meeting_date)) if self.meeting_date else "undated"
        ]
        from boardqa.answer.sentences import display_title

        parts.append(display_title(self.document))
        if self.agenda_item:
            parts.append(f"item {self.agenda_item}")
        if self.page is not None:
            parts.append(f"p. {self.page}")
        elif self.page_label:
            parts.append(f"p. {self.page_label}")
        if self.paragraph:
            parts.append(f"¶ {self.paragraph}")
        return " › ".join(parts)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["also_in"] = list(self.also_in)
        return {
            k: data[k]
            for k in (
                "n",
                "id",
                "text",
                "source",
                "board",
                "meeting_date",
                "about_meeting",
                "document",
                "kind",
                "agenda_item",
                "page",
                "paragraph",
                "score",
                "also_in",
                "heading",
                "page_label",
                "role",
                "document_id",
                "position",
            )
        }


@dataclass(frozen=True)
class Answer:
    question: str
    text: str
    abstained: bool
    citations: tuple[Citation, ...]
    #: Closest paragraphs when the answer abstains: shown apart, never cited in the text.
    nearest: tuple[Citation, ...] = ()
    #: Every paragraph retrieved, in rank order (ids), for retrieval metrics.
    retrieved: tuple[str, ...] = ()
    notice: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        out = {
            "question": self.question,
            "answer": self.text,
            "abstained": self.abstained,
            "citations": [c.to_json() for c in self.citations],
        }
        if self.nearest:
            out["nearest"] = [c.to_json() for c in self.nearest]
        if self.notice:
            out["notice"] = self.notice
        return out


def check_markers(text: str, citations: tuple[Citation, ...]) -> str:
    """Strip markers that point at no citation (PaperQA2's rule: unknown keys are removed)."""
    known = {c.n for c in citations}
    return MARKER.sub(lambda m: m.group(0) if int(m.group(1)) in known else "", text)


def cited_answer(
    question: str,
    text: str,
    cites: list[Citation],
    retrieved: tuple[str, ...] = (),
    notice: str | None = None,
    lead: bool = True,
) -> Answer:
    """An answer whose markers are checked against its citations; the cited paragraphs lead
    the retrieved ranking (unless `lead` is off) so that retrieval metrics see what was used."""
    cites_t = tuple(cites)
    ranked = tuple(dict.fromkeys([c.id for c in cites_t] + list(retrieved))) if lead else retrieved
    return Answer(
        question, check_markers(text, cites_t), False, cites_t, retrieved=ranked, notice=notice
    )


def joined(
    first: tuple[str, list[Citation]], second: tuple[str, list[Citation]]
) -> tuple[str, list[Citation]]:
    """Two composed answers as one, on separate lines: the second's citations numbered on
    after the first's, a paragraph both cite keeping its first number."""
    text, cites = first[0], list(first[1])
    number = {c.id: c.n for c in cites}
    renumbered: dict[int, int] = {}
    for c in second[1]:
        if c.id not in number:
            number[c.id] = len(cites) + 1
            cites.append(c.renumbered(number[c.id]))
        renumbered[c.n] = number[c.id]
    rest = MARKER.sub(lambda m: f"[{renumbered.get(int(m.group(1)), int(m.group(1)))}]", second[0])
    return f"{text}\n{rest}", cites


def as_cited(payload: dict[str, Any]) -> str:
    """A paragraph as a reader sees it cited: text, heading, document and meeting dates."""
    dates = []
    for key in ("meeting_date", "about_meeting"):
        if payload.get(key):
            d = date.fromisoformat(payload[key])
            dates.append(f"{format_long(d)} {d:%B} {d.year} {d.isoformat()}")
    return " ".join(
        [
            str(payload.get("text", "")),
            str(payload.get("heading") or ""),
            str(payload.get("document", "")),
            *dates,
        ]
    )
