"""boardqa's retrieval as a llama-index `BaseRetriever`, so the index plugs into llama-index
query and chat engines (`RetrieverQueryEngine.from_args(BoardRetriever(...), llm=...)`).

Each node is one paragraph, with the payload (meeting, document, agenda item, page, paragraph
number, also_in …) as metadata, so a llama-index pipeline can cite as precisely as `ask` does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from llama_index.core.retrievers import BaseRetriever
from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode

if TYPE_CHECKING:
    from boardqa.retrieve import Retriever, UserFilters

#: Payload fields that are not metadata a reader or an LLM needs.
_HIDDEN = {"text", "embed_hash", "file_hash", "document_hash", "meeting_ordinal"}


class BoardRetriever(BaseRetriever):
    """Hybrid retrieval with question understanding, returning paragraph nodes."""

    def __init__(
        self, retriever: Retriever, k: int = 8, filters: UserFilters | None = None, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self._retriever = retriever
        self._k = k
        self._filters = filters

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        found = self._retriever.search(query_bundle.query_str, user=self._filters, limit=self._k)
        nodes = []
        for c in found:
            metadata = {k: v for k, v in c.payload.items() if k not in _HIDDEN and v is not None}
            node = TextNode(id_=c.key, text=c.text, metadata=metadata)
            # The location is for the reader; the embedding already saw it.
            node.excluded_embed_metadata_keys = list(metadata)
            nodes.append(NodeWithScore(node=node, score=float(c.score)))
        return nodes
