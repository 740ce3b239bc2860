"""An auditor's framing by the record ("Which operator is recorded as having been awarded
…?"), the deed a question turns on ("what number of delegates were recruited", "carried
out", a day chosen), a meeting named by where it was held, and who came along to it. From
reading blind41 (a resident's everyday words) and blind42 (an auditor's paper trail) in the
twenty-fourth session."""

from __future__ import annotations

from boardqa.answer.mentions import salient_tokens
from boardqa.focus import Focus, focus_of, speaks_to
from boardqa.query import ATTENDANCE
from boardqa.question_verbs import speaks_of_verb, verb_asked
from boardqa.relayed import put_directly
from boardqa.words import term_set


def test_what_is_recorded_as_done_is_asked_of_the_deed():
    assert (
        put_directly("Which operator is recorded as having been awarded the contract?")
        == "Which operator was awarded the contract?"
    )
    assert (
        put_directly(
            "On what date is the Police and Crime Plan recorded as having been signed off?"
        )
        == "On what date was the Police and Crime Plan signed off?"
    )
    assert (
        put_directly("What share of the fund is recorded as allocated to Leicestershire?")
        == "What share of the fund was allocated to Leicestershire?"
    )
    assert put_directly("What is recorded as the reason for the delay?") == (
        "What is the reason for the delay?"
    )
    # Nothing done after "recorded as": left as it is.
    assert put_directly("Who is recorded as present?") == "Who is recorded as present?"


def test_the_deed_a_question_turns_on():
    assert verb_asked("What number of delegates was recruited to the second cohort?") == Focus(
        "recruited"
    )
    # "Carried out" is done in other words ("8000 home visits had been conducted").
    assert verb_asked("How many home visits had the fire service carried out last year?") is None
    # A day or a place is named, not said to be chosen ("14 June 2019 at 10:00am").
    assert verb_asked("Which day did it choose for its summer meeting in 2019?") is None
    assert verb_asked("Which company did the ministry choose to run the prison?") == Focus("choose")


def test_a_name_with_award_in_it_is_no_award_made():
    awarded = Focus("awarded")
    assert not speaks_of_verb(awarded, "Four members have earned a Silver Cadet Award for it.")
    assert speaks_of_verb(awarded, "The contract was awarded to Lendlease.")
    assert speaks_of_verb(awarded, "Awarded in May. The bid was successful.")


def test_an_undertaking_is_recorded_as_agreed():
    focus = focus_of("What undertaking is recorded against Rik Basra about the data?")
    assert focus == Focus("undertaking")
    assert speaks_to(focus, term_set("Rik Basra agreed to explore new ways to get data."))
    assert not speaks_to(focus, term_set("The data were collated annually across LLR."))


def test_who_came_along_to_a_meeting_asks_who_attended():
    assert ATTENDANCE.search("Who came along to the board's October 2018 meeting for the fire?")
    # Who came to explain a scheme is its presenter, and results come to a meeting too.
    assert not ATTENDANCE.search("Who came along to the chairs' meeting to explain the scheme?")
    assert not ATTENDANCE.search("How many filled in the survey whose results came to the meeting?")


def test_an_act_of_parliament_is_a_kind_of_law_not_a_name():
    tokens = salient_tokens("Which Act of Parliament requires the county to produce it?")
    assert "Parliament" not in tokens


def test_a_meeting_named_by_its_venue_and_who_came_for_a_service(answerer):
    answer = answerer.ask(
        "I was wondering who came along to the board's October 2018 meeting at County Hall "
        "on behalf of the fire and rescue service?"
    )
    assert not answer.abstained
    assert "Matthew Cane" in answer.text


def test_a_record_of_an_award_not_yet_made_is_declined(answerer):
    answer = answerer.ask(
        "Which operator is recorded as having been awarded the contract to run the new prison "
        "at Glen Parva?"
    )
    assert answer.abstained, answer.text
    # And the deed done in other words is answered.
    done = answerer.ask(
        "Do the papers say how many home visits the fire service had carried out over the "
        "previous year, as the board was told in October 2018?"
    )
    assert not done.abstained and "8000" in done.text


def test_a_tally_of_a_kind_is_asked_by_its_kind():
    assert focus_of("What audit outcome is recorded for the Improvement Plan?") == Focus("audit")
    assert focus_of("What vote count is recorded for the approval?") == Focus("vote")
    assert focus_of("What outcome was recorded?") == Focus("outcome")


