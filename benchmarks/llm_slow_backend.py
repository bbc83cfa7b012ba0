"""A slow LLM backend: 20 users ask at once in LLM mode while the model server sleeps 60 s before answering.

    python benchmarks/llm_slow_backend.py [--users 20] [--sleep 60] [--index index] [--out benchmarks/results]

The server is a fake OpenAI-compatible one on 127.0.0.1 (tests/slow_llm.py); the Assistant is the real one on the
real index, with the default budgets (RAG_LLM_FIRST_TOKEN_TIMEOUT, RAG_LLM_TIMEOUT, RAG_LLM_CONCURRENCY). Every
user must get an answer, the extractive one labelled "extractive (LLM fallback)", well before the sleep ends.
Run time is bounded: stopping the server ends its sleeps. Writes llm_slow_backend.md and .json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
QUESTIONS = [
    "How much did the crime-prevention funding protection cost?",
    "When was the Violence Reduction Unit announced?",
    "What are the components of the Mayor's Knife Crime strategy?",
    "Who signed the letter about mental health and policing?",
    "What are the aims of the street triage pilot?",
]


def _question(n: int, phase: str) -> str:
    # Distinct per user and phase: query vectors are cached, and a cached question would cost nothing.
    return f"{QUESTIONS[n % len(QUESTIONS)]} ({phase} user {n})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--sleep", type=float, default=60.0)
    parser.add_argument("--index", default=str(ROOT / "index"))
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results"))
    args = parser.parse_args()

    from slow_llm import slow_llm_server

    from rag import settings
    from rag.answer.assistant import Assistant
    from rag.retrieval.retriever import Retriever

    retriever = Retriever.load(args.index)

    # The same 20 users in extractive mode first: what the machine itself costs them (2 shared cores).
    baseline = Assistant(retriever)
    baseline.warm_up()
    times: list[float] = []

    def plain_user(n: int) -> None:
        started = time.perf_counter()
        baseline.ask(_question(n, "extractive"))
        times.append(time.perf_counter() - started)

    plain = [threading.Thread(target=plain_user, args=(n,)) for n in range(args.users)]
    for t in plain:
        t.start()
    for t in plain:
        t.join()
    times.sort()

    results: list[dict] = []
    lock = threading.Lock()
    with slow_llm_server(args.sleep) as server:
        os.environ["RAG_LLM_BASE_URL"] = server["url"]
        assistant = Assistant(retriever, mode="llm")
        barrier = threading.Barrier(args.users)

        def user(n: int) -> None:
            barrier.wait()
            started = time.perf_counter()
            first_answer = None
            final = None
            for item in assistant.stream(_question(n, "llm"), early=True):
                if not isinstance(item, str):
                    first_answer = first_answer or time.perf_counter() - started
                    final = item
            with lock:
                results.append({"user": n, "seconds": time.perf_counter() - started, "first_answer": first_answer,
                                "mode": final.mode, "note": final.notes[-1] if final.notes else ""})

        threads = [threading.Thread(target=user, args=(n,)) for n in range(args.users)]
        started = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=args.sleep * 2)
        wall = time.perf_counter() - started
        requests = server["state"]["requests"]

    seconds = sorted(r["seconds"] for r in results)
    firsts = sorted(r["first_answer"] for r in results)
    p95 = seconds[min(len(seconds) - 1, int(0.95 * len(seconds)))]
    summary = {
        "users": args.users, "server_sleep_s": args.sleep, "answered": len(results),
        "first_token_timeout_s": float(settings.get("RAG_LLM_FIRST_TOKEN_TIMEOUT")),
        "total_timeout_s": float(settings.get("RAG_LLM_TIMEOUT")),
        "concurrency": int(settings.get("RAG_LLM_CONCURRENCY")),
        "requests_reaching_server": requests,
        "final_answer_s": {"p50": round(statistics.median(seconds), 2), "p95": round(p95, 2),
                           "max": round(seconds[-1], 2)},
        "first_answer_s": {"p50": round(statistics.median(firsts), 2), "max": round(firsts[-1], 2)},
        "extractive_mode_same_load_s": {"p50": round(statistics.median(times), 2),
                                        "p95": round(times[min(len(times) - 1, int(0.95 * len(times)))], 2)},
        "load_average_1min": round(os.getloadavg()[0], 1),
        "modes": {m: sum(r["mode"] == m for r in results) for m in sorted({r["mode"] for r in results})},
        "notes": sorted({r["note"] for r in results}),
        "wall_s": round(wall, 2),
    }
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "llm_slow_backend.json").write_text(json.dumps(summary, indent=2), encoding="utf-8")
    lines = ["# LLM mode with a backend that sleeps", "",
             f"{args.users} users ask at once; the fake server sleeps {args.sleep:g} s before each reply. "
             f"Budgets: {summary['first_token_timeout_s']:g} s to the first word, {summary['total_timeout_s']:g} s "
             f"in all, {summary['concurrency']} requests at once.", "",
             "| measure | value |", "|---|---|"]
    for key, value in summary.items():
        lines.append(f"| {key} | {value} |")
    (out / "llm_slow_backend.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    ok = len(results) == args.users and seconds[-1] < min(10.0, args.sleep)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
