"""One very large text file in a corpus: how long until `rag index` names it as skipped (and indexes the rest).

    python benchmarks/large_file.py [--mb 30]    # writes benchmarks/results/large_file.md and .json
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=30.0)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="large-file-"))
    try:
        corpus = work / "corpus"
        shutil.copytree(ROOT / "corpus", corpus)
        line = "The Commissioner wrote to the Mayor about neighbourhood policing in the borough.\n\n"
        (corpus / "huge.txt").write_text(line * int(args.mb * 2**20 / len(line)), encoding="utf-8")
        started = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "rag.cli", "index", str(corpus), "--index", str(work / "index")],
                              capture_output=True, text=True, timeout=1800)
        seconds = time.perf_counter() - started
        skipped = next((x.strip() for x in proc.stdout.splitlines() if x.strip().startswith("huge.txt:")), "")
        result = {"file_mb": args.mb, "exit_code": proc.returncode, "seconds_whole_build": round(seconds, 1),
                  "parse_stage_done": next((x for x in proc.stderr.splitlines() if x.startswith("parse:") and
                                            "(100%)" in x), ""),
                  "skip_line": skipped, "progress_lines": len(proc.stderr.splitlines())}
    finally:
        shutil.rmtree(work, ignore_errors=True)
    out = ROOT / "benchmarks" / "results"
    (out / "large_file.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    md = ["# One very large text file", "", f"A {args.mb:g} MB .txt beside the bundled corpus, `rag index` with the "
          "default model and limits (a fresh process: the time includes loading the model).", "",
          "| measure | value |", "|---|---|", *[f"| {k} | {v} |" for k, v in result.items()]]
    (out / "large_file.md").write_text("\n".join(md) + "\n", encoding="utf-8")
    print("\n".join(md))
    return 0 if proc.returncode == 0 and skipped else 1


if __name__ == "__main__":
    raise SystemExit(main())
