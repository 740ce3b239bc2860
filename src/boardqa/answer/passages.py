"""What stands together in the papers (pure): one passage a blank line or a page break split
in two, and one sentence that another publication runs on into more (for sentence choice in
`answer.evidence`)."""

from __future__ import annotations

from boardqa.retrieve import Candidate


def same_passage(cand: Candidate, best: Candidate) -> bool:
    """Whether a paragraph is the best one, or the one right after it under the same heading:
    a page break or a blank line often splits one passage in two ("… £25k … will be allocated
    to the relevant CSP/SLP" then "The relevant CSP/SLP will produce a delivery plan …")."""
    if cand.key == best.key:
        return True
    have, lead = cand.payload, best.payload
    return (
        have.get("document_id") == lead.get("document_id")
        and have.get("heading") == lead.get("heading")
        and isinstance(have.get("position"), int)
        and isinstance(lead.get("position"), int)
        and have.get("position") == lead.get("position") + 1
    )


def repeats(sentence: str, chosen: str) -> bool:
    """Whether a sentence says what a chosen one says: the same words, or (one publication of
    the minutes running a list's items on after its lead-in) one inside the other."""
    if sentence == chosen:
        return True
    shorter, longer = sorted((sentence, chosen), key=len)
    return len(shorter) >= 40 and shorter in longer
