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


@pytest.fixture(scope="session")
def encoder_dir(tmp_path_factory) -> Path:
    """The ONNX export of the model, made once per test session and copied into each index."""
    from boardqa.index.onnx_encoder import export_onnx

    folder = tmp_path_factory.mktemp("encoder") / "encoder"
    export_onnx(folder)
    return folder


def make_index(index_dir: Path, encoder_dir: Path, paths: list[Path], **kw):
    """Index `paths` into `index_dir` exactly as `boardqa index` does (Edge backend)."""
    import shutil

    from boardqa.services import Settings, index_files

    if not (index_dir / "encoder").exists():
        index_dir.mkdir(parents=True, exist_ok=True)
        shutil.copytree(encoder_dir, index_dir / "encoder")
    return index_files(Settings(index_dir=index_dir), paths, **kw)


@pytest.fixture(scope="session")
def seed_index(tmp_path_factory, encoder_dir) -> Path:
    """The whole seed corpus indexed once (Edge shard), for retrieval, ask, chat and evals."""
    index_dir = tmp_path_factory.mktemp("seed") / "index"
    report = make_index(index_dir, encoder_dir, [CORPUS])
    assert not report.errors
    return index_dir


@pytest.fixture(scope="module")
def answerer(seed_index):
    """An answerer over the seed index, one per test module (Edge lets one process hold a
    shard at a time, so each module closes its own)."""
    from boardqa.ask import Answerer
    from boardqa.services import Services, Settings

    answerer = Answerer(Services(Settings(index_dir=seed_index)))
    yield answerer
    answerer.close()
