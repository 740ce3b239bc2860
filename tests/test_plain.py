"""Everyday words and the papers' words for them (`plain`)."""

from __future__ import annotations

from boardqa.plain import plain_words
from boardqa.words import term_set

TABLE = {
    "law": ("Act", "statutory", "legislation"),
    "yearly": ("annual", "annually"),
    "police boss": ("Police and Crime Commissioner", "PCC"),
    "boss": ("chair",),
    "anti social": ("anti-social", "ASB"),
}


def test_the_papers_words_join_the_keyword_search():
    plain = plain_words("Which law says there has to be a yearly agreement?", TABLE)
    assert plain.papers_words() == "Act statutory legislation annual annually"
    assert plain_words("Which Act says so?", TABLE).pairs == ()


def test_a_passage_with_the_papers_word_holds_the_everyday_one():
    plain = plain_words("Which law says there has to be a yearly agreement?", TABLE)
    act = term_set("The Crime and Disorder Act places a requirement for an annual agreement")
    assert term_set("law yearly") <= plain.credit(act)
    assert "law" not in plain.credit(term_set("The agreement is reviewed each spring"))


def test_the_longest_everyday_phrase_is_read_first_and_spacing_may_vary():
    plain = plain_words("Who is the police boss now?", TABLE)
    assert len(plain.pairs) == 1
    assert plain.credit(term_set("the PCC said")) >= term_set("police boss")
    asb = term_set("ASB rose in the city")
    assert plain_words("Is anti social behaviour up?", TABLE).credit(asb) >= {"anti", "social"}
    assert plain_words("Is anti-social behaviour up?", TABLE).credit(asb) >= {"antisocial"}


def test_a_papers_word_the_question_already_says_is_not_added_again():
    (pair,) = plain_words("Is the yearly plan the annual plan?", TABLE).pairs
    assert pair == (frozenset({"yearly"}), (frozenset({"annually"}),))


def test_every_papers_word_in_the_table_is_in_the_papers(corpus_dir):
    import re

    from boardqa.plain_words import PLAIN_WORDS

    text = " ".join(" ".join(p.read_text().split()) for p in corpus_dir.glob("*.txt")).lower()
    missing = [
        value
        for values in PLAIN_WORDS.values()
        for value in values
        if not re.search(rf"(?<![\w-]){re.escape(value.lower())}(?![\w-])", text)
    ]
    assert missing == []
    assert all(key == key.lower() and key not in values for key, values in PLAIN_WORDS.items())


def test_an_everyday_word_is_not_read_inside_a_contraction_and_may_be_plural():
    table = {"won": ("successful",), "cost": ("contract price",)}
    assert plain_words("Why won't the funding continue?", table).pairs == ()
    assert plain_words("Which bid won?", table).papers_words() == "successful"
    assert plain_words("What costs were given?", table).papers_words() == "contract price"


def test_a_possessive_or_a_quote_does_not_hide_an_everyday_word():
    table = {"vru": ("Violence Reduction Unit",), "aob": ("Other business",)}
    assert plain_words("What is the VRU's budget?", table).papers_words() == (
        "Violence Reduction Unit"
    )
    assert plain_words("What does 'AOB' cover?", table).papers_words() == "Other business"
