"""Embedding, sparse BM25, the store interface and its two Qdrant backends, incremental build."""
