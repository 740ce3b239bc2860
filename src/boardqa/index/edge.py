"""`Store` on an embedded Qdrant Edge shard: no server, the index is a directory.

Choices that matter for agreement with `ServerStore`:
- point ids are uuid5(NAMESPACE_URL, key), and `key` stays in the payload (hits report it);
- `meeting_date` is stored as the ISO string "YYYY-MM-DD" under a datetime payload index and
  filtered with a datetime range (gte since, lt until + 1 day), which Edge and the server parse
  the same way, so no extra ordinal field is needed;
- hybrid search is two filtered prefetches (dense, BM25) fused with RRF at k=2, the server's
  default for `Fusion.RRF`, so both backends produce the same fused order.

Edge never optimises on its own (no background optimiser), so `flush()` runs the optimiser first:
that is where large segments get their HNSW graph built with `hnsw_m`/`hnsw_ef_construct`.
"""

from __future__ import annotations

import shutil
import time
import uuid
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from boardqa.errors import IndexBusyError
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

KEYWORD_FIELDS = (
    "type",
    "kind",
    "agenda_item",
    "board",
    "source",
    "key",
    "record_dates",
    "action_number",
    "role",
    "document_id",
)
DATE_FIELD = "meeting_date"
RRF_K = 2  # Qdrant server's default RRF constant; Edge requires it explicitly.
_CONFIG_FILE = "edge_config.json"  # written by EdgeShard.create; marks an existing shard
_PAGE = 256


