"""One small store interface, two Qdrant backends (Edge in-process, a server via qdrant-client).

Everything above this layer (build, retrieve, the CLI) talks to `Store`; the conformance tests
run the same assertions against `EdgeStore` and `ServerStore`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

DENSE = "dense"
SPARSE = "bm25"

#: HNSW settings chosen by benchmarks/scale.py on a 100,000-paragraph archive built from the
#: seeds (real MiniLM vectors): the cheapest that keeps dense recall@10 against exact search
#: at or above 0.98 (0.9835; m=16 tops out at 0.9745 with ef 256), at 1.5 ms p50 per search.
#: Below Qdrant's full-scan threshold (10,000 points, e.g. the seed archive) search is exact.
HNSW_M = 32
HNSW_EF_CONSTRUCT = 200
HNSW_EF = 256


@dataclass(frozen=True)
class PointRecord:
    """One point: a paragraph (or an action record) with both vectors and its payload.

    `key` is the paragraph id (e.g. "p-1a2b…"); backends map it to a UUID point id
    deterministically (uuid5), and keep `key` in the payload.
    `sparse` is (indices, values) from BM25 over `text`, computed by the caller.
    Payload values are JSON types; dates are ISO strings "YYYY-MM-DD".
    """

    key: str
    dense: Sequence[float]
    sparse: tuple[Sequence[int], Sequence[float]]
    payload: dict[str, Any]


@dataclass(frozen=True)
class SearchFilter:
    """Payload filters; every field narrows, none widens.

    `since`/`until` bound payload["meeting_date"] (inclusive); `kinds` matches payload["kind"]
    (any of); `agenda_item` matches payload["agenda_item"]; `board` matches payload["board"];
    `meetings` matches payload["record_dates"] (any of); `point_types` matches payload["type"] (e.g. "paragraph", "action"); `sources` matches
    payload["source"] (any of); `keys` restricts to those paragraph keys.
    """

    since: date | None = None
    until: date | None = None
    kinds: tuple[str, ...] = ()
    agenda_item: str | None = None
    board: str | None = None
    point_types: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    keys: tuple[str, ...] = ()
    #: Meetings a paragraph belongs to: the pack's meeting or the meeting its minutes record
    #: (payload["record_dates"]), so "the December 2020 meeting" finds the minutes of
    #: 11 December 2020 printed in the March 2021 pack as well as the December page.
    meetings: tuple[date, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Condition:
    """One backend-neutral filter condition: `op` is "any" (match any of `value`), "value"
    (match exactly) or "dates" (`value` = (gte, lt, lte) ISO strings)."""

    field: str
    op: str
    value: Any


def conditions(flt: SearchFilter, date_field: str, bounds: Any) -> list[Condition]:
    """A SearchFilter as a list of `must` conditions, so that every backend translates the
    same list (each condition only narrows; an empty list matches everything)."""
    out: list[Condition] = []

    def any_of(name: str, values: Sequence[Any]) -> None:
        if values:
            out.append(Condition(name, "any", list(values)))

    def one(name: str, value: Any) -> None:
        if value is not None:
            out.append(Condition(name, "value", value))

    gte, lt, lte = bounds(flt)
    if gte or lt or lte:
        out.append(Condition(date_field, "dates", (gte, lt, lte)))
    any_of("kind", flt.kinds)
    one("agenda_item", flt.agenda_item)
    one("board", flt.board)
    any_of("type", flt.point_types)
    any_of("source", flt.sources)
    any_of("key", flt.keys)
    any_of("record_dates", [d.isoformat() for d in flt.meetings])
    for name, value in flt.extra.items():
        if isinstance(value, list | tuple):
            any_of(name, value)
        else:
            one(name, value)
    return out


@dataclass(frozen=True)
class Hit:
    key: str
    score: float
    payload: dict[str, Any]

    @classmethod
    def from_points(cls, points: Sequence[Any]) -> list[Hit]:
        """Hits from scored points of either backend (Edge and qdrant-client both give
        `.payload` and `.score`; our key is in the payload, the point id is a UUID of it)."""
        return [cls(p.payload["key"], float(p.score), dict(p.payload)) for p in points]


class Store(Protocol):
    """What the index needs from Qdrant."""

    backend: str  # "edge" or "server"

    def ensure_collection(self, dim: int) -> None:
        """Create the collection (dense cosine `dim`, sparse BM25 with the IDF modifier) and
        payload indexes (keyword: type, kind, agenda_item, board, source, key; datetime or
        keyword: meeting_date) if missing."""

    def upsert(self, points: Sequence[PointRecord]) -> None: ...

    def delete_where(self, flt: SearchFilter) -> None:
        """Delete every point matching the filter (used to drop a changed or removed file)."""

    def hybrid_search(
        self,
        dense: Sequence[float],
        sparse: tuple[Sequence[int], Sequence[float]],
        flt: SearchFilter | None,
        limit: int,
        prefetch: int = 50,
    ) -> list[Hit]:
        """Prefetch `prefetch` by dense and by sparse (both filtered), fuse with RRF."""

    def dense_search(
        self, dense: Sequence[float], flt: SearchFilter | None, limit: int, exact: bool = False
    ) -> list[Hit]: ...

    def scroll(self, flt: SearchFilter | None = None) -> Iterator[Hit]:
        """Every matching point (score 0), payload included, vectors not."""

    def count(self, flt: SearchFilter | None = None) -> int: ...

    def flush(self) -> None:
        """Make what was written durable (Edge: flush the shard)."""

    def close(self) -> None: ...
