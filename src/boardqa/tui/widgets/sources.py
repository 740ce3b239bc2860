"""The numbered list of sources under an answer: location on one line, the paragraph's first
line under it, selectable with the keyboard (up/down, enter) or the mouse."""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import ComposeResult
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Label, ListItem, ListView

from boardqa.answer.citations import Citation
from boardqa.tui.messages import SourceChosen


def first_line(text: str) -> str:
    """The paragraph's opening line, whitespace folded (the CSS ellipsis trims it to fit)."""
    line = text.strip().splitlines()[0] if text.strip() else ""
    return " ".join(line.split())


def fit_location(marker: str, citation: Citation, width: int) -> str:
    """`[n] meeting › document › item › page › ¶ n` in `width` cells: a long document title
    is shortened in the middle of the line, so the meeting and the ¶ number stay visible."""
    full = f"{marker} {citation.location()}"
    if width <= 0 or len(full) <= width:
        return full
    parts = citation.location().split(" › ")
    if len(parts) < 2:
        return full
    room = len(parts[1]) - (len(full) - width) - 1
    if room < 12:  # too narrow to be worth it: let the CSS ellipsis cut the end
        return full
    parts[1] = parts[1][:room].rstrip() + "…"
    return f"{marker} {' › '.join(parts)}"


class SourceLocation(Widget):
    """The location line, fitted to the width it gets."""

    def __init__(self, citation: Citation, marker: str) -> None:
        super().__init__(classes="location")
        self.citation = citation
        self.marker = marker

    def render(self) -> Content:
        return Content(fit_location(self.marker, self.citation, self.size.width))


class SourceItem(ListItem):
    """One cited paragraph: `[n] meeting › document › item › page › ¶ n` and its first line."""

    def __init__(self, citation: Citation, marker: str) -> None:
        super().__init__()
        self.citation = citation
        self.marker = marker

    def compose(self) -> ComposeResult:
        yield SourceLocation(self.citation, self.marker)
        yield Label(first_line(self.citation.text), classes="excerpt", markup=False)


class SourceList(ListView):
    """Sources of one answer; choosing one posts `SourceChosen` for whoever opens the pane."""

    def __init__(self, citations: Iterable[Citation], nearest: bool = False) -> None:
        # Nearest passages are not cited in the text, so they get bullets, not numbers.
        items = [SourceItem(c, "·" if nearest else f"[{c.n}]") for c in citations]
        super().__init__(*items, classes="-nearest" if nearest else "")

    @property
    def citations(self) -> list[Citation]:
        return [item.citation for item in self.query(SourceItem)]

    def on_list_view_selected(self, event: ListView.Selected) -> None:
        event.stop()
        if isinstance(event.item, SourceItem):
            self.post_message(SourceChosen(event.item.citation))
