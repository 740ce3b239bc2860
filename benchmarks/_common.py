"""Helpers shared by the benchmark scripts (not part of the package)."""

from __future__ import annotations

import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
QUESTIONS = ROOT / "evals" / "questions.jsonl"
PYTHON = sys.executable
BIN = Path(sys.executable).parent
BOARDQA = str(BIN / "boardqa")

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def median(xs: Sequence[float]) -> float:
    return statistics.median(xs)


def percentile(xs: Sequence[float], q: float) -> float:
    """Linear-interpolated percentile, q in [0, 100]."""
    s = sorted(xs)
    if not s:
        return float("nan")
    pos = (len(s) - 1) * q / 100
    lo = int(pos)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (pos - lo)


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def du_kib(path: Path) -> int:
    """Disk usage in KiB from allocated blocks (st_blocks), not apparent size: the Edge shard
    preallocates sparse files far larger than their data."""
    total = 0
    for f in [path, *path.rglob("*")]:
        try:
            st = f.lstat()
        except FileNotFoundError:
            continue
        total += st.st_blocks * 512
    return total // 1024


def apparent_kib(path: Path) -> int:
    return sum(f.lstat().st_size for f in path.rglob("*") if f.is_file()) // 1024


def du_sk(path: Path) -> int | None:
    """`du -sk` as a cross-check of du_kib."""
    try:
        out = subprocess.run(["du", "-sk", str(path)], capture_output=True, text=True, check=True)
        return int(out.stdout.split()[0])
    except (OSError, subprocess.CalledProcessError, ValueError):
        return None


