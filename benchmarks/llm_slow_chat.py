"""A slow LLM backend seen from the chat: 20 users ask at once through the running chat (its queue included).

    python benchmarks/llm_slow_chat.py [--users 20] [--sleep 60] [--port 7874]

Starts a fake OpenAI-compatible server on 127.0.0.1 that sleeps before every reply (tests/slow_llm.py), then the
chat (app.py) in LLM mode pointed at it, and asks through the chat's /ask API with gradio_client, one thread per
user. Every user must get an answer, the extractive one, well before the sleep ends. Writes
benchmarks/results/llm_slow_chat.json. Run time is bounded by the budgets, not by the sleep.
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
    "What are the aims of the street triage pilot?",
    "Who signed the letter about mental health and policing?",
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--sleep", type=float, default=60.0)
    parser.add_argument("--port", type=int, default=7874)
    args = parser.parse_args()
    from gradio_client import Client
    from slow_llm import slow_llm_server

    from benchmarks.app_process import start_app

    with slow_llm_server(args.sleep) as llm:
        env = dict(os.environ, RAG_LLM_BASE_URL=llm["url"], RAG_LLM_MODEL="slow")
        proc, url = start_app(args.port, ("--mode", "llm"), env=env)
        try:
            clients = [Client(url, verbose=False) for _ in range(args.users)]
            waits: list[float] = []
            texts: list[str] = []
            errors: list[str] = []

            def user(n: int) -> None:
                question = f"{QUESTIONS[n % len(QUESTIONS)]} (user {n})"
                t = time.perf_counter()
                try:
                    _, message, text = clients[n].predict(question, [], "", "", api_name="/ask")
                    waits.append(time.perf_counter() - t)
                    texts.append(text or message)
                except Exception as exc:  # a failed user is a result to report, not a crash
                    errors.append(f"{type(exc).__name__}: {exc}")

            threads = [threading.Thread(target=user, args=(n,)) for n in range(args.users)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=180)
        finally:
            proc.terminate()
            proc.wait(timeout=30)
        requests = llm["state"]["requests"]
    waits.sort()
    result = {
        "users": args.users, "llm_sleep_s": args.sleep, "answered": len(waits), "errors": errors,
        "llm_requests": requests,
        "p50_s": round(statistics.median(waits), 2) if waits else None,
        "p95_s": round(waits[min(len(waits) - 1, int(0.95 * len(waits)))], 2) if waits else None,
        "max_s": round(waits[-1], 2) if waits else None,
        "empty_answers": sum(1 for t in texts if not t.strip()),
    }
    out = ROOT / "benchmarks" / "results" / "llm_slow_chat.json"
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))
    return 0 if waits and len(waits) == args.users and not errors else 1


if __name__ == "__main__":
    sys.exit(main())
