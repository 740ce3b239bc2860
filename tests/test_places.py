"""A figure asked of one district is not given by a figure for the whole area ("18 active
County Lines … across Leicester, Leicestershire and Rutland" for Rutland), and "one" in
"How much money can one county line make?" is no verb the question turns on. Found by a
read-only review in the eighteenth session."""

from __future__ import annotations

from boardqa.answer.places import names_place, place_asked


def test_the_one_district_a_question_names():
    assert place_asked("How many county lines ran in Rutland?") == "Rutland"
    assert place_asked("What did Hinckley and Bosworth get?") == "Hinckley and Bosworth"
    # The whole area, or two districts, is no one district.
    assert place_asked("What came to Leicester, Leicestershire and Rutland?") is None
    assert place_asked("What did Blaby and Melton each get?") is None
    assert place_asked("How many referrals were made in Leicestershire?") is None


def test_the_whole_areas_name_names_no_district_of_it():
    assert not names_place("Rutland", "18 lines across Leicester, Leicestershire and Rutland")
    assert names_place("Rutland", "Funding Body: Rutland County Council; 1/4/18: £56,325")
    assert names_place("Oadby and Wigston", "Local Authority: Oadby and Wigston; £32,000")


def test_a_districts_figure_is_not_the_whole_areas(answerer):
    answer = answerer.ask("How many county lines were active in Rutland?")
    assert answer.abstained
    assert "Rutland" in answer.text
    allocated = answerer.ask("What was Melton's domestic abuse duty allocation for 2021/22?")
    assert not allocated.abstained
    assert "32,338" in allocated.text


def test_a_counted_subject_is_no_verb_the_question_turns_on(answerer):
    from boardqa.question_verbs import verb_asked

    assert verb_asked("How much money can one county line make a year?") is None
    assert verb_asked("How many bids can each PCC area submit?") is None
    answer = answerer.ask("How much money can one county line make in a year?")
    assert not answer.abstained
    assert "£800k" in answer.text
