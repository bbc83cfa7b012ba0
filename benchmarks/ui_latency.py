"""Chat latency in real Chromium: server start to first answer, answer and citation-open p50/p95.

    python benchmarks/ui_latency.py [--port 7871] [--rounds 3]

Starts the app on 127.0.0.1 (building the index if needed), asks the example questions in the page, opens each
answer's first citation, and prints the timings as JSON. Measurements live here, not in the unit tests.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from benchmarks.app_process import start_app  # noqa: E402
from rag.ui.app import EXAMPLES  # noqa: E402

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


def _pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=7871)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    answers, opens, first = [], [], None
    with sync_playwright() as p:
        # The browser is open before the server starts, as a member of staff's already is: the figure is the
        # server's start-up plus the page and the first answer, not Chromium's own launch.
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        started = time.perf_counter()
        proc, url = start_app(args.port, quiet=False)
        try:
            ready = time.perf_counter() - started
            page.goto(url)
            page.wait_for_function("typeof window.__ragClick === 'function'")
            for n, question in enumerate(EXAMPLES * args.rounds):
                t = time.perf_counter()
                page.fill("#question textarea", question)
                page.press("#question textarea", "Enter")
                page.wait_for_function(f"document.querySelectorAll('#conversation .turn').length > {n}",
                                       timeout=120_000)
                answers.append(time.perf_counter() - t)
                first = first or time.perf_counter() - started
                cite = page.locator("#conversation .turn").last.locator("button.cite")
                if cite.count():
                    t = time.perf_counter()
                    cite.first.click()
                    page.wait_for_selector("#viewer #highlight", timeout=60_000)
                    opens.append(time.perf_counter() - t)
        finally:
            proc.terminate()
            proc.wait(timeout=30)
            browser.close()
    print(json.dumps({"start_to_first_answer_s": round(first, 2), "server_ready_s": round(ready, 2),
                      "answer_p50_s": round(statistics.median(answers), 3),
                      "answer_p95_s": round(_pct(answers, .95), 3),
                      "citation_open_p50_s": round(statistics.median(opens), 3) if opens else None,
                      "answers": len(answers), "citations_opened": len(opens)}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
