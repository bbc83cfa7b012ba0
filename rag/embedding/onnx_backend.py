"""ONNX Runtime for batch embedding during index builds (the default; RAG_EMBED_BACKEND=torch for PyTorch): the same
BERT weights, exported once from the installed model folder into $RAG_CACHE_DIR/onnx/ on the first build (offline,
seconds; no artefact is shipped), run with mean pooling as sentence-transformers does.

Measured (benchmarks/onnx_backend.py, all-MiniLM-L6-v2, 2 cores): 2.2x PyTorch's texts/s with the same vectors
(cosine 1.00000 on every text), and `rag eval` gives the same answer to every dev question. Used only for a plain
BERT encoder with mean pooling, and only after it reproduced encode() on probe texts; otherwise (or when the
packages are missing or the export fails) the build keeps PyTorch. Questions and the sentences an answer scores go
through it too (its session starts as the model loads); without it, a question takes the lean PyTorch path
(query_encoder.py).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
from pathlib import Path
from typing import Any

import numpy as np

_PROBES = ("Hi", "How much did the crime prevention funding protection cost?",
           "Which borough councils wrote to the Mayor's Office for Policing and Crime about the closure of police "
           "front counters, and what did the Commissioner reply in his letter of November 2020?")
MIN_AGREEMENT = 0.9999
_QUIET = threading.Lock()


class OnnxBatchEncoder:
    """Last hidden states of a batch of texts from an ONNX export of the model's BERT encoder."""

    def __init__(self, model: Any, path: Path, threads: int):
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        # Idle workers would spin for a while after each run, taking the core the answer's Python code runs on.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.log_severity_level = 3
        self.session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        self.tokenizer = model.tokenizer
        self.max_length = int(model.max_seq_length or 512)

    def hidden(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(hidden states [batch, seq, dim] float32, attention mask [batch, seq], input ids [batch, seq])."""
        enc = self.tokenizer(list(texts), padding=True, truncation="longest_first", max_length=self.max_length,
                             return_tensors="np")
        feeds = {"input_ids": enc["input_ids"].astype(np.int64),
                 "attention_mask": enc["attention_mask"].astype(np.int64),
                 "token_type_ids": enc.get("token_type_ids", np.zeros_like(enc["input_ids"])).astype(np.int64)}
        return self.session.run(None, feeds)[0], feeds["attention_mask"], feeds["input_ids"]

    def embed(self, texts: list[str]) -> tuple[np.ndarray, list[np.ndarray], list[np.ndarray]]:
        """(unit mean-pooled vectors, per text its real tokens' hidden rows, per text their ids)."""
        hidden, mask, ids = self.hidden(texts)
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        real = mask.astype(bool)
        return pooled.astype(np.float32), [hidden[i][real[i]] for i in range(len(texts))], \
            [ids[i][real[i]] for i in range(len(texts))]


def export_path(model_path: str, cache: Path) -> Path:
    digest = hashlib.sha256(str(Path(model_path).resolve()).encode()).hexdigest()[:12]
    return cache / "onnx" / f"{Path(model_path).name}-{digest}.onnx"


def export(model: Any, target: Path) -> Path:
    """Export the model's BERT encoder to target (once; written to a temporary file, then renamed)."""
    import torch

    if target.exists():
        return target
    import onnx  # noqa: F401 - the exporter needs it (0.4 s to import: only when there is no export yet)

    target.parent.mkdir(parents=True, exist_ok=True)
    bert = model[0].auto_model.eval()

    class Encoder(torch.nn.Module):
        def __init__(self, inner):
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.inner(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=token_type_ids).last_hidden_state

    sample = model.tokenizer(["an example sentence to trace"], return_tensors="pt")
    names = ["input_ids", "attention_mask", "token_type_ids"]
    tmp = target.with_name(f"{target.name}.tmp{os.getpid()}")
    with torch.inference_mode(False), torch.no_grad():
        torch.onnx.export(Encoder(bert), tuple(sample[n] for n in names), str(tmp), input_names=names,
                          output_names=["hidden"], opset_version=17, dynamo=False,
                          dynamic_axes={n: {0: "batch", 1: "seq"} for n in [*names, "hidden"]})
    os.replace(tmp, target)
    return target


def int8_path(source: Path) -> Path:
    """Where the int8 twin of an export is kept."""
    return source.with_name(source.stem + "-int8.onnx")


def verified_record(onnx_file: Path) -> Path:
    """The file beside an export that says it reproduced its model (read by rag.embedding.onnx_embedder)."""
    return onnx_file.with_name(onnx_file.name + ".verified.json")


def model_files(model_path: str) -> dict[str, int]:
    """{file name: size} of a model folder's files: a model replaced in place no longer matches its record."""
    folder = Path(model_path)
    return {p.name: p.stat().st_size for p in sorted(folder.iterdir()) if p.is_file()} if folder.is_dir() else {}


def _record_verified(onnx_file: Path, model_path: str, encoder: OnnxBatchEncoder, dim: int, agreement: float) -> None:
    """Write the record of a passed check, so that later processes can serve from the export without PyTorch.
    Only for a model folder with a tokenizer.json (what the `tokenizers` library reads); atomic; best effort."""
    tokenizer = Path(model_path) / "tokenizer.json"
    if not tokenizer.is_file():
        return
    record = {"model_path": str(Path(model_path).resolve()), "tokenizer": str(tokenizer.resolve()),
              "max_length": encoder.max_length, "dim": dim, "onnx_bytes": onnx_file.stat().st_size,
              "model_files": model_files(model_path), "agreement": round(agreement, 6)}
    target = verified_record(onnx_file)
    tmp = target.with_name(f"{target.name}.tmp{os.getpid()}-{threading.get_ident()}")
    try:
        tmp.write_text(json.dumps(record, indent=1), encoding="utf-8")
        os.replace(tmp, target)
    except OSError:
        tmp.unlink(missing_ok=True)


def int8_model(source: Path) -> Path:
    """The int8 (dynamic, weights only) twin of an exported model, made once beside it."""
    target = int8_path(source)
    if target.exists():
        return target
    from onnxruntime.quantization import QuantType, quantize_dynamic

    tmp = target.with_name(f"{target.name}.tmp{os.getpid()}-{threading.get_ident()}")
    with _QUIET:  # one at a time: each sets the root logger's level and puts it back
        root = logging.getLogger()
        level = root.level
        root.setLevel(logging.ERROR)  # quantize_dynamic advises pre-processing on the root logger: not ours to show
        try:
            quantize_dynamic(str(source), str(tmp), weight_type=QuantType.QInt8)
        finally:
            root.setLevel(level)
    os.replace(tmp, target)
    return target


# An int8 model is not the float one: it only has to stay near it (measured: cosine .93-.98 on chunk texts).
MIN_AGREEMENT_INT8 = 0.85


def onnx_encoder(model: Any, model_path: str, cache: Path, threads: int,
                 quantised: bool = False) -> OnnxBatchEncoder | None:
    """An ONNX encoder that reproduces model.encode() on the probes (int8: stays near it), or None (unsupported
    model, or packages missing: the caller keeps PyTorch)."""
    from rag.embedding.query_encoder import BertQueryEncoder

    if not BertQueryEncoder.supports(model):
        return None
    try:
        import onnxruntime  # noqa: F401
    except ImportError:
        return None
    try:
        path = export(model, export_path(model_path, cache))
        encoder = OnnxBatchEncoder(model, int8_model(path) if quantised else path, threads)
    except Exception as exc:  # noqa: BLE001 - a cache folder that cannot be written, an export the runtime refuses
        logging.getLogger(__name__).warning("ONNX backend unavailable (%s); embedding with PyTorch", exc)
        return None
    expected = model.encode(list(_PROBES), normalize_embeddings=True, show_progress_bar=False)
    vectors, _, _ = encoder.embed(list(_PROBES))
    agreement = float((vectors * expected).sum(axis=1).min())
    if agreement < (MIN_AGREEMENT_INT8 if quantised else MIN_AGREEMENT):
        return None
    onnx_file = int8_path(path) if quantised else path
    _record_verified(onnx_file, model_path, encoder, int(vectors.shape[1]), agreement)
    return encoder
