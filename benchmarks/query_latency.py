"""Query latency: a fresh `boardqa ask` process, warm answers, and filtered hybrid retrieval.

    .venv/bin/python benchmarks/query_latency.py [--quick] [--index DIR] [--runs N]

Without --index the seed corpus is indexed into a temp dir first (encoder exported once).
(a) `boardqa ask "What happened to action 6?" --index DIR` as a fresh process: wall time, median
    of 5 after one untimed warm-up (page cache) and with the package byte-compiled as an
    install leaves it (`compileall`; see PYTHONDONTWRITEBYTECODE), peak RSS; whether torch is imported
    (target < 1.5 s, no torch). The interpreter's bare start-up and the slowest imports
    (`-X importtime`) are printed to show where the time goes.
(b) warm answers in one process: `Answerer.ask` over every question in evals/questions.jsonl
    (follow-ups: earlier turns asked untimed, the last timed, as the eval runner does), after a
    warm-up pass; p50/p95 (target p50 < 50 ms).
(c) hybrid filtered retrieval alone: `store.hybrid_search` with a meeting filter, with the
    query vectors computed beforehand, as the retriever calls it (limit 40, prefetch 60);
    p50/p95 warm (target p50 < 20 ms). Unfiltered search and query encoding for context.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (
    BOARDQA,
    PYTHON,
    QUESTIONS,
    Meter,
    build_seed_index,
    machine,
    median,
    metered_time_v,
    percentile,
    print_target,
    row,
    run_script,
    scratch_dir,
    time_v,
    wait_quiet,
    write_figures,
)

QUESTION = "What happened to action 6?"
MEETING = date(2021, 3, 19)

_TORCH_PROBE = """
import sys
from boardqa.cli import main
code = main(sys.argv[1:])
heavy = sorted(m for m in ("torch", "sentence_transformers", "transformers") if m in sys.modules)
print("HEAVY=" + ",".join(heavy), file=sys.stderr)
sys.exit(code)
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="fewer runs and questions")
    ap.add_argument("--index", help="an existing index (default: build one in a temp dir)")
    ap.add_argument("--runs", type=int, default=None, help="fresh-process runs (default 5)")
    ap.add_argument("--max-wait", type=float, default=120, help="seconds to wait for quiet")
    ap.add_argument("--json", help="also write the figures to this JSON file")
    args = ap.parse_args()
    runs = args.runs or (3 if args.quick else 5)
    f: dict[str, object] = {"machine": machine()}
    with scratch_dir("query") as work:
        print(f"query_latency: {machine()}", flush=True)
        if args.index:
            index = Path(args.index)
        else:
            index = work / "index"
            _, t_export, t_build = build_seed_index(index, work)
            print(
                f"built a seed index in {t_build:.1f} s (export {t_export:.1f} s) at {index}",
                flush=True,
            )

        # (a) fresh process ------------------------------------------------------------------
        # As installed: pip byte-compiles a package when it installs it, and Python writes
        # the bytecode of an editable one on its first run, unless PYTHONDONTWRITEBYTECODE is
        # set (as on the development sandbox), when every run would compile ~70 modules
        # from source again. Compile them once here, as an install would.
        package = Path(__file__).resolve().parents[1] / "src" / "boardqa"
        subprocess.run([PYTHON, "-m", "compileall", "-q", str(package)], check=True)
        f["bytecode_written_by_python"] = not os.environ.get("PYTHONDONTWRITEBYTECODE")
        cmd = [BOARDQA, "ask", QUESTION, "--index", str(index)]
        first = subprocess.run(cmd, capture_output=True, text=True, check=True)
        print(f"\n(a) {' '.join(cmd[1:3])!r}: answer starts {first.stdout.strip()[:70]!r}...")
        wait_quiet(args.max_wait)
        fresh = []
        for _ in range(runs):
            m, _ = metered_time_v(cmd)
            fresh.append(m)
            print(
                f"  run: {m.wall:.3f} s wall, {m.cpu:.2f} s CPU, RSS {m.rss_mib:.0f} MiB, "
                f"others busy {m.others:.1f} cores",
                flush=True,
            )
        f["fresh_ask_s"] = median([m.wall for m in fresh])
        f["fresh_ask_cpu_s"] = median([m.cpu for m in fresh])
        f["fresh_ask_rss_mib"] = max(m.rss_mib for m in fresh)
        f["fresh_ask_others_cores"] = median([m.others for m in fresh])
        probe = subprocess.run(
            [PYTHON, "-c", _TORCH_PROBE, "ask", QUESTION, "--index", str(index)],
            capture_output=True,
            text=True,
            check=True,
        )
        heavy = [ln for ln in probe.stderr.splitlines() if ln.startswith("HEAVY=")][-1][6:]
        f["heavy_imports"] = heavy
        bare = median(
            [time_v([PYTHON, "-c", "pass"])["wall"] for _ in range(3)]
        )  # interpreter only
        f["python_startup_s"] = bare
        imp = subprocess.run(
            [PYTHON, "-X", "importtime", "-c", "import boardqa.cli, boardqa.ask"],
            capture_output=True,
            text=True,
        )
        top = _top_imports(imp.stderr, 8)
        ask_imp = subprocess.run(
            [
                PYTHON,
                "-X",
                "importtime",
                "-c",
                _TORCH_PROBE,
                "ask",
                QUESTION,
                "--index",
                str(index),
            ],
            capture_output=True,
            text=True,
        )
        top_ask = _top_imports(ask_imp.stderr, 10)
        print(f"  heavy modules imported: {heavy or 'none'}; bare interpreter {bare:.3f} s")
        print("  slowest top-level imports during `ask` (cumulative, ms):")
        for name, us in top_ask:
            print(f"    {us / 1000:8.1f}  {name}")
        f["top_imports_ask_ms"] = {n: us / 1000 for n, us in top_ask}
        f["top_imports_cli_ms"] = {n: us / 1000 for n, us in top}

        # (b) warm answers ---------------------------------------------------------------
        from boardqa.ask import Answerer
        from boardqa.conversation import Conversation
        from boardqa.evals.gold import load_questions
        from boardqa.services import Services, Settings

        questions = load_questions(QUESTIONS)
        if args.quick:
            questions = questions[::5]
        with Meter() as m:
            answerer = Answerer(Services(Settings(index_dir=index)))
        f["answerer_open_s"] = m.wall
        print(f"\n(b) Answerer opened in {m.wall:.3f} s; {len(questions)} eval questions")

        def ask_all(timed_out: list[float] | None) -> None:
            for q in questions:
                conversation = Conversation() if len(q.turns) > 1 else None
                for turn in q.turns[:-1]:
                    answerer.ask(turn, conversation)
                t0 = time.perf_counter()
                answerer.ask(q.turns[-1], conversation)
                if timed_out is not None:
                    timed_out.append(time.perf_counter() - t0)

        ask_all(None)  # warm-up pass
        wait_quiet(args.max_wait)
        lat: list[float] = []
        with Meter() as m:
            ask_all(lat)
        by_id = dict(zip([q.id for q in questions], lat, strict=True))
        f["warm_answer_p50_ms"] = percentile(lat, 50) * 1000
        f["warm_answer_p95_ms"] = percentile(lat, 95) * 1000
        f["warm_answer_max_ms"] = max(lat) * 1000
        f["warm_answer_others_cores"] = m.others
        slow = sorted(by_id.items(), key=lambda kv: -kv[1])[:5]
        per_type: dict[str, list[float]] = {}
        for q in questions:
            per_type.setdefault(q.type, []).append(by_id[q.id])
        f["warm_answer_p50_by_type_ms"] = {
            t: percentile(v, 50) * 1000 for t, v in sorted(per_type.items())
        }
        print(
            f"  p50 {f['warm_answer_p50_ms']:.1f} ms, p95 {f['warm_answer_p95_ms']:.1f} ms, "
            f"max {f['warm_answer_max_ms']:.1f} ms (others busy {m.others:.1f} cores)"
        )
        print(
            "  p50 by type (ms): "
            + ", ".join(f"{t} {v:.0f}" for t, v in f["warm_answer_p50_by_type_ms"].items())
        )
        print("  slowest: " + ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in slow))

        # (c) hybrid filtered retrieval -----------------------------------------------------
        from boardqa.index.store import SearchFilter

        services = answerer.services
        store, encoder, sparse = services.store, services.query_encoder, services.sparse
        texts = [q.turns[-1] for q in questions]
        enc_lat = []
        queries = []
        for t in texts:
            t0 = time.perf_counter()
            vec = encoder.embed_query(t)
            enc_lat.append(time.perf_counter() - t0)
            queries.append((vec.tolist(), sparse.encode_query(t)))
        f["encode_query_p50_ms"] = percentile(enc_lat, 50) * 1000
        flt = SearchFilter(meetings=(MEETING,), point_types=("paragraph",))
        passes = 1 if args.quick else 3

        def search_all(filt: SearchFilter | None) -> list[float]:
            out = []
            for dense, sp in queries:
                t0 = time.perf_counter()
                hits = store.hybrid_search(dense, sp, filt, limit=40, prefetch=60)
                out.append(time.perf_counter() - t0)
                assert filt is None or all(
                    MEETING.isoformat() in h.payload["record_dates"] for h in hits
                )
            return out

        search_all(flt)  # warm-up
        wait_quiet(args.max_wait)
        with Meter() as m:
            hy = [x for _ in range(passes) for x in search_all(flt)]
        un = [x for _ in range(passes) for x in search_all(None)]
        f["hybrid_filtered_p50_ms"] = percentile(hy, 50) * 1000
        f["hybrid_filtered_p95_ms"] = percentile(hy, 95) * 1000
        f["hybrid_unfiltered_p50_ms"] = percentile(un, 50) * 1000
        f["hybrid_others_cores"] = m.others
        f["points"] = store.count()
        print(
            f"\n(c) hybrid_search, meeting {MEETING} filter, {len(hy)} queries over "
            f"{f['points']} points: p50 {f['hybrid_filtered_p50_ms']:.2f} ms, "
            f"p95 {f['hybrid_filtered_p95_ms']:.2f} ms; unfiltered p50 "
            f"{f['hybrid_unfiltered_p50_ms']:.2f} ms; encode_query p50 "
            f"{f['encode_query_p50_ms']:.1f} ms"
        )
        answerer.close()

        # summary ---------------------------------------------------------------------------
        print("\n=== query_latency: figures " + "=" * 52)
        print(row("what", "value", "target", "verdict"))
        fresh_s = f["fresh_ask_s"]
        print_target(
            f"(a) fresh `boardqa ask` process, median of {runs}",
            f"{fresh_s:.3f} s",
            "< 1.5 s",
            fresh_s < 1.5,
        )
        print_target("    torch / sentence-transformers imported", heavy or "no", "no", not heavy)
        print(row("    peak RSS", f"{f['fresh_ask_rss_mib']:.0f} MiB"))
        print(row("    bare interpreter start-up", f"{bare:.3f} s"))
        warm_p50 = f["warm_answer_p50_ms"]
        print_target("(b) warm Answerer.ask, p50", f"{warm_p50:.1f} ms", "< 50 ms", warm_p50 < 50)
        print(row("    p95", f"{f['warm_answer_p95_ms']:.1f} ms"))
        hybrid_p50 = f["hybrid_filtered_p50_ms"]
        print_target(
            "(c) hybrid_search + meeting filter, p50 warm",
            f"{hybrid_p50:.2f} ms",
            "< 20 ms",
            hybrid_p50 < 20,
        )
        print(row("    p95", f"{f['hybrid_filtered_p95_ms']:.2f} ms"))
        print(row("    query encoding (ONNX), p50", f"{f['encode_query_p50_ms']:.1f} ms"))
        others = max(
            f["fresh_ask_others_cores"], f["warm_answer_others_cores"], f["hybrid_others_cores"]
        )
        print(f"  (other processes kept up to {others:.1f} of 2 cores busy during the timings)")
        write_figures(args.json, f)
    return 0


def _top_imports(stderr: str, n: int) -> list[tuple[str, int]]:
    """Top-level imports by cumulative microseconds, from `-X importtime` lines of the form
    `import time: self | cumulative | name` (a nested import's name is indented)."""
    out = []
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        raw = line[len("import time:") :].split("|")
        if len(raw) != 3 or raw[2].startswith("  "):
            continue
        out.append((raw[2].strip(), int(raw[1].strip())))
    return sorted(out, key=lambda kv: -kv[1])[:n]


if __name__ == "__main__":
    run_script(main)
