"""The key bindings, gathered from the classes that declare them, so help never goes stale."""

from __future__ import annotations

from typing import Any, ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

Section = tuple[str, list[Binding]]


def help_sections(app_class: type[App[Any]]) -> list[Section]:
    """Every place that binds keys, in the order a user meets them."""
    from boardqa.tui.screens.actions import ActionsScreen
    from boardqa.tui.screens.chat import ChatScreen
    from boardqa.tui.screens.filters import FilterScreen
    from boardqa.tui.screens.source import SourceScreen
    from boardqa.tui.widgets.question_input import QuestionInput

    def bindings(owner: type[object], *extra: Binding) -> list[Binding]:
        return [*Binding.make_bindings(getattr(owner, "BINDINGS", [])), *extra]

    return [
        ("Chat", bindings(ChatScreen)),
        (
            "Question box",
            bindings(QuestionInput, Binding("enter", "submit", "Ask the question")),
        ),
        (
            "Sources",
            [
                Binding("tab", "focus_next", "Next list of sources"),
                Binding("enter", "select", "Open the highlighted source"),
            ],
        ),
        ("Source pane", bindings(SourceScreen)),
        ("Action register", bindings(ActionsScreen)),
        ("Filter dialog", bindings(FilterScreen)),
        (
            "Everywhere",
            bindings(
                app_class,
                Binding("ctrl+p", "command_palette", "Command palette: filters, themes…"),
            ),
        ),
    ]


class HelpScreen(ModalScreen[None]):
    """One table per section: keys on the left, what they do on the right."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,f1,question_mark", "dismiss", "Close help"),
    ]

    def __init__(self, sections: list[Section]) -> None:
        super().__init__()
        self.sections = sections

    def _rows(self, bindings: list[Binding]) -> str:
        keys: dict[str, list[str]] = {}
        for b in bindings:
            if b.description:  # system bindings without a description are not for users
                keys.setdefault(b.description, []).append(self.app.get_key_display(b))
        return "\n".join(f"{' / '.join(k):<16} {what}" for what, k in keys.items())

    def compose(self) -> ComposeResult:
        with Vertical(id="help-dialog", classes="dialog"):
            yield Label("Keys", classes="dialog-title")
            with VerticalScroll():
                for title, bindings in self.sections:
                    yield Label(title, classes="help-section")
                    yield Static(self._rows(bindings), classes="help-keys", markup=False)
            yield Label("Esc closes this help.", classes="hint")
