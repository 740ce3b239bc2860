"""Filters: a small modal (key f) and the command palette's "Filter: …" commands, which set the
same `UserFilters` the CLI's --meeting/--since/--until/--kind flags do."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, SelectionList

from boardqa.parse.dates import format_long
from boardqa.records import DOCUMENT_KINDS
from boardqa.retrieve import UserFilters

if TYPE_CHECKING:
    from boardqa.tui.app import ChatApp


class FilterScreen(ModalScreen[UserFilters | None]):
    """Meeting, date range and document kinds; dismisses with the new filters (None: cancel)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "apply", "Apply"),
    ]

    def __init__(self, current: UserFilters, meetings: list[date]) -> None:
        super().__init__()
        self.current = current
        self.meetings = meetings

    def compose(self) -> ComposeResult:
        c = self.current
        with Vertical(id="filter-dialog", classes="dialog"):
            yield Label("Filters", classes="dialog-title")
            yield Label("Meeting")
            yield Select(
                [(format_long(d), d) for d in self.meetings],
                prompt="any meeting",
                value=c.meeting if c.meeting in self.meetings else Select.NULL,
                id="meeting",
                compact=True,
            )
            yield Label("Between (YYYY-MM-DD)")
            with Horizontal(classes="dates"):
                yield Input(
                    c.since.isoformat() if c.since else "", "since", id="since", compact=True
                )
                yield Label("–", classes="dash")
                yield Input(
                    c.until.isoformat() if c.until else "", "until", id="until", compact=True
                )
            yield Label("Document kinds (none ticked: all)")
            yield SelectionList[str](
                *[(k.replace("_", " "), k, k in c.kinds) for k in DOCUMENT_KINDS],
                id="kinds",
                compact=True,
            )
            with Horizontal(classes="buttons"):
                yield Button("Apply", variant="primary", id="apply", compact=True)
                yield Button("Clear", id="clear", compact=True)
                yield Button("Cancel", id="cancel", compact=True)

    def _date(self, field: str) -> tuple[bool, date | None]:
        box = self.query_one(f"#{field}", Input)
        text = box.value.strip()
        try:
            value = date.fromisoformat(text) if text else None
        except ValueError:
            box.add_class("-invalid")
            self.notify(f"“{text}” is not a date: use YYYY-MM-DD.", severity="error")
            return False, None
        box.remove_class("-invalid")
        return True, value

    @on(Button.Pressed, "#apply")
    @on(Input.Submitted)
    def action_apply(self) -> None:
        ok_since, since = self._date("since")
        ok_until, until = self._date("until")
        if not (ok_since and ok_until):
            return
        meeting = self.query_one("#meeting", Select).value
        kinds = tuple(self.query_one("#kinds", SelectionList).selected)
        self.dismiss(
            UserFilters(
                meeting=meeting if isinstance(meeting, date) else None,
                since=since,
                until=until,
                kinds=kinds,
            )
        )

    @on(Button.Pressed, "#clear")
    def clear(self) -> None:
        self.dismiss(UserFilters())

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


class FilterCommands(Provider):
    """Palette commands: "Filter: meeting 2021-03-19", "Filter: kind minutes", "Clear filters",
    and the chat's other actions, so everything is reachable by typing."""

    @property
    def chat_app(self) -> ChatApp:
        return self.app  # type: ignore[return-value]

    def _commands(self) -> Iterator[tuple[str, Callable[[], object], str]]:
        app = self.chat_app
        yield "Clear filters", app.action_clear_filters, "search every meeting and kind"
        yield "Filters…", app.action_filters, "choose meeting, dates and kinds"
        for d in app.meetings:
            day = d.isoformat()
            yield f"Filter: meeting {day}", partial(app.set_filters, meeting=d), format_long(d)
            yield f"Filter: since {day}", partial(app.set_filters, since=d), "from this date on"
            yield f"Filter: until {day}", partial(app.set_filters, until=d), "up to this date"
        for kind in DOCUMENT_KINDS:
            yield (
                f"Filter: kind {kind}",
                partial(app.set_filters, kinds=(kind,)),
                f"only {kind.replace('_', ' ')} paragraphs",
            )
        yield "New conversation", app.action_new_chat, "start again without follow-ups"
        yield "Saved conversations", app.action_saved_chats, "reopen an earlier chat"
        yield "Export conversation to Markdown", app.action_export, "citations as footnotes"
        yield "Action register", app.action_actions, "every action and its timeline"

    async def discover(self) -> Hits:
        for name, callback, help_text in self._commands():
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, callback, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)
