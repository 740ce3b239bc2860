"""Answering: cited answers, action timelines, decisions, follow-ups, abstention, the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest

from boardqa.answer.citations import MARKER
from boardqa.conversation import Conversation


@pytest.fixture(scope="module")
def cli_index(seed_index, tmp_path_factory):
    """A copy of the seed index for CLI processes: Edge lets one process open a shard."""
    import shutil

    copy = tmp_path_factory.mktemp("cli") / "index"
    shutil.copytree(seed_index, copy)
    return copy


def _markers(text: str) -> set[int]:
    return {int(n) for n in MARKER.findall(text)}


def test_action_6_timeline_cites_the_march_log_and_the_minutes(answerer):
    answer = answerer.ask("What happened to action 6?")
    assert not answer.abstained
    assert "Police & Crime Panel" in answer.text and "Paul Hindson" in answer.text
    assert "11 December 2020" in answer.text and "Amber" in answer.text
    first = answer.citations[0]
    assert (
        first.kind == "action_log" and first.paragraph == "6" and first.meeting_date == "2021-03-19"
    )
    assert any(c.kind == "minutes" and c.about_meeting == "2020-12-11" for c in answer.citations)
    assert _markers(answer.text) == {c.n for c in answer.citations}


def test_follow_ups_use_the_conversation(answerer):
    talk = Conversation()
    answerer.ask("What happened to action 6?", talk)
    who = answerer.ask("Who is responsible for it?", talk)
    assert who.text.startswith("Paul Hindson is responsible for action 6")
    minutes = answerer.ask("And what did the minutes say?", talk)
    assert minutes.citations[0].kind == "minutes"
    assert "Anti-Social Behaviour graphics" in minutes.text


def test_decisions_quote_the_resolution_verbatim(answerer):
    answer = answerer.ask(
        "What did the Board resolve about the Community Safety Communications Plan?"
    )
    assert (
        "“(b) That the Community Safety Communications Plan be considered at the March meeting"
        in answer.text
    )
    # Of minute 20's RESOLVED block (on the action log), the one resolution on the plan; (c),
    # a presentation on publicity, speaks less of it.
    assert [c.paragraph for c in answer.citations] == ["20(b)"]
    assert answer.text.startswith("The minutes of the meeting of 11 December 2020 record")


def test_a_question_about_an_item_gets_its_whole_resolved_block(answerer):
    answer = answerer.ask(
        "What was resolved after the OPCC partner update at the 11 December 2020 meeting?"
    )
    assert [c.paragraph for c in answer.citations] == ["23(a)", "23(b)"]
    assert "Stevie-Jade Hardy" in answer.text


def test_a_paragraph_published_twice_is_cited_once_with_also_in(answerer):
    answer = answerer.ask(
        "What did members say about the Anti-Social Behaviour graphics in the action log?"
    )
    ids = [c.id for c in answer.citations]
    assert len(ids) == len(set(ids))
    minutes = [c for c in answer.citations if c.about_meeting == "2020-12-11"]
    assert minutes and minutes[0].also_in


@pytest.mark.parametrize(
    "question",
    [
        "What happened to action 14?",
        "What did the Board discuss in 2015?",
        "What is the Board doing about e-scooters?",
    ],
)
def test_the_archive_does_not_say(answerer, question):
    answer = answerer.ask(question)
    assert answer.abstained and answer.text.startswith("The archive does not say")
    assert not answer.citations and not _markers(answer.text)


def test_numbers_keep_their_table_header(answerer):
    answer = answerer.ask(
        "How much DA duty funding will Leicestershire County Council get for 2021/22?"
    )
    assert "1,127,205" in answer.text
    assert answer.citations[0].document.endswith("POLICE AND CRIME COMMISSIONER")


def test_user_filters_only_narrow(answerer):
    from datetime import date

    from boardqa.retrieve import UserFilters

    answer = answerer.ask(
        "MARAC repeat referral rate", filters=UserFilters(meeting=date(2018, 12, 10))
    )
    assert answer.citations and all(c.meeting_date == "2018-12-10" for c in answer.citations)


def _cli(*args, stdin=None, index=None):
    run = subprocess.run(
        [sys.executable, "-m", "boardqa.cli", *args, "--index", str(index)],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    return run


def test_cli_batch_json_answers_one_object_per_line(cli_index):
    run = _cli(
        "ask",
        "--json",
        "-",
        stdin="What happened to action 6?\nWho chaired the December 2020 meeting?\n",
        index=cli_index,
    )
    rows = [json.loads(line) for line in run.stdout.splitlines()]
    assert len(rows) == 2
    assert set(rows[0]) >= {"question", "answer", "abstained", "citations"}
    citation = rows[0]["citations"][0]
    assert set(citation) >= {
        "n",
        "id",
        "text",
        "source",
        "board",
        "meeting_date",
        "about_meeting",
        "document",
        "kind",
        "agenda_item",
        "page",
        "paragraph",
        "score",
        "also_in",
    }
    assert "Taylor" in rows[1]["answer"]


def test_cli_session_continues_a_conversation(cli_index, tmp_path):
    session = tmp_path / "talk.json"
    _cli("ask", "What happened to action 4?", "--session", str(session), index=cli_index)
    run = _cli(
        "ask", "Who is responsible for it?", "--session", str(session), "--json", index=cli_index
    )
    assert "Raj Singh" in json.loads(run.stdout)["answer"]


def test_cli_ask_never_imports_torch(cli_index):
    code = (
        "import sys, io, contextlib; from boardqa.cli import main;"
        f"out = io.StringIO();\nwith contextlib.redirect_stdout(out): main(['ask', 'action 6', '--index', {str(cli_index)!r}])\n"
        "print('torch' in sys.modules, 'sentence_transformers' in sys.modules, 'Paul Hindson' in out.getvalue())"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["False", "False", "True"]


def test_actions_register_and_open_filter(cli_index):
    rows = json.loads(_cli("actions", "--json", index=cli_index).stdout)
    assert [r["number"] for r in rows] == [str(n) for n in range(1, 11)]
    open_rows = json.loads(_cli("actions", "--open", "--json", index=cli_index).stdout)
    assert "9" not in [r["number"] for r in open_rows]  # "Completed EW 14.12.20"


def test_what_was_said_at_a_meeting_needs_its_minutes(answerer):
    # The archive holds the June 2021 OPCC update but not the minutes of that meeting.
    answer = answerer.ask("What was discussed at the June 2021 meeting?")
    assert answer.abstained and "no minutes of the meeting of 18 June 2021" in answer.text
    # The December 2020 meeting is minuted: the same kind of question is answered.
    assert not answerer.ask(
        "What was discussed about Prevent at the December 2020 meeting?"
    ).abstained


def test_a_question_about_what_the_papers_never_speak_of_is_declined(answerer):
    # The June 2021 update says a Safer Streets 3 parks bid is being prepared; no paper gives
    # its outcome. Asked the other way round, the deadline is in the papers and is quoted.
    outcome = answerer.ask("What outcome did the Safer Streets 3 parks bid have?")
    assert outcome.abstained and "outcome" in outcome.text
    deadline = answerer.ask("What deadline did round two of Safer Streets have?")
    assert not deadline.abstained and "25 March 2021" in deadline.text


def test_a_part_the_archive_cannot_answer_is_said_not_dropped(answerer):
    answer = answerer.ask(
        "Who drafted the outline trauma-informed strategy, and what salary does its author earn?"
    )
    assert not answer.abstained and answer.citations
    assert "The archive does not say “what salary does its author earn”" in answer.text


def test_what_is_asked_after_a_scene_picks_the_sentence(answerer):
    # The scene ("After the … presentation") finds the minute; the asked words find the
    # RESOLVED line in it.
    answer = answerer.ask(
        "After the Serious Harm Reduction Unit presentation in October 2018, what report were "
        "officers asked to bring to the Board?"
    )
    assert "knife, gun homicides" in answer.text


def test_a_name_the_papers_give_by_its_initials_is_not_missing(answerer):
    answer = answerer.ask(
        "Did the Senior Officer Group approve the revised terms of reference in May 2021?"
    )
    assert not answer.abstained and "approved" in answer.text


def test_a_chatty_question_is_not_declined_for_its_chatter(answerer):
    answer = answerer.ask(
        "I have a printed copy of the March 2021 OPCC update here - what annexes are listed at "
        "the end of it?"
    )
    assert not answer.abstained and "SPB Portfolio" in answer.text


def test_a_figure_beside_a_passage_that_mentions_the_focus_does_not_answer(answerer):
    # The papers give allocations and totals, and mention a "base budget", but no budget of
    # the Board's.
    answer = answerer.ask("What is the Board's total annual budget?")
    assert answer.abstained and "budget" in answer.text


def test_a_scene_in_one_month_does_not_hide_the_later_outcome(answerer):
    answer = answerer.ask(
        "In March 2021 the OPCC was choosing town centres for a Safer Streets bid. Which towns "
        "did the winning bid cover in the end?"
    )
    assert "Castle Donnington" in answer.text


def test_the_opening_lines_of_a_meetings_papers_give_its_time_venue_and_contact(answerer):
    time = answerer.ask("What time was the December 2020 meeting due to begin?")
    assert "10.00 am" in time.text
    venue = answerer.ask("Where was the 11 December 2020 meeting held?")
    assert "Microsoft Teams" in venue.text
    contact = answerer.ask("Who was the contact for the 11 December 2020 meeting?")
    assert "Euan Walters" in contact.text


def test_a_decision_and_what_the_question_asks_besides_are_both_answered(answerer):
    answer = answerer.ask(
        "In December 2020 the Board asked for the community safety survey results to be "
        "presented. Who was invited, and what share of people were satisfied with the local "
        "police?"
    )
    assert "Stevie-Jade Hardy" in answer.text and "50%" in answer.text
    assert [c.n for c in answer.citations] == [1, 2]


def test_a_part_before_the_decision_is_answered_too(answerer):
    answer = answerer.ask(
        "Who presented the OPCC update at the December 2020 meeting, and what did the Board "
        "resolve about the Community Safety Survey?"
    )
    assert "Stevie-Jade Hardy" in answer.text and "presented by" in answer.text


def test_two_answers_join_with_their_citations_numbered_on():
    from boardqa.answer.citations import Citation, joined

    def cite(n: int, key: str) -> Citation:
        return Citation.from_payload(n, {"key": key, "text": key}, 1.0)

    text, cites = joined(
        ("Resolved A [1]", [cite(1, "a")]), ("B [1] and A again [2]", [cite(1, "b"), cite(2, "a")])
    )
    assert text == "Resolved A [1]\nB [2] and A again [1]"
    assert [(c.n, c.id) for c in cites] == [(1, "a"), (2, "b")]


def test_a_topic_before_a_colon_is_every_parts_topic(answerer):
    answer = answerer.ask(
        "Residential burglary: what was the rate in the Q2 2018/19 report, and what does the "
        "Q3 2020/21 report say now?"
    )
    assert "2.8 offences per 1,000" in answer.text


def test_a_person_named_by_their_post_is_found_by_their_name(answerer):
    # The minutes name the post once ("Rik Basra, Community Safety Coordinator") and then
    # the person ("Rik Basra agreed to explore …").
    answer = answerer.ask(
        "What did the Community Safety Coordinator undertake to do about reoffending data in "
        "October 2018?"
    )
    assert "explore new ways to get meaningful data" in answer.text


def test_the_verb_asked_must_be_spoken_of_where_the_answer_is_quoted(answerer):
    # The papers say the DSV contract was extended and the new services start in April 2022;
    # a bid "won" elsewhere among the best passages does not make them name a winner.
    answer = answerer.ask(
        "Which company won the contract for the LLR domestic and sexual violence and abuse "
        "services that start in April 2022?"
    )
    assert answer.abstained and "“won”" in answer.text


def test_a_paragraph_that_points_back_brings_what_it_points_to(answerer):
    # "It finds that County Lines remain profitable …" opens its paragraph; the one before
    # names the review "it" is.
    answer = answerer.ask(
        "Which review is the County Lines report quoting when it says a line can make over "
        "£800k a year?"
    )
    assert "Dame Black’s Review of Substance Misuse" in answer.text
    assert len({c.id for c in answer.citations}) == 2


def test_each_part_of_a_follow_up_keeps_the_conversations_subject(answerer):
    # "its first cohort" is the programme's, not the re-offending cohort of the 2018 report.
    talk = Conversation()
    answerer.ask("What is the Community Leadership Programme?", conversation=talk)
    answer = answerer.ask(
        "When did its first cohort start, and how many people completed the course?",
        conversation=talk,
    )
    assert answer.citations and "re-offending" not in answer.text
    assert {c.meeting_date for c in answer.citations} == {"2021-06-18"}


def test_an_action_number_reused_by_a_later_log_is_told_apart(tmp_path, encoder_dir):
    """A later pack whose log gives "action 6" to another action: the latest is answered and
    the other named; a question naming the meeting gets that meeting's action."""
    import re

    from boardqa.actions import action_register
    from boardqa.ask import Answerer
    from boardqa.services import Services, Settings
    from conftest import CORPUS, make_index

    march = CORPUS / "lscsb-2021-03-19-reports-pack.txt"
    text = march.read_text(encoding="utf-8")
    asb = text[
        text.index("6 11.12.20 Provide further") : text.index("Amber", text.index("6 11.12.20"))
    ]
    september = re.sub(
        r"19th\s?MARCH 2021",
        "17th SEPTEMBER 2021",
        text.replace(
            asb,
            "6 18.6.21 Arrange a workshop on rural \ncrime with the National Farmers \n"
            "Union. \n\nRik Basra The workshop is booked for \nOctober.  \n\n",
        ),
    )
    copy = tmp_path / "corpus" / "lscsb-2021-09-17-reports-pack.txt"
    copy.parent.mkdir()
    copy.write_text(september, encoding="utf-8")
    make_index(tmp_path / "index", encoder_dir, [march, copy])
    answerer = Answerer(Services(Settings(index_dir=tmp_path / "index")))
    try:
        latest = answerer.ask("What happened to action 6?")
        assert "rural crime" in latest.text and "17 September 2021" in latest.text
        assert "The log for 19 March 2021 has a different action 6" in latest.text
        assert {c.meeting_date for c in latest.citations} == {"2021-03-19", "2021-09-17"}
        named = answerer.ask("What happened to action 6 at the March 2021 meeting?")
        assert named.text.startswith(
            "Action 6 stands at Amber in the action log for the meeting of 19 March"
        )
        assert "ASB charts" in named.text.split("different action 6")[0]
        # The same action carried into the later log is one story, not two actions.
        same = answerer.ask("What happened to action 5?")
        assert "different action" not in same.text and "In the log for 19 March 2021" in same.text
        register = action_register(answerer.services.store)
        assert [r["meeting_date"] for r in register if r["number"] == "6"] == [
            "2021-03-19",
            "2021-09-17",
        ]
        assert [r["meeting_date"] for r in register if r["number"] == "5"] == ["2021-09-17"]
    finally:
        answerer.close()


