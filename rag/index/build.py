"""Build or update an index from a corpus folder, re-embedding only new or changed text."""

from __future__ import annotations

import hashlib
import inspect
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from rag import settings
from rag.embedding.embedder import Embedder
from rag.index.late_interaction import TokenSpill, TokenVectors, quantise
from rag.index.store import (
    IndexLoadError,
    Manifest,
    StoredIndex,
    build_lock,
    read_index,
    remove_leftovers,
    write_index,
)
from rag.types import Chunk, Document

# Bump INGEST_VERSION when parsing or chunking code changes what a file becomes: old indexes are then reparsed.
INGEST_VERSION = 35
# 31: a second header row only under a spanning cell; a text-table row's pieces read in order only when each
#     reaches its column; a PDF table's rows stop at the next table's header; a title is not the issuing body's
#     name, may wrap after a colon, and is the line under a heading that only names the form ("DMPC Decision - …")
# 30: PDF table rows set apart by padding stay one table
# 29: a table carried over a page break under its repeated header is one table
# 28: text tables: rules under each column, one header piece per column read in order
# 26: a header cell spanning columns names them with the row under it
# 25: only an opening "Date:"-like field beats the header date; 24: no emphasis in cells
# 20: a date written "17<sup>th</sup> March 2017" has its span
# 19: list items know their lead-in and nesting (indentation, marker style and glyph, docx "List
# Bullet 2" styles); one extra "list" chunk per short list
# 18: metadata spans, sign-off posts to the cc line, address-block recipients
# 17: Markdown pipe rows without a header rule are table rows
# 16: lead-in list embedding and header key words dropped again (measured worse)
# 15: one-line sign-off naming its person is a signature; PDF column gaps kept (unruled tables)
# 14: lead-in embedded with its short list; header key words; numbered items under a lead-in labelled "¶n, item k"
# 13: short lists embedded whole in each member (own chunks kept); list numbers end no sentence
# 12: HTML rowspan cells carried down their rows
# 11: bulleted field lines at the top are header fields; genre from the header as doc_type
# 10: a short list is one chunk with its lead-in (dropped in 13)
# 9: page chrome blanked in place (page-cut sentences join), typed sign-off blocks, annex after signature
# 8: structure-aware converters (docx order+numbering, html main content, pdfplumber), table rows, fields
DEFAULT_CHUNKING = {"max_tokens": 200, "min_tokens": 40, "encoding": "cl100k_base", "ingest_version": INGEST_VERSION}
EMBED_BATCH = 64

# progress(stage, done, total): stages are "parse", "embed", "terms" (the collection's acronyms and names), "write".
Progress = Callable[[str, int, int], None]


@dataclass
class BuildReport:
    """What a build did, for the CLI summary and the benchmark."""

    documents: int = 0
    paragraphs: int = 0
    chunks: int = 0
    embedded: int = 0  # chunks whose vectors were computed in this build
    reused: int = 0  # chunks whose vectors came from the previous index
    unchanged_files: int = 0
    removed_files: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file name, reason)
    seconds: float = 0.0
    faiss_type: str = ""
    index_version: str = ""
    found: list[dict] = field(default_factory=list)  # per document: format, counts and the metadata found


# The metadata `rag index` reports per document, in its table's column order.
REPORTED_FIELDS = ("title", "doc_type", "date", "reference", "author", "author_role", "recipient", "organisation",
                   "committee", "report_by", "contact_officer")


def _embed_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _previous(index_dir: Path, embedder: Embedder) -> StoredIndex | None:
    """The existing index if its vectors can be reused (same embedding model and dimension)."""
    try:
        old = read_index(index_dir)
    except IndexLoadError:
        return None  # missing, damaged or another format: build from scratch
    same = (old.manifest.embedding_model, old.manifest.dim) == (embedder.name, embedder.dim)
    return old if same else None


