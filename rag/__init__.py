"""Question answering over London policing correspondence: paragraph-addressed retrieval and cited answers."""

from typing import TYPE_CHECKING

from rag.retrieval.retriever import Retriever
from rag.types import Answer, DocumentMeta, Passage, SearchFilters

if TYPE_CHECKING:
    from rag.answer.assistant import Assistant, QuestionError

__all__ = ["Answer", "Assistant", "DocumentMeta", "Passage", "QuestionError", "Retriever", "SearchFilters"]


def __getattr__(name: str) -> object:
    # The answer chain pulls in LangChain (about a second of imports) that indexing and search never need.
    if name in ("Assistant", "QuestionError"):
        from rag.answer import assistant

        return getattr(assistant, name)
    raise AttributeError(f"module 'rag' has no attribute {name!r}")
