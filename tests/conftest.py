"""Session fixtures: the real seed corpus, parsed once."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
sys.path.insert(0, str(Path(__file__).resolve().parent))  # tests/pdfgen.py


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def archives():
    """Every seed file parsed, with duplicates linked, keyed by file name."""
    from boardqa.parse import parse_file
    from boardqa.parse.duplicates import link_duplicates

    parsed = link_duplicates([parse_file(p) for p in sorted(CORPUS.glob("*.txt"))])
    return {Path(a.source).name: a for a in parsed}


@pytest.fixture(scope="session")
def march(archives):
    return archives["lscsb-2021-03-19-reports-pack.txt"]
