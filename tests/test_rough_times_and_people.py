"""Times named only roughly and details of named people: a season, a part of a year or
Christmas for a meeting ("the autumn 2019 meeting", "just before Christmas 2020"), a person's
phone, title, surname or the name of a post-holder the papers never give, and a paper named
by whose it is. From reading blind51 (a who's-who compiler) and blind52 (a member who
remembers meetings only roughly) in the twenty-ninth session."""

from __future__ import annotations

from datetime import date

from boardqa.answer.kinds import holds_figure
from boardqa.answer.mentions import initials, names_a_paper, whose_paper
from boardqa.answer.persons import gives_title, name_of_post_asked, surname_asked, title_asked
from boardqa.ask_parts import _POINTS_BACK
from boardqa.authors import BYLINE, authored, paper_keys, paper_owner
from boardqa.clauses import without_set_aside
from boardqa.conversation import Conversation
from boardqa.query import WHICH_MEETING_ATTENDED, understand
from boardqa.rough_times import rough_times, span_of

#: The seed archive's meetings, as the retriever knows them.
KNOWN = [
    date(2018, 10, 1),
    date(2018, 12, 10),
    date(2020, 12, 11),
    date(2021, 3, 19),
    date(2021, 6, 18),
]


def test_seasons_and_parts_of_a_year_are_the_months_they_cover():
    assert span_of("in the summer of 2021") == (date(2021, 6, 1), date(2021, 8, 31))
    assert span_of("winter 2020/21") == (date(2020, 12, 1), date(2021, 2, 28))
    assert span_of("winter 2018") == (date(2018, 12, 1), date(2019, 2, 28))
    assert span_of("early on in 2021") == (date(2021, 1, 1), date(2021, 4, 30))
    assert span_of("the end-of-2020 meeting") == (date(2020, 10, 1), date(2020, 12, 31))
    assert span_of("mid-2019") == (date(2019, 5, 1), date(2019, 8, 31))
    assert span_of("just before Christmas 2020") == (date(2020, 12, 1), date(2020, 12, 24))
    assert [t.label for t in rough_times("late in 2018 and the spring 2021 papers")] == [
        "late 2018",
        "spring 2021",
    ]
    # A month is no rough time, nor "the end of December 2020".
    assert rough_times("by the end of December 2020") == []
    assert span_of("April 2019") is None


def test_a_meeting_named_by_its_season_is_the_meeting_held_then():
    intent = understand("What was the board told at its summer 2021 meeting about burglary?", KNOWN)
    assert intent.meetings == (date(2021, 6, 18),)
    intent = understand("At the meeting just before Christmas 2020, who presented?", KNOWN)
    assert intent.meetings == (date(2020, 12, 11),)
    # A season with no meeting in it is a period the archive lacks.
    intent = understand("Who took the chair at the board's autumn 2019 meeting?", KNOWN)
    assert intent.meetings == () and intent.unknown_period == "autumn 2019"


def test_a_rough_time_of_an_event_favours_its_meetings_and_filters_none():
    intent = understand("By the spring of 2021, how many refuge units had opened?", KNOWN)
    assert intent.meetings == () and intent.since is None and intent.until is None
    assert intent.boost_meetings == (date(2021, 3, 19), date(2021, 6, 18))
    assert (2021, 4) in intent.months and (2021, 5) in intent.months
    # The month inside it is the period meant, not one more period to compare.
    intent = understand(
        "Was the strategy approved early in 2021, according to the March 2021 report?", KNOWN
    )
    assert intent.compare == () and intent.meetings == (date(2021, 3, 19),)


def test_a_named_person_s_details_must_be_theirs():
    assert title_asked(
        "Which body does Grace Strong, one of the strategy's authors, work for?"
    ) == ("Grace Strong")
    asked = "What is Bob Bearne's job title at the Community Rehabilitation Company?"
    listed = "either Bob Bearne or Kay Knowles, Community Rehabilitation Company, would attend"
    assert not gives_title(listed, "Kay Knowles", asked.replace("Bob Bearne", "Kay Knowles"))
    assert gives_title(listed, "Kay Knowles", "What is Kay Knowles's job title?")
    presented = "A presentation will be given by Bob Bearne, Head of National Probation Service"
    assert gives_title(presented, "Bob Bearne", "What post does Bob Bearne hold at the NPS?")
    assert surname_asked("What is the surname of Steve, who wrote the newsletter?") == "Steve"
    assert surname_asked("And what was Steve's last name?") == "Steve"
    assert surname_asked("What is the full name of the Chair?") is None
    assert name_of_post_asked("Can you give the name of the MARAC manager who spoke?") == "manager"
    assert name_of_post_asked("What is the name of the strategy?") is None


