"""Ingestion: files -> Documents (labelled paragraphs with exact spans, metadata) -> token-sized Chunks."""

from __future__ import annotations

from rag.ingest.chunking import chunk_document, split_sentences
from rag.ingest.cleaning import clean_span
from rag.ingest.loaders import (
    SUPPORTED_SUFFIXES,
    CorpusListing,
    CorpusLoad,
    IngestError,
    corpus_files,
    decode_text,
    load_corpus,
    load_document,
)
from rag.ingest.metadata import extract_metadata, parse_date
from rag.ingest.paragraphs import segment, split_paragraphs

__all__ = [
    "SUPPORTED_SUFFIXES",
    "CorpusListing",
    "CorpusLoad",
    "IngestError",
    "corpus_files",
    "chunk_document",
    "clean_span",
    "decode_text",
    "extract_metadata",
    "load_corpus",
    "load_document",
    "parse_date",
    "segment",
    "split_paragraphs",
    "split_sentences",
]