def build_index(
    corpus_dir: Path,
    index_dir: Path,
    embedder: Embedder,
    chunking: dict | None = None,
    progress: Progress | None = None,
    faiss_type: str | None = None,
    store: Any = None,
) -> tuple[StoredIndex, BuildReport]:
    """Parse, chunk, embed (reusing vectors by content hash), index, and atomically write to index_dir.

    One build at a time per index folder: a second one raises IndexBusyError at once (naming the first's pid).
    store: a database store (rag.index.pgstore.PgStore) to read the previous index from and write to instead of
    index_dir; it indexes the vectors and words itself, so no FAISS or BM25 files are made, and it serialises its
    writers with its own advisory lock.
    """
    corpus_dir, index_dir = Path(corpus_dir), Path(index_dir)
    if not corpus_dir.is_dir():
        raise FileNotFoundError(f"corpus folder {corpus_dir}/ does not exist")
    if store is not None:
        return _build_locked(corpus_dir, index_dir, embedder, chunking, progress, faiss_type, store)
    with build_lock(index_dir):
        remove_leftovers(index_dir)  # temporary folders of builds that were killed while writing
        return _build_locked(corpus_dir, index_dir, embedder, chunking, progress, faiss_type)


def _build_locked(
    corpus_dir: Path,
    index_dir: Path,
    embedder: Embedder,
    chunking: dict | None,
    progress: Progress | None,
    faiss_type: str | None,
    store: Any = None,
) -> tuple[StoredIndex, BuildReport]:
    from rag.index.dense import build_index as build_faiss
    from rag.index.dense import choose_index_type
    from rag.index.lexical import BM25Index
    from rag.ingest import SUPPORTED_SUFFIXES, IngestError, chunk_document, corpus_files, load_document
    from rag.ingest.collection_terms import count_terms
    from rag.ingest.loaders import max_file_seconds

    started = time.perf_counter()
    chunking = dict(DEFAULT_CHUNKING, **(chunking or {}))
    report = BuildReport()
    tick = progress or (lambda stage, done, total: None)

    old = store.previous(embedder) if store is not None else _previous(index_dir, embedder)
    # Parsed documents are reused only when parsing and chunking are unchanged; vectors whenever the text is.
    reuse_docs = old is not None and old.manifest.chunking == chunking
    old_hashes = {doc_id: info["sha256"] for doc_id, info in (old.manifest.files.items() if old else [])}

    # Unchanged files (same bytes) keep their parsed document and chunks; only the rest is parsed.
    listing = corpus_files(corpus_dir)  # symbolic links and anything resolving outside the folder are skipped
    files = listing.files
    report.skipped.extend(listing.skipped)
    documents: dict[str, Document] = {}
    chunks_by_doc: dict[str, list[Chunk]] = {}
    for done, path in enumerate(files):
        tick("parse", done, len(files))
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            report.skipped.append((path.name, f"unsupported file type {path.suffix or '(none)'}"))
            continue
        if reuse_docs and path.name in old_hashes and _file_sha256(path) == old_hashes[path.name]:
            documents[path.name] = old.documents[path.name]
            chunks_by_doc[path.name] = [c for c in old.chunks if c.doc_id == path.name]
            report.unchanged_files += 1
            continue
        parse_started = time.monotonic()
        try:
            doc = load_document(path)
            doc_chunks = chunk_document(doc, max_tokens=chunking["max_tokens"], min_tokens=chunking["min_tokens"])
        except Exception as exc:  # noqa: BLE001 - any unreadable file is reported and skipped, the rest indexed
            reason = exc.reason(path.name) if isinstance(exc, IngestError) else str(exc)
            report.skipped.append((path.name, reason.splitlines()[0] if reason.strip() else type(exc).__name__))
            continue
        spent = time.monotonic() - parse_started
        if spent > max_file_seconds():
            report.skipped.append((path.name, f"parsing took {spent:.0f} s, over the {max_file_seconds():g} s budget "
                                              "for one file (set RAG_MAX_FILE_SECONDS to raise it)"))
            continue
        documents[doc.doc_id] = doc
        chunks_by_doc[doc.doc_id] = doc_chunks
    tick("parse", len(files), len(files))
    report.skipped.sort()
    if old:
        report.removed_files = sorted(set(old_hashes) - set(documents))

    ordered = sorted(documents)
    documents = {doc_id: documents[doc_id] for doc_id in ordered}
    chunks = [c for doc_id in ordered for c in chunks_by_doc[doc_id]]

    # Vectors: one per chunk plus one per sentence of multi-sentence chunks (paraphrased questions usually
    # match one sentence); each reused by the hash of its text, the rest embedded in batches.
    units = embedding_units(chunks)
    keys = [_embed_key(text) for _, text in units]
    # The previous index's rows by text hash: a reused vector is copied when it is needed, not all up front.
    cache: dict[str, int] = {key: row for row, key in enumerate(old.vector_keys)} if old else {}
    # Chunk units (the first len(chunks)) also keep their token vectors for late interaction, from the same pass.
    with_tokens = hasattr(embedder, "embed_with_tokens")
    # Repeated word-pieces of a chunk are stored once (merge_token_repeats), by embedders that can.
    merge_repeats = with_tokens and "merge_repeats" in inspect.signature(embedder.embed_with_tokens).parameters
    token_cache: dict[str, int] = {}  # text hash -> the previous index's chunk row that holds its token rows
    if old and old.tokens is not None:
        token_cache = {old.vector_keys[row]: row for row in range(len(old.chunks))}
    vectors = np.zeros((len(units), embedder.dim), dtype=np.float32)
    # Token rows are quantised as they arrive and go to a scratch file, not memory (TokenSpill).
    spill = TokenSpill(_scratch(index_dir, store) / "tokens.bin", embedder.dim, len(chunks)) if with_tokens else None
    try:
        missing = []
        for row, key in enumerate(keys):
            reusable = key in cache and (row >= len(chunks) or not with_tokens or key in token_cache)
            if reusable:
                vectors[row] = old.vectors[cache[key]]
                if row < len(chunks) and spill is not None:
                    spill.put(row, *old.tokens.chunk_quantised(token_cache[key]))
            else:
                missing.append(row)
        report.reused = len(units) - len(missing)
        # Similar lengths batched together waste little on padding (measured: 6.3 s -> 3.9 s for the bundled corpus);
        # chunk units first, since only their batches also return token vectors.
        missing.sort(key=lambda r: (r >= len(chunks), len(units[r][1])))
        tick("embed", 0, len(missing))
        for at in range(0, len(missing), EMBED_BATCH):
            rows = missing[at : at + EMBED_BATCH]
            texts = [units[r][1] for r in rows]
            if with_tokens and any(r < len(chunks) for r in rows):
                vectors[rows], tokens = (embedder.embed_with_tokens(texts, merge_repeats=True) if merge_repeats
                                         else embedder.embed_with_tokens(texts))
                for r, t in zip(rows, tokens):
                    if r < len(chunks):
                        spill.put(r, *quantise(t))
            else:
                vectors[rows] = embedder.embed(texts)
            tick("embed", min(at + EMBED_BATCH, len(missing)), len(missing))
        report.embedded = len(missing)
        token_vectors = spill
        vector_chunks = np.asarray([row for row, _ in units], dtype=np.int64)

        if store is not None:
            kind, dense, bm25 = "pgvector-hnsw", None, None
        else:
            kind = faiss_type or choose_index_type(len(units), embedder.dim)
            dense = build_faiss(vectors, kind=kind, ids=np.arange(len(units), dtype=np.int64))
            bm25 = BM25Index.build([lexical_text(c) for c in chunks])
        manifest = Manifest(
            embedding_model=embedder.name,
            dim=embedder.dim,
            chunking=chunking,
            files={
                doc_id: {"sha256": doc.sha256, "chunks": len(chunks_by_doc[doc_id]), "format": doc.source_format}
                for doc_id, doc in documents.items()
            },
            faiss_type=kind,
            corpus_dir=str(corpus_dir.resolve()),  # absolute: the rebuild hint must work from any folder
            skipped={
                name: {"reason": reason, "sha256": _file_sha256(corpus_dir / name)} for name, reason in report.skipped
            },
            counts={
                "documents": len(documents),
                "paragraphs": sum(len(d.paragraphs) for d in documents.values()),
                "chunks": len(chunks),
                "vectors": len(units),
                **({"token_vectors": token_vectors.count} if token_vectors is not None else {}),
            },
        )
        tick("terms", 0, 1)
        unchanged = [doc_id for doc_id, doc in documents.items() if old is not None and old.documents.get(doc_id) is doc]
        terms = count_terms({doc_id: doc.text for doc_id, doc in documents.items()},
                            old.terms if old is not None else None, unchanged)
        tick("terms", 1, 1)
        stored = StoredIndex(manifest, documents, chunks, vectors, vector_chunks, keys, dense, bm25, token_vectors, terms)
        tick("write", 0, 1)
        if store is not None:
            store.write(stored)
        else:
            write_index(index_dir, stored)
            if spill is not None:  # the caller searches the written rows, memory-mapped, not the scratch file
                stored.tokens = TokenVectors.load(index_dir)
        tick("write", 1, 1)
    finally:
        if spill is not None:
            spill.close()
            shutil.rmtree(spill.path.parent, ignore_errors=True)

    report.documents = len(documents)
    report.found = [
        {
            "document": doc_id,
            "format": doc.source_format,
            "paragraphs": len(doc.paragraphs),
            "table rows": sum(p.kind == "table_row" for p in doc.paragraphs),
            "chrome dropped": doc.notes.get("chrome", 0),
            **{name: getattr(doc.meta, name) for name in REPORTED_FIELDS},
        }
        for doc_id, doc in documents.items()
    ]
    report.paragraphs = manifest.counts["paragraphs"]
    report.chunks = len(chunks)
    report.faiss_type = kind
    report.index_version = manifest.index_version
    report.seconds = time.perf_counter() - started
    return stored, report


