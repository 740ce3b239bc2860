"""Saved conversations (one JSON file each under the user data directory) and their Markdown
export.

A chat keeps two things: the core `Conversation` (what follow-ups resolve against) and the
answers as shown, with their citations in full, so a reopened chat looks as it did and its
sources still open in the source pane.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any

from boardqa.answer.citations import MARKER, Answer, Citation
from boardqa.conversation import Conversation
from boardqa.parse.dates import format_long

_CITATION_FIELDS = {f.name for f in fields(Citation)}


def default_data_dir() -> Path:
    """BOARDQA_DATA_DIR (tests, portable installs), else the platform's user data folder."""
    if os.environ.get("BOARDQA_DATA_DIR"):
        return Path(os.environ["BOARDQA_DATA_DIR"])
    import platformdirs

    return Path(platformdirs.user_data_dir("boardqa"))


def _citation_from_json(data: dict[str, Any]) -> Citation:
    known = {k: v for k, v in data.items() if k in _CITATION_FIELDS}
    known["also_in"] = tuple(known.get("also_in") or ())
    return Citation(**known)


def answer_to_json(answer: Answer) -> dict[str, Any]:
    """Everything needed to show the answer again (`Answer.to_json` drops the fields the
    source pane needs, such as `document_id`)."""
    return {
        "question": answer.question,
        "text": answer.text,
        "abstained": answer.abstained,
        "citations": [asdict(c) for c in answer.citations],
        "nearest": [asdict(c) for c in answer.nearest],
        "notice": answer.notice,
    }


def answer_from_json(data: dict[str, Any]) -> Answer:
    return Answer(
        question=data["question"],
        text=data["text"],
        abstained=bool(data.get("abstained")),
        citations=tuple(_citation_from_json(c) for c in data.get("citations", [])),
        nearest=tuple(_citation_from_json(c) for c in data.get("nearest", [])),
        notice=data.get("notice"),
    )


@dataclass
class SavedChat:
    """One chat: its id (also the file name), when it began, the follow-up context, answers."""

    id: str
    created: str
    conversation: Conversation = field(default_factory=Conversation)
    answers: list[Answer] = field(default_factory=list)

    @property
    def title(self) -> str:
        return self.answers[0].question if self.answers else "New conversation"

    @classmethod
    def new(cls) -> SavedChat:
        now = datetime.now()
        return cls(id=now.strftime("%Y%m%d-%H%M%S-%f"), created=now.isoformat(timespec="seconds"))

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "created": self.created,
            "conversation": self.conversation.to_json(),
            "answers": [answer_to_json(a) for a in self.answers],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SavedChat:
        return cls(
            id=data["id"],
            created=data.get("created", ""),
            conversation=Conversation.from_json(data.get("conversation", {})),
            answers=[answer_from_json(a) for a in data.get("answers", [])],
        )


class ConversationStore:
    """A folder of chats, newest first; written atomically so a crash never leaves half a file."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.folder = data_dir / "conversations"

    def save(self, chat: SavedChat) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / f"{chat.id}.json"
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(chat.to_json(), ensure_ascii=False, indent=1))
        tmp.replace(path)
        return path

    def load(self, chat_id: str) -> SavedChat:
        return SavedChat.from_json(json.loads((self.folder / f"{chat_id}.json").read_text()))

    def delete(self, chat_id: str) -> None:
        (self.folder / f"{chat_id}.json").unlink(missing_ok=True)

    def chats(self) -> list[SavedChat]:
        """Every readable chat, most recent first; a damaged file is skipped, not fatal."""
        chats = []
        for path in sorted(self.folder.glob("*.json"), reverse=True):
            try:
                chats.append(SavedChat.from_json(json.loads(path.read_text())))
            except (OSError, ValueError, KeyError, TypeError):
                continue
        return chats

    def recent_questions(self, limit: int = 200) -> list[str]:
        """Questions from saved chats, oldest first, for the question box's up-arrow."""
        questions = [a.question for chat in self.chats() for a in reversed(chat.answers)]
        return list(reversed(questions[:limit]))

    def export(self, chat: SavedChat) -> Path:
        folder = self.data_dir / "exports"
        folder.mkdir(parents=True, exist_ok=True)
        slug = re.sub(r"[^a-z0-9]+", "-", chat.title.lower()).strip("-")[:48] or "conversation"
        path = folder / f"{chat.id}-{slug}.md"
        path.write_text(chat_to_markdown(chat))
        return path


def footnote(n: int, citation: Citation) -> str:
    """`[^1]: 19 March 2021, Action Log, item 4, p. 3, ¶ 6 — "quoted paragraph text"`."""
    where = citation.location().replace(" › ", ", ")
    quoted = " ".join(citation.text.split()).replace('"', "'")
    return f'[^{n}]: {where} — "{quoted}"'


def _as_footnote(numbers: dict[int, int], marker: re.Match[str]) -> str:
    """An answer's [n] as the document's [^m]; a marker citing nothing is dropped."""
    n = int(marker.group(1))
    return f"[^{numbers[n]}]" if n in numbers else ""


def chat_to_markdown(chat: SavedChat) -> str:
    """The chat as a Markdown document, each cited paragraph a footnote.

    Footnotes are numbered across the whole document (a paragraph cited by two answers gets
    one footnote), since Markdown footnote labels are global."""
    day = chat.created[:10]
    when = format_long(date.fromisoformat(day)) if day else ""
    lines = [f"# {chat.title}", "", f"_A boardqa conversation, {when}._" if when else "", ""]
    numbers: dict[str, int] = {}
    notes: list[str] = []
    for answer in chat.answers:
        local: dict[int, int] = {}
        for c in answer.citations:
            if c.id not in numbers:
                numbers[c.id] = len(numbers) + 1
                notes.append(footnote(numbers[c.id], c))
            local[c.n] = numbers[c.id]
        text = MARKER.sub(partial(_as_footnote, local), answer.text)
        lines += [f"## {answer.question}", "", text, ""]
        if answer.nearest:
            lines += ["Nearest passages (not an answer):", ""]
            lines += [f"- {c.location()}: “{' '.join(c.text.split())}”" for c in answer.nearest]
            lines.append("")
    if notes:
        lines += [*notes, ""]
    return "\n".join(lines)