def test_a_resolution_without_the_tally_asked_is_declined(answerer):
    answer = answerer.ask(
        "What vote count is recorded for the Board's approval of continued work on the "
        "Community Safety Agreement on 1 October 2018?"
    )
    assert answer.abstained, answer.text
    # The resolution itself is still answered.
    decided = answerer.ask(
        "What did the Board resolve about the Community Safety Agreement on 1 October 2018?"
    )
    assert not decided.abstained and "approved" in decided.text


def test_who_someone_would_get_in_touch_with_is_the_officer_to_contact():
    from boardqa.focus import role_asked

    asked = "And who at the Commissioner's office would someone get in touch with about it?"
    assert role_asked(asked) == "Officer to Contact"
    assert role_asked("Who should we contact about the Prevent report?") == "Officer to Contact"
    assert role_asked("Who at the office leads on it?") != "Officer to Contact"


def test_a_slides_label_is_read_with_the_bullets_under_it(answerer):
    # The slide prints "Community Rehabilitation Company (CRC)" over "• Manages medium and
    # low risk cases in community and custody (70%)": the bullet never names the company.
    answer = answerer.ask(
        "On the probation slides presented in March 2021, what share of cases was managed by "
        "the Community Rehabilitation Company?"
    )
    assert not answer.abstained, answer.text
    assert "70%" in answer.text and "30%" not in answer.text
    plain = answerer.ask("What share of cases was managed by the Community Rehabilitation Company?")
    assert not plain.abstained, plain.text
    assert [c.text for c in plain.citations] == [
        "Manages medium and low risk cases in community and custody (70%)"
    ]


def test_a_slides_title_does_not_crowd_out_the_point_that_answers(answerer):
    # "Responses to ASB & Crime" heads its points too, but names no body: the point found
    # first still answers (with every bullet under the title put first, it was declined).
    answer = answerer.ask(
        "On the Community Safety Survey slide about responses to ASB and crime, what "
        "percentages of respondents were satisfied and dissatisfied with the local fire and "
        "rescue service?"
    )
    assert not answer.abstained, answer.text
    assert "59%" in answer.text and "1%" in answer.text


def test_what_date_is_the_deadline_names_the_day_asked():
    from boardqa.day_asked import date_noun_words

    assert "deadlin" in date_noun_words("What date is the deadline for applications to round two?")
    assert "deadlin" in date_noun_words("What was the deadline for applications?")


def test_a_hyphenated_surname_is_one_name():
    from boardqa.answer.persons import NAME, states_role

    assert [m.group(0) for m in NAME.finditer("Officer: Gurjit Samra-Rai – Manager")] == [
        "Gurjit Samra-Rai"
    ]
    assert states_role(
        "Officer to Contact: Gurjit Samra-Rai – Community Safety Team Manager", "officer to contact"
    )


def test_the_officer_to_contact_for_the_paper_just_cited(answerer):
    from boardqa.conversation import Conversation

    talk = Conversation()
    answerer.ask(
        "Which paper in the December 2018 pack set out the forward plan for the redesign and "
        "recommissioning of the LLR domestic abuse and sexual violence service after March "
        "2020?",
        talk,
    )
    answer = answerer.ask("Who is recorded as the officer to contact for that paper?", talk)
    assert "Gurjit Samra-Rai" in answer.text, answer.text
    deadline = answerer.ask(
        "What date is recorded as the deadline for applications to round two of the Home "
        "Office Safer Streets funding programme?"
    )
    assert deadline.text.split("[1]")[0].rstrip().endswith("25 March 2021."), deadline.text


def test_a_part_of_a_whole_the_question_gives_is_not_the_whole_again():
    from boardqa.named_figures import only_its_own_figures

    asked = "What share of the £80 million drug treatment funding was allocated to Leicestershire?"
    assert only_its_own_figures(asked, ["The government announced £80 million further funds."])
    assert not only_its_own_figures(
        asked, ["Of the £80 million, £2.1 million was allocated to Leicestershire."]
    )
    # No part asked of a named whole: any figure may answer.
    assert not only_its_own_figures("How much was the fund?", ["The fund was £80 million."])


def test_the_whole_again_is_declined(answerer):
    answer = answerer.ask(
        "What share of the £80 million drug treatment funding announced in January 2021 is "
        "recorded as allocated to Leicestershire?"
    )
    assert answer.abstained, answer.text
    part = answerer.ask("How much of the £19 million national fund did the LLR bid secure?")
    assert not part.abstained and "882,373" in part.text, part.text
