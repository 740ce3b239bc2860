"""A question asking for things of a kind is answered by the whole list of them: "Which
outcomes for delivery has the group identified?" answered by one item brings the list's
lead-in and every item; "What next steps …?" brings the section under "Next steps" even when
the best evidence is elsewhere; a list of other things is not brought."""

from __future__ import annotations


def test_one_item_of_a_list_of_the_things_asked_for_brings_the_list(answerer):
    answer = answerer.ask(
        "Which outcomes for delivery has the public sector volunteering group identified, "
        "according to the OPCC's March 2021 report?"
    )
    assert "the following outcomes for delivery:" in answer.text
    for item in ("Action plan to be developed", "comms plan", "Volunteering Passport"):
        assert item in answer.text
    assert len({c.id for c in answer.citations}) == len(answer.citations) >= 4


def test_a_named_section_is_brought_whole_though_the_best_evidence_is_elsewhere(answerer):
    answer = answerer.ask(
        "What next steps does the OPCC update list for the Female Offender Strategy workstream?"
    )
    for item in ("two workshops", "Telephone contact", "project plan", "theory of change"):
        assert item in answer.text


def test_a_list_of_other_things_is_not_brought(answerer):
    # Its best evidence is an item ("Building the toolkit – …") of a list of work to do.
    answer = answerer.ask(
        "Which neighbourhoods were the first People Zones, and how much money is each zone "
        "getting a year?"
    )
    assert "Building the toolkit" in answer.text
    assert "further work underway to do the following" not in answer.text
