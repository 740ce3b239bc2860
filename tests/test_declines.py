"""Declining what the archive cannot answer: ninth-session rules (`answer.abstain`)."""

from __future__ import annotations


def test_a_figure_for_whole_years_named_by_their_months_is_not_another_years():
    from boardqa.answer.figures import figures_beside_the_point
    from boardqa.parse.dates import financial_years

    assert financial_years("for the two year period April 2018-March 2020") == {2018, 2019}
    assert financial_years("from 1 April 2018 to 31 March 2019") == {2018}
    paragraph = (
        "The rate for Leicestershire is 23.4 per 100,000 population for the two year period "
        "April 2018-March 2020. This is much better than the England average of 45.8."
    )
    rate, better = (
        "The rate for Leicestershire is 23.4 per 100,000 population for the two year period "
        "April 2018-March 2020.",
        "This is much better than the England average of 45.8.",
    )
    held = [(rate, "2021-03-19", paragraph), (better, "2021-03-19", paragraph)]
    asked = "What was Leicestershire's rate of hospital admissions for 2020/21?"
    assert figures_beside_the_point(asked, held) == (
        "the passages closest to the question give figures for 2018/19 and 2019/20, not 2020/21"
    )
    assert figures_beside_the_point(asked.replace("2020/21", "2019/20"), held) is None


def test_a_post_by_its_title_keeps_a_who_question_from_being_declined():
    from boardqa.answer.abstain import lacks_answer_type
    from boardqa.query import understand

    asked = "Who should board members tell about issues affecting local Prevent projects?"
    told = "Inform the Prevent Coordinator of any opportunities/issues arising."
    assert lacks_answer_type(understand(asked), [told]) is None
    # Nor is the post the question itself names an answer.
    named = "Who did the Prevent Coordinator tell about the issues?"
    assert lacks_answer_type(understand(named), [told]) is not None


def test_a_sentence_with_a_period_of_its_own_does_not_take_the_years_before_it():
    from boardqa.answer.figures import figures_beside_the_point

    before = "The repeat referral rate was 23.4% for April 2019-March 2020."
    since = "This has since risen to 27.1% in the twelve months to December 2020."
    paragraph = f"{before} {since}"
    held = [(before, "2021-03-19", paragraph), (since, "2021-03-19", paragraph)]
    assert figures_beside_the_point("What was the repeat referral rate for 2020/21?", held) is None


def test_a_contact_detail_is_answered_only_by_a_sentence_that_gives_one():
    from boardqa.answer.abstain import lacks_answer_type
    from boardqa.query import understand

    asked = understand("What's Bob Bearne's email address?")
    named = "A presentation will be given by Bob Bearne, Head of National Probation Service."
    assert lacks_answer_type(asked, [named]) == (
        "the passages closest to the question give no email address"
    )
    given = "Officer to contact: Victoria Charlton OPCC Email: victoria.charlton@example.org"
    assert lacks_answer_type(understand("What's her email address?"), [given]) is None
    phone = understand("What is Rik Basra's phone number?")
    assert (
        lacks_answer_type(phone, ["Rik Basra Community Safety Coordinator Tel: 0116 3050619"])
        is None
    )
    assert lacks_answer_type(phone, ["Rik Basra presented the report."]) is not None


def test_a_university_asked_for_must_be_named_as_one():
    from boardqa.answer.mentions import missing_from, salient_tokens

    asked = "Which university is evaluating the project?"
    assert "university" in salient_tokens(asked)
    assert missing_from(salient_tokens(asked), "Academic evaluation of the project.", asked)
    named = "De Montfort University will evaluate the project."
    assert not missing_from(salient_tokens(asked), named, asked)


def test_a_way_something_was_sent_is_not_a_contact_detail_asked_for():
    from boardqa.answer.abstain import lacks_answer_type
    from boardqa.query import understand

    asked = understand("Was the link to the MVP webinar sent by email?")
    sent = "That the electronic link to the MVP webinar be circulated to LSCSB members."
    assert lacks_answer_type(asked, [sent]) is None


def test_a_count_in_words_answers_how_many():
    from boardqa.answer.kinds import holds_figure

    asked = "How many youth council members got the Silver award?"
    assert holds_figure("Four members of the Youth Council have earned a Silver award.", asked)


def test_a_person_before_a_borough_is_not_named_after_it():
    from boardqa.answer.persons import has_person

    asked = "Who sent apologies from Melton Borough Council?"
    assert has_person("Apologies for absence: Andrew Cotton Melton Borough Council", asked)


def test_whose_paper_a_question_names_need_not_be_repeated():
    from boardqa.answer.mentions import whose_paper

    asked = "In Annex B of the March 2021 OPCC report, what is the ACEs work said to identify?"
    titles = "Annex B: Domestic Abuse Delivery Plan LSCSB Update: Office of the Police and Crime Commissioner"
    assert whose_paper(asked, ["OPCC", "ACEs"], titles) == ["ACEs"]
    # A paper the archive does not hold is still named: "the HMICFRS report".
    other = "What did the HMICFRS report say about county lines?"
    assert whose_paper(
        other, ["HMICFRS"], "LSCSB Update: Leicestershire Police – County Lines"
    ) == ["HMICFRS"]
    assert whose_paper("What did the OPCC say about ACEs?", ["OPCC", "ACEs"], titles) == [
        "OPCC",
        "ACEs",
    ]


def test_by_when_asks_for_a_date_and_a_deadline_may_share_the_meetings_month():
    from boardqa.answer.kinds import has_date
    from boardqa.query import understand

    assert understand("By when does the panel have to finish its self-assessment?").asks == "when"
    asked = "At the December 2020 meeting, by when were CSPs to receive the results?"
    assert has_date("The results would be circulated before the end of December 2020.", asked)
    # Only a deadline asked for: the meeting before December 2020 is not "before … December".
    other = "When was the meeting before the December 2020 one held?"
    assert not has_date("The results would be circulated before the end of December 2020.", other)
