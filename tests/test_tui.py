"""The terminal chat, driven through `App.run_test()` against the real seed index."""

from __future__ import annotations

import asyncio
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.command import CommandList
from textual.pilot import Pilot
from textual.widgets import DataTable, Markdown

from boardqa.tui.app import ChatApp
from boardqa.tui.screens.help import HelpScreen, help_sections
from boardqa.tui.screens.source import SourceScreen
from boardqa.tui.widgets.answer_view import AnswerView
from boardqa.tui.widgets.question_input import QuestionInput
from boardqa.tui.widgets.sources import SourceItem, SourceList
from boardqa.tui.widgets.status_line import StatusLine

ROOT = Path(__file__).resolve().parents[1]
SIZE = (100, 32)


@pytest.fixture(scope="module")
def tui_index(seed_index: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the seed index: Edge lets one holder open a shard, and other modules may
    still hold the original."""
    copy = tmp_path_factory.mktemp("tui") / "index"
    shutil.copytree(seed_index, copy)
    return copy


@pytest.fixture
def make_app(
    tui_index: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Callable[..., ChatApp]:
    # Sources are shown relative to the current folder: keep snapshots independent of checkout.
    monkeypatch.chdir(ROOT)
    monkeypatch.setattr(AnswerView, "STREAM_PAUSE", 0.0)

    def make(index_dir: Path | None = None, app_class: type[ChatApp] = ChatApp) -> ChatApp:
        return app_class(index_dir=index_dir or tui_index, data_dir=tmp_path / "data")

    return make


# -- helpers ---------------------------------------------------------------------------------


async def wait_until(
    pilot: Pilot[None], predicate: Callable[[], object], timeout: float = 15.0
) -> None:
    """Let the app run until `predicate()` holds (no fixed sleeps: workers take their time)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {predicate}")
        await pilot.pause(0.02)


def drive(app: ChatApp, scenario: Callable[[Pilot[None]], Awaitable[None]]) -> None:
    async def run() -> None:
        async with app.run_test(size=SIZE) as pilot:
            await scenario(pilot)

    asyncio.run(run())


async def ask(pilot: Pilot[None], question: str, answered: bool = True) -> AnswerView:
    """Type a question, press enter, wait until its answer and sources are shown."""
    screen = pilot.app.screen_stack[0]
    before = len(screen.query(AnswerView))
    box = screen.query_one(QuestionInput)
    box.focus()
    box.value = question
    await pilot.press("enter")
    await wait_until(
        pilot, lambda: len(screen.query(AnswerView)) > before and screen.query(AnswerView)[-1].done
    )
    view = screen.query(AnswerView)[-1]
    failed = view.query(".pending")
    assert view.answer is not None or not answered, (
        failed.first().render() if failed else "no answer"
    )
    return view


def shown_text(view: AnswerView) -> str:
    """The answer's Markdown as written to the widget, Markdown escapes removed."""
    return re.sub(r"\\(.)", r"\1", view.query_one(Markdown).source)


async def wait_ready(pilot: Pilot[None]) -> None:
    await wait_until(pilot, lambda: pilot.app.index_status[0] != "loading")  # type: ignore[attr-defined]


# -- the chat --------------------------------------------------------------------------------


def test_the_window_is_usable_while_the_index_opens_in_a_worker(make_app):
    class Recording(ChatApp):
        def __init__(self, **kwargs: Path) -> None:
            super().__init__(**kwargs)
            self.statuses: list[tuple[str, str]] = []

        def watch_index_status(self, status: tuple[str, str]) -> None:
            self.statuses.append(status)

    app = make_app(app_class=Recording)

    async def scenario(pilot: Pilot[None]) -> None:
        assert app.screen.query_one(QuestionInput).has_focus
        await wait_ready(pilot)
        status = app.screen.query_one(StatusLine)
        assert status.state == "ready"
        assert str(status.render()).startswith("ready · ")

    drive(app, scenario)
    loading = [text for state, text in app.statuses if state == "loading"]
    assert loading and re.fullmatch(r"loading index… \d+ paragraphs from 4 meetings", loading[-1])
    assert app.statuses[-1][0] == "ready"


def test_action_6_is_answered_with_numbered_sources(make_app):
    async def scenario(pilot: Pilot[None]) -> None:
        view = await ask(pilot, "What happened to action 6?")
        assert "Police & Crime Panel" in shown_text(view)
        assert "[[1]](source:1)" in shown_text(view)  # the marker is a link to source 1
        first = view.query_one(SourceList).query(SourceItem).first()
        label = str(first.query_one(".location").render())
        assert label.startswith("[1] 19 March 2021 › ") and label.endswith("¶ 6")

    drive(make_app(), scenario)


def test_follow_ups_use_the_conversation_and_up_recalls_questions(make_app):
    async def scenario(pilot: Pilot[None]) -> None:
        await ask(pilot, "What happened to action 6?")
        who = await ask(pilot, "Who is responsible for it?")
        assert "Paul Hindson" in shown_text(who)
        box = pilot.app.screen.query_one(QuestionInput)
        await pilot.press("up")
        assert box.value == "Who is responsible for it?"
        await pilot.press("up")
        assert box.value == "What happened to action 6?"
        await pilot.press("down", "down")
        assert box.value == ""

    drive(make_app(), scenario)


def test_opening_a_source_highlights_the_cited_paragraph(make_app):
    app = make_app()

    async def scenario(pilot: Pilot[None]) -> None:
        view = await ask(pilot, "What happened to action 6?")
        cited = view.answer.citations[0]
        await pilot.press("escape", "enter")  # to the sources, open the first
        await wait_until(pilot, lambda: app.screen.query(".paragraph.-cited"))
        pane = app.screen
        assert isinstance(pane, SourceScreen)
        highlighted = pane.query(".paragraph.-cited")
        assert len(highlighted) == 1 and highlighted.first().paragraph.id == cited.id
        assert len(pane.query(".paragraph")) > 1  # with its neighbours
        assert str(pane.query_one("#source-location").render()) == cited.location()
        await pilot.press("c")
        path, line = app.clipboard.rsplit(":", 1)  # a text file: path:line of the paragraph
        assert path.endswith("lscsb-2021-03-19-reports-pack.txt")
        assert "Provide further explanation" in Path(path).read_text().splitlines()[int(line) - 1]
        await pilot.press("escape")
        assert not isinstance(app.screen, SourceScreen)

    drive(app, scenario)


def test_a_meeting_filter_from_the_palette_is_shown_and_applied(make_app):
    app = make_app()

    async def scenario(pilot: Pilot[None]) -> None:
        await wait_ready(pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"Filter: meeting 2021-03-19")
        commands = app.screen.query_one(CommandList)
        await wait_until(
            pilot,
            lambda: (
                commands.option_count
                and "meeting 2021-03-19" in str(commands.get_option_at_index(0).prompt)
            ),
        )
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.filters.meeting is not None)
        assert app.sub_title == "filters: meeting 19 March 2021"
        assert "meeting 19 March 2021" in str(app.screen.query_one("HeaderTitle").render())
        view = await ask(pilot, "What was said about County Lines?")
        assert view.answer.citations
        assert {c.meeting_date for c in view.answer.citations} == {"2021-03-19"}

    drive(app, scenario)


