"""Question understanding and the answer-type checks: pure functions, no index."""

from datetime import date

import pytest

from boardqa.answer.abstain import lacks_answer_type, lacks_focus
from boardqa.answer.decisions import relevant_resolutions
from boardqa.answer.evidence import choose_evidence
from boardqa.answer.kinds import has_date, has_number
from boardqa.answer.labels import numbered_labels, other_number
from boardqa.answer.mentions import missing_from, salient_tokens
from boardqa.answer.persons import has_person, people, states_role
from boardqa.answer.timeline import distinct_actions
from boardqa.clauses import sub_questions
from boardqa.focus import Focus, focus_of, role_asked
from boardqa.query import understand
from boardqa.question_verbs import speaks_of_verb, verb_asked
from boardqa.retrieve import Candidate
from boardqa.words import formal_words, term_set

MEETINGS = [date(2018, 10, 1), date(2018, 12, 10), date(2020, 12, 11), date(2021, 3, 19)]


def _chosen(question: str, text: str, intent=None) -> list[str]:
    """The sentences the answerer quotes from one paragraph of prose for the question."""
    from boardqa.answer.evidence import choose_evidence
    from boardqa.retrieve import Candidate

    cand = Candidate("k1", {"key": "k1", "text": text, "role": "text"}, 1.0, 0.6, 0.7, 0)
    return [e.sentence for e in choose_evidence(intent or understand(question), [cand], question)]


def test_actions_meetings_and_periods():
    i = understand("What happened to action no. 6 at the March 2021 meeting?", MEETINGS)
    assert i.action_number == "6" and i.meetings == (date(2021, 3, 19),)
    assert i.asks == "story"
    between = understand("What changed between December 2018 and March 2021?", MEETINGS)
    assert between.since == date(2018, 12, 1) and between.until == date(2021, 3, 31)
    assert understand("What was agreed in 2015?", MEETINGS).unknown_period == "2015"
    # "Changed since the March report": March's papers beside the latest meeting's.
    later = [*MEETINGS, date(2021, 6, 18)]
    since = understand("Has the target changed since the March 2021 report?", later)
    assert since.compare == (
        (date(2021, 3, 19), date(2021, 3, 19)),
        (date(2021, 6, 18), date(2021, 6, 18)),
    )
    assert not since.meetings
    progress = "In the March 2021 report, what progress had been made since the bid went in?"
    assert understand(progress, later).meetings == (date(2021, 3, 19),)
    assert understand("What did the March 2021 report say?", MEETINGS).meetings == (
        date(2021, 3, 19),
    )
    compare = understand(
        "How did burglary change between the 2018 paper and the March 2021 report?", MEETINGS
    )
    assert len(compare.compare) == 2 and not compare.meetings


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Who chaired the December 2020 meeting?", "who"),
        ("When is the next meeting?", "when"),
        ("What salary is the analyst post offered?", "how_much"),
        ("How much did the OPCC win?", "how_much"),
        ("What is the Hope Project?", "what"),
    ],
)
def test_what_a_question_asks_for(question, asks):
    assert understand(question, MEETINGS).asks == asks


def test_proceedings_are_what_was_said_at_a_meeting_not_what_a_paper_says():
    assert understand("What did Mr Matthews say when he addressed the Board?").proceedings
    assert understand("What was discussed at the March 2021 meeting?").proceedings
    assert not understand("What did the OPCC report say to the Board about funding?").proceedings
    assert not understand("What is the Hope Project?").proceedings


def test_figures_dates_and_people():
    assert has_number("a maximum bid of £550,000") and has_number("rate of 4.9 per 1,000")
    assert not has_number("for the 2021/22 financial year, within their first 3 months")
    assert has_date("on 14.12.20") and has_date("in January 2019") and not has_date("soon")
    assert has_person("presented by Bob Bearne, Head of Probation")
    assert not has_person("presented by Bob Bearne", besides="Who replaced Bob Bearne?")
    assert has_person("Present: Mrs D. Taylor CC (in the Chair)")
    assert not has_person("The Probation Update and the Community Safety Survey")


def test_a_label_with_another_number_is_another_thing():
    labels = numbered_labels("Was the Safer Streets 3 parks bid successful?")
    assert labels == [("Safer Streets", "3")]
    assert other_number("£432,000 through Safer Streets 2 for our Town centres bid", labels)
    assert not other_number(
        "Safer Streets 3 (VAWG) has now been launched; Safer Streets 2 …", labels
    )
    assert not other_number("The parks bid is being prepared", labels)
    # A round names its programme's number, after it ("the first round of Safer Streets")
    # or hyphenated before it ("round-one Safer Streets bids").
    ss2 = "We were successful in securing £432,000 through Safer Streets 2"
    for question in (
        "How much came in from the first round of Safer Streets funding?",
        "How much did the three round-one Safer Streets bids receive?",
    ):
        assert ("Safer Streets", "1") in numbered_labels(question)
        assert other_number(ss2, numbered_labels(question))


def test_a_post_the_question_names_and_who_holds_it():
    from boardqa.answer.persons import post_named, role_holders

    assert post_named("What did the Community Safety Coordinator commit to?") == (
        "Community Safety Coordinator"
    )
    assert post_named("What did the coordinator say?") is None
    sentence = (
        "A report of Rik Basra, Community Safety Coordinator at Leicestershire County Council."
    )
    assert role_holders(sentence, "Community Safety Coordinator") == ["Rik Basra"]


def test_which_district_asks_for_a_name():
    question = understand("Which district had the highest burglary rate in 2020?")
    assert lacks_answer_type(question, ["The rate fell to 2.8 per 1,000 across the districts."])
    assert not lacks_answer_type(question, ["The highest rate, 6.1, was in Charnwood."])
    # A month is no name; "which area" asks for no name (a city centre is an area).
    assert lacks_answer_type(question, ["The rate was highest in March, at 6.1 per 1,000."])
    assert not lacks_answer_type(
        understand("Which area saw the biggest rise in ASB?"), ["The city centre, up 20%."]
    )


def test_a_name_asked_for_is_a_persons_name():
    from boardqa.answer.kinds import holds_asked

    question = "What's the name of the MARAC manager who briefed the Board?"
    assert not holds_asked("who", "The Head of Communications for the Council presented.", question)
    assert holds_asked("who", "Manjeeta Sunnar presented.", question)
    # A name in quotes is a body's ("the ‘Safe Lives’ threshold").
    assert not holds_asked("who", "It is above the ‘Safe Lives’ recommended threshold.", question)


def test_what_time_asks_for_the_time_of_the_meeting_asked_about():
    from boardqa.answer.kinds import holds_asked

    question = "What time did the December 2020 meeting start?"
    header = "Safer Communities Strategy Board - Friday, 11 December 2020 10.00 am."
    assert holds_asked("when", header, question)
    assert not holds_asked(
        "when", "The next meeting is on Friday 19 March 2021 at 10:00am.", question
    )
    assert not holds_asked("when", "The meeting was held on 11 December 2020.", question)
    # A follow-up names no month: any time of day answers it; "4 amendments" is none.
    assert holds_asked("when", "It started at 10.00 am.", "What time did it start?")
    assert not holds_asked("when", "The Board considered 4 amendments.", question)
    # "What time of year" asks for a date.
    assert holds_asked(
        "when", "Burglaries peak around 31 October.", "What time of year do burglaries peak?"
    )


def test_answer_type_checks_decline_evidence_without_what_is_asked():
    # A financial year the question names is no figure, whole or in part.
    getting = understand("How much is each CSP getting under its 2021/22 contract?")
    assert lacks_answer_type(getting, ["There has been a delay with the 2021/22 contracts."])
    assert not lacks_answer_type(getting, ["Each CSP will receive £25,000 in 2021/22."])
    # A date written "30th July’21" is no count; an amount the question gives is no answer.
    applications = understand("How many applications have been received so far?")
    assert lacks_answer_type(applications, ["Applications run until 30th July’21."])
    allocated = understand("How much of the £80 million has been allocated to Leicestershire?")
    assert lacks_answer_type(allocated, ["The government announced £80 million in January."])
    assert not lacks_answer_type(allocated, ["Leicestershire will get £1.2 million of it."])
    how_much = understand("How much did the project officer post cost?")
    assert lacks_answer_type(how_much, ["The post would be funded across the partnership."])
    assert not lacks_answer_type(how_much, ["The post will cost £30,000 a year."])
    who = understand("Who replaced Bob Bearne as head of probation?")
    assert lacks_answer_type(who, ["A presentation will be given by Bob Bearne."])
    assert not lacks_answer_type(who, ["Kay Knowles was appointed head of probation."])
    when = understand("When will the strategy be published?")
    assert lacks_answer_type(when, ["The strategy will be published shortly."])
    assert not lacks_answer_type(when, ["The strategy will be published in May 2021."])


