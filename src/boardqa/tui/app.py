"""The chat app: owns the opened index, the current conversation and the filters; the screens
show them. The index opens in a worker thread so the window is usable at once."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, TypeVar

from textual import work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.reactive import reactive

from boardqa.errors import BoardqaError, IndexBusyError, IndexMissingError
from boardqa.parse.dates import format_long
from boardqa.retrieve import UserFilters
from boardqa.services import Settings
from boardqa.tui.messages import IndexLoading, IndexReady, IndexUnavailable, SourceChosen
from boardqa.tui.screens.chat import ChatScreen
from boardqa.tui.screens.filters import FilterCommands, FilterScreen
from boardqa.tui.store import ConversationStore, SavedChat, default_data_dir

if TYPE_CHECKING:
    from boardqa.ask import Answerer

T = TypeVar("T")


def describe_filters(filters: UserFilters) -> str:
    """The filters as the header's sub-title shows them ("" when none are set)."""
    parts = []
    if filters.meeting:
        parts.append(f"meeting {format_long(filters.meeting)}")
    if filters.since:
        parts.append(f"since {format_long(filters.since)}")
    if filters.until:
        parts.append(f"until {format_long(filters.until)}")
    if filters.kinds:
        parts.append("kind " + ", ".join(filters.kinds))
    return "filters: " + " · ".join(parts) if parts else ""