def test_the_filter_dialog_sets_a_date_range_and_kinds(make_app):
    app = make_app()

    async def scenario(pilot: Pilot[None]) -> None:
        await wait_ready(pilot)
        await pilot.press("ctrl+f")
        dialog = app.screen
        dialog.query_one("#since").value = "2021-01-01"
        dialog.query_one("#kinds").select("minutes")
        await pilot.click("#apply")
        await wait_until(pilot, lambda: app.filters.since is not None)
        assert app.filters.kinds == ("minutes",)
        assert app.sub_title == "filters: since 1 January 2021 · kind minutes"

    drive(app, scenario)


def test_export_writes_markdown_with_citations_as_footnotes(make_app):
    app = make_app()

    async def scenario(pilot: Pilot[None]) -> None:
        await ask(pilot, "What happened to action 6?")
        await pilot.press("ctrl+e")

    drive(app, scenario)
    [exported] = (app.store.data_dir / "exports").glob("*.md")
    text = exported.read_text()
    assert "## What happened to action 6?" in text and "Police & Crime Panel" in text
    assert re.search(r"\[\^1\]\.", text)  # the marker became a footnote reference
    assert re.search(
        r'^\[\^1\]: 19 March 2021, .*Action Log, item 4, ¶ 6 — "Action 6 \(raised 11 December 2020\)',
        text,
        re.MULTILINE,
    )


def test_conversations_are_kept_between_runs_and_reopen_with_their_context(make_app):
    async def first_run(pilot: Pilot[None]) -> None:
        await ask(pilot, "What happened to action 6?")
        await pilot.press("ctrl+n")  # a new conversation: the transcript starts again
        await wait_until(pilot, lambda: pilot.app.screen.query("#welcome"))
        assert not pilot.app.screen.query(AnswerView)

    async def second_run(pilot: Pilot[None]) -> None:
        app = pilot.app
        await pilot.press("up")  # questions of earlier runs are recalled too
        assert app.screen.query_one(QuestionInput).value == "What happened to action 6?"
        await pilot.press("ctrl+o")
        await wait_until(pilot, lambda: app.screen.query("OptionList"))
        await pilot.press("enter")
        await wait_until(pilot, lambda: len(app.screen.query(AnswerView)) == 1)
        who = await ask(pilot, "Who is responsible for it?")
        assert "Paul Hindson" in shown_text(who)

    drive(make_app(), first_run)
    drive(make_app(), second_run)