def test_what_the_board_was_asked_to_do_is_the_papers_recommendation(answerer):
    answer = answerer.ask(
        "What was the Board asked to do with the Community Safety Agreement at the December"
        " 2018 meeting?"
    )
    # The paper's whole recommendations, each item quoted and cited, not October's minutes.
    assert "“(a) note the content of the report and” [1]" in answer.text
    assert "“(b) approve and adopt the Community Safety Agreement.” [2]" in answer.text
    assert [c.paragraph for c in answer.citations] == ["8(a)", "8(b)"]
    assert all(c.meeting_date == "2018-12-10" and not c.about_meeting for c in answer.citations)


def test_a_decision_no_resolution_records_is_answered_by_the_sentence_that_records_it(answerer):
    answer = answerer.ask(
        "Did the public sector volunteering group decide to adopt the Lancashire Model for LLR?"
    )
    assert "does not directly fit" in answer.text


def test_a_quarter_the_archive_has_no_report_for_is_declined(answerer):
    q4 = answerer.ask("What was the residential burglary rate in the Quarter 4 2020/21 report?")
    assert q4.abstained and "quarter 4" in q4.text
    q3 = answerer.ask("What was the residential burglary rate in the Q3 2020/21 report?")
    assert not q3.abstained and "2.8 offences per 1,000" in q3.text


