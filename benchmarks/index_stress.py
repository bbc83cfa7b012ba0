"""Stress: two writer processes rebuild one index folder from two different corpora while a reader loads it.

    python benchmarks/index_stress.py [--builds 100] [--loads 400] [--model fake-hash] [--out benchmarks/results]

Counts: builds that succeeded, builds refused as busy (and retried), any other build failure; reader loads,
reader errors, loads that saw a mixture of the two corpora; and whether the final index is the corpus of the last
successful build (a "lost corpus" otherwise). The fake embedder keeps builds fast: locking, not embedding, is
under test. Writes index_stress.md and .json.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _writer(corpus: str, index: str, builds: int, model: str, out) -> None:
    from rag.index.store import IndexBusyError
    from rag.retrieval.retriever import Retriever

    done, busy, failures, successes = 0, 0, [], []
    while done < builds:
        try:
            Retriever.build(corpus, index, embedder=model)
        except IndexBusyError:
            busy += 1
            time.sleep(0.01)
            continue
        except Exception as exc:  # noqa: BLE001 - counted, that is the point
            failures.append(f"{type(exc).__name__}: {exc}")
            done += 1
            continue
        done += 1
        successes.append((time.time(), corpus))  # builds are serialised: return order is swap order
    out.put({"role": "writer", "corpus": corpus, "busy": busy, "failures": failures, "successes": successes})


def _reader(index: str, loads: int, corpora: dict[str, list[str]], stop, out) -> None:
    from rag.index.store import IndexLoadError, read_index

    errors, mixed, seen, count = [], 0, {name: 0 for name in corpora}, 0
    while count < loads and not stop.is_set():
        try:
            stored = read_index(index)
        except IndexLoadError as exc:
            if count == 0 and "no index" in str(exc):
                time.sleep(0.01)  # the first build has not finished yet
                continue
            errors.append(str(exc))
            count += 1
            continue
        count += 1
        docs = sorted(stored.documents)
        match = [name for name, files in corpora.items() if files == docs == sorted(stored.manifest.files)]
        if match:
            seen[match[0]] += 1
        else:
            mixed += 1
    out.put({"role": "reader", "loads": count, "errors": errors, "mixed": mixed, "seen": seen})


def run(builds: int, loads: int, model: str) -> dict:
    work = Path(tempfile.mkdtemp(prefix="index-stress-"))
    try:
        files = sorted(p for p in (ROOT / "corpus").iterdir() if p.is_file())
        corpora = {"A": files[: len(files) // 2 + 1], "B": files[len(files) // 2 + 1 :]}
        for name, members in corpora.items():
            (work / name).mkdir()
            for path in members:
                shutil.copy(path, work / name / path.name)
        names = {str(work / name): sorted(p.name for p in members) for name, members in corpora.items()}
        index = str(work / "index")
        ctx = mp.get_context("spawn")
        out, stop = ctx.Queue(), ctx.Event()
        started = time.perf_counter()
        writers = [ctx.Process(target=_writer, args=(c, index, builds // 2, model, out)) for c in names]
        reader = ctx.Process(target=_reader, args=(index, loads, names, stop, out))
        for p in (*writers, reader):
            p.start()
        results = [out.get(timeout=3600) for _ in writers]
        stop.set()
        results.append(out.get(timeout=600))
        for p in (*writers, reader):
            p.join(timeout=60)
        seconds = time.perf_counter() - started

        from rag.index.store import read_index

        final = sorted(read_index(index).documents)
        # The last build to finish is the one whose corpus must be there: each writer logs its finish times.
        last = max((s for r in results if r["role"] == "writer" for s in r["successes"]), default=(0, None))
        writers_r = [r for r in results if r["role"] == "writer"]
        reader_r = next(r for r in results if r["role"] == "reader")
        return {
            "builds_requested": builds,
            "builds_succeeded": sum(len(r["successes"]) for r in writers_r),
            "builds_refused_busy_then_retried": sum(r["busy"] for r in writers_r),
            "build_failures": [f for r in writers_r for f in r["failures"]],
            "reader_loads": reader_r["loads"],
            "reader_errors": reader_r["errors"],
            "reader_mixed_indexes": reader_r["mixed"],
            "reader_saw": {Path(k).name: v for k, v in reader_r["seen"].items()},
            "final_index_is_last_build": final == names.get(last[1]),
            "leftover_temporary_folders": len(list(work.glob(".index.tmp-*"))),
            "seconds": round(seconds, 1),
            "model": model,
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--builds", type=int, default=100)
    parser.add_argument("--loads", type=int, default=400)
    parser.add_argument("--model", default="fake-hash")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results"))
    args = parser.parse_args()
    result = run(args.builds, args.loads, args.model)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "index_stress.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    lines = ["# Index stress: two writers, one reader", "",
             f"{result['builds_requested']} builds from two corpora into one folder, a reader loading it "
             f"{result['reader_loads']} times meanwhile ({result['model']} embedder; {result['seconds']} s).", "",
             "| measure | value |", "|---|---|"]
    for key, value in result.items():
        if isinstance(value, list):
            value = len(value)
        lines.append(f"| {key} | {value} |")
    (out / "index_stress.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    ok = (not result["build_failures"] and not result["reader_errors"] and not result["reader_mixed_indexes"]
          and result["final_index_is_last_build"])
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