class ChatApp(App[None]):
    """`boardqa chat`: ask the archive, follow up, read the sources, browse the actions."""

    CSS_PATH = Path(__file__).with_name("app.tcss")  # absolute: subclasses live elsewhere
    TITLE = "boardqa"
    COMMANDS: ClassVar = App.COMMANDS | {FilterCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1,question_mark", "help", "Help"),
        Binding("ctrl+q", "quit", "Quit", show=False, priority=True),
    ]

    #: (state, text) for the status line: loading, ready, missing, busy or error.
    index_status: reactive[tuple[str, str]] = reactive(("loading", "opening the index…"))
    filters: reactive[UserFilters] = reactive(UserFilters, always_update=True)

    def __init__(
        self,
        index_dir: Path | str | None = None,
        data_dir: Path | str | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings or Settings.from_env(str(index_dir) if index_dir else None)
        self.store = ConversationStore(Path(data_dir) if data_dir else default_data_dir())
        self.chat = SavedChat.new()
        self.answerer: Answerer | None = None
        self.meetings: list[date] = []
        self._index_error: BoardqaError | None = None
        self._index_opened = threading.Event()
        self._loaded = ""  # "797 paragraphs from 4 meetings", once the manifest is read
        # Workers take turns on the index: one Edge shard, no promise it is thread-safe.
        self._index_lock = threading.Lock()
        self._closed = False

    @property
    def index_dir(self) -> Path:
        return self.settings.index_dir

    def get_default_screen(self) -> ChatScreen:
        return ChatScreen()

    @property
    def chat_screen(self) -> ChatScreen:
        """The chat (the bottom of the screen stack), whatever is shown above it."""
        screen = self.screen_stack[0]
        assert isinstance(screen, ChatScreen)
        return screen

    def on_mount(self) -> None:
        self.open_index()

    def on_unmount(self) -> None:
        with self._index_lock:
            self._closed = True
            if self.answerer is not None:
                self.answerer.close()
                self.answerer = None

    # -- the index -------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="index")
    def open_index(self) -> None:
        """Read the manifest (instant), say what is being loaded, then open shard and encoder."""
        from boardqa.index.build import load_manifest

        try:
            manifest = load_manifest(self.index_dir)
            if not manifest and not self.settings.qdrant_url:
                raise IndexMissingError(str(self.index_dir))
            files = manifest.get("files", {}).values()
            points = sum(len(f.get("keys", [])) for f in files)
            meetings = {f["meeting_date"] for f in files if f.get("meeting_date")}
            self.post_message(IndexLoading(points, len(meetings)))
            from boardqa.ask import Answerer
            from boardqa.services import Services

            answerer = Answerer(Services(self.settings))
            with self._index_lock:
                if self._closed:  # the user quit while it opened: release the shard now
                    answerer.close()
                    return
                self.answerer = answerer
                self.meetings = list(answerer.meetings)
            self.post_message(IndexReady(answerer.busy))
        except IndexMissingError as exc:
            self._index_error = exc
            self.post_message(IndexUnavailable(str(exc), missing=True))
        except IndexBusyError as exc:
            self._index_error = exc
            self.post_message(IndexUnavailable(str(exc), missing=False, busy=True))
        except Exception as exc:  # a damaged index must not become a traceback
            self._index_error = BoardqaError(f"could not open the index at {self.index_dir}: {exc}")
            self.post_message(IndexUnavailable(str(self._index_error), missing=False))
        finally:
            self._index_opened.set()

    def consult(self, call: Callable[[Answerer], T]) -> T:
        """Run `call` on the opened index, from a worker thread: waits while the index opens,
        raises the reason when there is none."""
        self._index_opened.wait()
        with self._index_lock:
            if self.answerer is None:
                raise self._index_error or IndexMissingError(str(self.index_dir))
            return call(self.answerer)

    def on_index_loading(self, message: IndexLoading) -> None:
        self._loaded = f"{message.paragraphs} paragraphs from {message.meetings} meetings"
        self.index_status = ("loading", f"loading index… {self._loaded}")

    def on_index_ready(self, message: IndexReady) -> None:
        self.index_status = ("ready", f"ready · {self._loaded}")
        if message.being_written:
            self.notify("The index is being updated; answers may change.", severity="warning")

    def on_index_unavailable(self, message: IndexUnavailable) -> None:
        if message.missing:
            self.index_status = ("missing", "no index — run `boardqa index corpus/`")
        elif message.busy:
            self.index_status = ("busy", "index busy")
            self.notify(message.reason, title="Index busy", severity="error", timeout=10)
        else:
            self.index_status = ("error", "the index could not be opened")
            self.notify(message.reason, title="Index", severity="error", timeout=10)

    # -- filters ---------------------------------------------------------------------------

    def watch_filters(self, filters: UserFilters) -> None:
        self.sub_title = describe_filters(filters)

    def set_filters(self, **changes: object) -> None:
        """Change some filters (from the palette); a meeting replaces a date range."""
        current = self.filters
        values: dict[str, object] = {
            "meeting": current.meeting,
            "since": current.since,
            "until": current.until,
            "kinds": current.kinds,
        }
        if "meeting" in changes:
            values["since"] = values["until"] = None
        if {"since", "until"} & changes.keys():
            values["meeting"] = None
        values.update(changes)
        self.filters = UserFilters(**values)  # type: ignore[arg-type]

    def action_clear_filters(self) -> None:
        self.filters = UserFilters()
        self.notify("Filters cleared: every meeting and document kind.")

    def action_filters(self) -> None:
        def apply(filters: UserFilters | None) -> None:
            if filters is not None:
                self.filters = filters

        self.push_screen(FilterScreen(self.filters, self.meetings), apply)

    # -- conversations ---------------------------------------------------------------------

    def save_chat(self, chat: SavedChat) -> None:
        try:
            self.store.save(chat)
        except OSError as exc:
            self.notify(f"Could not save the conversation: {exc}", severity="error")

    async def action_new_chat(self) -> None:
        self.chat = SavedChat.new()
        await self.chat_screen.show_chat(self.chat)
        self.notify("New conversation.")

    def action_saved_chats(self) -> None:
        from boardqa.tui.screens.conversations import ConversationsScreen

        async def reopen(chat_id: str | None) -> None:
            if chat_id is None:
                return
            try:
                self.chat = self.store.load(chat_id)
            except (OSError, ValueError, KeyError) as exc:
                self.notify(f"Could not open that conversation: {exc}", severity="error")
                return
            await self.chat_screen.show_chat(self.chat)

        self.push_screen(ConversationsScreen(self.store), reopen)

    def action_export(self) -> None:
        if not self.chat.answers:
            self.notify("Nothing to export yet: ask a question first.", severity="warning")
            return
        try:
            path = self.store.export(self.chat)
        except OSError as exc:
            self.notify(f"Could not export: {exc}", severity="error")
            return
        self.notify(f"Exported to {path}", title="Export")

    # -- other screens ---------------------------------------------------------------------

    def action_actions(self) -> None:
        from boardqa.tui.screens.actions import ActionsScreen

        self.push_screen(ActionsScreen())

    def action_help(self) -> None:
        from boardqa.tui.screens.help import HelpScreen, help_sections

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(help_sections(type(self))))

    def on_source_chosen(self, message: SourceChosen) -> None:
        from boardqa.tui.screens.source import SourceScreen

        self.push_screen(SourceScreen(message.citation))
