"""Index size at a larger collection, projected file by file from a measured index of the same synthetic letters.

    python benchmarks/scale_projection.py /tmp/rag-scale/index_2000 --letters 20005

Every file grows with the letters (synthetic letters are drawn independently, so per-letter sizes hold), except the
dense index, whose kind follows its size (rag/index/dense.py: Flat float32 below FLAT_LIMIT vectors, HNSW over
float16 above): its bytes per vector at the target are measured on an HNSW index of random vectors built here.
Writes nothing; prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def hnsw_bytes_per_vector(dim: int, n: int = 20_000) -> float:
    from rag.index.dense import build_index, save_index

    rng = np.random.default_rng(0)
    x = rng.standard_normal((n, dim)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "h.faiss"
        save_index(build_index(x, kind="hnsw"), path)
        return path.stat().st_size / n


def main() -> None:
    from rag.index.dense import choose_index_type

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("index", type=Path)
    parser.add_argument("--letters", type=int, default=20_005)
    args = parser.parse_args()
    manifest = json.loads((args.index / "manifest.json").read_text())
    counts, dim = manifest["counts"], manifest["dim"]
    factor = args.letters / counts["documents"]
    vectors_at_target = int(counts["vectors"] * factor)
    kind = choose_index_type(vectors_at_target, dim)
    rows = []
    for path in sorted(p for p in args.index.rglob("*") if p.is_file()):
        size = path.stat().st_size
        name = str(path.relative_to(args.index))
        projected = size * factor
        if name == "dense.faiss" and kind != manifest["faiss_type"]:
            projected = vectors_at_target * (hnsw_bytes_per_vector(dim) if kind == "hnsw" else dim * 4)
            name += f" ({manifest['faiss_type']} → {kind})"
        rows.append((name, size, projected))
    total = sum(r[1] for r in rows), sum(r[2] for r in rows)
    print(f"| file | {counts['documents']:,} letters (measured) | {args.letters:,} letters (projected) |")
    print("|---|---|---|")
    for name, size, projected in sorted(rows, key=lambda r: -r[2]):
        print(f"| {name} | {size / 2**20:,.1f} MB | {projected / 2**20:,.0f} MB |")
    print(f"| total | {total[0] / 2**20:,.0f} MB | {total[1] / 2**20:,.0f} MB ({total[1] / 2**30:.2f} GB) |")
    print(f"\nvectors {counts['vectors']:,} → {vectors_at_target:,}; token rows {counts.get('token_vectors', 0):,} → "
          f"{int(counts.get('token_vectors', 0) * factor):,}; {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