def test_numbers_in_names_and_compounds_initials():
    assert not holds_figure(
        "Public venues were closed due to the Covid-19 pandemic.", "What rate was reported?"
    )
    assert "ASB" in initials("regarding the Anti-Social Behaviour graphics")
    assert names_a_paper("What does Rik Basra's Quarter 3 2020/21 report say?")
    assert names_a_paper("According to Gurjit Samra-Rai's December 2018 paper, when …?")
    assert not names_a_paper("What did Rik Basra say about the dashboard?")


def test_which_meeting_someone_attended_needs_no_one_meeting_s_minutes(answerer):
    assert WHICH_MEETING_ATTENDED.search("Which meeting did she attend, and why?")
    assert WHICH_MEETING_ATTENDED.search("What network meetings has Saj Devshi attended?")
    assert not WHICH_MEETING_ATTENDED.search("Who attended the December 2020 meeting?")
    # The June 2021 meeting the talk is about has no minutes; its update says.
    talk = Conversation()
    answerer.ask("What does the June 2021 OPCC update say about Mandeep Kaur?", talk)
    answer = answerer.ask("Which meeting did she attend?", talk)
    assert not answer.abstained
    assert "CSP Chairs Network" in answer.text


def test_meetings_named_roughly_are_answered_from_their_papers(answerer):
    answer = answerer.ask(
        "At the board meeting shortly before Christmas 2020, who gave the probation presentation?"
    )
    assert not answer.abstained
    assert "Bob Bearne" in answer.text
    assert all(c.meeting_date in ("2020-12-11", "2021-03-19") for c in answer.citations)
    answer = answerer.ask("Who was in the chair at the board's autumn 2019 meeting?")
    assert answer.abstained and "autumn 2019" in answer.text


def test_details_the_papers_never_give_for_a_named_person_are_declined(answerer):
    for question in (
        "What telephone number do the papers give for Ivan Liburd?",
        "Which organisation does Matthew Wakely, who co-drafted the trauma strategy, work for?",
        "What is the surname of Steve, the Glen Parva project director?",
        "Could you give me the name of the MARAC manager who briefed the Board in September 2020?",
        "Why did Cllr S. Whelband send apologies in December 2020, what reason was given?",
    ):
        assert answerer.ask(question).abstained, question


def test_a_paper_named_by_its_author_need_not_repeat_the_author(answerer):
    question = "According to Gurjit Samra-Rai's December 2018 paper, when does the contract end?"
    # The author is in the paper's contact block, not in the paragraph that answers.
    hit = answerer.retriever.search(question, limit=5)
    best = [h.payload for h in hit if "31st March 2020" in h.payload["text"]]
    assert best, "the paragraph that answers is found"
    byline = answerer.holdings.bylines(best)
    assert "Officer to Contact: Gurjit Samra-Rai" in byline
    assert whose_paper(question, ["Gurjit", "Samra-Rai", "2018"], byline) == ["2018"]
    assert whose_paper(question, ["Gurjit", "Samra-Rai"], "Rik Basra Tel: 0116") == [
        "Gurjit",
        "Samra-Rai",
    ]


def test_a_share_of_one_kind_must_be_of_that_kind(answerer):
    answer = answerer.ask("What share of the 2018/19 Q2 hate incidents were religious?")
    assert answer.abstained
    answer = answerer.ask("In the 2020/21 Q3 report, what share of hate crimes were religious?")
    assert not answer.abstained and "4%" in answer.text


def test_a_paper_named_by_a_rough_time_went_to_a_meeting_then_or_the_next():
    intent = understand("What did the autumn 2018 performance report say about burglary?", KNOWN)
    assert intent.meetings == (date(2018, 10, 1), date(2018, 12, 10))
    intent = understand("What did the late-2018 OPCC update say about Prevent?", KNOWN)
    assert intent.meetings == (date(2018, 10, 1), date(2018, 12, 10))


def test_the_one_of_another_time_points_back_to_the_first_part_s_paper():
    assert _POINTS_BACK.search("and what share in the March 2021 one?")
    assert _POINTS_BACK.search("and in the Q3 2020/21 one?")
    assert not _POINTS_BACK.search("and which one of the districts?")