def test_salient_tokens_must_appear_in_the_evidence():
    tokens = salient_tokens("What did the Board say about CCTV in Melton?")
    assert tokens == ["CCTV", "Melton"]
    assert missing_from(tokens, "CCTV cameras in Hinckley") == ["Melton"]
    # An acronym is found by the initials of what it stands for.
    assert missing_from(["OPCC"], "Office of the Police and Crime Commissioner") == []
    # …and a name spelled out in the question by the acronym the papers use.
    question = "Did the Senior Officer Group agree it?"
    assert missing_from(["Senior", "Group"], "at the last SOG meeting", question) == []
    assert missing_from(["Senior", "Group"], "at the last SPB meeting", question) == [
        "Senior",
        "Group",
    ]
    # Apostrophes are alike.
    assert missing_from(["O'Neill"], "Superintendent Shane O’Neill") == []
    # Two-letter initials are found by chance, and do not count.
    pastors = "Did the Community Safety Partnership fund the Street Pastors?"
    assert missing_from(["Street", "Pastors"], "SP volunteers and CS teams", pastors) == [
        "Street",
        "Pastors",
    ]


def test_a_question_that_asks_several_things_is_cut_into_parts():
    assert sub_questions(
        "Who wrote the December 2018 report on hate crime, and who is the officer to contact?"
    ) == ["Who wrote the December 2018 report on hate crime", "who is the officer to contact"]
    # What sets the scene goes with the part after it, which it is about.
    assert sub_questions("The March report mentioned elections - who became PCC?") == []
    assert sub_questions(
        "Bob Bearne said the services would be unified. What date was that, what do the "
        "March 2021 slides call that day?"
    ) == [
        "Bob Bearne said the services would be unified. - What date was that",
        "what do the March 2021 slides call that day",
    ]
    assert sub_questions(
        "Q2 2018/19: what % agreed ASB had decreased, and what's the normal range for it?"
    ) == ["Q2 2018/19: what % agreed ASB had decreased", "what's the normal range for it"]
    assert sub_questions("In December 2020, who chaired the Board meeting?") == []
    # A sentence may end after a two-letter word ("coming up."); "Mrs." ends none.
    assert sub_questions(
        "The paper said elections were coming up. When were they, and who was welcomed after?"
    ) == [
        "The paper said elections were coming up. - When were they",
        "who was welcomed after",
    ]
    assert sub_questions(
        "What did Mrs. Smith say about knife crime, and what did the Board agree on gun crime?"
    ) == ["What did Mrs. Smith say about knife crime", "what did the Board agree on gun crime"]
    # "… and will LLR still be one unit?" asks a second, yes-or-no question.
    assert sub_questions(
        "What date is unification, and will LLR still be a single delivery unit afterwards?"
    ) == ["What date is unification", "will LLR still be a single delivery unit afterwards"]
    # "…, and with the local council?" repeats the first part for another thing; "…, and in
    # the Q3 report?" compares times, which is searched period by period instead.
    assert sub_questions(
        "What share were satisfied with the local police, and with the local council?"
    ) == [
        "What share were satisfied with the local police",
        "What share were satisfied with the local council",
    ]
    assert sub_questions("What was the rate in the Q2 2018/19 report, and in the Q3 one?") == []
    # "and" inside one question joins things, it does not start a new question.
    assert sub_questions("What did the Board say about knife and gun crime?") == []


def test_stemming_meets_the_papers_inflections():
    assert term_set("implemented agreed meetings") == term_set("implementation agreement meeting")
    # A short "-ed" word keeps its "e": "aged 11-24" answers "what ages"; "need" is not "nee".
    assert term_set("aged used") == term_set("ages uses")
    assert term_set("need shed") == term_set("needed sheds")


@pytest.mark.parametrize(
    ("question", "focus"),
    [
        ("What conclusions did the review reach?", "conclusions"),
        ("In 2021, what outcome did the parks bid have?", "outcome"),
        ("Was the Safer Streets 3 bid successful?", "successful"),
        ("Were the revised terms of reference approved?", "approved"),
        ("how much was awarded", "awarded"),
        # The noun names the kind of answer (singular or plural), is no noun at all, or the
        # question has no such word.
        ("What time was the meeting set to start?", None),
        ("Which officers are responsible for action 4?", None),
        ("What figures were given for burglary?", None),
        ("What else was discussed about Prevent?", None),
        ("What exactly was decided about CCTV?", None),
        ("Was anything said about the bed?", None),
        ("What is the Hope Project?", None),
        ("What did Rik Basra agree to do?", None),
        # A who or when question is answered by the name or date, whatever verb ends it.
        ("Who chaired the meeting at which changes were agreed?", None),
    ],
)
def test_the_word_an_answer_must_speak_to(question, focus):
    asks = understand(question, MEETINGS).asks
    found = focus_of(question, asks)
    assert (found.word if found else None) == focus


def test_a_decision_question_has_no_focus_word():
    assert (
        understand("What was decided about the plan, and was it approved?", MEETINGS).focus is None
    )


def test_a_body_signing_off_is_a_decision_and_funding_signed_off_is_not():
    assert understand("Did SPB sign off the outline strategy?", MEETINGS).decision
    assert not understand("Has that funding actually been signed off?", MEETINGS).decision


def test_passages_that_never_use_the_focus_word_do_not_answer():
    intent = understand("What conclusions did the Independent Review reach?", MEETINGS)
    under_way = ["The Independent Review is currently underway again following delays."]
    assert lacks_focus(intent, under_way) == (
        "the passages closest to the question say nothing of conclusions"
    )
    assert lacks_focus(intent, []) is not None
    assert lacks_focus(intent, [*under_way, "Its main conclusion was that referrals fell."]) is None
    polar = understand("Was the parks bid successful?", MEETINGS)
    assert "whether it was successful" in (lacks_focus(polar, ["A parks bid is forming."]) or "")
    assert lacks_focus(polar, ["The parks bid was successful."]) is None
    # A no is an answer too, and so is the word's kin.
    assert lacks_focus(polar, ["Unfortunately the parks bid was unsuccessful."]) is None
    approved = understand("Was the bid approved?", MEETINGS)
    assert lacks_focus(approved, ["The bid awaits approval by the Home Office."]) is None


@pytest.mark.parametrize(
    ("question", "role"),
    [
        (
            "In December 2020, who was the Police and Crime Commissioner?",
            "Police and Crime Commissioner",
        ),
        (
            "Who was the Police and Crime Commissioner, and when was he elected?",
            "Police and Crime Commissioner",
        ),
        ("who is the officer to contact", "officer to contact"),
        ("Who is the responsible officer for action 27?", "responsible officer"),
        ("Who is the Head of Community Safety?", "Head of Community Safety"),
        ("Who was the PCC?!", "PCC"),
        # What someone did, or who someone is, is no role.
        ("Who is responsible for action 4?", None),
        ("Who was down to present the Prevent update?", None),
        ("Who is leading the workstream?", None),
        ("Who was the report presented by?", None),
        ("Who is Rik Basra?", None),
        ("Who was it?", None),
    ],
)
def test_the_role_a_who_question_asks_about(question, role):
    assert role_asked(question) == role


def test_a_role_is_held_by_the_person_named_next_to_it():
    role = "Police and Crime Commissioner"
    assert states_role("Present: Lord Willy Bach Police and Crime Commissioner", role)
    assert states_role(
        "Officer to Contact Sally Johnson Community Safety Team Manager", "officer to contact"
    )
    # The role inside an organisation's name, far from the person, says nothing of who holds
    # it; nor does a deputy's title; nor a person the question already names.
    assert not states_role(
        "This report will be presented by Paul Hindson, Chief Executive, Office of the Police and "
        "Crime Commissioner (OPCC).",
        role,
    )
    assert not states_role("Deputy Police and Crime Commissioner Kirk Master", role)
    assert not states_role(
        "Rupert Matthews, Police and Crime Commissioner",
        role,
        besides="Who was the Police and Crime Commissioner before Rupert Matthews?",
    )
    assert not states_role("Officer to contact: see the report.", "officer to contact")


def test_names_with_apostrophes_and_dates_the_question_already_gives():
    assert people("a presentation from Superintendent Shane O’Neill regarding the Unit") == [
        "Superintendent Shane O’Neill"
    ]
    question = "When is the next Board meeting after 19 March 2021?"
    assert not has_date("the next meeting take place on Friday 19 March 2021", besides=question)
    assert has_date("The next meeting is on Friday 18 June 2021 at 10:00am.", besides=question)
    # Compared as dates, not as text: "1 March" is not part of "21 March 2021".
    assert has_date("It is due on 1 March 2021.", besides="When is it due after 21 March 2021?")


def test_of_a_resolved_block_the_resolutions_on_what_the_question_adds():
    block = [
        {"text": "That the contents of the report be noted;"},
        {"text": "That the electronic link to the MVP webinar be circulated to members."},
    ]
    title = "The Mentors in Violence Prevention Programme"
    about = "What did the Board request about the MVP webinar in December 2020?"
    assert relevant_resolutions(about, title, block) == block[1:]
    whole = "What did the Board resolve on the Mentors in Violence Prevention Programme?"
    assert relevant_resolutions(whole, title, block) == block
    # Initials name the item too; a block that says nothing of the question answers nothing.
    opcc = "LSCSB Partner Update: Office of the Police and Crime Commissioner"
    after = "What was resolved after the OPCC partner update in December 2020?"
    assert relevant_resolutions(after, opcc, block) == block
    data = "What was decided about the data CSPs get from the force?"
    assert relevant_resolutions(data, opcc, block) == []
    # What the resolutions came after names the item, however it is put ("the MVP item",
    # "Grace Strong's presentation on schools"); what they are asked about still narrows.
    for after in (
        "What did the Board resolve after the Mentors in Violence Prevention item?",
        "What was resolved following Grace Strong's presentation on schools?",
    ):
        assert relevant_resolutions(after, title, block) == block
    webinar = "Following Grace Strong's presentation, what was resolved about the webinar?"
    assert relevant_resolutions(webinar, title, block) == block[1:]