def test_who_chaired_or_attended_a_meeting_without_minutes_is_declined(answerer):
    chair = answerer.ask("Who chaired the 19 March 2021 meeting of the Board?")
    assert chair.abstained and "no minutes of the meeting of 19 March 2021" in chair.text
    attended = answerer.ask(
        "Who attended the 11 December 2020 meeting on behalf of Leicestershire Police?"
    )
    assert not attended.abstained and "Slonecki" in attended.text
    assert attended.citations[0].kind in ("minutes", "webpage")


def test_an_action_the_best_minute_names_is_answered_from_the_log(answerer):
    answer = answerer.ask("What gadget did the car thefts action want publicised?")
    assert "devices for blocking car signal" in answer.text
    assert answer.citations[0].kind == "action_log" and answer.citations[0].paragraph == "1"


def test_which_actions_are_open_lists_each_open_action_cited(answerer):
    answer = answerer.ask("Which actions are still open?")
    assert answer.text.startswith("The action logs list 9 open actions")
    assert len(answer.citations) == 9 and all(c.kind == "action_log" for c in answer.citations)
    assert "action 9" not in answer.text  # completed
    assert _markers(answer.text) == {c.n for c in answer.citations}


def test_what_happened_at_a_meeting_is_its_minutes_item_by_item_or_what_the_archive_holds(
    answerer,
):
    overview = answerer.ask("What happened at the December 2020 meeting?")
    assert overview.text.startswith(
        "The minutes of the meeting of 11 December 2020 record 12 items"
    )
    assert "\n• 26. National Probation Service: resolved" in overview.text
    assert all(c.about_meeting == "2020-12-11" for c in overview.citations)
    last = answerer.ask("What happened at the last meeting?")
    assert last.abstained and "no minutes of the meeting of 18 June 2021" in last.text
    assert "the archive holds: LSCSB Update" in last.text
    agenda = answerer.ask("What was on the agenda for the June 2021 meeting?")
    assert agenda.abstained and "no agenda of the meeting of 18 June 2021" in agenda.text


