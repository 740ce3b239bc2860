"""A synthetic 100,000-paragraph archive on the Edge shard: build, size, memory, reopen, query,
and dense recall@10 of HNSW against exact search for a few HNSW settings.

    .venv/bin/python benchmarks/scale.py [--quick] [--index DIR] [--points N]

The archive is made from the seed corpus without re-embedding anything: the seed points are
repeated with every date shifted by whole years (offsets 0, -1, +1, -2, ...), keys, document ids
and sources made unique per copy, and the real vectors from the seed index's embeddings.npz
reused with a tiny Gaussian perturbation (norm `--noise`, default 0.05, i.e. cosine ~0.999 to
the original) so that no two points are exact duplicates. BM25 vectors are computed once per
seed. Without --index the seed corpus is indexed into a temp dir first.

Each build runs in its own process (so its peak RSS is its own): upsert in batches of 256 as
`index_paths` does, then `flush()` (which optimises: the HNSW graphs are built there). Each
reopen + query run is another process: open time, segment info, hybrid search with a meeting
filter (the retriever's limit 40 / prefetch 60), and recall@10 of `dense_search` against
`dense_search(exact=True)` over 200 query vectors (the eval questions' embeddings plus
perturbed paragraph vectors) for search ef 64/128/256. ServerStore(":memory:") is timed at
20,000 points for comparison, next to the Edge shard at the same size.
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import shutil
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (
    PYTHON,
    QUESTIONS,
    apparent_kib,
    build_seed_index,
    du_kib,
    du_sk,
    machine,
    metered_time_v,
    percentile,
    print_target,
    row,
    run_script,
    scratch_dir,
    seed_drafts,
    wait_quiet,
    write_figures,
)

DIM = 384
BATCH = 256
MEETING = date(2021, 3, 19)  # a seed meeting: copy 0 keeps its dates
RANGE = (date(2019, 1, 1), date(2023, 12, 31))
RECALL_TARGET = 0.98


# -- the synthetic archive ---------------------------------------------------------------------


def year_offset(copy: int) -> int:
    """0, -1, +1, -2, +2, ... so the archive spreads both ways around the seed years."""
    return 0 if copy == 0 else (-(copy + 1) // 2 if copy % 2 else copy // 2)


def shift_iso(value: str, years: int) -> str:
    d = date.fromisoformat(value[:10])
    try:
        d = d.replace(year=d.year + years)
    except ValueError:  # 29 February
        d = d.replace(year=d.year + years, day=28)
    return d.isoformat() + value[10:]


def shift_payload(p: dict[str, Any], years: int, copy: int) -> dict[str, Any]:
    q = dict(p)
    if copy:
        for f in ("meeting_date", "about_meeting", "action_raised"):
            if q.get(f):
                q[f] = shift_iso(q[f], years)
        for f in ("record_dates", "action_dates"):
            if q.get(f):
                q[f] = [shift_iso(x, years) for x in q[f]]
        if q.get("meeting_date"):
            q["meeting_ordinal"] = date.fromisoformat(q["meeting_date"]).toordinal()
        q["key"] = f"{p['key']}~{copy}"
        q["document_id"] = f"{p['document_id']}~{copy}"
        q["source"] = f"{p['source']}#{years:+d}y"
    return q


def load_seeds(index_dir: Path):
    """Seed drafts, their vectors from the seed index's embedding cache, BM25 per seed."""
    from boardqa.index.build import CACHE, EmbeddingCache
    from boardqa.index.sparse import Bm25Encoder

    _, drafts = seed_drafts()
    with np.load(index_dir / CACHE) as data:
        cache = dict(zip(data["keys"].tolist(), data["vectors"], strict=True))
    vectors = np.stack([cache[EmbeddingCache.key(d.embed_text)] for d in drafts])
    bm25 = Bm25Encoder()
    sparse = [bm25.encode_document(d.sparse_text) for d in drafts]
    return drafts, vectors.astype(np.float32), sparse


def copy_cosine(vectors: np.ndarray, seed_vectors: np.ndarray) -> float:
    """Mean cosine of the first shifted copy to its seed vector: how far apart the copies are
    (a small archive may hold only part of one copy)."""
    s = len(seed_vectors)
    copy = vectors[s : 2 * s]
    if not len(copy):
        return 1.0
    return float(np.mean(np.sum(copy * seed_vectors[: len(copy)], axis=1)))


