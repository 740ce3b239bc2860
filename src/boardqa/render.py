"""Plain-text rendering of answers and action registers for the terminal (the CLI)."""

from __future__ import annotations

import shutil
import textwrap
from typing import Any

from boardqa.answer.citations import Answer, Citation


def _width() -> int:
    return min(shutil.get_terminal_size((100, 24)).columns, 100)


def render_citation(c: Citation, indent: str = "    ") -> str:
    width = _width()
    head = f"[{c.n}] {c.location()}"
    if c.also_in:
        head += f"  (also published in {len(c.also_in)} other place{'s' * (len(c.also_in) > 1)})"
    body = textwrap.fill(c.text, width=width, initial_indent=indent, subsequent_indent=indent)
    return f"{head}\n{body}"


def render_answer(answer: Answer) -> str:
    width = _width()
    # A list answer puts each item on a line of its own ("• action 2 …"): wrapped line by
    # line, items indented under their bullet.
    out = [
        textwrap.fill(line, width=width, subsequent_indent="  " if line.startswith("• ") else "")
        for line in answer.text.split("\n")
    ]
    if answer.notice:
        out.insert(0, answer.notice)
    if answer.citations:
        out.append("")
        out.append("Sources:")
        out.extend(render_citation(c) for c in answer.citations)
    if answer.nearest:
        out.append("")
        out.append("Nearest passages (not an answer):")
        out.extend(render_citation(c) for c in answer.nearest)
    return "\n".join(out)


def render_register(rows: list[dict[str, Any]]) -> str:
    lines = [f"{'No.':>4}  {'Raised':<10}  {'Status':<9}  {'Meeting':<10}  Responsible / action"]
    for r in rows:
        lines.append(
            f"{r['number']:>4}  {r.get('raised') or '-':<10}  {r.get('status') or '-':<9}  "
            f"{r.get('meeting_date') or '-':<10}  {r.get('responsible') or '-'}"
        )
        lines.append(" " * 42 + textwrap.shorten(r.get("action") or "", 58))
    return "\n".join(lines)
