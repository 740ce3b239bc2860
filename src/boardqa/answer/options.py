"""A multiple-choice question's answer led by the option the papers bear out, or declined when
they bear out none (pure).

A quiz checker wants the letter: "(b) the Districts", then the passage that says so. When
the passages quoted for the stem hold none of the options, the answer found is about
something else or the options are all wrong; either way the archive does not settle the
question, so it is declined with the passages shown apart ("which company was chosen to run
the new prison: (a) Serco, (b) Sodexo, or (c) G4S?" when no operator is named).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from boardqa.answer.citations import Answer, Citation
from boardqa.answer.declined import declined_with
from boardqa.quiz import Choices, borne_out, chosen


def with_choice(answer: Answer, choices: Choices, nearby: Sequence[dict[str, Any]] = ()) -> Answer:
    """The answer led by the one option its quoted words (else the paragraphs it cites) bear
    out, cited to the paragraph that holds it; declined when they bear out none. Several
    options borne out ("38.78%" for Leicestershire beside "39.76%" for Nottinghamshire) are
    left to the quoted passage to tell apart. `nearby` are the best paragraphs found for the
    stem that the answer does not cite: the first that bears out one option alone ("Manages
    medium and low risk cases in community and custody (70%)", the fourth found) is cited
    for it before the question is declined."""
    if answer.abstained or not answer.citations:
        return answer
    texts = [answer.text, " ".join(c.text for c in answer.citations)]
    found = chosen(choices, texts)
    if not found:
        for payload in nearby:
            near = chosen(choices, [str(payload.get("text") or "")])
            if len(near) == 1:
                letter, option = near[0]
                cite = Citation.from_payload(len(answer.citations) + 1, payload, 0.0)
                lead = f"({letter}) {option} [{cite.n}]."
                return replace(
                    answer, text=f"{lead}\n{answer.text}", citations=(*answer.citations, cite)
                )
        reason = (
            f"none of the options given ({choices.listed()}) is in the passages closest "
            "to the question"
        )
        return declined_with(answer, reason)
    if len(found) > 1:
        return answer
    letter, option = found[0]
    holder = next((c for c in answer.citations if borne_out(option, c.text)), None)
    marker = f" [{holder.n}]" if holder is not None else ""
    lead = f"({letter}) {option}{marker}."
    return replace(answer, text=f"{lead}\n{answer.text}")