def make_vectors(seed_vectors: np.ndarray, n: int, noise: float, rng_seed: int = 7) -> np.ndarray:
    """n vectors: copy 0 is the seeds as they are, later copies carry noise of norm ~`noise`."""
    rng = np.random.default_rng(rng_seed)
    s = len(seed_vectors)
    idx = np.arange(n) % s
    out = seed_vectors[idx].copy()
    perturb = rng.standard_normal((n, DIM)).astype(np.float32) * (noise / math.sqrt(DIM))
    perturb[:s] = 0.0
    out += perturb
    out /= np.linalg.norm(out, axis=1, keepdims=True)
    return out


def records(drafts, sparse, vectors: np.ndarray, start: int, stop: int):
    from boardqa.index.store import PointRecord

    s = len(drafts)
    out = []
    for i in range(start, stop):
        copy, j = divmod(i, s)
        d = drafts[j]
        payload = shift_payload(d.payload, year_offset(copy), copy)
        out.append(PointRecord(payload["key"], vectors[i], sparse[j], payload))
    return out


def make_queries(index_dir: Path, seed_vectors: np.ndarray, total: int = 200, rng_seed: int = 11):
    """Eval-question embeddings (ONNX encoder of the seed index) + perturbed paragraph vectors;
    BM25 query vectors for the questions (hybrid latency uses those)."""
    from boardqa.evals.gold import load_questions
    from boardqa.index.onnx_encoder import OnnxQueryEncoder
    from boardqa.index.sparse import Bm25Encoder

    texts = [q.turns[-1] for q in load_questions(QUESTIONS)]
    enc = OnnxQueryEncoder(index_dir / "encoder")
    qv = np.stack([enc.embed_query(t) for t in texts])
    n_para = max(0, total - len(texts))
    rng = np.random.default_rng(rng_seed)
    pick = rng.choice(len(seed_vectors), n_para, replace=False)
    pv = seed_vectors[pick] + rng.standard_normal((n_para, DIM)).astype(np.float32) * (
        0.3 / math.sqrt(DIM)
    )
    pv /= np.linalg.norm(pv, axis=1, keepdims=True)
    bm25 = Bm25Encoder()
    return texts, np.vstack([qv, pv]).astype(np.float32), [bm25.encode_query(t) for t in texts]


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- workers (each a separate process) ---------------------------------------------------------


def worker_build(a: argparse.Namespace) -> dict[str, Any]:
    """Upsert `a.points` synthetic points into a fresh store, flush (optimise)."""
    drafts, _, sparse = load_seeds(Path(a.seed_index))
    vectors = np.load(a.vectors, mmap_mode="r")
    n = a.points
    rss_before = _rss_mib()
    if a.backend == "edge":
        from boardqa.index.edge import EdgeStore

        store = EdgeStore(Path(a.shard), hnsw_m=a.m, hnsw_ef_construct=a.efc)
    else:
        from boardqa.index.server import ServerStore

        store = ServerStore(location=":memory:")
    store.ensure_collection(DIM)
    t_upsert = t_make = 0.0
    t0 = time.perf_counter()
    for start in range(0, n, BATCH):
        t1 = time.perf_counter()
        batch = records(drafts, sparse, vectors, start, min(start + BATCH, n))
        t2 = time.perf_counter()
        store.upsert(batch)
        t_make += t2 - t1
        t_upsert += time.perf_counter() - t2
    t_loop = time.perf_counter() - t0
    t1 = time.perf_counter()
    store.flush()
    t_flush = time.perf_counter() - t1
    out: dict[str, Any] = {
        "points": n,
        "upsert_s": t_upsert,
        "make_records_s": t_make,
        "loop_s": t_loop,
        "flush_optimise_s": t_flush,
        "total_s": t_loop + t_flush,
        "count": store.count(),
        "rss_before_mib": rss_before,
    }
    if a.backend == "edge":
        info = store._shard.info()
        out.update(segments=info.segments_count, indexed_vectors=info.indexed_vectors_count)
        t1 = time.perf_counter()
        store.close()
        out["close_s"] = time.perf_counter() - t1
        shard = Path(a.shard)
        out.update(disk_kib=du_kib(shard), du_sk_kib=du_sk(shard), apparent_kib=apparent_kib(shard))
    else:
        out.update(_query_hybrid(store, a))
        store.close()
    out["peak_rss_mib"] = _rss_mib()
    return out


