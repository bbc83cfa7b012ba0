"""Late interaction (MaxSim): each chunk keeps its contextual token vectors; a query's tokens each find their best
match in a candidate chunk, and the mean of those matches re-orders the hybrid shortlist (ColBERT-style scoring
with the same MiniLM model: no extra model, and the query's token vectors come from the pass that embeds it).

It re-orders the hybrid top 50 (the gain is in docs/evaluation.md). Only content word-pieces are kept (no
stopwords, punctuation or special tokens).
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np


TOKENS_FILE = "token_vectors.npy"
SCALES_FILE = "token_scales.npy"
OFFSETS_FILE = "token_offsets.npy"
IN_MEMORY_BYTES = 512 * 2**20  # token vectors up to this size (as float32) are held in memory, dequantised


def quantise(vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """int8 rows and one float32 scale per row (row = int8 * scale): a quarter of float32, half of float16.

    Rows are unit vectors, so a per-row scale of max|x|/127 keeps each component within half a step (~0.4% of the
    row's largest component). Measured on eval/qa.jsonl against float16: the same hit@5 and answers (see
    benchmarks/results/scale.md)."""
    vectors = np.asarray(vectors, dtype=np.float32)
    scales = np.abs(vectors).max(axis=1) / 127.0 if len(vectors) else np.zeros(0, dtype=np.float32)
    scales = np.where(scales > 0, scales, 1.0).astype(np.float32)
    return np.rint(vectors / scales[:, None]).astype(np.int8), scales


class TokenVectors:
    """Token vectors of every chunk in one matrix (int8 with a per-row scale on disk); chunk i owns rows
    offsets[i]:offsets[i+1].

    A small index is dequantised into float32 once at load (converting the candidates' rows on every search cost
    more than the MaxSim itself: 2 ms of 5 per search). A large one stays int8, memory-mapped from disk, so memory
    does not grow with the collection: a search reads only its shortlist's rows (about 50 chunks)."""

    def __init__(self, vectors: np.ndarray, scales: np.ndarray, offsets: np.ndarray):
        if vectors.dtype == np.int8 and vectors.size * 4 <= IN_MEMORY_BYTES:
            vectors = np.asarray(vectors, dtype=np.float32) * np.asarray(scales, dtype=np.float32)[:, None]
            scales = np.ones(len(vectors), dtype=np.float32)
        self.vectors = vectors  # int8 (memory-mapped, with scales) or float32 (scales all 1)
        self.scales = scales
        self.offsets = offsets

    @classmethod
    def from_arrays(cls, arrays: list[np.ndarray | tuple[np.ndarray, np.ndarray]], dim: int,
                    release: bool = False) -> TokenVectors:
        """From per-chunk float matrices, or (int8, scales) pairs from quantise().

        release: empty the list's entries as they are copied, so a build holds one copy of the token vectors at
        its peak, not two (at 20,000 letters each copy is gigabytes)."""
        offsets = np.zeros(len(arrays) + 1, dtype=np.int64)
        offsets[1:] = np.cumsum([len(a[0] if isinstance(a, tuple) else a) for a in arrays])
        vectors = np.empty((int(offsets[-1]), dim), dtype=np.int8)
        scales = np.empty(int(offsets[-1]), dtype=np.float32)
        for i, array in enumerate(arrays):
            q, sc = array if isinstance(array, tuple) else quantise(array)
            vectors[offsets[i]:offsets[i + 1]] = np.asarray(q).reshape(-1, dim)
            scales[offsets[i]:offsets[i + 1]] = sc
            if release:
                arrays[i] = None
        return cls(vectors, scales, offsets)

    def __len__(self) -> int:
        return len(self.offsets) - 1

    @property
    def count(self) -> int:
        """How many token rows there are, over every chunk."""
        return int(self.offsets[-1])

    def rows(self, rows: np.ndarray) -> np.ndarray:
        """Token rows (by token row number) as float32."""
        rows = np.asarray(rows, dtype=np.int64)
        out = np.asarray(self.vectors[rows], dtype=np.float32)
        if self.vectors.dtype == np.int8:
            out *= np.asarray(self.scales[rows], dtype=np.float32)[:, None]
        return out

    def chunk(self, row: int) -> np.ndarray:
        return self.rows(np.arange(self.offsets[row], self.offsets[row + 1]))

    def chunk_quantised(self, row: int) -> tuple[np.ndarray, np.ndarray]:
        """A chunk's rows as stored: (int8, scales), for reuse by an incremental build without a round trip."""
        start, end = int(self.offsets[row]), int(self.offsets[row + 1])
        if self.vectors.dtype == np.int8:
            return np.asarray(self.vectors[start:end]), np.asarray(self.scales[start:end])
        return quantise(self.vectors[start:end])

    def gather(self, rows: list[int]) -> tuple[np.ndarray, np.ndarray]:
        """(float32 token rows of the chunks in `rows`, concatenated in that order; each chunk's token count)."""
        starts, ends = self.offsets[rows], self.offsets[np.asarray(rows) + 1]
        lengths = ends - starts
        present = lengths > 0
        lengths_present = lengths[present]
        # Every token row of the chosen chunks, without one arange per chunk: row i of chunk j is start_j + i.
        gathered = (np.repeat(starts[present] - np.cumsum(lengths_present) + lengths_present, lengths_present)
                    + np.arange(int(lengths_present.sum())))
        return self.rows(gathered), lengths

    def save(self, folder: Path) -> None:
        if self.vectors.dtype == np.int8:
            vectors, scales = np.asarray(self.vectors), np.asarray(self.scales)
        else:
            vectors, scales = quantise(self.vectors)
        np.save(folder / TOKENS_FILE, vectors, allow_pickle=False)
        np.save(folder / SCALES_FILE, scales, allow_pickle=False)
        np.save(folder / OFFSETS_FILE, self.offsets, allow_pickle=False)

    @classmethod
    def load(cls, folder: Path) -> TokenVectors:
        vectors = np.load(folder / TOKENS_FILE, mmap_mode="r", allow_pickle=False)
        scales = np.load(folder / SCALES_FILE, mmap_mode="r", allow_pickle=False)
        offsets = np.load(folder / OFFSETS_FILE, allow_pickle=False)
        if vectors.dtype != np.int8 or scales.dtype != np.float32:
            raise ValueError(f"token vectors are {vectors.dtype} with {scales.dtype} scales, not int8 with float32")
        return cls(vectors, scales, offsets)

    def consistent_with(self, chunks: int, dim: int) -> bool:
        return (
            len(self) == chunks
            and self.vectors.ndim == 2
            and self.vectors.shape[1] == dim
            and len(self.scales) == len(self.vectors)
            and int(self.offsets[0]) == 0
            and int(self.offsets[-1]) == len(self.vectors)
            and bool(np.all(np.diff(self.offsets) >= 0))
        )