def test_what_was_said_at_a_meeting_comes_from_its_minutes_and_must_be_on_topic(answerer):
    mvp = answerer.ask("What was discussed at the December 2020 meeting about the MVP programme?")
    assert not mvp.abstained
    assert all(c.about_meeting == "2020-12-11" for c in mvp.citations)
    hate = answerer.ask("What was discussed at the December 2020 meeting about hate crime?")
    assert hate.abstained and "do not mention hate" in hate.text


def test_a_question_about_a_quarter_is_answered_from_the_papers_on_that_quarter(answerer):
    # The 2018 minutes give "61 crimes per 1,000 population": another year, not the quarter.
    answer = answerer.ask("What was the crime rate per 1,000 population in Q3 2020/21?")
    assert answer.abstained or all(c.meeting_date == "2021-03-19" for c in answer.citations)
    insight = answerer.ask(
        "In the Q3 2020/21 performance report, what share of Insight Survey respondents agreed "
        "people in their area get on well together?"
    )
    assert "94.0%" in insight.text
    assert insight.citations[0].document.lower() == "safer communities performance 2020/21 q3"


def test_the_board_s_minutes_answer_for_another_body_s_meeting_day(answerer):
    answer = answerer.ask("What did the SPB focus on at its 10 September 2020 meeting?")
    assert not answer.abstained and "Adverse Childhood Experiences" in answer.text
    board = answerer.ask("What was discussed at the Board meeting on 14 June 2019?")
    assert board.abstained


