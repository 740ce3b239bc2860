"""A chase for progress read as what had happened ("Where had the Hope Project got to by the
March 2021 update?"), so that the words of the chase do not pull the search to another
paper's "significant progress"."""

from __future__ import annotations

from boardqa.progress import as_story_asked


def test_a_chase_for_progress_is_asked_as_what_had_happened():
    assert (
        as_story_asked("Where had the Hope Project got to by the March 2021 update?")
        == "What had happened with the Hope Project by the March 2021 update?"
    )
    assert (
        as_story_asked("How far had the People Zones got by June 2021?")
        == "What had happened with the People Zones by June 2021?"
    )
    assert (
        as_story_asked("What progress had been made on the youth survey?")
        == "What had happened with the youth survey?"
    )
    assert (
        as_story_asked("What stage had the strategy reached by March 2021?")
        == "What had happened with the strategy by March 2021?"
    )
    assert (
        as_story_asked("What is the current position on the action for Paul Hindson?")
        == "What is the status of the action for Paul Hindson?"
    )
    # Not a chase: as it was.
    for question in ("Where was the meeting held?", "How far is Glen Parva from Leicester?"):
        assert as_story_asked(question) == question


def test_the_progress_of_a_scheme_is_read_from_its_own_papers(answerer):
    answer = answerer.ask("What progress had been made on the People Zones by March 2021?")
    assert not answer.abstained
    assert all("People Zone" in c.text for c in answer.citations)
    answer = answerer.ask(
        "What is the current position on the action for Paul Hindson to summarise the factors "
        "behind anti-social behaviour?"
    )
    assert not answer.abstained and "Action 6" in answer.text


def test_a_count_as_it_stood_by_a_time_is_not_read_off_the_plan(answerer):
    # The 2018 bid planned 21 units; what had been delivered by March 2021 no paper says, and
    # the retry after a later paper must find a later paper, not the plan again.
    answer = answerer.ask(
        "How many of the 21 Hope Project refuge units were delivered by March 2021?"
    )
    assert answer.abstained
    # A later paper does answer "as of" questions the earlier ones cannot.
    answer = answerer.ask("By June 2021, when had the youth perception survey gone live?")
    assert not answer.abstained