def test_a_day_is_asked_for_not_a_year():
    from boardqa.answer.kinds import holds_asked

    asked = "On what date was the strategy published on the website?"
    assert not holds_asked("when", "An update on Safer Communities Performance 2020/21.", asked)
    assert holds_asked("when", "It went online on 25 March 2021.", asked)
    assert holds_asked("when", "It went online on 10/12/2020.", asked)
    assert holds_asked("when", "It went online in March 2021.", asked)
    # "When" alone is answered by a year.
    assert holds_asked("when", "It was refreshed in 2020/21.", "When was it refreshed?")


def test_log_rows_are_one_action_unless_they_differ():
    raised = {"action_raised": "2020-12-11", "action_text": "Provide ASB charts"}
    later = {**raised, "meeting_date": "2021-06-18", "action_text": "Provide ASB charts summary"}
    other = {"action_raised": "2021-06-18", "meeting_date": "2021-09-17", "action_text": "Workshop"}
    bare = {"action_raised": None, "meeting_date": None, "action_text": ""}
    groups = distinct_actions([other, {**raised, "meeting_date": "2021-03-19"}, later])
    assert [[r["meeting_date"] for r in g] for g in groups] == [
        ["2021-03-19", "2021-06-18"],
        ["2021-09-17"],
    ]
    # Rows with nothing to compare are not told apart.
    assert len(distinct_actions([bare, {**bare, "meeting_date": "2021-03-19"}])) == 1


def test_quarters_are_labels_however_the_reports_write_them():
    assert numbered_labels("What was the rate in the Quarter 4 2020/21 report?") == [
        ("quarter", "4")
    ]
    asked = numbered_labels("What was the burglary rate in Q4 2020/21?")
    assert other_number("Safer Communities Performance 2020/21 Q3 The rate fell.", asked)
    assert other_number("The rate continued into quarter 2 and 3 2020/21.", asked)
    assert not other_number("The rate continued into quarter 3 and 4 2020/21.", asked)
    # A comparison of two quarters asks for either.
    both = numbered_labels("Compare the rate in the Q2 2018/19 report with the Q3 2020/21 one.")
    assert not other_number("Safer Communities Performance 2020/21 Q3", both)
    assert other_number("Safer Communities Performance 2020/21 Q1", both)


def test_a_recommendation_question_and_the_months_it_names():
    asked = understand("What was the Board asked to do with the CSA in December 2018?", MEETINGS)
    assert asked.recommendation and not asked.decision and not asked.proceedings
    assert understand("What did the Hope Project paper recommend?", MEETINGS).recommendation
    assert understand("What did the report ask board members to do?", MEETINGS).recommendation
    assert not understand("What did the Board resolve about the CSA?", MEETINGS).recommendation
    # A month with a meeting names the meeting; another month names a time the papers write of.
    assert asked.months == ()
    as_of = understand("As of September 2020, what was the rolling FTE figure?", MEETINGS)
    assert as_of.as_of and as_of.months == ((2020, 9),)


def test_recommendations_are_quoted_whole_with_a_framing_lead_in_uncited():
    from boardqa.answer.recommendations import compose_recommendations, recommendation_block

    def para(key, number, text, heading="Recommendations for the Board"):
        return {
            "key": key,
            "number": number,
            "text": text,
            "heading": heading,
            "document": "LSCSB Update: Prevent",
            "meeting_date": "2021-03-19",
        }

    paper = [
        para("k0", "5", "Prevent referrals rose.", heading="Background"),
        para("k1", "6", "The Board is asked to"),
        para("k2", "6(a)", "Continue to support the work of Prevent;"),
        para("k3", "6(b)", "Inform the Prevent Coordinator of any opportunities."),
        para("k4", "6", "Officer to contact Sean Arbuthnot Prevent Coordinator"),
    ]
    block = recommendation_block(paper[3], paper)
    assert [p["key"] for p in block] == ["k1", "k2", "k3"]
    text, cites = compose_recommendations(block)
    assert text.endswith(
        "says: The Board is asked to\n• “(a) Continue to support the work of Prevent;” [1]\n"
        "• “(b) Inform the Prevent Coordinator of any opportunities.” [2]"
    )
    assert [c.id for c in cites] == ["k2", "k3"]
    # One recommendation that is a sentence of its own is quoted and cited.
    alone = [para("k9", "27", "The Board are requested to note the contents of the report.")]
    text, cites = compose_recommendations(recommendation_block(alone[0], alone))
    assert "[1]" in text and [c.id for c in cites] == ["k9"]
    # Bullets that keep the lead-in's number are its items; a lead-in of whole sentences
    # says something itself and is cited too.
    bullets = [
        para("b1", "14", "This was presented at SPB. The recommendations build on it:", "T"),
        para("b2", "14", "To agree the definition of trauma", "T"),
        para("b3", "14", "To agree the establishment of a Leadership Group", "T"),
        para("b4", "15", "This work links to prevention.", "T"),
    ]
    block = recommendation_block(bullets[2], bullets)
    text, cites = compose_recommendations(block)
    assert [c.id for c in cites] == ["b1", "b2", "b3"]
    assert "\n• “To agree the definition of trauma” [2]" in text
    assert recommendation_block(bullets[3], bullets) == [bullets[3]]


def test_generic_head_nouns_are_not_what_an_answer_must_speak_to():
    assert focus_of("What two things did the hate strategy paper ask the Board to agree?") is None


@pytest.mark.parametrize(
    ("question", "chair"),
    [
        ("Who chaired the 19 March 2021 meeting of the Board?", True),
        ("Who was in the Chair?", True),
        ("Who chaired the lead member group set up for the service redesign?", False),
        ("Who chairs the CSP Chairs Network?", False),
    ],
)
def test_the_chair_of_a_meeting_not_of_another_body(question, chair):
    assert understand(question, MEETINGS).chair is chair


def test_what_a_named_person_told_the_board_is_what_was_said_even_in_an_update():
    said = "What did Lucy Booth tell the Board in her communications update at the meeting?"
    assert understand(said, MEETINGS).proceedings
    assert not understand(
        "What did the report say about hate at the meeting?", MEETINGS
    ).proceedings


def test_who_attended_and_which_minister_ask_for_people():
    attended = understand("Who attended the 11 December 2020 meeting for the police?", MEETINGS)
    assert attended.attendance and attended.asks == "who"
    assert understand("Which minister visited the trainees?", MEETINGS).asks == "who"


def test_a_count_answers_how_many_but_not_how_much():
    sentence = "We have 3 bids currently in delivery."
    assert not lacks_answer_type(understand("How many bids are in delivery?"), [sentence])
    assert lacks_answer_type(understand("How much funding did the bids bring in?"), [sentence])


def test_action_no_is_not_the_end_of_a_sentence():
    from boardqa.answer.sentences import split_sentences

    assert split_sentences("With regards to Action no. 1 - Use social media. Members agreed.") == [
        "With regards to Action no. 1 - Use social media.",
        "Members agreed.",
    ]


def test_a_list_lead_in_and_its_items_carry_each_other():
    from boardqa.answer.lists import items_of, leads_in

    lead = {
        "key": "k1",
        "number": "28",
        "heading": "Next steps",
        "position": 1,
        "text": "The group has identified the following outcomes for delivery:",
    }
    items = [
        {
            "key": f"k{i}",
            "number": f"28({c})",
            "heading": "Next steps",
            "position": i,
            "text": f"Item {c}.",
        }
        for i, c in ((2, "a"), (3, "b"))
    ]
    other = {"key": "k9", "number": "29", "heading": "Next steps", "position": 4, "text": "No."}
    assert leads_in(lead["text"]) and not leads_in("Item a.")
    assert [p["key"] for p in items_of(lead, [lead, *items, other])] == ["k2", "k3"]
    assert items_of(items[0], [lead, *items]) == []


def test_a_contact_officer_is_the_papers_officer_to_contact():
    assert states_role("Officer to Contact Sally Johnson Community Safety", "contact officer")
    assert not states_role("Please contact the officer for details", "contact officer")


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("How many Channel referrals were made in Leicestershire during 2020/21?", "referrals"),
        ("How many young people completed the survey?", "people"),
        ("What was the number of first time entrants aged 10-17?", "entrants"),
        ("How many jobs and how many days of placements were created?", "jobs"),
    ],
)
def test_what_a_how_many_question_counts(question, noun):
    from boardqa.answer.counted import counted_noun

    assert counted_noun(question) == noun


def test_a_figure_of_another_kind_or_of_another_thing_does_not_answer():
    share = understand("What percentage of referrals came from schools?")
    assert lacks_answer_type(share, ["There were 120 referrals from schools."])
    assert not lacks_answer_type(share, ["31% of referrals came from schools."])
    count = understand("How many Channel referrals were made in 2020/21?")
    # A share is often what a "how many" gets ("over 60% of female offenders").
    assert not lacks_answer_type(count, ["31% of Channel referrals were made by the police."])
    assert lacks_answer_type(count, ["In the last year 8000 home visits had been conducted."])
    assert not lacks_answer_type(count, ["There were 120 Channel referrals in 2020/21."])


