"""A meeting's agenda read as an ordered list: an item by its number, the item after or before
one named, and the number of an item named; the item a conversation was about ("after it")."""

from __future__ import annotations

from boardqa.answer.agenda_order import AgendaAsk, agenda_asked, compose_agenda, entries_of
from boardqa.conversation import Conversation


def _agenda() -> list[dict[str, object]]:
    titles = ["Introductions", "Prevent Update. (Pages 13 - 16) This report will be presented"]
    titles += ["County Lines. Presented by Shane O'Neill"]
    return [
        {
            "key": f"p-{n}",
            "text": t,
            "role": "agenda_item",
            "number": str(n),
            "meeting_date": "2021-03-19",
            "position": n,
            "kind": "agenda",
        }
        for n, t in enumerate(titles, 1)
    ]


def test_what_a_question_asks_of_an_agendas_order():
    assert agenda_asked("What was agenda item 9 at the 19 March 2021 meeting?") == AgendaAsk(
        "item", number=9
    )
    assert agenda_asked("What's item 4 on the March 2021 agenda?") == AgendaAsk("item", number=4)
    assert agenda_asked("Which item came straight after the Prevent update?") == AgendaAsk(
        "after", target="the Prevent update"
    )
    assert agenda_asked("Which item came before County Lines at the March meeting?") == (
        AgendaAsk("before", target="County Lines")
    )
    assert agenda_asked("Which agenda item was the Community Safety Survey in 2021?") == (
        AgendaAsk("number", target="the Community Safety Survey")
    )
    # What an item said is asked of its content, not of the agenda's order.
    assert agenda_asked("What did item 7 say about the Serious Violence Duty?") is None
    assert agenda_asked("What was resolved under item 7 in December 2020?") is None


def test_an_agenda_is_read_in_item_order_with_its_titles():
    entries = entries_of(_agenda())["2021-03-19"]
    assert [(e.number, e.title) for e in entries] == [
        (1, "Introductions"),
        (2, "Prevent Update"),
        (3, "County Lines"),
    ]


def test_the_item_after_and_before_one_named():
    entries = entries_of(_agenda())["2021-03-19"]
    text, cites = compose_agenda(AgendaAsk("after", target="Prevent"), entries, entries[1])
    # The item asked for is cited first: a follow-up's "it" is about it.
    assert "item 3 “County Lines” [1] came straight after item 2 “Prevent Update” [2]" in text
    assert [c.id for c in cites] == ["p-3", "p-2"]
    # The last item has none after it.
    assert compose_agenda(AgendaAsk("after", target="x"), entries, entries[2]) is None
    text, _ = compose_agenda(AgendaAsk("item", number=1), entries)
    assert "Item 1 on the agenda for the meeting of 19 March 2021 was “Introductions”" in text


def test_the_agenda_of_a_meeting_answers_by_its_numbers(answerer):
    answer = answerer.ask("What was agenda item 9 at the 19 March 2021 meeting?")
    assert "Probation Update" in answer.text
    after = answerer.ask("Which item came straight after the Prevent update in March 2021?")
    assert "County Lines" in after.text


def test_the_item_after_the_one_the_talk_was_about(answerer):
    talk = Conversation()
    answerer.ask("Who was to present the OPCC partner update on 11 December 2020?", talk)
    answer = answerer.ask("And which item came straight after it?", talk)
    assert "Mentors in Violence Prevention" in answer.text
