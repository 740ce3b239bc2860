"""BM25 sparse vectors computed in-process with Qdrant Edge's own tokenizer.

Both backends store the same client-side vectors, so the Edge shard and a Qdrant server rank
keyword hits identically. The IDF part of BM25 is not computed here: the sparse vector is
declared with the IDF modifier and Qdrant applies corpus statistics at query time, which keeps
document vectors valid as the archive grows.

Tokenisation (English stopwords, Snowball English stemmer, lowercasing, word tokenizer) is the
same on both sides, so rare exact tokens meet: "MARAC" and "maracs" share a token; "action 6"
yields "action" and "6"; "£432,000" yields "432" and "000" (the currency sign is dropped), and
the query "432,000" or "£432,000" produces exactly those two tokens.
"""

from __future__ import annotations

from typing import Any


class Bm25Encoder:
    """Document/query BM25 encoder over `qdrant_edge.Bm25`.

    Documents get term-frequency weights saturated by `k` and length-normalised by `b` against
    `avg_len`; queries get weight 1.0 per unique token (no length normalisation), which is the
    library's own document/query split.
    """

    def __init__(self, k: float = 1.2, b: float = 0.75, avg_len: float = 256.0) -> None:
        # Imported here so that importing boardqa.index.sparse stays free of native code.
        import qdrant_edge as qe

        config = qe.Bm25Config(
            k=k,
            b=b,
            avg_len=avg_len,
            language="english",
            lowercase=True,
            stopwords=qe.Language.English,
            stemmer=qe.SnowballParams(qe.SnowballLanguage.English),
        )
        self._model: Any = qe.Bm25(config)

    def encode_document(self, text: str) -> tuple[list[int], list[float]]:
        """Sparse vector for an indexed paragraph (TF with BM25 saturation and length norm)."""
        vec = self._model.embed_document(text)
        return list(vec.indices), list(vec.values)

    def encode_query(self, text: str) -> tuple[list[int], list[float]]:
        """Sparse vector for a question: each unique token weighs 1.0; IDF comes from Qdrant."""
        vec = self._model.embed_query(text)
        return list(vec.indices), list(vec.values)
