"""Questions as a policy analyst from a national body puts them (blind25, read in the
sixteenth session): names written out where the papers use initials ("Leicester,
Leicestershire and Rutland" for LLR, "the Strategic Partnership Board Executive" for "SPB
Exec"), a body named only as the owner of a thing ("the Community Rehabilitation Company's
Reoffending Analysis Tool"), the papers' words hyphenated otherwise ("reoffending" for
"re-offending"), framing words ("What evidence is there …"), frequencies ("how often"), and
outcomes or appointments the papers only promise."""

from __future__ import annotations

from boardqa.answer.kinds import holds_asked, holds_figure
from boardqa.answer.mentions import missing_from
from boardqa.answer.persons import people
from boardqa.day_asked import date_noun_words
from boardqa.focus import Focus, focus_of
from boardqa.query import understand
from boardqa.question_verbs import verb_asked
from boardqa.words import content_terms, spelled_initials
from seed_meetings import SEED_MEETINGS


def test_a_prefix_is_one_word_with_or_without_its_hyphen():
    assert content_terms("the re-offending rate") == content_terms("the reoffending rate")
    assert content_terms("a co-ordinator") == content_terms("a coordinator")
    # A hyphen that joins two words of their own stays.
    assert content_terms("a self-assessment") == ("self-assessment",)


def test_a_list_of_places_goes_by_its_initials():
    asked = "Who wrote the strategy for Leicester, Leicestershire and Rutland?"
    assert "LLR" in [letters for letters, _ in spelled_initials(asked)]
    assert missing_from(["Rutland"], "an LLR wide trauma-informed approach", asked) == []
    assert missing_from(["Rutland"], "a county wide approach", asked) == ["Rutland"]


def test_a_name_by_its_initials_and_its_last_word_cut_short():
    asked = "What did the Strategic Partnership Board Executive agree about the work?"
    evidence = "The SPB Exec agreed to formally adopt this piece of work."
    assert missing_from(["Executive"], evidence, asked) == []
    assert missing_from(["Executive"], "The SPB agreed to adopt it.", asked) == ["Executive"]


def test_a_body_named_only_as_the_owner_of_a_thing_the_passage_names():
    asked = "What rate did the Community Rehabilitation Company's Reoffending Analysis Tool give?"
    assert missing_from(["Company"], "The RAT re-offending rate is 38.78%", asked) == []
    assert missing_from(["Company"], "The re-offending rate is 38.78%", asked) == ["Company"]
    # A place owns no such thing: "Rutland's" partnership is not any partnership.
    place = "What did Rutland's Community Safety Partnership spend?"
    assert missing_from(["Rutland"], "The Community Safety Partnership spent …", place) == [
        "Rutland"
    ]


def test_the_word_evidence_frames_the_question():
    asked = "What evidence is there that hospital admissions for violence fell?"
    assert focus_of(asked) != Focus("evidence")


def test_how_often_asks_for_a_frequency_not_a_figure():
    asked = "How often must the partnerships return the monitoring forms on their spend?"
    assert understand(asked, SEED_MEETINGS).asks != "how_much"


def test_how_much_a_body_allocated_is_a_sum_of_money():
    asked = "How much did the Home Office allocate to the 13 projects?"
    assert not holds_figure("The Home Office proposed to fund 13 local projects.", asked)
    assert holds_figure("The Home Office allocated £300,000 to the projects.", asked)


def test_who_was_appointed_as_a_post_wants_a_person():
    asked = "Who was appointed as the Prevent Regional Advisor for the region?"
    # Who will employ them is no answer to who was appointed.
    promised = "The Regional Advisors will be employed by OSCT across the region."
    assert not holds_asked("who", promised, asked)
    assert holds_asked("who", "Jane Moss was appointed as the Prevent Regional Advisor.", asked)


def test_a_duty_is_no_person():
    assert people("supported in delivering against the Prevent Duty benchmarks") == []


def test_a_sum_paid_under_its_own_name_is_the_focus_wherever_it_is_named():
    assert focus_of("What was the police element of the council tax precept?") == Focus("tax")
    assert focus_of("What share of the precept is for policing?") == Focus("precept")
    # A contract's price is its table's header, not a word its rows repeat.
    assert focus_of("In the contract price table, what total is shown for 2017/18?") is None


def test_an_outcome_the_papers_only_promise_is_declined(answerer):
    answer = answerer.ask("What was the result of the Channel panel's self-assessment?")
    assert answer.abstained
    assert "still to come" in answer.text


def test_how_often_the_forms_are_returned(answerer):
    answer = answerer.ask("How often must CSPs report their spend on the monitoring forms?")
    assert not answer.abstained
    assert "quarterly" in answer.text


def test_by_what_date_asks_for_a_deadline():
    asked = "By what date did bids for the second round have to be in?"
    assert understand(asked, SEED_MEETINGS).asks == "when"
    assert "deadlin" in date_noun_words(asked)
    assert date_noun_words("On what date did the round open?") == frozenset()


def test_what_a_body_is_expected_to_produce_turns_on_the_verb():
    asked = "What is each partnership receiving the funding expected to produce?"
    assert verb_asked(asked) == Focus("produce")
    assert understand(asked, SEED_MEETINGS).asks == "what"
    # A light verb names nothing; a verb of money still asks for an amount.
    assert verb_asked("What is each partnership expected to do?") is None
    spend = "What is each partnership receiving funding expected to spend?"
    assert understand(spend, SEED_MEETINGS).asks == "how_much"


def test_the_deadline_is_quoted_before_the_launch(answerer):
    answer = answerer.ask(
        "By what date did applications for round two of the Safer Streets fund have to be in?"
    )
    assert not answer.abstained
    assert answer.text.index("25 March 2021") < answer.text.index("28th January")


def test_a_long_name_written_out_finds_the_sum_its_initials_approved(answerer):
    answer = answerer.ask(
        "How much did the Ministry of Housing, Communities and Local Government approve for "
        "the refuge bid?"
    )
    assert not answer.abstained
    assert answer.text.index("£882,373") < answer.text.index("[1]")
