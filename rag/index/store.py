"""On-disk index layout: manifest, documents, chunks, vectors, FAISS and BM25 files; atomic swaps; clear errors.

Long because reading, writing, locking and swapping the folder must agree on one layout, kept in one place.

Layout of an index folder (no pickle anywhere):
    manifest.json     format version, embedding model and dimension, chunking settings, corpus file hashes
    documents.jsonl   one line per document: metadata, full text (what offsets index), paragraphs
    chunks.jsonl      one line per chunk, in row order (row = FAISS id = BM25 row)
    dense.faiss       FAISS index of the float32 unit vectors: one per chunk, then one per sentence of multi-sentence
                      chunks (FAISS id = vector row); for Flat and HNSW the only copy of the vectors (memory-mapped)
    vectors.npy       the same vectors, written only beside a lossy FAISS index (IVF), whose rows cannot be read back
    vector_chunks.npy int64 (n,) chunk row of each vector (a chunk's dense score is its best vector's)
    vector_keys.json  content hash of each vector's text, so unchanged text is never re-embedded
    bm25/             bm25s arrays (.npy, allow_pickle=False) and JSON vocabulary
    token_vectors.npy int8 (t, dim) content-token vectors of every chunk, for late-interaction reranking
    token_scales.npy  float32 (t,) scale of each token row (vector = int8 row * scale)
    token_offsets.npy int64 (chunks + 1,) chunk i owns token rows [offsets[i], offsets[i+1])
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from rag.types import Chunk, Document, DocumentMeta, Paragraph

# 2: BM25 splits hyphenated words ("anti-radicalisation" -> anti, radicalisation); token vectors for MaxSim
# 3: token vectors int8 with a per-row float32 scale (token_scales.npy), memory-mapped when large
# 4: one copy of the dense vectors (dense.faiss; vectors.npy only beside a lossy index); repeated word-pieces of a
#    chunk share one token vector
FORMAT_VERSION = 4
MANIFEST = "manifest.json"
TERMS = "terms.json"  # the collection's acronyms, proper nouns and phrases (rag.ingest.collection_terms)


class IndexLoadError(RuntimeError):
    """The index cannot be used; the message is one line that says what to do."""


class IndexMissingError(IndexLoadError):
    pass


class IndexCorruptError(IndexLoadError):
    pass


class IndexMismatchError(IndexLoadError):
    pass


class IndexBusyError(RuntimeError):
    """Another process is building this index; the message is one line naming its pid."""


def rebuild_hint(index_dir: Path, corpus_dir: str = "corpus", model: str | None = None) -> str:
    model_flag = f" --model {model}" if model else ""
    return f"rebuild it with: rag index {_shown_path(corpus_dir)} --index {index_dir}{model_flag}"


def _shown_path(path: str) -> str:
    """A stored corpus path as the user should type it from here: relative when under the current folder."""
    if not os.path.isabs(path):
        return path  # an index written before corpus paths were stored absolute: the best guess there is
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return path
    return path if relative.startswith("..") else relative


def _lock_path(index_dir: Path, kind: str) -> Path:
    # Beside the index folder, not in it: the folder itself is replaced by every build.
    return index_dir.with_name(f".{index_dir.name}.{kind}.lock")


@contextlib.contextmanager
def build_lock(index_dir: Path) -> Iterator[None]:
    """Hold the index's build lock (one writer at a time), or raise IndexBusyError at once naming the holder."""
    index_dir = Path(index_dir)
    index_dir.parent.mkdir(parents=True, exist_ok=True)
    path = _lock_path(index_dir, "build")
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
            raise IndexBusyError(
                f"another build of {index_dir}/ is running (pid {holder}); wait for it to finish, then run again"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        os.close(fd)  # closing releases the lock; a killed process's lock is released by the kernel


@contextlib.contextmanager
def _swap_lock(index_dir: Path, exclusive: bool) -> Iterator[None]:
    """Writers swap under the exclusive lock, readers read under the shared one: a reader never sees the folder
    between the two renames, and a writer never deletes the folder a reader is reading."""
    try:
        fd = os.open(_lock_path(index_dir, "swap"), os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        if exclusive:
            raise
        yield  # a read-only place (an index shipped on a read-only disk) has no writers to wait for
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
        yield
    finally:
        os.close(fd)


def remove_leftovers(index_dir: Path) -> list[Path]:
    """Delete temporary folders left by builds that were killed while writing (call with the build lock held)."""
    index_dir = Path(index_dir)
    removed = []
    if not index_dir.parent.is_dir():
        return removed
    for tmp in index_dir.parent.glob(f".{index_dir.name}.tmp-*"):
        if tmp.is_dir() and not tmp.is_symlink():
            shutil.rmtree(tmp, ignore_errors=True)
            removed.append(tmp)
    return removed


@dataclass
class Manifest:
    """What an index was built from and with; compared on load and on rebuild."""

    embedding_model: str
    dim: int
    chunking: dict[str, Any]
    files: dict[str, dict[str, Any]]  # doc_id -> {"sha256", "size", "chunks"}
    faiss_type: str
    corpus_dir: str = "corpus"
    format_version: int = FORMAT_VERSION
    created: float = field(default_factory=time.time)
    counts: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, dict[str, str]] = field(default_factory=dict)  # file name -> {"reason", "sha256"}

    @property
    def index_version(self) -> str:
        """Short fingerprint of model + chunking + corpus content: names the index an answer came from."""
        import hashlib

        payload = json.dumps([self.format_version, self.embedding_model, self.chunking,
                              sorted((k, v["sha256"]) for k, v in self.files.items())])
        return f"v{self.format_version}-{hashlib.sha256(payload.encode()).hexdigest()[:10]}"

    def to_json(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["index_version"] = self.index_version
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Manifest:
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        return cls(**known)


def read_manifest(index_dir: Path) -> Manifest:
    """Read and check the manifest (waiting while a build swaps the folder); raise IndexLoadError subclasses with
    one clear line."""
    index_dir = Path(index_dir)
    recover_interrupted_swap(index_dir)
    with _swap_lock(index_dir, exclusive=False):
        return _read_manifest(index_dir)


def _read_manifest(index_dir: Path) -> Manifest:
    path = index_dir / MANIFEST
    if not path.exists():
        if not index_dir.exists() or not any(index_dir.iterdir()):
            raise IndexMissingError(f"no index at {index_dir}/: {rebuild_hint(index_dir)}")
        raise IndexCorruptError(f"{path} is missing, so the index is incomplete: {rebuild_hint(index_dir)}")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        manifest = Manifest.from_json(data)
        _check_types(manifest)
    except (ValueError, TypeError, UnicodeDecodeError) as exc:
        raise IndexCorruptError(f"{path} is corrupt ({exc}): {rebuild_hint(index_dir)}") from None
    if manifest.format_version != FORMAT_VERSION:
        raise IndexMismatchError(
            f"{index_dir}/ has index format {manifest.format_version}, this version reads format {FORMAT_VERSION}: "
            f"{rebuild_hint(index_dir, manifest.corpus_dir)}"
        )
    return manifest


def model_of(index_dir: Path) -> str | None:
    """The embedding model an index folder was built with, or None when its manifest can't say (read_index then
    reports why). Lets a reader start loading the model while the index's files are read."""
    try:
        return _read_manifest(Path(index_dir)).embedding_model
    except IndexLoadError:
        return None


def _check_types(manifest: Manifest) -> None:
    """Every field a reader or a rebuild uses has the type it must have (a hand-edited file may not)."""
    def mapping_of_dicts(value: Any) -> bool:
        return isinstance(value, dict) and all(isinstance(k, str) and isinstance(v, dict) for k, v in value.items())

    problems = []
    if not isinstance(manifest.dim, int) or isinstance(manifest.dim, bool) or manifest.dim <= 0:
        problems.append("dim")
    if not mapping_of_dicts(manifest.files) or not all(
        isinstance(v.get("sha256"), str) for v in manifest.files.values()
    ):
        problems.append("files")
    if not mapping_of_dicts(manifest.skipped):
        problems.append("skipped")
    if not isinstance(manifest.chunking, dict):
        problems.append("chunking")
    if not isinstance(manifest.counts, dict) or not all(isinstance(v, int) for v in manifest.counts.values()):
        problems.append("counts")
    for name in ("embedding_model", "faiss_type", "corpus_dir"):
        if not isinstance(getattr(manifest, name), str):
            problems.append(name)
    if not isinstance(manifest.format_version, int):
        problems.append("format_version")
    if problems:
        raise ValueError(f"wrong type for {', '.join(problems)}")


def _write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


try:  # orjson (installed with gradio) parses a 20,000-letter index's documents and chunks in a third of the time
    from orjson import loads as _json_loads
except ImportError:  # pragma: no cover - the standard library reads the same files
    _json_loads = json.loads


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    with path.open("rb") as fh:
        for line in fh:
            if line.strip():
                rows.append(_json_loads(line))
    return rows


def document_to_json(doc: Document) -> dict[str, Any]:
    return {
        "meta": doc.meta._asdict(),
        "text": doc.text,
        "paragraphs": [p._asdict() for p in doc.paragraphs],
        "source_format": doc.source_format,
        "sha256": doc.sha256,
        "notes": doc.notes,
    }


def document_from_json(row: dict[str, Any]) -> Document:
    return Document(
        meta=DocumentMeta(**{**row["meta"], "spans": tuple(tuple(s) for s in row["meta"].get("spans") or ())}),
        text=row["text"],
        paragraphs=[Paragraph(**p) for p in row["paragraphs"]],
        source_format=row["source_format"],
        sha256=row["sha256"],
        notes=dict(row.get("notes") or {}),
    )


@dataclass
class StoredIndex:
    """Everything in an index folder, loaded into memory."""

    manifest: Manifest
    documents: dict[str, Document]
    chunks: list[Chunk]
    vectors: np.ndarray
    vector_chunks: np.ndarray
    vector_keys: list[str]
    dense: Any  # faiss.Index
    bm25: Any  # rag.index.lexical.BM25Index
    tokens: Any = None  # rag.index.late_interaction.TokenVectors, or None when the embedder gives no token vectors
    terms: Any = None  # rag.ingest.collection_terms.CollectionTerms, or None for an index written before them


def write_index(index_dir: Path, stored: StoredIndex) -> None:
    """Write to a sibling temporary folder, then swap it into place, so a killed build leaves the old index."""
    from rag.index.dense import exact_storage, save_index

    index_dir = Path(index_dir)
    index_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = index_dir.with_name(f".{index_dir.name}.tmp-{os.getpid()}")
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir()
    _write_jsonl(tmp / "documents.jsonl", [document_to_json(d) for d in stored.documents.values()])
    _write_jsonl(tmp / "chunks.jsonl", [c._asdict() for c in stored.chunks])
    if not exact_storage(stored.dense):
        np.save(tmp / "vectors.npy", stored.vectors.astype(np.float32), allow_pickle=False)
    np.save(tmp / "vector_chunks.npy", stored.vector_chunks.astype(np.int64), allow_pickle=False)
    (tmp / "vector_keys.json").write_text(json.dumps(stored.vector_keys), encoding="utf-8")
    save_index(stored.dense, tmp / "dense.faiss")
    (tmp / "bm25").mkdir()
    stored.bm25.save(tmp / "bm25")
    if stored.tokens is not None:
        stored.tokens.save(tmp)
    if stored.terms is not None:
        (tmp / TERMS).write_text(json.dumps(stored.terms.to_json()), encoding="utf-8")
    # The manifest goes last: a folder without one is never mistaken for a finished index.
    (tmp / MANIFEST).write_text(json.dumps(stored.manifest.to_json(), indent=2), encoding="utf-8")
    swap_into_place(tmp, index_dir)


def swap_into_place(tmp: Path, index_dir: Path) -> None:
    """Replace index_dir by tmp with two renames under the swap lock (readers wait for both);
    recover_interrupted_swap() mends the gap if the process dies between them."""
    old = index_dir.with_name(f".{index_dir.name}.old")
    with _swap_lock(index_dir, exclusive=True):
        if old.exists():
            shutil.rmtree(old)
        if index_dir.exists():
            index_dir.rename(old)
        tmp.rename(index_dir)
        if old.exists():
            shutil.rmtree(old)


def _interrupted(index_dir: Path) -> bool:
    return index_dir.with_name(f".{index_dir.name}.old").exists() and not (index_dir / MANIFEST).exists()


def recover_interrupted_swap(index_dir: Path) -> None:
    """If a build died between its two renames, put the previous index back. A live writer holds the swap lock
    while it renames, so the check is made again under that lock: a build still swapping is not undone."""
    index_dir = Path(index_dir)
    if not _interrupted(index_dir):
        return
    try:
        with _swap_lock(index_dir, exclusive=True):
            if _interrupted(index_dir):
                if index_dir.exists():
                    shutil.rmtree(index_dir)
                index_dir.with_name(f".{index_dir.name}.old").rename(index_dir)
    except OSError:
        return  # read-only: the load below reports what is there


_NPY_MAGIC = b"\x93NUMPY"


def _check_npy_files(index_dir: Path) -> None:
    """numpy reads a file without the .npy signature as a pickle (and, refusing, calls any such file "pickled
    data"): say what a damaged array file really is, before numpy guesses."""
    for path in sorted([*index_dir.glob("*.npy"), *index_dir.glob("bm25/*.npy")]):
        with path.open("rb") as fh:
            head = fh.read(len(_NPY_MAGIC))
        if head != _NPY_MAGIC:
            what = "pickled data, refused" if head[:1] == b"\x80" else "not a NumPy array file"
            raise ValueError(f"{path.relative_to(index_dir)} is {what}")


def read_index(index_dir: Path) -> StoredIndex:
    """Load every file of an index folder; any damage is one clear IndexLoadError. Waits while a build swaps the
    folder, so a reader never sees half of one index and half of another."""
    index_dir = Path(index_dir)
    recover_interrupted_swap(index_dir)
    with _swap_lock(index_dir, exclusive=False):
        return _read_index(index_dir)


def _read_index(index_dir: Path) -> StoredIndex:
    from rag.index.dense import IndexFileError, IndexVectors, configure_for_search, exact_storage, load_index
    from rag.index.late_interaction import TokenVectors
    from rag.index.lexical import BM25Index

    manifest = _read_manifest(index_dir)
    hint = rebuild_hint(index_dir, manifest.corpus_dir, manifest.embedding_model)
    try:
        _check_npy_files(index_dir)
        documents = {}
        for row in _read_jsonl(index_dir / "documents.jsonl"):
            doc = document_from_json(row)
            documents[doc.doc_id] = doc
        chunks = [Chunk(**row) for row in _read_jsonl(index_dir / "chunks.jsonl")]
        vector_chunks = np.load(index_dir / "vector_chunks.npy", allow_pickle=False)
        vector_keys = json.loads((index_dir / "vector_keys.json").read_text(encoding="utf-8"))
        bm25 = BM25Index.load(index_dir / "bm25", len(chunks))
        tokens = TokenVectors.load(index_dir) if "token_vectors" in manifest.counts else None
        terms = _read_terms(index_dir / TERMS)
    except (OSError, ValueError, TypeError, KeyError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc).splitlines()[0][:120]
        raise IndexCorruptError(f"index at {index_dir}/ is damaged ({reason}): {hint}") from None
    try:
        dense = load_index(index_dir / "dense.faiss")
    except IndexFileError as exc:
        raise IndexCorruptError(f"{exc}: {hint}") from None
    configure_for_search(dense)
    try:
        # A search reads one row (its feedback passage's): from the FAISS file, or beside a lossy index from
        # vectors.npy, memory-mapped.
        vectors = (IndexVectors(dense) if exact_storage(dense)
                   else np.load(index_dir / "vectors.npy", mmap_mode="r", allow_pickle=False))
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc).splitlines()[0][:120]
        raise IndexCorruptError(f"index at {index_dir}/ is damaged ({reason}): {hint}") from None
    n = len(vector_chunks)
    consistent = (
        vectors.shape == (n, manifest.dim) and dense.ntotal == n and len(vector_keys) == n
        and bm25.size == len(chunks)
        and (n == 0 or 0 <= int(vector_chunks.min()) <= int(vector_chunks.max()) < len(chunks))
        and (tokens is None or tokens.consistent_with(len(chunks), manifest.dim))
    )
    if not consistent:
        raise IndexCorruptError(f"index at {index_dir}/ is inconsistent (row counts differ): {hint}")
    return StoredIndex(manifest, documents, chunks, vectors, vector_chunks, vector_keys, dense, bm25, tokens, terms)


def _read_terms(path: Path) -> Any:
    """The collection's terms, or None when the index predates them (counted at the first question instead)."""
    from rag.ingest.collection_terms import CollectionTerms

    if not path.exists():
        return None
    try:
        return CollectionTerms.from_json(json.loads(path.read_text(encoding="utf-8")))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path.name} is not valid JSON ({exc.msg})") from None
