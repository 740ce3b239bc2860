"""Questions as a reporter puts them (blind19, read in the thirteenth session): a name the
papers give by its initials with the small word ("the Ministry of Justice": "MOJ") or cut
short ("the SPB Executive": "SPB Exec"), whether a promise was kept ("was that done?"), and
the name of a post's holder, which no other name answers."""

from __future__ import annotations

from boardqa.answer.kinds import holds_asked
from boardqa.answer.mentions import missing_from
from boardqa.clauses import after_scene, sub_questions
from boardqa.focus import Focus, focus_of
from boardqa.query import PROGRESS_ASKED, understand
from boardqa.question_verbs import verb_asked


def test_a_name_given_by_initials_with_its_small_word_or_cut_short():
    asked = "Who leads the Ministry of Justice's Female Offender Strategy work?"
    assert (
        missing_from(["Ministry", "Justice"], "the Female Offender Strategy (MOJ 2018)", asked)
        == []
    )
    assert missing_from(["Ministry"], "the Female Offender Strategy (MoJ 2018)", asked) == []
    assert missing_from(["Ministry"], "the Female Offender Strategy 2018", asked) == ["Ministry"]
    executive = "What did the SPB Executive decide?"
    assert (
        missing_from(["Executive"], "It went to the last SPB Exec, for endorsement", executive)
        == []
    )
    # A word cut short is the same name's only after the same word; initials keep capitals.
    homeless = "What is being done about Homelessness?"
    assert missing_from(["Homelessness"], "A letter from the Home Office.", homeless) == [
        "Homelessness"
    ]
    leader = "What did the Leader of the Council say?"
    assert missing_from(["Leader"], "There was a lot of discussion.", leader) == ["Leader"]
    # A word cut short at the start of a sentence is an ordinary word ("Inform the …").
    informed = "What Information was given?"
    assert missing_from(["Information"], "Inform the Prevent Coordinator.", informed) == [
        "Information"
    ]


def test_whether_a_promise_was_kept():
    for asked in ("Who was to circulate it, and was that done?", "Was it ever carried out?"):
        assert PROGRESS_ASKED.search(asked)
    assert not PROGRESS_ASKED.search("What was done about hate crime?")
    # How or why it was done asks for a way or a cause.
    for asked in ("Why was it done?", "How was that done?", "What was it done for?"):
        assert not PROGRESS_ASKED.search(asked)
    for asked in ("Was that promise kept at the March meeting?", "Has the commitment been met?"):
        assert PROGRESS_ASKED.search(asked)
    assert not PROGRESS_ASKED.search("What promise was made about the survey?")


def test_the_name_of_a_posts_holder_is_given_beside_the_post():
    asked = "What is the name of the Head of Communications at the county council?"
    assert not holds_asked(
        "who",
        "Invite Head of Communications at LCC to the meeting. Responsible officer: Steve Pumfrey.",
        asked,
    )
    assert holds_asked("who", "Lucy Booth, Head of Communications, LCC, presented.", asked)


def test_a_promise_the_board_made_is_told_by_its_action(answerer):
    answer = answerer.ask(
        "In December 2020 the board agreed the MVP webinar link would be sent to members. Who "
        "was responsible, and was that done?"
    )
    assert "Euan Walters" in answer.text
    assert "Completed" in answer.text


def test_a_body_named_by_its_initials_or_cut_short_is_no_missing_topic(answerer):
    led = answerer.ask(
        "Who is leading the work on the Ministry of Justice's Female Offender Strategy locally?"
    )
    assert "Liz McDermott" in led.text
    adopted = answerer.ask(
        "What did the SPB Executive decide about the Female Offender Strategy work?"
    )
    assert "formally adopt" in adopted.text


def test_the_name_of_a_post_no_paper_gives_is_declined(answerer):
    assert answerer.ask(
        "What is the name of the Head of Communications at Leicestershire County Council the "
        "board wanted to invite about car theft publicity?"
    ).abstained


def test_the_verb_after_end_up_is_what_a_how_much_question_turns_on():
    asked = "How much money did the OPCC's Safer Streets 3 Parks bid end up winning?"
    assert verb_asked(asked) == Focus("winning")
    assert verb_asked("How much money did we get from round 2?") is None


def test_a_promise_kept_is_told_by_the_action_the_resolution_became(answerer):
    answer = answerer.ask(
        "In December 2020 the Board resolved to have the National Probation Service back before "
        "unification. Was that promise kept at the March 2021 meeting?"
    )
    assert "Action 10" in answer.text
    assert "on the March Board agenda" in answer.text


def test_a_later_part_that_points_back_after_a_scene_keeps_the_topic(answerer):
    answer = answerer.ask(
        "Violence with injury was rising in 2018. What was its rate per 1,000 population in "
        "the Q2 2018/19 report, and what was it in the Q3 2020/21 report?"
    )
    assert "5.02" in answer.text
    assert "7.0 offences per 1000" in answer.text


def test_a_judgement_asked_of_a_long_subject():
    asked = (
        "What did the academic evaluation of the Hope Project conclude about how well it worked?"
    )
    assert focus_of(asked) == Focus("conclusion")


def test_a_conclusion_the_papers_never_record_is_declined(answerer):
    # The papers plan an academic evaluation of the Hope Project; none reports its findings.
    assert answerer.ask(
        "What did the academic evaluation of the Hope Project conclude about its results?"
    ).abstained


def test_a_when_clause_that_goes_on_to_say_something_sets_the_scene():
    asked = (
        "When the agreement went to the board in December 2018, officers said the final "
        "document would keep one format. Which format, and why?"
    )
    assert after_scene(asked) == "Which format, and why?"
    assert understand(asked).asks == "what"
    # A "when" clause that asks is the question.
    assert after_scene("When the survey went live, how many responded?") == (
        "When the survey went live, how many responded?"
    )


def test_how_the_first_part_compares_with_something_else_is_asked_again_of_it():
    asked = (
        "What share were very or fairly satisfied with the local council's response to crime, "
        "and how did that compare with the police?"
    )
    assert sub_questions(asked) == [
        "What share were very or fairly satisfied with the local council's response to crime",
        "What share were very or fairly satisfied with the police",
    ]


def test_a_comparison_with_something_else_is_answered_for_both(answerer):
    answer = answerer.ask(
        "In the survey findings shown in March 2021, what percentage were very or fairly "
        "satisfied with the local council's response to crime, and how did that compare with "
        "the police?"
    )
    assert "35% are very or fairly satisfied with the local council" in answer.text
    assert "50% are very or fairly satisfied with the local police" in answer.text
