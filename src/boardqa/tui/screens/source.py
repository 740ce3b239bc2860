"""The source pane: a cited paragraph among its neighbours in its document, with the way back
to the original file (open it, or copy "path:page")."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.app import ComposeResult, SuspendNotSupported
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Footer, Label, Static

from boardqa.answer.citations import Citation
from boardqa.errors import BoardqaError
from boardqa.tui.messages import ContextLoaded

if TYPE_CHECKING:
    from boardqa.tui.app import ChatApp

_TEXT_SUFFIXES = {".txt", ".md", ".html", ".htm"}


def find_original(source: str, index_dir: Path) -> Path | None:
    """Where the indexed file is now: as recorded, or relative to the folder the index sits in
    (`boardqa index corpus/` records paths relative to where it ran)."""
    recorded = Path(source)
    for candidate in (recorded, index_dir.parent / recorded, index_dir / recorded):
        if candidate.is_file():
            return candidate.resolve()
    return None


def display_path(source: str) -> str:
    """The source as the reader knows it: relative to the current folder when beneath it."""
    path = Path(source)
    if path.is_absolute():
        try:
            return str(path.relative_to(Path.cwd()))
        except ValueError:
            return source
    return source


def line_in_file(text: str, path: Path) -> int | None:
    """The line of a text file where the paragraph starts. The file's line breaks differ from
    the parsed text's, and some paragraphs open with words the parser added ("Action 6 (raised
    …):"), so runs of five words are tried from the start until one is found."""
    try:
        body = path.read_text(errors="replace")
    except OSError:
        return None
    words = text.split()
    for start in range(0, max(1, min(len(words) - 4, 40))):
        run = words[start : start + 5]
        found = re.search(r"\s+".join(re.escape(w) for w in run), body)
        if found:
            return body.count("\n", 0, found.start()) + 1
    return None


def page_reference(path: str, citation: Citation) -> str:
    """ "corpus/pack.pdf:12": the file and page a viewer can jump to; for a text file, the
    line (as editors take `path:line`); the bare path when neither is known."""
    page = citation.page if citation.page is not None else citation.page_label
    if page is not None:
        return f"{path}:{page}"
    if Path(path).suffix.lower() in _TEXT_SUFFIXES and Path(path).is_file():
        line = line_in_file(citation.text, Path(path))
        if line:
            return f"{path}:{line}"
    return path


class ContextParagraph(Horizontal):
    """One paragraph of the document: its number in a gutter, its text beside it."""

    def __init__(self, paragraph: Citation, cited: bool) -> None:
        super().__init__(classes="paragraph -cited" if cited else "paragraph")
        self.paragraph = paragraph

    def compose(self) -> ComposeResult:
        number = self.paragraph.paragraph
        yield Label(f"¶ {number}" if number else "¶", classes="gutter", markup=False)
        yield Static(self.paragraph.text, classes="text", markup=False)


class SourceScreen(ModalScreen[None]):
    """The cited paragraph (highlighted) with up to three paragraphs either side."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("o", "open_original", "Open original"),
        Binding("c", "copy_reference", "Copy path:page"),
        Binding("escape,q", "dismiss", "Close"),
    ]

    app: ChatApp

    def __init__(self, citation: Citation) -> None:
        super().__init__()
        self.citation = citation
        self.centred = False

    def compose(self) -> ComposeResult:
        c = self.citation
        with Vertical(id="source-pane"):
            yield Label(c.location(), id="source-location", markup=False)
            where = display_path(c.source)
            if c.also_in:
                others = len(c.also_in)
                where += f"  (also published in {others} other place{'s' * (others > 1)})"
            yield Label(where, id="source-file", markup=False)
            with VerticalScroll(id="context"):
                yield Static("Reading the document…", classes="pending")
        yield Footer()

    def on_mount(self) -> None:
        self.load_context()

    @work(thread=True, exclusive=True)
    def load_context(self) -> None:
        try:
            paragraphs = self.app.consult(lambda a: a.context(self.citation))
        except BoardqaError as exc:
            self.app.call_from_thread(self.notify, str(exc), severity="error")
            paragraphs = [self.citation]
        except Exception as exc:  # the cited paragraph alone is still worth showing
            self.app.call_from_thread(self.notify, f"Could not read the document: {exc}")
            paragraphs = [self.citation]
        self.post_message(ContextLoaded(paragraphs))

    async def on_context_loaded(self, message: ContextLoaded) -> None:
        context = self.query_one("#context", VerticalScroll)
        await context.remove_children()
        heading = None
        widgets: list[Widget] = []
        for p in message.paragraphs:
            if p.heading and p.heading != heading:
                heading = p.heading
                widgets.append(Label(heading, classes="heading", markup=False))
            widgets.append(ContextParagraph(p, cited=p.id == self.citation.id))
        await context.mount_all(widgets)
        self.call_after_refresh(self._center_cited)

    def _center_cited(self, attempts: int = 10) -> None:
        """Centre the cited paragraph once the layout knows the paragraphs' heights (then
        `centred` is set, which tests and snapshots wait for)."""
        cited = self.query(".paragraph.-cited")
        if not cited:
            self.centred = True
            return
        if cited.first().size.height == 0 and attempts:
            self.call_after_refresh(self._center_cited, attempts - 1)
            return
        context = self.query_one("#context", VerticalScroll)
        context.scroll_to_center(cited.first(), animate=False, immediate=True)
        self.centred = True

    # -- the original file -----------------------------------------------------------------

    def action_copy_reference(self) -> None:
        found = find_original(self.citation.source, self.app.index_dir)
        reference = page_reference(str(found or self.citation.source), self.citation)
        self.app.copy_to_clipboard(reference)
        self.notify(f"Copied {reference}", title="Clipboard")

    def action_open_original(self) -> None:
        """A PDF opens in the system viewer; a text file in the pager at the paragraph; with
        neither available, the path is shown so it can be opened by hand."""
        found = find_original(self.citation.source, self.app.index_dir)
        if found is None:
            self.notify(f"The original is not at {self.citation.source}", severity="warning")
            return
        if found.suffix.lower() in _TEXT_SUFFIXES and self._page_text(found):
            return
        viewer = shutil.which("xdg-open") or shutil.which("open")
        if viewer is None:
            self.notify(f"No viewer found; the file is {page_reference(str(found), self.citation)}")
            return
        subprocess.Popen(
            [viewer, str(found)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        self.notify(f"Opening {found}")

    def _page_text(self, path: Path) -> bool:
        pager = shlex.split(os.environ.get("PAGER", "")) or (
            [found] if (found := shutil.which("less")) else []
        )
        if not pager:
            return False
        line = line_in_file(self.citation.text, path)
        # `+N` starts less, more, vim, nano… at line N.
        command = [*pager, f"+{line}", str(path)] if line else [*pager, str(path)]
        try:
            with self.app.suspend():
                subprocess.run(command, check=False)
        except (SuspendNotSupported, OSError):
            return False
        return True
