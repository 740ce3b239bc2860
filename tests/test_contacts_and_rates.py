"""A contact asked for by its kind alone ("What is Anita Chavda's email?") is read from the
line that gives one, and a decline names the kind, not the question; a crime rate is given
where the papers count offences. Found by a read-only review in the twentieth session."""

from __future__ import annotations

from boardqa.answer.kinds import contact_asked, gives_contact


def test_the_kind_of_contact_asked_for():
    assert contact_asked("What is Anita Chavda's email?") == "email"
    assert contact_asked("What's Bob Bearne's phone number?") == "phone"
    assert contact_asked("What did Bob Bearne say?") is None
    assert gives_contact("email", "Tel: 0116 3057662 anita.chavda@leics.gov.uk")
    assert not gives_contact("email", "Report Author Anita Chavda")


def test_an_email_asked_for_by_its_kind_alone(answerer):
    answer = answerer.ask("What is Anita Chavda's email?")
    assert not answer.abstained
    assert "anita.chavda@leics.gov.uk" in answer.text


def test_a_declined_contact_names_its_kind(answerer):
    # It said "… give no what is lucy booth's email?".
    answer = answerer.ask("What is Lucy Booth's email?")
    assert answer.abstained
    assert answer.text.endswith("give no email address.")


def test_a_crime_rate_the_papers_count_as_offences(answerer):
    answer = answerer.ask("What's the vehicle crime rate in the Q3 2020/21 report?")
    assert not answer.abstained
    assert "5.5 offences per 1000" in answer.text


def test_who_represented_a_body_is_the_member_of_that_body(answerer):
    # Not "Paul Hindson Office of the Police and Crime Commissioner", an attendee whose
    # body only holds the word.
    answer = answerer.ask("Who represented the police at the 11 December 2020 meeting?")
    assert "Slonecki" in answer.text
    assert "Paul Hindson" not in answer.text


def test_who_was_to_attend_is_not_asked_of_the_attendance_list():
    from boardqa.answer.attendance import attendance_section
    from boardqa.query import understand

    assert attendance_section(understand("Who attended the December 2020 meeting?")) == "present"
    said = understand("And who said they'd attend board meetings in the run-up to it?")
    assert attendance_section(said) is None
