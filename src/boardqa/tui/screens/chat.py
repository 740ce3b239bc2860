"""The main screen: the transcript of questions and answers, the status line, the question box.

Questions are answered in a thread worker against the app's index; the worker reports with
messages, and the answer is streamed into its view on the UI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Static
from textual.worker import get_current_worker

from boardqa.errors import BoardqaError
from boardqa.tui.messages import AnswerFailed, AnswerReady
from boardqa.tui.widgets.answer_view import AnswerView
from boardqa.tui.widgets.question_input import QuestionInput
from boardqa.tui.widgets.sources import SourceList
from boardqa.tui.widgets.status_line import StatusLine

if TYPE_CHECKING:
    from boardqa.answer.citations import Answer
    from boardqa.ask import Answerer
    from boardqa.retrieve import UserFilters
    from boardqa.tui.app import ChatApp
    from boardqa.tui.store import SavedChat

WELCOME = (
    "Ask about the board's meetings, papers and actions — for example "
    "“What happened to action 6?”, then follow up with “Who is responsible for it?”.\n"
    "Answers cite numbered paragraphs: Tab or Esc moves to the sources, Enter opens one. "
    "F1 lists every key."
)

MISSING = (
    "There is no index at {where} yet.\n\n"
    "Build one from the board's papers, then start the chat again:\n\n"
    "    boardqa index corpus/ --index {where}\n"
    "    boardqa chat --index {where}\n\n"
    "(run `boardqa index corpus/` with the folder that holds the packs, minutes and logs)"
)


class ChatScreen(Screen[None]):
    """Questions in, cited answers out, one conversation at a time."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+e", "app.export", "Export"),
        Binding("ctrl+f,f", "app.filters", "Filters"),
        Binding("ctrl+r,a", "app.actions", "Actions"),
        Binding("ctrl+n", "app.new_chat", "New chat"),
        Binding("ctrl+o", "app.saved_chats", "Saved"),
        Binding("escape", "toggle_focus", "Sources ⇄ question", show=False),
        Binding("i,slash", "focus_question", "Back to the question box", show=False),
    ]

    app: ChatApp

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="transcript"):
            yield Static(WELCOME, id="welcome", markup=False)
        yield StatusLine(id="status")
        yield QuestionInput(id="question")
        yield Footer()

    def on_mount(self) -> None:
        self.watch(self.app, "index_status", self._show_index_status)
        box = self.query_one(QuestionInput)
        box.history = self.app.store.recent_questions()
        box.focus()

    def _show_index_status(self, status: tuple[str, str]) -> None:
        state, text = status
        self.query_one(StatusLine).show(state, text)
        if state == "missing":
            welcome = self.query("#welcome")
            if welcome:
                welcome.first(Static).update(MISSING.format(where=self.app.index_dir))
                welcome.first().add_class("-guidance")

    # -- asking ----------------------------------------------------------------------------

    @on(Input.Submitted, "#question")
    async def ask_question(self, event: Input.Submitted) -> None:
        question = event.value.strip()
        if not question:
            return
        box = self.query_one(QuestionInput)
        box.clear()
        box.remember(question)
        await self.query("#welcome").remove()
        view = AnswerView(question)
        transcript = self.query_one("#transcript", VerticalScroll)
        await transcript.mount(view)
        view.scroll_visible(top=True, animate=False)
        self.answer(view, question, self.app.chat, self.app.filters)

    @work(thread=True, exclusive=True, group="ask")
    def answer(
        self, view: AnswerView, question: str, chat: SavedChat, filters: UserFilters
    ) -> None:
        """Answer off the UI thread; a newer question supersedes one still waiting its turn."""
        worker = get_current_worker()

        def ask(answerer: Answerer) -> Answer:
            if worker.is_cancelled:
                raise _Superseded
            return answerer.ask(question, chat.conversation, filters)

        try:
            answer = self.app.consult(ask)
        except _Superseded:
            self.post_message(AnswerFailed(view, "Skipped: a newer question was asked."))
        except BoardqaError as exc:
            self.post_message(AnswerFailed(view, str(exc)))
        except Exception as exc:  # shown to the user, never as a traceback
            self.post_message(AnswerFailed(view, f"Could not answer: {exc}"))
        else:
            self.post_message(AnswerReady(view, chat, answer))

    def on_answer_ready(self, message: AnswerReady) -> None:
        if message.chat is not None:
            message.chat.answers.append(message.answer)
            self.app.save_chat(message.chat)
        if message.view.is_attached:
            message.view.show_answer(message.answer)

    def on_answer_failed(self, message: AnswerFailed) -> None:
        message.view.show_failure(message.reason)
        if not message.reason.startswith("Skipped"):
            self.notify(message.reason, severity="error", timeout=8)

    # -- conversations ---------------------------------------------------------------------

    async def show_chat(self, chat: SavedChat) -> None:
        """Replace the transcript with `chat` (empty for a new one). The question box keeps its
        history: earlier questions stay a key away whichever chat is open."""
        self.workers.cancel_group(self, "ask")
        transcript = self.query_one("#transcript", VerticalScroll)
        await transcript.remove_children()
        box = self.query_one(QuestionInput)
        if not chat.answers:
            await transcript.mount(Static(WELCOME, id="welcome", markup=False))
        for answer in chat.answers:
            view = AnswerView(answer.question)
            await transcript.mount(view)
            view.show_answer(answer, stream=False)
        self.call_after_refresh(transcript.scroll_end, animate=False)
        box.focus()

    # -- focus -----------------------------------------------------------------------------

    def action_toggle_focus(self) -> None:
        """Esc: from the question box to the latest sources, and back."""
        box = self.query_one(QuestionInput)
        lists = self.query(SourceList)
        if box.has_focus and lists:
            lists.last().focus()
        else:
            box.focus()

    def action_focus_question(self) -> None:
        self.query_one(QuestionInput).focus()


class _Superseded(Exception):
    """A question cancelled before its turn came (the user asked another)."""
