"""One exchange in the transcript: the question, the answer streamed into a Markdown widget,
and the numbered sources under it."""

from __future__ import annotations

import asyncio
import re
from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Label, Markdown, Static

from boardqa.answer.citations import MARKER, Answer
from boardqa.tui.messages import SourceChosen
from boardqa.tui.widgets.sources import SourceList

# Characters that would turn quoted board papers into Markdown markup (emphasis, links, HTML,
# tables); the papers use "*" for footnotes and "_" in file names.
_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
# A line that opens with "#", "-", "+", ">" or "12." would become a heading, list or quote.
_BLOCK = re.compile(r"^(\s*)([#>+-]|\d+\.)", re.MULTILINE)
# Sentence ends: after . ! ? ” or a closing marker, before whitespace (kept with what follows).
_SENTENCE_END = re.compile(r"(?<=[.!?\]”])(?=\s)")


def escape_markdown(text: str) -> str:
    text = _INLINE.sub(r"\\\1", text)
    text = _ENTITY.sub(r"\\&", text)
    return _BLOCK.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def answer_markdown(text: str) -> str:
    """Answer text as Markdown: the words escaped, each [n] marker a link the pane can open."""
    parts = MARKER.split(text)
    out = []
    for i, part in enumerate(parts):
        # MARKER.split alternates text and the captured marker number.
        out.append(f"[\\[{part}\\]](source:{part})" if i % 2 else escape_markdown(part))
    # A line break in the answer (one item of a list a line) is a break in the view too.
    return "".join(out).replace("\n", "  \n")


def sentences(text: str) -> list[str]:
    """The answer in sentence-sized pieces that join back to exactly the original text."""
    return [piece for piece in _SENTENCE_END.split(text) if piece]


class AnswerView(Vertical):
    """Shows a question while it is answered, then its answer and sources.

    `done` turns true (and the `-done` class appears) once the answer is fully shown, which
    is what tests and snapshots wait for."""

    #: Pause between streamed sentences: the composer answers at once, and a short cadence
    #: lets the eye follow a long answer as it arrives.
    STREAM_PAUSE: ClassVar[float] = 0.02

    def __init__(self, question: str) -> None:
        super().__init__(classes="exchange")
        self.question = question
        self.answer: Answer | None = None
        self.done = False

    def compose(self) -> ComposeResult:
        yield Label(f"› {self.question}", classes="question", markup=False)
        yield Static("Searching the archive…", classes="pending", markup=False)
        yield Markdown(open_links=False, classes="answer")

    @work(exclusive=True, group="stream")
    async def show_answer(self, answer: Answer, stream: bool = True) -> None:
        self.answer = answer
        await self.query_one(".pending", Static).remove()
        self.set_class(answer.abstained, "-abstained")
        markdown = self.query_one(Markdown)
        if answer.notice:
            await self.mount(Label(answer.notice, classes="notice", markup=False), before=markdown)
        if stream:
            writer = Markdown.get_stream(markdown)
            try:
                for piece in sentences(answer.text):
                    await writer.write(answer_markdown(piece))
                    await asyncio.sleep(self.STREAM_PAUSE)
            finally:
                await writer.stop()
        else:
            await markdown.update(answer_markdown(answer.text))
        if answer.citations:
            await self.mount(Label("Sources", classes="sources-title"))
            await self.mount(SourceList(answer.citations))
        if answer.nearest:
            await self.mount(Label("Nearest passages (not an answer)", classes="sources-title"))
            await self.mount(SourceList(answer.nearest, nearest=True))
        self.done = True
        self.add_class("-done")
        if stream:
            # A new answer is read from its question down, however long it is.
            self.call_after_refresh(self.scroll_visible, top=True, animate=False)

    def show_failure(self, reason: str) -> None:
        """An answer that could not be made: the reason in place of the answer."""
        pending = self.query_one(".pending", Static)
        pending.update(reason)
        pending.add_class("-failed")
        self.done = True
        self.add_class("-done")

    def on_markdown_link_clicked(self, event: Markdown.LinkClicked) -> None:
        """A click on an [n] marker opens that source, as choosing it in the list would."""
        event.stop()
        if not (self.answer and event.href.startswith("source:")):
            return
        n = event.href.removeprefix("source:")
        for citation in self.answer.citations:
            if str(citation.n) == n:
                self.post_message(SourceChosen(citation))
