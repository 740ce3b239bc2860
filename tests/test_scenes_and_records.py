"""Questions that set a scene before they ask ("Suppose a Blaby shopkeeper asks …"), a
follow-up's "her" for the person just named, and a few things the papers print in their own
way: a slide whose title asks "What is the …?", a version's mark, a legal basis, a body that
will do the deed, a total among a dashboard's rows. From reading blind39 (a handover
briefing) and blind40 (a community safety officer's scenarios) in the twenty-third session."""

from __future__ import annotations

from boardqa.bystanders import bystander_words
from boardqa.clauses import after_scene
from boardqa.conversation import Conversation
from boardqa.pronouns import named_back
from boardqa.query import asks_decision, understand


def test_who_stands_in_the_scene_is_not_what_is_asked():
    assert bystander_words("A Blaby shopkeeper asks whether the prison brings money in.") >= {
        "blaby",
        "shopkeeper",
    }
    assert "csp" in bystander_words("Our CSP used to get the dashboard. Where is it now?")
    assert "blaby" in bystander_words("If Blaby wanted to bid, what was the closing date?")
    # Named again where it asks, it is asked about.
    asked = "Suppose Charnwood's CSP asks how many county lines were operating in Charnwood."
    assert "charnwood" not in bystander_words(asked)
    # No scene, no bystanders: the Board asking is what the question is about.
    assert bystander_words("What did the Board resolve about hate crime?") == set()
    assert bystander_words("The board asked for the findings. Who presented them?") == set()


def test_a_sentence_may_end_on_initials():
    q = "Figures come for the whole of LLR. What did Rik Basra agree to do about that?"
    assert after_scene(q) == "What did Rik Basra agree to do about that?"


def test_a_papers_request_or_decisions_still_wanted_are_no_decision_asked():
    assert not asks_decision(
        "What follow-up did the Hope Project report to the December 2018 board ask for?"
    )
    assert not asks_decision("From what date did the delivery plan need decisions?")
    assert asks_decision("What did the Board ask officers to report back on?")
    # A decision the scene states is not what is asked.
    scene = "The board asked for the survey findings to be presented. Who was to present them?"
    assert not understand(scene).decision


def test_her_is_the_one_person_the_last_answer_named():
    last_q = "Who is named as the officer to contact on the March 2021 OPCC update?"
    last_a = "Officer to contact: Victoria Charlton OPCC Email: victoria.charlton@example.uk. [1]"
    assert named_back("What is her job title?", last_q, last_a) == (
        "What is Victoria Charlton's job title?"
    )
    assert named_back("Can I write to her?", last_q, last_a) == "Can I write to Victoria Charlton?"
    # Two people named, or a last question that asked no "who": "her" may be anyone.
    two = "Paul Hindson and Victoria Charlton will present it. [1]"
    assert named_back("What is her job title?", last_q, two) is None
    assert named_back("What is her job title?", "What did the update say?", last_a) is None


def test_a_scenes_asker_does_not_decline_the_question(answerer):
    answer = answerer.ask(
        "Imagine a 25-year-old volunteer at our youth project wants to apply for the next "
        "Community Leadership Programme. When do applications close?"
    )
    assert not answer.abstained
    assert "30th July" in answer.text
    answer = answerer.ask(
        "If Blaby wanted to be part of a round two Safer Streets bid, what was the closing "
        "date for applications?"
    )
    assert not answer.abstained
    assert "25 March 2021" in answer.text


def test_her_job_title_is_read_wherever_it_is_printed(answerer):
    talk = Conversation()
    answerer.ask("Who is named as the officer to contact on the March 2021 OPCC update?", talk)
    answer = answerer.ask("What is her job title?", talk)
    assert "Relationships and Change Manager" in answer.text


def test_a_slide_that_asks_what_it_is_answers_what_it_is(answerer):
    answer = answerer.ask("What is the PSDF?")
    assert "being established by HMPPS to provide a route to purchase" in answer.text


def test_which_version_and_the_legal_basis(answerer):
    answer = answerer.ask(
        "Which version of the Community Safety Agreement was put to the board in December 2018?"
    )
    assert "(V9)" in answer.text
    answer = answerer.ask(
        "What did the December 2018 report give as the legal basis for producing the LLR "
        "Strategy Statement for Tackling Hate?"
    )
    assert "Section 6 and 17" in answer.text


