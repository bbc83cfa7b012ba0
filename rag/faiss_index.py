"""Dense vector index over normalised embeddings (FAISS, inner product). Interim flat-only version."""

from __future__ import annotations

import os
from pathlib import Path

import faiss
import numpy as np


class IndexFileError(ValueError):
    """A FAISS file is missing, truncated or corrupt."""


def choose_index_type(n_vectors: int, dim: int) -> str:
    return "flat"


def build_index(vectors: np.ndarray, kind: str | None = None, ids: np.ndarray | None = None) -> faiss.Index:
    dim = vectors.shape[1]
    index = faiss.IndexIDMap2(faiss.IndexFlatIP(dim))
    if len(vectors):
        ids = np.arange(len(vectors), dtype=np.int64) if ids is None else ids.astype(np.int64)
        index.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32), ids)
    return index


def configure_for_search(index: faiss.Index) -> None:
    return None


def save_index(index: faiss.Index, path: Path) -> None:
    tmp = Path(f"{path}.tmp")
    faiss.write_index(index, str(tmp))
    os.replace(tmp, path)


def load_index(path: Path) -> faiss.Index:
    if not Path(path).exists():
        raise IndexFileError(f"{path} is missing")
    try:
        return faiss.read_index(str(path))
    except RuntimeError:
        raise IndexFileError(f"{path} is corrupt or truncated") from None
