"""FAISS index types at scale: build time, single-query search p50, memory and recall@10 against exact search.

    python benchmarks/faiss_scale.py [--sizes 10000,100000,1000000] [--dim 384] [--queries 200]

Data: "clustered" (default) mimics sentence embeddings (unit vectors around 2,000 topic centres); "random" unit
vectors have no structure at all, the worst case for approximate search (fine for measuring search cost).
Writes benchmarks/results/faiss_scale.md and .json and prints which type choose_index_type picks at each size.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import faiss
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rag.index.dense import build_index, choose_index_type  # noqa: E402


def unit(rng: np.random.Generator, n: int, dim: int) -> np.ndarray:
    x = rng.standard_normal((n, dim), dtype=np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def clustered(rng: np.random.Generator, n: int, dim: int, centres: np.ndarray) -> np.ndarray:
    x = centres[rng.integers(0, len(centres), n)] + 0.35 * unit(rng, n, dim)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--dim", type=int, default=384)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--kinds", default="flat,hnsw,ivf_sq8,ivf_pq")
    parser.add_argument("--data", choices=["clustered", "random"], default="clustered")
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    rows, table = [], ["| vectors | type | chosen | build s | search p50 ms | index MB | recall@10 |",
                       "|---|---|---|---|---|---|---|"]
    for n in [int(s) for s in args.sizes.split(",")]:
        if args.data == "random":
            data, queries = unit(rng, n, args.dim), unit(rng, args.queries, args.dim)
        else:
            centres = unit(rng, 2000, args.dim)
            data, queries = clustered(rng, n, args.dim, centres), clustered(rng, args.queries, args.dim, centres)
        exact = faiss.IndexFlatIP(args.dim)
        exact.add(data)
        _, truth = exact.search(queries, 10)
        chosen = choose_index_type(n, args.dim)
        for kind in args.kinds.split(","):
            print(f"{n:>9,} vectors: building {kind} …", flush=True)
            started = time.perf_counter()
            index = build_index(data, kind=kind)
            build_s = time.perf_counter() - started
            times, found = [], []
            for q in queries:
                t = time.perf_counter()
                _, ids = index.search(q[None, :], 10)
                times.append((time.perf_counter() - t) * 1000)
                found.append(ids[0])
            recall = float(np.mean([len(set(f) & set(t)) / 10 for f, t in zip(found, truth)]))
            size_mb = len(faiss.serialize_index(index)) / 2**20
            row = {"n": n, "kind": kind, "chosen": kind == chosen, "build_s": round(build_s, 2),
                   "search_p50_ms": round(statistics.median(times), 3), "index_mb": round(size_mb, 1),
                   "recall@10": round(recall, 3)}
            rows.append(row)
            table.append(f"| {n:,} | {kind} | {'yes' if row['chosen'] else ''} | {row['build_s']} | "
                         f"{row['search_p50_ms']} | {row['index_mb']} | {row['recall@10']} |")
            print("   ", row, flush=True)
            del index
        picked = next(r for r in rows if r["n"] == n and r["chosen"])
        ok = "meets" if picked["recall@10"] >= 0.95 else "MISSES"
        print(f"choose_index_type({n:,}) = {chosen}: recall@10 {picked['recall@10']} {ok} the 0.95 floor", flush=True)
    out = ROOT / "benchmarks" / "results"
    out.mkdir(parents=True, exist_ok=True)
    header = (f"# FAISS index types at scale\n\ndim {args.dim}, {args.queries} single queries, k=10, {args.data} "
              "unit vectors, 2 cores.\n\n")
    (out / f"faiss_scale_{args.data}.md").write_text(header + "\n".join(table) + "\n", encoding="utf-8")
    (out / f"faiss_scale_{args.data}.json").write_text(json.dumps(rows, indent=1), encoding="utf-8")
    print("\n".join(table))


if __name__ == "__main__":
    main()
