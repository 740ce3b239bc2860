"""A paragraph, a minute or a log's entry a question points at by its number ("What does
paragraph 24 of the June 2021 OPCC update say?", "minute 27 of the October 2018 minutes",
"item 8 on the action log"), and a member named with the first name the minutes give as an
initial. From a read-only review in the twenty-third session."""

from __future__ import annotations

from boardqa.answer.mentions import missing_from
from boardqa.numbered import paragraph_asked
from boardqa.query import ACTION_REF


def test_a_paragraph_is_asked_by_its_number_and_letter():
    asked = paragraph_asked("What does paragraph 14 of the March 2021 OPCC update say?")
    assert asked is not None
    assert (asked.number, asked.sub) == ("14", None)
    assert asked.rest == "What does of the March 2021 OPCC update say?"
    assert asked.holds("14") and asked.holds("14(b)") and not asked.holds("140")
    lettered = paragraph_asked("What did para 20(b) of the December 2020 minutes resolve?")
    assert lettered is not None and lettered.label == "20(b)"
    assert lettered.holds("20(b)(i)") and not lettered.holds("20(a)")
    assert paragraph_asked("What is minute 27 about?").number == "27"
    # A range, a share or no number at all is no paragraph asked.
    assert paragraph_asked("What do paragraphs 7-11 of the performance report say?") is None
    assert paragraph_asked("What does the paragraph on knife crime say?") is None


def test_an_entry_of_the_action_log_is_its_action():
    assert ACTION_REF.search("What happened to item 8 on the action log?").group(1) == "8"
    assert ACTION_REF.search("entry 3 of the December 2020 log").group(1) == "3"
    assert ACTION_REF.search("What was item 9 at the March 2021 meeting?") is None


def test_a_first_name_is_mentioned_by_its_initial_before_the_surname():
    question = "Did Deborah Taylor chair the December 2020 meeting?"
    assert missing_from(["Deborah"], "Present: Mrs D. Taylor CC (in the Chair)", question) == []
    assert missing_from(["Deborah"], "Present: Mrs A. Taylor CC", question) == ["Deborah"]


def test_the_paragraph_numbered_is_quoted_from_the_paper_named(answerer):
    answer = answerer.ask("What does paragraph 24 of the June 2021 OPCC update say?")
    assert not answer.abstained
    assert answer.citations[0].paragraph == "24"
    assert "£25k of funding has been committed to each People Zone" in answer.text
    answer = answerer.ask("What is minute 27 of the October 2018 minutes about?")
    assert "Serious Harm Reduction Unit" in answer.text
    assert {c.paragraph for c in answer.citations} >= {"27", "27(a)", "27(b)"}


def test_the_entry_of_the_log_is_answered_as_its_action(answerer):
    answer = answerer.ask("What happened to item 8 on the action log?")
    assert answer.citations[0].text.startswith("Action 8 ")


def test_the_boards_next_meeting_is_not_another_bodys_meeting(answerer):
    # The June 2021 update speaks of "a bid forming meeting on 22nd June"; the papers give no
    # Board meeting after 18 June 2021.
    answer = answerer.ask("When is the board meeting after 18 June 2021?")
    assert answer.abstained
    answer = answerer.ask("When was the next board meeting after December 2020?")
    assert not answer.abstained
    assert "19 March 2021" in answer.text


def test_a_dashboards_rating_is_read_from_the_letter_after_its_figures():
    from boardqa.answer.ratings import rating_asked
    from boardqa.parse.dashboard import rating_of

    assert rating_of("Total Crime rate (per 1,000 population) 60.00 62.52 A 4/9 Top") == "A"
    assert rating_of("Reported hate incidents (per 1,000 population) 0.81 0.85 G -") == "G"
    assert rating_of("… aged 10 - 17 (Leics& rutland) 104 29 (Apr- Jun 18) G Top") == "G"
    assert rating_of("A Blaby resident asked about 3 A-roads") is None
    assert rating_asked("Which dashboard measures were rated Green in Q2 2018/19?") == "G"
    assert rating_asked("Which indicators were Amber?") == "A"
    assert rating_asked("Which actions were marked Green?") is None  # the log's statuses


def test_the_rows_rated_as_asked_are_listed_each_cited(answerer):
    answer = answerer.ask("Which dashboard measures were rated Green in Q2 2018/19?")
    assert not answer.abstained
    assert len(answer.citations) == 6
    assert all(c.text.rstrip().endswith(("G -", "G Top")) for c in answer.citations)
    answer = answerer.ask("Which measures on the dashboard were rated Red?")
    assert answer.abstained
    assert "no measure" in answer.text


def test_who_presented_a_paper_is_read_from_the_agenda_or_the_minutes(answerer):
    answer = answerer.ask("Who presented the Q3 2020/21 performance report?")
    assert not answer.abstained
    assert "Rik Basra" in answer.text


def test_a_follow_up_that_names_another_paper_leaves_the_last_turns_words(answerer):
    from boardqa.conversation import Conversation

    talk = Conversation()
    answerer.ask("What did the Prevent update say about local referrals?", talk)
    answer = answerer.ask("What did the county lines report ask the board to do?", talk)
    assert "COUNTY LINES" in answer.citations[0].document.upper()
    assert "Dame Black report" in answer.text


def test_a_claimed_chair_presenter_or_venue_is_asked_as_who_or_where():
    from boardqa.focus import as_role_question

    assert as_role_question("Did Lord Bach chair the 1 October 2018 meeting?") == (
        "Who chaired the 1 October 2018 meeting?"
    )
    assert as_role_question("Did Chris Hedworth present the Q3 2020/21 report?") == (
        "Who presented the Q3 2020/21 report?"
    )
    assert as_role_question(
        "Was the December 2020 board meeting held at County Hall, Glenfield?"
    ) == ("Where was the December 2020 board meeting held?")
    # No person claimed: a question of its own.
    assert as_role_question("Did the Board approve the strategy?") == (
        "Did the Board approve the strategy?"
    )


def test_a_claimed_venue_is_answered_with_the_venue_the_minutes_give(answerer):
    answer = answerer.ask("Was the December 2020 board meeting held at County Hall, Glenfield?")
    assert not answer.abstained
    assert "Microsoft Teams" in answer.text
    answer = answerer.ask("Did Lord Bach chair the 1 October 2018 meeting?")
    assert "Ivan Ould CC (Chairman)" in answer.text


def test_a_total_row_is_named_only_by_a_question_about_money():
    from boardqa.answer.labels import row_label_named
    from boardqa.words import term_set

    row = "Funding Body: TOTAL; 1/4/18 – 31/3/19: £826,000"
    assert row_label_named(row, term_set("What was the total contract price for 2018/19?"))
    assert not row_label_named(row, term_set("What was the first time entrant total in 2018/19?"))
    assert row_label_named(
        "Funding Body: Rutland County Council; 1/4/18 – 31/3/19: £56,325",
        term_set("How much did Rutland County Council give?"),
    )


def test_a_place_typed_after_the_noun_counted_is_not_what_is_counted():
    from boardqa.answer.counted import counted_noun

    assert counted_noun("how many active county lines llr") == "lines"
    assert counted_noun("How many Channel referrals were made?") == "referrals"
