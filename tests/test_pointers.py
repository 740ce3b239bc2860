"""Places pointed to by their position in the packs: "the paper that comes after the Prevent
update", "the item between …", "the last entry on the action log", "the row after it". From
reading blind44 (a substitute councillor with the printed packs open) in the twenty-fifth
session."""

from __future__ import annotations

from boardqa.conversation import Conversation
from boardqa.pointers import Unit, pointed_to, pointer_in, row_after, row_pointer_in


def test_a_pointer_by_position_is_read_with_its_target_and_place():
    p = pointer_in(
        "Who wrote the paper that comes straight after the Prevent update in the March 2021 pack?"
    )
    assert p is not None
    assert (p.unit, p.step, p.target, p.place) == ("paper", 1, "Prevent update", "March 2021 pack")
    assert p.of_papers
    before = pointer_in("Who presented the item listed just before the County Lines report?")
    assert before is not None and (before.step, before.target) == (-1, "County Lines report")
    between = pointer_in(
        "Who spoke to the item sitting between declarations of interest and the Prevent update?"
    )
    assert between is not None
    assert (between.step, between.target, between.other) == (
        0,
        "declarations of interest",
        "Prevent update",
    )
    minutes = pointer_in("What was said on the item after the Prevent update in the 2020 minutes?")
    assert minutes is not None and minutes.in_minutes
    # No place pointed to by its position.
    assert pointer_in("What happened after the meeting in March?") is None
    assert pointer_in("Which report came to the Board in December 2018?") is None


def _units(*titles: str) -> list[Unit]:
    return [
        Unit(t.removeprefix("+"), "2018-12-10", (f"k{i}",), appendix=t.startswith("+"))
        for i, t in enumerate(titles)
    ]


def test_a_paper_after_another_skips_the_appendices_bound_with_it():
    units = _units(
        "Minutes of the meeting", "Performance Q2", "+Outcomes", "Community Safety Agreement"
    )
    after = pointer_in("What does the paper after the Q2 performance report recommend?")
    assert after is not None
    assert pointed_to(after, units) == units[3]
    before = pointer_in("Who wrote the report before the Community Safety Agreement?")
    assert before is not None
    assert pointed_to(before, units) == units[1]
    # An item is any place in the list, appendices too.
    item = pointer_in("What does the item after the Q2 performance report show?")
    assert item is not None and pointed_to(item, units) == units[2]
    # A target no title holds, or two titles hold alike, picks out nothing.
    assert (
        pointed_to(pointer_in("Who wrote the report after the Glen Parva newsletter?"), units)
        is None
    )  # type: ignore[arg-type]
    same = _units("Prevent update", "County Lines", "Prevent update")
    assert pointed_to(pointer_in("Who wrote the paper after the Prevent update?"), same) is None  # type: ignore[arg-type]


def test_a_row_pointer_is_read_with_its_end_or_its_neighbour():
    last = row_pointer_in("What does the last entry on the action log in the March 2021 pack ask?")
    assert last is not None and (last.noun, last.end, last.paper) == ("row", "last", "action log")
    first = row_pointer_in("What does the first recommendation of the Prevent report ask for?")
    assert first is not None and (first.noun, first.end) == ("recommendation", "first")
    beneath = row_pointer_in("And what does the row beneath it give?")
    assert beneath is not None and beneath.back and beneath.step == 1
    after = row_pointer_in("What does the row straight after the two burglary rows show for 2019?")
    assert after is not None and after.target == "two burglary rows" and not after.back
    nxt = row_pointer_in("And the previous row?")
    assert nxt is not None and nxt.back and nxt.step == -1
    assert row_pointer_in("What is the last date for applications?") is None


def test_the_row_after_a_run_of_rows_named_by_their_words():
    rows = ["Total crime rate", "Residential burglary rate", "Burglary rate (all)", "Vehicle crime"]
    assert row_after("the two burglary rows", rows, 1) == 3
    assert row_after("the burglary rows", rows, -1) == 0
    assert row_after("the robbery row", rows, 1) is None
    assert row_after("the vehicle crime row", rows, 1) is None  # nothing after the last row


def test_the_paper_after_another_is_asked_of_by_its_title(answerer):
    answer = answerer.ask(
        "Which officer to contact is named in the paper that comes straight after the Prevent "
        "update in the March 2021 pack?"
    )
    assert not answer.abstained, answer.text
    assert "Shane O’Neill" in answer.text
    assert answer.notice and "County Lines" in answer.notice
    # Every citation is of the paper pointed to, not of the Prevent update.
    assert all("county lines" in c.document.lower() for c in answer.citations)


