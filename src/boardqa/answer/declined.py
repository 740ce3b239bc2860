"""What an answer says when the archive does not hold it (pure): "The archive does not
say …", with the reason and the nearest passages shown apart, uncited."""

from __future__ import annotations

from boardqa.answer.citations import Answer, Citation
from boardqa.answer.labels import numbered_labels
from boardqa.retrieve import Candidate

_SAYS_NOTHING = "The archive does not say"


def declined(
    question: str, reason: str, candidates: list[Candidate], retrieved: tuple[str, ...]
) -> Answer:
    """ "The archive does not say: …", with the nearest passages shown apart, uncited."""
    nearest = tuple(
        Citation.from_payload(i, c.payload, c.score) for i, c in enumerate(candidates[:3], 1)
    )
    text = f"{_SAYS_NOTHING}: {reason}."
    return Answer(question, text, True, (), nearest=nearest, retrieved=retrieved)


def reason_of(answer: Answer) -> str:
    """The reason a declined answer gives (what `declined` was told), to say it again as
    one part of a longer answer."""
    return answer.text.removeprefix(f"{_SAYS_NOTHING}: ").rstrip(".")


def unanswered(gaps: list[tuple[str, str]]) -> str:
    """The parts of a question the archive cannot answer, each on a line of its own: said, not
    silently dropped, as the user asked for them."""
    return "".join(f"\n{_SAYS_NOTHING} “{part}”: {why}." for part, why in gaps)


def none_quotable(question: str) -> str:
    """Why a question is declined when no passage near it can be quoted for it: each speaks
    of another numbered thing than the one asked about ("Q3" for "Quarter 4")."""
    labels = numbered_labels(question)
    if not labels:
        return "no passage close to the question can be quoted for it"
    asked = " or ".join(f"{words} {number}" for words, number in labels)
    return f"the passages closest to the question speak of other numbers than {asked}"


def declined_with(answer: Answer, reason: str) -> Answer:
    """An answer found, declined after all for `reason`: the paragraphs it would have cited
    become the nearest passages, shown apart and uncited."""
    nearest = tuple(c.renumbered(i) for i, c in enumerate(answer.citations[:3], 1))
    text = f"{_SAYS_NOTHING}: {reason}."
    return Answer(answer.question, text, True, (), nearest=nearest, retrieved=answer.retrieved)
