"""Dense vector index over unit vectors (FAISS, inner product), with the index type chosen from the corpus size.

The rule (benchmarks/faiss_scale.py on this 2-core machine, 384-d, k=10):
    n < 200,000       "flat"  exact, recall 1.0; ~2 ms per query at 10k vectors, ~19 ms at 100k
    n >= 200,000      "hnsw"  HNSW (M=32, efConstruction=80, efSearch=256) over float16 vectors, to keep a single
                              query in milliseconds;
                              recall on embedding-like (clustered) data is in benchmarks/results/faiss_scale_*.md.
On structureless random vectors HNSW and IVF lose most of their recall (0.29 for HNSW at 100k), which is why exact
search is kept up to the size where its latency, not its recall, becomes the problem.
A FAISS id is the vector's row number. Files are written with faiss.write_index (no pickle) via a temporary file.

For "flat" and "hnsw" the FAISS file is the only copy of the vectors (IndexVectors reads rows back from it) and is
memory-mapped on load, so a reader's memory does not hold the vectors: the page cache does.
"""

from __future__ import annotations

import os
from pathlib import Path

import faiss
import numpy as np

FLAT_LIMIT = 200_000
HNSW_M = 32
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 256
IVF_NPROBE = 16
KINDS = ("flat", "hnsw", "ivf_sq8", "ivf_pq")


class IndexFileError(ValueError):
    """A FAISS file is missing, truncated or corrupt."""


def choose_index_type(n_vectors: int, dim: int) -> str:
    """'flat' below FLAT_LIMIT vectors, else 'hnsw' (see the module docstring for the measurements)."""
    return "flat" if n_vectors < FLAT_LIMIT else "hnsw"


def build_index(vectors: np.ndarray, kind: str | None = None, ids: np.ndarray | None = None) -> faiss.Index:
    """An index of `kind` over `vectors` (float32, L2-normalised); ids default to row numbers."""
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    n, dim = vectors.shape
    kind = kind or choose_index_type(n, dim)
    if kind == "flat":
        index = faiss.IndexFlatIP(dim)
    elif kind == "hnsw":
        # float16 storage: half the bytes of float32, scores within ~1e-4 (recall@10 .999 against exact on
        # clustered 384-d vectors, the same as HNSW over float32 within noise)
        index = faiss.IndexHNSWSQ(dim, faiss.ScalarQuantizer.QT_fp16, HNSW_M, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
    elif kind in ("ivf_sq8", "ivf_pq"):
        nlist = max(1, min(4096, int(4 * np.sqrt(max(n, 1)))))
        quantizer = faiss.IndexFlatIP(dim)
        if kind == "ivf_sq8":
            index = faiss.IndexIVFScalarQuantizer(quantizer, dim, nlist, faiss.ScalarQuantizer.QT_8bit,
                                                  faiss.METRIC_INNER_PRODUCT)
        else:
            m = next(m for m in (48, 32, 24, 16, 8, 4, 2, 1) if dim % m == 0)
            index = faiss.IndexIVFPQ(quantizer, dim, nlist, m, 8, faiss.METRIC_INNER_PRODUCT)
        index.train(vectors[np.random.default_rng(0).choice(n, size=min(n, 50 * nlist), replace=False)])
    else:
        raise ValueError(f"unknown FAISS index type {kind!r}; choose one of {', '.join(KINDS)}")
    configure_for_search(index)
    if ids is not None and not np.array_equal(ids, np.arange(n)):
        index = faiss.IndexIDMap2(index)
        if n:
            index.add_with_ids(vectors, ids.astype(np.int64))
    elif n:
        index.add(vectors)
    return index


def configure_for_search(index: faiss.Index) -> None:
    """Search-time parameters that write_index does not keep (HNSW efSearch, IVF nprobe)."""
    inner = faiss.downcast_index(index.index) if isinstance(index, faiss.IndexIDMap) else index
    if isinstance(inner, faiss.IndexHNSW):
        inner.hnsw.efSearch = HNSW_EF_SEARCH
    elif isinstance(inner, faiss.IndexIVF):
        inner.nprobe = IVF_NPROBE


def exact_storage(index: faiss.Index) -> bool:
    """True when the index keeps the vectors themselves, so rows can be read back: Flat (exactly) or HNSW over
    float32 or float16 (to within 1e-4: a reused vector is then that close to a fresh one)."""
    inner = faiss.downcast_index(index.index) if isinstance(index, faiss.IndexIDMap) else index
    if isinstance(inner, faiss.IndexHNSW):
        inner = faiss.downcast_index(inner.storage)
        if isinstance(inner, faiss.IndexScalarQuantizer):
            return inner.sq.qtype == faiss.ScalarQuantizer.QT_fp16
    return isinstance(inner, faiss.IndexFlat)


class IndexVectors:
    """The vectors of a FAISS index that keeps them (exact_storage), read back by row: the index file is their
    only copy."""

    def __init__(self, index: faiss.Index):
        self.index = index
        self.shape = (int(index.ntotal), int(index.d))
        self.dtype = np.dtype(np.float32)

    def __len__(self) -> int:
        return self.shape[0]

    def __getitem__(self, row: int) -> np.ndarray:
        return self.index.reconstruct(int(row))

    def __iter__(self):
        for start in range(0, self.shape[0], 4096):
            yield from self.index.reconstruct_n(start, min(4096, self.shape[0] - start))

    def astype(self, dtype: type, copy: bool = True) -> np.ndarray:
        if not self.shape[0]:
            return np.zeros(self.shape, dtype=dtype)
        return self.index.reconstruct_n(0, self.shape[0]).astype(dtype, copy=False)


def save_index(index: faiss.Index, path: Path) -> None:
    tmp = Path(f"{path}.tmp{os.getpid()}")
    faiss.write_index(index, str(tmp))
    os.replace(tmp, path)


def load_index(path: Path, mmap: bool = True) -> faiss.Index:
    """Read a FAISS file (Flat and HNSW storage memory-mapped, read-only); a missing, truncated or corrupt one is
    one clear IndexFileError."""
    path = Path(path)
    if not path.exists():
        raise IndexFileError(f"{path} is missing")
    try:
        index = faiss.read_index(str(path), faiss.IO_FLAG_MMAP_IFC if mmap else 0)
    except RuntimeError:
        raise IndexFileError(f"{path} is corrupt or truncated") from None
    configure_for_search(index)
    return index