def _query_hybrid(store, a: argparse.Namespace, passes: int = 3) -> dict[str, Any]:
    from boardqa.index.store import SearchFilter

    with np.load(a.queries) as data:
        dense = data["dense"]
    sparse = json.loads(Path(a.queries).with_suffix(".sparse.json").read_text())
    qs = [(dense[i].tolist(), tuple(sparse[i])) for i in range(len(sparse))]
    if a.backend == "server":
        # qdrant-client's local mode brute-forces every query in Python (~1 s each at 20,000
        # points on this machine): a handful of queries is enough to see it.
        qs, passes = qs[:10], 1
    elif a.quick:
        qs = qs[:50]
    flt = SearchFilter(meetings=(MEETING,), point_types=("paragraph",))
    rng = SearchFilter(since=RANGE[0], until=RANGE[1], point_types=("paragraph",))

    def run(filt) -> tuple[list[float], int]:
        lat, n_hits = [], 0
        for dv, sv in qs:
            t0 = time.perf_counter()
            hits = store.hybrid_search(dv, sv, filt, limit=40, prefetch=60)
            lat.append(time.perf_counter() - t0)
            n_hits += len(hits)
        return lat, n_hits

    t0 = time.perf_counter()
    store.hybrid_search(qs[0][0], qs[0][1], flt, limit=40, prefetch=60)
    first = time.perf_counter() - t0
    run(flt)  # warm-up pass
    hy: list[float] = []
    for _ in range(passes):
        lat, n_hits = run(flt)
        hy += lat
    hits_per_query = n_hits / len(qs)
    out_n = len(qs)
    rg = run(rng)[0]
    un = run(None)[0]
    return {
        "first_hybrid_ms": first * 1000,
        "hybrid_meeting_p50_ms": percentile(hy, 50) * 1000,
        "hybrid_meeting_p95_ms": percentile(hy, 95) * 1000,
        "hybrid_meeting_hits": hits_per_query,
        "hybrid_range_p50_ms": percentile(rg, 50) * 1000,
        "hybrid_unfiltered_p50_ms": percentile(un, 50) * 1000,
        "hybrid_queries": out_n,
    }


def worker_query(a: argparse.Namespace) -> dict[str, Any]:
    """Reopen the shard; hybrid latency; dense recall@10 of HNSW vs exact per search ef."""
    from boardqa.index.edge import EdgeStore

    rss_before = _rss_mib()
    t0 = time.perf_counter()
    store = EdgeStore(Path(a.shard))
    reopen = time.perf_counter() - t0
    info = store._shard.info()
    out: dict[str, Any] = {
        "reopen_s": reopen,
        "segments": info.segments_count,
        "indexed_vectors": info.indexed_vectors_count,
        "points": info.points_count,
        "rss_before_mib": rss_before,
    }
    out.update(_query_hybrid(store, a))
    if not a.efs:
        store.close()
        out["peak_rss_mib"] = _rss_mib()
        return out
    with np.load(a.queries) as data:
        dense = data["dense"]
    if a.quick:
        dense = dense[:50]
    exact, exact_lat = [], []
    for q in dense:
        t0 = time.perf_counter()
        hits = store.dense_search(q.tolist(), None, 10, exact=True)
        exact_lat.append(time.perf_counter() - t0)
        exact.append(hits)
    out["exact_p50_ms"] = percentile(exact_lat, 50) * 1000
    out["ef"] = {}
    for ef in a.efs:
        store.hnsw_ef = ef
        for q in dense[:20]:  # warm-up
            store.dense_search(q.tolist(), None, 10)
        lat, strict, tolerant = [], [], []
        for q, ex in zip(dense, exact, strict=True):
            t0 = time.perf_counter()
            hits = store.dense_search(q.tolist(), None, 10)
            lat.append(time.perf_counter() - t0)
            want = {h.key for h in ex}
            strict.append(len(want & {h.key for h in hits}) / len(want))
            # tie-tolerant: a hit as close as the exact 10th counts (copies differ by ~1e-3)
            floor = min(h.score for h in ex) - 1e-6
            tolerant.append(sum(h.score >= floor for h in hits) / len(want))
        out["ef"][str(ef)] = {
            "recall_at_10": float(np.mean(strict)),
            "recall_min": float(np.min(strict)),
            "recall_tolerant": float(np.mean(tolerant)),
            "p50_ms": percentile(lat, 50) * 1000,
            "p95_ms": percentile(lat, 95) * 1000,
        }
    store.close()
    out["peak_rss_mib"] = _rss_mib()
    return out