def test_money_is_asked_for_and_a_figure_the_question_gives_is_no_answer():
    each = understand("How much funding will each of the local projects receive?")
    assert lacks_answer_type(each, ["The Home Office proposed to fund 13 local projects."])
    assert not lacks_answer_type(each, ["Each project will receive £20,000."])
    echo = understand("How much of the £882,373 was allocated to the evaluation?")
    assert lacks_answer_type(echo, ["The bid for £882,373 was successful."])


def test_questions_about_the_actions_as_a_set_are_answered_from_the_register():
    from boardqa.answer.register import asks_register, compose_register, select_actions

    assert asks_register("Which actions are still open?")
    assert asks_register("What actions were raised at the December 2020 meeting?")
    assert not asks_register("When were the County Lines and Glen Parva actions added?")
    assert not asks_register("What happened to action 6?")

    def row(n, status, responsible, raised, comments=""):
        return {
            "key": f"k{n}",
            "action_number": str(n),
            "action_status": status,
            "action_responsible": responsible,
            "action_raised": raised,
            "action_dates": [raised],
            "action_comments": comments,
            "action_text": f"Do thing {n}. More detail.",
            "meeting_date": "2021-03-19",
            "document": "Action Log",
            "kind": "action_log",
        }

    rows = [
        row(1, "Amber", "Rik Basra", "2019-09-20"),
        row(6, "Amber", "Paul Hindson", "2020-12-11"),
        row(7, "Amber", "Paul Hindson/Rik Basra", "2020-12-11"),
        row(9, "Green", "Euan Walters", "2020-12-11", comments="Completed EW 14.12.20"),
    ]
    open_rows = select_actions(rows, "Which actions are still open?").rows
    assert [r["action_number"] for r in open_rows] == ["1", "6", "7"]
    shared = select_actions(rows, "Which actions are Paul Hindson and Rik Basra responsible for?")
    assert [r["action_number"] for r in shared.rows] == ["7"]
    raised = select_actions(
        rows, "What actions were raised in December 2020?", (date(2020, 12, 11),)
    )
    assert [r["action_number"] for r in raised.rows] == ["6", "7", "9"]
    text, cites = compose_register(raised)
    assert text.startswith("The action logs list 3 actions raised on 11 December 2020:\n• action 6")
    assert text.count("\n• ") == 3
    assert "“Do thing 9.” Latest comment: Completed EW 14.12.20 [3]" in text and [
        c.id for c in cites
    ] == ["k6", "k7", "k9"]
    # "… and has he done it?" asks each action's state, it does not choose by it.
    asked = "What was Paul Hindson asked to do, and has he done it?"
    assert select_actions(rows, asked).rows == []
    assert [r["action_number"] for r in select_actions(rows, asked, by_state=False).rows] == [
        "6",
        "7",
    ]


def test_a_meeting_as_a_whole_is_told_item_by_item_from_its_minutes():
    from boardqa.answer.overview import asks_overview, compose_overview

    assert asks_overview("What happened at the December 2020 meeting?")
    assert asks_overview("Summarise the 11 December 2020 meeting")
    assert not asks_overview("What was discussed at the December 2020 meeting about hate crime?")
    assert not asks_overview("What happened to action 6?")

    def para(key, heading, text, role="text"):
        return {
            "key": key,
            "heading": heading,
            "text": text,
            "role": role,
            "document": "Minutes",
            "kind": "minutes",
            "about_meeting": "2020-12-11",
        }

    minutes = [
        para("k0", "Present", "Present: Mrs D. Taylor CC (in the Chair)", role="attendance"),
        para("k1", "17. Introductions", "The Chairman welcomed everyone. Then more."),
        para("k2", "20. LSCSB Action Log", "The Board considered the log."),
        para("k3", "20. LSCSB Action Log › RESOLVED", "That the log be noted;", "resolution"),
    ]
    text, cites = compose_overview(date(2020, 12, 11), minutes)
    assert text == (
        "The minutes of the meeting of 11 December 2020 record 2 items:\n• 17. Introductions: "
        "“The Chairman welcomed everyone.” [1]\n• 20. LSCSB Action Log: resolved "
        "“That the log be noted;” [2]"
    )
    assert [c.id for c in cites] == ["k1", "k3"]


def test_what_a_question_says_it_is_about_must_be_in_the_passages():
    from boardqa.answer.mentions import about_words

    assert about_words("What was discussed at the December 2020 meeting about hate crime?") == [
        "hate",
        "crime",
    ]
    assert about_words("What did the Board decide about e-scooters?") == ["e-scooter"]
    assert about_words("Who gave a talk about publicity, and what did it cover?") == ["publicity"]
    assert about_words("What happened to action 6?") == []


def test_what_will_be_done_is_answered_by_the_sentence_that_says_so():

    question = "Is the OPCC going to bid for the Night Time Economy money?"
    intent = understand(question)
    assert intent.plan and not understand("What was the bid for?").plan
    text = (
        "A further Night Time Economy bid opportunity will be launched by the Home Office. "
        "We only have limited detail at this point. "
        "We intend to shape and submit a bid with partners against this fund."
    )
    chosen = _chosen(question, text, intent)
    assert "We intend to shape and submit a bid with partners against this fund." in chosen


def test_the_sentence_after_one_that_restates_the_question_is_quoted_too():

    question = "Violence with injury was up but referrals were down. What was done about it?"
    text = (
        "Violence with injury had increased yet referrals had decreased and it was questioned "
        "why. Further investigation into these statistics would take place."
    )
    chosen = _chosen(question, text)
    assert chosen[-1] == "Further investigation into these statistics would take place."


def test_spans_of_years_councillors_and_presenters():
    chair = understand("Which councillor was there as chair of the Oadby and Wigston CSP group?")
    assert chair.asks == "who" and not chair.chair and chair.focus is None
    span = understand("How much did the OPCC put in in 2017-19?", MEETINGS)
    assert span.unknown_period is None
    assert understand("What did the Board decide in 2019?", MEETINGS).unknown_period == "2019"
    to_present = understand("Who is down to present the Q3 report at the March 2021 meeting?")
    assert to_present.kinds == ("agenda", "webpage")


def test_a_scene_setting_when_clause_is_not_what_is_asked():
    scene = understand(
        "When Gurjit Samra-Rai updated the Board in October 2018, what did she say the SPB "
        "would do?",
        MEETINGS,
    )
    assert scene.asks == "what" and scene.meetings == (date(2018, 10, 1),)
    assert understand("When did the contract start, and who won it?").asks == "when"
    assert understand("What's the name of the Head of Communications?").asks == "who"
    at = understand("Who was at the October 2018 Board from the Fire and Rescue Service?")
    assert at.attendance and at.asks == "who"


def test_who_is_answered_by_an_attendance_entry_or_by_whom_the_thing_is_done():
    from boardqa.answer.kinds import holds_asked

    assert has_person("Others: Matthew Cane Leicestershire Fire and Rescue Service")
    # Outside an attendance list, a capitalised run cut before its organisation word is not
    # a person.
    assert not has_person("The Serious Harm Reduction Unit met.")
    question = "Who will present the OPCC's data packs at CSP meetings?"
    packs = "The OPCC will produce the Packs which will be presented by the NPA commanders."
    assert holds_asked("who", packs, question)
    assert not holds_asked("who", "The OPCC will produce the Packs each quarter.", question)
    # The agent must do the asked thing: "produced by" does not say who presents.
    assert not holds_asked("who", "The Packs are produced by the OPCC.", question)


def test_a_day_without_a_board_meeting_is_unknown_unless_another_body_met_then():
    from boardqa.answer.abstain import judge
    from boardqa.retrieve import Candidate

    text = "At its meeting on 10 September 2020 the SPB had focused on ACEs."
    cand = Candidate("k", {"key": "k", "text": text}, 2.0, 0.9, 0.9, 0)
    meetings = [*MEETINGS, date(2021, 6, 18)]
    spb = understand("What did the SPB focus on at its 10 September 2020 meeting?", meetings)
    assert spb.unknown_period == "2020-09-10"
    assert not judge(spb, [cand], "span").abstain
    board = understand("What was discussed at the Board meeting on 10 September 2020?", meetings)
    assert judge(board, [cand], "span").abstain
    table = Candidate("t", {"key": "t", "text": "1/4/16 – 31/3/17: £279,150"}, 2.0, 0.9, 0.9, 0)
    april = understand("What did the City pay from April 2016 onwards?", meetings)
    assert april.unknown_period == "April 2016" and not judge(april, [table], "span").abstain
    assert judge(april, [cand], "span").abstain


def test_which_names_the_kind_of_answer_what_may_name_its_focus():
    assert focus_of("Which other publication does the report say flags county lines?") is None
    assert focus_of("What conclusions did the Independent Review of Prevent reach?").word == (
        "conclusions"
    )


def test_a_paragraph_of_the_asked_quarters_paper_may_name_another_quarter_in_passing():
    from boardqa.answer.units import quotable
    from boardqa.retrieve import Candidate

    labels = numbered_labels("In the Q3 2020/21 report, what share agreed?")
    text = "Latest figures show 94.0% agreed. During quarter 2 this increased to 96.3%."
    q3 = {"key": "k", "text": text, "document": "Safer Communities Performance 2020/21 Q3"}
    units = [u for u, _ in quotable(Candidate("k", q3, 1.0, 0.5, 0.5, 0), labels)]
    assert units == ["Latest figures show 94.0% agreed."]
    q4 = {**q3, "document": "Safer Communities Performance 2020/21 Q4"}
    assert quotable(Candidate("k", q4, 1.0, 0.5, 0.5, 0), labels) == []


