"""`boardqa eval --compare-llamaindex`: the plain llama-index pipeline a user would otherwise
reach for, scored on the same questions with the same definitions as `evals.runner`.

Why a baseline at all: boardqa's paragraph-level retrieval and cited answers only earn their
complexity if they beat what llama-index gives out of the box. So the baseline is deliberately
*untuned*: the corpus files as Documents, llama-index's default node parser (SentenceSplitter,
chunk_size 1024, chunk_overlap 200), a VectorStoreIndex in an in-memory Qdrant, top-3 retrieval.
Only the embedding model is pinned to boardqa's (all-MiniLM-L6-v2, through boardqa's ONNX
encoder), so that the comparison measures chunking and answering, not the choice of model.

There is no LLM here (none is available, and the network is off limits), so the baseline's
"answer" is the three retrieved chunks joined, and its "citations" are those whole chunks. That
is generous to the baseline on fact recall (~13k characters of context usually contain the
fact) and is exactly why the median citation length is reported next to it: a citation the
reader has to search through 4k characters of is not the same as a cited paragraph.

llama-index is imported inside the functions only: importing this module stays cheap, and the
paths used here never import torch or transformers (checked by tests/test_llamaindex_baseline.py).
"""

from __future__ import annotations

import time
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from boardqa.evals import metrics as M
from boardqa.evals.gold import EvalQuestion, normalise

if TYPE_CHECKING:
    import numpy as np
    from llama_index.core.embeddings import BaseEmbedding

TOP_K = 3
COLLECTION = "llamaindex_baseline"
EMBEDDING_NAME = "all-MiniLM-L6-v2"

# The columns of the comparison table: (metric key, header, format).
_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("hit_at_1", "hit@1", "{:.3f}"),
    ("hit_at_3", "hit@3", "{:.3f}"),
    ("citation_precision", "citation precision", "{:.3f}"),
    ("fact_recall", "fact recall", "{:.3f}"),
    ("abstention_f1", "abstention F1", "{:.3f}"),
    ("false_abstention_rate", "false abstention", "{:.3f}"),
    ("latency_p50_ms", "p50 ms", "{:.1f}"),
    ("median_citation_chars", "median citation chars", "{:.0f}"),
)


