"""RAG_EMBED_BACKEND=onnx (the default): the ONNX Runtime export, made from the installed model in an empty cache as on
a fresh machine, gives the vectors and token vectors PyTorch gives."""

from __future__ import annotations

import numpy as np
import pytest

from rag.embedding.embedder import _UNSET, ONNX_MIN_TEXTS, EmbedderError, SentenceTransformerEmbedder

pytestmark = pytest.mark.e2e
pytest.importorskip("onnxruntime")
pytest.importorskip("onnx")

TEXTS = ["Thank you for your letter of 6 October regarding collaboration between the emergency services.",
         "The VRU approach to violence reduction means taking a long-term public health approach.", "Hi", "£1,118,248"]


def test_onnx_backend_matches_pytorch(monkeypatch, tmp_path):
    cache = tmp_path / "cache"  # nothing exported yet, as on a clean clone; the model comes from its package
    monkeypatch.setenv("RAG_CACHE_DIR", str(cache))
    monkeypatch.setenv("RAG_EMBED_BACKEND", "torch")
    texts = TEXTS * (ONNX_MIN_TEXTS // len(TEXTS) + 1)  # a batch: one text alone stays on PyTorch
    torch_vectors, torch_tokens = SentenceTransformerEmbedder().embed_with_tokens(texts)
    monkeypatch.setenv("RAG_EMBED_BACKEND", "onnx")
    onnx = SentenceTransformerEmbedder()
    vectors, tokens = onnx.embed_with_tokens(texts)
    assert onnx._batch_encoder is not None  # the ONNX path ran, not a silent fallback
    assert list((cache / "onnx").glob("*.onnx"))  # exported here, offline
    assert float((vectors * torch_vectors).sum(axis=1).min()) > 0.9999
    assert [t.shape for t in tokens] == [t.shape for t in torch_tokens]
    assert max(float(np.abs(a.astype(np.float32) - b.astype(np.float32)).max())
               for a, b in zip(tokens, torch_tokens)) < 1e-3
    assert np.allclose(onnx.embed(texts), vectors, atol=1e-6)
    # A question's own vector and token vectors come from the same session, as PyTorch's lean path gives them.
    torch_embedder = SentenceTransformerEmbedder.__new__(SentenceTransformerEmbedder)
    torch_embedder.__dict__.update(onnx.__dict__, _batch_encoder=None, _query_encoder=_UNSET)
    for text in TEXTS:
        vector, rows = onnx.embed_query_tokens(text)
        expected, expected_rows = torch_embedder.embed_query_tokens(text)
        assert float(vector @ expected) > 0.9999 and rows.shape == expected_rows.shape
        assert float(np.abs(rows.astype(np.float32) - expected_rows.astype(np.float32)).max()) < 1e-3


def test_an_unknown_backend_is_refused(monkeypatch):
    monkeypatch.setenv("RAG_EMBED_BACKEND", "tensorrt")
    with pytest.raises(EmbedderError, match="choose onnx or torch"):
        SentenceTransformerEmbedder().embed(["x"])


def test_onnx_is_the_default_for_builds(monkeypatch):
    monkeypatch.delenv("RAG_EMBED_BACKEND", raising=False)
    embedder = SentenceTransformerEmbedder()
    embedder.embed(["one text"])  # a single text runs on PyTorch: no session started
    assert embedder._batch_encoder is _UNSET
    embedder.embed([f"text {i}" for i in range(ONNX_MIN_TEXTS)])  # a batch runs on ONNX Runtime
    assert embedder._batch_encoder is not None


def test_warm_starts_the_session_a_first_question_would_wait_for(monkeypatch):
    monkeypatch.delenv("RAG_EMBED_BACKEND", raising=False)
    embedder = SentenceTransformerEmbedder()
    embedder.warm()
    assert embedder._batch_encoder is not None


def test_the_int8_model_is_another_model_near_the_float_one(monkeypatch, tmp_path, tiny_corpus):
    from rag.index.store import IndexMismatchError
    from rag.retrieval.retriever import Retriever

    monkeypatch.setenv("RAG_EMBED_BACKEND", "torch")  # the suffix, not the backend setting, chooses the int8 path
    float_model = SentenceTransformerEmbedder()
    int8 = SentenceTransformerEmbedder("all-MiniLM-L6-v2+int8")
    assert int8.name == "all-MiniLM-L6-v2+int8" and int8.quantised and int8.dim == float_model.dim
    vectors = int8.embed(TEXTS)  # every text through the int8 session, a single one too
    assert int8._batch_encoder is not None and int8.embed([TEXTS[0]]).shape == (1, int8.dim)
    cosines = (vectors * float_model.embed(TEXTS)).sum(axis=1)
    assert 0.85 < float(cosines.min()) and float(cosines.max()) < 0.99999  # near, and not the same vectors
    Retriever.build(tiny_corpus, tmp_path / "index", embedder=int8)
    with pytest.raises(IndexMismatchError, match=r"all-MiniLM-L6-v2\+int8"):
        Retriever.load(tmp_path / "index", embedder=float_model)