def test_bullets_that_keep_the_lead_ins_number_are_its_list_after_a_colon_only():
    from boardqa.parse.lists import Entry, lead_of, list_items

    lead = Entry("14", "Trauma", "This was presented. A copy can be provided on request:")
    bullets = [Entry("14", "Trauma", t) for t in ("To agree the intent", "To note the gaps")]
    after = Entry("15", "Trauma", "This work links to prevention.")
    paper = [lead, *bullets, after]
    assert list_items(paper, 0) == [1, 2] and lead_of(paper, 2) == 0
    assert list_items(paper, 0, bullets=False) == []
    # Without a colon, a second "14" is the paragraph carried over a page, not an item.
    carried = [Entry("14", "Trauma", "The strategy was"), Entry("14", "Trauma", "approved.")]
    assert list_items(carried, 0) == [] and lead_of(carried, 1) is None
    # A list is lettered or bulleted throughout: "6 Officer to contact" closes "6(a)", "6(b)".
    lettered = [
        Entry("6", "Recs", "The Board is asked to:"),
        Entry("6(a)", "Recs", "note it;"),
        Entry("6(b)", "Recs", "agree it."),
        Entry("6", "Recs", "Officer to contact Sean Arbuthnot"),
    ]
    assert list_items(lettered, 0) == [1, 2]
    many = [lead, *[Entry("14", "Trauma", f"To do {n}") for n in range(9)]]
    assert list_items(many, 0) == [] and len(list_items(many, 0, limit=None)) == 9


def test_a_question_put_at_the_board_is_not_a_decision_and_held_by_names_the_holder():
    from boardqa.answer.kinds import holds_asked

    assert understand("Did the Board ask officers for a report?").decision
    assert understand("What did the Board decide about hate crime?").decision
    asked = understand("Someone at the Board asked whether fox hunting counts. What was said?")
    assert not asked.decision
    question = "Who would hold accountability for monitoring the strategy?"
    held = "Accountability will be held by the LLR Senior Officer Group."
    assert holds_asked("who", held, question)


def test_why_is_answered_by_the_sentence_that_gives_a_cause():

    question = "Why is the MARAC repeat referral rate above the SafeLives threshold?"
    assert understand(question).cause and not understand("What is the MARAC rate?").cause
    text = (
        "The MARAC repeat referral rate sits at 50%, above the SafeLives threshold of 40%. "
        "Repeat referrals have stabilised around 50% over the last three quarters. "
        "A change in criteria for referral has been identified as responsible for this value "
        "being higher than the SafeLives recommended upper threshold."
    )
    chosen = _chosen(question, text)
    assert any(s.startswith("A change in criteria") for s in chosen)


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        ("Which company won the contract to operate the new prison?", "won"),
        ("Who replaced Bob Bearne as head of probation?", "replaced"),
        ("How many young people completed the youth survey?", "completed"),
        ("How many of the new Regional Advisors will cover the East Midlands?", "cover"),
        # A who question names a person without most verbs ("represented", "gave").
        ("Who represented the Fire Authority at the meeting?", None),
        ("Who gave the Victim First presentation?", None),
        ("Which minister dropped in on the trainees?", None),
        # Passive, light, or asking for the object: no verb to find.
        ("Who was recruited to the Hope Project officer post?", None),
        ("How many Channel referrals were made in 2020/21?", None),
        ("What should the presentation cover?", None),
    ],
)
def test_the_verb_a_who_which_or_how_many_question_turns_on(question, verb):
    from boardqa.question_verbs import verb_asked

    found = verb_asked(question)
    assert (found.word if found else None) == verb


def test_passages_that_never_speak_of_the_asked_verb_do_not_answer():
    from boardqa.question_verbs import speaks_of_verb, verb_asked

    won = understand("Which company won the contract to operate the new prison?")
    built = ["Lendlease have already started building the new prison."]
    assert lacks_focus(won, built)
    assert not lacks_focus(won, ["The contract was awarded to a new operator."])
    led = verb_asked("Who leads the Vulnerability sub group?")
    assert led is not None and speaks_of_verb(led, "The sub group is led by Rik Basra.")


def test_how_a_thing_was_done_and_whom_it_serves_are_not_figures_or_people():
    assert understand("How was the question of funding the post taken forward?").asks == "what"
    assert understand("How much funding did the post get?").asks == "how_much"
    assert understand("Who is it aimed at, and what does it ask them about?").asks == "what"
    assert understand("Who is the survey for?").asks == "what"
    assert understand("Who is the contact officer for the March 2021 report?").asks == "who"


def test_apologies_are_answered_from_the_apologies_and_attendance_from_those_present():
    from boardqa.answer.attendance import attendance_section
    from boardqa.answer.evidence import choose_evidence
    from boardqa.retrieve import Candidate

    question = "Which Leicestershire Police officers gave apologies for the October meeting?"
    present = "Others: Matthew Cane Leicestershire Police; Paul Hindson OPCC"
    apologies = (
        "Apologies for absence: Andy Lee Leicestershire Police; Mark Freer Leicestershire Police"
    )
    cands = [
        Candidate("p", {"key": "p", "text": present, "role": "attendance"}, 1.0, 0.6, 0.6, 0),
        Candidate("a", {"key": "a", "text": apologies, "role": "attendance"}, 0.9, 0.6, 0.6, 1),
    ]
    chosen = [e.sentence for e in choose_evidence(understand(question), cands, question)]
    assert chosen[0].startswith("Apologies for absence: Andy Lee")
    assert not any(s.startswith("Others") for s in chosen)
    both = understand("Grace Strong sent apologies in 2018 and attended in 2020 - for whom?")
    assert attendance_section(both) is None


def test_a_post_answers_who_unless_the_question_names_it():
    from boardqa.answer.kinds import holds_asked

    post = "That there be a presentation from the Head of Communications at Leicestershire CC."
    assert holds_asked("who", post, "Who did the Board want a presentation from?")
    assert not holds_asked(
        "who", post, "What's the name of the Head of Communications the Board wanted?"
    )


def test_a_short_best_paragraph_is_quoted_whole():

    question = "When did Cabinet approve the suicide campaign?"
    text = (
        "Start a Conversation was successfully launched in September. "
        "In January 2018, Cabinet approved the development of a Suicide Campaign."
    )
    chosen = _chosen(question, text)
    assert chosen[0] == "Start a Conversation was successfully launched in September."


def test_a_role_given_as_initials_is_found_spelled_out():
    from boardqa.answer.sentences import split_sentences

    present = "Present: Lord Willy Bach Police and Crime Commissioner; Mr. T. Parton CC"
    assert states_role(present, "PCC")
    assert not states_role("Joint work with the PCC has started.", "PCC")
    # An authority is not a person beside the role it names in passing.
    assert not states_role("Joint commissioning involving Local Authority, PCC and NPS", "PCC")
    assert split_sentences("Given the above re. Safer Streets 2 we do not bid. It ended.") == [
        "Given the above re. Safer Streets 2 we do not bid.",
        "It ended.",
    ]


def test_a_question_naming_a_generic_section_gets_the_whole_section():
    from boardqa.answer.compose import join_lines
    from boardqa.answer.sections import named_section, section_of

    def para(key, heading, text):
        return {"key": key, "heading": heading, "text": text}

    doc = [
        para("k1", "Female Offender Strategy", "A paper was presented at the last SPB Exec."),
        para("k2", "Female Offender Strategy › Next steps", "Deliver two workshops;"),
        para("k3", "Female Offender Strategy › Next steps", "Devise a project plan;"),
        para("k4", "Volunteering", "An update was presented to SPB."),
    ]
    question = "What are the next steps for the female offender work?"
    assert named_section(question, doc[2]) == "Next steps"
    assert [p["key"] for p in section_of(doc[2], doc)] == ["k2", "k3"]
    # A topic heading is named by most questions on the topic: not a section to quote whole.
    assert named_section("What did the paper say about volunteering?", doc[3]) is None
    assert join_lines(["Paper says:", "• Deliver. [1]", "• Devise. [2]", "It ended. [3]"]) == (
        "Paper says:\n• Deliver. [1]\n• Devise. [2]\nIt ended. [3]"
    )


def test_what_a_question_sets_aside_does_not_lead_its_search():
    from boardqa.clauses import without_set_aside

    question = "Besides Dame Black's review, which other publication flags county lines?"
    assert without_set_aside(question) == "which other publication flags county lines?"
    assert without_set_aside("Which publication flags county lines?") == (
        "Which publication flags county lines?"
    )


def test_who_holds_a_role_now_is_read_from_the_latest_papers():
    meetings = [*MEETINGS, date(2021, 6, 18)]
    assert understand("Who is the PCC?", meetings).boost_meetings == (date(2021, 6, 18),)
    assert understand("Who was the PCC in December 2020?", meetings).boost_meetings == ()
    elected = (
        "The OPCC welcomed Mr Rupert Matthews as the newly elected Police and Crime Commissioner"
    )
    assert states_role(elected, "Police and Crime Commissioner")
    assert not states_role("Mr Rupert Matthews thanked the Police and Crime Commissioner", "PCC")


