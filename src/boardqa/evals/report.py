"""The eval's Markdown report (tables, failures with what was expected and what came back) and a
PNG bar chart of per-type scores; and the difference against a baseline run."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from boardqa.evals.runner import METRIC_NAMES, Outcome

CHART_METRICS = ("hit_at_3", "citation_precision", "fact_recall", "abstention_f1")


def diff_against(baseline: dict[str, Any], current: dict[str, Any]) -> dict[str, float]:
    old = baseline.get("metrics", {})
    return {k: round(current["metrics"][k] - old[k], 4) for k in METRIC_NAMES if k in old}


def format_table(summary: dict[str, Any], baseline: dict[str, Any] | None = None) -> str:
    delta = diff_against(baseline, summary) if baseline else {}
    lines = [
        "| metric | value |" + (" Δ baseline |" if delta else ""),
        "|---|---|" + ("---|" if delta else ""),
    ]
    for k in METRIC_NAMES:
        row = f"| {k} | {summary['metrics'][k]:.3f} |"
        if delta:
            row += f" {delta.get(k, 0):+.3f} |"
        lines.append(row)
    return "\n".join(lines)


def format_by_type(summary: dict[str, Any]) -> str:
    cols = (
        "questions",
        "hit_at_3",
        "citation_precision",
        "fact_recall",
        "abstention_f1",
        "false_abstention_rate",
    )
    lines = ["| type | " + " | ".join(cols) + " |", "|---" * (len(cols) + 1) + "|"]
    for t, m in summary["by_type"].items():
        cells = [str(m["questions"])] + [f"{m[c]:.3f}" for c in cols[1:]]
        lines.append(f"| {t} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def write_report(
    folder: Path,
    summary: dict[str, Any],
    outcomes: list[Outcome],
    baseline: dict[str, Any] | None = None,
) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    chart = _chart(folder / "by_type.png", summary)
    parts = [
        "# boardqa eval",
        f"{summary['questions']} questions.",
        "## Overall",
        format_table(summary, baseline),
        "## By type",
        format_by_type(summary),
    ]
    if chart:
        parts.append(f"![per-type scores]({chart.name})")
    parts.append("## Failures")
    by_id = {o.question.id: o for o in outcomes}
    for f in summary["failures"]:
        o = by_id[f["id"]]
        q = o.question
        expected = "; ".join(" / ".join(alts) for alts in q.facts) or "(abstain)"
        parts.append(f"### {q.id} ({q.type}): {f['why']}")
        parts.append(f"- question: {' → '.join(q.turns)}")
        parts.append(f"- expected: {expected}")
        parts.append(f"- got: {o.answer.text}")
        for c in o.answer.citations:
            parts.append(f"  - [{c.n}] {c.location()}: {c.text[:300]}")
    path = folder / "report.md"
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    return path


def _chart(path: Path, summary: dict[str, Any]) -> Path | None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return None
    types = list(summary["by_type"])
    fig, ax = plt.subplots(figsize=(10, 4.5))
    width = 0.8 / len(CHART_METRICS)
    for i, metric in enumerate(CHART_METRICS):
        values = [summary["by_type"][t][metric] for t in types]
        ax.bar([x + i * width for x in range(len(types))], values, width, label=metric)
    ax.set_xticks([x + 0.4 - width / 2 for x in range(len(types))], types, rotation=30, ha="right")
    ax.set_ylim(0, 1.05)
    ax.legend(loc="lower right", fontsize=8)
    ax.set_title("boardqa eval by question type")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path
