"""The llama-index baseline of `boardqa eval --compare-llamaindex`, on the real corpus and
question set.

The full run happens in a subprocess: this test process has already imported torch (the
session's `encoder_dir` fixture exports the model with it), and the point to check is that the
baseline itself never does, nor opens a network connection.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
QUESTIONS = ROOT / "evals" / "questions.jsonl"

# Run in a fresh interpreter: sockets refuse to connect (the baseline must stay offline), the
# ONNX encoder comes from the seed index (its store is never opened: another test holds it),
# and the last line printed is the result plus what got imported.
_SCRIPT = r"""
import json, socket, sys
from pathlib import Path

def _refuse(*args, **kwargs):
    raise OSError("network access attempted by the llama-index baseline")

socket.socket.connect = _refuse
socket.create_connection = _refuse

import boardqa.evals.llamaindex_baseline as B
light = "llama_index" not in sys.modules and "torch" not in sys.modules

from boardqa.evals.gold import load_questions
from boardqa.services import Services, Settings

index_dir, corpus, questions = (Path(a) for a in sys.argv[1:4])
services = Services(Settings(index_dir=index_dir))
assert services.query_encoder is not None, "no ONNX encoder in the seed index"
result = B.run_baseline(load_questions(questions), corpus, services)
print(json.dumps({
    "result": result,
    "light_import": light,
    "torch": "torch" in sys.modules,
    "transformers": "transformers" in sys.modules,
    "table": B.format_comparison({"metrics": result["metrics"], "llamaindex": result}),
}))
"""


@pytest.fixture(scope="module")
def baseline_run(seed_index: Path) -> dict:
    proc = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(seed_index), str(CORPUS), str(QUESTIONS)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_baseline_structure_and_scores(baseline_run: dict) -> None:
    result = baseline_run["result"]
    assert set(result["metrics"]) == {
        "hit_at_1",
        "hit_at_3",
        "citation_precision",
        "fact_recall",
        "abstention_f1",
        "false_abstention_rate",
        "latency_p50_ms",
        "median_citation_chars",
    }
    assert result["config"] == {
        "chunk_size": 1024,
        "chunk_overlap": 200,
        "top_k": 3,
        "embedding": "all-MiniLM-L6-v2",
    }
    m = result["metrics"]
    assert 0.0 <= m["hit_at_1"] <= m["hit_at_3"] <= 1.0
    assert 0.0 <= m["citation_precision"] <= 1.0
    assert 0.0 <= m["fact_recall"] <= 1.0
    # It never abstains: every unanswerable question is missed, no answerable one is refused.
    assert m["abstention_f1"] == 0.0
    assert m["false_abstention_rate"] == 0.0
    assert m["latency_p50_ms"] > 0
    # The point of the comparison: the baseline cites whole ~4k-character chunks.
    assert m["median_citation_chars"] > 1500
    assert result["chunks"] > 10
    assert result["build_seconds"] > 0
    assert result["questions"] == 150


def test_baseline_imports_neither_torch_nor_llama_index_early(baseline_run: dict) -> None:
    assert baseline_run["light_import"], "importing the module pulled in llama_index or torch"
    assert not baseline_run["torch"]
    assert not baseline_run["transformers"]


def test_comparison_table_from_a_real_run(baseline_run: dict) -> None:
    lines = baseline_run["table"].splitlines()
    assert lines[0].startswith("| system | hit@1 | hit@3 |")
    assert lines[2].startswith("| boardqa |")
    assert lines[3].startswith("| llama-index defaults |")
    assert "chunk_size 1024" in baseline_run["table"]


def test_comparison_table_marks_what_boardqa_lacks() -> None:
    from boardqa.evals.llamaindex_baseline import format_comparison

    ours = {
        "hit_at_1": 0.5,
        "hit_at_3": 0.75,
        "citation_precision": 0.6,
        "fact_recall": 0.8,
        "abstention_f1": 0.7,
        "false_abstention_rate": 0.05,
        "latency_p50_ms": 42.25,
    }
    base = {**dict.fromkeys(ours, 0.0), "median_citation_chars": 4300.0}
    summary = {"metrics": ours, "llamaindex": {"metrics": base, "config": {}}}
    rows = format_comparison(summary).splitlines()
    assert rows[2] == "| boardqa | 0.500 | 0.750 | 0.600 | 0.800 | 0.700 | 0.050 | 42.2 | - |"
    assert rows[3].endswith("| 4300 |")
    summary["median_citation_chars"] = 380
    assert format_comparison(summary).splitlines()[2].endswith("| 380 |")