def test_how_much_was_won_is_answered_by_the_sentence_that_speaks_of_winning():
    from boardqa.question_verbs import verb_asked

    question = "How much did the OPCC win from Safer Streets round 2?"
    assert verb_asked(question).word == "win"
    assert verb_asked("How much did the County Council contribute each year?") is None
    from boardqa.answer.evidence import choose_evidence
    from boardqa.retrieve import Candidate

    fund = "The Home Office launched round two of the Safer Streets fund, a £20m fund."
    won = "The OPCC was successful in securing £432,000 through Safer Streets 2."
    cands = [
        Candidate("f", {"key": "f", "text": fund, "role": "text"}, 1.2, 0.6, 0.7, 0),
        Candidate("w", {"key": "w", "text": won, "role": "text"}, 0.95, 0.6, 0.5, 1),
    ]
    chosen = [e.sentence for e in choose_evidence(understand(question), cands, question)]
    assert chosen[0] == won


def test_review_cases_verbs_agents_relatives_and_periods():
    from boardqa.answer.abstain import names_period, of_another_body
    from boardqa.answer.persons import names_agent, spelled_out
    from boardqa.focus import Focus
    from boardqa.parse.paragraphs import nest_heading
    from boardqa.question_verbs import speaks_of_verb, verb_asked

    # Whole word forms: "won" is not "window", "securing" is winning's kin.
    assert not speaks_of_verb(Focus("won"), "in the window of winter")
    assert speaks_of_verb(Focus("won"), "successful in securing £432,000")
    assert verb_asked("Which groups were funded and who replaced Bob?").word == "replaced"
    assert verb_asked("Who’s replaced Bob Bearne?").word == "replaced"
    # The object asked for before the auxiliary and the subject.
    assert verb_asked("How much money did the OPCC win from round two?").word == "win"
    assert verb_asked("How many referrals did UAVA get?") is None
    # A participle before a bare noun after a subject is still the verb.
    assert verb_asked("Which provider won contracts in 2020?").word == "won"
    assert verb_asked("Which actions were completed?") is None
    # A passive verb of outcome is still what a which-question turns on.
    assert verb_asked("Which provider has been awarded the contract?").word == "awarded"
    assert verb_asked("Which groups were funded?") is None
    # A participle before a noun describes it; before an adverb it is the verb.
    assert verb_asked("What's the latest stated focus for the meeting?") is None
    assert verb_asked("How much has the build spent locally so far?").word == "spent"
    # Who chairs a group turns on chairing; who chaired a meeting is read from the minutes.
    assert verb_asked("Who chairs the lead member group?").word == "chairs"
    assert speaks_of_verb(Focus("chairs"), "A lead member Group has been established, Chaired by")
    # The question's verb and the passage's participle meet through their base.
    assert names_agent("The review was led by Leicestershire Police.", "Who led the review?")
    assert not names_agent("It will be delivered by April 2021.", "Who will deliver it?")
    assert not names_agent("Chosen by the Council.", "Who was chosen?")
    assert spelled_out("CE", "Chief Constable Chief Executive John Smith") == ["Chief Executive"]
    assert spelled_out("PCC", "Pat Carter Clarke") == []
    # A relative clause after a question is not a part; after a scene, "who" asks.
    assert sub_questions("What did Dr. Jones say about knife crime, and who agreed with Mr. Smith?")
    assert (
        sub_questions(
            "Under the arrangements proposed in 2018, who would hold accountability for monitoring "
            "and which group would deliver the action plan?"
        )[1]
        == "which group would deliver the action plan"
    )
    assert names_period("April 2016", "in Apr 2016") and not names_period("2017", "20170")
    # A schedule in a 2021 paper names "20 May" without its year.
    assert names_period("2021-05-20", "20 May Introduction to new PCC", 2021)
    assert not names_period("2021-05-20", "20 May Introduction to new PCC", 2018)
    assert not of_another_body("What happened at the meeting on 14 June 2019?", "2019-06-14")
    assert nest_heading("Matters arising › Safer Streets", "Update:") == "Safer Streets › Update"


def test_what_is_counted_may_be_named_by_the_heading_over_the_figure():
    question = "How many first time entrants were there to September 2020?"
    figure = "The current rolling 12 month value to September 2020 is 91."
    intent = understand(question)
    assert lacks_answer_type(intent, [figure])
    assert not lacks_answer_type(intent, [figure], ["First Time Entrants to the CJS"])


def test_a_new_subject_keeps_the_meeting_and_an_answered_word_is_no_new_subject():
    from types import SimpleNamespace

    from boardqa.conversation import Conversation

    meetings = [date(2021, 3, 19)]
    talk = Conversation()
    first = "What was decided at the March 2021 meeting?"
    talk.record(
        first,
        talk.resolve(understand(first, meetings), first)[0],
        SimpleNamespace(text="", citations=[]),
    )
    chair = understand("What did the Chair say?", meetings)
    assert talk.resolve(chair, "What did the Chair say?")[0].meetings == (date(2021, 3, 19),)
    talk = Conversation()
    action = "What happened to action 6?"
    answer = SimpleNamespace(text="Action 6 stands at Amber (RAG) in the log.", citations=[])
    talk.record(action, talk.resolve(understand(action, meetings), action)[0], answer)
    rag = understand("What is the RAG status?", meetings)
    assert talk.resolve(rag, "What is the RAG status?")[0].action_number == "6"


def test_a_heading_names_what_is_counted_only_when_the_sentence_counts_nothing():
    referrals = understand("How many Channel referrals were made in 2020?")
    visits = "There were 8000 home visits in 2020."
    assert lacks_answer_type(referrals, [visits], ["Prevent: Channel referrals"])


def test_what_a_scene_names_frames_the_question_without_bounding_it():
    meetings = [*MEETINGS, date(2021, 6, 18)]
    # The scene's papers are not where the answer is asked for, and the asking part decides
    # what kind of answer is wanted.
    scene = understand(
        "The older minutes all mention Lord Bach as PCC - who holds the post now?", meetings
    )
    assert scene.kinds == () and scene.asks == "who"
    # The scene's month is where to start, not a bound: the outcome came later.
    later = understand(
        "In March 2021 the OPCC shortlisted town centres. Which towns did the bid cover?",
        meetings,
    )
    assert later.meetings == () and later.boost_meetings == (date(2021, 3, 19),)
    asked = understand("Which towns did the bid shortlisted in March 2021 cover?", meetings)
    assert asked.meetings == (date(2021, 3, 19),)
    # A scene that ends on its year is a scene too; one that names a day or a meeting says
    # where the question is asked of.
    year_last = understand(
        "The OPCC shortlisted town centres in March 2021. Which towns did the bid cover?",
        meetings,
    )
    assert year_last.meetings == () and year_last.boost_meetings == (date(2021, 3, 19),)
    day = understand(
        "At the 11 December 2020 meeting officers presented the burglary report - who "
        "presented it?",
        meetings,
    )
    assert day.meetings == (date(2020, 12, 11),)


def test_a_meeting_named_by_its_month_alone():
    meetings = [*MEETINGS, date(2021, 6, 18)]
    # "may" and "march" as words are no months.
    assert understand("Which expenses may board members claim?", [date(2019, 5, 17)]).meetings == ()
    assert understand("What was said at the June meeting?", meetings).meetings == (
        date(2021, 6, 18),
    )
    # Beside another period, it is one more period to compare.
    later = understand(
        "Back in March 2021 the survey was in its early stages. Where had it got to by the June "
        "meeting?",
        meetings,
    )
    assert len(later.compare) == 2 and later.compare[1] == (date(2021, 6, 18), date(2021, 6, 18))
    december = understand("Who chaired the December meeting?", meetings)
    assert december.meetings == ()
    assert december.boost_meetings == (date(2018, 12, 10), date(2020, 12, 11))


def test_the_latest_state_favours_later_papers():
    meetings = [*MEETINGS, date(2021, 6, 18)]
    assert understand("What is the most recent figure for first time entrants?", meetings).recent
    assert not understand("What was the figure at the March 2021 meeting?", meetings).recent
    # What the Board discussed in a year without meetings needs that year's minutes.
    assert understand("What did the Board discuss in 2015?", meetings).proceedings


def test_the_noun_ending_a_what_is_question_is_its_focus():
    assert focus_of("What is the LSCSB's total annual budget?", "how_much") == Focus("budget")
    # A name, or a word for the kind of answer, is none.
    assert focus_of("What is the Hope Project?") is None
    assert focus_of("What was the total annual contract value?", "how_much") is None


def test_a_sentence_that_says_what_an_appendix_holds_answers_what_is_in_it():
    from boardqa.answer.evidence import choose_evidence
    from boardqa.retrieve import Candidate

    question = "What is in Appendix 1 of the report?"
    titles = Candidate(
        "t", {"key": "t", "text": "Appendices: Appendix 1 Appendix 2 Appendix 3"}, 1.0, 0.6, 0.7, 0
    )
    described = Candidate(
        "d", {"key": "d", "text": "A full breakdown is attached at Appendix 1."}, 0.9, 0.6, 0.7, 0
    )
    best = max(
        choose_evidence(understand(question), [titles, described], question),
        key=lambda e: e.score,
    )
    assert best.candidate.key == "d"