def test_who_held_a_role_given_as_initials_is_read_from_the_attendance(answerer):
    answer = answerer.ask("Who was the PCC in December 2020?")
    assert "Willy Bach" in answer.text
    assert answer.citations[0].kind == "minutes"


def test_besides_one_source_the_other_is_answered(answerer):
    answer = answerer.ask(
        "Besides Dame Black's review, which other publication does the March 2021 County Lines "
        "report say flags county lines as a continuing issue?"
    )
    assert "NCA Strategy 2020" in answer.text and "Dame Black" not in answer.text


def test_a_follow_up_naming_a_new_subject_leaves_the_action_and_topics_chain(answerer):
    talk = Conversation()
    answerer.ask("What happened to action 3?", talk)
    pcc = answerer.ask("Who is the PCC for LLR currently?", talk)
    assert "Action 3" not in pcc.text and "Rupert Matthews" in pcc.text
    talk = Conversation()
    answerer.ask("What is the Female Offender Strategy work?", talk)
    answerer.ask("What are the next steps for it?", talk)
    lead = answerer.ask("Who is leading it?", talk)
    assert "Liz McDermott" in lead.text


def test_a_name_spelled_out_meets_the_initials_the_papers_use(answerer):
    # The June 2021 update speaks only of "SOG": the words of "Senior Officer Group" count as
    # found in it.
    from boardqa.retrieve import UserFilters

    found = answerer.retriever.search(
        "What happened to the Senior Officer Group?", None, UserFilters(meeting=date(2021, 6, 18))
    )
    realign = [c for c in found if c.text.startswith("Work to realign SOG")]
    assert realign and realign[0].coverage > 0.5