def _scratch(index_dir: Path, store: Any) -> Path:
    """A folder for a build's scratch files: beside the index, named as the temporary folders a killed build
    leaves (remove_leftovers clears them); for a database store, under the cache folder."""
    if store is not None:
        # Under the cache folder, not the system's temporary one (often memory, and never cleared of a killed
        # build's files): a folder whose build process is gone is removed here.
        root = settings.cache_dir() / "build-scratch"
        root.mkdir(parents=True, exist_ok=True)
        for stale in root.glob("rag-build-*"):
            pid = stale.name.removeprefix("rag-build-").split("-")[0]
            if pid.isdigit() and not _running(int(pid)):
                shutil.rmtree(stale, ignore_errors=True)
        return Path(tempfile.mkdtemp(prefix=f"rag-build-{os.getpid()}-", dir=root))
    folder = index_dir.parent / f".{index_dir.name}.tmp-{os.getpid()}-scratch"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def embedding_units(chunks: list[Chunk]) -> list[tuple[int, str]]:
    """(chunk row, text to embed): each chunk's embed_text, then each sentence of its multi-sentence body."""
    from rag.ingest import split_sentences

    units = [(row, chunk.embed_text) for row, chunk in enumerate(chunks)]
    for row, chunk in enumerate(chunks):
        if chunk.kind in ("header", "signature", "list"):
            continue  # (a list's sentences are its members', which have their own vectors)
        sentences = split_sentences(chunk.text)
        if len(sentences) > 1:
            units.extend((row, chunk.text[s:e]) for s, e in sentences)
    return units


