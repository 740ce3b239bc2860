"""A PDF of a pack answers like its text: the same facts, cited with pages."""

from __future__ import annotations

import pytest

from conftest import make_index
from pdfgen import render_archive_pdf

QUESTIONS = {
    "What happened to action 6?": ["Paul Hindson", "Police & Crime Panel", "Amber"],
    "How much DA duty funding will Leicestershire County Council get for 2021/22?": ["1,127,205"],
    "Who chaired the December 2020 meeting?": ["Mrs D. Taylor"],
    "What did the Board resolve about the Community Safety Communications Plan?": [
        "That the Community Safety Communications Plan be considered at the March meeting"
    ],
    # Places pointed to by position: the pack's order, read off the PDF's own documents.
    "Which officer to contact is named in the paper that comes straight after the Prevent "
    "update in the March 2021 pack?": ["Shane O’Neill"],
    "What does the last entry on the March 2021 action log ask for?": [
        "Probation Service to provide an update"
    ],
}


@pytest.fixture(scope="module")
def pdf_answerer(march, encoder_dir, tmp_path_factory):
    from boardqa.ask import Answerer
    from boardqa.services import Services, Settings

    folder = tmp_path_factory.mktemp("pdfpack")
    render_archive_pdf(march, folder / "lscsb-2021-03-19-reports-pack.pdf")
    index_dir = folder / "index"
    report = make_index(index_dir, encoder_dir, [folder])
    assert report.errors == [] and report.actions == 10
    answerer = Answerer(Services(Settings(index_dir=index_dir)))
    yield answerer
    answerer.close()


@pytest.mark.parametrize("question", sorted(QUESTIONS))
def test_the_pdf_gives_the_same_answer_with_pages(pdf_answerer, question):
    answer = pdf_answerer.ask(question)
    assert not answer.abstained
    for fact in QUESTIONS[question]:
        assert fact in answer.text, (fact, answer.text)
    assert all(c.page is not None for c in answer.citations)
    assert all(c.source.endswith(".pdf") for c in answer.citations)