def machine() -> str:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{kb / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return (
        f"{date.today().isoformat()}; {os.cpu_count()} cores ({cpu}); {mem} RAM; "
        f"Python {platform.python_version()}; {platform.system()} {platform.release()}"
    )


def export_encoder(target: Path) -> float:
    """Export the ONNX encoder once; returns seconds (torch import included)."""
    t0 = time.perf_counter()
    from boardqa.index.onnx_encoder import export_onnx

    export_onnx(target)
    return time.perf_counter() - t0


def seed_drafts(paths: Sequence[Path] = (CORPUS,)):
    """The points `index_paths` would write for the seed corpus (parse + link duplicates)."""
    from boardqa.index.build import collect_files
    from boardqa.index.points import points_for
    from boardqa.parse import parse_file
    from boardqa.parse.duplicates import link_duplicates

    archives = link_duplicates([parse_file(f) for f in collect_files(paths)])
    return archives, [d for a in archives for d in points_for(a)]


def build_index(index_dir: Path, encoder_dir: Path, paths: Sequence[Path] = (CORPUS,)):
    """Index `paths` into `index_dir` as `boardqa index` does (Edge backend), with a copy of an
    already exported encoder; returns the IndexReport."""
    from boardqa.services import Settings, index_files

    if not (index_dir / "encoder").exists():
        index_dir.mkdir(parents=True, exist_ok=True)
        shutil.copytree(encoder_dir, index_dir / "encoder")
    return index_files(Settings(index_dir=index_dir), paths)


def build_seed_index(index_dir: Path, work: Path) -> tuple[Any, float, float]:
    """Export the encoder into `work` and index the seed corpus into `index_dir`: what a script
    run without --index does first. Returns (IndexReport, export seconds, build wall seconds)."""
    t_export = export_encoder(work / "encoder")
    t0 = time.perf_counter()
    report = build_index(index_dir, work / "encoder")
    assert not report.errors, report.errors
    return report, t_export, time.perf_counter() - t0


def time_v(cmd: Sequence[str], **kw: Any) -> dict[str, Any]:
    """Run `cmd` under /usr/bin/time -v; wall seconds (perf_counter) and peak RSS (MiB)."""
    t0 = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-v", *cmd], capture_output=True, text=True, **kw)
    wall = time.perf_counter() - t0
    rss_kb = None
    for line in proc.stderr.splitlines():
        if "Maximum resident set size" in line:
            rss_kb = int(line.rsplit(":", 1)[1])
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    return {
        "wall": wall,
        "rss_mib": rss_kb / 1024 if rss_kb else None,
        "stdout": proc.stdout,
        "stderr": proc.stderr,
    }


@contextmanager
def scratch_dir(name: str, keep: bool = False, gap: str = "") -> Iterator[Path]:
    """A temp dir `boardqa-bench-NAME-*` for one run, removed afterwards even when the run fails
    (the scripts write nowhere else); with `keep` it stays and is printed, after `gap`."""
    work = Path(tempfile.mkdtemp(prefix=f"boardqa-bench-{name}-"))
    try:
        yield work
    finally:
        if keep:
            print(f"{gap}kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def write_figures(path: str | None, figures: dict[str, Any]) -> None:
    """Write the figures as JSON if --json named a file, so that runs can be compared later."""
    if path:
        Path(path).write_text(json.dumps(figures, indent=1))


def row(label: str, value: str, target: str = "", verdict: str = "") -> str:
    return f"  {label:<58} {value:>14}  {target:<12} {verdict}"


def verdict(ok: bool) -> str:
    return "MET" if ok else "NOT MET"


def print_target(label: str, value: str, target: str, ok: bool) -> None:
    """Print a summary row that has a target, with its verdict: every summary has several, and
    one call keeps each row's target and test side by side."""
    print(row(label, value, target, verdict(ok)))


def run_script(main: Callable[[], int], footer: bool = True) -> NoReturn:
    """Run a script's `main`, print how long the whole benchmark took (runs are long and the
    machine shared, so the reader wants it next to the figures) and exit with its code."""
    t0 = time.perf_counter()
    code = main()
    if footer:
        print(f"\n(benchmark took {time.perf_counter() - t0:.0f} s)")
    sys.exit(code)


# -- contention: this machine is shared (other sessions run tests on the same 2 cores) ------


def _busy_ticks() -> tuple[int, int]:
    """(busy, total) jiffies over all CPUs from /proc/stat."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return sum(fields) - idle, sum(fields)


def _own_cpu() -> float:
    import resource

    s = resource.getrusage(resource.RUSAGE_SELF)
    c = resource.getrusage(resource.RUSAGE_CHILDREN)
    return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime


class Meter:
    """Wall and CPU seconds of a phase, and how many cores *other* processes kept busy
    meanwhile (machine busy time from /proc/stat minus this process and its children).
    Children count once they have been waited for, which subprocess.run does."""

    HZ = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    rss_mib: float | None = None  # peak RSS of a timed process, set by metered_time_v

    def __enter__(self) -> Meter:
        self.t0 = time.perf_counter()
        self.c0 = _own_cpu()
        self.b0, _ = _busy_ticks()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self.t0
        self.cpu = _own_cpu() - self.c0
        busy = (_busy_ticks()[0] - self.b0) / self.HZ
        self.others = max(0.0, (busy - self.cpu) / self.wall) if self.wall > 0 else 0.0


def metered_time_v(cmd: Sequence[str]) -> tuple[Meter, dict[str, Any]]:
    """`time_v(cmd)` inside a Meter, its peak RSS kept on the Meter: a timed process wants both
    its own figures and how busy the rest of the machine was meanwhile."""
    with Meter() as m:
        res = time_v(cmd)
    m.rss_mib = res["rss_mib"]
    return m, res


def others_busy(sample: float = 2.0) -> float:
    with Meter() as m:
        time.sleep(sample)
    return m.others


def wait_quiet(
    max_wait: float, threshold: float = 0.3, say: Callable[[str], None] = print
) -> float:
    """Wait (at most `max_wait` s) until other processes use < `threshold` cores; returns the
    last reading. Timings taken while others are busy are slower and are flagged."""
    deadline = time.monotonic() + max_wait
    reading = others_busy()
    waited = False
    while reading >= threshold and time.monotonic() < deadline:
        if not waited:
            say(f"  (other processes busy on {reading:.1f} cores; waiting up to {max_wait:.0f} s)")
            waited = True
        time.sleep(5)
        reading = others_busy()
    return reading