# -- orchestration -------------------------------------------------------------------------------


def run_worker(args: list[str]) -> tuple[dict[str, Any], float, float]:
    m, res = metered_time_v([PYTHON, __file__, *args])
    line = [ln for ln in res["stdout"].splitlines() if ln.startswith("{")][-1]
    return json.loads(line), res["rss_mib"], m.others


def build_args(shard: Path, points: int, m: int, efc: int, common: list[str]) -> list[str]:
    """Arguments of a build worker: the HNSW sweep and the reworded-copies run both start one."""
    return [
        "--worker",
        "build",
        "--shard",
        str(shard),
        "--points",
        str(points),
        "--m",
        str(m),
        "--efc",
        str(efc),
        *common,
    ]


def query_args(shard: Path, efs: list[int], common: list[str]) -> list[str]:
    """Arguments of a query worker; no `efs` skips the recall sweep (hybrid latency only)."""
    return ["--worker", "query", "--shard", str(shard), "--efs", *map(str, efs), *common]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="10,000 points, one HNSW setting")
    ap.add_argument("--index", help="an existing seed index (default: build one in a temp dir)")
    ap.add_argument("--points", type=int, default=None)
    ap.add_argument("--server-points", type=int, default=None)
    ap.add_argument("--noise", type=float, default=0.05, help="norm of the per-copy noise")
    ap.add_argument(
        "--alt-noise",
        type=float,
        default=None,
        help="also run the first HNSW setting on copies with this noise norm (default 0.3; "
        "0 to skip): near-identical copies are a hard case for HNSW",
    )
    ap.add_argument("--max-wait", type=float, default=120, help="seconds to wait for quiet")
    ap.add_argument("--json", help="also write the figures to this JSON file")
    ap.add_argument("--keep", action="store_true", help="keep the temp dir")
    ap.add_argument(
        "--compare-only",
        action="store_true",
        help="skip the HNSW sweep: only the ServerStore vs EdgeStore comparison",
    )
    # worker mode
    ap.add_argument("--worker", choices=("build", "query"), help=argparse.SUPPRESS)
    ap.add_argument("--backend", default="edge", help=argparse.SUPPRESS)
    ap.add_argument("--seed-index", help=argparse.SUPPRESS)
    ap.add_argument("--vectors", help=argparse.SUPPRESS)
    ap.add_argument("--queries", help=argparse.SUPPRESS)
    ap.add_argument("--shard", help=argparse.SUPPRESS)
    ap.add_argument("--m", type=int, default=16, help=argparse.SUPPRESS)
    ap.add_argument("--efc", type=int, default=100, help=argparse.SUPPRESS)
    ap.add_argument("--efs", type=int, nargs="*", default=[64, 128, 256], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        out = worker_build(args) if args.worker == "build" else worker_query(args)
        print(json.dumps(out))
        return 0

    n = args.points or (10_000 if args.quick else 100_000)
    n_server = args.server_points or (5_000 if args.quick else 20_000)
    configs = [(16, 100)] if args.quick else [(16, 100), (16, 200), (32, 100), (32, 200)]
    efs = [64, 128] if args.quick else [64, 128, 256]
    f: dict[str, Any] = {"machine": machine(), "points": n, "noise": args.noise}
    with scratch_dir("scale", keep=args.keep) as work:
        print(f"scale: {machine()}", flush=True)
        if args.index:
            seed_index = Path(args.index)
        else:
            seed_index = work / "seed-index"
            report, t_export, _ = build_seed_index(seed_index, work)
            print(f"seed index built in {report.seconds:.1f} s (export {t_export:.1f} s)")
        drafts, seed_vectors, _ = load_seeds(seed_index)
        s = len(drafts)
        copies = math.ceil(n / s)
        years = sorted({year_offset(c) for c in range(copies)})
        print(
            f"synthetic archive: {n:,} points = {s} seed points x {copies} copies "
            f"(years shifted {years[0]:+d}..{years[-1]:+d}), noise norm {args.noise}",
            flush=True,
        )
        vectors = make_vectors(seed_vectors, max(n, n_server), args.noise)
        np.save(work / "vectors.npy", vectors)
        f["copy_cosine_to_seed"] = copy_cosine(vectors, seed_vectors)
        del vectors
        texts, qdense, qsparse = make_queries(seed_index, seed_vectors, 200)
        np.savez(work / "queries.npz", dense=qdense)
        (work / "queries.sparse.json").write_text(json.dumps(qsparse))
        print(
            f"queries: {len(texts)} eval questions + {len(qdense) - len(texts)} perturbed "
            f"paragraph vectors = {len(qdense)}; mean cosine copy-to-seed {f['copy_cosine_to_seed']:.4f}",
            flush=True,
        )
        common = [
            "--seed-index",
            str(seed_index),
            "--vectors",
            str(work / "vectors.npy"),
            "--queries",
            str(work / "queries.npz"),
        ] + (["--quick"] if args.quick else [])

        results = []
        for m_, efc in [] if args.compare_only else configs:
            shard = work / f"shard-m{m_}-efc{efc}"
            wait_quiet(args.max_wait)
            build, rss_b, busy_b = run_worker(build_args(shard, n, m_, efc, common))
            print(
                f"\nbuild m={m_} ef_construct={efc}: upsert {build['upsert_s']:.1f} s "
                f"(+ making records {build['make_records_s']:.1f} s), flush/optimise "
                f"{build['flush_optimise_s']:.1f} s; {build['segments']} segments, "
                f"{build['indexed_vectors']:,} indexed vectors (dense + sparse); disk {build['disk_kib'] / 1024:.0f} "
                f"MiB (du -sk {build['du_sk_kib'] / 1024:.0f} MiB, apparent "
                f"{build['apparent_kib'] / 1024:.0f} MiB); peak RSS {rss_b:.0f} MiB "
                f"(before upsert {build['rss_before_mib']:.0f}); others busy {busy_b:.1f} cores",
                flush=True,
            )
            query, rss_q, busy_q = run_worker(query_args(shard, efs, common))
            print(
                f"reopen {query['reopen_s']:.2f} s; hybrid + meeting filter p50 "
                f"{query['hybrid_meeting_p50_ms']:.2f} ms (p95 {query['hybrid_meeting_p95_ms']:.2f}, "
                f"{query['hybrid_meeting_hits']:.0f} hits/query), 5-year range p50 "
                f"{query['hybrid_range_p50_ms']:.2f} ms, unfiltered p50 "
                f"{query['hybrid_unfiltered_p50_ms']:.2f} ms; exact dense p50 "
                f"{query['exact_p50_ms']:.1f} ms; peak RSS {rss_q:.0f} MiB; others busy "
                f"{busy_q:.1f} cores",
                flush=True,
            )
            _say_recalls(query["ef"], detail=True)
            results.append(
                {
                    "m": m_,
                    "ef_construct": efc,
                    "build": build,
                    "build_rss_mib": rss_b,
                    "build_others": busy_b,
                    "query": query,
                    "query_rss_mib": rss_q,
                    "query_others": busy_q,
                }
            )
            shutil.rmtree(shard, ignore_errors=True)
        f["configs"] = results

        # the same archive with copies further apart (reworded year to year) --------------
        alt = args.alt_noise if args.alt_noise is not None else (0.0 if args.quick else 0.3)
        if alt and not args.compare_only:
            vectors = make_vectors(seed_vectors, n, alt)
            f["alt_copy_cosine_to_seed"] = copy_cosine(vectors, seed_vectors)
            np.save(work / "vectors-alt.npy", vectors)
            del vectors
            alt_common = [
                x if x != str(work / "vectors.npy") else str(work / "vectors-alt.npy")
                for x in common
            ]
            m_, efc = configs[0]
            shard = work / "shard-alt"
            wait_quiet(args.max_wait)
            build, rss_b, _ = run_worker(build_args(shard, n, m_, efc, alt_common))
            query, rss_q, _ = run_worker(query_args(shard, efs, alt_common))
            shutil.rmtree(shard, ignore_errors=True)
            f["alt"] = {
                "noise": alt,
                "m": m_,
                "ef_construct": efc,
                "build": build,
                "build_rss_mib": rss_b,
                "query": query,
                "query_rss_mib": rss_q,
            }
            print(
                f"\nnoise {alt} (cosine copy-to-seed {f['alt_copy_cosine_to_seed']:.4f}), "
                f"m={m_} ef_construct={efc}: build {build['total_s']:.1f} s; hybrid + meeting "
                f"p50 {query['hybrid_meeting_p50_ms']:.2f} ms",
                flush=True,
            )
            _say_recalls(query["ef"], detail=False)

        # the same upsert + hybrid query at n_server points: qdrant-client local vs Edge ----
        cmp: dict[str, Any] = {}
        for backend in ("server", "edge"):
            wait_quiet(args.max_wait)
            shard = work / f"cmp-{backend}"
            extra = ["--backend", backend, "--shard", str(shard), "--points", str(n_server)]
            build, rss, busy = run_worker(["--worker", "build", *extra, *common])
            if backend == "edge":
                q, _, _ = run_worker(query_args(shard, [], common))
                build.update({k: v for k, v in q.items() if k.startswith("hybrid")})
            build["peak_rss_mib"] = rss
            build["others"] = busy
            cmp[backend] = build
            print(
                f"\n{n_server:,} points, {backend}: upsert+flush {build['total_s']:.1f} s; "
                f"hybrid + meeting filter p50 {build['hybrid_meeting_p50_ms']:.2f} ms, "
                f"unfiltered p50 {build['hybrid_unfiltered_p50_ms']:.2f} ms; peak RSS "
                f"{rss:.0f} MiB",
                flush=True,
            )
        f["compare"] = cmp

        # summary ---------------------------------------------------------------------------
        _summary(f, n, n_server, efs)
        write_figures(args.json, f)
    return 0


def _say_recalls(per_ef: dict[str, dict[str, float]], detail: bool) -> None:
    """One line per search ef for a query worker's recall sweep; `detail` adds the tie-tolerant
    recall and p95, which only the main sweep reports."""
    for ef, r in per_ef.items():
        tolerant = f", tie-tolerant {r['recall_tolerant']:.4f}" if detail else ""
        p95 = f", p95 {r['p95_ms']:.2f} ms" if detail else ""
        print(
            f"  hnsw_ef {ef:>3}: recall@10 {r['recall_at_10']:.4f} (min "
            f"{r['recall_min']:.1f}{tolerant}), p50 {r['p50_ms']:.2f} ms{p95}",
            flush=True,
        )


def _summary(f: dict[str, Any], n: int, n_server: int, efs: list[int]) -> None:
    results = f["configs"]
    if not results:
        _compare_summary(f, n_server)
        return
    print(f"\n=== scale: {n:,} synthetic points on the Edge shard " + "=" * 30)
    print("HNSW settings (build = upsert + flush/optimise; recall@10 vs exact, 200 queries)")
    head = f"  {'m':>3} {'ef_c':>5} {'build s':>8} {'disk MiB':>9} {'RSS MiB':>8} "
    head += "".join(f"{'ef' + str(e) + ' rec':>10} {'p50 ms':>7} " for e in efs)
    print(head)
    for r in results:
        b, q = r["build"], r["query"]
        line = (
            f"  {r['m']:>3} {r['ef_construct']:>5} {b['total_s']:>8.1f} "
            f"{b['disk_kib'] / 1024:>9.0f} {r['build_rss_mib']:>8.0f} "
        )
        line += "".join(
            f"{q['ef'][str(e)]['recall_at_10']:>10.4f} {q['ef'][str(e)]['p50_ms']:>7.2f} "
            for e in efs
        )
        print(line)
    # cheapest = fastest build, then smallest ef, with recall >= target
    ok = [
        (r["build"]["total_s"], e, r)
        for r in results
        for e in efs
        if r["query"]["ef"][str(e)]["recall_at_10"] >= RECALL_TARGET
    ]
    ok.sort(key=lambda t: (t[2]["m"], t[2]["ef_construct"], t[1]))
    if ok:
        _, e, r = ok[0]
        rec = f"m={r['m']}, ef_construct={r['ef_construct']}, hnsw_ef={e}"
        f["recommended"] = {"m": r["m"], "ef_construct": r["ef_construct"], "hnsw_ef": e}
    else:
        best = max(
            ((r, e) for r in results for e in efs),
            key=lambda t: t[0]["query"]["ef"][str(t[1])]["recall_at_10"],
        )
        rec = (
            f"none reaches {RECALL_TARGET}; best m={best[0]['m']}, "
            f"ef_construct={best[0]['ef_construct']}, hnsw_ef={best[1]}"
        )
        f["recommended"] = None
    print(f"  cheapest setting with recall@10 >= {RECALL_TARGET}: {rec}")
    if "alt" in f:
        a = f["alt"]
        print(
            f"  copies reworded (noise {a['noise']}, cosine {f['alt_copy_cosine_to_seed']:.3f}), "
            f"m={a['m']} ef_construct={a['ef_construct']}: "
            + ", ".join(f"ef{e} recall {a['query']['ef'][str(e)]['recall_at_10']:.4f}" for e in efs)
        )
    d = results[0]
    b, q = d["build"], d["query"]
    print(f"\nfigures for the first setting (m={d['m']}, ef_construct={d['ef_construct']}):")
    print(row("what", "value", "target", "verdict"))
    print(row("upsert (batches of 256)", f"{b['upsert_s']:.1f} s"))
    print(row("flush (optimise: HNSW build)", f"{b['flush_optimise_s']:.1f} s"))
    print(row("upsert + flush", f"{b['total_s']:.1f} s"))
    print(row("index size on disk (allocated blocks)", f"{b['disk_kib'] / 1024:.0f} MiB"))
    print(row("  apparent size (sparse preallocation)", f"{b['apparent_kib'] / 1024:.0f} MiB"))
    print(row("peak RSS, build process", f"{d['build_rss_mib']:.0f} MiB"))
    print(row("reopen (EdgeStore(path))", f"{q['reopen_s']:.2f} s"))
    print(row("peak RSS, reopen + query process", f"{d['query_rss_mib']:.0f} MiB"))
    p50 = q["hybrid_meeting_p50_ms"]
    print_target("hybrid + meeting filter, p50 warm", f"{p50:.2f} ms", "< 20 ms", p50 < 20)
    print(row("  p95", f"{q['hybrid_meeting_p95_ms']:.2f} ms"))
    print(row("hybrid + 5-year range filter, p50", f"{q['hybrid_range_p50_ms']:.2f} ms"))
    print(row("hybrid unfiltered, p50", f"{q['hybrid_unfiltered_p50_ms']:.2f} ms"))
    for e in efs:
        recall = q["ef"][str(e)]["recall_at_10"]
        print_target(
            f"dense recall@10, hnsw_ef {e}",
            f"{recall:.4f}",
            f">= {RECALL_TARGET}",
            recall >= RECALL_TARGET,
        )
    _compare_summary(f, n_server)


def _compare_summary(f: dict[str, Any], n_server: int) -> None:
    print(f"\nat {n_server:,} points (same upsert + hybrid query):")
    for name, c in f["compare"].items():
        label = "ServerStore(':memory:')" if name == "server" else "EdgeStore"
        print(row(f"{label}: upsert + flush", f"{c['total_s']:.1f} s"))
        print(
            row(
                f"{label}: hybrid + meeting filter p50 ({c['hybrid_queries']} q)",
                f"{c['hybrid_meeting_p50_ms']:.2f} ms",
            )
        )
        print(row(f"{label}: hybrid unfiltered p50", f"{c['hybrid_unfiltered_p50_ms']:.2f} ms"))
        print(row(f"{label}: peak RSS", f"{c['peak_rss_mib']:.0f} MiB"))


if __name__ == "__main__":
    run_script(main, footer="--worker" not in sys.argv)