def test_the_action_register_shows_a_chosen_actions_timeline(make_app):
    app = make_app()

    async def scenario(pilot: Pilot[None]) -> None:
        await wait_ready(pilot)
        await pilot.press("ctrl+r")
        await wait_until(
            pilot, lambda: app.screen.query(DataTable) and app.screen.query_one(DataTable).row_count
        )
        table = app.screen.query_one(DataTable)
        assert table.get_row("6")[3] == "Paul Hindson"
        table.move_cursor(row=table.get_row_index("6"))
        await pilot.press("enter")
        await wait_until(
            pilot, lambda: app.screen.query(AnswerView) and app.screen.query_one(AnswerView).done
        )
        assert "Police & Crime Panel" in shown_text(app.screen.query_one(AnswerView))

    drive(app, scenario)


def test_without_an_index_the_chat_says_how_to_make_one(make_app, tmp_path):
    app = make_app(index_dir=tmp_path / "empty")

    async def scenario(pilot: Pilot[None]) -> None:
        await wait_ready(pilot)
        assert app.index_status[0] == "missing"
        welcome = app.screen.query_one("#welcome")
        assert welcome.has_class("-guidance")
        assert "boardqa index corpus/" in str(welcome.render())
        view = await ask(pilot, "What happened to action 6?", answered=False)
        assert "run `boardqa index corpus/`" in str(view.query_one(".pending").render())

    drive(app, scenario)


def test_every_binding_has_a_description_and_help_lists_them(make_app):
    for _title, bindings in help_sections(ChatApp):
        assert all(b.description for b in bindings)
    app = make_app()

    async def scenario(pilot: Pilot[None]) -> None:
        await pilot.press("f1")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))
        keys = "\n".join(str(s.render()) for s in app.screen.query(".help-keys"))
        assert "Export" in keys and "Open original" in keys and "Earlier question" in keys

    drive(app, scenario)


def test_importing_the_chat_loads_no_torch():
    code = "import sys, boardqa.tui.app, boardqa.cli; print('torch' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# -- what the widgets and the export make of an answer (no app needed) -----------------------


def test_answer_text_is_escaped_and_markers_become_links():
    from boardqa.tui.widgets.answer_view import answer_markdown, sentences

    text = "Item *2* <b> costs £5_000 [1]. 12. Next [2]"
    assert answer_markdown(text) == (
        "Item \\*2\\* \\<b\\> costs £5\\_000 [\\[1\\]](source:1). 12. Next [\\[2\\]](source:2)"
    )
    assert "".join(sentences(text)) == text
    assert sentences(text)[0] == "Item *2* <b> costs £5_000 [1]."
    # One item of a list a line: a hard break in the view.
    assert answer_markdown("Two actions:\n• action 7 [1]\n• action 8 [2]") == (
        "Two actions:  \n• action 7 [\\[1\\]](source:1)  \n• action 8 [\\[2\\]](source:2)"
    )


def test_export_numbers_footnotes_once_per_paragraph_across_answers():
    from boardqa.answer.citations import Answer, Citation
    from boardqa.tui.store import SavedChat, chat_to_markdown

    def cite(n: int, key: str, text: str) -> Citation:
        return Citation(
            n,
            key,
            text,
            "pack.txt",
            None,
            "2021-03-19",
            None,
            "Action Log",
            "action_log",
            "4",
            3,
            "6",
            1.0,
        )

    log, minute = cite(1, "p-log", "Action 6 …"), cite(2, "p-min", "Members asked …")
    chat = SavedChat("x", "2021-03-20T10:00:00")
    chat.answers = [
        Answer("What happened to action 6?", "Amber [1]. Minutes [2].", False, (log, minute)),
        Answer("Who is responsible for it?", "Paul Hindson [1].", False, (log,)),
    ]
    text = chat_to_markdown(chat)
    assert "Paul Hindson [^1]." in text and "Minutes [^2]." in text
    assert text.count('[^1]: 19 March 2021, Action Log, item 4, p. 3, ¶ 6 — "Action 6 …"') == 1


# -- snapshots (100×32, no clocks, no paths) ---------------------------------------------------


def _steady(pilot: Pilot[None]) -> None:
    """No blinking cursor in a snapshot."""
    for box in pilot.app.query("Input"):
        box.cursor_blink = False  # type: ignore[attr-defined]


def test_snapshot_main_screen_with_an_answer(make_app, snap_compare):
    async def run_before(pilot: Pilot[None]) -> None:
        await ask(pilot, "What happened to action 6?")
        _steady(pilot)

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)


def test_snapshot_source_pane(make_app, snap_compare):
    async def run_before(pilot: Pilot[None]) -> None:
        await ask(pilot, "What happened to action 6?")
        await pilot.press("escape", "enter")
        await wait_until(pilot, lambda: getattr(pilot.app.screen, "centred", False))

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)


def test_snapshot_help_screen(make_app, snap_compare):
    async def run_before(pilot: Pilot[None]) -> None:
        await wait_ready(pilot)
        _steady(pilot)
        await pilot.press("f1")
        await wait_until(pilot, lambda: isinstance(pilot.app.screen, HelpScreen))

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)
