"""What a paragraph's "the project" is (pure): "Implementation of the project will commence in
January 2019" follows the paragraph that names it ("The funding allocation for this project
(The Hope Project) has been approved"), and says nothing of the Hope Project itself; a
question about the Hope Project's dates must still find it.
"""

from __future__ import annotations

import re

#: Nouns a paper refers back to things by ("the project", "this bid").
_HEADS = "project|programme|bid|scheme|survey|campaign|pilot|initiative"
#: "the project", "this bid": a reference back, in lower case.
_REFERENCE = re.compile(rf"\b(?:[Tt]he|[Tt]his)\s+({_HEADS})\b")
#: "The Hope Project", "Lancashire Model", "Safer Streets bid": a capitalised name ending in
#: the noun (its first words capitalised; the noun may not be).
_NAME = r"((?:[A-Z][\w’'&-]*\s+){{1,4}}(?i:{head}))\b"
#: How many paragraphs back the name may be.
REACH = 10
_LEADING = re.compile(
    r"^(?:The|This|That|These|Those|A|An|Our|Their|Its|Any|Each|Every|No|Some)\s+"
)


def _names(text: str, head: str) -> list[str]:
    """The capitalised names ending in `head` the text gives, in order ("Hope Project")."""
    out = []
    for m in re.finditer(_NAME.format(head=head), text):
        name = _LEADING.sub("", m.group(1).strip())
        if " " in name:  # "Project" alone names nothing
            out.append(name)
    return out


def antecedents(texts: list[str]) -> dict[int, str]:
    """For each paragraph (by position in `texts`, one document's in reading order) that
    refers back to a thing by its noun and does not name it, the name the nearest of the
    `REACH` paragraphs before it gives for a thing of that noun."""
    out: dict[int, str] = {}
    for i, text in enumerate(texts):
        for m in _REFERENCE.finditer(text):
            head = m.group(1)
            if _names(text, head) or re.search(
                rf"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){{0,4}}{head}\b", text[: m.start()]
            ):
                break  # it names the thing itself, or brings in one of its own ("a strategy")
            earlier = (
                n
                for j in range(i - 1, max(i - REACH, 0) - 1, -1)
                for n in _names(texts[j], head)[::-1]
            )
            name = next(earlier, None)
            if name:
                out[i] = name
                break
    return out
