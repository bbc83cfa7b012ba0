"""Question answering over London policing correspondence: paragraph-addressed retrieval and cited answers."""

from rag.retriever import Retriever
from rag.types import Answer, DocumentMeta, Passage, SearchFilters

__all__ = ["Answer", "DocumentMeta", "Passage", "Retriever", "SearchFilters"]
