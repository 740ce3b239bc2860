"""Bullets a paper marked after a lead-in with no number ("… this change involves:" then
"• A move from 7 Probation Divisions to 12 Probation Regions …") are that lead-in's list,
however they open; a lead-in that itself answers a figure, date or name question brings none.
Found reading blind32 in the nineteenth session."""

from __future__ import annotations

from boardqa.answer.expand import _parallel_items


def _para(key: str, text: str, marker: str | None = None, heading: str = "Introduction"):
    return {"key": key, "text": text, "marker": marker, "heading": heading, "number": None}


DOCUMENT = [
    _para("p0", "On 19th May 2019 a further reform was announced, this change involves:"),
    _para("p1", "Moving to a Unified Model and creating a new organisation for all cases.", "•"),
    _para("p2", "A move from 7 Divisions to 12 Regions, the Midlands now split in two.", "•"),
    _para("p3", "Ensuring our future model allows all providers of services to play a role.", "•"),
    _para("p4", "The implementation date remains as 26th June 2021 and the focus is readiness."),
]


def test_marked_bullets_are_the_lead_ins_items():
    items = _parallel_items(DOCUMENT[0], DOCUMENT)
    assert [i["key"] for i in items] == ["p1", "p2", "p3"]  # not the prose after them


def test_unmarked_paragraphs_of_other_shapes_are_not():
    plain = [{**p, "marker": None} for p in DOCUMENT]
    assert _parallel_items(plain[0], plain) == []
    assert _parallel_items(DOCUMENT[0], DOCUMENT, marked=False) == []


def test_a_count_in_a_marked_bullet_answers(answerer):
    answer = answerer.ask("How many Probation Regions were there after the May 2019 reform?")
    assert not answer.abstained
    assert "12 Probation Regions" in answer.text


def test_a_lead_in_that_answers_brings_no_bullets(answerer):
    when = answerer.ask("When was the probation reform that created the unified model announced?")
    assert "19th May 2019" in when.text
    assert "Modernising estates" not in when.text
