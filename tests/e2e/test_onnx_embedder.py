"""Serving without PyTorch: once an export has reproduced its model, later processes answer from it alone, with the
same vectors, and fall back to the full embedder when the record is missing, stale or turned off."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from rag.embedding.embedder import ONNX_MIN_TEXTS, SentenceTransformerEmbedder
from rag.embedding.onnx_embedder import OnnxEmbedder, verified_onnx_embedder

pytestmark = pytest.mark.e2e
pytest.importorskip("onnxruntime")
pytest.importorskip("onnx")

ROOT = Path(__file__).resolve().parents[2]
TEXTS = ["Thank you for your letter of 6 October regarding collaboration between the emergency services.",
         "Hi", "£1,118,248 – “quoted” words", " ".join(["policing funding letter"] * 300)]  # truncated at 256


def test_a_checked_export_serves_the_same_vectors_without_the_model(monkeypatch, tmp_path):
    monkeypatch.setenv("RAG_CACHE_DIR", str(tmp_path / "cache"))  # an empty cache, as on a fresh machine
    monkeypatch.delenv("RAG_EMBED_BACKEND", raising=False)
    assert verified_onnx_embedder("all-MiniLM-L6-v2") is None  # nothing exported or checked yet
    full = SentenceTransformerEmbedder()
    vectors, tokens = full.embed_with_tokens(TEXTS * (ONNX_MIN_TEXTS // len(TEXTS) + 1), merge_repeats=True)
    served = verified_onnx_embedder("all-MiniLM-L6-v2")  # the check the batch ran left its record
    assert isinstance(served, OnnxEmbedder) and served.dim == full.dim
    again, again_tokens = served.embed_with_tokens(TEXTS * (ONNX_MIN_TEXTS // len(TEXTS) + 1), merge_repeats=True)
    assert np.array_equal(vectors, again)
    assert all(np.array_equal(a, b) for a, b in zip(tokens, again_tokens))
    for text in TEXTS:
        vector, rows = served.embed_query_tokens(text)
        expected, expected_rows = full.embed_query_tokens(text)
        assert np.array_equal(vector, expected) and np.array_equal(rows, expected_rows)
    monkeypatch.setenv("RAG_EMBED_BACKEND", "torch")
    assert verified_onnx_embedder("all-MiniLM-L6-v2") is None  # PyTorch asked for: no ONNX-only serving
    monkeypatch.delenv("RAG_EMBED_BACKEND")
    record = next((tmp_path / "cache" / "onnx").glob("*.verified.json"))
    data = json.loads(record.read_text(encoding="utf-8"))
    record.write_text(json.dumps({**data, "onnx_bytes": data["onnx_bytes"] + 1}), encoding="utf-8")
    assert verified_onnx_embedder("all-MiniLM-L6-v2") is None  # an export that changed since its check
    changed = {**data["model_files"], "model.safetensors": 1}
    record.write_text(json.dumps({**data, "model_files": changed}), encoding="utf-8")
    assert verified_onnx_embedder("all-MiniLM-L6-v2") is None  # a model replaced in place since the check
    record.write_text("{not json", encoding="utf-8")
    assert verified_onnx_embedder("all-MiniLM-L6-v2") is None


def test_a_server_process_answers_without_importing_pytorch(real_index_dir):
    SentenceTransformerEmbedder().warm()  # the export and its check exist in this cache, as after any build
    code = ("import sys\nfrom rag.answer.assistant import Assistant\n"
            f"answer = Assistant.load({str(real_index_dir)!r}).ask('Who signed the November 2020 letter?')\n"
            "print(answer.short_answer, 'torch' in sys.modules, 'sentence_transformers' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split()[-2:] == ["False", "False"], done.stdout
    assert "Linden" in done.stdout