def point_id(key: str) -> str:
    """Deterministic point id, so re-upserting a paragraph replaces it instead of duplicating."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, key))


def date_bounds(flt: SearchFilter) -> tuple[str | None, str | None, str | None]:
    """(gte, lt, lte) ISO strings making since/until inclusive even if a payload carries a time."""
    gte = flt.since.isoformat() if flt.since else None
    if flt.until is None:
        return gte, None, None
    if flt.until == date.max:
        return gte, None, flt.until.isoformat()
    return gte, (flt.until + timedelta(days=1)).isoformat(), None


class EdgeStore:
    """The `Store` protocol over `qdrant_edge.EdgeShard` in `path` (created on first use).

    The store owns `path`: an emptied shard of the wrong dimension is deleted and recreated.
    Edge allows one open shard per directory, so close() before opening the path again.
    """

    backend = "edge"

    def __init__(
        self,
        path: Path,
        hnsw_m: int = HNSW_M,
        hnsw_ef_construct: int = HNSW_EF_CONSTRUCT,
        hnsw_ef: int = HNSW_EF,
        wait_seconds: float = 3.0,
    ) -> None:
        import qdrant_edge as qe

        self._qe: Any = qe
        self.path = Path(path)
        self.hnsw_m = hnsw_m
        self.hnsw_ef_construct = hnsw_ef_construct
        self.hnsw_ef = hnsw_ef
        self._shard: Any = None
        if (self.path / _CONFIG_FILE).exists():
            self._shard = self._load_waiting(wait_seconds)

    def _load_waiting(self, wait_seconds: float) -> Any:
        """Open the shard; Edge locks its WAL for one process at a time, so another boardqa
        process (an indexer, a chat) holding it is waited for briefly, then reported."""
        deadline = time.monotonic() + wait_seconds
        while True:
            try:
                return self._qe.EdgeShard.load(str(self.path))
            except Exception as exc:
                if "WouldBlock" not in str(exc):
                    raise
                if time.monotonic() >= deadline:
                    raise IndexBusyError(str(self.path.parent)) from None
                time.sleep(0.05)

    # -- schema ---------------------------------------------------------------------------

    def _config(self, dim: int) -> Any:
        qe = self._qe
        return qe.EdgeConfig(
            vectors={DENSE: qe.EdgeVectorParams(size=dim, distance=qe.Distance.Cosine)},
            sparse_vectors={SPARSE: qe.EdgeSparseVectorParams(modifier=qe.Modifier.Idf)},
            hnsw_config=qe.HnswIndexConfig(
                m=self.hnsw_m, ef_construct=self.hnsw_ef_construct, full_scan_threshold=10_000
            ),
        )

    def ensure_collection(self, dim: int) -> None:
        """Create the shard, or reload it with `config` so Edge checks the stored vector size.

        A shard that is empty but has another dimension (the embedding model changed and the
        build already wiped it) is recreated; a non-empty mismatching one is an error.
        """
        qe = self._qe
        config = self._config(dim)
        if self._shard is not None:
            self._shard.flush()
            self._shard.close()
            self._shard = None
            try:
                self._shard = qe.EdgeShard.load(str(self.path), config)
            except Exception as exc:
                if "incompatible" not in str(exc).lower():
                    raise
                self._shard = qe.EdgeShard.load(str(self.path))  # stay usable either way
                points = self._shard.count(qe.CountRequest())
                if points:
                    raise ValueError(
                        f"shard at {self.path} holds {points} points of another "
                        f"dimension than {dim}; rebuild the index"
                    ) from exc
                self._shard.close()
                self._shard = None
                shutil.rmtree(self.path)
        if self._shard is None:
            self._shard = qe.EdgeShard.create(str(self.path), config)
        have = self._shard.info().payload_schema
        wanted = {f: qe.PayloadSchemaType.Keyword for f in KEYWORD_FIELDS}
        wanted[DATE_FIELD] = qe.PayloadSchemaType.Datetime
        for name, schema in wanted.items():
            if name not in have:
                self._shard.update(qe.UpdateOperation.create_field_index(name, schema))

    # -- filters --------------------------------------------------------------------------

    def _filter(self, flt: SearchFilter | None) -> Any:
        """SearchFilter -> Edge Filter (all conditions in `must`, so each one only narrows)."""
        if flt is None:
            return None
        qe = self._qe
        must: list[Any] = []
        for c in conditions(flt, DATE_FIELD, date_bounds):
            if c.op == "any":
                must.append(qe.FieldCondition(c.field, match=qe.MatchAny(c.value)))
            elif c.op == "value":
                must.append(qe.FieldCondition(c.field, match=qe.MatchValue(c.value)))
            else:
                gte, lt, lte = c.value
                must.append(
                    qe.FieldCondition(c.field, range=qe.RangeDateTime(gte=gte, lt=lt, lte=lte))
                )
        return qe.Filter(must=must) if must else None

    # -- writes ---------------------------------------------------------------------------

    def upsert(self, points: Sequence[PointRecord]) -> None:
        qe = self._qe
        batch = [
            qe.Point(
                point_id(p.key),
                {
                    DENSE: [float(x) for x in p.dense],
                    SPARSE: qe.SparseVector(
                        [int(i) for i in p.sparse[0]], [float(v) for v in p.sparse[1]]
                    ),
                },
                {**p.payload, "key": p.key},
            )
            for p in points
        ]
        if batch:
            self._require().update(qe.UpdateOperation.upsert_points(batch))

    def delete_where(self, flt: SearchFilter) -> None:
        """Delete matches; an empty SearchFilter means every point (a rebuild wipes this way)."""
        if self._shard is None:
            return
        qe = self._qe
        native = self._filter(flt) or qe.Filter(must=[])
        self._shard.update(qe.UpdateOperation.delete_points_by_filter(native))

    # -- reads ----------------------------------------------------------------------------

    def hybrid_search(
        self,
        dense: Sequence[float],
        sparse: tuple[Sequence[int], Sequence[float]],
        flt: SearchFilter | None,
        limit: int,
        prefetch: int = 50,
    ) -> list[Hit]:
        if self._shard is None:
            return []
        qe = self._qe
        native = self._filter(flt)
        params = qe.SearchParams(hnsw_ef=self.hnsw_ef)
        sparse_vec = qe.SparseVector([int(i) for i in sparse[0]], [float(v) for v in sparse[1]])
        prefetches = [
            qe.Prefetch(
                limit=prefetch,
                query=qe.Query.Nearest([float(x) for x in dense], using=DENSE),
                filter=native,
                params=params,
            )
        ]
        if sparse_vec.indices:  # a question of only stopwords has no keyword side
            prefetches.append(
                qe.Prefetch(
                    limit=prefetch, query=qe.Query.Nearest(sparse_vec, using=SPARSE), filter=native
                )
            )
        request = qe.QueryRequest(
            limit=limit, prefetches=prefetches, query=qe.Fusion.Rrf(k=RRF_K), with_payload=True
        )
        return Hit.from_points(self._shard.query(request))

    def dense_search(
        self, dense: Sequence[float], flt: SearchFilter | None, limit: int, exact: bool = False
    ) -> list[Hit]:
        if self._shard is None:
            return []
        qe = self._qe
        request = qe.QueryRequest(
            limit=limit,
            query=qe.Query.Nearest([float(x) for x in dense], using=DENSE),
            filter=self._filter(flt),
            params=qe.SearchParams(hnsw_ef=self.hnsw_ef, exact=exact),
            with_payload=True,
        )
        return Hit.from_points(self._shard.query(request))

    def scroll(self, flt: SearchFilter | None = None) -> Iterator[Hit]:
        if self._shard is None:
            return
        qe = self._qe
        native = self._filter(flt)
        offset: Any = None
        while True:
            request = qe.ScrollRequest(
                offset=offset, limit=_PAGE, filter=native, with_payload=True, with_vector=False
            )
            records, offset = self._shard.scroll(request)
            for r in records:
                yield Hit(r.payload["key"], 0.0, dict(r.payload))
            if offset is None:
                return

    def count(self, flt: SearchFilter | None = None) -> int:
        if self._shard is None:
            return 0
        qe = self._qe
        return int(self._shard.count(qe.CountRequest(exact=True, filter=self._filter(flt))))

    # -- lifecycle ------------------------------------------------------------------------

    def optimize(self) -> bool:
        """Merge segments and build HNSW where they passed the indexing threshold."""
        return bool(self._shard.optimize()) if self._shard is not None else False

    def flush(self) -> None:
        if self._shard is not None:
            self._shard.optimize()
            self._shard.flush()

    def close(self) -> None:
        """Flush and release the directory (Edge allows one open shard per directory)."""
        if self._shard is not None:
            self._shard.flush()
            self._shard.close()
            self._shard = None

    def _require(self) -> Any:
        if self._shard is None:
            raise RuntimeError("EdgeStore: call ensure_collection(dim) before writing")
        return self._shard
