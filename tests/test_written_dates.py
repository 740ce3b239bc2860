"""Dates written the American way ("March 19, 2021", "Dec. 11, 2020", "3/19/2021") name the
same days as the papers' "19 March 2021". Found reading blind31 (a North American researcher)
in the nineteenth session."""

from __future__ import annotations

import pytest

from boardqa.written_dates import as_papers_print


@pytest.mark.parametrize(
    ("written", "printed"),
    [
        ("the March 19, 2021 meeting", "the 19 March 2021 meeting"),
        ("the Dec. 11, 2020 meeting", "the 11 December 2020 meeting"),
        ("on March 19th 2021", "on 19 March 2021"),
        ("on 3/19/2021", "on 19 March 2021"),
        ("on 6/18/21", "on 18 June 2021"),
        # One date that can only be month first makes the others month first too.
        ("from 4/1/2016 to 3/31/2019", "from 1 April 2016 to 31 March 2019"),
    ],
)
def test_an_american_date_is_written_as_the_papers_print_it(written, printed):
    assert as_papers_print(written) == printed


@pytest.mark.parametrize(
    "kept", ["12/11/2020", "1/4/17 – 31/3/18", "in March 2021, 2 items", "2018/19 and 2019-20"]
)
def test_a_date_the_papers_way_or_no_date_stays(kept):
    assert as_papers_print(kept) == kept


def test_a_meeting_named_the_american_way_is_that_meeting(answerer):
    answer = answerer.ask("Who was the contact for the Dec. 11, 2020 meeting?")
    assert not answer.abstained
    assert "Euan Walters" in answer.text
    # "Tel." ends no sentence: the telephone number is quoted with its name.
    assert "(Tel. 0116 305 2583)" in answer.text
    chaired = answerer.ask("Who chaired the 3/19/2021 meeting?")
    assert chaired.abstained
    assert "19 March 2021" in chaired.text