def test_the_most_recent_figure_is_the_latest_papers():
    from boardqa.answer.evidence import choose_evidence
    from boardqa.retrieve import Candidate

    question = "What is the most recent figure for first time entrants aged 10-17?"
    older = Candidate(
        "o",
        {
            "key": "o",
            "text": "First time entrants aged 10 - 17: 104.",
            "meeting_date": "2018-12-10",
        },
        1.4,
        0.7,
        0.7,
        0,
    )
    newer = Candidate(
        "n",
        {
            "key": "n",
            "text": "The current rolling 12 month value to September 2020 is 91.",
            "meeting_date": "2021-03-19",
        },
        1.35,
        0.6,
        0.5,
        0,
    )
    chosen = choose_evidence(understand(question), [older, newer], question)
    assert chosen[0].candidate.key == "n"
    # The range the question gives is no figure.
    assert lacks_answer_type(understand(question), ["Entrants aged 10-17 are stabilising."])


def test_what_came_of_something_is_answered_by_an_outcome():
    question = "The OPCC prepared bids in March; what came of the bids by June?"
    intent = understand(question)
    assert intent.outcome and not understand("What happened to action 6?").outcome
    # What was secured, not what was on offer; a launch is no outcome.
    assert understand("How much money did we get from round 2?").outcome
    assert not understand("How much money was on offer in round 2?").outcome
    # Where a thing stands now is what came of it so far.
    assert understand("what's the latest on the hub project?").outcome
    assert understand("Where are we with the parks bid?").outcome
    assert not understand("What is the latest crime rate?").outcome
    assert understand("Are there any updates on the hub project?").outcome
    assert not understand("Must it be submitted at the latest on 30 June?").outcome
    from boardqa.answer.kinds import OUTCOME

    assert not OUTCOME.search("The Home Office launched round two of the fund.")
    from boardqa.answer.evidence import choose_evidence
    from boardqa.retrieve import Candidate

    text = (
        "Given the above we do not think further bids are worthwhile this year. "
        "We were successful in securing £432,000 for our town centres bid."
    )
    cand = Candidate("k1", {"key": "k1", "text": text, "role": "text"}, 1.0, 0.6, 0.7, 0)
    best = max(choose_evidence(intent, [cand], question), key=lambda e: e.score)
    assert best.sentence.startswith("We were successful")


def test_which_three_asks_for_three_names():
    from boardqa.answer.kinds import lists_names, names_asked

    question = "Which three areas were the first People Zones?"
    listed = "The three areas are: New Parks (City), Bell Foundry Estate and Coalville."
    asked = names_asked(question)
    assert asked == ("three", 3) and lists_names(listed, asked)
    assert not lists_names("People Zones are being developed in three areas.", asked)
    # Without a number, places are asked for as a list of names (any two or more).
    assert names_asked("Which areas were they?") == ("", 2)
    assert names_asked("Which reports were they?") is None


def test_a_sentence_is_about_its_papers_title():
    from boardqa.answer.evidence import choose_evidence
    from boardqa.retrieve import Candidate

    question = "Which version of the Community Safety Agreement was attached to the report?"
    agreement = Candidate(
        "a",
        {
            "key": "a",
            "document": "Community Safety Agreement",
            "text": "A finalised excel version (V9) is attached at Appendix 1.",
        },
        1.0,
        0.6,
        0.7,
        0,
    )
    other = Candidate(
        "b",
        {
            "key": "b",
            "document": "OPCC update",
            "text": "Community safety partnerships met in September. They are attached here.",
        },
        1.0,
        0.6,
        0.7,
        0,
    )
    chosen = choose_evidence(understand(question), [other, agreement], question)
    assert chosen[0].sentence.startswith("A finalised excel version (V9)")


def test_how_far_something_got_asks_for_an_outcome():
    assert understand("How had that moved on by June 2021?", MEETINGS).outcome
    assert understand("What progress has the SOG review made?", MEETINGS).outcome
    assert not understand("What did the SOG review propose?", MEETINGS).outcome
    assert not understand("Which actions are still in progress?", MEETINGS).outcome
    assert not understand("What did the progress report say?", MEETINGS).outcome


def test_figures_for_other_financial_years_do_not_answer():
    intent = understand("How much did each People Zone receive in 2019/20?", MEETINGS)
    other = ["£25k has been committed to each People Zone for both 2021/22 and 2022/23."]
    assert "not 2019/20" in (lacks_answer_type(intent, other) or "")
    assert lacks_answer_type(intent, ["Each People Zone received £25k in 2019/20."]) is None
    # A span of years or a date is no financial year.
    span = ["The Strategy 2018-2021 sets aside £5k; agreed 2021-03-19."]
    assert lacks_answer_type(intent, span) is None
    # A figure given for no year may still answer.
    assert lacks_answer_type(intent, ["Each People Zone receives £25k a year."]) is None


def test_a_month_s_papers_name_its_meeting():
    known = [*MEETINGS, date(2021, 6, 18)]
    for question in (
        "What did the June update say about People Zones?",
        "What did the June OPCC update say about People Zones?",
        "Which items were on the June agenda?",
    ):
        assert understand(question, known).meetings == (date(2021, 6, 18),), question
    # A month that is not a paper's name is a time the papers write about.
    assert understand("What happened in June to People Zones?", known).meetings == ()


def test_a_follow_up_s_own_words_pick_the_sentence_and_the_talk_s_find_the_passage():
    from boardqa.answer.evidence import choose_evidence
    from boardqa.clauses import after_scene
    from boardqa.conversation import Conversation, Turn
    from boardqa.retrieve import Candidate

    talk = Conversation(
        turns=[
            Turn(
                question="How many delegates of the Community Leadership Programme graduated?",
                answer="18 of the 20 delegates graduated in April.",
                action_number=None,
                meetings=[],
                terms=["many", "delegates", "graduated", "community", "leadership", "programme"],
            )
        ]
    )
    # However it is typed: a lower-case "and" still opens the question.
    question = "and who is the next cohort aimed at?"
    intent, query_text = talk.resolve(understand(question), question)
    assert after_scene(query_text) == "And who is the next cohort aimed at?"
    assert "leadership" in query_text
    text = (
        "18 of the 20 delegates of the Community Leadership Programme graduated in April. "
        "The next cohort will be aimed at young people aged 18-30."
    )
    cand = Candidate("k1", {"key": "k1", "text": text, "role": "text"}, 1.0, 0.6, 0.7, 0)
    scored = {e.sentence[:8]: e.score for e in choose_evidence(intent, [cand], query_text)}
    assert scored["The next"] > scored["18 of th"]


def test_a_share_answers_how_many():
    from boardqa.answer.kinds import holds_figure

    question = "How many victims told the police?"
    assert holds_figure("Only a quarter of respondents reported it to the Police.", question)
    assert not holds_figure("Many respondents reported it to the Police.", question)
    # A word for a share that is not a share of anyone is no figure.
    asked = "How many referrals came from minority ethnic communities?"
    assert not holds_figure("Referrals from minority ethnic communities have risen.", asked)


def test_each_one_refers_back():
    from boardqa.conversation import Conversation, Turn

    talk = Conversation(
        turns=[Turn("What are People Zones?", "Three areas.", None, [], ["people", "zones"])]
    )
    question = "How much money is each one getting, and for which years?"
    assert talk.is_follow_up(question, understand(question))


def test_who_is_accountable_is_answered_by_the_body_that_holds_the_accountability():
    from boardqa.answer.kinds import holds_asked

    asked = "Who is accountable for monitoring the plan?"
    held = (
        "Accountability for the monitoring of this plan will be held by the partnership Senior "
        "Officer Group."
    )
    assert holds_asked("who", held, asked)
    assert not holds_asked("who", "The plan was approved by the Board in 2018.", asked)
    # A word that merely begins alike ("response" for "responsible") is not the quality asked.
    responsible = "Who is responsible for the plan?"
    response = "In response to the survey, the plan was approved by the Board."
    assert not holds_asked("who", response, responsible)


def test_a_range_before_any_meeting_is_reported_on_later():
    # No meeting falls between October 2017 and September 2018: the papers after it report
    # on it ("for the period Oct 2017- Sept 2018"), and they are not filtered out.
    intent = understand(
        "How many referrals were there between October 2017 and September 2018?", MEETINGS
    )
    assert intent.since == date(2017, 10, 1) and intent.until is None
    assert (2017, 10) in intent.months
    # A range with meetings in it still bounds the papers.
    held = understand("What changed between October 2018 and March 2021?", MEETINGS)
    assert held.until == date(2021, 3, 31)


def test_who_wrote_asks_for_the_report_author():
    assert role_asked("Who wrote the December 2018 update on hate crime?") == "Report Author"
    assert role_asked("Who drafted the outline strategy?") == "Report Author"
    assert role_asked("Who presented the report?") is None
    # Writing to someone, or writing a letter, is not writing the paper.
    assert role_asked("Who wrote to CSP chairs about the charter?") is None
    assert role_asked("Who drafted the letter to the Minister?") is None


