"""The eval set's gold citations: a verbatim quote and the paragraph id it resolves to.

A quote survives a change of paragraph ids (re-splitting, new id scheme); the id makes the
gold exact. `resolve_quote` finds the paragraph a quote comes from so the ids can be
re-derived (`python -m boardqa.evals.gold --write`) and checked (tests/test_eval_gold.py).
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from boardqa.records import Archive, Paragraph


@dataclass(frozen=True)
class GoldCitation:
    file: str
    quote: str
    paragraph_id: str | None = None


@dataclass(frozen=True)
class EvalQuestion:
    id: str
    type: str
    turns: tuple[str, ...]
    facts: tuple[tuple[str, ...], ...]
    citations: tuple[GoldCitation, ...]
    abstain: bool
    meeting: str | None = None
    raw: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def question(self) -> str:
        return self.turns[-1]


def load_questions(path: Path) -> list[EvalQuestion]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        q = json.loads(line)
        turns = tuple(q.get("turns") or [q["question"]])
        facts = tuple(tuple(f) if isinstance(f, list) else (f,) for f in q.get("facts", []))
        cites = tuple(
            GoldCitation(c["file"], c["quote"], c.get("paragraph_id"))
            for c in q.get("citations", [])
        )
        out.append(
            EvalQuestion(
                q["id"], q["type"], turns, facts, cites, bool(q.get("abstain")), q.get("meeting"), q
            )
        )
    return out


def normalise(text: str) -> str:
    return re.sub(r"[^0-9a-z£%]+", "", text.lower())


def _tokens(text: str) -> list[str]:
    return re.findall(r"[0-9a-z£%]+", text.lower())


def resolve_quote(archive: Archive, quote: str) -> Paragraph | None:
    """The paragraph of `archive` that holds `quote` (verbatim, or for a quote copied across
    table cells, the paragraph that holds at least 80% of its words)."""
    target = normalise(quote)
    paragraphs = archive.paragraphs()
    for p in paragraphs:
        if target and target in normalise(p.text):
            return p
    words = _tokens(quote)
    best, best_cover = None, 0.0
    for p in paragraphs:
        have = set(_tokens(p.text))
        cover = sum(w in have for w in words) / max(len(words), 1)
        if cover > best_cover:
            best, best_cover = p, cover
    return best if best_cover >= 0.8 else None


def canonical(archives: dict[str, Archive], paragraph: Paragraph) -> str:
    return paragraph.canonical_id or paragraph.id


def write_ids(questions_path: Path, corpus: Path) -> tuple[int, int]:
    """Fill in `paragraph_id` for every gold citation; returns (resolved, unresolved)."""
    from boardqa.parse import parse_file
    from boardqa.parse.duplicates import link_duplicates

    archives = {
        Path(a.source).name: a
        for a in link_duplicates([parse_file(p) for p in sorted(corpus.glob("*.txt"))])
    }
    lines = []
    ok = missing = 0
    for line in questions_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        q = json.loads(line)
        for c in q.get("citations", []):
            p = resolve_quote(archives[c["file"]], c["quote"])
            c["paragraph_id"] = p.canonical_id if p else None
            ok += p is not None
            missing += p is None
        lines.append(json.dumps(q, ensure_ascii=False))
    questions_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ok, missing


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--questions", default="evals/questions.jsonl")
    parser.add_argument("--corpus", default="corpus")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    if args.write:
        print(write_ids(Path(args.questions), Path(args.corpus)))
