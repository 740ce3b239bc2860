"""Questions as partner agencies ask them: who is asking said first ("I'm the community
safety officer at Blaby. …"), initials the papers spell out ("the CCGs"), a judgement asked
for by its verb ("What did the group conclude …?"), a post given where a name is wanted."""

from __future__ import annotations

from boardqa.clauses import without_asker
from boardqa.focus import Focus, focus_of
from boardqa.words import content_terms, term_set, with_initials


def test_who_is_asking_is_not_what_is_asked():
    assert without_asker(
        "I work for Blaby District Council. When is the bid deadline for Safer Streets 3?"
    ) == ("When is the bid deadline for Safer Streets 3?")
    assert without_asker("I'm at Oadby and Wigston. Who chairs the SOG?") == "Who chairs the SOG?"
    assert without_asker("As a youth worker, how many first time entrants were there?") == (
        "How many first time entrants were there?"
    )
    assert without_asker("From a housing point of view, what did the Hope Project fund?") == (
        "What did the Hope Project fund?"
    )
    assert without_asker(
        "As a probation officer I'm told the strategy is jointly led. Who leads it?"
    ) == ("The strategy is jointly led. Who leads it?")
    assert without_asker("I'd like to know what the board resolved on the agreement.") == (
        "What the board resolved on the agreement."
    )


def test_a_question_about_the_askers_own_body_or_a_scene_keeps_its_opening():
    # "we" is the CSP the introduction names.
    asked = "I chair a CSP. What are we meant to do with the monitoring forms?"
    assert without_asker(asked) == asked
    # "it" is what the introduction names.
    asked = "I work on the youth perception survey. When did it go live?"
    assert without_asker(asked) == asked
    # "As the report said" and "As a result of …" set a scene; "From the police side" names
    # the topic; "I'm not sure" and "I hear nothing" introduce no one.
    for asked in (
        "As the report said, who chaired the meeting?",
        "As a result of the review, what changed in the strategy?",
        "From the police side, who attended the meeting?",
        "I'm not sure who chaired the December meeting?",
        "I hear nothing about the Hope Project. Who funds it?",
    ):
        assert without_asker(asked) == asked
    # An introduction whose removal would leave less than two content words stays.
    assert without_asker("As the officer at Blaby: what was agreed?") == (
        "As the officer at Blaby: what was agreed?"
    )


def test_contractions_are_no_content_words():
    assert content_terms("I'm told we'd like you've didn't O'Neill") == ("told", "like", "o'neill")


def test_a_passage_that_spells_out_initials_holds_them():
    spelled = (("ccg", "Clinical Commissioning Groups"),)
    present = term_set("Ms. R. Garton Leicestershire Clinical Commissioning Groups")
    assert "ccg" in with_initials(present, spelled)
    assert "ccg" not in with_initials(term_set("the commissioning group met"), spelled)
    # A name of no content words ("How We Are") holds nothing.
    assert "hwa" not in with_initials(present, (("hwa", "How We Are"),))


def test_a_judgement_asked_for_by_its_verb():
    for asked in (
        "What did the volunteering group conclude about the Lancashire Model?",
        "Our lead sat on the group. What did they think of the model?",
    ):
        assert focus_of(asked) == Focus("conclusion")
    # A relative clause's verb, or one deeper in the question, is not what is asked.
    for asked in (
        "What did the officer who felt unwell present?",
        "What has the board done to help victims feel safer?",
        "What did the survey find about how safe young people feel?",
    ):
        assert focus_of(asked) != Focus("conclusion")


def test_initials_the_papers_spell_out_find_the_paragraph_that_names_them(answerer):
    answer = answerer.ask("Who was there from the CCGs at the December 2020 meeting?")
    assert not answer.abstained
    assert "Garton" in answer.text
    # Initials the papers use freely, ranks, and the Board's own are left as they are.
    initials = answerer.retriever.initials
    assert dict(initials.spelled_out("What did the CCG say?")) == {
        "ccg": "Clinical Commissioning Groups"
    }
    assert initials.spelled_out("What did the PCC, DCS O'Neill and the LSCSB say?") == ()


def test_an_introduction_naming_a_place_does_not_make_the_archive_decline(answerer):
    answer = answerer.ask(
        "I'm the ASB officer at Lutterworth. When is the bid deadline for Safer Streets 3?"
    )
    assert not answer.abstained
    assert "15th July" in answer.text


def test_a_resolution_asked_for_in_everyday_words_after_a_scene(answerer):
    again = answerer.ask(
        "What did the Board resolve in December 2020 about having probation present again?"
    )
    assert "further presentation" in again.text
    scene = answerer.ask(
        "After members complained about car theft publicity, what did the Board decide in "
        "December 2020 about the communications plan?"
    )
    assert "annual basis" in scene.text
    assert "Leicestershire Matters" not in scene.text


def test_a_conclusion_asked_for_by_its_verb_is_answered_by_what_was_agreed(answerer):
    answer = answerer.ask(
        "What did the public sector volunteering group conclude about the Lancashire model?"
    )
    assert "does not directly fit" in answer.text


def test_a_post_given_for_a_who_question_brings_the_name_of_its_holder(answerer):
    answer = answerer.ask(
        "Who should partners tell about opportunities or issues affecting local Prevent projects?"
    )
    assert "Inform the Prevent Coordinator" in answer.text
    assert "Sean Arbuthnot" in answer.text


def test_who_were_counted_is_not_what_a_share_is_asked_of(answerer):
    # "What share of respondents …": the answer need not repeat "respondents".
    assert focus_of("What share of respondents were satisfied with the local police?") is None
    assert focus_of("What percentage of people were satisfied?") != Focus("people")
    assert focus_of("What outcomes were agreed?") == Focus("outcomes")
    answer = answerer.ask("What percentage of respondents were satisfied with the local police?")
    assert "50% are very or fairly satisfied with the local police" in answer.text
    assert "77%" not in answer.text


def test_the_askers_contractions_are_no_names():
    from boardqa.answer.mentions import salient_tokens

    assert salient_tokens("As an officer, I'd like to know what Rutland said") == ["Rutland"]
    # "its" belongs to the board the question names, not to the introduction.
    assert (
        without_asker(
            "As a CSP manager, I'd like to know what the board resolved at its October meeting."
        )
        == "What the board resolved at its October meeting."
    )


def test_who_funds_something_is_answered_by_a_body(answerer):
    from boardqa.answer.kinds import names_funder

    said = "This work has received strong support from the OPCC, which includes funding."
    assert names_funder(said, "Who was backing them with funding for it?")
    # Not when the question asks no funder, or names that body itself.
    assert not names_funder(said, "Who chaired the group?")
    assert not names_funder(said, "Who at the OPCC paid for it?")
    answer = answerer.ask("Who provided funding for the bereavement counselling service?")
    assert not answer.abstained
    assert "OPCC" in answer.text
