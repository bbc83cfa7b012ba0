"""Load test: 20 concurrent askers (gradio_client, a second process) against the chat on 127.0.0.1.

    python benchmarks/load_test.py [--url http://127.0.0.1:7860/] [--users 20] [--per-user 5] [--max-seconds 300]
                                   [--out benchmarks/results/load_test] [--title "..."]

Without --url it starts the app on a free loopback port and stops it afterwards (it reads the index the
environment names: RAG_INDEX_DIR, or RAG_STORE for the PostgreSQL store). Request count and time are bounded. Writes
<out>.md and <out>.json (default benchmarks/results/load_test).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from benchmarks.app_process import start_app  # noqa: E402

QUESTIONS = [
    "How much did the crime-prevention funding protection cost?",
    "When was the Violence Reduction Unit announced?",
    "What are the components of the Mayor's Knife Crime strategy?",
    "Who signed the letter about mental health and policing?",
    "What are the aims of the street triage pilot?",
    "How many written responses did the consultation receive?",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url")
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--per-user", type=int, default=5)
    parser.add_argument("--max-seconds", type=float, default=300)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "load_test")
    parser.add_argument("--title", default="Chat load test (gradio_client, 127.0.0.1)")
    args = parser.parse_args()
    if not args.url.startswith(("http://127.", "http://localhost")) if args.url else False:
        raise SystemExit("load tests only target this machine (127.0.0.1 / localhost)")
    from gradio_client import Client

    proc, url = (None, args.url) if args.url else start_app(timeout=180)
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    deadline = time.time() + args.max_seconds

    def user(i: int) -> None:
        client = Client(url, verbose=False)
        for j in range(args.per_user):
            if time.time() > deadline:
                return
            question = QUESTIONS[(i + j) % len(QUESTIONS)]
            started = time.perf_counter()
            try:
                result = client.predict(question, [], "", "", api_name="/ask")
                ok = 'class="answer-text"' in result[0] and 'role="alert"' not in result[0]  # an answer, no error
            except Exception as exc:  # noqa: BLE001 - every failure is counted, none stops the test
                ok, result = False, exc
            with lock:
                if ok:
                    latencies.append((time.perf_counter() - started) * 1000)
                else:
                    errors.append(str(result)[:200])

    started = time.perf_counter()
    threads = [threading.Thread(target=user, args=(i,)) for i in range(args.users)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=args.max_seconds + 60)
    wall = time.perf_counter() - started
    if proc is not None:
        proc.terminate()
        proc.wait(timeout=30)
    ordered = sorted(latencies)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * (len(ordered) - 1)))] if ordered else 0.0
    result = {"users": args.users, "requests": len(latencies) + len(errors), "ok": len(latencies),
              "errors": len(errors), "p50_ms": round(statistics.median(ordered), 1) if ordered else None,
              "p95_ms": round(p95, 1), "wall_s": round(wall, 1),
              "throughput_per_s": round(len(latencies) / wall, 2) if wall else None}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    table = ("| users | requests | errors | p50 ms | p95 ms | wall s | answers/s |\n|---|---|---|---|---|---|---|\n"
             f"| {result['users']} | {result['requests']} | {result['errors']} | {result['p50_ms']} | "
             f"{result['p95_ms']} | {result['wall_s']} | {result['throughput_per_s']} |\n")
    args.out.with_suffix(".md").write_text(f"# {args.title}\n\n" + table, encoding="utf-8")
    args.out.with_suffix(".json").write_text(json.dumps({**result, "first_errors": errors[:5]}, indent=1))
    print(table)
    if errors:
        print("errors:", errors[:5])


if __name__ == "__main__":
    main()
