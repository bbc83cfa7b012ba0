"""Run every benchmark script and collect the headline figures into benchmarks/results/summary.md."""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"

Row = tuple[str, str]  # (measure, value)


@dataclass
class Bench:
    """One benchmark script: how to run it quickly or fully, and how to read its results."""

    name: str
    script: str
    quick_args: list[str] | None = field(default_factory=list)  # None: quick runs reuse the last full results
    full_args: list[str] = field(default_factory=list)
    rows: Callable[[Path], list[Row]] = lambda results: []
    optional: bool = False  # skipped silently when the script is absent


def _load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def retrieval_rows(results: Path) -> list[Row]:
    data = _load(results / "retrieval.json")
    builds = sorted(data["cold_build_s"])
    rows = [
        (
            "index build, 5 documents, fresh process incl. model load (median)",
            f"{builds[len(builds) // 2]:.2f} s",
        )
    ]
    passes = data.get("round_p50_ms", {})
    for mode, latencies in data["latency_ms"].items():
        spread = f" (passes: {', '.join(f'{p:.1f}' for p in passes[mode])})" if passes.get(mode) else ""
        rows.append(
            (f"warm search p50 / p95, {mode}", f"{_pct(latencies, 0.5):.1f} / {_pct(latencies, 0.95):.1f} ms{spread}")
        )
    hits = data["hits"].get("hybrid", {})
    if hits:
        shares = " / ".join(f"{hits[k] / data['n']:.3f}" for k in sorted(hits, key=int))
        rows.append(
            (f"hybrid hit@{'/'.join(sorted(hits, key=int))} ({data['n']} answerable questions)", shares)
        )
    return rows


def answer_rows(results: Path) -> list[Row]:
    data = _load(results / "answer.json")
    cold = data["cold"][0]
    return [
        (
            f"warm ask p50 / p95 ({data['mode']} mode, {data['questions_timed']} questions)",
            f"{data['ask_p50_ms']:.1f} / {data['ask_p95_ms']:.1f} ms",
        ),
        (
            f"cold start to first answer, fresh process (median of {len(data['cold'])})",
            f"{data['cold_start_median_s']:.2f} s",
        ),
        (
            "… imports / load assistant and index / first answer",
            f"{cold['import_s']:.2f} / {cold['load_s']:.2f} / {cold['first_answer_s']:.2f} s",
        ),
        ("peak memory (RSS), fresh process after first answer", f"{data['cold_peak_rss_mb']:.0f} MB"),
        ("peak memory (RSS), process after all warm asks", f"{data['warm_process_peak_rss_mb']:.0f} MB"),
        ("peak Python heap while answering (tracemalloc)", f"{data['ask_tracemalloc_peak_mb']:.1f} MB"),
    ]


def markdown_rows(results: Path, stem: str) -> list[Row]:
    """Fallback: every row of the first Markdown table a script wrote to results/<stem>.md, flattened."""
    path = results / f"{stem}.md"
    if not path.exists():
        return []
    table = [line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("|")]
    if len(table) < 3:
        return []
    header = [c.strip() for c in table[0].strip("|").split("|")]
    rows = []
    for line in table[2:]:
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) == 2:
            rows.append((cells[0], cells[1]))
        else:
            rows.append(
                (f"{header[0]} {cells[0]}", "; ".join(f"{h} {c}" for h, c in zip(header[1:], cells[1:])))
            )
    return rows


BENCHES = [
    Bench("retrieval", "bench_retrieval.py", ["--repeat", "5"], [], retrieval_rows),
    Bench("answer", "bench_answer.py", ["--cold-runs", "1"], [], answer_rows),
    Bench(
        "FAISS scale",
        "faiss_scale.py",
        None,  # 1M vectors take many minutes: only `--full` rebuilds these figures
        ["--sizes", "10000,100000,1000000", "--data", "clustered"],
        lambda r: markdown_rows(r, "faiss_scale_clustered"),
        optional=True,
    ),
    Bench("load test", "load_test.py", [], [], lambda r: markdown_rows(r, "load_test"), optional=True),
]


def run(bench: Bench, full: bool, timeout: float) -> tuple[str, float]:
    """Run one script in a fresh interpreter; returns (status, seconds)."""
    cmd = [sys.executable, str(HERE / bench.script), *(bench.full_args if full else bench.quick_args)]
    print(f"== {bench.name}: {' '.join(cmd[1:])}", flush=True)
    started = time.perf_counter()
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    try:
        done = subprocess.run(cmd, cwd=ROOT, env=env, timeout=timeout, capture_output=True, text=True)
    except subprocess.TimeoutExpired:
        return f"timed out after {timeout:.0f} s", time.perf_counter() - started
    seconds = time.perf_counter() - started
    sys.stdout.write(done.stdout)
    if done.returncode != 0:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return f"failed (exit {done.returncode}): {tail}", seconds
    return "ok", seconds


def summary_markdown(sections: list[tuple[Bench, str, float, list[Row]]]) -> str:
    lines = [
        "# Benchmark summary",
        "",
        f"Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}; written by `python benchmarks/run_all.py` on "
        f"{time.strftime('%Y-%m-%d %H:%M')}. Per-script details are in the other files of this folder.",
        "",
        "| benchmark | measure | value |",
        "|---|---|---|",
    ]
    for bench, status, seconds, rows in sections:
        if status != "ok":
            lines.append(f"| {bench.name} | {bench.script} | {status.replace('|', '/')} |")
            continue
        for measure, value in rows:
            lines.append(f"| {bench.name} | {measure.replace('|', '/')} | {value.replace('|', '/')} |")
        if not rows:
            lines.append(f"| {bench.name} | {bench.script} | ran in {seconds:.0f} s; no figures found |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--full", action="store_true", help="full sizes (FAISS up to 1M vectors; slow)")
    parser.add_argument("--only", action="append", help="run only these benchmark names (repeatable)")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds per script")
    args = parser.parse_args()
    sections = []
    for bench in BENCHES:
        if args.only and bench.name not in args.only:
            continue
        if not (HERE / bench.script).exists():
            if not bench.optional:
                sections.append((bench, "script missing", 0.0, []))
            continue
        if not args.full and bench.quick_args is None:
            rows = bench.rows(RESULTS)
            sections.append((bench, "ok" if rows else "not run (use --full)", 0.0, rows))
            continue
        status, seconds = run(bench, args.full, args.timeout)
        rows: list[Row] = []
        if status == "ok":
            try:
                rows = bench.rows(RESULTS)
            except (OSError, KeyError, ValueError) as exc:
                status = f"results unreadable: {exc}"
        sections.append((bench, status, seconds, rows))
    RESULTS.mkdir(parents=True, exist_ok=True)
    text = summary_markdown(sections)
    (RESULTS / "summary.md").write_text(text, encoding="utf-8")
    print(text)
    if any(status != "ok" for _, status, _, _ in sections):
        sys.exit(1)


if __name__ == "__main__":
    main()
