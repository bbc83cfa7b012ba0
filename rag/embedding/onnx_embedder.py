"""Answering without PyTorch: an ONNX export already checked against its model, run with the model's own tokenizer.

Why: importing sentence-transformers (and with it PyTorch and transformers) takes about 4.4 s on this machine and
some 400 MB, and a server that answers questions only ever runs the exported encoder. The first time an export
reproduces `encode()` on the probe texts (rag.embedding.onnx_backend.onnx_encoder), a record of that check is written
beside it; later processes that find the record serve from the export alone: the same file, the same tokenizer
(tokenizer.json, through the `tokenizers` library that transformers wraps), the same mean pooling, so the same
vectors. Without a record, or with RAG_EMBED_BACKEND=torch, the sentence-transformers embedder is used.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import numpy as np

from rag import settings
from rag.embedding.embedder import (
    INT8_SUFFIX,
    _content_token_mask,
    content_tokens,
    onnx_vectors,
    onnx_vectors_and_tokens,
    resolve_model_path,
)
from rag.embedding.onnx_backend import OnnxBatchEncoder, export_path, int8_path, model_files, verified_record


class FastTokenizer:
    """The parts of a transformers fast tokenizer that the ONNX encoder and the content-token mask use."""

    def __init__(self, path: Path, max_length: int):
        from tokenizers import Tokenizer

        self._tokenizer = Tokenizer.from_file(str(path))
        self._tokenizer.enable_truncation(max_length=max_length)
        self._tokenizer.no_padding()
        added = self._tokenizer.get_added_tokens_decoder() if hasattr(self._tokenizer, "get_added_tokens_decoder") \
            else {}
        self.all_special_ids = sorted(i for i, token in added.items() if getattr(token, "special", False))
        self._pad = self._tokenizer.token_to_id("[PAD]") or 0

    def __len__(self) -> int:
        return self._tokenizer.get_vocab_size(with_added_tokens=True)

    def get_vocab(self) -> dict[str, int]:
        return self._tokenizer.get_vocab(with_added_tokens=True)

    def __call__(self, texts: list[str], **_: Any) -> dict[str, np.ndarray]:
        """input_ids, attention_mask and token_type_ids, padded to the longest text (as padding=True does)."""
        encodings = self._tokenizer.encode_batch(list(texts))
        width = max((len(e.ids) for e in encodings), default=0)
        ids = np.full((len(encodings), width), self._pad, dtype=np.int64)
        mask = np.zeros((len(encodings), width), dtype=np.int64)
        types = np.zeros((len(encodings), width), dtype=np.int64)
        for row, e in enumerate(encodings):
            ids[row, : len(e.ids)] = e.ids
            mask[row, : len(e.ids)] = e.attention_mask
            types[row, : len(e.ids)] = e.type_ids
        return {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}


class _Shim:
    """What OnnxBatchEncoder reads from a sentence-transformers model: its tokenizer and maximum length."""

    def __init__(self, tokenizer: FastTokenizer, max_length: int):
        self.tokenizer = tokenizer
        self.max_seq_length = max_length


class OnnxEmbedder:
    """The embedder interface (embed, embed_with_tokens, embed_query_tokens) over a verified ONNX export."""

    def __init__(self, name: str, onnx_file: Path, record: dict[str, Any], threads: int, batch_size: int = 16):
        self.name = name
        self.dim = int(record["dim"])
        self.quantised = name.endswith(INT8_SUFFIX)
        self.batch_size = batch_size
        max_length = int(record["max_length"])
        tokenizer = FastTokenizer(Path(record["tokenizer"]), max_length)
        self._encoder = OnnxBatchEncoder(_Shim(tokenizer, max_length), onnx_file, threads)
        self._content_ids = _content_token_mask(tokenizer)

    def warm(self) -> None:
        """Nothing to start: the session opened with the embedder."""

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return onnx_vectors(self._encoder, texts, self.batch_size)

    def embed_query_tokens(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        pooled, hidden, ids = self._encoder.embed([text])
        return pooled[0], content_tokens(hidden[0], ids[0], self._content_ids)

    def embed_with_tokens(self, texts: list[str], merge_repeats: bool = False) -> tuple[np.ndarray, list[np.ndarray]]:
        """As SentenceTransformerEmbedder.embed_with_tokens: batches of similar length, content-token rows."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32), []
        return onnx_vectors_and_tokens(self._encoder, texts, self.batch_size, self.dim, self._content_ids,
                                       merge_repeats)


def verified_onnx_embedder(name: str) -> OnnxEmbedder | None:
    """The ONNX-only embedder for a model whose export was checked against it (see onnx_backend), else None: no
    record yet, RAG_EMBED_BACKEND=torch, onnxruntime or tokenizers missing, or a record that does not fit."""
    if (settings.get("RAG_EMBED_BACKEND") or "onnx").lower() != "onnx":
        return None
    try:
        import onnxruntime  # noqa: F401
        import tokenizers  # noqa: F401
    except ImportError:
        return None
    quantised = name.endswith(INT8_SUFFIX)
    try:
        model_path = resolve_model_path(name.removesuffix(INT8_SUFFIX) if quantised else name)
    except Exception:  # noqa: BLE001 - a model that cannot be found is reported by the full embedder's load
        return None
    source = export_path(model_path, settings.cache_dir())
    onnx_file = int8_path(source) if quantised else source
    try:
        record = json.loads(verified_record(onnx_file).read_text(encoding="utf-8"))
        fits = (record.get("model_path") == str(Path(model_path).resolve()) and onnx_file.is_file()
                and record.get("onnx_bytes") == onnx_file.stat().st_size and Path(record["tokenizer"]).is_file()
                and record.get("model_files") == model_files(model_path))
        if not fits:
            return None
        return OnnxEmbedder(name, onnx_file, record, threads=max(1, min(os.cpu_count() or 1, 4)))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    except Exception:  # noqa: BLE001 - a session the runtime refuses: the full embedder serves instead
        return None
