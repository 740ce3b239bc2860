"""PDF parity: the eval run over PDFs of the seed packs, beside the same eval over their text.

    .venv/bin/python benchmarks/pdf_parity.py [--index DIR] [--keep] [--json out.json]

Real archives arrive as PDFs; the seed texts are extractions of such packs. Every seed file is
parsed, rendered back into a pack PDF the way tests/pdfgen.py renders one (ruled action-log
tables, pages stamped "33 / Agenda Item 10", slides on landscape pages), indexed from the PDFs
alone, and asked the 150 questions of evals/questions.jsonl. The answers should state the same
facts, cite paragraphs holding the same gold quotes, and decline the same questions.

Gold paragraph ids are derived from the text files, so the PDF index cannot match them by id.
Both sides are therefore scored the same id-free way: fact recall and abstention from the
answer text, and citation precision as the share of cited paragraphs that hold a gold quote
(stricter than `boardqa eval`, which also accepts the gold id). The questions whose answers
differ (facts stated, or declined) are listed. The ModernGov page is left out: it arrives as
HTML, never as a PDF. Without --index the text side is indexed too.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # tests/pdfgen.py

from _common import (
    CORPUS,
    build_index,
    export_encoder,
    print_target,
    row,
    run_script,
    scratch_dir,
    timed,
    write_figures,
)

#: Files that reach the archive as PDFs (a ModernGov page arrives as HTML).
PDF_FILES = "*pack.txt", "*update.txt"


def _pdf_sources() -> list[Path]:
    return sorted(p for pattern in PDF_FILES for p in CORPUS.glob(pattern))


def render_pdfs(folder: Path) -> list[Path]:
    """Each seed file parsed (copies linked across files) and rendered as one pack PDF."""
    from boardqa.parse import parse_file
    from boardqa.parse.duplicates import link_duplicates
    from pdfgen import render_archive_pdf

    folder.mkdir(parents=True, exist_ok=True)
    archives = link_duplicates([parse_file(p) for p in _pdf_sources()])
    return [
        render_archive_pdf(a, folder / (Path(a.source).stem + ".pdf"), align="J") for a in archives
    ]


def outcomes(index_dir: Path) -> dict[str, tuple[float, bool, int, int]]:
    """Per question: (fact recall, declined, cited paragraphs holding a gold quote, cited)."""
    from boardqa.ask import Answerer
    from boardqa.evals.gold import load_questions, normalise
    from boardqa.evals.runner import run
    from boardqa.services import Services, Settings

    answerer = Answerer(Services(Settings(index_dir=index_dir)))
    try:
        out = {}
        for o in run(answerer, load_questions(CORPUS.parent / "evals" / "questions.jsonl")):
            quotes = [normalise(c.quote) for c in o.question.citations]
            quoted = sum(any(q in normalise(c.text) for q in quotes) for c in o.answer.citations)
            out[o.question.id] = (o.facts, o.answer.abstained, quoted, len(o.answer.citations))
        return out
    finally:
        answerer.close()


def figures(rows: dict[str, tuple[float, bool, int, int]], unanswerable: set[str]) -> dict:
    answerable = [r for k, r in rows.items() if k not in unanswerable]
    answered = [r for r in answerable if not r[1]]
    return {
        "fact_recall": sum(r[0] for r in answerable) / len(answerable),
        "quote_precision": sum(r[2] for r in answered) / max(sum(r[3] for r in answered), 1),
        "abstention_recall": sum(rows[k][1] for k in unanswerable) / len(unanswerable),
        "false_abstention_rate": sum(r[1] for r in answerable) / len(answerable),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--index", help="an existing index of the seed texts")
    parser.add_argument("--keep", action="store_true", help="keep the PDFs and the index")
    parser.add_argument("--json", help="write the figures to this file")
    args = parser.parse_args()
    with scratch_dir("pdf-parity", keep=args.keep) as work:
        seconds, pdfs = timed(lambda: render_pdfs(work / "pdfs"))
        print(f"rendered {len(pdfs)} PDFs in {seconds:.1f} s into {work / 'pdfs'}")
        export_encoder(work / "encoder")
        # The ModernGov page is indexed as it arrives, beside the PDFs.
        pages = sorted(set(CORPUS.glob("*.txt")) - set(_pdf_sources()))
        report = build_index(work / "pdf-index", work / "encoder", [work / "pdfs", *pages])
        print(
            f"PDF index: {report.paragraphs} paragraphs, {report.actions} actions, "
            f"{len(report.errors)} errors"
        )
        text_index = Path(args.index) if args.index else work / "text-index"
        if not args.index:
            build_index(text_index, work / "encoder", [CORPUS])
        text_rows, pdf_rows = outcomes(text_index), outcomes(work / "pdf-index")
    from boardqa.evals.gold import load_questions

    questions = load_questions(CORPUS.parent / "evals" / "questions.jsonl")
    unanswerable = {q.id for q in questions if q.abstain}
    text, pdf = figures(text_rows, unanswerable), figures(pdf_rows, unanswerable)
    differ = [k for k in text_rows if text_rows[k][:2] != pdf_rows[k][:2]]
    print()
    print(row("metric", "text", "pdf"))
    for metric in text:
        print(row(metric, f"{text[metric]:.3f}", f"{pdf[metric]:.3f}"))
    print()
    for k in differ:
        (tf, ta, *_), (pf, pa, *_) = text_rows[k], pdf_rows[k]
        print(
            f"  {k}: text facts {tf:.2f}{' declined' if ta else ''}, "
            f"pdf facts {pf:.2f}{' declined' if pa else ''}"
        )
    same = len(questions) - len(differ)
    print_target(
        "questions answered alike (facts, abstention)",
        f"{same} of {len(questions)}",
        "all",
        not differ,
    )
    write_figures(args.json, {"text": text, "pdf": pdf, "differ": differ})
    return 0


if __name__ == "__main__":
    run_script(main)