class TokenSpill:
    """A build's token rows, written to a scratch file as they are made instead of held in memory: at 20,000
    letters they are 2.9 GB, the largest thing a build would hold. Chunks arrive in embedding order (by length);
    save() writes them out in chunk order with plain reads and writes, so the copy never counts as the process's
    memory (a memory map of the file would)."""

    def __init__(self, path: Path, dim: int, chunks: int):
        self.path = Path(path)
        self.dim = int(dim)  # a NumPy integer would be written into the .npy header as such
        self._file = self.path.open("w+b")
        self._unflushed = False  # reads go past the file object's buffer (os.pread): flushed before one
        self._at = np.full(chunks, -1, dtype=np.int64)  # chunk -> first row in the scratch file (-1: none yet)
        self._length = np.zeros(chunks, dtype=np.int64)
        self._scales: list[np.ndarray | None] = [None] * chunks
        self._rows = 0

    def put(self, chunk: int, vectors: np.ndarray, scales: np.ndarray) -> None:
        """A chunk's int8 rows and their scales (from quantise)."""
        vectors = np.ascontiguousarray(vectors, dtype=np.int8).reshape(-1, self.dim)
        self._file.seek(self._rows * self.dim)
        self._file.write(vectors.tobytes())
        self._unflushed = True
        self._at[chunk], self._length[chunk] = self._rows, len(vectors)
        self._scales[chunk] = np.asarray(scales, dtype=np.float32)
        self._rows += len(vectors)

    def __len__(self) -> int:
        return len(self._at)

    @property
    def count(self) -> int:
        return int(self._length.sum())

    def chunk_quantised(self, row: int) -> tuple[np.ndarray, np.ndarray]:
        """A chunk's rows as put: (int8, scales)."""
        if self._at[row] < 0 or not self._length[row]:
            return np.zeros((0, self.dim), dtype=np.int8), np.zeros(0, dtype=np.float32)
        if self._unflushed:
            self._file.flush()
            self._unflushed = False
        data = os.pread(self._file.fileno(), int(self._length[row]) * self.dim, int(self._at[row]) * self.dim)
        scales = self._scales[row]
        assert scales is not None
        return np.frombuffer(data, dtype=np.int8).reshape(-1, self.dim), scales

    def save(self, folder: Path) -> None:
        """The three files TokenVectors.save writes, the same bytes, chunk by chunk."""
        self._file.flush()
        offsets = np.zeros(len(self) + 1, dtype=np.int64)
        offsets[1:] = np.cumsum(self._length)
        with (folder / TOKENS_FILE).open("wb") as out:
            np.lib.format.write_array_header_1_0(
                out, {"descr": np.lib.format.dtype_to_descr(np.dtype(np.int8)), "fortran_order": False,
                      "shape": (int(offsets[-1]), self.dim)})
            for chunk in range(len(self)):
                out.write(self.chunk_quantised(chunk)[0].tobytes())
        empty = np.zeros(0, dtype=np.float32)
        scales = np.concatenate([s if s is not None else empty for s in self._scales]) if len(self) else empty
        np.save(folder / SCALES_FILE, scales.astype(np.float32), allow_pickle=False)
        np.save(folder / OFFSETS_FILE, offsets, allow_pickle=False)

    def close(self) -> None:
        """Close and delete the scratch file."""
        self._file.close()
        self.path.unlink(missing_ok=True)


