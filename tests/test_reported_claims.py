"""A claim reported before the question ("A councillor said …. What figure does the report
give?"), a claim about another body's chair, keyword queries typed as into a search box
("prevent coordinator name", "Grace Strong role", "author of the hate strategy"), a
follow-up that turns from the country to the area ("and locally, …"), and an agenda entry's
pages that are no figure. Found by reading blind29 (a fact-checker) and blind30 (keyword
queries) in the eighteenth session; the questions here are worded otherwise."""

from __future__ import annotations

from boardqa.answer.kinds import holds_figure
from boardqa.answer.mentions import beside_the_claim
from boardqa.answer.persons import title_asked
from boardqa.clauses import without_asker, without_check_tag
from boardqa.conversation import Conversation
from boardqa.focus import role_asked
from boardqa.query import understand


def test_a_reported_claims_figures_need_not_be_repeated():
    asked = "A colleague said the unit got £90,000 in 2019. What did the report give?"
    assert beside_the_claim(asked, ["90,000", "2019"]) == ["2019"]
    # A figure the question itself asks of stays: "… How many came in 2020, not 40?"
    again = "The leaflet claims 40 homes were built. Were 40 homes built in 2020?"
    assert "40" in beside_the_claim(again, ["40", "2020"])
    # Nothing reported: "The unit got £90,000. What was it for?" keeps its figure.
    assert beside_the_claim("The unit got £90,000. What was it for?", ["90,000"]) == ["90,000"]


def test_a_reported_claim_is_answered_with_the_papers_figure(answerer):
    answer = answerer.ask(
        "A colleague told me a single county line makes about £8,000 a year. "
        "What does the County Lines report estimate?"
    )
    assert not answer.abstained
    assert "£800k" in answer.text


def test_another_bodys_chair_claimed_is_not_the_meetings_chair(answerer):
    assert not understand("Is it true the lead member group was chaired by Ivan Ould?").chair
    answer = answerer.ask(
        "Am I right that the lead member group on the domestic abuse redesign was chaired "
        "by Ivan Ould?"
    )
    assert "Lord Willy Bach" in answer.text


def test_the_tag_that_puts_a_claim_is_no_word_to_search_for():
    assert without_check_tag("The second cohort is for 11 to 24 year olds. Is that right?") == (
        "The second cohort is for 11 to 24 year olds?"
    )
    assert without_check_tag("The project got £1.2 million, right?") == (
        "The project got £1.2 million?"
    )
    assert without_check_tag("Is that right?") == "Is that right?"  # nothing else to search
    assert without_asker("And I heard the cohort is for young people. Who leads it?") == (
        "The cohort is for young people. Who leads it?"
    )


def test_keyword_queries_that_ask_for_a_person():
    assert understand("prevent coordinator name").asks == "who"
    assert understand("MVP report December 2020 presenter").asks == "who"
    assert understand("author of the youth justice plan").asks == "who"
    assert role_asked("author of the youth justice plan") == "Report Author"
    # A question with its own grammar is read as before.
    assert understand("What is in the name of the strategy?").asks != "who"
    assert title_asked("Grace Strong role") == "Grace Strong"
    assert title_asked("Leicester City Council role") is None


def test_keyword_queries_for_an_author_and_a_post(answerer):
    author = answerer.ask("report author hate strategy")
    assert "Anita Chavda" in author.text
    post = answerer.ask("Victoria Charlton position")
    assert "Relationships and Change Manager" in post.text


def test_a_follow_up_that_turns_to_the_area_drops_the_country(answerer):
    talk = Conversation()
    answerer.ask("Prevent referrals nationally in 2019/20", talk)
    answer = answerer.ask("and locally, the city's share", talk)
    assert not answer.abstained
    assert "61%" in answer.text


def test_an_agenda_entrys_pages_are_no_figure():
    entry = "11. Community Safety Survey - Key Findings. (Pages 45 - 48) A presentation."
    assert not holds_figure(entry, "What was the satisfaction figure?")
    assert holds_figure(entry, "Which pages is the survey on?")
    assert holds_figure("The vast majority (77%) are satisfied", "What was the figure?")