def lexical_text(chunk: Chunk) -> str:
    """What BM25 indexes: heading and text; header and signature also carry the document description."""
    if chunk.kind in ("header", "signature"):
        return chunk.embed_text
    return f"{chunk.heading} {chunk.text}"


def _file_sha256(path: Path) -> str:
    """The file's hash; "" for what is never read (a symbolic link, a pipe, a folder) or cannot be."""
    import stat

    try:
        if not stat.S_ISREG(path.lstat().st_mode):
            return ""
        digest = hashlib.sha256()
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        return digest.hexdigest()
    except OSError:
        return ""


def corpus_status(corpus_dir: Path, index_dir: Path) -> str:
    """'missing', 'stale' (corpus files differ from the manifest, or an older ingest version built it) or
    'current'. Cheap: hashes only."""
    from rag.index.store import read_manifest
    from rag.ingest import SUPPORTED_SUFFIXES, corpus_files

    try:
        manifest = read_manifest(Path(index_dir))
    except IndexLoadError:
        return "missing"
    on_disk = {
        p.name: _file_sha256(p) for p in corpus_files(Path(corpus_dir)).files if p.suffix.lower() in SUPPORTED_SUFFIXES
    }
    indexed = {k: v["sha256"] for k, v in manifest.files.items()}
    # Files skipped as unreadable don't make the index stale forever, only when they change (hash mismatch).
    skipped = manifest.skipped
    changed = {k for k, v in on_disk.items() if indexed.get(k) not in (None, v)}
    added = {k for k in set(on_disk) - set(indexed) if skipped.get(k, {}).get("sha256") != on_disk[k]}
    removed = set(indexed) - set(on_disk)
    outdated = manifest.chunking.get("ingest_version") != INGEST_VERSION
    return "stale" if changed or added or removed or outdated else "current"
