"""`Store` on a Qdrant collection through qdrant-client (a server, or its local mode in CI).

Same schema and semantics as `EdgeStore`, so an index can move between the two and the
conformance tests can compare them: named dense vector (cosine) plus named BM25 sparse vector
with the IDF modifier; uuid5 point ids with `key` kept in the payload; `meeting_date` an ISO
string under a datetime index, filtered with gte since / lt until + 1 day; hybrid search is two
filtered prefetches fused by `Fusion.RRF` (k=2 on the server, the constant Edge is given).

qdrant-client is imported inside the constructor so that importing this module stays cheap.
In local mode (`location=":memory:"` or `path=`) payload indexes and HNSW search params are
meaningless (local mode brute-forces everything and warns about both), so they are skipped.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from boardqa.index.edge import DATE_FIELD, KEYWORD_FIELDS, date_bounds, point_id
from boardqa.index.store import (
    DENSE,
    HNSW_EF,
    HNSW_EF_CONSTRUCT,
    HNSW_M,
    SPARSE,
    Hit,
    PointRecord,
    SearchFilter,
    conditions,
)

_PAGE = 256


class ServerStore:
    """The `Store` protocol over one qdrant-client collection."""

    backend = "server"

    def __init__(
        self,
        url: str | None = None,
        api_key: str | None = None,
        collection: str = "boardqa",
        location: str | None = None,
        path: str | None = None,
        *,
        hnsw_m: int = HNSW_M,
        hnsw_ef_construct: int = HNSW_EF_CONSTRUCT,
        hnsw_ef: int = HNSW_EF,
    ) -> None:
        from qdrant_client import QdrantClient, models

        self._m: Any = models
        self.collection = collection
        self.hnsw_m = hnsw_m
        self.hnsw_ef_construct = hnsw_ef_construct
        self.hnsw_ef = hnsw_ef
        self._local = location == ":memory:" or path is not None
        self._client: Any = QdrantClient(url=url, api_key=api_key, location=location, path=path)
        self._exists = False

    # -- schema ---------------------------------------------------------------------------

    def _ready(self) -> bool:
        """Whether the collection exists (reads before the first build return nothing)."""
        if not self._exists:
            self._exists = bool(self._client.collection_exists(self.collection))
        return self._exists

    def ensure_collection(self, dim: int) -> None:
        """Create the collection and payload indexes if missing.

        An existing but empty collection of another dimension (the model changed and the build
        already wiped it) is recreated; a non-empty mismatching one is an error.
        """
        m = self._m
        if self._ready():
            info = self._client.get_collection(self.collection)
            size = info.config.params.vectors[DENSE].size
            if size != dim:
                if self.count():
                    raise ValueError(
                        f"collection {self.collection!r} holds vectors of size "
                        f"{size}, not {dim}; rebuild the index"
                    )
                self._client.delete_collection(self.collection)
                self._exists = False
        if not self._ready():
            self._client.create_collection(
                self.collection,
                vectors_config={DENSE: m.VectorParams(size=dim, distance=m.Distance.COSINE)},
                sparse_vectors_config={SPARSE: m.SparseVectorParams(modifier=m.Modifier.IDF)},
                hnsw_config=m.HnswConfigDiff(m=self.hnsw_m, ef_construct=self.hnsw_ef_construct),
            )
            self._exists = True
        if self._local:
            return
        have = self._client.get_collection(self.collection).payload_schema or {}
        wanted = {f: m.PayloadSchemaType.KEYWORD for f in KEYWORD_FIELDS}
        wanted[DATE_FIELD] = m.PayloadSchemaType.DATETIME
        for name, schema in wanted.items():
            if name not in have:
                self._client.create_payload_index(self.collection, name, schema, wait=True)

    # -- filters --------------------------------------------------------------------------

    def _filter(self, flt: SearchFilter | None) -> Any:
        """SearchFilter -> qdrant Filter; mirrors `EdgeStore._filter` condition for condition."""
        if flt is None:
            return None
        m = self._m
        must: list[Any] = []
        for c in conditions(flt, DATE_FIELD, date_bounds):
            if c.op == "any":
                must.append(m.FieldCondition(key=c.field, match=m.MatchAny(any=c.value)))
            elif c.op == "value":
                must.append(m.FieldCondition(key=c.field, match=m.MatchValue(value=c.value)))
            else:
                gte, lt, lte = c.value
                rng = m.DatetimeRange(gte=gte, lt=lt, lte=lte)
                must.append(m.FieldCondition(key=c.field, range=rng))
        return m.Filter(must=must) if must else None

    def _params(self, exact: bool = False) -> Any:
        if self._local:
            return None
        return self._m.SearchParams(hnsw_ef=self.hnsw_ef, exact=exact)

    # -- writes ---------------------------------------------------------------------------

    def upsert(self, points: Sequence[PointRecord]) -> None:
        m = self._m
        batch = [
            m.PointStruct(
                id=point_id(p.key),
                vector={
                    DENSE: [float(x) for x in p.dense],
                    SPARSE: m.SparseVector(
                        indices=[int(i) for i in p.sparse[0]],
                        values=[float(v) for v in p.sparse[1]],
                    ),
                },
                payload={**p.payload, "key": p.key},
            )
            for p in points
        ]
        if batch:
            self._client.upsert(self.collection, points=batch, wait=True)

    def delete_where(self, flt: SearchFilter) -> None:
        """Delete matches; an empty SearchFilter means every point (a rebuild wipes this way)."""
        if not self._ready():
            return
        m = self._m
        native = self._filter(flt) or m.Filter(must=[])
        self._client.delete(self.collection, m.FilterSelector(filter=native), wait=True)

    # -- reads ----------------------------------------------------------------------------

    def hybrid_search(
        self,
        dense: Sequence[float],
        sparse: tuple[Sequence[int], Sequence[float]],
        flt: SearchFilter | None,
        limit: int,
        prefetch: int = 50,
    ) -> list[Hit]:
        if not self._ready():
            return []
        m = self._m
        native = self._filter(flt)
        sparse_vec = m.SparseVector(
            indices=[int(i) for i in sparse[0]], values=[float(v) for v in sparse[1]]
        )
        prefetches = [
            m.Prefetch(
                query=[float(x) for x in dense],
                using=DENSE,
                filter=native,
                limit=prefetch,
                params=self._params(),
            )
        ]
        if sparse_vec.indices:  # a question of only stopwords has no keyword side
            prefetches.append(
                m.Prefetch(query=sparse_vec, using=SPARSE, filter=native, limit=prefetch)
            )
        response = self._client.query_points(
            self.collection,
            prefetch=prefetches,
            query=m.FusionQuery(fusion=m.Fusion.RRF),
            limit=limit,
            with_payload=True,
        )
        return Hit.from_points(response.points)

    def dense_search(
        self, dense: Sequence[float], flt: SearchFilter | None, limit: int, exact: bool = False
    ) -> list[Hit]:
        """Nearest by cosine; `exact` is a true brute force on a server (local mode always is)."""
        if not self._ready():
            return []
        response = self._client.query_points(
            self.collection,
            query=[float(x) for x in dense],
            using=DENSE,
            query_filter=self._filter(flt),
            search_params=self._params(exact),
            limit=limit,
            with_payload=True,
        )
        return Hit.from_points(response.points)

    def scroll(self, flt: SearchFilter | None = None) -> Iterator[Hit]:
        if not self._ready():
            return
        native = self._filter(flt)
        offset: Any = None
        while True:
            records, offset = self._client.scroll(
                self.collection,
                scroll_filter=native,
                limit=_PAGE,
                offset=offset,
                with_payload=True,
                with_vectors=False,
            )
            for r in records:
                yield Hit(r.payload["key"], 0.0, dict(r.payload))
            if offset is None:
                return

    def count(self, flt: SearchFilter | None = None) -> int:
        if not self._ready():
            return 0
        result = self._client.count(self.collection, count_filter=self._filter(flt), exact=True)
        return int(result.count)

    # -- lifecycle ------------------------------------------------------------------------

    def flush(self) -> None:
        """Nothing to do: every write above waits for the server to apply it (`wait=True`)."""

    def close(self) -> None:
        self._client.close()
