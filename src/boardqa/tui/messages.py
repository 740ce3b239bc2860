"""Messages between the chat's workers, widgets and screens.

Workers run in threads and must not touch widgets, so they report with these; widgets report
the user's choices with them rather than reaching into their screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from boardqa.answer.citations import Answer, Citation
    from boardqa.tui.store import SavedChat
    from boardqa.tui.widgets.answer_view import AnswerView


class IndexLoading(Message):
    """The manifest was read; the shard and encoder are opening."""

    def __init__(self, paragraphs: int, meetings: int) -> None:
        super().__init__()
        self.paragraphs = paragraphs
        self.meetings = meetings


class IndexReady(Message):
    """The index is open and questions can be answered."""

    def __init__(self, being_written: bool) -> None:
        super().__init__()
        self.being_written = being_written


class IndexUnavailable(Message):
    """No index (`missing`), or one that could not be opened (busy, broken)."""

    def __init__(self, reason: str, missing: bool, busy: bool = False) -> None:
        super().__init__()
        self.reason = reason
        self.missing = missing
        self.busy = busy


class AnswerReady(Message):
    """A question's answer, for the view that shows it and the chat that keeps it."""

    def __init__(self, view: AnswerView, chat: SavedChat | None, answer: Answer) -> None:
        super().__init__()
        self.view = view
        self.chat = chat
        self.answer = answer


class AnswerFailed(Message):
    """A question could not be answered (no index, an error): shown in place of the answer."""

    def __init__(self, view: AnswerView, reason: str) -> None:
        super().__init__()
        self.view = view
        self.reason = reason


class SourceChosen(Message):
    """The user picked a cited (or nearest) paragraph: open it in the source pane."""

    def __init__(self, citation: Citation) -> None:
        super().__init__()
        self.citation = citation


class RegisterLoaded(Message):
    """The action register's rows (one dict per action, as `action_register` returns them)."""

    def __init__(self, rows: list[dict[str, object]]) -> None:
        super().__init__()
        self.rows = rows


class ContextLoaded(Message):
    """The cited paragraph with its neighbours, for the source pane."""

    def __init__(self, paragraphs: list[Citation]) -> None:
        super().__init__()
        self.paragraphs = paragraphs
