"""Checking a language model's answer against the numbered paragraphs it was shown (pure).

A model can cite a paragraph it was never shown, cite one that says something else, or
round £432,000 up to £500,000. Each sentence is therefore checked on its own: markers that
point at no shown paragraph are removed (PaperQA2's rule), and a sentence is kept only if it
still cites something and its cited paragraphs support it — their words, every number and
amount, and, when an embedding function is given, their meaning.

`AnswerChecker` takes the text as it streams, so a chat never shows a sentence that is later
withdrawn; `validate_answer` is the same check on a whole answer.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from boardqa.answer.citations import MARKER
from boardqa.answer.sentences import split_sentences
from boardqa.evals.metrics import content_words

#: What the prompt tells the model to say when the paragraphs do not answer the question.
ABSTAIN = "The archive does not say"
#: Appended to an unsupported sentence under the "flag" policy.
FLAG = " [unsupported]"

Policy = Literal["drop", "flag"]
#: Texts in, one vector per text out (e.g. `OnnxQueryEncoder.embed_documents`).
Embed = Callable[[list[str]], Sequence[Sequence[float]]]

#: The share of a sentence's content words its paragraphs must hold; the eval's support
#: metric (evals.metrics.sentence_supported) uses the same 0.6, so the two agree.
MIN_OVERLAP = 0.6
#: all-MiniLM-L6-v2 puts a faithful paraphrase of a paragraph at about 0.6–0.8 and an
#: unrelated board sentence at 0.1–0.3; 0.45 lets paraphrase through.
MIN_COSINE = 0.45


@dataclass(frozen=True)
class Unsupported:
    """A sentence the paragraphs do not back, and why ("£500,000 is not in [1]")."""

    sentence: str
    reason: str


@dataclass(frozen=True)
class Validation:
    text: str
    """The answer as a reader may see it: kept sentences, markers cleaned."""
    kept: tuple[str, ...]
    """The sentences in `text` (under "flag", unsupported ones too, marked)."""
    unsupported: tuple[Unsupported, ...]
    """Sentences that failed, with reasons: dropped under "drop", flagged under "flag"."""
    unknown_markers: tuple[int, ...]
    """Numbers the model cited that no shown paragraph has; removed from the text."""
    policy: Policy = "drop"
    abstained: bool = False
    """The model said the archive does not say, and claimed nothing else."""

    @property
    def dropped(self) -> tuple[Unsupported, ...]:
        return self.unsupported if self.policy == "drop" else ()


# -- reading the answer ----------------------------------------------------------------------

_THINK = re.compile(r"<think>.*?(?:</think>|$)", re.S)
_GROUP = re.compile(r"\[(\d{1,3}(?:\s*(?:,|;|-|–)\s*\d{1,3})+)\]")
_AFTER_STOP = re.compile(r"([.!?])((?:\s*\[\d{1,3}\])+)")
_BLOCKS = re.compile(r"(\n\s*)")
#: How a finished sentence ends: a stop, a quote or bracket, or a marker (a list item). A
#: max_tokens cut or a dropped connection leaves the last sentence without one.
_ENDED = re.compile(r"[.!?:;”\"’')\]]$")


def _expand(match: re.Match[str]) -> str:
    """ "[1, 3]" → "[1][3]", "[2-4]" → "[2][3][4]": the one strict MARKER pattern then reads
    them, and a range too long to be meant is left alone (and so cites nothing)."""
    out: list[int] = []
    for part in re.split(r"\s*[,;]\s*", match.group(1)):
        ends = [int(x) for x in re.split(r"\s*[-–]\s*", part)]
        if len(ends) == 2 and 0 < ends[1] - ends[0] <= 10:
            out.extend(range(ends[0], ends[1] + 1))
        elif len(ends) == 1:
            out.append(ends[0])
        else:
            return match.group(0)
    return "".join(f"[{n}]" for n in out)


def normalise_answer(text: str) -> str:
    """Reasoning blocks out (some servers stream a model's <think> as text), grouped markers
    split, and a marker after the full stop ("approved. [1]") moved before it, so the
    sentence splitter keeps it with the sentence it belongs to."""
    text = _THINK.sub("", text)
    text = _GROUP.sub(_expand, text)
    return _AFTER_STOP.sub(lambda m: f"{m.group(2)}{m.group(1)}", text)


def split_answer(text: str) -> list[tuple[str, str]]:
    """(separator before it, sentence) pairs; lines count as breaks, so a list's items are
    checked one by one and the answer keeps its line breaks."""
    pieces: list[tuple[str, str]] = []
    sep = ""
    for chunk in _BLOCKS.split(normalise_answer(text)):
        if _BLOCKS.fullmatch(chunk):
            sep = "\n\n" if chunk.count("\n") > 1 else "\n"
            continue
        for i, sentence in enumerate(split_sentences(chunk)):
            pieces.append((sep if i == 0 else " ", sentence))
    return pieces


# -- numbers -----------------------------------------------------------------------------

_NUMBER = re.compile(
    r"(?P<cur>[£$€])?\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s?(?P<unit>bn|billion|million|thousand|m|k)\b)?",
    re.I,
)
_SCALE = {"thousand": 10**3, "k": 10**3, "million": 10**6, "m": 10**6}
_SCALE |= {"billion": 10**9, "bn": 10**9}


def numbers(text: str) -> dict[Decimal, str]:
    """Each number's value (so "£1.2m" equals "£1,200,000") with how it was written. "m"
    and "k" scale only after a currency sign: "5m" alone may be metres."""
    found: dict[Decimal, str] = {}
    for m in _NUMBER.finditer(MARKER.sub(" ", text)):
        value = Decimal(m.group("num").replace(",", ""))
        unit = (m.group("unit") or "").lower()
        if unit in ("million", "billion", "thousand") or (unit and m.group("cur")):
            value *= _SCALE[unit]
        found.setdefault(value, m.group(0).strip())
    return found


# -- checking ----------------------------------------------------------------------------


def _cites(numbers_: Sequence[int]) -> str:
    return "".join(f"[{n}]" for n in numbers_)


def _cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    norm = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return dot / norm if norm else 0.0


class AnswerChecker:
    """Checks an answer sentence by sentence as its text arrives.

    `shown` maps each marker number to exactly what the model saw for it (the header with
    date, document and paragraph, then the text): a date the model read in the header is
    supported. `feed` returns the checked pieces that are complete; the last sentence is held
    until the next begins, since "Cllr." or a late "[2]" may still change it.
    """

    def __init__(
        self,
        shown: Mapping[int, str],
        *,
        policy: Policy = "drop",
        min_overlap: float = MIN_OVERLAP,
        embed: Embed | None = None,
        min_cosine: float = MIN_COSINE,
    ) -> None:
        if policy not in ("drop", "flag"):
            raise ValueError(f"policy must be 'drop' or 'flag', not {policy!r}")
        self.shown = dict(shown)
        self.policy: Policy = policy
        self.min_overlap = min_overlap
        self.embed = embed
        self.min_cosine = min_cosine
        self._vectors: dict[int, Sequence[float]] | None = None
        self._buffer = ""
        self._checked = 0
        self._pending_sep = ""
        self._kept: list[str] = []
        self._text: list[str] = []
        self._unsupported: list[Unsupported] = []
        self._unknown: list[int] = []
        self._abstentions = 0

    def feed(self, delta: str) -> list[str]:
        """Add text; return what may be shown now (separators included)."""
        self._buffer += delta
        pieces = split_answer(self._buffer)
        return self._take(pieces[self._checked : -1])

    def finish(self) -> list[str]:
        """The text is complete: check what was held back."""
        return self._take(split_answer(self._buffer)[self._checked :])

    def result(self) -> Validation:
        claims = len(self._kept) - self._abstentions
        return Validation(
            text="".join(self._text),
            kept=tuple(self._kept),
            unsupported=tuple(self._unsupported),
            unknown_markers=tuple(self._unknown),
            policy=self.policy,
            abstained=self._abstentions > 0 and claims == 0,
        )

    def _take(self, pieces: list[tuple[str, str]]) -> list[str]:
        out = []
        for sep, sentence in pieces:
            self._checked += 1
            shown = self._check_sentence(sentence)
            if shown is None:
                # Keep the line break of a dropped sentence for whatever follows it.
                if sep.count("\n") > self._pending_sep.count("\n"):
                    self._pending_sep = sep
                continue
            if sep.count("\n") < self._pending_sep.count("\n"):
                sep = self._pending_sep
            self._pending_sep = ""
            piece = (sep if self._text else "") + shown
            self._kept.append(shown)
            self._text.append(piece)
            out.append(piece)
        return out

    def _check_sentence(self, sentence: str) -> str | None:
        """The sentence as it may be shown, or None when it is dropped."""
        cited = [int(n) for n in MARKER.findall(sentence)]
        unknown = [n for n in dict.fromkeys(cited) if n not in self.shown]
        known = [n for n in dict.fromkeys(cited) if n in self.shown]
        self._unknown.extend(n for n in unknown if n not in self._unknown)
        cleaned = sentence
        for n in unknown:
            cleaned = re.sub(rf"\s*\[{n}\]", "", cleaned)
        cleaned = re.sub(r"(\[(\d{1,3})\])(?:\s*\[\2\])+", r"\1", cleaned)
        cleaned = re.sub(r"\s+([.,;:!?])", r"\1", cleaned).strip()
        if cleaned.lstrip("-*• ").startswith(ABSTAIN):
            self._abstentions += 1  # claims nothing, so needs no paragraph
            return cleaned
        reason = self._why_unsupported(cleaned, known, unknown)
        if reason is None:
            return cleaned
        self._unsupported.append(Unsupported(cleaned, reason))
        return cleaned + FLAG if self.policy == "flag" else None

    def _why_unsupported(self, sentence: str, known: list[int], unknown: list[int]) -> str | None:
        if not _ENDED.search(sentence):
            return "stops mid-sentence (the answer was cut off)"
        if not known:
            if unknown:
                were = "was" if len(unknown) == 1 else "were"
                return f"cites only {_cites(unknown)}, which {were} not shown"
            return "cites no paragraph"
        cited = [self.shown[n] for n in known]
        have = numbers(" ".join(cited))
        missing = [written for value, written in numbers(sentence).items() if value not in have]
        if missing:
            verb = "is" if len(missing) == 1 else "are"
            return f"{', '.join(missing)} {verb} not in {_cites(known)}"
        words = content_words(MARKER.sub("", sentence))
        if words:
            present = set().union(*(content_words(t) for t in cited))
            share = len(words & present) / len(words)
            if share < self.min_overlap:
                absent = ", ".join(sorted(words - present)[:5])
                return f"only {share:.0%} of its words are in {_cites(known)} (not: {absent})"
        if self.embed is not None:
            best = max(self._cosine_to(MARKER.sub("", sentence), known))
            if best < self.min_cosine:
                return f"its meaning is far from {_cites(known)} (cosine {best:.2f})"
        return None

    def _cosine_to(self, sentence: str, known: list[int]) -> list[float]:
        assert self.embed is not None
        if self._vectors is None:
            order = sorted(self.shown)
            vectors = self.embed([self.shown[n] for n in order])
            self._vectors = dict(zip(order, vectors, strict=True))
        vector = self.embed([sentence])[0]
        return [_cosine(vector, self._vectors[n]) for n in known]


def validate_answer(
    text: str,
    shown: Mapping[int, str],
    *,
    policy: Policy = "drop",
    min_overlap: float = MIN_OVERLAP,
    embed: Embed | None = None,
    min_cosine: float = MIN_COSINE,
) -> Validation:
    """Check a whole answer; the same result as streaming it through an `AnswerChecker`."""
    checker = AnswerChecker(
        shown, policy=policy, min_overlap=min_overlap, embed=embed, min_cosine=min_cosine
    )
    checker.feed(text)
    checker.finish()
    return checker.result()
