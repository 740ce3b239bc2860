"""The action register: every action's latest record in a table; choosing one shows its timeline
(the same answer `boardqa actions N` prints), with sources that open in the source pane."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static
from textual.worker import get_current_worker

from boardqa.errors import BoardqaError
from boardqa.tui.messages import AnswerFailed, AnswerReady, RegisterLoaded
from boardqa.tui.widgets.answer_view import AnswerView

if TYPE_CHECKING:
    from boardqa.tui.app import ChatApp


def clip(text: object, width: int) -> str:
    """One line of at most `width` characters (long cells would push the table sideways)."""
    line = " ".join(str(text or "–").split())
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"


def latest_status(row: dict[str, Any]) -> str:
    if row.get("completed"):
        return "Completed"
    return str(row.get("status") or "–")


class ActionsScreen(Screen[None]):
    """Register on top, the chosen action's timeline below (stacked, so 80 columns suffice)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Back to chat"),
        Binding("t", "focus_timeline", "Timeline sources"),
        Binding("r", "focus_register", "Register"),
    ]

    app: ChatApp

    def compose(self) -> ComposeResult:
        yield Header()
        table: DataTable[str] = DataTable(id="register", cursor_type="row", zebra_stripes=True)
        table.add_columns("No.", "Raised", "Status", "Responsible", "Action")
        table.loading = True
        yield table
        with VerticalScroll(id="timeline"):
            yield Static(
                "Choose an action (Enter or click) to see what happened to it.", classes="hint"
            )
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "action register"
        self.load_register()

    @work(thread=True, exclusive=True, group="register")
    def load_register(self) -> None:
        from boardqa.actions import action_register

        try:
            rows = self.app.consult(lambda a: action_register(a.services.store))
        except Exception as exc:  # the reason is shown; the screen stays usable
            self.app.call_from_thread(self.notify, str(exc), severity="error")
            rows = []
        self.post_message(RegisterLoaded(rows))

    def on_register_loaded(self, message: RegisterLoaded) -> None:
        table = self.query_one("#register", DataTable)
        table.loading = False
        for row in message.rows:
            table.add_row(
                str(row["number"]),
                str(row.get("raised") or "–"),
                latest_status(row),
                clip(row.get("responsible"), 28),
                clip(row.get("action"), 72),
                key=str(row["number"]),
            )
        if not message.rows:
            self.query_one(".hint", Static).update("The index holds no action log.")
        table.focus()

    async def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        number = str(event.row_key.value)
        timeline = self.query_one("#timeline", VerticalScroll)
        await timeline.remove_children()
        view = AnswerView(f"What happened to action {number}?")
        await timeline.mount(view)
        self.timeline(view, number)

    @work(thread=True, exclusive=True, group="timeline")
    def timeline(self, view: AnswerView, number: str) -> None:
        """The core's action timeline; a row chosen later replaces one still being fetched."""
        worker = get_current_worker()
        try:
            answer = self.app.consult(lambda a: a.ask(f"What happened to action {number}?"))
        except BoardqaError as exc:
            self.post_message(AnswerFailed(view, str(exc)))
            return
        except Exception as exc:  # shown in place of the timeline
            self.post_message(AnswerFailed(view, f"Could not answer: {exc}"))
            return
        if not worker.is_cancelled:
            self.post_message(AnswerReady(view, None, answer))

    def on_answer_ready(self, message: AnswerReady) -> None:
        if message.view.is_attached:
            message.view.show_answer(message.answer)

    def on_answer_failed(self, message: AnswerFailed) -> None:
        message.view.show_failure(message.reason)

    def action_focus_timeline(self) -> None:
        lists = self.query("#timeline ListView")
        if lists:
            lists.first().focus()

    def action_focus_register(self) -> None:
        self.query_one("#register", DataTable).focus()