def test_a_lead_in_whose_bullets_were_lost_brings_its_parallel_items():
    from boardqa.answer.evidence import Evidence
    from boardqa.answer.expand import with_list_items
    from boardqa.retrieve import Candidate

    texts = [
        "In terms of satisfaction with local agency responses to ASB and crime:",
        "50% are very or fairly satisfied with the local police.",
        "35% are very or fairly satisfied with the local council.",
        "The most significant theme was the low visibility of the police.",
    ]
    doc = [
        {"key": f"k{i}", "text": t, "number": None, "heading": None, "document_id": "d"}
        for i, t in enumerate(texts)
    ]
    lead = Evidence(Candidate("k0", doc[0], 1.0, 0.5, 0.5, 0), texts[0], 1.0)
    quoted = with_list_items([lead], lambda _id: doc)
    assert [e.candidate.key for e in quoted] == ["k0", "k1", "k2"]


def test_what_is_the_thing_for_something_turns_on_the_thing():
    # Passages on council tax allocations that never speak of a precept do not answer.
    assert focus_of("What is the policing precept for Leicestershire in 2021/22?") == Focus(
        "precept"
    )
    # Other nouns are answered without the word ("the purpose of", "the aim of").
    assert focus_of("What is the purpose of the Community Safety Agreement?") is None
    assert focus_of("What was the aim of the programme?") is None
    # A word for the kind of answer is no focus ("what is the status / outcome of …").
    assert focus_of("What is the status of action 6?") is None
    assert focus_of("What was the outcome of the review?") is None
    # …but the outcome of a bid is whether it succeeded (`BID_OUTCOME`).
    bid = focus_of("What was the outcome of the bid for Safer Streets funding?")
    assert bid == Focus("successful", state=True)


def test_which_council_needs_a_council_named():
    intent = understand("Which council does Cllr Jo Bloggs sit on?", MEETINGS)
    wrote = ["Cllr Jo Bloggs wrote to CSP chairs in April 2021 about the Fair Chance charter."]
    assert "name no council" in (lacks_answer_type(intent, wrote) or "")
    sits = ["Cllr Jo Bloggs of Blaby District Council wrote to CSP chairs."]
    assert lacks_answer_type(intent, sits) is None
    # "The Council" names no council.
    assert "name no council" in (lacks_answer_type(intent, ["The Council agreed."]) or "")


def test_how_many_were_opened_turns_on_opening():
    from boardqa.question_verbs import verb_asked

    assert verb_asked("How many refuge units had been opened?") == Focus("opened")
    # A passive verb of no outcome is not what it turns on ("how many referrals were made").
    assert verb_asked("How many referrals were made?") is None


def test_a_line_that_only_names_a_paper_s_parts_answers_only_what_they_are():
    names = ["Annex A: SPB Portfolio Annex B: Domestic Abuse Delivery Plan"]
    within = understand("Which projects are listed in Annex A?", MEETINGS)
    assert "only name the paper's parts" in (lacks_answer_type(within, names) or "")
    # Which annexes there are, or what one is, the line answers.
    for question in (
        "Which annexes come with the OPCC update?",
        "What is Annex A?",
        "Which are the annexes of the OPCC update?",
        "What is in the annex which covers domestic abuse?",
    ):
        assert lacks_answer_type(understand(question, MEETINGS), names) is None, question
    said = ["Annex A (SPB Portfolio) outlines the portfolio of work that sits within SPB."]
    assert lacks_answer_type(within, said) is None


def test_a_verb_of_choosing_or_finding_is_what_the_question_turns_on():
    chosen = verb_asked("Which firm was chosen to run the new custody suite?")
    assert chosen is not None
    assert not speaks_of_verb(chosen, "The builder is working with local partners on site.")
    assert speaks_of_verb(chosen, "Serco was selected as the operator in May.")
    found = verb_asked("What did the residents' survey find about parking?")
    assert found is not None
    assert not speaks_of_verb(found, "The survey aims to gather residents' views on parking.")
    assert speaks_of_verb(found, "Results show 40% of residents worry about parking.")
    assert speaks_of_verb(found, "Findings: most residents worry about parking.")


def test_a_yes_no_question_asks_for_the_state_its_verb_names():
    assert focus_of("Did the hub bid succeed, and how much was it worth?") == Focus(
        "successful", state=True
    )
    assert focus_of("Has the partnership signed off the new plan?") == Focus("approved", state=True)
    assert focus_of("Did the council reject the proposal?") == Focus("rejected", state=True)
    # A decision is recorded in other words than the question's.
    from boardqa.focus import speaks_to

    approved = Focus("approved", state=True)
    assert speaks_to(approved, term_set("The revised plan was ratified by the Board."))
    assert speaks_to(approved, term_set("Members endorsed the strategy."))
    assert not speaks_to(approved, term_set("The Community Safety Agreement is significant."))
    assert not speaks_to(approved, term_set("The strategy was presented to members."))
    assert focus_of("Did the bid include match funding?") is None
    assert focus_of("In 2021, did the hub bid succeed?") == Focus("successful", state=True)
    # The verb of a relative or reported clause is not the one asked about.
    assert focus_of("Did the OPCC apply for funding to adopt a new system?") is None
    assert focus_of("Did the panel that rejected the first bid meet again?") is None


def test_figures_a_question_cannot_be_answered_by():
    # National figures do not answer for the area.
    local = understand("How many hate crimes were reported in Leicestershire last year?")
    national = "Nationally, hate crimes rose by 12% to 105,090."
    assert lacks_answer_type(local, [national])
    assert not lacks_answer_type(local, [national], paragraphs=[f"{national} In Leicester, 900."])
    across = f"{national} Across the county, 3,400 were reported."
    assert not lacks_answer_type(local, [national], paragraphs=[across])
    # A ranking in England is not a national figure.
    lowest = "The force recorded 900 hate crimes, the third lowest number in England."
    assert not lacks_answer_type(local, [lowest])
    # A rate per head is no count (twenty-first session).
    rate_only = "The force has the third lowest hate crime rate in England, at 4.2 per 1,000."
    assert lacks_answer_type(local, [rate_only])
    # A paper written long before a financial year gives no figure for it.
    total = understand("What was the full-year total of arrests for 2022/23?")
    assert lacks_answer_type(total, ["The yearly total was 104 arrests."], dates=["2019-12-10"])
    assert not lacks_answer_type(total, ["The yearly total was 104 arrests."], dates=["2023-06-18"])
    # A plan may be written years ahead.
    planned = understand("How much funding is planned for 2022/23?")
    assert not lacks_answer_type(
        planned, ["The grant will be £500,000 a year."], dates=["2019-06-10"]
    )
    # A part of a sum is smaller than the sum.
    part = understand("How much of the £900,000 grant went to the evaluation?")
    assert lacks_answer_type(part, ["A £19 million national fund was announced."])
    assert not lacks_answer_type(part, ["£45,000 was set aside for the evaluation."])
    # A rate of something else, which never speaks of what the question's rate is of.
    rate = understand("What is the total crime rate per 1,000 in the latest report?")
    assert lacks_answer_type(rate, ["The residential burglary rate is now 2.8 per 1,000."])
    assert not lacks_answer_type(rate, ["Crime fell to 55 offences per 1,000 people."])
    assert lacks_answer_type(rate, ["The arrest rate is now 10 per 1,000."])
    monthly = understand("What is the monthly rate of referrals in the latest report?")
    assert not lacks_answer_type(monthly, ["Referrals ran at 40 a month (rate 2.1 per 1,000)."])
    reoffending = understand("What was the re-offending rate for the 2018 cohort?")
    assert not lacks_answer_type(reoffending, ["The re-offending rate was 27.6% (RAT)."])
    billions = understand("How much of the £2 billion fund came to Leicestershire?")
    assert not lacks_answer_type(billions, ["Leicestershire received £40 million of it."])


def test_short_forms_are_read_as_the_papers_spell_them():
    assert formal_words("What's the Leics rate and what have they lined up?") == (
        "What's the Leicestershire rate and what have they planned?"
    )
    assert formal_words("Who leads Leicestershire?") == "Who leads Leicestershire?"
    assert formal_words("Is it lined up with the plan? Dept for Education") == (
        "Is it lined up with the plan? Department for Education"
    )


def test_a_part_of_a_report_is_asked_for_by_its_heading():
    from boardqa.focus import section_asked

    assert section_asked("What are the next steps for the hub?") == term_set("next steps")
    assert section_asked("what were the financial implications of the bid?") == term_set(
        "financial implications"
    )
    assert section_asked("Who are the next speakers?") == set()


def test_a_question_of_manner_chooses_the_sentence_that_speaks_of_its_verb():
    from boardqa.question_verbs import manner_verb

    assert manner_verb("How is the new leaflet being handed out to residents?") == Focus("handed")
    assert manner_verb("How will the money be spent?") == Focus("spent")
    assert manner_verb("How has the rate changed since 2018?") is None
    intent = understand("How is the new leaflet being handed out to residents?")
    text = (
        "The new leaflet aims to give residents advice on scams and safety at home. "
        "Wardens will be handing the leaflet out at community events."
    )
    cand = Candidate("k1", {"key": "k1", "text": text, "role": "text"}, 1.0, 0.6, 0.7, 0)
    chosen = choose_evidence(intent, [cand], intent.text, max_sentences=1)
    assert max(chosen, key=lambda e: e.score).sentence.startswith("Wardens will be handing")


def test_an_opening_that_says_what_a_paper_said_is_its_claim():
    from boardqa.clauses import paper_said

    assert paper_said("The June 2021 update said the hub had opened - who runs it?") == (
        "The June 2021 update said the hub had opened",
        "the hub had opened",
    )
    assert paper_said("What did the June 2021 update say about the hub?") is None