def test_a_meeting_compared_with_another_includes_its_minutes_printed_later(answerer):
    # The minutes of 1 October 2018 are printed in the December 2018 pack: the October
    # period is still that meeting's.
    answer = answerer.ask(
        "How did overall crime compare between the October 2018 meeting and the March 2021 meeting?"
    )
    about = {c.about_meeting or c.meeting_date for c in answer.citations}
    assert {"2018-10-01", "2021-03-19"} <= about, about


def test_a_scene_set_by_a_sentence_of_its_own_does_not_choose_the_sentence(answerer):
    # The first sentence only says where the talk is; what is asked picks the one sentence
    # on what happens to those arrested, not a second one on Charnwood's policing teams.
    answer = answerer.ask(
        "The county lines paper mentions arrests in Charnwood. What happens to those arrested?"
    )
    assert "strict bail conditions" in answer.text
    assert "Charnwood Local Policing teams" not in answer.text


def test_a_later_pack_s_minutes_of_an_earlier_meeting_belong_to_the_earlier_period(answerer):
    # The March 2021 pack prints December's minutes: they are December's evidence, and in
    # the March period they would crowd out the March papers' own.
    question = (
        "In December 2020 members queried falling UAVA referrals while domestic violence with "
        "injury rose. What did the March 2021 report then show for UAVA referrals over the year?"
    )
    intent = answerer.retriever.intent(question)
    december, march = answerer.parts.by_period(question, intent, None)
    assert {e.candidate.payload.get("about_meeting") for e in december} == {"2020-12-11"}
    assert march and all(e.candidate.payload.get("about_meeting") is None for e in march)


def test_a_part_that_asks_for_a_role_is_about_the_paper_the_first_part_names(answerer):
    # The officer to contact is the hate strategy paper's, not another paper's of the pack.
    answer = answerer.ask(
        "Who is the author of the hate strategy statement update in December 2018, and who is "
        "the officer to contact?"
    )
    assert "Anita Chavda" in answer.text and "Sally Johnson" in answer.text
    assert "Paul Hindson" not in answer.text


def test_a_part_about_an_unanswered_part_is_not_answered_from_something_else(answerer):
    # "it" is the Night Time Economy bid: with that part unanswered, the Town centres bid's
    # £432,000 (which the words borrowed from it would find) is no answer.
    answer = answerer.ask(
        "Was the Night Time Economy (VAWG) bid successful, and how much did it win?"
    )
    assert "432,000" not in answer.text
    assert "the part before it, which it is about, is not answered" in answer.text


def test_a_follow_up_s_own_words_lead_the_search(answerer):
    # The talk's words find the Community Leadership Programme; "second cohort" picks the
    # paragraph on the next cohort over the one on the first cohort's graduation.
    talk = Conversation()
    for question in (
        "Has the first round of the Community Leadership Programme ended?",
        "How many of the delegates graduated?",
    ):
        answerer.ask(question, conversation=talk)
    answer = answerer.ask("And who is the second cohort aimed at?", conversation=talk)
    assert "18-30" in answer.text


def test_a_role_held_for_a_body_is_a_question_of_its_own(answerer):
    # Unlike "the officer to contact" (a paper's), the PCC is asked about on its own: the
    # first part going unanswered does not take it down.
    answer = answerer.ask(
        "Was the Night Time Economy (VAWG) bid successful, and who is the Police and Crime "
        "Commissioner?"
    )
    assert "Rupert Matthews" in answer.text


