"""Question answering over London policing correspondence: paragraph-addressed retrieval and cited answers."""

from rag.answer.assistant import Assistant, QuestionError
from rag.retriever import Retriever
from rag.types import Answer, DocumentMeta, Passage, SearchFilters

__all__ = ["Answer", "Assistant", "DocumentMeta", "Passage", "QuestionError", "Retriever", "SearchFilters"]
