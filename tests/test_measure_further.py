"""A figure asked of a measure named with "with" ("the violence with injury rate") is looked
for a little further down when the best five paragraphs only speak of the measure, and a
paper's quarter named in its title counts as named by its paragraphs. Found by reading
blind29 in the eighteenth session; the question here is worded otherwise."""

from __future__ import annotations

from boardqa.answer.measures import measure_words, names_measure


def test_a_measure_named_with_with_is_read_whole():
    assert measure_words("What was the violence with injury rate?") == ("violence", "injury")
    assert measure_words("the residential burglary rate") == ("residential", "burglary")
    text = "Violence with injury offences have continued to rise over six quarters to 7.0."
    assert names_measure(("violence", "injury"), text)
    assert not names_measure(("violence", "injury"), "Injury from violence rose to 7.0.")


def test_the_figure_of_the_measure_is_found_below_the_best_five(answerer):
    answer = answerer.ask("What was the violence with injury rate in the Q3 2020/21 report?")
    assert not answer.abstained
    assert "7.0 offences per 1000" in answer.text