def test_the_item_between_two_others_on_an_agenda(answerer):
    answer = answerer.ask(
        "On the March 2021 agenda, who was presenting the item sitting between the Prevent "
        "Update and the Probation Update?"
    )
    assert not answer.abstained, answer.text
    assert "Shane O’Neill" in answer.text and "County Lines" in answer.text


def test_the_first_entry_of_an_action_log_and_the_last_row_of_a_table(answerer):
    first = answerer.ask("What does the first entry on the March 2021 action log ask for?")
    assert not first.abstained and "car thefts" in first.text, first.text
    last = answerer.ask(
        "What is the last row of the contract price table in the December 2018 pack?"
    )
    assert not last.abstained and "826,000" in last.text, last.text


def test_the_row_after_one_named_and_after_the_one_just_cited(answerer):
    after = answerer.ask(
        "In the December 2018 contract price table, what does the row after the Office of the "
        "Police & Crime Commissioner row give for 1/4/16 – 31/3/17?"
    )
    assert not after.abstained and "56,325" in after.text, after.text
    talk = Conversation()
    answerer.ask(
        "What is Blaby's allocation in the MHCLG table in the March 2021 OPCC update?", talk
    )
    nxt = answerer.ask("And what does the row after it give?", talk)
    assert not nxt.abstained and "32,730" in nxt.text and "Hinckley" in nxt.text, nxt.text


def test_a_follow_up_on_an_item_found_by_its_order_is_about_that_item(answerer):
    talk = Conversation()
    answerer.ask(
        "On the 11 December 2020 web page, which item came straight after the Mentors in "
        "Violence Prevention Programme?",
        talk,
    )
    presenter = answerer.ask("Who was to present it?", talk)
    assert "Manjeeta Sunnar" in presenter.text, presenter.text


def test_a_role_named_as_such_and_a_year_end_figure():
    from boardqa.focus import role_asked
    from boardqa.query import understand

    assert role_asked("Who is named as report author on the hate paper?") == "Report Author"
    assert role_asked("Who is listed as officer to contact for it?") == "officer to contact"
    assert understand("What year-end and current figures does the row give?").asks != "when"
    assert understand("What year did the strategy start?").asks == "when"


def test_a_pointer_may_count_from_what_the_last_answer_cited():
    units = _units("Prevent update", "County Lines", "Probation update")
    after = pointer_in("And the item after that?")
    assert after is not None
    assert pointed_to(after, units, cited=("k1",)) == units[2]
    assert pointed_to(after, units, cited=()) is None
    # A target of its own is matched by its words, whatever was cited.
    named = pointer_in("Who presented the item after the Prevent update?")
    assert named is not None and pointed_to(named, units, cited=("k1",)) == units[1]


def test_moving_along_the_agenda_and_a_papers_recommendations(answerer):
    talk = Conversation()
    answerer.ask(
        "Which item came straight after the County Lines report on the March 2021 agenda?", talk
    )
    nxt = answerer.ask("And the item after that?", talk)
    assert "Office of the Police and Crime Commissioner" in nxt.text, nxt.text
    first = answerer.ask(
        "What does the first recommendation of the Prevent report in the March 2021 pack ask?"
    )
    # Not the list's lead-in ("The Board is asked to").
    assert "Continue to support the work of Prevent" in first.text, first.text


def test_the_officer_to_contact_under_a_heading_of_a_paper_named(answerer):
    answer = answerer.ask(
        "Who is the officer to contact for the County Lines report in the March 2021 pack?"
    )
    assert not answer.abstained
    assert "Shane O’Neill" in answer.text and "Officer to contact" in answer.text, answer.text
    assert "Action 1" not in answer.text


def test_a_paper_without_a_report_author_says_so_and_gives_its_contact(answerer):
    answer = answerer.ask("Who wrote the County Lines report in the March 2021 pack?")
    assert "names no report author" in answer.text, answer.text
    assert "Shane O’Neill" in answer.text and "Action 1" not in answer.text
    # A paper with an author line is answered by it.
    authored = answerer.ask("Who wrote the December 2018 hate strategy report?")
    assert "Anita Chavda" in authored.text and "names no report author" not in authored.text
