"""One line above the question box saying what the index is doing."""

from __future__ import annotations

from textual.reactive import reactive
from textual.widgets import Static

_STATES = ("loading", "ready", "missing", "busy", "error")


class StatusLine(Static):
    """Text plus a state (a CSS class), so colour follows the theme and tests can read it."""

    state: reactive[str] = reactive("loading")

    def show(self, state: str, text: str) -> None:
        self.state = state
        self.update(text)

    def watch_state(self, state: str) -> None:
        for name in _STATES:
            self.set_class(name == state, f"-{name}")
