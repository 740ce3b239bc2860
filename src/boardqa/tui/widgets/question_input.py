"""The question box: an Input that recalls earlier questions with up/down, like a shell."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import Input


class QuestionInput(Input):
    """Up walks back through the questions asked; down walks forward to the draft."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "history(-1)", "Earlier question", show=False),
        Binding("down", "history(1)", "Later question", show=False),
        # Input's emacs-style ctrl+e (end of line) would hide the chat's export key; End stays.
        Binding("ctrl+e", "app.export", "Export"),
    ]

    def __init__(self, id: str | None = None) -> None:
        super().__init__(placeholder="Ask about the board's meetings, papers and actions…", id=id)
        self.history: list[str] = []
        self._cursor: int | None = None  # position in history while recalling
        self._draft = ""

    def remember(self, question: str) -> None:
        if question and (not self.history or self.history[-1] != question):
            self.history.append(question)
        self._cursor = None

    def action_history(self, step: int) -> None:
        if not self.history:
            return
        if self._cursor is None:
            if step > 0:
                return
            self._draft = self.value
            self._cursor = len(self.history)
        self._cursor += step
        if self._cursor < 0:
            self._cursor = 0
        if self._cursor >= len(self.history):
            self._cursor = None
            self.value = self._draft
        else:
            self.value = self.history[self._cursor]
        self.cursor_position = len(self.value)
