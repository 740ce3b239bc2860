"""A person a question names by what they did: who did it, then the rest asked of them."""

from __future__ import annotations

from boardqa.answer.persons import first_person
from boardqa.query import understand
from boardqa.references import person_reference


def test_a_person_named_by_a_deed_is_asked_for_first():
    ref = person_reference("whoever chaired the June meeting - what did they propose next?")
    assert ref is not None and ref.who == "Who chaired the June meeting?"
    assert ref.named("Ann Lee") == "Ann Lee - what did they propose next?"
    # The question's own verb ends the deed.
    ref = person_reference("What did the officer who led the review say about it?")
    assert ref is not None and ref.who == "Who led the review?"
    assert ref.named("Ann Lee") == "What did Ann Lee say about it?"
    same = person_reference("Who chairs the hub group, and what did the same person sign?")
    assert same is not None and same.who == "Who chairs the hub group?"
    assert same.named("Ann Lee") == "What did Ann Lee sign?"
    # The question's own verb comes last when it asks with an auxiliary.
    ref = person_reference("Which report did the officer who presented the budget write?")
    assert ref is not None and ref.who == "Who presented the budget?"
    assert ref.named("Ann Lee") == "Which report did Ann Lee write?"
    later = person_reference("Who presented the plan, and the same officer presented what in 2018?")
    assert later is not None and later.named("Ann Lee") == "Ann Lee presented what in 2018?"
    assert person_reference("Who presented the report?") is None
    assert person_reference("What did the same officer say?") is None


def test_the_person_a_sentence_names_even_behind_a_rank():
    rank = "This report will be presented by Detective Chief Superintendent Ann Lee Leicestershire Police."
    assert first_person(rank) == "Ann Lee"
    body = "The Violence Reduction Network reported; it was presented by Grace Strong."
    assert first_person(body) == "Grace Strong"
    assert first_person("Presented by Grace Strong.", besides="Who is Grace Strong?") is None
    assert first_person("Detective Inspector Jane Smith presented it.") == "Jane Smith"
    assert first_person("The Chair, Cllr Lee Breckon, presented it.") == "Lee Breckon"
    assert first_person("Jane Smith presented.", besides="Who is Jane Smithson?") == "Jane Smith"


def test_what_a_person_presented_asks_for_a_thing():
    assert understand("What had Ann Lee presented to the board in 2018?").asks == "what"
    assert understand("Who presented the report?").asks == "who"
    assert understand("The report was presented by whom, and when?").asks == "who"


def test_a_named_persons_post_is_read_after_their_name():
    from boardqa.answer.persons import gives_title, title_asked

    assert title_asked("What's Ann Lee's job title?") == "Ann Lee"
    assert title_asked("What is the role of Ann Lee at the council?") == "Ann Lee"
    assert title_asked("What is the title of the report?") is None
    assert gives_title("Presented by Ann Lee, Community Safety Manager, LCC.", "Ann Lee")
    assert not gives_title("Officer to contact: Ann Lee OPCC Email: a@b.uk", "Ann Lee")
    assert not gives_title("Thanks to Ann Lee, Grace Strong and Paul Hindson.", "Ann Lee")
    assert title_asked("What is the position of Leicester City Council on this?") is None
