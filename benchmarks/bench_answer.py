"""Benchmark answering: warm ask p50/p95 in the default mode, cold start to first answer, peak memory."""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TRACED_QUESTIONS = 20  # tracemalloc slows allocation, so it gets its own short pass after the timed one


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident set size so far (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(who).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def cold_child(index: str, question: str) -> None:
    """Run in a fresh process: import, load the assistant, answer once; print the stage times as JSON."""
    started = time.perf_counter()
    from rag.answer import Assistant

    imported = time.perf_counter()
    assistant = Assistant.load(index)
    loaded = time.perf_counter()
    answer = assistant.ask(question)
    answered = time.perf_counter()
    print(
        json.dumps(
            {
                "import_s": imported - started,
                "load_s": loaded - imported,
                "first_answer_s": answered - loaded,
                "in_process_s": answered - started,
                "peak_rss_mb": peak_rss_mb(),
                "abstained": answer.abstained,
            }
        )
    )


def cold_start(index: Path, question: str) -> dict:
    """Wall time of a fresh interpreter from launch to its first answer, with the child's own breakdown."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--cold-child", str(index), question]
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    started = time.perf_counter()
    done = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT, env=env)
    wall = time.perf_counter() - started
    stages = json.loads(done.stdout.strip().splitlines()[-1])
    return {"wall_s": wall, **stages}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cold-child", nargs=2, metavar=("INDEX", "QUESTION"), help=argparse.SUPPRESS)
    parser.add_argument("--corpus", default=str(ROOT / "corpus"))
    parser.add_argument("--index", default=None, help="existing index (default: build in a temp folder)")
    parser.add_argument("--qa", default=str(ROOT / "eval" / "qa.jsonl"))
    parser.add_argument("--questions", type=int, default=0, help="ask only the first N questions (0 = all)")
    parser.add_argument("--cold-runs", type=int, default=3)
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "answer.md"))
    args = parser.parse_args()
    if args.cold_child:
        cold_child(*args.cold_child)
        return

    from rag.answer import Assistant
    from rag.evaluation.qa import load_qa
    from rag.retrieval.retriever import Retriever

    items = load_qa(args.qa)
    if args.questions:
        items = items[: args.questions]
    with tempfile.TemporaryDirectory() as tmp:
        index = Path(args.index) if args.index else Path(tmp) / "index"
        build_s = None
        if not args.index:
            started = time.perf_counter()
            Retriever.build(args.corpus, index)
            build_s = time.perf_counter() - started

        first = next(item.question for item in items if item.answerable)
        colds = [cold_start(index, first) for _ in range(args.cold_runs)]
        print(f"cold start to first answer: {[round(c['wall_s'], 2) for c in colds]} s", flush=True)

        assistant = Assistant.load(index)
        for item in items[:3]:
            assistant.ask(item.question)  # warm-up: first-call allocations, lazy imports
        latencies = []
        for item in items[3:]:
            started = time.perf_counter()
            assistant.ask(item.question)
            latencies.append((time.perf_counter() - started) * 1000)
        warm_rss = peak_rss_mb()

        tracemalloc.start()
        for item in items[3 : 3 + TRACED_QUESTIONS]:
            assistant.ask(item.question)
        _, traced_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        mode = getattr(assistant, "mode", None) or "default"

    results = {
        "mode": mode,
        "questions_timed": len(latencies),
        "ask_ms": latencies,
        "ask_p50_ms": statistics.median(latencies),
        "ask_p95_ms": percentile(latencies, 0.95),
        "cold": colds,
        "cold_start_median_s": statistics.median(c["wall_s"] for c in colds),
        "cold_peak_rss_mb": max(c["peak_rss_mb"] for c in colds),
        "warm_process_peak_rss_mb": warm_rss,
        "ask_tracemalloc_peak_mb": traced_peak / 2**20,
        "build_in_process_s": build_s,
        "cpu_count": os.cpu_count(),
    }
    cold = results["cold"][0]
    rows = [
        "| measure | value |",
        "|---|---|",
        f"| warm ask p50 / p95 ({mode} mode, {len(latencies)} questions) | "
        f"{results['ask_p50_ms']:.1f} / {results['ask_p95_ms']:.1f} ms |",
        f"| cold start to first answer, fresh process (median of {len(colds)}) | "
        f"{results['cold_start_median_s']:.2f} s |",
        f"| … of which imports / load assistant+index / first answer (first run) | "
        f"{cold['import_s']:.2f} / {cold['load_s']:.2f} / {cold['first_answer_s']:.2f} s |",
        f"| peak RSS, fresh process after first answer | {results['cold_peak_rss_mb']:.0f} MB |",
        f"| peak RSS, benchmark process after all warm asks | {warm_rss:.0f} MB |",
        f"| peak Python heap during {TRACED_QUESTIONS} asks (tracemalloc) | "
        f"{results['ask_tracemalloc_peak_mb']:.1f} MB |",
    ]
    table = "\n".join(rows)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(f"# Answer benchmark\n\nmachine: {os.cpu_count()} cores\n\n{table}\n", encoding="utf-8")
    out.with_suffix(".json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    print(table)


if __name__ == "__main__":
    main()
