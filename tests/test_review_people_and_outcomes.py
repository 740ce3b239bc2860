"""A person's post or body as lists and contact blocks print it; whether a thing came about,
when the papers only say it was to come; actions chosen by their colour on the log. Found in
a read-only review (157 questions in new styles) in the twenty-second session."""

from __future__ import annotations

from boardqa.answer.persons import gives_title


def test_a_post_or_body_printed_straight_after_or_before_the_name():
    assert gives_title(
        "Others: Matthew Cane Leicestershire Fire and Rescue Service", "Matthew Cane"
    )
    assert gives_title(
        "Officer to Contact Sally Johnson Community Safety Team Manager Community Safety Team",
        "Sally Johnson",
    )
    assert gives_title("sent to the Partnership Officer, Saj Devshi", "Saj Devshi")
    # Another person's name next is no post.
    assert not gives_title("Apologies: Sally Johnson Anita Chavda", "Sally Johnson")


def test_a_person_in_an_attendance_list_is_answered_with_their_body(answerer):
    answer = answerer.ask("Who is Matthew Cane?")
    assert not answer.abstained
    assert "Leicestershire Fire and Rescue Service" in answer.text


def test_a_person_in_a_contact_block_is_answered_with_their_post(answerer):
    answer = answerer.ask("What post does Sally Johnson hold?")
    assert not answer.abstained
    assert "Community Safety Team Manager" in answer.text


def test_whether_it_came_about_is_declined_when_the_papers_only_say_it_was_to_come(answerer):
    answer = answerer.ask("Has the part-time domestic abuse analyst been recruited?")
    assert answer.abstained
    assert "still to come" in answer.text


def test_actions_chosen_by_their_colour_on_the_log(answerer):
    green = answerer.ask("Which actions on the March 2021 action log were marked Green?")
    assert not green.abstained
    assert "marked Green" in green.text
    assert "action 9 (Green" in green.text
    assert "(Amber" not in green.text
    not_amber = answerer.ask("Which actions on the March 2021 action log were not amber?")
    assert "not marked Amber" in not_amber.text
    assert "(Amber" not in not_amber.text