def test_a_state_asked_of_a_named_thing_must_be_said_of_it(answerer):
    # "The OPCC were previously successful in securing 3 bids" is said of the first round,
    # not of the Parks bid the question names.
    parks = answerer.ask("Has the Parks bid for Safer Streets 3 been successful?")
    assert parks.abstained and "successful" in parks.text
    town = answerer.ask("Was the Town centres bid under Safer Streets 2 successful?")
    assert not town.abstained and "£432,000" in town.text


def test_what_changed_since_a_meeting_sets_its_papers_beside_the_latest(answerer):
    answer = answerer.ask("Has the plan for the 20 May SPB meeting changed since the March update?")
    dates = [c.meeting_date for c in answer.citations]
    assert "2021-03-19" in dates and "2021-06-18" in dates
    # The day asked leads to each edition's own 20 May entry: the plan, then the review.
    assert (
        "draft business plan" in answer.text and "review and outline business case" in answer.text
    )
    # The June row that parallels March's, not the table's header that shares "focus".
    shifted = answerer.ask(
        "Has the focus of the 20 May SPB meeting shifted since the March update?"
    )
    assert "draft business plan" in shifted.text and "outline business case" in shifted.text


def test_a_part_of_a_report_asked_for_is_read_under_its_heading(answerer):
    answer = answerer.ask(
        "What were the next steps on embedding the female offender strategy in LLR?"
    )
    assert "two workshops" in answer.text and "theory of change" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "The person who presented the MVP report in December 2020 - what strategy have they "
        "drafted since?",
        "Who presented the MVP report in December 2020, and what has the same person drafted since?",
    ],
)
def test_a_person_named_by_a_deed_is_found_then_asked_about(answerer, question):
    answer = answerer.ask(question)
    assert not answer.abstained
    assert "Grace Strong" in answer.text and "trauma-informed" in answer.text
    assert len(answer.citations) >= 2


def test_a_named_persons_post_is_the_sentence_that_gives_it(answerer):
    answer = answerer.ask("What is Victoria Charlton's role?")
    assert "Relationships and Change Manager" in answer.text


def test_which_appendices_came_with_a_paper_is_its_list_of_appendices(answerer):
    answer = answerer.ask("What appendices were included with the June 2021 OPCC update?")
    assert any("Appendix 2 – Letter from Kirk Master" in c.text for c in answer.citations)


def test_what_a_named_paper_is_said_to_have_said_is_cited_too(answerer):
    answer = answerer.ask(
        "The March 2021 OPCC paper mentioned the PCC elections - when did the OPCC welcome the "
        "new commissioner?"
    )
    # The March paper's sentence on the elections grounds the June paper's answer.
    assert answer.citations[0].meeting_date == "2021-03-19"
    assert "6th May 2021" in answer.text and "13th May 2021" in answer.text


def test_what_a_named_person_was_asked_to_do_comes_from_the_actions_against_them(answerer):
    from boardqa.answer.register import asks_tasks_of

    asked = "What was Euan Walters asked to do after the December 2020 meeting, and has he done it?"
    answer = answerer.ask(asked)
    assert "Circulate Microsoft Teams link to MVP webinar" in answer.text
    assert "Completed EW 14.12.20" in answer.text  # "has he done it?": what came of it
    assert all(c.kind == "action_log" for c in answer.citations)
    # Before any action log, what a person agreed to do is in the minutes.
    assert asks_tasks_of("What was Rik Basra asked to do at the October 2018 meeting?")
    earlier = answerer.ask("What was Rik Basra asked to do at the October 2018 meeting?")
    assert not any(c.kind == "action_log" for c in earlier.citations)
    assert not asks_tasks_of("What was the Board asked to do about the strategy?")
    assert asks_tasks_of("What is Paul Hindson responsible for?")
    assert asks_tasks_of("What are Rik Basra’s actions?")
    assert asks_tasks_of("Was Rik Basra asked to do anything?")
    assert not asks_tasks_of("In 2020, when was Rik Basra asked to do it?")
    for other in (
        "What were CSPs required to deliver, according to Rik Basra?",
        "What did Rik Basra say about offenders and their actions?",
        "When is Rik Basra due to complete the Covid lessons report?",
    ):
        assert not asks_tasks_of(other)


def test_everyday_words_find_the_papers_words(answerer):
    answer = answerer.ask("Which law says there has to be a yearly community safety agreement?")
    assert "Crime and Disorder Act 1998" in answer.citations[0].text
