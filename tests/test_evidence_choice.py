"""Sentence choice across the paragraphs of one passage (`answer.evidence`)."""

from __future__ import annotations

from boardqa.answer.evidence import choose_evidence
from boardqa.query import understand
from boardqa.retrieve import Candidate


def _paragraph(key: str, text: str, score: float, position: int, heading: str = "PZ") -> Candidate:
    payload = {
        "key": key,
        "text": text,
        "role": "text",
        "document_id": "d",
        "heading": heading,
        "position": position,
    }
    return Candidate(key, payload, score, 0.5, 0.5, 0)


def test_the_paragraph_right_after_the_best_one_competes_as_part_of_it():
    # ("… what does each CSP/SLP have to produce?" now turns on its verb, which finds the
    # sentence wherever it is; "must" leaves the choice to the passage.)
    question = "For the People Zones money in 2021/22, what must each CSP/SLP produce?"
    first = (
        "£25k of funding has been committed to each People Zone (PZ) area for 2021/22. "
        "This will be allocated to the relevant CSP/SLP to drive forward and develop."
    )
    then = (
        "The relevant CSP/SLP will produce a delivery plan outlining their proposals for "
        "developing the People Zones."
    )
    elsewhere = "Each CSP/SLP will produce its annual plan for the Board in the spring."

    def chosen(after: Candidate) -> list[str]:
        cands = [_paragraph("a", first, 1.0, 7), after]
        return [e.sentence for e in choose_evidence(understand(question), cands, question)]

    assert then in chosen(_paragraph("b", then, 0.8, 8))
    # The same sentence in another part of the paper is another passage: not near enough.
    assert then not in chosen(_paragraph("b", then, 0.8, 8, heading="Finance"))
    assert elsewhere not in chosen(_paragraph("c", elsewhere, 0.8, 30))


def test_a_sentence_one_publication_runs_on_into_its_list_is_quoted_once():
    question = (
        "Which existing work on Adverse Childhood Experiences was the small group looking at?"
    )
    lead = (
        "At its meeting the SPB had focused on Adverse Childhood Experiences (ACEs) and this "
        "work had been taken forward by a small group which was looking at:"
    )
    web = Candidate("w", {"key": "w", "text": lead, "role": "text"}, 1.5, 0.5, 0.5, 0)
    pack = Candidate(
        "p",
        {
            "key": "p",
            "text": f"{lead} What existing work was taking place on ACEs;",
            "role": "text",
        },
        1.38,
        0.5,
        0.5,
        1,
    )
    chosen = [e.sentence for e in choose_evidence(understand(question), [web, pack], question)]
    assert sum(s.startswith("At its meeting the SPB") for s in chosen) == 1
    assert any("What existing work was taking place on ACEs" in s for s in chosen)


def test_which_kind_of_person_leads_to_the_sentence_that_names_that_kind():
    question = "Which minister dropped in on the Sector Based Work Academy trainees at Glen Parva?"
    header = (
        "Glen Parva Prison Project Sector Based Work Academy: the DWP Jobcentre Plus team, "
        "Leicester College and Lendlease deliver training for the trainees."
    )
    minister = (
        "The Minister for Employment, Mims Davies joined the session on Monday to talk to the "
        "trainees and ask them how they were finding the course."
    )
    cands = [
        Candidate("a", {"key": "a", "text": header, "role": "text"}, 1.0, 0.5, 0.5, 0),
        Candidate("b", {"key": "b", "text": minister, "role": "text"}, 1.05, 0.5, 0.5, 1),
    ]
    chosen = choose_evidence(understand(question), cands, question)
    assert chosen[0].sentence == minister


def test_where_to_find_a_thing_leads_to_the_sentence_that_says_where():
    question = "The performance dashboard is not in the pack now - where can members look at it?"
    text = (
        "The Safer Communities Performance Dashboard is no longer in the pack as hardcopy. "
        "The current dashboard can be viewed via the Online performance portal here: "
        "https://example.org/dashboard."
    )
    pack = "The performance pack and the dashboard figures were adjusted for the CSPs this year."
    cands = [
        Candidate("p", {"key": "p", "text": pack, "role": "text"}, 1.5, 0.5, 0.5, 0),
        Candidate("d", {"key": "d", "text": text, "role": "text"}, 1.0, 0.5, 0.5, 1),
    ]
    chosen = choose_evidence(understand(question), cands, question)
    assert chosen[0].candidate.key == "d"
    assert any(e.sentence.startswith("The current dashboard can be viewed via") for e in chosen)
