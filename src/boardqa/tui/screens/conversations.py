"""Saved conversations: pick one to reopen it (its follow-up context comes back with it)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Label, OptionList
from textual.widgets.option_list import Option

from boardqa.tui.store import ConversationStore, SavedChat


def describe(chat: SavedChat) -> str:
    asked = len(chat.answers)
    when = chat.created.replace("T", " ")[:16]
    return f"{chat.title}\n  {when} · {asked} question{'s' * (asked != 1)}"


class ConversationsScreen(ModalScreen[str | None]):
    """Dismisses with the chosen conversation's id, or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Close"),
        Binding("delete,d", "delete", "Delete"),
    ]

    def __init__(self, store: ConversationStore) -> None:
        super().__init__()
        self.store = store

    def compose(self) -> ComposeResult:
        chats = [c for c in self.store.chats() if c.answers]
        with Vertical(id="conversations-dialog", classes="dialog"):
            yield Label("Saved conversations", classes="dialog-title")
            if chats:
                yield OptionList(*[Option(describe(c), id=c.id) for c in chats], markup=False)
            else:
                yield Label("None yet: conversations are saved as you ask.", classes="hint")
        yield Footer()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_delete(self) -> None:
        options = self.query(OptionList)
        if not options:
            return
        listing = options.first(OptionList)
        index = listing.highlighted
        if index is None:
            return
        option = listing.get_option_at_index(index)
        if option.id:
            self.store.delete(option.id)
            listing.remove_option_at_index(index)
            self.notify("Conversation deleted.")