def test_a_body_that_will_do_the_deed_answers_who(answerer):
    answer = answerer.ask("Who has to produce the delivery plans for the People Zones?")
    assert not answer.abstained
    assert "CSP/SLP will produce" in answer.text


def test_a_total_is_read_from_its_row_though_other_rows_match_more_words(answerer):
    answer = answerer.ask(
        "What total crime rate per 1,000 population did the Q2 2018/19 dashboard show for the "
        "current rolling 12 months?"
    )
    assert not answer.abstained
    assert "62.52" in answer.text


def test_a_decision_the_scene_names_is_asked_when_the_question_asks_what_it_was():
    q = (
        "In December 2020 members decided how often the community safety communications plan "
        "should come to the board. What was agreed?"
    )
    assert understand(q).decision


def test_the_chair_of_that_group_is_not_the_chair_of_a_meeting():
    # Each part of a question is read on its own: "who chaired that group?".
    assert not understand("Who chaired that group?").chair
    assert understand("Who chaired that meeting?").chair


def test_a_venue_asked_is_declined_when_the_passages_name_no_place(answerer):
    answer = answerer.ask("Where will the sessions of the Community Leadership Programme be held?")
    assert answer.abstained
    answer = answerer.ask("Where did the Board meet in October 2018?")
    assert not answer.abstained
    assert "County Hall" in answer.text


def test_the_askers_own_place_is_not_the_place_a_figure_is_asked_of(answerer):
    answer = answerer.ask(
        "A Blaby shopkeeper asks whether building the new Glen Parva prison is bringing any "
        "money into the local economy. What local spend did the February 2021 project "
        "newsletter report?"
    )
    assert not answer.abstained
    assert "50 mile radius" in answer.text


def test_a_question_a_scene_puts_is_asked_of_the_paper_named():
    from boardqa.scenario import asked_in_scene

    assert asked_in_scene(
        "Suppose residents near Glen Parva ask when they will find out who is going to run "
        "the new prison. What did the February 2021 newsletter say?"
    ) == (
        "According to the February 2021 newsletter, when they will find out who is going to "
        "run the new prison?"
    )
    assert (
        asked_in_scene("A colleague wants to know who chaired the meeting. What do the papers say?")
        == "Who chaired the meeting?"
    )
    # A question of its own after the scene is asked as it is.
    assert asked_in_scene("A resident asks about the prison. When does it open?") is None


def test_a_count_the_scene_puts_is_declined_when_the_paper_gives_none_for_the_place(answerer):
    answer = answerer.ask(
        "Suppose Charnwood's CSP asks how many of the 12 County Lines affecting the "
        "Leicestershire area were operating in Charnwood. What does the March 2021 report say?"
    )
    assert answer.abstained


def test_a_follow_up_may_read_the_paragraph_the_cited_one_goes_on_to():
    from boardqa.answer.expand import with_next_of
    from boardqa.retrieve import Candidate

    def para(key, text, heading="County Lines", role="text"):
        payload = {"key": key, "text": text, "heading": heading, "role": role}
        return {**payload, "document_id": "d-1"}

    document = [
        para("p-1", "In Market Harborough the local team dealt directly with a county line."),
        para("p-2", "Closure orders were used to remove the address used by the supplier."),
        para("p-3", "Charnwood teams remain involved.", heading="Charnwood"),
    ]
    cited = Candidate("p-1", document[0], 1.0, 0.5, 0.5, 0)
    other = Candidate("p-9", para("p-9", "Something else."), 0.9, 0.4, 0.4, 1)
    out = with_next_of([cited, other], frozenset({"p-1"}), {"address"}, lambda _: document)
    assert [c.key for c in out] == ["p-1", "p-2", "p-9"]
    # Not when the follow-up's own words are not in it, nor when the last answer cited none.
    assert with_next_of([cited, other], frozenset({"p-1"}), {"phone"}, lambda _: document) == [
        cited,
        other,
    ]
    assert with_next_of([cited], frozenset(), {"address"}, lambda _: document) == [cited]