def test_whose_paper_is_read_from_contact_blocks_and_agenda_entries():
    payloads = [
        {
            "text": "Rik Basra Community Safety Coordinator Tel: 0116 3050619",
            "document_id": "d-csa",
            "kind": "report",
        },
        {
            "text": "Probation Update. A presentation will be given by Bob Bearne, Head of NPS.",
            "meeting_date": "2021-03-19",
            "number": "9",
            "kind": "agenda",
        },
        {"text": "The Board considered a report of Rik Basra.", "document_id": "d-min"},
    ]
    payloads.append(
        {
            "text": "County Lines. This report will be presented by Detective Chief "
            "Superintendent Shane O’Neill Leicestershire Police.",
            "meeting_date": "2021-03-19",
            "number": "8",
            "kind": "agenda",
        }
    )
    owners = authored(payloads)
    # A rank before the name and a curly apostrophe in it: "O'Neill" asked finds it.
    assert owners["o'neill"] == {("item", "2021-03-19", "8")}
    assert paper_owner("What did Shane O'Neill's County Lines report draw on?") == "o'neill"
    assert owners["basra"] == {("doc", "d-csa")}
    assert owners["bearne"] == {("item", "2021-03-19", "9")}
    assert paper_owner("What do Bob Bearne's probation slides say about the CRC?") == "bearne"
    assert paper_owner("What did Rik Basra say about the dashboard?") is None


def test_a_paper_named_by_its_owner_is_searched_for_among_their_papers(answerer):
    hits = answerer.retriever.search(
        "What did Rik Basra's December 2018 report propose for the agreement once approved?",
        limit=5,
    )
    basra = answerer.retriever.authors["basra"]
    # A paragraph of his paper itself, not only its contact block or the minutes.
    assert any(basra & set(paper_keys(h.payload)) and not BYLINE.search(h.text) for h in hits), [
        h.text[:60] for h in hits
    ]


def test_a_scene_s_attendance_and_a_set_aside_chair_are_not_what_is_asked():
    scene = "Anita Chavda attended the December 2020 meeting. What did she say about hate crime?"
    assert not understand(scene).attendance
    assert understand("Who attended the December 2020 meeting?").attendance
    set_aside = "Besides Mrs Taylor, who chaired it, which councillors were present?"
    assert without_set_aside(set_aside) == "which councillors were present?"
    assert not understand("Besides Lord Bach, who chairs it, who sits on the group?").chair
    # "Apart from that, …": what is set aside is what the talk was about.
    assert without_set_aside("Apart from that, who chaired it?") == (
        "Apart from that, who chaired it?"
    )


def test_the_members_of_a_group_besides_its_chair(answerer):
    answer = answerer.ask(
        "Apart from Lord Willy Bach, who chairs it, who else is on the lead member group for "
        "the domestic abuse service redesign?"
    )
    assert not answer.abstained
    assert "Ivan Ould" in answer.text


def test_the_following_meeting_is_the_one_after_the_scene_s():
    intent = understand(
        "The October 2018 meeting asked for the hate strategy to be amended. What was said "
        "about it at the next meeting?",
        KNOWN,
    )
    assert intent.meetings == (date(2018, 12, 10),)
    intent = understand(
        "The summer 2021 meeting heard about the bid. When it came back to the following "
        "meeting, what had it won?",
        KNOWN,
    )
    assert intent.meetings == (date(2021, 6, 18),)  # no meeting after it: the scene's
    # Where a thing was to be brought is not where it is asked about.
    intent = understand(
        "The October 2018 meeting heard about hate crime. What was to be brought to the next "
        "meeting?",
        KNOWN,
    )
    assert intent.meetings == (date(2018, 10, 1),)


def test_a_place_in_a_scheme_s_name_is_no_person():
    from boardqa.answer.persons import people

    assert people("possible adoption of something similar to the PAN London Reciprocal") == []
    assert people("Present: Mrs D. Taylor CC") == ["D. Taylor"]


def test_a_rough_time_s_reports_compared_with_a_month_s_reach_the_next_meeting():
    intent = understand(
        "What did the autumn 2018 and March 2021 performance reports show on referrals?", KNOWN
    )
    assert date(2018, 12, 10) in intent.boost_meetings
    assert date(2021, 3, 19) in intent.boost_meetings