def maxsim(query: np.ndarray, document: np.ndarray) -> float:
    """Mean over query tokens of the best cosine with any document token (rows are unit vectors)."""
    if len(query) == 0 or len(document) == 0:
        return 0.0
    return float((query.astype(np.float32) @ document.astype(np.float32).T).max(axis=1).mean())


def maxsim_many(query: np.ndarray, rows: list[int], store: TokenVectors) -> np.ndarray:
    """maxsim() of the query against each chunk in `rows`, in one matrix product over their gathered tokens.

    store: anything with gather(rows) -> (float32 token rows, token count per chunk): TokenVectors, or a database
    store that fetches only those chunks' rows."""
    scores = np.zeros(len(rows), dtype=np.float32)
    if not len(rows):
        return scores
    tokens, lengths = store.gather(rows)
    present = lengths > 0
    if not present.any():
        return scores
    similarity = _similarity(query.astype(np.float32), np.ascontiguousarray(tokens, dtype=np.float32))
    scores[present] = _best_match_means(similarity, lengths[present])
    return scores


def maxsim_each(query: np.ndarray, token_arrays: list[np.ndarray]) -> np.ndarray:
    """maxsim() of the query against each of several token matrices (e.g. sentences), in one matrix product."""
    sizes = np.asarray([len(t) for t in token_arrays], dtype=np.int64)
    scores = np.zeros(len(token_arrays), dtype=np.float32)
    present = sizes > 0
    if len(query) == 0 or not present.any():
        return scores
    stacked = np.concatenate([np.asarray(t, dtype=np.float32) for t in token_arrays if len(t)])
    similarity = _similarity(np.asarray(query, dtype=np.float32), stacked)
    scores[present] = _best_match_means(similarity, sizes[present])
    return scores


def _best_match_means(similarity: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """Per group of consecutive columns (sizes > 0): the mean over query rows of the row's best column."""
    bounds = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    return np.maximum.reduceat(similarity, bounds, axis=1).mean(axis=0)


def _similarity(query: np.ndarray, tokens: np.ndarray) -> np.ndarray:
    """query @ tokens.T, in torch when the process has loaded it: numpy's OpenBLAS threads spin after a product and
    slowed the next query's torch forward pass on 2 cores (measured: search p50 28 -> 12 ms). A process that serves
    from ONNX alone (rag/embedding/onnx_embedder.py) never imports torch for this (4 s)."""
    import sys

    torch = sys.modules.get("torch")
    if torch is None:
        return query @ tokens.T
    with torch.inference_mode():
        return (torch.from_numpy(query) @ torch.from_numpy(tokens).T).numpy()
