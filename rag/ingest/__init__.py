"""Ingestion: files -> Documents (clean paragraphs with exact spans and labels, metadata) -> Chunks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from rag.ingest.chunking import chunk_document, split_sentences
from rag.ingest.cleaning import clean_span
from rag.ingest.loaders import SUPPORTED_SUFFIXES, IngestError, read_document_text
from rag.ingest.metadata import extract_metadata, parse_date
from rag.ingest.paragraphs import split_paragraphs
from rag.types import Document

__all__ = [
    "SUPPORTED_SUFFIXES", "CorpusLoad", "IngestError", "chunk_document", "clean_span", "load_corpus",
    "load_document", "parse_date", "split_sentences",
]


def load_document(path: Path) -> Document:
    """Read and parse one file; raises IngestError naming the file when it cannot be used."""
    path = Path(path)
    text, fmt, sha = read_document_text(path)
    paragraphs, subject = split_paragraphs(text)
    if not paragraphs:
        raise IngestError(f"{path.name}: no paragraphs found")
    meta = extract_metadata(path.name, text, paragraphs, subject)
    return Document(meta=meta, text=text, paragraphs=paragraphs, source_format=fmt, sha256=sha)


class CorpusLoad(NamedTuple):
    documents: list[Document]
    skipped: list[tuple[str, str]]  # (file name, reason)


def load_corpus(folder: Path, progress: Callable[[str], None] | None = None) -> CorpusLoad:
    """Every supported file of a folder, sorted by name; unreadable or unsupported files are reported."""
    documents, skipped = [], []
    for path in sorted(Path(folder).iterdir()):
        if not path.is_file() or path.name.startswith("."):
            continue
        if progress:
            progress(path.name)
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            skipped.append((path.name, "unsupported file type"))
            continue
        try:
            documents.append(load_document(path))
        except IngestError as exc:
            skipped.append((path.name, str(exc).split(": ", 1)[-1]))
    return CorpusLoad(documents, skipped)
