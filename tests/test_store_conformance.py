"""One contract, every backend: the same assertions run on EdgeStore and ServerStore.

Dense vectors are seeded random (dim 8), so anything found by a text query was found by the
BM25 side; sparse vectors are real, from Bm25Encoder. "server-remote" runs only when
QDRANT_URL is set (QDRANT_API_KEY optional), on a throwaway collection.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from boardqa.index.edge import EdgeStore
from boardqa.index.server import ServerStore
from boardqa.index.sparse import Bm25Encoder
from boardqa.index.store import Hit, PointRecord, SearchFilter, Store

DIM = 8
B = "Lancashire Safeguarding Board"
# source, meeting_date, kind, agenda_item, type: one block per meeting file.
META = {
    "a.txt": ("2018-03-14", "minutes", "paragraph"),
    "b.txt": ("2020-06-11", "report", "paragraph"),
    "c.txt": ("2021-01-20", "action_log", "action"),
    "d.txt": ("2021-09-15", "minutes", "paragraph"),
}
TEXTS = [  # (source, agenda_item, text)
    ("a.txt", "4", "Apologies were received from the police and from health colleagues."),
    ("a.txt", "5", "The minutes of the previous meeting were agreed as an accurate record."),
    ("a.txt", "10", "The chair asked partners to confirm attendance at the annual conference."),
    ("a.txt", "10", "County Lines exploitation of young people was raised as an emerging risk."),
    ("a.txt", "7", "The board approved the revised escalation policy for professional disputes."),
    ("a.txt", "8", "Training uptake among schools fell over the winter term."),
    ("a.txt", "9", "The neglect strategy will be refreshed before the summer."),
    ("b.txt", "6", "The MARAC repeat referral rate reached 50% against a target of 28%."),
    ("b.txt", "6", "Domestic abuse notifications to schools rose after the lockdown ended."),
    ("b.txt", "10", "The board budget for the year showed £432,000 funding from partners."),
    ("b.txt", "10", "Partner contributions were held at the previous level for one more year."),
    ("b.txt", "11", "Serious case review recommendations remain open for the health trust."),
    ("b.txt", "12", "Audit of child protection plans found good quality in most cases."),
    ("b.txt", "12", "Virtual visits were used while home visits were suspended."),
    ("b.txt", "13", "Private fostering notifications remain low across the county."),
    ("c.txt", "3", "Action 6: the business manager to circulate the data dashboard."),
    ("c.txt", "3", "Action 7: police to report on missing episodes at the next meeting."),
    ("c.txt", "10", "Action 9: health to provide an update on the neglect toolkit."),
    ("c.txt", "10", "Action 12: all partners to complete the section 11 audit by March."),
    ("c.txt", "4", "Action 14: the chair to write to the regional network about data sharing."),
    ("c.txt", "4", "Action 15: schools to confirm designated safeguarding leads."),
    ("c.txt", "5", "Action 16: the subgroup to review thresholds guidance."),
    ("d.txt", "2", "The independent scrutineer presented the annual assurance report."),
    ("d.txt", "3", "Early help assessments increased by a third compared with last year."),
    ("d.txt", "10", "The board agreed a new performance framework for the coming year."),
    ("d.txt", "10", "Exploitation hubs will share intelligence with neighbouring areas."),
    ("d.txt", "6", "Mental health waiting times for children remain a concern."),
    ("d.txt", "7", "Learning from the rapid review will be shared with practitioners."),
    ("d.txt", "8", "The child death overview panel reported its findings."),
    ("d.txt", "9", "Any other business: the next meeting will be held online."),
]
FIELDS = ("type", "kind", "agenda_item", "board", "source", "meeting_date", "text", "key")
ENC = Bm25Encoder()
VECTORS = np.random.default_rng(7).normal(size=(len(TEXTS), DIM))


def _payload(i: int, source: str, item: str, text: str) -> dict[str, Any]:
    day, kind, point_type = META[source]
    values = (point_type, kind, item, B, source, day, text, f"p-{i:02d}")
    return dict(zip(FIELDS, values, strict=True))


PAYLOADS = [_payload(i, *t) for i, t in enumerate(TEXTS)]
RECORDS = [
    PointRecord(p["key"], VECTORS[i].tolist(), ENC.encode_document(p["text"]), p)
    for i, p in enumerate(PAYLOADS)
]


REMOTE = os.environ.get("QDRANT_URL") or None
BACKENDS = [
    "edge",
    "server-local",
    pytest.param(
        "server-remote",
        marks=pytest.mark.skipif(REMOTE is None, reason="QDRANT_URL not set"),
    ),
]


def opener(backend: str, tmp_path: Path, durable: bool = False) -> Callable[[], Store]:
    """A function opening the same store again (durable=True: local server on disk)."""
    if backend == "edge":
        return lambda: EdgeStore(tmp_path / "shard")
    if backend == "server-local":
        if durable:
            return lambda: ServerStore(path=str(tmp_path / "qdrant"))
        return lambda: ServerStore(location=":memory:")
    name = f"boardqa_test_{uuid.uuid4().hex[:8]}"
    return lambda: ServerStore(
        url=REMOTE, api_key=os.environ.get("QDRANT_API_KEY"), collection=name
    )


def _drop(store: Store) -> None:
    if store.backend == "server" and REMOTE:
        store._client.delete_collection(store.collection)  # type: ignore[attr-defined]
    store.close()


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    s = opener(request.param, tmp_path)()
    s.ensure_collection(DIM)
    s.upsert(RECORDS)
    s.flush()
    yield s
    _drop(s)


def keys(hits: list[Hit]) -> list[str]:
    return [h.key for h in hits]


def expected(flt: SearchFilter) -> set[str]:
    """The filter semantics of store.SearchFilter, evaluated in Python as the reference."""
    out = set()
    for p in PAYLOADS:
        day = date.fromisoformat(p["meeting_date"])
        if (
            (flt.since and day < flt.since)
            or (flt.until and day > flt.until)
            or (flt.kinds and p["kind"] not in flt.kinds)
            or (flt.agenda_item is not None and p["agenda_item"] != flt.agenda_item)
            or (flt.board is not None and p["board"] != flt.board)
            or (flt.point_types and p["type"] not in flt.point_types)
            or (flt.sources and p["source"] not in flt.sources)
            or (flt.keys and p["key"] not in flt.keys)
        ):
            continue
        out.add(p["key"])
    return out


def random_query(seed: int) -> list[float]:
    return np.random.default_rng(seed).normal(size=DIM).tolist()


def test_bm25_exact_tokens_match_between_document_and_query() -> None:
    for doc, query in [
        ("MARAC repeat referral", "marac"),
        ("Action 6: circulate", "action 6"),
        ("£432,000 funding", "£432,000"),
        ("£432,000 funding", "432,000"),
    ]:
        d_idx, _ = ENC.encode_document(doc)
        q_idx, q_val = ENC.encode_query(query)
        assert q_idx and set(q_idx) <= set(d_idx), (doc, query)
        assert q_val == [1.0] * len(q_idx)  # query side: no TF / length normalisation


def test_ensure_collection_is_idempotent(store: Store) -> None:
    store.ensure_collection(DIM)
    store.ensure_collection(DIM)
    assert store.count() == len(RECORDS)


def test_upsert_then_count_and_scroll_returns_all_payloads(store: Store) -> None:
    assert store.count() == len(RECORDS)
    got = {h.key: h.payload for h in store.scroll()}
    assert got == {p["key"]: p for p in PAYLOADS}


@pytest.mark.parametrize(
    ("query", "target", "within"),
    # Tokens only one paragraph has ("marac"; "432" and "000") must come first whatever the dense
    # side says. "action" is in every action-log entry, so RRF may lift a dense-lucky action
    # above "Action 6"; it must still be near the top.
    [("MARAC", 7, 1), ("£432,000", 9, 1), ("action 6", 15, 3)],
)
def test_hybrid_finds_exact_rare_tokens_with_random_dense(
    store: Store, query: str, target: int, within: int
) -> None:
    hits = store.hybrid_search(random_query(99), ENC.encode_query(query), None, limit=5)
    assert PAYLOADS[target]["key"] in keys(hits)[:within]
    assert next(h.payload for h in hits if h.key == PAYLOADS[target]["key"]) == PAYLOADS[target]


def test_dense_exact_matches_numpy_cosine(store: Store) -> None:
    unit = VECTORS / np.linalg.norm(VECTORS, axis=1, keepdims=True)
    for seed in range(5):
        q = np.array(random_query(seed))
        sims = unit @ (q / np.linalg.norm(q))
        order = np.argsort(-sims)[:5]
        hits = store.dense_search(q.tolist(), None, limit=5, exact=True)
        assert keys(hits) == [PAYLOADS[i]["key"] for i in order]
        assert np.allclose([h.score for h in hits], sims[order], atol=1e-5)


FILTERS = [
    SearchFilter(since=date(2020, 6, 11)),
    SearchFilter(until=date(2020, 6, 11)),
    SearchFilter(since=date(2021, 1, 20), until=date(2021, 1, 20)),
    SearchFilter(since=date(2020, 6, 12), until=date(2021, 1, 19)),
    SearchFilter(kinds=("minutes",)),
    SearchFilter(kinds=("report", "action_log")),
    SearchFilter(agenda_item="10"),
    SearchFilter(point_types=("action",)),
    SearchFilter(board=B),
    SearchFilter(sources=("a.txt", "d.txt")),
    SearchFilter(keys=("p-01", "p-07", "p-29")),
    SearchFilter(since=date(2020, 1, 1), kinds=("minutes", "report"), agenda_item="10"),
]


@pytest.mark.parametrize("flt", FILTERS, ids=range(len(FILTERS)))
def test_filters_narrow_exactly(store: Store, flt: SearchFilter) -> None:
    want = expected(flt)
    assert {h.key for h in store.scroll(flt)} == want
    assert store.count(flt) == len(want)
    q, sparse = random_query(3), ENC.encode_query("board partners health action")
    assert {h.key for h in store.dense_search(q, flt, limit=50, exact=True)} == want
    hybrid = store.hybrid_search(q, sparse, flt, limit=50)
    assert {h.key for h in hybrid} == want  # every prefetch is filtered: never wider
    assert set(keys(store.hybrid_search(q, sparse, flt, limit=3))) <= want


def test_delete_where_source_removes_exactly_those(store: Store) -> None:
    doomed = expected(SearchFilter(sources=("a.txt",)))
    store.delete_where(SearchFilter(sources=("a.txt",)))
    left = {h.key for h in store.scroll()}
    assert left == {p["key"] for p in PAYLOADS} - doomed
    assert store.count() == len(RECORDS) - len(doomed)


def test_delete_where_empty_filter_wipes(store: Store) -> None:
    store.delete_where(SearchFilter())
    assert store.count() == 0
    assert list(store.scroll()) == []


def test_upserting_same_key_twice_leaves_one_point(store: Store) -> None:
    rec = RECORDS[3]
    store.upsert([PointRecord(rec.key, rec.dense, rec.sparse, {**rec.payload, "text": "v2"})])
    assert store.count() == len(RECORDS)
    [hit] = store.scroll(SearchFilter(keys=(rec.key,)))
    assert hit.payload["text"] == "v2"


@pytest.mark.parametrize("backend", BACKENDS)
def test_reopen_keeps_points(backend: str, tmp_path: Path) -> None:
    open_store = opener(backend, tmp_path, durable=True)
    first = open_store()
    assert first.count() == 0 and first.hybrid_search(random_query(1), ([], []), None, 3) == []
    first.ensure_collection(DIM)
    first.upsert(RECORDS)
    first.flush()
    first.close()
    again = open_store()  # same directory, local path, or remote collection name
    try:
        assert again.count() == len(RECORDS)
        hits = again.hybrid_search(random_query(5), ENC.encode_query("MARAC"), None, limit=3)
        assert hits[0].key == PAYLOADS[7]["key"]
        again.ensure_collection(DIM)  # reopening an existing collection keeps it
        assert again.count() == len(RECORDS)
    finally:
        _drop(again)


def test_edge_and_server_agree_on_hybrid_top3(tmp_path: Path) -> None:
    edge, server = EdgeStore(tmp_path / "shard"), ServerStore(location=":memory:")
    try:
        for s in (edge, server):
            s.ensure_collection(DIM)
            s.upsert(RECORDS)
        for seed, text, flt in [
            (11, "MARAC referral rate", None),
            (12, "County Lines exploitation", None),
            (13, "health neglect toolkit update", SearchFilter(since=date(2021, 1, 1))),
            (14, "partners funding budget", SearchFilter(kinds=("report",))),
        ]:
            q, sparse = random_query(seed), ENC.encode_query(text)
            a = edge.hybrid_search(q, sparse, flt, limit=10)
            b = server.hybrid_search(q, sparse, flt, limit=10)
            # Queries chosen so the fused top 4 has no equal scores (ties may order either way).
            assert len({round(h.score, 6) for h in a[:4]}) == 4, text
            assert keys(a)[:3] == keys(b)[:3], text
            assert np.allclose([h.score for h in a[:3]], [h.score for h in b[:3]]), text
    finally:
        edge.close()
        server.close()
