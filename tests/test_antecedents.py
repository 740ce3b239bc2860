"""A paragraph that refers back to a named thing by its noun ("Implementation of the project
will commence in January 2019") is found by the name the paragraphs before it give ("this
project (The Hope Project)")."""

from __future__ import annotations

from boardqa.parse.antecedents import REACH, antecedents

NAMED = "The funding allocation for this project (The Hope Project) has been approved by MHCLG."
LATER = "Implementation of the project will commence in January 2019."


def test_a_reference_back_takes_the_name_of_the_paragraphs_before():
    items = ["21 additional units of refuge accommodation.", "A wraparound service."]
    assert antecedents([NAMED, *items, LATER]) == {3: "Hope Project"}
    # The nearest name of that noun wins.
    nearer = "The Braunstone Blues Project ran last year."
    assert antecedents([NAMED, nearer, LATER]) == {2: "Braunstone Blues Project"}


def test_no_name_is_given_where_the_paragraph_names_its_own():
    assert antecedents([NAMED, "The Hope Project will provide more refuge places."]) == {}
    # "a new scheme … the scheme": the paragraph brings in a thing of its own.
    own = "We are bidding for a new scheme in Melton; the scheme would start in May."
    assert antecedents(["The Safer Streets Scheme was launched.", own]) == {}
    # Too far back, or another noun, is no antecedent.
    far = [NAMED, *(f"Item {i}." for i in range(REACH)), LATER]
    assert antecedents(far) == {}
    assert antecedents([NAMED, "The bid was successful."]) == {}
    # A determiner is no name.
    assert antecedents(["Any bid must be submitted by July.", "The bid was successful."]) == {}


def test_a_paragraph_found_by_the_name_of_what_it_refers_back_to(answerer):
    answer = answerer.ask("When was the Hope Project due to start and finish?")
    assert "commence in January 2019" in answer.text
