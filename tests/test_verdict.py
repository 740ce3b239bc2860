"""A claim a question puts is said yes or no to before the passage that settles it ("Did Lord
Bach chair the 1 October 2018 meeting?" → "No. … Present: Ivan Ould CC (Chairman)"): from
the twenty-third session's review, where such answers never said either."""

from __future__ import annotations

from boardqa.answer.verdict import verdict, with_verdict
from boardqa.focus import claim_put


def test_the_claim_a_question_puts():
    assert claim_put("Did Lord Bach chair the 1 October 2018 meeting?") == ("person", "Lord Bach")
    assert claim_put("Was Ivan Ould the chairman in December 2020?") == ("person", "Ivan Ould")
    assert claim_put("Was the December 2020 meeting held at County Hall?") == (
        "place",
        "County Hall",
    )
    assert claim_put("Is Lord Bach still the PCC?") == ("person", "Lord Bach")
    # Still the PCC then, not now; and no claim at all.
    assert claim_put("Is Lord Bach still the PCC in March 2021?") is None
    assert claim_put("Who chaired the 1 October 2018 meeting?") is None


def test_a_claim_is_borne_out_by_the_name_or_place_in_the_answer():
    chair = "The minutes record: Present: Ivan Ould CC (Chairman) [1]"
    assert verdict(("person", "Lord Bach"), chair) == "No"
    assert verdict(("person", "Ivan Ould CC"), chair) == "Yes"
    # Minutes print members by initial: "Mrs D. Taylor CC (in the Chair)".
    assert (
        verdict(("person", "Deborah Taylor"), "Present: Mrs D. Taylor CC (in the Chair)") == "Yes"
    )
    teams = "… held via Microsoft Teams on Friday, 11 December 2020. [1]"
    assert verdict(("place", "County Hall"), teams) == "No"
    assert verdict(("place", "Microsoft Teams"), teams) == "Yes"
    assert with_verdict(None, chair) == chair
    assert with_verdict(("person", "Lord Bach"), chair).startswith("No. The minutes record")


def test_the_answer_says_yes_or_no_first(answerer):
    no = answerer.ask("Did Lord Bach chair the 1 October 2018 meeting?")
    assert no.text.startswith("No. ") and "Ivan Ould" in no.text
    yes = answerer.ask("Did Deborah Taylor chair the December 2020 meeting?")
    assert yes.text.startswith("Yes. ") and "Taylor" in yes.text
    held = answerer.ask("Was the December 2020 meeting held at County Hall?")
    assert held.text.startswith("No. ") and "Microsoft Teams" in held.text
    # A plain question gets no verdict.
    plain = answerer.ask("Who chaired the 1 October 2018 meeting?")
    assert not plain.text.startswith(("Yes", "No"))