class Encoder(Protocol):
    """What the baseline needs from boardqa's encoder (`OnnxQueryEncoder`)."""

    def embed_documents(self, texts: list[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


def make_embedding(encoder: Encoder) -> BaseEmbedding:
    """A llama-index `BaseEmbedding` over boardqa's encoder.

    Why not llama-index's HuggingFaceEmbedding: it imports torch and sentence-transformers and
    may reach for the hub; boardqa's ONNX export is the same model (vectors equal to
    sentence-transformers' within ~1e-6), so wrapping it keeps the comparison fair and offline.
    The class is built here so that llama-index is imported only when a baseline runs.
    """
    from llama_index.core.embeddings import BaseEmbedding
    from pydantic import PrivateAttr

    class BoardqaEmbedding(BaseEmbedding):
        """Delegates every (a)sync call to the wrapped encoder: it is local and fast, so the
        async variants simply run the sync ones."""

        _encoder: Any = PrivateAttr()

        def __init__(self, encoder: Encoder, **kwargs: Any) -> None:
            super().__init__(model_name=EMBEDDING_NAME, **kwargs)
            self._encoder = encoder

        @classmethod
        def class_name(cls) -> str:
            return "BoardqaEmbedding"

        def _get_query_embedding(self, query: str) -> list[float]:
            return [float(x) for x in self._encoder.embed_query(query)]

        def _get_text_embedding(self, text: str) -> list[float]:
            return self._get_text_embeddings([text])[0]

        def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
            return [[float(x) for x in row] for row in self._encoder.embed_documents(list(texts))]

        async def _aget_query_embedding(self, query: str) -> list[float]:
            return self._get_query_embedding(query)

        async def _aget_text_embedding(self, text: str) -> list[float]:
            return self._get_text_embedding(text)

        async def _aget_text_embeddings(self, texts: list[str]) -> list[list[float]]:
            return self._get_text_embeddings(texts)

    return BoardqaEmbedding(encoder)


def _encoder_of(services: Any) -> Encoder:
    """The query encoder when the index has one (never imports torch); otherwise the embedder,
    which exports the model on first use (the one path that does import torch)."""
    encoder = getattr(services, "query_encoder", None)
    return encoder if encoder is not None else services.embedder


def load_documents(corpus_dir: Path) -> list[Any]:
    """corpus/*.txt as llama-index Documents, as a user would load them.

    Documents are built directly rather than through SimpleDirectoryReader because the reader
    puts `file_path` (cwd-dependent) into the embedded text, which would make the numbers
    depend on where `boardqa eval` was started; `file_name` is what both keep.
    """
    from llama_index.core import Document

    paths = sorted(corpus_dir.glob("*.txt"))
    if not paths:
        raise FileNotFoundError(f"no *.txt files in {corpus_dir}")
    return [
        Document(text=p.read_text(encoding="utf-8"), metadata={"file_name": p.name}) for p in paths
    ]


def _query_text(q: EvalQuestion) -> str:
    """The baseline keeps no conversation, so a follow-up is asked with its earlier turns
    prepended: the only way it can know what "it" refers to."""
    return " ".join(q.turns)


def run_baseline(
    questions: Sequence[EvalQuestion], corpus_dir: Path, services: Any
) -> dict[str, Any]:
    """Index `corpus_dir` the llama-index default way, retrieve top-3 for every question and
    score it like `evals.runner.aggregate` does (gold = a normalised gold quote inside a chunk,
    since chunks have no boardqa paragraph ids)."""
    from llama_index.core import StorageContext, VectorStoreIndex
    from llama_index.core.node_parser import SentenceSplitter
    from llama_index.vector_stores.qdrant import QdrantVectorStore
    from qdrant_client import QdrantClient

    embed_model = make_embedding(_encoder_of(services))
    # SentenceSplitter() with no arguments is exactly llama-index's default node parser
    # (Settings.node_parser); it is passed explicitly so that the global Settings are neither
    # read (another caller may have changed them) nor written.
    splitter = SentenceSplitter()

    client = QdrantClient(location=":memory:")
    try:
        t0 = time.perf_counter()
        documents = load_documents(corpus_dir)
        vector_store = QdrantVectorStore(client=client, collection_name=COLLECTION)
        with warnings.catch_warnings():
            # The vector store asks for payload indexes, which local Qdrant ignores and says
            # so on every run: noise in `boardqa eval` output, not a problem.
            warnings.filterwarnings("ignore", message="Payload indexes have no effect")
            index = VectorStoreIndex.from_documents(
                documents,
                storage_context=StorageContext.from_defaults(vector_store=vector_store),
                embed_model=embed_model,
                transformations=[splitter],
            )
        build_seconds = time.perf_counter() - t0
        nodes = splitter.get_nodes_from_documents(documents)
        retriever = index.as_retriever(similarity_top_k=TOP_K)

        rows = []
        for q in questions:
            t1 = time.perf_counter()
            retrieved = retriever.retrieve(_query_text(q))
            seconds = time.perf_counter() - t1
            rows.append((q, [r.node.get_content() for r in retrieved], seconds))
    finally:
        client.close()

    metrics = _score(rows)
    normalised_chunks = [normalise(n.get_content()) for n in nodes]
    quotes = [normalise(c.quote) for q in questions if not q.abstain for c in q.citations]
    return {
        "metrics": metrics,
        "questions": len(rows),
        "chunks": len(nodes),
        "build_seconds": round(build_seconds, 3),
        # Gold quotes that no chunk holds whole (cut by a chunk boundary): a ceiling on hit@k
        # that is the splitter's, not the retriever's.
        "quotes_split_by_chunking": sum(
            not any(qt in c for c in normalised_chunks) for qt in quotes
        ),
        "median_index_chunk_chars": M.median([len(n.get_content()) for n in nodes]),
        "config": {
            "chunk_size": splitter.chunk_size,
            "chunk_overlap": splitter.chunk_overlap,
            "top_k": TOP_K,
            "embedding": EMBEDDING_NAME,
        },
    }


def _score(rows: Sequence[tuple[EvalQuestion, list[str], float]]) -> dict[str, float]:
    """The runner's definitions (see `evals.runner.score` / `aggregate`), with "gold chunk"
    meaning a chunk that holds a normalised gold quote. The baseline never abstains."""
    answerable = [(q, chunks) for q, chunks, _ in rows if not q.abstain]
    unanswerable = sum(1 for q, _, _ in rows if q.abstain)
    hits1: list[float] = []
    hits3: list[float] = []
    facts: list[float] = []
    cited = cited_gold = 0
    for q, chunks in answerable:
        quotes = [normalise(c.quote) for c in q.citations]
        is_gold = [any(qt in normalise(text) for qt in quotes) for text in chunks]
        hits1.append(1.0 if any(is_gold[:1]) else 0.0)
        hits3.append(1.0 if any(is_gold[:3]) else 0.0)
        cited += len(chunks)
        cited_gold += sum(is_gold)
        facts.append(M.fact_recall("\n\n".join(chunks), q.facts))
    # Never abstaining: no predicted abstentions, so precision follows the runner's convention
    # (1.0 only when there is nothing to abstain on) and recall is 0 whenever it should have.
    precision = 1.0 if not unanswerable else 0.0
    recall = 0.0 if unanswerable else 1.0
    m = {
        "hit_at_1": _mean(hits1),
        "hit_at_3": _mean(hits3),
        "citation_precision": cited_gold / cited if cited else 0.0,
        "fact_recall": _mean(facts),
        "abstention_f1": 2 * precision * recall / (precision + recall)
        if precision + recall
        else 0.0,
        "false_abstention_rate": 0.0,
        "latency_p50_ms": M.median([s * 1000 for _, _, s in rows]),
        "median_citation_chars": M.median([len(c) for _, chunks, _ in rows for c in chunks]),
    }
    return {k: round(v, 4) for k, v in m.items()}


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def _cell(value: Any, fmt: str) -> str:
    return fmt.format(value) if isinstance(value, int | float) else "-"


def format_comparison(summary: dict[str, Any]) -> str:
    """boardqa next to llama-index defaults, one Markdown row each, on the same questions.

    boardqa's median citation length is shown only when the summary carries it
    (`median_citation_chars`); the runner does not compute it today, hence "-"."""
    ours = dict(summary["metrics"])
    ours["median_citation_chars"] = summary.get("median_citation_chars")
    base = summary["llamaindex"]
    header = "| system | " + " | ".join(h for _, h, _ in _COLUMNS) + " |"
    lines = [header, "|---" * (len(_COLUMNS) + 1) + "|"]
    for name, m in (("boardqa", ours), ("llama-index defaults", base["metrics"])):
        lines.append(f"| {name} | " + " | ".join(_cell(m.get(k), f) for k, _, f in _COLUMNS) + " |")
    cfg = base.get("config", {})
    lines.append("")
    lines.append(
        f"llama-index defaults: SentenceSplitter chunk_size {cfg.get('chunk_size')}, "
        f"overlap {cfg.get('chunk_overlap')}, top-{cfg.get('top_k')}, "
        f"{cfg.get('embedding')}, in-memory Qdrant, no LLM (answer = retrieved chunks); "
        f"{base.get('chunks')} chunks built in {base.get('build_seconds', 0):.1f} s."
    )
    return "\n".join(lines)
