"""Benchmark the core: cold index build (model load included), warm search latency, hit@k on eval/qa.jsonl."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def cold_build_seconds(corpus: Path, model: str | None) -> float:
    """Wall time of `rag index` in a fresh process into an empty folder: imports + model load + build."""
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "rag.cli", "index", str(corpus), "--index", f"{tmp}/index", "--quiet"]
        if model:
            cmd += ["--model", model]
        started = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT)
        return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", default=str(ROOT / "corpus"))
    parser.add_argument("--qa", default=str(ROOT / "eval" / "qa.jsonl"))
    parser.add_argument("--model", default=None)
    parser.add_argument("--repeat", type=int, default=3, help="cold builds to time")
    parser.add_argument("--rounds", type=int, default=3,
                        help="timed passes over the questions per mode: this machine's timings drift by 20%% "
                             "from one minute to the next, so one pass can land high or low")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "retrieval.md"))
    args = parser.parse_args()

    from rag.evaluation.metrics import evidence_spans, first_hit_rank, percentile
    from rag.evaluation.qa import load_qa
    from rag.retrieval.retriever import Retriever

    builds = [cold_build_seconds(Path(args.corpus), args.model) for _ in range(args.repeat)]
    print(f"cold build (fresh process, model load included): {[round(b, 2) for b in builds]}", flush=True)

    from rag.embedding.embedder import DEFAULT_MODEL, load_embedder

    embedder = load_embedder(args.model or DEFAULT_MODEL)
    embedder.embed(["warm-up"])  # the model loaded and run once: what follows is the build alone
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        retriever = Retriever.build(args.corpus, f"{tmp}/index", embedder=embedder)
        in_process = time.perf_counter() - started
        items = [q for q in load_qa(args.qa) if q.docs]
        for q in items[:20]:
            retriever.search(q.question, k=5)  # warm-up
        modes = ("hybrid", "dense", "bm25")
        latencies = {mode: [] for mode in modes}
        round_p50 = {mode: [] for mode in modes}
        hits = {mode: dict.fromkeys((1, 3, 5, 10), 0) for mode in modes}
        spans = [evidence_spans(item.docs, item.evidence, retriever.document_text) for item in items]
        for round_no in range(args.rounds):
            for mode in modes:  # modes interleaved, so a slow minute does not fall on one mode only
                timed = []
                for item, item_spans in zip(items, spans):
                    retriever._embed_query.cache_clear()  # time the query embedding too, as a new question would
                    t = time.perf_counter()
                    found = retriever.search(item.question, k=10, mode=mode)
                    timed.append((time.perf_counter() - t) * 1000)
                    if round_no == 0:  # results are deterministic: rank them once
                        rank = first_hit_rank(found, item_spans)
                        for k in (1, 3, 5, 10):
                            if rank is not None and rank <= k:
                                hits[mode][k] += 1
                latencies[mode] += timed
                round_p50[mode].append(statistics.median(timed))

    rows = [
        "| measure | value |",
        "|---|---|",
        f"| cold build, 5 documents, fresh process (median of {len(builds)}) | {statistics.median(builds):.2f} s |",
        f"| build in a warm process (model loaded) | {in_process:.2f} s |",
        f"| chunks | {len(retriever.chunks)} |",
    ]
    for mode in latencies:
        rows.append(
            f"| {mode}: warm search p50 / p95 over {args.rounds} passes (p50 of each pass) | "
            f"{statistics.median(latencies[mode]):.1f} / {percentile(latencies[mode], 0.95):.1f} ms "
            f"({', '.join(f'{p:.1f}' for p in round_p50[mode])}) |"
        )
        rows.append(
            f"| {mode}: hit@1 / @3 / @5 / @10 over {len(items)} answerable questions | "
            + " / ".join(f"{hits[mode][k] / len(items):.3f}" for k in (1, 3, 5, 10))
            + " |"
        )
    table = "\n".join(rows)
    header = f"# Retrieval benchmark\n\nmodel: {retriever.embedder.name}; machine: {os.cpu_count()} cores\n\n"
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(header + table + "\n", encoding="utf-8")
    Path(args.out).with_suffix(".json").write_text(
        json.dumps({"cold_build_s": builds, "latency_ms": latencies, "round_p50_ms": round_p50, "hits": hits,
                    "n": len(items)}, indent=1)
    )
    print(table)


if __name__ == "__main__":
    main()
