"""What a question asks for, met by the papers in other words: a conclusion recorded as what
"was agreed", a replacement as "a move from … to …", a share of a sum as a sum, a day named as
when something was announced rather than as a meeting's."""

from __future__ import annotations

from boardqa.answer.abstain import lacks_focus, of_another_body
from boardqa.answer.kinds import holds_figure
from boardqa.focus import Focus, focus_of, judged_in, speaks_to
from boardqa.query import understand
from boardqa.question_verbs import speaks_of_verb, verb_asked
from boardqa.words import term_set

AGREED = (
    "It was agreed that although the Lancashire Model has many positives, it does not directly "
    "fit with the way LLR operates."
)
UNDER_WAY = "The Independent Review of Prevent is under way and will report next year."


def test_a_conclusion_is_spoken_to_by_what_was_agreed_or_concluded():
    question = "What conclusion did the volunteering group come to about the Lancashire Model?"
    assert focus_of(question) == Focus("conclusion")
    assert judged_in(Focus("conclusion"), AGREED)
    assert lacks_focus(understand(question), [AGREED]) is None
    # A passage that records no judgement still does not answer it: one under way, a
    # procedure to come, the opening every minute has.
    asked = understand("What conclusions did the review reach?")
    for passage in (
        UNDER_WAY,
        "The lead member group will meet quarterly to agree proposals.",
        "The Board considered a report of the Director of Public Health.",
    ):
        assert not judged_in(Focus("conclusions"), passage)
        assert lacks_focus(asked, [passage])
    # Only nouns for a judgement have this kin: "agreed that" is no "budget".
    assert not judged_in(Focus("budget"), AGREED)
    assert not speaks_to(Focus("budget"), term_set(AGREED))


def test_a_replacement_is_spoken_of_as_a_move_from_one_thing_to_another():
    question = "How many probation divisions were being replaced, and by how many regions?"
    assert verb_asked(question).word == "replaced"
    assert speaks_of_verb(Focus("replaced"), "A move from 7 Probation Divisions to 12 Regions")
    assert not speaks_of_verb(Focus("replaced"), "Probation Divisions hold monthly reviews")


def test_a_share_of_a_sum_is_answered_by_a_sum():
    sentence = "Of the £125m, LLR will receive £2.277m, as detailed below:"
    assert holds_figure(sentence, "LLR's share of the £125m DA funding from MHCLG?")
    assert holds_figure(sentence, "What proportion of the £125m will LLR get?")
    # A share of people is still a percentage: a sum does not answer it.
    assert not holds_figure(sentence, "What share of respondents were satisfied?")
    assert not holds_figure("Of the £125m, LLR will receive a part.", "LLR's share of the £125m?")


def test_a_day_named_for_an_announcement_is_not_a_meeting_the_archive_lacks():
    assert of_another_body(
        "Of the £125m MHCLG announced on 12 February 2021, how much is LLR to receive?",
        "2021-02-12",
    )
    assert of_another_body("What was launched on Thursday 28 January 2021?", "2021-01-28")
    # The Board's own meeting that day, or a day with no event named, has no papers here.
    assert not of_another_body("What did the Board meeting on 14 June 2019 decide?", "2019-06-14")
    assert not of_another_body(
        "Which papers were published on 14 June 2019 for the Board meeting?", "2019-06-14"
    )
    assert not of_another_body("What was discussed on 12 February 2021?", "2021-02-12")


def test_whats_asks_for_the_amount_it_names_as_what_is_does():
    assert focus_of("what's the police precept for 2021/22?", "how_much") == Focus("precept")
    assert focus_of("whats the police precept for 2021/22?", "how_much") == Focus("precept")
    assert focus_of("what is the police precept for 2021/22?", "how_much") == Focus("precept")


def test_a_year_is_mentioned_by_its_last_two_figures_as_tables_head_columns():
    from boardqa.answer.mentions import missing_from

    row = "Funding Body: Rutland County Council; 1/4/16 – 31/3/17: £56,325; 1/4/17 – 31/3/18: …"
    assert missing_from(["2016", "2017", "Rutland"], row) == []
    assert missing_from(["2019"], "contributions for 2017-19") == []
    assert missing_from(["2016"], "the financial year 2015/16") == []
    assert missing_from(["2015"], row) == ["2015"]  # "…/15" is nowhere in it
    assert missing_from(["2016"], "16 referrals in March") == ["2016"]


def test_a_span_of_days_is_a_tables_column_not_a_meeting_the_archive_lacks():
    assert of_another_body("How much did the City pay for 1/4/18 - 31/3/19?", "2018-04-01")
    assert of_another_body("What was paid from 1/12/15 to 31/3/16?", "2015-12-01")
    assert not of_another_body("What did the Board decide on 1/4/18?", "2018-04-01")
